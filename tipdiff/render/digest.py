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
from tipdiff.render.digest_words import JSON_KEYS, RANKED, has_tiers, line, move, ranked, span
from tipdiff.render.markdown import escape
from tipdiff.wording import count

SHORT = {"parts renamed": "renamed", "parts dropped": "dropped", "people named": "people", "figures changed": "figures"}


def _capped(summaries: list[CountrySummary], max_items: int | None) -> list[CountrySummary]:
    return summaries[:max_items] if max_items else summaries


def render_terminal(summaries: list[CountrySummary], pairing: Pairing, console: Console, *,
                    max_items: int | None = None) -> None:
    moves = [s for s in summaries if s.tier_move]
    console.print(Text(f"{count(len(summaries), 'country', digits=True)} compared{span(summaries)}", style="bold"))
    for problem in pairing.problems:
        console.print(Text("warning: ", style="yellow") + Text(problem))
    for label, names in (("only in the old year", pairing.only_old), ("only in the new year", pairing.only_new)):
        if names:
            console.print(Text(f"{label}: ", style="yellow") + Text(", ".join(names)))
    if has_tiers(summaries):
        console.print(Rule(Text("Tier moves", style="bold"), align="left"))
    if has_tiers(summaries) and moves:
        table = Table(box=None, header_style="bold", pad_edge=False)
        for column in ("country", "move", "from", "to"):
            table.add_column(column)
        for s in sorted(moves, key=lambda s: (s.tier_move or "", s.country)):
            table.add_row(s.country, move(s), s.old_tier, s.new_tier)
        console.print(table)
    elif has_tiers(summaries):
        console.print("No tier moves.")
    console.print(Rule(Text("Most changed in substance", style="bold"), align="left"))
    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column("country", justify="left")
    for column in ("score", *(SHORT[r.key] for r in RANKED), "changed"):
        table.add_column(column, justify="right")
    for s in _capped(ranked(summaries), max_items):
        table.add_row(s.country, str(s.score), *(str(s.semantic.get(r.key, 0)) for r in RANKED),
                      f"{s.changed_share:.0%}")
    console.print(table)
    console.print(Rule(Text("By country", style="bold"), align="left"))
    for s in summaries:
        if s.error:
            console.print(Text(f"{s.country}: ", style="bold") + Text(f"error: {s.error}", style="red"))
        else:
            console.print(Text(f"{s.country}: ", style="bold") + Text(line(s)))


def render_markdown(summaries: list[CountrySummary], pairing: Pairing, *, max_items: int | None = None) -> str:
    out = [f"# Digest{span(summaries)}: {count(len(summaries), 'country', digits=True)}", ""]
    for problem in pairing.problems:
        out.append(f"> {escape(problem)}")
    for label, names in (("Only in the old year", pairing.only_old), ("Only in the new year", pairing.only_new)):
        if names:
            out += [f"**{label}:** {escape(', '.join(names))}", ""]
    moves = [s for s in summaries if s.tier_move]
    if has_tiers(summaries):
        out += ["## Tier moves", ""]
        if moves:
            out += ["| Country | Move | From | To |", "|---|---|---|---|"]
            out += [f"| {escape(c.country)} | {move(c)} | {c.old_tier} | {c.new_tier} |"
                    for c in sorted(moves, key=lambda c: (c.tier_move or "", c.country))]
        else:
            out.append("No tier moves.")
        out.append("")
    out += ["## Most changed in substance", "",
            "| Country | Score | " + " | ".join(r.heading for r in RANKED) + " | Changed |",
            "|---|" + "---:|" * (len(RANKED) + 2)]
    out += [f"| {escape(s.country)} | {s.score} | " + " | ".join(str(s.semantic.get(r.key, 0)) for r in RANKED) +
            f" | {s.changed_share:.0%} |" for s in _capped(ranked(summaries), max_items)]
    out += ["", "## By country", ""]
    out += [f"- **{escape(s.country)}:** " + (f"error: {escape(s.error)}" if s.error else escape(line(s)))
            for s in summaries]
    return "\n".join(out) + "\n"


def digest_dict(summaries: list[CountrySummary], pairing: Pairing) -> dict[str, Any]:
    """The digest as JSON data, every key snake_case; its shape is tipdiff/schemas/digest.schema.json."""
    return {
        "schema_version": "1.0", "tool": {"name": "tipdiff", "version": __version__}, "kind": "digest",
        "has_tiers": has_tiers(summaries), "only_old": list(pairing.only_old), "only_new": list(pairing.only_new),
        "problems": list(pairing.problems),
        "countries": [{
            "country": s.country, "old_path": s.old_path, "new_path": s.new_path, "old_year": s.old_year,
            "new_year": s.new_year, "old_tier": s.old_tier, "new_tier": s.new_tier, "tier_move": s.tier_move,
            "changed_share": round(s.changed_share, 4), "counts": s.counts,
            "semantic": {JSON_KEYS[key]: value for key, value in s.semantic.items()}, "score": s.score,
            "people_named": list(s.people_named), "people_dropped": list(s.people_dropped),
            "units_old": s.units_old, "units_new": s.units_new, "error": s.error,
            "findings": [{"severity": sev, "rule": rule, "message": msg} for sev, rule, msg in s.findings],
        } for s in summaries],
    }
