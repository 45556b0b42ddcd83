"""`tipdiff history DIR --format json`: one country over the years as JSON, holding what the terminal, Markdown
and HTML histories show (schema: tipdiff/schemas/history.schema.json). Same conventions as the compare JSON
(tipdiff.render.json): `schema_version` and `tool` first, snake_case keys, plain types, a finding in the same
shape as there; same input, same bytes.

Shape, in brief: the country and its series; `years`, one object per year with a file (its tier and streak, the
counts of its errors, warnings and notes, every finding against the year before in these files, and the year's
own warnings); `gaps`, the runs of years between the first and the last with no file; `events`;
`recommendation_ledger` (each recommendation with the years it was carried and whether it was dropped);
`figures`, each figure over the years (a value of null is "not reported"; a year whose text has no such figure
is not listed); and the history's own `notes` and `warnings`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tipdiff import __version__
from tipdiff.history import Carried, History, YearEntry, streak_line
from tipdiff.render.common import figure_text
from tipdiff.render.json import dumps, finding_dict

SCHEMA_VERSION = "1.0"
COUNT_UNIT = "count"  # a figure with no unit is a number of cases, people or acts (as in the CSV panel)


def _year(entry: YearEntry, before: YearEntry | None) -> dict[str, Any]:
    errors, warnings, notes = entry.counts()
    return {
        "year": entry.year, "file": Path(entry.path).name, "path": entry.path, "tier": entry.tier,
        "streak": entry.streak if entry.tier is not None else None,
        "compared_with": before.year if before is not None else None,
        "counts": {"errors": errors, "warnings": warnings, "notes": notes},
        "findings": [finding_dict(f) for f in entry.findings],
        "warnings": list(entry.warnings),
    }


def _recommendation(item: Carried) -> dict[str, Any]:
    return {"text": item.text, "first_year": item.first_year, "last_year": item.last_year, "years": item.years,
            "status": item.status, "dropped_in": item.dropped_in}


def _value(history: History, year: int, key: str, value: int | float | None) -> dict[str, Any]:
    """One year's figure: its number (None: the text says it was not reported), its unit ('count', '%', 'USD',
    'riels', ...) and how the text writes it with its unit ('$1.4 million'); unit and text are None when it was
    not reported."""
    entry = history.entry(year)
    facts = entry.facts if entry is not None else None
    figure = getattr(facts, "figures", {}).get(key)
    if value is None or figure is None:
        return {"year": year, "value": value, "unit": None, "text": None}
    return {"year": year, "value": value, "unit": figure.unit or COUNT_UNIT, "text": figure_text(facts, key)}


def history_dict(history: History) -> dict[str, Any]:
    """The history as plain JSON types (see the module docstring and history.schema.json)."""
    entries = history.entries
    last = entries[-1].year
    return {
        "schema_version": SCHEMA_VERSION, "tool": {"name": "tipdiff", "version": __version__}, "kind": "history",
        "country": history.country, "profile": history.profile.name if history.profile is not None else None,
        "has_tiers": history.has_tiers, "first_year": entries[0].year, "last_year": last,
        "streak": streak_line(history, last),
        "warnings": list(history.warnings), "notes": list(history.notes),
        "years": [_year(entry, entries[i - 1] if i else None) for i, entry in enumerate(entries)],
        "gaps": [{"first": first, "last": end} for first, end in history.gaps],
        "events": [{"year": year, "text": text} for year, text in history.events],
        "recommendation_ledger": [_recommendation(item) for item in history.recommendations],
        "figures": [{"key": key, "label": label, "values": [_value(history, year, key, value) for year, value in series]}
                    for key, (label, series) in history.figures.items()],
    }


def render(history: History) -> str:
    """The history as JSON text (indented, UTF-8 characters kept, a final newline)."""
    return dumps(history_dict(history))
