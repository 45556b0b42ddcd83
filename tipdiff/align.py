"""Align two years of a report unit by unit: unchanged, edited, moved, added, removed, each with a similarity.

Within a part: identical units in order are 'unchanged' (difflib's matching blocks); identical units out of
order are 'moved'; similar units in the same gap between unchanged ones are 'edited' (out of order: 'moved'
with edits). Across parts, a unit that left one part and reappears, the same or nearly, in another is 'moved'
with `from_section`. The rest is added or removed. A paragraph whose words mostly changed is grouped as a
rewrite so it can be shown whole (tipdiff.rewrites).

Identical units are paired by their key wherever they are. A similar one (edited, moved with edits, split or
merged) is looked for near where it is expected: within PART_WINDOW units of its old place in its part, counted
from the unchanged units before it, and across parts within ACROSS_WINDOW units of the narrative. The windows
keep the search linear in the length of the text (a whole report pasted as one narrative is not n²); they are
about twice the largest part (248 units) and the longest narrative (1,444 units) of the ../shared corpus, and
the farthest move found there is 134 units within a part, 761 across parts, so on real narratives they exclude
nothing (tests/test_windows.py checks the corpus and that the outputs are those of an unbounded search).
"""

from __future__ import annotations

from bisect import bisect_left
from difflib import SequenceMatcher
from itertools import count
from typing import TypeVar

from tipdiff.model import Change, Report, SectionDiff, Unit
from tipdiff.pairing import (
    Near,
    WordCodes,
    passes_prefilter_with,
    similar_pairs,
    similarity,
    within_bounds,
)
from tipdiff.partmatch import renamed_parts, units_by_part
from tipdiff.rewrites import rewrites as find_rewrites
from tipdiff.sides import Side
from tipdiff.splitmerge import Join, find_joins

EDIT_THRESHOLD = 0.4  # word-sequence similarity for an edit in place (same gap between unchanged units)
MOVED_EDIT_THRESHOLD = 0.6  # an edited unit that also changed place needs more evidence
SOLE_PAIR_THRESHOLD = 0.25  # the only removed and the only added unit between the same unchanged neighbours
MOVE_THRESHOLD = 0.75  # stricter across parts: a different topic must not be taken for a move
SPLIT_THRESHOLD = 0.75  # one sentence cut in two (or two joined): the joined text nearly the same words
_PREFILTER = 0.2  # word-set overlap below which two units are not compared in full
_MOVE_PREFILTER = 0.5  # the same, across parts
PART_WINDOW = 500  # units: how far from its expected place within its part a similar unit is looked for
ACROSS_WINDOW = 3000  # units: the same across parts, counted over the whole narrative

__all__ = ["align", "renamed_parts", "similarity"]  # renamed_parts: tipdiff.partmatch
K = TypeVar("K", int, tuple[int, int])  # a unit's index in its part, or (part, index)


def _scored(old: Side, new: Side, pairs: set[tuple[int, int]], prefilter: float,
            gap_old: list[int], gap_new: list[int]) -> list[tuple[float, int, int]]:
    """(-score, old, new) for the candidate pairs that pass the prefilter and reach their threshold: EDIT_THRESHOLD
    in the same gap between unchanged units, MOVED_EDIT_THRESHOLD elsewhere. The cheap tests run first, on
    values looked up once per unit: the length bound of `similarity_at_least`, then the word-set prefilter."""
    olds, news = {i for i, _ in pairs}, {j for _, j in pairs}
    old_words, new_words = {i: old.words(i) for i in olds}, {j: new.words(j) for j in news}
    old_sets, new_sets = {i: old.word_set(i) for i in olds}, {j: new.word_set(j) for j in news}
    old_content, new_content = {i: old.content(i) for i in olds}, {j: new.content(j) for j in news}
    out = []
    for i, j in pairs:
        a, b = old_words[i], new_words[j]
        threshold = EDIT_THRESHOLD if gap_old[i] == gap_new[j] else MOVED_EDIT_THRESHOLD
        if not within_bounds(a, b, threshold):  # in C on codes: cheaper than the word-set prefilter
            continue
        if passes_prefilter_with(old_sets[i], new_sets[j], old_content[i], new_content[j], prefilter):
            score = similarity(a, b)
            if score >= threshold:
                out.append((-score, i, j))
    return out


