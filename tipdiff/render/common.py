"""What every renderer shows the same way: part titles, the headline, the figure table, and which change a
finding rests on. Reads the model only."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from tipdiff import wording
from tipdiff.facts.pairs import pair_figures
from tipdiff.facts.quantities import show
from tipdiff.model import Change, Comparison, Finding, shown_heading

SEVERITY_LABEL = {"error": "Error", "warning": "Warning", "info": "Note"}


NO_TIER = "tier not found"


def part_title(comparison: Comparison, name: str | None) -> str:
    """A part's display name in every format: for a profile whose parts are named after the page's headings
    (the human rights reports), the heading as the report writes it ('a. Arbitrary Deprivation of Life and
    Other Unlawful or Politically Motivated Killings', never the cut slug the part is keyed by; without the
    colon of a run-in heading, tipdiff.model.shown_heading); else as the
    profile titles it ('profile' -> 'Trafficking profile')."""
    if not name:
        return ""
    if comparison.profile.headings_are_sections:
        heading = next((s.heading for s in comparison.sections if s.name == name and s.heading), None)
        for report in (comparison.new, comparison.old):
            heading = heading or next((s.heading for s in report.sections if s.name == name and s.heading), None)
        if heading:
            return shown_heading(heading)
    return comparison.profile.title_of(name)


def tiers_shown(comparison: Comparison) -> tuple[str, str] | None:
    """(old, new) placements as a report header shows them ('tier not found' for a report without one); None
    for a report series that places no country on a tier (Profile.has_tiers false: the human rights reports),
    whose header has no tier slot at all."""
    old, new = comparison.old.tier, comparison.new.tier
    if not comparison.profile.has_tiers and old is None and new is None:
        return None
    return old or NO_TIER, new or NO_TIER


def tier_text(comparison: Comparison, arrow: str = "→") -> str | None:
    """The header's tier slot in words, as the terminal header gives it: 'Tier 2 → Tier 3', 'Tier 2 Watch List
    (unchanged)', 'tier not found' (neither report gives one); None for a series without tiers."""
    tiers = tiers_shown(comparison)
    if tiers is None:
        return None
    if comparison.old.tier == comparison.new.tier:
        return f"{tiers[1]} (unchanged)" if comparison.new.tier else tiers[1]
    return f"{tiers[0]} {arrow} {tiers[1]}"


def restricted(comparison: Comparison, part: str | None) -> Comparison:
    """The comparison as `compare --section PART` shows it in every format: that part's changes and findings
    only (a finding belongs to the part it quotes; the tier move and the minimum-standards formula are the
    overview's). The two reports stay whole, so a header still gives both years and tiers. None: unchanged."""
    if part is None:
        return comparison
    return dataclasses.replace(comparison, sections=tuple(s for s in comparison.sections if s.name == part),
                               findings=tuple(f for f in comparison.findings if f.section == part))


def country(comparison: Comparison) -> str:
    return comparison.new.country or comparison.old.country or "Unknown country"


def headline(comparison: Comparison) -> str:
    """'Cambodia downgraded one tier, from Tier 2 Watch List to Tier 3' / 'Cambodia remained on Tier 3'."""
    old, new = comparison.old, comparison.new
    move = wording.tier_move(old.tier, new.tier, comparison.profile.tier_steps(old.tier, new.tier))
    if move:
        return f"{country(comparison)} {move}"
    if new.tier:
        return f"{country(comparison)}: {new.tier}"
    return f"{country(comparison)}: changes from {old.label} to {new.label}"


