"""Joining a wrapped line to the next: is a line-final hyphen part of the word or the typesetter's?

Judged by the document's own words (issue 11, item 2): "anti-" + "trafficking" keeps its hyphen when the
document writes "anti-trafficking" elsewhere, "traffick-" + "ing" loses it when the document has "trafficking".
When the document says neither, the hyphen stays after a productive prefix (anti-, non-, self-, ...), before a
capital ("Anti-" + "Human"), and between two words the document uses on their own ("working-" + "level"); it
goes otherwise (a typesetter's break inside a word: "exploi-" + "tation", "report-" + "ing").

Not decidable from the document alone: a compound written once, broken at its hyphen, whose first part is
not a prefix and whose second part the document does not use on its own ("victim-" + "centered" reads as
"victimcentered"); and a word written once, broken by the typesetter between two words ("man-" + "date" reads
"man-date").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
# Prefixes that make compounds with a hyphen in these reports' register (Chicago / GPO style).
PREFIXES = frozenset({"anti", "non", "self", "cross", "counter", "multi", "semi", "quasi", "ex", "co", "post",
                      "pre", "pro", "well", "long", "short", "high", "low", "full", "part", "so", "mid",
                      "inter", "intra", "sub", "extra", "ultra", "e"})


@dataclass
class Vocabulary:
    """The words (case-folded) a document uses, and its hyphenated compounds, not counting line-end fragments."""

    words: set[str] = field(default_factory=set)
    compounds: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, lines: Iterable[str]) -> Vocabulary:
        vocabulary = cls()
        broken = False  # the previous line ended with a hyphen: this line's first word is a fragment
        for line in lines:
            text = line
            ends_broken = bool(re.search(r"[^\W\d_][-\u00ad]$", text))
            if ends_broken:
                text = re.sub(r"\S+$", "", text)
            if broken:
                text = re.sub(r"^\S+", "", text)
            vocabulary.words.update(w.casefold() for w in WORD.findall(text))
            vocabulary.compounds.update(c.casefold() for c in COMPOUND.findall(text))
            broken = ends_broken
        return vocabulary


def keeps_hyphen(stem: str, head: str, vocabulary: Vocabulary) -> bool:
    """Is "stem-" at a line end followed by "head" the compound "stem-head" (True) or the word "stemhead"?"""
    if not stem or not head:
        return True
    compound, joined = f"{stem}-{head}".casefold(), f"{stem}{head}".casefold()
    if compound in vocabulary.compounds:
        return True
    if joined in vocabulary.words:
        return False
    if head[:1].isupper() or stem.casefold() in PREFIXES:
        return True
    return stem.casefold() in vocabulary.words and head.casefold() in vocabulary.words


def join_wrapped(left: str, right: str, vocabulary: Vocabulary) -> str:
    """The two lines as running text: a space between them, or the hyphenated word put back together."""
    if not left:
        return right
    if not right:
        return left
    if left.endswith("\u00ad"):  # a soft hyphen: the typesetter's own mark of a word broken at the line end
        return left[:-1] + right
    if left.endswith("—") or (left.endswith(("-", "–")) and left[-2:-1].isdigit() and right[:1].isdigit()):
        return left + right  # "2019-" + "2023", "efforts—" + "including"
    stem_match = re.search(r"([^\W\d_]+)-$", left)
    if not stem_match:
        return f"{left} {right}"
    head_match = re.match(r"[^\W\d_]+", right)
    head = head_match.group(0) if head_match else ""
    if keeps_hyphen(stem_match.group(1), head, vocabulary):
        return left + right
    return left[:-1] + right
