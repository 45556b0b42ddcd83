"""The digest of a whole report: every tier move in one table, countries ranked by how much changed, then
one short summary per country. Terminal, Markdown and JSON read the same summaries."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from tipdiff import __version__
from tipdiff.batch import CountrySummary, Pairing
from tipdiff.render.markdown import escape
from tipdiff.wording import count

KINDS = ("edited", "moved", "added", "removed")


# Columns of the substance ranking: (heading, count in CountrySummary.semantic)
SUBSTANCE = (("renamed", "parts renamed"), ("dropped", "parts dropped"), ("people", "people named"),
             ("figures", "figures changed"))


def _ranked(summaries: list[CountrySummary]) -> list[CountrySummary]:
    """Countries by what changed in substance (tipdiff.facts.semantic: parts renamed or dropped, people newly
    named, figures changed, tier moves, serious findings), then by the share of changed sentences."""
    return sorted((s for s in summaries if s.error is None),
                  key=lambda s: (-s.score, -round(s.changed_share, 4), s.country))


def _substance(summary: CountrySummary) -> str:
    parts = [f"{value} {kind}" for kind, value in summary.semantic.items() if value and kind != "serious findings"]
    return ", ".join(parts)


def _year(value: int | None) -> str:
    return "year unknown" if value is None else str(value)


def _span(summaries: list[CountrySummary]) -> str:
    """' 2022 → 2023' when every country compared the same two years ('year unknown' for a year no file
    gave), else ''."""
    years = {(s.old_year, s.new_year) for s in summaries if s.error is None}
    if len(years) != 1:
        return ""
    old, new = next(iter(years))
    return f" {_year(old)} → {_year(new)}"


def _line(summary: CountrySummary) -> str:
    counts = ", ".join(f"{summary.counts.get(k, 0)} {k}" for k in KINDS)
    top = next((message for severity, _, message in summary.findings if severity != "info"), None)
    unknown = [side for side, year in (("old", summary.old_year), ("new", summary.new_year)) if year is None]
    substance = _substance(summary)
    return (f"{summary.changed_share:.0%} changed ({counts})" + (f"; {substance}" if substance else "")
            + (f"; {top}" if top else "") + (f"; {' and '.join(unknown)} year unknown" if unknown else ""))


def render_terminal(summaries: list[CountrySummary], pairing: Pairing, console: Console, *,
                    max_items: int | None = None) -> None:
    moves = [s for s in summaries if s.tier_move]
    console.print(Text(f"{count(len(summaries), 'country', digits=True)} compared{_span(summaries)}", style="bold"))
    for problem in pairing.problems:
        console.print(Text("warning: ", style="yellow") + Text(problem))
    for label, names in (("only in the old year", pairing.only_old), ("only in the new year", pairing.only_new)):
        if names:
            console.print(Text(f"{label}: ", style="yellow") + Text(", ".join(names)))
    console.print(Rule(Text("Tier moves", style="bold"), align="left"))
    if moves:
        table = Table(box=None, header_style="bold", pad_edge=False)
        for column in ("country", "move", "from", "to"):
            table.add_column(column)
        for s in sorted(moves, key=lambda s: (s.tier_move, s.country)):
            table.add_row(s.country, s.tier_move, s.old_tier, s.new_tier)
        console.print(table)
    else:
        console.print("No tier moves." if any(s.new_tier for s in summaries) else "No tiers in this report series.")
    console.print(Rule(Text("Most changed in substance", style="bold"), align="left"))
    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column("country", justify="left")
    for column in ("score", *(h for h, _ in SUBSTANCE), "changed"):
        table.add_column(column, justify="right")
    ranked = _ranked(summaries)
    for s in ranked[:max_items] if max_items else ranked:
        table.add_row(s.country, str(s.score), *(str(s.semantic.get(k, 0)) for _, k in SUBSTANCE),
                      f"{s.changed_share:.0%}")
    console.print(table)
    console.print(Rule(Text("By country", style="bold"), align="left"))
    for s in summaries:
        if s.error:
            console.print(Text(f"{s.country}: ", style="bold") + Text(f"error: {s.error}", style="red"))
        else:
            console.print(Text(f"{s.country}: ", style="bold") + Text(_line(s)))


def render_markdown(summaries: list[CountrySummary], pairing: Pairing, *, max_items: int | None = None) -> str:
    out = [f"# Digest{_span(summaries)}: {count(len(summaries), 'country', digits=True)}", ""]
    for problem in pairing.problems:
        out.append(f"> {escape(problem)}")
    for label, names in (("Only in the old year", pairing.only_old), ("Only in the new year", pairing.only_new)):
        if names:
            out += [f"**{label}:** {escape(', '.join(names))}", ""]
    moves = [s for s in summaries if s.tier_move]
    out += ["## Tier moves", ""]
    if moves:
        out += ["| Country | Move | From | To |", "|---|---|---|---|"]
        out += [f"| {escape(s.country)} | {s.tier_move} | {s.old_tier} | {s.new_tier} |"
                for s in sorted(moves, key=lambda s: (s.tier_move, s.country))]
    else:
        out.append("No tier moves.")
    out += ["", "## Most changed in substance", "",
            "| Country | Score | Parts renamed | Parts dropped | People named | Figures changed | Changed |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    ranked = _ranked(summaries)
    out += [f"| {escape(s.country)} | {s.score} | " + " | ".join(str(s.semantic.get(k, 0)) for _, k in SUBSTANCE) +
            f" | {s.changed_share:.0%} |" for s in (ranked[:max_items] if max_items else ranked)]
    out += ["", "## By country", ""]
    out += [f"- **{escape(s.country)}:** " + (f"error: {escape(s.error)}" if s.error else escape(_line(s)))
            for s in summaries]
    return "\n".join(out) + "\n"


def digest_dict(summaries: list[CountrySummary], pairing: Pairing) -> dict[str, Any]:
    return {
        "schema_version": "1.0", "tool": {"name": "tipdiff", "version": __version__}, "kind": "digest",
        "only_old": list(pairing.only_old), "only_new": list(pairing.only_new), "problems": list(pairing.problems),
        "countries": [{
            "country": s.country, "old_path": s.old_path, "new_path": s.new_path, "old_year": s.old_year,
            "new_year": s.new_year, "old_tier": s.old_tier, "new_tier": s.new_tier, "tier_move": s.tier_move,
            "changed_share": round(s.changed_share, 4), "counts": s.counts, "semantic": s.semantic, "score": s.score,
            "units_old": s.units_old,
            "units_new": s.units_new, "error": s.error,
            "findings": [{"severity": sev, "rule": rule, "message": msg} for sev, rule, msg in s.findings],
        } for s in summaries],
    }
