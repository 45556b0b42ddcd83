"""Which units of two years are alike enough to pair: the similarity score, and finding every pair above a
threshold without scoring every pair.

The score is difflib's `SequenceMatcher.ratio` over the units' lower-cased words: 2·M / (|a| + |b|), M the
words in its matching blocks. A pair is worth scoring only when it also passes the word-set prefilter (they
share a content word, enough of their content words, and `prefilter` of their word sets; `passes_prefilter`).

Nothing here changes which pairs are found; it only avoids work, with bounds that are exact:

- **Prefix filtering** (as in set-similarity joins: Chaudhuri et al. 2006, Bayardo et al. 2007). A ratio of at
  least t needs M >= (t/2)(|a|+|b|); M is at most the multiset overlap of the two word lists, and as the other
  unit has at most as many words as the overlap, the overlap must be at least c·|a|/(1-c), c = t/2. With every
  unit's words (numbered by occurrence: "the#0", "the#1") sorted rarest first, two units whose overlap reaches
  that bound must share a word among the first |a| - bound + 1 of each: only those words are indexed, so the
  common ones ("the", "government") never make a unit a candidate of every other.
- **Length**: M <= min(|a|, |b|), so 2·min / (|a|+|b|) below t rules the pair out.
- **Longest common subsequence** (rapidfuzz's `LCSseq`, in C): difflib's matching blocks are a common
  subsequence, so M <= LCS and 2·LCS / (|a|+|b|) is an upper bound of the ratio (the same formula in the same
  floating point, so a ratio exactly at the threshold is never lost). rapidfuzz's own normalised scores are not
  used: they are computed another way and can fall one rounding step below difflib's.

A search over at most EVERY_PAIR_BELOW pairs returns them all (still a superset, and cheaper than the
index). Only pairs that pass every bound are given to difflib. tests/test_pairing.py checks the bounds against
difflib on random and real sentences, and that the pairs found are those of comparing every pair.

One rule does change what is found, on purpose, and only beyond the size of any real narrative: a `Near`
window. A unit is looked for only among the other year's units whose position is within `width` of where it
is expected to be (tipdiff.align says where: the same place relative to the unchanged units around it). With
it the candidate pairs grow linearly with the text (each unit meets at most 2·width others), so a whole report
pasted as one narrative is aligned in n log n, not n²; identical units are paired by their key anywhere,
without the window. tipdiff.align's widths are larger than every part and every narrative of the ../shared
corpus (tests/test_windows.py), so there the window excludes nothing and every output is as without it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import chain, repeat
from typing import Generic, TypeVar

from rapidfuzz.distance import LCSseq

K = TypeVar("K", bound=Hashable)
EVERY_PAIR_BELOW = 100  # so few candidate pairs (a gap between unchanged units) are all returned, unindexed

# Words too common to say two sentences are about the same thing: not used to find candidate pairs.
COMMON = frozenset("the a an and or of to in on for with by from at as is was were be been has have had that this "
                   "which it its their they not no any all also other such than there these those".split())


class WordCodes:
    """Each distinct word as one character, so a unit's words are one `str` (a "code"): one code per word, the
    same word the same code in both years. Every measure here counts equal elements by position only, so it is
    the same on the codes as on the word lists (difflib's matching blocks, the longest common subsequence, word
    sets and their overlaps: the mapping is one to one), and strings are what difflib and rapidfuzz compare
    fastest. The common words (COMMON) have their codes from the start: `common` is their set. Codes run from
    U+0100 to U+10FFFF without the surrogates: about 1.1 million distinct words per comparison."""

    _FIRST = 0x100  # past Latin-1; the surrogate block is skipped (not valid alone in a str that is written out)

    def __init__(self) -> None:
        self._codes: dict[str, str] = {}
        self.common = frozenset(self.encode(sorted(COMMON)))

    def _next(self) -> str:
        n = self._FIRST + len(self._codes)
        return chr(n + 0x800 if n >= 0xD800 else n)

    def encode(self, words: Iterable[str]) -> str:
        """The code of a word list (str -> one character per word)."""
        codes = self._codes
        out = []
        for word in words:
            code = codes.get(word)
            if code is None:
                code = codes[word] = self._next()
            out.append(code)
        return "".join(out)


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """difflib's ratio of two word lists, 0.0-1.0; 1.0 for two empty lists."""
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def ratio_bound(a: Sequence[str], b: Sequence[str]) -> float:
    """An upper bound of `similarity(a, b)` (exact: never below it), from the longest common subsequence."""
    total = len(a) + len(b)
    if not total:
        return 1.0
    if not min(len(a), len(b)):
        return 0.0
    return 2.0 * LCSseq.similarity(a, b) / total


def within_bounds(a: Sequence[str], b: Sequence[str], needed: float) -> bool:
    """Whether `similarity(a, b)` may reach `needed`: the length bound, then `ratio_bound` (both exact)."""
    total = len(a) + len(b)
    if total and 2.0 * min(len(a), len(b)) / total < needed:
        return False
    return ratio_bound(a, b) >= needed


