"""A newsletter-ready Markdown summary (GitHub-flavoured): headline, key findings, recommendations, a table of
figures, actors, then the notable sentence changes per part. Every quoted text is escaped, so a quote with
`*`, `_`, `|`, `<`, backticks or brackets renders as written."""

from __future__ import annotations

import re

from tipdiff.model import Comparison, Finding, Unit
from tipdiff.render import typography_note
from tipdiff.render.common import figure_rows, part_title, restricted, tier_text
from tipdiff.render.common import headline as common_headline
from tipdiff.wording import unchanged_line

# Quotes never start a line (they follow "- " or sit in a table cell), so only characters that are syntax
# mid-line need escaping: emphasis, code, links and images ([ ]), HTML and autolinks (<), tables (|),
# strikethrough (~), entities (&) and the escape itself.
_SPECIAL = re.compile(r"([\\`*_\[\]<|~&])")
SEVERITY_LABEL = {"error": "Error", "warning": "Warning", "info": "Note"}


def escape(text: str) -> str:
    """Literal text inside Markdown, on one line: every character Markdown could read as syntax there is escaped."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def headline(comparison: Comparison) -> str:
    """'Cambodia downgraded one tier, from Tier 2 Watch List to Tier 3' (tipdiff.render.common.headline)."""
    return common_headline(comparison)


def _capped(lines: list[str], limit: int | None) -> list[str]:
    if limit is None or len(lines) <= limit:
        return lines
    return lines[:limit] + [f"- … and {len(lines) - limit} more"]


def _finding_line(finding: Finding, comparison: Comparison) -> str:
    return (f"- **{SEVERITY_LABEL[finding.severity]}:** {escape(finding.message)} "
            f"(`{finding.rule}`, {escape(part_title(comparison, finding.section))})")


def _findings(comparison: Comparison, limit: int | None) -> list[str]:
    if not comparison.findings:
        return ["No rule found a change of note."]
    return _capped([_finding_line(f, comparison) for f in comparison.findings], limit)


def _recommendations(comparison: Comparison, limit: int | None) -> list[str]:
    part = comparison.profile.part("recommendations")
    section = next((s for s in comparison.sections if s.name == part), None)
    if section is None:
        return []
    out: list[str] = []
    for kind, title in (("added", "Added"), ("removed", "Dropped"), ("edited", "Reworded"),
                        ("split", "Split into two"), ("merged", "Merged from two")):
        changes = [c for c in section.changes if c.kind == kind]
        if not changes:
            continue
        out += ["", f"**{title}**", ""]
        if kind == "edited":
            lines = [f"- {escape(c.old_text)} → {escape(c.new_text)}" for c in changes]
        elif kind in ("split", "merged"):
            lines = [f"- {_quoted(c.old_units)} → {_quoted(c.new_units)}" for c in changes]
        else:
            lines = [f"- {escape(c.unit.text)}" for c in changes]
        out += _capped(lines, limit)
    return ["## Recommendations"] + out if out else []


def _quoted(units: tuple[Unit, ...]) -> str:
    """Each unit's text in quotes: '“One.” “Two.”' (a split's new sentences, a merge's old ones)."""
    return " ".join(f"“{escape(unit.text)}”" for unit in units)


def _figures(comparison: Comparison) -> list[str]:
    """Changed figures as a table; unchanged ones folded into one line after it."""
    rows = figure_rows(comparison)
    if not rows:
        return []
    out = ["## Figures", ""]
    changed = [r for r in rows if r.changed]
    if changed:
        out += [f"| Figure | {comparison.old.label} | {comparison.new.label} | Change |", "|---|---:|---:|---|"]
        out += [f"| {escape(r.label)} | {escape(r.old_text)} | {escape(r.new_text)} | {r.change} |" for r in changed]
    if same := unchanged_line(rows):
        out += ["", escape(same)] if changed else [escape(same)]
    return out


def _actors(comparison: Comparison, limit: int | None, only_section: str | None = None) -> list[str]:
    old_facts, new_facts = comparison.old_facts, comparison.new_facts
    if old_facts is None or new_facts is None:
        return []
    out: list[str] = []
    for title, source, other in (("Newly named", new_facts.actors, old_facts.actors),
                                 ("No longer named", old_facts.actors, new_facts.actors)):
        names = [f"- {escape(source[k].name)} ({source[k].kind})" for k in sorted(set(source) - set(other))
                 if only_section in (None, source[k].section)]
        if names:
            out += ["", f"**{title}**", ""] + _capped(names, limit)
    return ["## Named actors"] + out if out else []


def _sentences(comparison: Comparison, limit: int | None) -> list[str]:
    out: list[str] = []
    for section in comparison.sections:
        if section.name == comparison.profile.part("recommendations"):
            continue
        lines = []
        for change in section.changes:
            if change.kind == "edited":
                lines.append(f"- *Edited:* “{escape(change.old_text)}” → “{escape(change.new_text)}”")
            elif change.kind in ("split", "merged"):
                label = "Split into two" if change.kind == "split" else "Merged from two"
                if change.from_section not in (None, section.name):
                    label += f", moved from {escape(part_title(comparison, change.from_section or ''))}"
                lines.append(f"- *{label}:* {_quoted(change.old_units)} → {_quoted(change.new_units)}")
            elif change.kind == "added":
                lines.append(f"- *Added:* “{escape(change.new_text)}”")
            elif change.kind == "removed":
                lines.append(f"- *Removed:* “{escape(change.old_text)}”")
            elif change.kind == "moved" and change.from_section != section.name:
                lines.append(f"- *Moved from {escape(part_title(comparison, change.from_section or ''))}:* "
                             f"“{escape(change.new_text)}”")
        if lines:
            out += ["", f"### {escape(part_title(comparison, section.name))}", ""] + _capped(lines, limit)
    return ["## Changes by part"] + out if out else []


def render(comparison: Comparison, *, max_items: int | None = None, only_section: str | None = None) -> str:
    """The Markdown summary; `only_section`: that part's findings, changes and named actors only (the figure
    table, a whole report's, is left out)."""
    comparison = restricted(comparison, only_section)
    old, new = comparison.old, comparison.new
    tiers = tier_text(comparison)
    meta = f"{escape(old.label)} → {escape(new.label)}" + (f" · {escape(tiers)}" if tiers else "")
    blocks: list[list[str]] = [[f"# {escape(headline(comparison))}", "", meta]]
    if comparison.context:
        blocks.append([f"**{escape(line)}**" for line in comparison.context])
    if comparison.warnings:
        blocks.append(["> " + escape(w) for w in comparison.warnings])
    note = typography_note(comparison.sections)
    if comparison.identical:
        blocks.append(["No changes: the two texts are the same, part by part."])
        if note:
            blocks.append([f"*{escape(note)}*"])
        return "\n\n".join("\n".join(b) for b in blocks) + "\n"
    blocks.append(["## Key findings", "", *_findings(comparison, max_items)])
    if note:
        blocks.append([f"*{escape(note)}*"])
    for block in (_recommendations(comparison, max_items), [] if only_section else _figures(comparison),
                  _actors(comparison, max_items, only_section),
                  _sentences(comparison, max_items)):
        if block:
            blocks.append(block)
    return "\n\n".join("\n".join(b) for b in blocks).replace("\n\n\n", "\n\n") + "\n"
