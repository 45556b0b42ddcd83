"""Paragraphs rewritten between the years: most of their words new, so they are shown whole as well as change by
change (REWRITE_SHARE). Called by tipdiff.align on each part's ordered changes; linear in the number of changes.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from itertools import count

from tipdiff.diff import words
from tipdiff.model import Change, Rewrite, Unit

REWRITE_SHARE = 0.6  # a paragraph is a rewrite when more than this share of its words is new


@lru_cache(maxsize=1 << 16)
def _word_count(text: str) -> int:
    return len(words(text))


def _kept_words(change: Change) -> float:
    """Words of the new unit that were already there: the matched words of the similarity ratio
    (ratio = 2 * matched / (old + new)), so no word diff is needed to decide on a rewrite."""
    if not change.text_changed:
        return float(_word_count(change.new_text))
    return change.similarity * (_word_count(change.old_text) + _word_count(change.new_text)) / 2


def rewrites(name: str, changes: list[Change], new_units: list[Unit], groups: count[int]) -> tuple[list[Change], list[Rewrite]]:
    """Paragraphs whose words mostly changed, shown whole; every change of such a paragraph (and the removed
    units of the old paragraphs its edits came from) carries the group. Linear in the number of changes."""
    by_paragraph: dict[int, list[Unit]] = {}
    for unit in new_units:
        by_paragraph.setdefault(unit.paragraph, []).append(unit)
    by_new: dict[str, int] = {}  # new unit id -> position in `changes`
    removed_by_paragraph: dict[int, list[int]] = {}
    for position, change in enumerate(changes):
        for unit in change.new_units:
            by_new[unit.id] = position
        if change.kind == "removed" and change.old:
            removed_by_paragraph.setdefault(change.old.paragraph, []).append(position)
    group_of: dict[int, int] = {}
    rewrites: list[Rewrite] = []
    for _paragraph, units in sorted(by_paragraph.items()):
        members = sorted({by_new[u.id] for u in units if u.id in by_new})
        edited = [changes[m] for m in members if changes[m].kind == "edited"]
        if len(units) < 2 or not edited:
            continue
        total = sum(_word_count(u.text) for u in units)
        kept = sum(_kept_words(changes[m]) for m in members if changes[m].kind not in ("added", "removed"))
        if total == 0 or 1 - kept / total <= REWRITE_SHARE:
            continue
        old_paragraphs = {c.old.paragraph for c in edited if c.old}
        group = next(groups)
        in_group = set(members) | {m for p in old_paragraphs for m in removed_by_paragraph.get(p, ())}
        olds = sorted((unit for m in sorted(in_group) for unit in changes[m].old_units), key=_unit_number)
        old_text = " ".join(unit.text for unit in olds)
        new_text = " ".join(u.text for u in units)
        rewrites.append(Rewrite(group, name, old_text, new_text))
        for m in in_group:
            group_of[m] = group
    result = [replace(c, rewrite_group=group_of[m]) if m in group_of else c for m, c in enumerate(changes)]
    return result, rewrites


def _unit_number(unit: Unit) -> int:
    return int(unit.id.rsplit("-", 1)[1])
