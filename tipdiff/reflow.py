"""Re-flow: hard-wrapped lines back into the paragraphs and list items they were, at any wrap width.

Input is canonical text (`tipdiff.canonical.canonical_text`) cut into lines, indentation kept. What
marks a paragraph is structure, not a fixed line length:

- a blank line ends a paragraph;
- a line indented deeper than the one before starts a paragraph (first-line indents), except inside a list
  item, whose wrapped lines may hang under its text;
- a list item starts at a marker of any form: "•", "·", "▪", "*", "-", "–", "1.", "1)", "(a)", "a.", "i.",
  at the start of a block, after a list item, a colon or a semicolon; a dash or number also after a sentence
  end (a wrapped "– particularly" is text, and a wrapped "• b" of the inline "a. • b." layout continues it);
- a heading, the title or page chrome (`Boundaries.standalone`, from the report profile) stands alone, and a
  part's opening sentence (`Boundaries.opens`) starts a paragraph after a line that ends a sentence; a line of
  chrome (`Boundaries.chrome`: a citation block's "Publisher: ..." / "Publication Date: ..." label lines) never
  joins a line before or after it that stands alone, even with no blank line between;
- a line that ends a sentence starts a new paragraph when the next line's first word would have fitted on it:
  the wrap width is learnt from the document (the longest line followed by a lowercase continuation). Text
  not wrapped at all (one paragraph per line) breaks at every sentence end.

A line-final hyphen between letters is kept when it joins a compound ("anti-" + "trafficking") and removed when
it breaks a word ("traffick-" + "ing"). The judge (`Vocabulary.join`) uses the document's own words first (the
hyphenated form written elsewhere; the joined form written elsewhere), then productive prefixes (anti-, non-,
co-, self-, ...), a capital or digit after the hyphen ("mid-2019", "anti-Semitism"), both halves being words (of
the document, else of pyspellchecker's English word list), and word-breaking suffixes ("-ing", "-tion", ...).
A document that breaks words at most of its line-final hyphens (a typeset page) joins the undecided ones; a
hard-wrapped paste keeps them. A hyphen standing alone at a line end ("Thai-owned and -" + "operated") opens the
next word, the second part of a suspended compound, when the document writes that word so elsewhere or the
hyphen follows "and", "or", "nor" or "to" (a dash never does); otherwise it is a spaced dash. The PDF reader can use the same judge: `Vocabulary.of(lines).join(a, b)`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any

# List markers. Glyph bullets and "*" always start an item; dashes and numbers only where an item can start.
_GLYPH = r"[•·▪‣◦●∙■□►▸➢⦁*]"
_DASH = r"[-\u2013\u2014]"
_NUMBER = r"(?:\(?(?:\d{1,3}|[a-z]|[ivxlc]{1,6})[.)]|\([A-Z]\)|\(\d{1,3}\))"
LIST_MARKER = re.compile(rf"(?:{_GLYPH}|{_DASH}|{_NUMBER})[ ]+(?=\S)")
_GLYPH_MARKER = re.compile(rf"{_GLYPH}[ ]+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?:][\"'”’)\]]*$")
_BREAK_HYPHEN = re.compile(r"(\w+(?:-\w+)*)-$")


def _break_hyphen(line: str) -> re.Match[str] | None:
    """The hyphenated word a line ends with ("anti-", "cross-border-"), looking at its last word only."""
    if not line.endswith("-"):
        return None
    return _BREAK_HYPHEN.search(line.rsplit(" ", 1)[-1])
_FIRST_WORD = re.compile(r"\S+")
_LEAD_WORD = re.compile(r"^(\w+)")
_WORDS = re.compile(r"\w+(?:-\w+)*")
_SUSPENDED = frozenset({"and", "or", "nor", "to"})
_LEADING_HYPHEN = re.compile(r"(?<![\w-])-(\w+)")  # "-operated" in "Thai-owned and -operated"
_LONE_HYPHEN = re.compile(r"(\S+)\s+-$")  # a line ending "and -"
UNWRAPPED = 250  # no hard wrap is this wide: a longer line is a paragraph as the source wrote it

# Prefixes that form hyphenated compounds in these reports (Merriam-Webster's productive prefixes that take a
# hyphen in State Department style).
PREFIXES = frozenset(["anti", "non", "co", "self", "ex", "pre", "post", "cross", "multi", "inter", "intra", "counter", "sub", "semi", "quasi", "pseudo", "mid", "well", "long", "short", "high", "low", "full", "part", "state", "government", "community", "sex", "labor", "labour", "micro", "macro", "mini", "neo", "socio", "bio", "eco", "re", "de", "un", "under", "over", "extra", "ultra", "pan", "pro"])
# Endings a typesetter's hyphenation leaves on the next line; a compound's second half is a word instead.
SUFFIXES = frozenset(["ing", "ings", "ed", "er", "ers", "est", "ion", "ions", "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ly", "ity", "ities", "ies", "ied", "al", "ally", "ance", "ances", "ence", "ences", "ant", "ants", "ent", "ents", "ive", "ives", "ous", "able", "ible", "ably", "ful", "ism", "ist", "ists", "ize", "ized", "izes", "ise", "ised", "ure", "ures", "age", "ages", "ary", "ory", "ship"])


def _never(text: str) -> bool:
    return False


@dataclass(frozen=True)
class Boundaries:
    """What the report profile knows about lines that stand apart: headings, the title, chrome (standalone)
    and a part's opening sentence (opens). Both take a stripped line and answer yes or no."""

    standalone: Callable[[str], bool] = _never
    opens: Callable[[str], bool] = _never
    chrome: Callable[[str], bool] = _never  # page chrome alone (a republisher's "Publisher: ..." label line)


