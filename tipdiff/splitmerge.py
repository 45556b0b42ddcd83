"""Sentences split or merged between the years: one old unit that became two consecutive new ones ("split"), or
two consecutive old units that became one ("merged"), with nearly the same words.

Sentence aligners (Gale & Church 1993, and after them hunalign and bleualign) align 1:2 and 2:1 as well as 1:1
so that a sentence cut in two is one change, not an edit plus an added sentence. Here the 1:1 alignment runs
first; then every unit still unpaired, and every 1:1 edit, may be taken into a 1:2 or 2:1 group when the
joined text of the two (in their order) is at least `threshold` alike with the one, by the same word-sequence
ratio as every other pairing (`tipdiff.pairing.similarity`), and more alike than the edit it replaces. Groups are
taken best first, each unit in one change only; an edit is only ever replaced whole (both its units in the
group), so nothing already paired is left behind unpaired.

`find_joins` works on any keys (a unit's index in a part, or (part, index) across parts); tipdiff.align calls it
within each part and across parts, after the moves.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from tipdiff.pairing import Near, similar_pairs, similarity_at_least

K = TypeVar("K", int, tuple[int, int])  # a unit's index in its part, or (part, index)

SPLIT = "split"
MERGED = "merged"


@dataclass(frozen=True)
class Join(Generic[K]):
    """A 1:2 ("split") or 2:1 ("merged") group: the old keys and new keys in document order, and the ratio."""

    kind: str
    olds: tuple[K, ...]
    news: tuple[K, ...]
    score: float


def _joined(first: Sequence[str], second: Sequence[str]) -> Sequence[str]:
    """The words of two units in order: codes (tipdiff.pairing.WordCodes) joined as one code, lists as a tuple."""
    if isinstance(first, str) and isinstance(second, str):
        return first + second
    return tuple(first) + tuple(second)


def find_joins(old_words: Mapping[K, Sequence[str]], new_words: Mapping[K, Sequence[str]],
               old_next: Mapping[K, K], new_next: Mapping[K, K], edits: Mapping[K, tuple[K, float]],
               threshold: float, allowed: Callable[[K, K], bool] = lambda old, new: True,
               near: Near[K] | None = None) -> list[Join[K]]:
    """Splits and merges among the units given, best first.

    `old_words`/`new_words`: the words of every unit that may take part (unpaired ones and those of `edits`);
    `old_next`/`new_next`: a unit's successor when the two are consecutive and both may take part;
    `edits`: the 1:1 pairs that may be replaced, old key -> (new key, their ratio);
    `allowed(old, new)`: whether the old unit (the first of a merge) may pair with the new unit at all;
    `near`: the window of positions searched (tipdiff.pairing.Near; a pair of units by its first).
    """
    # A split needs an unpaired new unit among its two (the one old unit is edited to one new unit at most, and
    # an edit is replaced only whole), a merge an unpaired old one: other pairs of units are never looked for.
    edited_to = {new for new, _ in edits.values()}
    joined_new = {j: _joined(new_words[j], new_words[n]) for j, n in new_next.items()
                  if j not in edited_to or n not in edited_to}
    joined_old = {i: _joined(old_words[i], old_words[n]) for i, n in old_next.items()
                  if i not in edits or n not in edits}
    candidates: list[tuple[float, int, K, K]] = []
    for i, j in similar_pairs(old_words, joined_new, threshold, near=near):
        score = similarity_at_least(old_words[i], joined_new[j], threshold) if allowed(i, j) else None
        if score is not None:
            candidates.append((-score, 0, i, j))
    for i, j in similar_pairs(joined_old, new_words, threshold, near=near):
        score = similarity_at_least(joined_old[i], new_words[j], threshold) if allowed(i, j) else None
        if score is not None:
            candidates.append((-score, 1, i, j))
    edited_new = {new: (old, score) for old, (new, score) in edits.items()}
    used: set[tuple[str, K]] = set()
    joins: list[Join[K]] = []
    for negative, kind, i, j in sorted(candidates):
        olds = (i,) if kind == 0 else (i, old_next[i])
        news = (j, new_next[j]) if kind == 0 else (j,)
        score = -negative
        if any(("old", o) in used for o in olds) or any(("new", n) in used for n in news):
            continue
        # an edit is replaced only whole, and only by a group more alike than it
        if any(o in edits and (edits[o][0] not in news or edits[o][1] >= score) for o in olds):
            continue
        if any(n in edited_new and (edited_new[n][0] not in olds or edited_new[n][1] >= score) for n in news):
            continue
        used.update(("old", o) for o in olds)
        used.update(("new", n) for n in news)
        joins.append(Join(SPLIT if kind == 0 else MERGED, olds, news, score))
    return joins
