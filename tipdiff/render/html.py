"""The HTML report of one comparison: one self-contained file (inline CSS, no outside resources, no script),
findings first, then each part as a redline, inline or side by side (a CSS-only switch), printable.

Templates are Jinja2 (tipdiff/templates/, shipped as package data) with autoescaping on, so every text taken
from a report is escaped: a "<script>" in a narrative shows as text. Jinja2 is a well-kept engine; hand-built
string concatenation of HTML is where escaping bugs live. The same comparison gives the same bytes.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from tipdiff import __version__, wording
from tipdiff.model import Comparison
from tipdiff.render.common import (
    SEVERITY_LABEL,
    anchor,
    change_for,
    country,
    counts_line,
    figure_rows,
    headline,
    part_title,
    restricted,
    slug,
    tier_text,
)
from tipdiff.render.redline import Part, build_parts, only_part


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The template environment: autoescape on for every template, undefined names are errors."""
    return Environment(loader=PackageLoader("tipdiff", "templates"), autoescape=True, undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def _move_class(comparison: Comparison) -> str:
    steps = comparison.profile.tier_steps(comparison.old.tier, comparison.new.tier)
    if steps is None or steps == 0:
        return "same"
    return "down" if steps > 0 else "up"


def _part_view(part: Part) -> dict[str, Any]:
    summary = counts_line(part.counts)
    return {"id": part.id, "title": part.title, "rows": part.rows, "summary": summary[0].upper() + summary[1:],
            "renamed_from": part.renamed_from, "merged_from": part.merged_from, "typography": part.typography,
            "typography_note": wording.sentence(
                f"{wording.count(part.typography, 'sentence')} differ only in typography (quotes, dashes, commas, "
                f"spacing) and {'is' if part.typography == 1 else 'are'} shown as unchanged")}


def _findings(comparison: Comparison, parts: list[Part]) -> list[dict[str, str]]:
    shown_in = {key: value for part in parts for key, value in part.shown_in.items()}
    out = []
    for finding in comparison.findings:
        change = change_for(finding, comparison)
        out.append({"severity": finding.severity, "label": SEVERITY_LABEL.get(finding.severity, finding.severity),
                    "rule": finding.rule, "message": finding.message, "part": part_title(comparison, finding.section),
                    "href": shown_in.get(anchor(change), anchor(change)) if change is not None else
                    (f"part-{slug(finding.section)}" if any(s.name == finding.section for s in comparison.sections) else "")})
    return out


def _findings_count(comparison: Comparison) -> str:
    by = {s: sum(1 for f in comparison.findings if f.severity == s) for s in ("error", "warning", "info")}
    parts = [wording.count(by["error"], "error", digits=True), wording.count(by["warning"], "warning", digits=True),
             wording.count(by["info"], "note", digits=True)]
    return wording.sentence(", ".join(p for p, n in zip(parts, by.values(), strict=True) if n))


def report_context(comparison: Comparison, *, back: str = "", only_section: str | None = None) -> dict[str, Any]:
    """Everything the report template shows, as plain values (the template does no logic beyond layout).
    `only_section`: that part's findings and redline only (no figure table; a link to a part not shown is
    plain text)."""
    rows = [] if only_section else figure_rows(comparison)
    parts = only_part(build_parts(comparison), only_section)
    comparison = restricted(comparison, only_section)
    name = country(comparison)
    old, new = comparison.old, comparison.new
    return {
        "version": __version__, "back": back, "country": name,
        "page_title": f"{name}: {old.label} to {new.label} (tipdiff)",
        "old_label": old.label, "new_label": new.label,
        "tiers": tier_text(comparison),
        "headline": wording.sentence(headline(comparison)), "move_class": _move_class(comparison),
        "context": [wording.sentence(line) for line in comparison.context], "warnings": list(comparison.warnings),
        "findings": _findings(comparison, parts), "findings_count": _findings_count(comparison),
        "figures": bool(rows), "changed_figures": [r for r in rows if r.changed],
        "unchanged_figures": wording.unchanged_line(rows),
        "identical": comparison.identical,
        "parts": [_part_view(part) for part in parts],
        "old_path": Path(old.path).name, "new_path": Path(new.path).name,
    }


def render(comparison: Comparison, *, back: str = "", only_section: str | None = None) -> str:
    """The report as one HTML document (str); `back` is a link to an index page, when there is one;
    `only_section` (compare --section) shows that part only."""
    return environment().get_template("report.html.j2").render(
        **report_context(comparison, back=back, only_section=only_section))