@dataclass
class Vocabulary:
    """Word counts of one document, for judging line-final hyphens (see module docstring)."""

    counts: Counter[str] = field(default_factory=Counter)
    hyphenates: bool = False  # the document breaks words at line ends (a typeset page), so unknown halves join

    @classmethod
    def of(cls, lines: Iterable[str]) -> Vocabulary:
        lines = list(lines)
        counts: Counter[str] = Counter(w.lower() for line in lines for w in _WORDS.findall(line))
        counts.update(f"-{w.lower()}" for line in lines for w in _LEADING_HYPHEN.findall(line))
        breaks = []
        for before, after in pairwise(lines):
            left, right = _break_hyphen(before.rstrip()), _WORDS.match(after.strip())
            if left and right:
                breaks.append((left.group(1), _LEAD_WORD.match(after.strip()).group(1)))  # type: ignore[union-attr]
                for half in (left.group(1).lower(), right.group(0).lower()):
                    counts[half] -= 1  # the halves of a broken word are not words of the document
        vocabulary = cls(counts)
        # a typeset page breaks words at line ends more often than the document shows compounds there
        certain = [vocabulary.certain(a, b) for a, b in breaks]
        vocabulary.hyphenates = certain.count(False) > max(0, certain.count(True) - 1) and False in certain
        return vocabulary

    def word(self, word: str) -> bool:
        """A word of the document, or of English (pyspellchecker's frequency list, loaded on first need)."""
        return self.known(word) or english_word(word)

    def known(self, word: str) -> bool:
        return self.counts[word.lower()] > 0

    def certain(self, left: str, right: str) -> bool | None:
        """True for a certain compound (the document writes it hyphenated elsewhere; "mid-2019"; "anti-Semitism";
        "NGO-run"),
        False for a certainly broken word (a word-final suffix "-ing"; the document writes the joined word and the
        second half is no word), None when undecided."""
        head = left.rsplit("-", 1)[-1]
        if self.known(f"{left}-{right}") or right[:1].isupper() or right[:1].isdigit() or \
                len(head) > 1 and head.isupper():  # "NGO-" + "run": typesetters do not break acronyms
            return True
        if right.lower() in SUFFIXES or self.known(left + right) and not self.word(right):
            return False
        return None

    def keeps_hyphen(self, left: str, right: str) -> bool:
        """Whether "left-" at a line end and "right..." on the next line are a compound (True) or one word."""
        certain = self.certain(left, right)
        if certain is not None:
            return certain
        head = left.rsplit("-", 1)[-1].lower()
        joined = self.counts[(left + right).lower()]
        common = english_word(left + right, COMMON_COUNT)  # "operating", "thousands"
        if not ((head in PREFIXES or self.word(head)) and self.word(right)):
            # the halves are not two words: a broken word, unless the document never breaks words
            return not (self.hyphenates or joined or common)
        if self.hyphenates:  # a typeset page: "commit-" + "tee"; "inter-" + "national" where the text has it twice
            return not (joined >= 2 or head not in PREFIXES and (joined or common))
        # a hard-wrapped paste breaks lines only at its own hyphens: a prefix keeps it ("inter-" + "agency" even
        # where the document also writes "interagency"); two words lose it only to a word the document writes
        # whole twice, or once and English writes it so ("ope-" + "rating")
        return head in PREFIXES or not (joined >= 2 or joined and common)

    def join(self, line: str, following: str) -> str:
        """`line` and the next line of the same paragraph as one text (both stripped)."""
        match = _break_hyphen(line)
        lead = _LEAD_WORD.match(following)
        if match and lead and lead.group(1).lower() in _SUSPENDED and self.word(match.group(1).rsplit("-", 1)[-1]) \
                and self.counts[(match.group(1) + lead.group(1)).lower()] < 2:
            return f"{line} {following}"  # "sex- and labor trafficking": a suspended hyphen
        if match and lead:
            return line + following if self.keeps_hyphen(match.group(1), lead.group(1)) else line[:-1] + following
        alone = _LONE_HYPHEN.search(line)
        if alone and lead and (self.counts[f"-{lead.group(1).lower()}"] > 0 or
                               alone.group(1).lower() in _SUSPENDED and following[:1].islower()):
            return line + following  # "Thai-owned and -" + "operated": a suspended compound's second part
        return f"{line} {following}"


