"""What happened to the parts of a narrative between two years, read from an aligned comparison: renamed,
merged, split, dropped or added. Reports whose parts are named after their headings (the Human Rights Reports)
rename and re-nest them from year to year; a part whose sentences went elsewhere was not dropped.

- renamed: a new part continues one old part under another heading (tipdiff.partmatch paired them), or holds
  mostly sentences of one old part that went nowhere else; renamed to a heading with no text of its own (a
  cross reference, "d. Discrimination (see section 6)"), the change's note says where its sentences went;
  re-nested when the old heading stands on, empty, right above the new sub-heading that holds its text
  ("e. Acceptable Conditions of Work", then "Wage and Hour Laws:"); never when the two headings have the same
  words under the same list label, written otherwise ("Executive Summary Title" and "EXECUTIVE SUMMARY": the
  profile's `template_words` are left out);
- merged: a new part continues several old parts (paired), or an old part's text went mostly (>= half of its
  sentences, MOSTLY) into one part that continues another;
- split: an old part's sentences went, half or more of them, to several parts; or a new part with no old
  counterpart holds mostly sentences of one old part that goes on under its own or a new heading (the old
  "g. Abuses in Internal Conflict" goes on as "g. Conflict-related Abuses" and gave most of a new
  "Physical Abuse, Punishment, and Torture:"), or whose heading the old part wrote as a run-in label opening a
  paragraph ("Corruption: ..." in "Section 4. ...", next year a part "Corruption"; tipdiff.partmatch.run_in_labels);
- dropped: an old part with sentences, no part continuing it, and less than half of them found anywhere;
- added: a new part with sentences, no old part it continues, and less than half of them from old parts.

A sentence counts where the alignment put it (unchanged, edited, moved, split or merged: `Change.old.section`
is its old part); removed sentences count nowhere. Parts with no sentences (a numbered section's title) are
renamed but never dropped or added. Titles are the parts' headings as each year writes them, without the colon
of a run-in heading ('Corruption:' is shown 'Corruption').
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from tipdiff.model import Comparison, Report, SectionDiff, shown_heading
from tipdiff.partmatch import (
    LIST_LABEL,
    cross_reference,
    heading_words,
    labelled_in,
    numbered_sections,
    parents,
    run_in_labels,
)
from tipdiff.relabel import relabelled
from tipdiff.wording import join_and

MOSTLY = 0.5
KINDS = ("renamed", "merged", "split", "dropped", "added")


@dataclass(frozen=True)
class PartChange:
    """One part's fate: `kind` (KINDS), the old and new titles, and the part it is reported under (the new
    part, or the old one for a part dropped); `note`: for a part renamed to a heading with no text of its own,
    what became of its text ('reduced to a cross reference (see section 6); 8 of its 13 sentences moved to
    “Women”'), else ""; `renested`: a part renamed whose old heading stands on in the new year, with no text,
    right above the new sub-heading that holds its text."""

    kind: str
    old: tuple[str, ...]
    new: tuple[str, ...]
    section: str
    note: str = ""
    renested: bool = False  # renamed: its heading stands on, empty, above the new sub-heading holding its text


def _label(report: Report, name: str) -> str:
    heading = next((s.heading for s in report.sections if s.name == name and s.heading), "") or ""
    match = LIST_LABEL.match(heading)
    return " ".join(match.group(0).split()).casefold() if match else ""


def same_heading(old: Report, old_name: str, new: Report, new_name: str) -> bool:
    """Whether two parts' headings name them alike: the same words (case, stop words, punctuation and a page
    template's words left out: 'Executive Summary Title' and 'EXECUTIVE SUMMARY') under the same list label."""
    return heading_words(old, old_name) == heading_words(new, new_name) and \
        _label(old, old_name) == _label(new, new_name)


def _renested(old: Report, new: Report, old_name: str, name: str) -> bool:
    """Whether an old part's heading stands on in the new year, with no text of its own, right above the part
    holding its text under a new sub-heading ("e. Acceptable Conditions of Work", then "Wage and Hour Laws:")."""
    names = new.section_names()
    if old_name not in names or name not in names or not same_heading(old, old_name, new, old_name):
        return False
    at = names.index(old_name)
    return names.index(name) == at + 1 and not new.units_in(old_name)


def _title(report: Report, name: str) -> str:
    """The part's heading as outputs show it (tipdiff.model.shown_heading) where headings are the parts (the
    Human Rights Reports), else its title in the profile ("Trafficking profile")."""
    if not report.profile.headings_are_sections:  # a TIP narrative's fixed parts: "PREVENTION" is Prevention
        return report.profile.title_of(name)
    return next((shown_heading(s.heading) for s in report.sections if s.name == name and s.heading),
                report.profile.title_of(name))


def _sources(section: SectionDiff, old_names: set[str], new_names: set[str], taken: set[str]) -> tuple[str, ...]:
    """The old parts a part of the new year continues (none for an old part the new year lacks)."""
    if section.merged_from:
        return section.merged_from
    if section.renamed_from:
        return (section.renamed_from,)
    both = section.name in old_names and section.name in new_names
    return (section.name,) if both and section.name not in taken else ()


def _emptied(size: int, went: Counter[str], new: Report, name: str) -> str:
    """What became of the text of a part renamed to a heading with none of its own: the heading's cross
    reference, and how many of its `size` sentences stand in which new parts (`went`: part -> sentences)."""
    reference = cross_reference(next((s.heading for s in new.sections if s.name == name and s.heading), "") or "")
    head = f"reduced to a cross reference ({reference})" if reference else "left without text"
    moved = sum(went.values())
    if not moved:
        return f"{head}; none of its {size} sentences found elsewhere"
    where = join_and([f"\u201c{_title(new, n)}\u201d" for n in sorted(went, key=lambda n: (-went[n], n))])
    return f"{head}; {moved} of its {size} sentences moved to {where}"


def _labelled_from(old: Report, new: Report, name: str, came: Counter[str], continued_by: dict[str, str]) -> str | None:
    """The old part that wrote a new part's heading (one without a list label) as a run-in label opening one of
    its paragraphs, and goes on in the new year ("Corruption: In May ..." in "Section 4. ...", next year a part
    headed "Corruption"): with some of its sentences in the new part (`came`), or continued by the new part's
    parent, or in the same numbered section; else None."""
    heading = next((s.heading for s in new.sections if s.name == name and s.heading), "") or ""
    words = frozenset(heading_words(new, name)) if not LIST_LABEL.match(heading) else frozenset()
    parts = [o for o in run_in_labels(old).get(words, []) if o in continued_by] if words else []
    if not parts:
        return None
    home, sections, parent = numbered_sections(new).get(name), numbered_sections(old), parents(new).get(name)
    near = {o for o in parts if continued_by[o] == parent or (home is not None and sections.get(o) == home)}
    return labelled_in(parts, dict(came), near)


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
    outside = {old.profile.unsectioned, new.profile.unsectioned}  # text outside any part is never a part
    for section in comparison.sections:
        name = section.name
        olds = sources[name]
        if name in outside:
            continue
        if section.merged_from:
            if not relabelled(olds, (name,), comparison.sections, old, new):
                out.append(PartChange("merged", tuple(_title(old, o) for o in olds), (_title(new, name),), name))
        elif section.renamed_from:
            if same_heading(old, olds[0], new, name):
                continue  # the same words written otherwise ("Executive Summary Title" -> "EXECUTIVE SUMMARY")
            note = "" if new_size[name] or not old_size[olds[0]] else \
                _emptied(old_size[olds[0]], went.get(olds[0], Counter()), new, name)
            out.append(PartChange("renamed", (_title(old, olds[0]),), (_title(new, name),), name, note,
                                  _renested(old, new, olds[0], name)))
        elif olds == (name,) and old.profile.headings_are_sections and \
                heading_words(old, name) != heading_words(new, name):
            # one part name both years, two headings: they differ past the name's length ("Section 5.
            # Governmental Posture Towards International and Nongovernmental ..." gained "Monitoring and")
            out.append(PartChange("renamed", (_title(old, name),), (_title(new, name),), name))
        elif not olds and new_size[name]:
            came = Counter({o: by[name] for o, by in went.items() if by.get(name) and o != name and o not in outside})
            giver = _labelled_from(old, new, name, came, continued_by)
            if giver is not None and sum(came.values()) < MOSTLY * new_size[name]:
                carved.setdefault(giver, []).append(name)  # a run-in label of that part, now a heading
            elif sum(came.values()) >= MOSTLY * new_size[name]:
                givers = sorted(came, key=lambda o: (-came[o], o))
                if len(givers) == 1:
                    carved.setdefault(givers[0], []).append(name)
                else:
                    out.append(PartChange("merged", tuple(_title(old, o) for o in givers), (_title(new, name),), name))
                    covered.update(o for o in givers if o not in continued_by)
            else:
                out.append(PartChange("added", (), (_title(new, name),), name))
    for o in old.section_names():
        if not old_size[o] or o in covered or o in outside:
            continue
        by = went.get(o, Counter())
        if o in continued_by:
            if o in carved:  # said once: split (the part continuing it first), not also renamed
                parts = [continued_by[o], *carved[o]]
                out = [c for c in out if not (c.kind == "renamed" and c.section == continued_by[o])]
                if not relabelled((o,), tuple(parts), comparison.sections, old, new):
                    out.append(PartChange("split", (_title(old, o),), tuple(_title(new, n) for n in parts),
                                          continued_by[o]))
            continue
        targets = sorted(by, key=lambda n: (-by[n], n))
        if sum(by.values()) < MOSTLY * old_size[o]:
            out.append(PartChange("dropped", (_title(old, o),), (), o))
            out.extend(PartChange("added", (), (_title(new, n),), n) for n in carved.get(o, []))
        elif len(targets) == 1 and targets[0] in carved.get(o, []):  # all of it under one new heading
            out.append(PartChange("renamed", (_title(old, o),), (_title(new, targets[0]),), targets[0]))
        elif len(targets) == 1:
            into = targets[0]
            if relabelled((o, *sources.get(into, ())), (into,), comparison.sections, old, new):
                continue  # its heading is a run-in label of that part, same words, same sentences
            out.append(PartChange("merged", (_title(old, o), *(_title(old, s) for s in sources.get(into, ()))),
                                  (_title(new, into),), into))
        elif not relabelled((o,), tuple(targets), comparison.sections, old, new):
            out.append(PartChange("split", (_title(old, o),), tuple(_title(new, n) for n in targets), targets[0]))
    order = {s.name: i for i, s in enumerate(comparison.sections)}
    return tuple(sorted(out, key=lambda c: (order.get(c.section, len(order)), KINDS.index(c.kind), c.old, c.new)))
