"""Headings of a page copied as text or printed to PDF, for reports whose parts are their headings (the Human
Rights Reports): the page's h2-h4 headings come back as lines of their own, with no level. Which lines are
headings, and their level, as the saved page would give them:

- a line of its own, at most MAX_HEADING_CHARS long, that ends no sentence (no closing ".", "!", "?"; a label's
  full stop, "Section 1.", "a.", is not an end), and whose words are capitalised, small words aside ("Freedom of
  Expression, Including for Members of the Press and Other Media"), or all in capitals ("EXECUTIVE SUMMARY");
- "Section N." alone on its line joins the heading after it ("Section 1." + "Respect for the Integrity of the
  Person"), as the page's label does (tipdiff.ingest.html);
- level 2 for "Section N. ...", 3 for a lettered heading ("a. Arbitrary Deprivation of Life ..."), 4 for any other
  (state.gov pages put their content headings at h2-h4; the h5s they have are page furniture).

Used only when the text gives no levels at all, so a saved page is always read by its own markup.
"""

from __future__ import annotations

import re

MAX_HEADING_CHARS = 160
_SMALL = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "including", "into", "of", "on", "or", "the", "to",
          "with", "against", "among", "between", "within", "without", "other", "than", "its", "their", "(see", "see"}
_SECTION = re.compile(r"Section \d+\.?", re.IGNORECASE)
_LETTERED = re.compile(r"[a-z]\.\s")
_ENDS_SENTENCE = re.compile(r"[.!?][”\"’')\]]*$")


def _heading_like(line: str) -> bool:
    if not line or len(line) > MAX_HEADING_CHARS or not line[0].isupper() and not _LETTERED.match(line):
        return False
    body = _LETTERED.sub("", _SECTION.sub("", line, count=1), count=1).strip().rstrip(":")
    if not body or _ENDS_SENTENCE.search(body):
        return False
    words = [w for w in re.split(r"[\s/]+", body) if any(c.isalpha() for c in w)]
    if not words:
        return False
    if all(not any(c.islower() for c in w) for w in words):
        return True  # "EXECUTIVE SUMMARY"
    return all(w[0].isupper() or not w[0].isalpha() or w.lower().strip(",;()") in _SMALL for w in words)


def guessed_levels(paragraphs: tuple[str, ...], lines: tuple[int, ...]) -> tuple[tuple[str, ...], tuple[int, ...],
                                                                                 tuple[int, ...]]:
    """The paragraphs (a lone "Section N." joined to the heading after it), their lines, and each one's heading
    level (0 for text), as the module docstring reads them."""
    out: list[str] = []
    out_lines: list[int] = []
    levels: list[int] = []
    for paragraph, line in zip(paragraphs, lines, strict=True):
        if out and _SECTION.fullmatch(out[-1]) and _heading_like(paragraph):
            out[-1], levels[-1] = f"{out[-1]} {paragraph}", 2
            continue
        out.append(paragraph)
        out_lines.append(line)
        if _SECTION.fullmatch(paragraph) or (_SECTION.match(paragraph) and _heading_like(paragraph)):
            levels.append(2)
        elif _heading_like(paragraph):
            levels.append(3 if _LETTERED.match(paragraph) else 4)
        else:
            levels.append(0)
    return tuple(out), tuple(out_lines), tuple(levels)