def _greedy(scored: list[tuple[float, K, K]]) -> list[tuple[float, K, K]]:
    """One-to-one pairing, most similar first; ties broken by position so output is deterministic."""
    used_old: set[K] = set()
    used_new: set[K] = set()
    pairs = []
    for negative, i, j in sorted(scored):
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((-negative, i, j))
    return pairs


def _pair(kind: str, section: str, old: Unit, new: Unit, score: float, from_section: str | None = None) -> Change:
    return Change(kind, section, old, new, round(score, 4), from_section)  # word diff computed when read


def _by_gap(indices: set[int], gap: list[int]) -> dict[int, list[int]]:
    groups: dict[int, list[int]] = {}
    for i in sorted(indices):
        groups.setdefault(gap[i], []).append(i)
    return groups


def _same(position: int) -> int:
    return position


def _edits(name: str, old: Side, new: Side, gap_old: list[int], gap_new: list[int],
           near: Near[int]) -> list[tuple[Change, int, int]]:
    """Similar units still unpaired: edited in place (same gap between unchanged units, EDIT_THRESHOLD) or
    moved with edits within the part (MOVED_EDIT_THRESHOLD), within the window `near`."""
    olds, news = sorted(old.free), sorted(new.free)
    old_words = {i: old.words(i) for i in olds}
    new_words = {j: new.words(j) for j in news}
    candidates = similar_pairs(old_words, new_words, MOVED_EDIT_THRESHOLD, near=near)
    # edits in place: the pairs in one gap, found in one search, each gap's positions set apart from the others'
    # by more than the window (so only pairs in the same gap, and within the window, are candidates)
    apart = 2 * (len(old.units) + len(new.units) + near.width) + 1
    in_gap: Near[int] = Near(lambda i: gap_old[i] * apart + near.old(i), lambda j: gap_new[j] * apart + near.new(j), near.width)
    candidates |= similar_pairs(old_words, new_words, EDIT_THRESHOLD, near=in_gap)
    scored = _scored(old, new, candidates, _PREFILTER, gap_old, gap_new)
    out: list[tuple[Change, int, int]] = []
    for score, i, j in _greedy(scored):
        kind = "edited" if gap_old[i] == gap_new[j] else "moved"
        out.append((_pair(kind, name, old.units[i], new.units[j], score, name if kind == "moved" else None), i, j))
        old.free.discard(i)
        new.free.discard(j)
    return out


def _join_change(join: Join[int], section: str, old_units: list[Unit], new_units: list[Unit],
                 from_section: str | None) -> Change:
    olds, news = [old_units[n] for n in join.olds], [new_units[n] for n in join.news]
    return Change(join.kind, section, olds[0], news[0], round(join.score, 4), from_section,
                  old_more=tuple(olds[1:]), new_more=tuple(news[1:]))


def _joins_in_part(name: str, old: Side, new: Side, out: list[tuple[Change, int, int]],
                   near: Near[int]) -> list[tuple[Change, int, int]]:
    """1:2 and 2:1 groups within the part (tipdiff.splitmerge), among unpaired units and edits."""
    edits = {i: (j, similarity(old.words(i), new.words(j))) for change, i, j in out
             if change.kind in ("edited", "moved") and i >= 0 and j >= 0}
    olds = old.free | set(edits)
    news = new.free | {j for j, _ in edits.values()}
    joins = find_joins({i: old.words(i) for i in olds}, {j: new.words(j) for j in news},
                       {i: i + 1 for i in olds if i + 1 in olds}, {j: j + 1 for j in news if j + 1 in news},
                       edits, SPLIT_THRESHOLD, near=near)
    if not joins:
        return out
    replaced = {i for join in joins for i in join.olds if i in edits}
    out = [entry for entry in out if not (entry[1] in replaced and entry[0].kind in ("edited", "moved"))]
    for join in joins:
        out.append((_join_change(join, name, old.units, new.units, None), join.olds[0], join.news[0]))
        old.free.difference_update(join.olds)
        new.free.difference_update(join.news)
    return out