def figure_rows(comparison: Comparison) -> list[wording.FigureRow]:
    """The figures of both years, changed first, each shown with its unit. The old value is the old text's own
    figure, else the value the new text gives for the year before ('12 traffickers (30 in 2020)'). Values in
    different units (riels one year, dollars the next) are shown, not compared; so are two statements of a kind
    that are not one statement followed across the years (tipdiff.facts.pairs): their change says "another count"."""
    old_facts, new_facts = comparison.old_facts, comparison.new_facts
    if old_facts is None or new_facts is None:
        return []
    rows = []
    for key, pair in pair_figures(comparison, old_facts, new_facts).items():
        old_fig, new_fig = pair.old, pair.new
        old: wording.FigureSide | None = None
        old_unit = ""
        if old_fig is not None:
            old = wording.FigureSide(old_fig.value, show(old_fig.value, old_fig.unit, old_fig.value_text),
                                     old_fig.unit)
            old_unit = old_fig.unit
        elif new_fig is not None and new_fig.prior is not None:
            old_unit = new_fig.prior_unit or new_fig.unit
            old = wording.FigureSide(new_fig.prior, show(new_fig.prior, old_unit, new_fig.prior_value_text), old_unit)
        new = None if new_fig is None else wording.FigureSide(new_fig.value, show(new_fig.value, new_fig.unit,
                                                                                  new_fig.value_text), new_fig.unit)
        shown = new_fig or old_fig
        if shown is None or (old is None and new is None):
            continue
        comparable = new_fig is None or old_unit == new_fig.unit or old is None or old.value == 0
        other = "" if pair.same else "another count"  # two statements (another agency's, another part's)
        rows.append(wording.figure_row(key, shown.label, old, new, comparable, other))
    return wording.changed_first(rows)


def figure_text(facts: Any, key: str) -> str | None:
    """One year's figure with its unit as the text gives it ('$1.4 million', '2.3 billion riels', '16'), for the
    history's tables; None when that year's facts have no such figure or say it was not reported."""
    figure = facts.figures.get(key) if facts is not None else None
    if figure is None or figure.value is None:
        return None
    return show(figure.value, figure.unit, figure.value_text)


def _all_changes(comparison: Comparison) -> list[Change]:
    return [change for section in comparison.sections for change in section.changes]


def _holds(unit_text: str, quote: str) -> bool:
    return quote == unit_text or (len(quote) > 20 and quote in unit_text)


def change_for(finding: Finding, comparison: Comparison) -> Change | None:
    """The change a finding rests on: the unit whose text it quotes (new side first), in its part first."""
    changes = _all_changes(comparison)
    ranked = [c for c in changes if c.section == finding.section] + [c for c in changes if c.section != finding.section]
    for quote, side in ((finding.new, "new"), (finding.old, "old")):
        if not quote:
            continue
        for change in ranked:  # every unit of a split or merge: a finding may quote the second sentence
            units = change.new_units if side == "new" else change.old_units
            if any(_holds(unit.text, quote) for unit in units):
                return change
    return None


_NOT_ID = re.compile(r"[^A-Za-z0-9_-]+")


def slug(text: str) -> str:
    """Text as an HTML id fragment: letters, digits, '_' and '-' only."""
    return _NOT_ID.sub("_", text).strip("_") or "_"


def anchor(change: Change) -> str:
    """A stable HTML id for a change, from its units' ids (unique within a comparison)."""
    if change.old and change.new:
        return slug(f"c-{change.old.id}-to-{change.new.id}")
    if change.new:
        return slug(f"c-added-{change.new.id}")
    return slug(f"c-removed-{change.old.id}" if change.old else "c-none")


COUNT_WORDS = {"split": "split into two", "merged": "merged from two"}


def counts_line(counts: dict[str, int]) -> str:
    """'3 edited, 1 moved, 1 split into two, 2 added' (zero counts left out), then the paragraphs shown whole
    ('2 paragraphs rewritten', counts['rewritten'] when given); 'no changes'."""
    parts = [f"{counts[k]:,} {COUNT_WORDS.get(k, k)}" for k in ("edited", "moved", "split", "merged", "added", "removed")
             if counts.get(k)]
    if counts.get("rewritten"):
        parts.append(f"{wording.count(counts['rewritten'], 'paragraph', digits=True)} rewritten")
    return ", ".join(parts) if parts else "no changes"


def facts_value(facts: Any, name: str) -> str | None:
    fact = facts.scalar(name) if facts is not None else None
    return fact.value if fact is not None else None
