"""The digest of a whole report as HTML: an index page (tier moves, countries by findings, a table of every
country, sortable by a small inline script that only enhances a page already readable without it) linking
one report page per country (tipdiff.render.html, rendered where each country is compared)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tipdiff import __version__, wording
from tipdiff.batch import CountrySummary, Pairing, fold_country
from tipdiff.render.digest_words import has_tiers, ranked, span, substance
from tipdiff.render.html import environment

INDEX = "index.html"
TIER_COLUMNS = (("Old tier", False), ("New tier", False), ("Move", False))  # only for a series with tiers
KINDS = ("edited", "moved", "split", "merged", "added", "removed")
COLUMNS = (("Changed", True), *((kind.capitalize(), True) for kind in KINDS), ("Score", True),
           ("Errors", True), ("Warnings", True), ("Notes", True))


def page_name(country: str) -> str:
    """The country page's file name: 'Cote d'Ivoire' -> 'cote-d-ivoire.html'."""
    return (re.sub(r"\s+", "-", fold_country(country)) or "country") + ".html"


def _severities(summary: CountrySummary) -> tuple[int, int, int]:
    return tuple(sum(1 for sev, _, _ in summary.findings if sev == s) for s in ("error", "warning", "info"))  # type: ignore[return-value]


def _findings_text(summary: CountrySummary) -> str:
    errors, warnings, notes = _severities(summary)
    parts = [wording.count(n, word, digits=True) for n, word in ((errors, "error"), (warnings, "warning"),
                                                                 (notes, "note")) if n]
    return ", ".join(parts) if parts else "no findings"


def _rank_key(summary: CountrySummary) -> tuple[int, int, int, int, str]:
    """Errors, warnings and notes first, then what changed in substance (the score the other formats rank
    by): a series without rules (the human rights reports) is listed most changed first, not by name."""
    errors, warnings, notes = _severities(summary)
    return (-errors, -warnings, -notes, -summary.score, summary.country)


def _row(summary: CountrySummary, tiers: bool) -> dict[str, Any]:
    errors, warnings, notes = _severities(summary)
    steps = summary.tier_steps
    move = wording.tier_move(summary.old_tier, summary.new_tier, steps)
    return {"country": summary.country, "href": page_name(summary.country), "error": summary.error,
            "old_tier": summary.old_tier or "", "new_tier": summary.new_tier or "",
            "move": "remained" if move.startswith("remained") else move.split(",")[0], "steps": steps if steps is not None else "",
            "share": f"{summary.changed_share:.0%}", "share_value": f"{summary.changed_share:.4f}",
            "tiers": tiers, "numbers": [summary.counts.get(k, 0) for k in KINDS] + [summary.score, errors, warnings, notes]}


def index_context(summaries: list[CountrySummary], pairing: Pairing) -> dict[str, Any]:
    tiers = has_tiers(summaries)
    compared = [s for s in summaries if s.error is None]
    moves = []
    for s in sorted((s for s in compared if s.tier_move), key=lambda s: (s.tier_move or "", s.country)):
        steps = s.tier_steps
        moves.append({"country": s.country, "href": page_name(s.country),
                      "text": wording.sentence(wording.tier_move(s.old_tier, s.new_tier, steps)),
                      "direction": "down" if steps and steps > 0 else "up" if steps and steps < 0 else "same"})
    by_findings = [{"country": s.country, "href": page_name(s.country), "findings_text": _findings_text(s),
               "top": s.findings[0][2] if s.findings else ""}
              for s in sorted(compared, key=_rank_key) if s.findings]
    notes = [wording.sentence(p) for p in pairing.problems]
    for label, names in (("Only in the old year", pairing.only_old), ("Only in the new year", pairing.only_new)):
        if names:
            notes.append(f"{label}: {', '.join(names)}.")
    failed = [s for s in summaries if s.error]
    summary = wording.count(len(summaries), "country") + " compared"
    if failed:
        summary += f"; {wording.count(len(failed), 'country')} could not be read"
    substance_ranking = [{"country": s.country, "href": page_name(s.country), "score": s.score,
                          "text": substance(s) or "nothing in substance", "share": f"{s.changed_share:.0%}"}
                         for s in ranked(summaries) if s.score]
    columns = [("Country", False), *(TIER_COLUMNS if tiers else ()), *COLUMNS]
    return {"version": __version__,
            "title": f"Digest{span(summaries)}: {wording.count(len(summaries), 'country', digits=True)}",
            "summary": wording.sentence(summary), "notes": notes, "moves": moves,
            "tiers": tiers, "no_moves": "No tier moves.", "ranked": by_findings, "substance": substance_ranking,
            "columns": [{"label": label, "numeric": numeric} for label, numeric in columns],
            "rows": [_row(s, tiers) for s in sorted(summaries, key=_rank_key)]}


def render_index(summaries: list[CountrySummary], pairing: Pairing) -> str:
    return environment().get_template("digest.html.j2").render(**index_context(summaries, pairing))


def error_page(summary: CountrySummary) -> str:
    """The page of a country whose files could not be compared: the one-line error, and the way back."""
    return environment().get_template("error.html.j2").render(
        version=__version__, country=summary.country, error=summary.error or "", back=INDEX,
        files=f"{Path(summary.old_path).name}, {Path(summary.new_path).name}")