def similarity_at_least(a: Sequence[str], b: Sequence[str], needed: float) -> float | None:
    """`similarity(a, b)` when it is at least `needed`, else None; the bounds first, difflib last."""
    if not within_bounds(a, b, needed):
        return None
    score = similarity(a, b)
    return score if score >= needed else None


def overlap(a: set[str], b: set[str]) -> float:
    """Jaccard overlap of two word sets, 1.0 for two empty sets."""
    return len(a & b) / len(a | b) if a or b else 1.0


def passes_prefilter(a: set[str], b: set[str], prefilter: float) -> bool:
    """The word-set test a pair must pass before it is scored: at least one shared content word, shared content
    words at least half of `prefilter` of the larger unit's, and word-set overlap at least `prefilter`."""
    return passes_prefilter_with(a, b, a - COMMON, b - COMMON, prefilter)


def passes_prefilter_with(a: set[str], b: set[str], content_a: set[str], content_b: set[str],
                          prefilter: float) -> bool:
    """`passes_prefilter` with each unit's content words (its set minus COMMON) made once by the caller: the
    same test, in the same arithmetic (|a ∪ b| counted as |a| + |b| - |a ∩ b|, the same integer)."""
    shared = len(content_a & content_b)
    if shared < 1 or shared < prefilter * max(len(content_a), len(content_b)) * 0.5:
        return False
    common = len(a & b)
    union = len(a) + len(b) - common
    return (common / union if union else 1.0) >= prefilter


def _numbered(words: Sequence[str]) -> tuple[tuple[str, int], ...]:
    seen: dict[str, int] = {}
    out = []
    for word in words:
        n = seen.get(word, 0)
        seen[word] = n + 1
        out.append((word, n))
    return tuple(out)


_numbered_once = lru_cache(maxsize=1 << 16)(_numbered)


def _occurrences(words: Sequence[str]) -> tuple[tuple[str, int], ...]:
    """Each word with its occurrence number ("the#0", "the#1"); once per word tuple or code (a unit is searched
    in several passes)."""
    return _numbered_once(words) if isinstance(words, (tuple, str)) else _numbered(words)


def _prefix_length(size: int, threshold: float) -> int:
    """How many of a unit's rarest words must be indexed so that no partner with a ratio >= threshold is lost."""
    c = threshold / 2
    least_overlap = int(c * size / (1 - c)) if c < 1 else size  # rounded down: a longer prefix is always safe
    return size - max(1, least_overlap) + 1


@dataclass(frozen=True)
class Near(Generic[K]):
    """A window on positions (counted in units): an old unit is paired only with new units whose position
    `new(key)` is within `width` of the old unit's expected position `old(key)` (both in the new year's count)."""

    old: Callable[[K], int]
    new: Callable[[K], int]
    width: int


def similar_pairs(old_words: Mapping[K, Sequence[str]], new_words: Mapping[K, Sequence[str]], threshold: float,
                  olds: Iterable[K] | None = None, news: Iterable[K] | None = None,
                  near: Near[K] | None = None) -> set[tuple[K, K]]:
    """Every (old, new) pair among `olds` x `news` (default: all) whose ratio may reach `threshold` (> 0):
    a superset of the pairs that do, found through the rarest words of each unit (see the module docstring);
    with `near`, only the pairs within its window. Units without words are never returned."""
    olds = [k for k in (old_words if olds is None else olds) if old_words[k]]
    news = [k for k in (new_words if news is None else news) if new_words[k]]
    if len(olds) * len(news) <= EVERY_PAIR_BELOW:  # the index would cost more than scoring them all
        return {(i, j) for i in olds for j in news
                if near is None or abs(near.old(i) - near.new(j)) <= near.width}
    if near is not None:
        news.sort(key=near.new)  # each posting list in position order, so a window is two bisections
    tokens = {("o", k): _occurrences(old_words[k]) for k in olds}
    tokens.update({("n", k): _occurrences(new_words[k]) for k in news})
    frequency = Counter(chain.from_iterable(tokens.values()))
    # every token's place in one total order, rarest first (ties by the token): the same order for both sides
    rank = {token: n for n, token in enumerate(sorted(frequency, key=lambda t: (frequency[t], t)))}

    def prefix(side: str, key: K) -> list[tuple[str, int]]:
        unit = sorted(tokens[(side, key)], key=rank.__getitem__)
        return unit[:_prefix_length(len(unit), threshold)]

    postings: dict[tuple[str, int], list[K]] = {}
    positions: dict[tuple[str, int], list[int]] = {}
    for j in news:
        for token in prefix("n", j):
            postings.setdefault(token, []).append(j)
            if near is not None:
                positions.setdefault(token, []).append(near.new(j))
    pairs: set[tuple[K, K]] = set()
    for i in olds:
        if near is not None:
            expected = near.old(i)
            low, high = expected - near.width, expected + near.width
        for token in prefix("o", i):
            found = postings.get(token)
            if not found:
                continue
            if near is not None:
                at = positions[token]
                found = found[bisect_left(at, low):bisect_right(at, high)]
            pairs.update(zip(repeat(i), found))
    return pairs
