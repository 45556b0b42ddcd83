"""`tipdiff history`: a country over the years, in the terminal (tables and small charts) and in Markdown."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from tipdiff.history import (
    FINDINGS_HEADING,
    FINDINGS_INTRO,
    GAP_LEGEND,
    GAP_NOTE,
    History,
    gap_text,
    streak_line,
    year_findings,
)
from tipdiff.render.common import figure_text
from tipdiff.render.markdown import escape

BARS = "▁▂▃▄▅▆▇█"


MISSING = object()  # the year's text has no such figure at all (unlike "did not report")


def sparkline(values: list[object]) -> str:
    """A small chart of a figure over the years: '·' where the report says it was not reported, a space where
    that year's text has no such figure."""
    if len({v.unit for v in values if isinstance(v, Shown) and v.value is not None}) > 1:
        return "units differ"  # riels one year, dollars the next: no line drawn between them
    values = [v.value if isinstance(v, Shown) else v for v in values]
    numbers = [v for v in values if isinstance(v, int | float)]
    low, high = (min(numbers), max(numbers)) if numbers else (0, 1)
    span = high - low or 1
    return "".join(BARS[round((v - low) / span * (len(BARS) - 1))] if isinstance(v, int | float)
                   else " " if v is MISSING else "·" for v in values)


def _figure_rows(history: History) -> tuple[list[int], list[tuple[str, list[object]]]]:
    years = [e.year for e in history.entries]
    rows: list[tuple[str, list[object]]] = []
    for key, (label, series) in history.figures.items():
        by_year = dict(series)
        rows.append((label, [Shown(by_year[y], *_text(history, y, key)) if y in by_year else MISSING for y in years]))
    return years, rows


def _text(history: History, year: int, key: str) -> tuple[str | None, str]:
    """(the figure as written with its unit, its unit: '' for a count) in that year's facts."""
    entry = history.entry(year)
    facts = entry.facts if entry is not None else None
    figure = getattr(facts, "figures", {}).get(key)
    return figure_text(facts, key), (figure.unit or "") if figure is not None else ""


@dataclass(frozen=True)
class Shown:
    """A year's figure: its value (None: not reported) and, when the text gives one, how it is written with
    its unit ('$1.4 million'), so a table never sets dollars beside riels as bare numbers."""

    value: int | float | None
    text: str | None
    unit: str = ""


NO_TIERS = "This report series places no country on a tier: no tier timeline."
NO_RECOMMENDATIONS = "These texts make no recommendation."


def _cell(value: object) -> str:
    if not isinstance(value, Shown):
        return ""
    if value.value is None:
        return "n/r"
    return value.text or f"{value.value:,}"


def render_terminal(history: History, console: Console) -> None:
    last = history.entries[-1]
    console.print(Text(f"{history.country}: {history.entries[0].year}-{last.year}", style="bold"))
    if line := streak_line(history, last.year):
        console.print(Text(line))
    for warning in history.warnings:
        console.print(Text("warning: ", style="yellow") + Text(warning))
    for note in history.notes:
        console.print(Text(f"note: {note}", style="dim"))
    tiers = history.has_tiers
    table = Table(box=None, header_style="bold", pad_edge=False, title=None)
    for column in ("year", *(("tier", "streak") if tiers else ()), "errors", "warnings", "notes"):
        table.add_column(column, justify="left" if column in ("year", "tier") else "right")
    for entry in history.rows():
        if isinstance(entry, tuple):
            table.add_row(gap_text(entry), *((Text(GAP_NOTE, style="dim"), "") if tiers else ()), "", "", "")
            continue
        counts = entry.counts()
        table.add_row(str(entry.year), *((entry.tier or "?", str(entry.streak)) if tiers else ()), *map(str, counts))
    console.print(Rule(Text("Tiers" if tiers else "Years", style="bold"), align="left"))
    if not tiers:
        console.print(Text(NO_TIERS))
    console.print(table)
    if history.gaps and tiers:
        console.print(Text(GAP_LEGEND, style="dim"))
    if history.events:
        console.print(Rule(Text("Events", style="bold"), align="left"))
        for year, text in history.events:
            console.print(Text(f"{year}  ") + Text(text))
    console.print(Rule(Text("Recommendations", style="bold"), align="left"))
    recs = Table(box=None, header_style="bold", pad_edge=False)
    recs.add_column("since", justify="right")
    recs.add_column("reports" if history.gaps else "years", justify="right")  # a year with no file: not known
    recs.add_column("status")
    recs.add_column("recommendation", overflow="ellipsis", no_wrap=True, max_width=max(20, console.width - 34))
    for item in history.recommendations:
        recs.add_row(str(item.first_year), str(item.years), item.status, item.text)
    console.print(recs if history.recommendations else Text(NO_RECOMMENDATIONS))
    years, rows = _figure_rows(history)
    if rows:
        console.print(Rule(Text("Figures", style="bold"), align="left"))
        figures = Table(box=None, header_style="bold", pad_edge=False)
        figures.add_column("figure")
        for year in years:
            figures.add_column(str(year), justify="right")
        figures.add_column("trend")
        for label, values in rows:
            figures.add_row(label, *map(_cell, values), sparkline(values))
        console.print(figures)
    console.print(Rule(Text(FINDINGS_HEADING, style="bold"), align="left"))
    console.print(Text(FINDINGS_INTRO, style="dim"))
    styles = {"error": "bold red", "warning": "yellow"}
    for entry in history.entries[1:]:
        shown, notes = year_findings(entry)
        console.print(Text(f"{entry.year}", style="bold") + Text("" if shown or notes else "  none"))
        for severity, rule, message in shown:
            console.print(Text("  ") + Text(f"{severity.upper():<8}", style=styles[severity]) + Text(message)
                          + Text(f"  [{rule}]", style="dim"))
        if notes:
            console.print(Text(f"  {notes}", style="dim"))


