"""Align two years of a report unit by unit: unchanged, edited, moved, added, removed, each with a similarity.

Within a part: identical units in order are 'unchanged' (difflib's matching blocks); identical units out of
order are 'moved'; similar units in the same gap between unchanged ones are 'edited' (out of order: 'moved'
with edits). Across parts, a unit that left one part and reappears, the same or nearly, in another is 'moved'
with `from_section`. The rest is added or removed. A paragraph whose words mostly changed is grouped as a
rewrite so it can be shown whole.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from difflib import SequenceMatcher
from itertools import count
from typing import TypeVar

from tipdiff.diff import words
from tipdiff.ingest.canonical import unit_key
from tipdiff.model import Change, Report, Rewrite, SectionDiff, Unit

K = TypeVar("K", bound=Hashable)  # how a unit is named in the candidate search: an index, or (part, index)

EDIT_THRESHOLD = 0.4  # word-sequence similarity for an edit in place (same gap between unchanged units)
MOVED_EDIT_THRESHOLD = 0.6  # an edited unit that also changed place needs more evidence
SOLE_PAIR_THRESHOLD = 0.25  # the only removed and the only added unit between the same unchanged neighbours
MOVE_THRESHOLD = 0.75  # stricter across parts: a different topic must not be taken for a move
REWRITE_SHARE = 0.6  # a paragraph is a rewrite when more than this share of its words is new
_PREFILTER = 0.2  # word-set overlap below which two units are not compared in full
# Words too common to say two sentences are about the same thing: not used to find candidate pairs.
_COMMON = frozenset("the a an and or of to in on for with by from at as is was were be been has have had that this "
                    "which it its their they not no any all also other such than there these those".split())


def similarity(a: list[str], b: list[str]) -> float:
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


class _Side:
    """Units of one part of one year, with their words, and which are still unpaired."""

    def __init__(self, units: list[Unit]) -> None:
        self.units = units
        # compared by the typography fold: a unit that differs only in quotes, dashes, bullets is the same unit
        self.keys = [unit_key(u.text, u.kind) for u in units]
        self.words = [words(k) for k in self.keys]
        self.sets = [set(w) for w in self.words]
        self.free = set(range(len(units)))


def _candidates(old_sets: Mapping[K, set[str]], new_sets: Mapping[K, set[str]], olds: list[K], news: list[K],
                prefilter: float) -> list[tuple[K, K]]:
    """Pairs worth comparing in full: they share a content word (an inverted index finds them without trying
    every pair) and their word sets overlap by at least `prefilter`."""
    postings: dict[str, list[K]] = {}
    content: dict[K, int] = {}
    for j in news:
        content[j] = len(new_sets[j] - _COMMON)
        for word in new_sets[j] - _COMMON:
            postings.setdefault(word, []).append(j)
    pairs: list[tuple[K, K]] = []
    for i in olds:
        words = old_sets[i] - _COMMON
        shared: dict[K, int] = {}
        for word in words:
            for j in postings.get(word, ()):
                shared[j] = shared.get(j, 0) + 1
        for j, common in shared.items():
            # a cheap bound first: too few shared content words cannot make the overlap
            if common >= prefilter * max(len(words), content[j]) * 0.5 and \
                    _overlap(old_sets[i], new_sets[j]) >= prefilter:
                pairs.append((i, j))
    return pairs


def _best_pairs(old: _Side, new: _Side, olds: list[int], news: list[int], threshold: float,
                needed: Callable[[int, int], float] | None = None) -> list[tuple[float, int, int]]:
    """Greedy one-to-one pairing, most similar first; ties broken by position so output is deterministic.

    `needed(i, j)` may raise the bar for some pairs (an edit that also moved needs to be more alike).
    """
    candidates: list[tuple[float, int, int]] = []
    for i, j in _candidates(dict(enumerate(old.sets)), dict(enumerate(new.sets)), olds, news, _PREFILTER):
        score = similarity(old.words[i], new.words[j])
        if score >= (needed(i, j) if needed else threshold):
            candidates.append((-score, i, j))
    candidates.sort()
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for negative, i, j in candidates:
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((-negative, i, j))
    return pairs


def _pair(kind: str, section: str, old: Unit, new: Unit, score: float, from_section: str | None = None) -> Change:
    return Change(kind, section, old, new, round(score, 4), from_section)  # word diff computed when read


def _align_part(name: str, old: _Side, new: _Side) -> list[tuple[Change, int, int]]:
    """Changes of one part with (old index, new index) for ordering; -1 where a side is absent."""
    keys_old, keys_new = old.keys, new.keys
    out: list[tuple[Change, int, int]] = []
    gap_old = [0] * len(keys_old)
    gap_new = [0] * len(keys_new)
    blocks = SequenceMatcher(None, keys_old, keys_new, autojunk=False).get_matching_blocks()
    gap = 0
    previous_old = previous_new = 0
    for block in blocks:
        for i in range(previous_old, block.a):
            gap_old[i] = gap
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
    for score, i, j in _best_pairs(old, new, sorted(old.free), sorted(new.free), EDIT_THRESHOLD,
                                   lambda i, j: EDIT_THRESHOLD if gap_old[i] == gap_new[j] else MOVED_EDIT_THRESHOLD):
        kind = "edited" if gap_old[i] == gap_new[j] else "moved"
        out.append((_pair(kind, name, old.units[i], new.units[j], score, name if kind == "moved" else None), i, j))
        old.free.discard(i)
        new.free.discard(j)
    # one unit out and one in, between the same unchanged neighbours: position says it is the same sentence
    for g in sorted({gap_old[i] for i in old.free}):
        olds = [i for i in old.free if gap_old[i] == g]
        news = [j for j in new.free if gap_new[j] == g]
        if len(olds) == 1 and len(news) == 1:
            i, j = olds[0], news[0]
            score = similarity(old.words[i], new.words[j])
            if score >= SOLE_PAIR_THRESHOLD:
                out.append((_pair("edited", name, old.units[i], new.units[j], score), i, j))
                old.free.discard(i)
                new.free.discard(j)
    return out


def _ordered(entries: list[tuple[Change, int, int]]) -> list[Change]:
    """New-document order; a removed unit follows the new position of the old unit before it."""
    paired = sorted((i, j) for _, i, j in entries if i >= 0 and j >= 0)

    def key(entry: tuple[Change, int, int]) -> tuple[float, int]:
        change, i, j = entry
        if j >= 0:
            return (float(j), -1)
        before = [nj for oi, nj in paired if oi < i]
        return ((max(before) if before else -1) + 0.5, i)

    return [entry[0] for entry in sorted(entries, key=key)]


def _kept_words(change: Change) -> float:
    """Words of the new unit that were already there: the matched words of the similarity ratio
    (ratio = 2 * matched / (old + new)), so no word diff is needed to decide on a rewrite."""
    old_text = change.old.text if change.old else ""
    new_text = change.new.text if change.new else ""
    if not change.text_changed:
        return float(len(words(new_text)))
    return change.similarity * (len(words(old_text)) + len(words(new_text))) / 2


def _rewrites(name: str, changes: list[Change], new_units: list[Unit], groups: count[int]) -> tuple[list[Change], list[Rewrite]]:
    by_paragraph: dict[int, list[Unit]] = {}
    for unit in new_units:
        by_paragraph.setdefault(unit.paragraph, []).append(unit)
    rewrites: list[Rewrite] = []
    result = list(changes)
    for _, units in sorted(by_paragraph.items()):
        ids = {u.id for u in units}
        members = [c for c in result if c.new and c.new.id in ids]
        edited = [c for c in members if c.kind == "edited"]
        if len(units) < 2 or not edited:
            continue
        total = sum(len(words(u.text)) for u in units)
        kept = sum(_kept_words(c) for c in members if c.kind in ("unchanged", "edited", "moved"))
        if total == 0 or 1 - kept / total <= REWRITE_SHARE:
            continue
        old_paragraphs = {c.old.paragraph for c in edited if c.old}
        group = next(groups)
        in_group = set(id(c) for c in members) | {
            id(c) for c in result if c.kind == "removed" and c.old and c.old.paragraph in old_paragraphs}
        olds = sorted((c.old for c in result if id(c) in in_group and c.old), key=lambda u: int(u.id.rsplit("-", 1)[1]))
        old_text = " ".join(u.text for u in olds)
        new_text = " ".join(u.text for u in units)
        rewrites.append(Rewrite(group, name, old_text, new_text))
        result = [Change(c.kind, c.section, c.old, c.new, c.similarity, c.from_section, group)
                  if id(c) in in_group else c for c in result]
    return result, rewrites


RENAME_THRESHOLD = 0.5
_HEADING_STOP = {"and", "or", "of", "the", "in", "to", "for", "a", "an", "other", "including", "with", "on", "by"}


def _heading(report: Report, name: str) -> str | None:
    return next((s.heading for s in report.sections if s.name == name and s.heading), None)


def _heading_words(report: Report, name: str) -> set[str]:
    return {w for w in words(_heading(report, name) or name.replace("-", " ")) if w not in _HEADING_STOP}


def renamed_parts(old: Report, new: Report) -> dict[str, str]:
    """Old part -> new part, for parts named after headings that the new year renamed or restructured:
    paired when their heading words, or their sentences, overlap by half or more (one to one, best first)."""
    old_names, new_names = old.section_names(), new.section_names()
    old_only = [n for n in old_names if n not in new_names]
    new_only = [n for n in new_names if n not in old_names]
    candidates = []
    for o in old_only:
        o_words, o_units = _heading_words(old, o), {unit_key(u.text, u.kind) for u in old.units_in(o)}
        for n in new_only:
            heading = _overlap(o_words, _heading_words(new, n))
            n_units = {unit_key(u.text, u.kind) for u in new.units_in(n)}
            content = len(o_units & n_units) / len(o_units) if o_units else 0.0
            score = max(heading, content)
            if score >= RENAME_THRESHOLD:
                candidates.append((-score, old_names.index(o), new_names.index(n), o, n))
    mapping: dict[str, str] = {}
    for _, _, _, o, n in sorted(candidates):
        if o not in mapping and n not in mapping.values():
            mapping[o] = n
    return mapping


def align(old: Report, new: Report, order: tuple[str, ...], *, by_heading: bool = False) -> tuple[SectionDiff, ...]:
    """Align two reports part by part; with `by_heading`, parts renamed between the years are paired."""
    renamed = renamed_parts(old, new) if by_heading else {}
    old_name = {n: o for o, n in renamed.items()}
    names = [n for n in order if n in old.section_names() or n in new.section_names()]
    names += [n for n in new.section_names() + old.section_names() if n not in names]
    names = [n for n in dict.fromkeys(names) if n not in renamed]
    sides = {n: (_Side(old.units_in(old_name.get(n, n))), _Side(new.units_in(n))) for n in names}
    entries = {n: _align_part(n, *sides[n]) for n in names}

    # across parts: what left one part and arrived, the same or nearly, in another (one pass over all parts)
    olds = [(k, i) for k, n in enumerate(names) for i in sorted(sides[n][0].free)]
    news = [(k, j) for k, n in enumerate(names) for j in sorted(sides[n][1].free)]
    old_sets = {(k, i): sides[names[k]][0].sets[i] for k, i in olds}
    new_sets = {(k, j): sides[names[k]][1].sets[j] for k, j in news}
    scored = []
    for a, b in _candidates(old_sets, new_sets, olds, news, 0.5):
        if a[0] != b[0]:
            score = similarity(sides[names[a[0]]][0].words[a[1]], sides[names[b[0]]][1].words[b[1]])
            if score >= MOVE_THRESHOLD:
                scored.append((-score, a, b))
    taken_old: set[tuple[int, int]] = set()
    taken_new: set[tuple[int, int]] = set()
    for negative, (k, i), (m, j) in sorted(scored):
        if (k, i) in taken_old or (m, j) in taken_new:
            continue
        taken_old.add((k, i))
        taken_new.add((m, j))
        source, target = names[k], names[m]
        entries[target].append((_pair("moved", target, sides[source][0].units[i], sides[target][1].units[j],
                                      -negative, source), -1, j))
        sides[source][0].free.discard(i)
        sides[target][1].free.discard(j)

    groups = count(1)
    diffs = []
    for name in names:
        old_side, new_side = sides[name]
        for i in sorted(old_side.free):
            entries[name].append((Change("removed", name, old_side.units[i], None, 0.0), i, -1))
        for j in sorted(new_side.free):
            entries[name].append((Change("added", name, None, new_side.units[j], 0.0), -1, j))
        changes, rewrites = _rewrites(name, _ordered(entries[name]), new_side.units, groups)
        heading = (_heading(new, name) or _heading(old, old_name.get(name, name))) if by_heading else None
        diffs.append(SectionDiff(name, tuple(changes), tuple(rewrites), heading, old_name.get(name)))
    return tuple(diffs)
