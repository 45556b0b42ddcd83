"""The history page: one country over the years as one self-contained HTML file. An SVG tier timeline
(streaks as bars), small charts of the main figures (prosecutions, convictions, victims identified) where
"not reported" breaks the line, the recommendations ledger (which years carried each item), events, and the
rules that fired each year. Same input, same bytes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tipdiff import __version__, wording
from tipdiff.history import (
    FINDINGS_HEADING,
    FINDINGS_INTRO,
    GAP_LEGEND,
    History,
    YearEntry,
    carried_words,
    gap_text,
    streak_line,
    year_findings,
)
from tipdiff.profile import load_profile
from tipdiff.render.common import figure_text
from tipdiff.render.html import environment
from tipdiff.render.svg import TierPoint, figure_chart, tier_timeline


def _cell(series: dict[int, int | float | None], year: int, history: History, key: str) -> str:
    """A year's figure with its unit as written ('$1.4 million'), 'not reported', or '' (no such figure)."""
    if year not in series:
        return ""
    value = series[year]
    if value is None:
        return wording.NOT_REPORTED
    entry = history.entry(year)
    return (figure_text(entry.facts, key) if entry is not None else None) or f"{value:,}"


def _caption(label: str, series: dict[int, int | float | None]) -> str:
    reported = sorted(y for y, v in series.items() if v is not None)
    unreported = sorted(y for y, v in series.items() if v is None)
    parts = []
    if reported:
        latest = reported[-1]
        parts.append(f"{label.capitalize()}: {series[latest]:,} in {latest}")
    if unreported:
        parts.append("not reported in " + ", ".join(map(str, unreported)))
    return wording.sentence("; ".join(parts)) if parts else f"{label.capitalize()}: not in these texts."


def _ledger(history: History, years: list[int]) -> list[dict[str, Any]]:
    rows = []
    for item in history.recommendations:
        marks = []
        for year in years:
            if item.dropped_in == year:
                marks.append("×")
            elif item.first_year <= year <= item.last_year:
                marks.append("●")
            else:
                marks.append("")
        status = f"dropped in {item.dropped_in}" if item.dropped_in else \
            carried_words(history, item) if item.years > 1 else f"new in {item.first_year}"
        rows.append({"text": item.text, "marks": marks, "status": status})
    return rows


def _ledger_summary(history: History) -> str:
    items = history.recommendations
    if not items:
        return "These texts make no recommendation."
    last = history.entries[-1].year
    carried = sum(1 for c in items if c.dropped_in is None)
    dropped = len(items) - carried
    text = f"{wording.count(len(items), 'recommendation')} over these years: {wording.number(carried)} still made in {last}"
    return wording.sentence(text + (f", {wording.number(dropped)} dropped along the way" if dropped else ""))


def _findings_text(entry: Any, first: bool) -> str:
    if first:
        return "first year in these files"
    by = dict(zip(("error", "warning", "info"), entry.counts(), strict=True))  # the year's own warnings too
    if not any(by.values()):
        return "none"
    return ", ".join(wording.count(n, word, digits=True) for n, word in
                     ((by["error"], "error"), (by["warning"], "warning"), (by["info"], "note")) if n)


def _placements(history: History) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ranked and unranked placements of the history's report series (TIP when no profile is known)."""
    profile = history.profile or load_profile("tip")
    return profile.tiers, profile.other_tiers


def history_context(history: History) -> dict[str, Any]:
    entries = history.entries
    years = [e.year for e in entries]
    figures = {key: (label, dict(series)) for key, (label, series) in history.figures.items()}
    charted = (history.profile or load_profile("tip")).chart_figures  # the profile's main figures
    charts = [{"svg": figure_chart(figures[key][0], sorted(figures[key][1].items()), years),
               "caption": _caption(*figures[key])} for key in charted if key in figures]
    table = [(label, [_cell(series, y, history, key) for y in years]) for key, (label, series) in figures.items()
             if key not in charted]
    if charts:
        no_charts = ""
    elif table and not charted:
        no_charts = "The figures these years’ texts give:"
    elif table:
        main = ", ".join(key.replace("_", " ") for key in charted)
        no_charts = wording.sentence(f"None of the main figures ({main}) appears in these years' texts; the figures "
                                     "that do are in the table below")
    else:
        no_charts = "No figure appears in these years’ texts."
    tiers = history.has_tiers
    return {
        "version": __version__, "country": history.country, "tiers": tiers, "no_charts": no_charts,
        "no_tiers": "This report series places no country on a tier, so there is no tier timeline.",
        "page_title": f"{history.country}: {years[0]} to {years[-1]} (tipdiff history)",
        "span": f"{years[0]}–{years[-1]}", "years_count": wording.count(len(years), "report", digits=True),
        "streak": wording.sentence(line) if (line := streak_line(history, years[-1])) else "",
        "timeline": tier_timeline(history.country, [TierPoint(e.year, e.tier, e.streak) for e in entries],
                                  *_placements(history)) if tiers else "",
        "entries": [{"year": e.year, "tier": e.tier or "tier not found", "streak": e.streak,
                     "findings": _findings_text(e, e is entries[0]), "gap": False} if isinstance(e, YearEntry) else
                    {"year": gap_text(e), "findings": "no file for these years", "gap": True}
                    for e in history.rows()],
        "gap_legend": GAP_LEGEND if history.gaps and tiers else "",
        "findings_heading": FINDINGS_HEADING, "findings_intro": FINDINGS_INTRO,
        "events": list(history.events), "years": years, "charts": charts, "figure_table": table,
        "ledger": _ledger(history, years), "ledger_summary": _ledger_summary(history),
        "fired": [(e.year, *year_findings(e)) for e in entries[1:]],
        "files": ", ".join(Path(e.path).name for e in entries),
        "notes": [wording.sentence(note) for note in history.notes],
        "warnings": [wording.sentence(warning) for warning in history.warnings],
    }


def render(history: History) -> str:
    """The history page as one HTML document (str)."""
    return environment().get_template("history.html.j2").render(**history_context(history))