ENGLISH_MIN_COUNT = 50  # occurrences in pyspellchecker's English list below which a "word" is a fragment
COMMON_COUNT = 500  # a joined form this common in English ("operating", "thousands") is one word


@lru_cache(maxsize=1)
def _english() -> Any:
    # A maintained English word-frequency list (pyspellchecker, MIT) rather than our own: whether "finance" is
    # a word ("micro-" + "finance" is a compound) and "cedures" is not ("pro-" + "cedures" is a broken word).
    # Loaded only when a line-final hyphen is not settled by the document itself (about a second).
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1).word_frequency


@lru_cache(maxsize=4096)
def english_word(word: str, at_least: int = ENGLISH_MIN_COUNT) -> bool:
    """Whether `word` is an English word (case-insensitive) seen at least `at_least` times in the list;
    fragments like "cedures" are not."""
    return len(word) > 1 and word.isalpha() and _english()[word.lower()] >= at_least


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _wrap_width(lines: list[str]) -> int | None:
    """The width the text was wrapped at: the longest line followed by a lowercase continuation (never over
    UNWRAPPED); None when no line is (the text is not hard-wrapped)."""
    widths = [len(a.rstrip()) for a, b in pairwise(lines)
              if a.strip() and b.strip()[:1].islower() and len(a.rstrip()) <= UNWRAPPED]
    return max(widths) if widths else None


def _is_item_start(text: str, previous: str, in_item: bool, first: bool) -> bool:
    """A line that starts a list item. After ordinary text a bullet glyph is the inline separator of the
    "a. • b. • c." layout wrapped onto a new line, so only a list item, a colon or a semicolon before it makes
    it an item; a dash or number also starts one after a sentence end."""
    if first or in_item or previous.endswith((":", ";")):
        return LIST_MARKER.match(text) is not None
    if _GLYPH_MARKER.match(text):
        return False
    return LIST_MARKER.match(text) is not None and bool(_SENTENCE_END.search(previous))


def reflow(lines: list[str], boundaries: Boundaries | None = None,
           vocabulary: Vocabulary | None = None) -> list[tuple[int, str]]:
    """Paragraphs of hard-wrapped `lines` as (index of the paragraph's first line, its text on one line)."""
    boundaries = boundaries or Boundaries()
    vocabulary = vocabulary or Vocabulary.of(lines)
    width = _wrap_width(lines)
    out: list[tuple[int, str]] = []
    text = ""
    start = 0
    previous_raw = ""
    in_item = False

    def flush() -> None:
        nonlocal text
        if text:
            out.append((start, text))
        text = ""

    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            flush()
            in_item = False
            continue
        if not text:
            start, text, previous_raw = index, line, raw
            in_item = _is_item_start(line, "", False, True)
            continue
        previous = previous_raw.strip()
        item = _is_item_start(line, previous, in_item, False)
        if item or _breaks(previous_raw, raw, width, in_item, boundaries):
            flush()
            start, text, in_item = index, line, item
        else:
            text = vocabulary.join(text, line)
        previous_raw = raw
    flush()
    return out


def _breaks(previous_raw: str, raw: str, width: int | None, in_item: bool, boundaries: Boundaries) -> bool:
    """Whether `raw` starts a new paragraph after `previous_raw` (both within one block of non-blank lines)."""
    previous, line = previous_raw.strip(), raw.strip()
    if boundaries.opens(line) and (_SENTENCE_END.search(previous) or boundaries.standalone(previous)):
        return True  # a part's opening sentence, where a sentence can start
    if (boundaries.chrome(previous) and boundaries.standalone(line)) or \
            (boundaries.standalone(previous) and boundaries.chrome(line)):
        return True  # "Publisher: ..." then "Publication Date: ..." (or the title): one line each, never joined
    if (boundaries.standalone(previous) or boundaries.standalone(line)) and \
            not boundaries.standalone(f"{previous} {line}"):  # "CAMBODIA: Tier 2" + "Watch List" is one title
        return True
    if _indent(raw) > _indent(previous_raw) and not in_item:
        return True
    if not _SENTENCE_END.search(previous) or line[:1].islower():
        return False
    if width is None or len(previous_raw.rstrip()) > width:
        return True  # not hard-wrapped here: every sentence end is the end of a paragraph
    word = _FIRST_WORD.match(line)
    return len(previous_raw.rstrip()) + 1 + (len(word.group(0)) if word else 0) <= width