def _align_part(name: str, old: Side, new: Side) -> list[tuple[Change, int, int]]:
    """Changes of one part with (old index, new index) for ordering; -1 where a side is absent."""
    keys_old, keys_new = old.keys, new.keys
    out: list[tuple[Change, int, int]] = []
    gap_old = [0] * len(keys_old)
    gap_new = [0] * len(keys_new)
    expected = [0] * len(keys_old)  # where an old unit would be in the new part: as far past the same unchanged unit
    blocks = SequenceMatcher(None, keys_old, keys_new, autojunk=False).get_matching_blocks()
    gap = 0
    previous_old = previous_new = 0
    for block in blocks:
        for i in range(previous_old, block.a):
            gap_old[i] = gap
            expected[i] = min(i - previous_old + previous_new, len(keys_new))
        for j in range(previous_new, block.b):
            gap_new[j] = gap
        for k in range(block.size):
            i, j = block.a + k, block.b + k
            out.append((Change("unchanged", name, old.units[i], new.units[j], 1.0), i, j))
            old.free.discard(i)
            new.free.discard(j)
        gap += 1
        previous_old, previous_new = block.a + block.size, block.b + block.size
    # identical text elsewhere in the part: moved
    by_text: dict[str, list[int]] = {}
    for j in sorted(new.free):
        by_text.setdefault(keys_new[j], []).append(j)
    for i in sorted(old.free):
        if by_text.get(keys_old[i]):
            j = by_text[keys_old[i]].pop(0)
            out.append((Change("moved", name, old.units[i], new.units[j], 1.0, name), i, j))
            old.free.discard(i)
            new.free.discard(j)
    near = Near(expected.__getitem__, _same, PART_WINDOW)
    out += _edits(name, old, new, gap_old, gap_new, near)
    out = _joins_in_part(name, old, new, out, near)
    # one unit out and one in, between the same unchanged neighbours: position says it is the same sentence
    news_by_gap = _by_gap(new.free, gap_new)
    for g, olds in sorted(_by_gap(old.free, gap_old).items()):
        news = news_by_gap.get(g, [])
        if len(olds) == 1 and len(news) == 1:
            i, j = olds[0], news[0]
            score = similarity(old.words(i), new.words(j))
            if score >= SOLE_PAIR_THRESHOLD:
                out.append((_pair("edited", name, old.units[i], new.units[j], score), i, j))
                old.free.discard(i)
                new.free.discard(j)
    return out


def _ordered(entries: list[tuple[Change, int, int]]) -> list[Change]:
    """New-document order; a removed unit follows the new position of the old unit before it."""
    paired = sorted((i, j) for _, i, j in entries if i >= 0 and j >= 0)
    firsts = [i for i, _ in paired]
    latest: list[int] = []  # latest[n]: the furthest new position among the first n+1 paired old units
    for _, j in paired:
        latest.append(max(j, latest[-1]) if latest else j)

    def key(entry: tuple[Change, int, int]) -> tuple[float, int]:
        change, i, j = entry
        if j >= 0:
            return (float(j), -1)
        before = bisect_left(firsts, i)  # paired old units before this one
        return ((latest[before - 1] if before else -1) + 0.5, i)

    return [entry[0] for entry in sorted(entries, key=key)]


def _joins_across_parts(names: list[str], sides: dict[str, tuple[Side, Side]],
                        entries: dict[str, list[tuple[Change, int, int]]],
                        moves: dict[tuple[int, int], tuple[tuple[int, int], float]],
                        near: Near[tuple[int, int]]) -> None:
    """1:2 and 2:1 groups whose old and new units are in different parts (moved and split or merged), among
    the units still unpaired and the moves across parts."""
    olds = {(k, i) for k, n in enumerate(names) for i in sides[n][0].free} | set(moves)
    news = {(k, j) for k, n in enumerate(names) for j in sides[n][1].free} | {new for new, _ in moves.values()}
    joins = find_joins({(k, i): sides[names[k]][0].words(i) for k, i in olds},
                       {(k, j): sides[names[k]][1].words(j) for k, j in news},
                       {(k, i): (k, i + 1) for k, i in olds if (k, i + 1) in olds},
                       {(k, j): (k, j + 1) for k, j in news if (k, j + 1) in news},
                       moves, MOVE_THRESHOLD, lambda old, new: old[0] != new[0], near)
    for join in joins:
        (k, _first_old), (m, first_new) = join.olds[0], join.news[0]
        source, target = names[k], names[m]
        for old_key in join.olds:
            if old_key in moves:  # the move this group replaces
                (part, j), _ = moves[old_key]
                entries[names[part]] = [e for e in entries[names[part]]
                                        if not (e[1] == -1 and e[2] == j and e[0].kind == "moved")]
        local = Join(join.kind, tuple(i for _, i in join.olds), tuple(j for _, j in join.news), join.score)
        entries[target].append((_join_change(local, target, sides[source][0].units, sides[target][1].units,
                                              source), -1, first_new))
        sides[source][0].free.difference_update(i for _, i in join.olds)
        sides[target][1].free.difference_update(j for _, j in join.news)


