"""A heading written the other year as a run-in label, with the same words, is no change.

One year's page heads a sub-part "Trial Procedures" (an h4); another copy, or the next year, writes the same
words in bold at the start of the part's first paragraph ("Trial Procedures: Hearings were open ..."). The words
are the same, so nothing changed but the layout: the sentence that carries the label is unchanged (the
label is the heading's words, not the sentence's), and the part is neither merged into the part that now holds
the label nor split from it (tipdiff.parts asks `relabelled`). A label whose words differ from the heading's, or
a sentence edited beyond the label, stays a change.
"""

from __future__ import annotations

import dataclasses

from tipdiff.canonical import unit_key
from tipdiff.model import Change, Report, SectionDiff, Unit
from tipdiff.partmatch import RUN_IN, heading_words, name_words


def _label_and_rest(unit: Unit) -> tuple[frozenset[str], str] | None:
    """A unit opening with a run-in label: the label's naming words and the key of the sentence after it."""
    match = RUN_IN.match(unit.text)
    if match is None:
        return None
    words = name_words(match.group(1))
    return (words, unit_key(unit.text[match.end():], unit.kind)) if words else None


def _relabelled(change: Change, old: Report, new: Report) -> bool:
    """The two units are one sentence, one of them opened by a run-in label that is the other unit's part's
    heading in its own year."""
    if change.old is None or change.new is None or change.old_more or change.new_more:
        return False
    labelled = _label_and_rest(change.new)
    if labelled is not None and labelled[1] == change.old.key and \
            labelled[0] == frozenset(heading_words(old, change.old.section)):
        return True
    labelled = _label_and_rest(change.old)
    return labelled is not None and labelled[1] == change.new.key and \
        labelled[0] == frozenset(heading_words(new, change.new.section))


def unlabel(sections: tuple[SectionDiff, ...], old: Report, new: Report) -> tuple[SectionDiff, ...]:
    """The aligned parts, a sentence that differs only by a run-in label that the other year wrote as its part's
    heading made unchanged. Only where headings are the parts (the Human Rights Reports)."""
    if not (old.profile.headings_are_sections and new.profile.headings_are_sections):
        return sections
    relabelled = {id(c) for s in sections for c in s.changes
                  if c.kind in ("edited", "moved") and _relabelled(c, old, new)}
    # the label's part and the heading's: the other sentences that went between them, words unchanged, are no
    # move either (the part the label opened goes on under its heading, or the reverse)
    links = {(c.old.section, c.new.section) for s in sections for c in s.changes if id(c) in relabelled
             and c.old is not None and c.new is not None}
    out = []
    for section in sections:
        changes = tuple(dataclasses.replace(c, kind="unchanged", similarity=1.0, from_section=None)
                        if id(c) in relabelled or (c.kind == "moved" and c.old is not None and c.new is not None
                                                   and (c.old.section, c.new.section) in links and not c.text_changed)
                        else c for c in section.changes)
        out.append(dataclasses.replace(section, changes=changes) if changes != section.changes else section)
    return tuple(out)


def relabelled(old_parts: tuple[str, ...], new_parts: tuple[str, ...], sections: tuple[SectionDiff, ...],
               old: Report, new: Report) -> bool:
    """Whether a merge of `old_parts` into one new part (or a split of one old part into `new_parts`) is only
    headings written as run-in labels, or the reverse: one part on each side keeps its name, and every other
    part's sentences are all unchanged, with one of them carrying its heading as a label."""
    kept = set(old_parts) & set(new_parts)
    if len(kept) != 1:
        return False
    others = (set(old_parts) | set(new_parts)) - kept
    for part in others:
        in_old = part in old_parts
        changes = [c for s in sections for c in s.changes if (u := c.old if in_old else c.new) and u.section == part]
        report = old if in_old else new
        size = sum(1 for u in report.units if u.section == part)
        if not changes or len(changes) != size or any(c.kind != "unchanged" for c in changes):
            return False
        label = frozenset(heading_words(report, part))
        carriers = [c.new if in_old else c.old for c in changes]
        if not any((found := _label_and_rest(u)) is not None and found[0] == label for u in carriers if u):
            return False
    return True