def render_markdown(history: History) -> str:
    last = history.entries[-1]
    out = [f"# {escape(history.country)}: {history.entries[0].year}–{last.year}", ""]
    if line := streak_line(history, last.year):
        out += [f"**{escape(line)}**", ""]
    if history.warnings or history.notes:
        out += [f"> **Warning:** {escape(warning)}" for warning in history.warnings]
        out += [f"> Note: {escape(note)}" for note in history.notes] + [""]
    if history.has_tiers:
        out += ["## Tiers", "", "| Year | Tier | Streak | Errors | Warnings | Notes |", "|---|---|---:|---:|---:|---:|"]
    else:
        out += ["## Years", "", NO_TIERS, "", "| Year | Errors | Warnings | Notes |", "|---|---:|---:|---:|"]
    for entry in history.rows():
        if isinstance(entry, tuple):
            tier = f"*{GAP_NOTE}* |  | " if history.has_tiers else ""
            out.append(f"| {gap_text(entry)} | {tier} |  |  |")
            continue
        counts = entry.counts()
        tier = f"{entry.tier or '?'} | {entry.streak} | " if history.has_tiers else ""
        out.append(f"| {entry.year} | {tier}" + " | ".join(map(str, counts)) + " |")
    if history.gaps and history.has_tiers:
        out += ["", GAP_LEGEND]
    if history.events:
        out += ["", "## Events", ""] + [f"- **{year}:** {escape(text)}" for year, text in history.events]
    out += ["", "## Recommendations", ""]
    if history.recommendations:
        out += [f"| Since | {'Reports' if history.gaps else 'Years'} | Status | Recommendation |", "|---:|---:|---|---|"]
        out += [f"| {c.first_year} | {c.years} | {c.status} | {escape(c.text)} |" for c in history.recommendations]
    else:
        out.append(NO_RECOMMENDATIONS)
    years, rows = _figure_rows(history)
    if rows:
        out += ["", "## Figures", "", "| Figure | " + " | ".join(map(str, years)) + " | Trend |",
                "|---|" + "---:|" * len(years) + "---|"]
        out += [f"| {escape(label)} | " + " | ".join(map(_cell, values)) + f" | {sparkline(values)} |"
                for label, values in rows]
    out += ["", f"## {FINDINGS_HEADING}", "", FINDINGS_INTRO, ""]
    for entry in history.entries[1:]:
        shown, notes = year_findings(entry)
        out.append(f"- **{entry.year}:**" + ("" if shown or notes else " none"))
        out += [f"  - **{severity.capitalize()}:** {escape(message)} (`{rule}`)" for severity, rule, message in shown]
        out += [f"  - {escape(notes)}"] if notes else []
    return "\n".join(out) + "\n"