def _heading(report: Report, name: str) -> str | None:
    return next((s.heading for s in report.sections if s.name == name and s.heading), None)


def align(old: Report, new: Report, order: tuple[str, ...], *, by_heading: bool = False) -> tuple[SectionDiff, ...]:
    """Align two reports part by part; with `by_heading`, a new part is aligned with every old part it continues
    (tipdiff.partmatch: renamed, re-nested or merged headings), the others by name."""
    renamed = renamed_parts(old, new) if by_heading else {}
    old_name_list = old.section_names()
    names = [n for n in order if n in old_name_list or n in new.section_names()]
    names += [n for n in new.section_names() + old_name_list if n not in names]
    names = [n for n in dict.fromkeys(names) if n not in renamed or n in new.section_names()]
    sources = {n: [o for o in old_name_list if renamed.get(o, o) == n] for n in names}  # in old document order
    old_units, new_units = units_by_part(old), units_by_part(new)
    codes = WordCodes()  # one code per word for both years, so their codes compare
    sides = {n: (Side([u for o in sources[n] for u in old_units.get(o, [])], codes), Side(new_units.get(n, []), codes))
             for n in names}
    entries = {n: _align_part(n, *sides[n]) for n in names}

    # across parts: what left one part and arrived, the same or nearly, in another (one pass over all parts),
    # within ACROSS_WINDOW units of the narrative: an old unit is expected at its place in its part's new text
    starts, total = [], 0
    for n in names:
        starts.append(total)
        total += len(sides[n][1].units)

    def expected(key: tuple[int, int]) -> int:
        return starts[key[0]] + min(key[1], len(sides[names[key[0]]][1].units))

    def position(key: tuple[int, int]) -> int:
        return starts[key[0]] + key[1]

    near = Near(expected, position, ACROSS_WINDOW)
    old_words = {(k, i): sides[n][0].words(i) for k, n in enumerate(names) for i in sorted(sides[n][0].free)}
    new_words = {(k, j): sides[n][1].words(j) for k, n in enumerate(names) for j in sorted(sides[n][1].free)}
    scored = []
    for a, b in similar_pairs(old_words, new_words, MOVE_THRESHOLD, near=near) if len(names) > 1 else ():
        if a[0] == b[0] or not within_bounds(old_words[a], new_words[b], MOVE_THRESHOLD):
            continue
        old_side, new_side = sides[names[a[0]]][0], sides[names[b[0]]][1]
        if passes_prefilter_with(old_side.word_set(a[1]), new_side.word_set(b[1]), old_side.content(a[1]),
                                 new_side.content(b[1]), _MOVE_PREFILTER):
            score = similarity(old_words[a], new_words[b])
            if score >= MOVE_THRESHOLD:
                scored.append((-score, a, b))
    moves: dict[tuple[int, int], tuple[tuple[int, int], float]] = {}
    for score, (k, i), (m, j) in _greedy(scored):
        source, target = names[k], names[m]
        entries[target].append((_pair("moved", target, sides[source][0].units[i], sides[target][1].units[j],
                                      score, source), -1, j))
        sides[source][0].free.discard(i)
        sides[target][1].free.discard(j)
        moves[(k, i)] = ((m, j), score)
    if len(names) > 1:
        _joins_across_parts(names, sides, entries, moves, near)

    groups = count(1)
    diffs = []
    for name in names:
        old_side, new_side = sides[name]
        for i in sorted(old_side.free):
            entries[name].append((Change("removed", name, old_side.units[i], None, 0.0), i, -1))
        for j in sorted(new_side.free):
            entries[name].append((Change("added", name, None, new_side.units[j], 0.0), -1, j))
        changes, rewrites = find_rewrites(name, _ordered(entries[name]), new_side.units, groups)
        continued = [o for o in sources[name] if o != name]
        heading = (_heading(new, name) or next((h for o in sources[name] if (h := _heading(old, o))), None)
                   if by_heading else None)
        merged = tuple(sources[name]) if len(sources[name]) > 1 else ()
        renamed_from = continued[0] if continued and not merged else None
        diffs.append(SectionDiff(name, tuple(changes), tuple(rewrites), heading, renamed_from, merged))
    return tuple(diffs)
