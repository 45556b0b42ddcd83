"""What happened to the parts of a narrative between two years, read from an aligned comparison: renamed,
merged, split, dropped or added. Reports whose parts are named after their headings (the Human Rights Reports)
rename and re-nest them from year to year; a part whose sentences went elsewhere was not dropped.

- renamed: a new part continues one old part under another heading (tipdiff.partmatch paired them), or holds
  mostly sentences of one old part that went nowhere else;
- merged: a new part continues several old parts (paired), or an old part's text went mostly (>= half of its
  sentences, MOSTLY) into one part that continues another;
- split: an old part's sentences went, half or more of them, to several parts; or a new part with no old
  counterpart holds mostly sentences of one old part that goes on under its own or a new heading (the old
  "g. Abuses in Internal Conflict" goes on as "g. Conflict-related Abuses" and gave most of a new
  "Physical Abuse, Punishment, and Torture:");
- dropped: an old part with sentences, no part continuing it, and less than half of them found anywhere;
- added: a new part with sentences, no old part it continues, and less than half of them from old parts.

A sentence counts where the alignment put it (unchanged, edited, moved, split or merged: `Change.old.section`
is its old part); removed sentences count nowhere. Parts with no sentences (a numbered section's title) are
renamed but never dropped or added. Titles are the parts' headings as each year writes them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from tipdiff.model import Comparison, Report, SectionDiff

MOSTLY = 0.5
KINDS = ("renamed", "merged", "split", "dropped", "added")


@dataclass(frozen=True)
class PartChange:
    """One part's fate: `kind` (KINDS), the old and new titles, and the part it is reported under (the new
    part, or the old one for a part dropped)."""

    kind: str
    old: tuple[str, ...]
    new: tuple[str, ...]
    section: str


def _title(report: Report, name: str) -> str:
    """The part's heading as the year writes it where headings are the parts (the Human Rights Reports), else
    its title in the profile ("Trafficking profile")."""
    if not report.profile.headings_are_sections:  # a TIP narrative's fixed parts: "PREVENTION" is Prevention
        return report.profile.title_of(name)
    return next((s.heading for s in report.sections if s.name == name and s.heading), report.profile.title_of(name))


def _sources(section: SectionDiff, old_names: set[str], new_names: set[str], taken: set[str]) -> tuple[str, ...]:
    """The old parts a part of the new year continues (none for an old part the new year lacks)."""
    if section.merged_from:
        return section.merged_from
    if section.renamed_from:
        return (section.renamed_from,)
    both = section.name in old_names and section.name in new_names
    return (section.name,) if both and section.name not in taken else ()


def part_changes(comparison: Comparison) -> tuple[PartChange, ...]:
    """Every part renamed, merged, split, dropped or added, in the comparison's part order (see the module
    docstring)."""
    old, new = comparison.old, comparison.new
    old_names = set(old.section_names())
    taken = {o for s in comparison.sections for o in (s.merged_from or ((s.renamed_from,) if s.renamed_from else ()))}
    new_names = set(new.section_names())
    sources = {s.name: _sources(s, old_names, new_names, taken) for s in comparison.sections}
    continued_by = {o: name for name, olds in sources.items() for o in olds}
    old_size = Counter(u.section for u in old.units)
    new_size = Counter(u.section for u in new.units)
    went: dict[str, Counter[str]] = {}  # old part -> new part -> sentences
    for section in comparison.sections:
        for change in section.changes:
            if change.old is not None and change.kind != "removed":
                for unit in (change.old, *change.old_more):
                    went.setdefault(unit.section, Counter())[section.name] += 1
    out: list[PartChange] = []
    covered: set[str] = set()
    carved: dict[str, list[str]] = {}  # old part -> new parts made mostly of its sentences
    for section in comparison.sections:
        name = section.name
        olds = sources[name]
        if section.merged_from:
            out.append(PartChange("merged", tuple(_title(old, o) for o in olds), (_title(new, name),), name))
        elif section.renamed_from:
            out.append(PartChange("renamed", (_title(old, olds[0]),), (_title(new, name),), name))
        elif not olds and new_size[name]:
            came = Counter({o: by[name] for o, by in went.items() if by.get(name) and o != name})
            if sum(came.values()) >= MOSTLY * new_size[name]:
                givers = sorted(came, key=lambda o: (-came[o], o))
                if len(givers) == 1:
                    carved.setdefault(givers[0], []).append(name)
                else:
                    out.append(PartChange("merged", tuple(_title(old, o) for o in givers), (_title(new, name),), name))
                    covered.update(o for o in givers if o not in continued_by)
            else:
                out.append(PartChange("added", (), (_title(new, name),), name))
    for o in old.section_names():
        if not old_size[o] or o in covered:
            continue
        by = went.get(o, Counter())
        if o in continued_by:
            if o in carved:  # said once: split (the part continuing it first), not also renamed
                parts = [continued_by[o], *carved[o]]
                out = [c for c in out if not (c.kind == "renamed" and c.section == continued_by[o])]
                out.append(PartChange("split", (_title(old, o),), tuple(_title(new, n) for n in parts), continued_by[o]))
            continue
        targets = sorted(by, key=lambda n: (-by[n], n))
        if sum(by.values()) < MOSTLY * old_size[o]:
            out.append(PartChange("dropped", (_title(old, o),), (), o))
            out.extend(PartChange("added", (), (_title(new, n),), n) for n in carved.get(o, []))
        elif len(targets) == 1 and targets[0] in carved.get(o, []):  # all of it under one new heading
            out.append(PartChange("renamed", (_title(old, o),), (_title(new, targets[0]),), targets[0]))
        elif len(targets) == 1:
            into = targets[0]
            out.append(PartChange("merged", (_title(old, o), *(_title(old, s) for s in sources.get(into, ()))),
                                  (_title(new, into),), into))
        else:
            out.append(PartChange("split", (_title(old, o),), tuple(_title(new, n) for n in targets), targets[0]))
    order = {s.name: i for i, s in enumerate(comparison.sections)}
    return tuple(sorted(out, key=lambda c: (order.get(c.section, len(order)), KINDS.index(c.kind), c.old, c.new)))
