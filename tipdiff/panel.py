"""The country-year panel: one row per country and year, for researchers who code the report over many years.

Built from histories (`tipdiff.history`), so each row holds what the fact layer read from that year's text
and what changed against the year before in the files. COLUMNS is the one definition of the table: the CSV
header, docs/panel.md and tipdiff/schemas/panel.schema.json follow it (a test checks all three agree).

Missing values are empty cells (pandas reads NaN, R reads NA); "not reported" is never written as zero: the
figure's value is empty and its `_status` column says `not_reported`.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from tipdiff.facts import Facts
from tipdiff.history import History, YearEntry, build_history
from tipdiff.layouts import countries, country_files
from tipdiff.options import Options
from tipdiff.profile import Profile, load_profile

MAIN_FIGURES = ("investigations", "prosecutions", "convictions", "victims_identified")
PARTS = ("prosecution", "protection", "prevention")
DESIGNATIONS = ("state_sponsor", "child_soldiers")


Cell = str | int | float | bool | None  # one value of the panel; None is a missing value (an empty cell)


def _count(value: int | float | None) -> int | float | None:
    """A figure as the panel writes it: a whole number without '.0' ('12', not '12.0')."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # string, integer, number, boolean (JSON Schema types); every column may be empty (missing)
    description: str
    values: tuple[str, ...] = ()  # the closed set of values, when there is one


def _columns() -> tuple[Column, ...]:
    columns = [
        Column("country", "string", "Country, as its texts name it (else its folder's or file's name)."),
        Column("year", "integer", "Report year (the year in the file's name)."),
        Column("file", "string", "The file the row was read from, relative to the folder given."),
        Column("tier", "string", "Tier placement stated in the text; empty when none was found (e.g. Human "
               "Rights Reports, which have no tiers).", ("Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3",
                                                         "Special Case")),
        Column("tier_change", "string", "Against the previous year in the files: upgraded, downgraded, "
               "remained, moved (to or from Special Case); empty for the first year or when a tier is missing.",
               ("upgraded", "downgraded", "remained", "moved")),
        Column("tier_steps", "integer", "Tiers moved against the previous year in the files, positive down the "
               "ranking (Tier 2 to Tier 3 is 2: Tier 2 Watch List lies between); empty when not on the ladder."),
        Column("streak", "integer", "Consecutive years in the files at this tier, this one included."),
        Column("formula", "string", "The minimum-standards finding.", (
            "fully meets the minimum standards", "does not fully meet, making significant efforts",
            "does not fully meet, not making significant efforts")),
    ]
    for part in PARTS:
        columns.append(Column(f"verdict_{part}", "string", f"The {part} part's effort verdict as the text "
                              f"words it ('The government decreased {part} efforts' gives 'decreased'; "
                              "'maintained insufficient', 'made mixed', ...)."))
    for name, meaning in (("state_sponsor", "state sponsor of trafficking (government policy or pattern)"),
                          ("child_soldiers", "Child Soldiers Prevention Act list")):
        columns.append(Column(f"designation_{name}", "boolean", f"true when the text states the {meaning} "
                              "designation, false otherwise."))
    for key in MAIN_FIGURES:
        label = key.replace("_", " ")
        columns.append(Column(key, "number", f"Number of {label} the text reports for the year; empty when "
                              "not reported or not in the text (see the status column)."))
        columns.append(Column(f"{key}_status", "string", f"reported, not_reported (the text says the number of "
                              f"{label} was not reported: not zero), or absent (no such figure in the text).",
                              ("reported", "not_reported", "absent")))
        columns.append(Column(f"{key}_unit", "string", f"The unit of the {label} figure: count (a number of "
                              "cases, people or acts), else the unit the text gives (%, USD, a currency); empty when "
                              "the figure is not reported or absent."))
        columns.append(Column(f"{key}_prior", "number", f"The previous year's {label} as this text states it "
                              "in parentheses ('(22 in 2017)'); empty when not stated."))
    columns += [
        Column("recommendations", "integer", "Recommendations the text makes (items of its recommendations part)."),
        Column("recommendations_added", "integer", "Recommendations not made the previous year in the files "
               "(empty for the first year)."),
        Column("recommendations_dropped", "integer", "Recommendations of the previous year in the files no longer "
               "made (empty for the first year)."),
        Column("findings_error", "integer", "Findings of severity error against the previous year (empty for "
               "the first year)."),
        Column("findings_warning", "integer", "Findings of severity warning against the previous year."),
        Column("findings_info", "integer", "Findings of severity info (notes) against the previous year."),
    ]
    return tuple(columns)


COLUMNS = _columns()


def _tier_change(before: YearEntry | None, entry: YearEntry, profile: Profile) -> tuple[str, int | None]:
    if before is None or not before.tier or not entry.tier:
        return "", None
    steps = profile.tier_steps(before.tier, entry.tier)
    if before.tier == entry.tier:
        return "remained", 0
    if steps is None:
        return "moved", None
    return ("downgraded" if steps > 0 else "upgraded"), steps


def history_rows(history: History, root: Path) -> list[dict[str, Cell]]:
    """The panel rows of one country (dicts keyed by column name; None is a missing value)."""
    rows = []
    for index, entry in enumerate(history.entries):
        facts = entry.facts
        assert isinstance(facts, Facts)  # YearEntry.facts is typed `object` in tipdiff.history
        before = history.entries[index - 1] if index else None
        change, steps = _tier_change(before, entry, history.profile or load_profile("tip"))
        path = Path(entry.path)
        row: dict[str, Cell] = {
            "country": history.country, "year": entry.year,
            "file": str(path.relative_to(root)) if path.is_relative_to(root) else path.name,
            "tier": entry.tier, "tier_change": change or None, "tier_steps": steps, "streak": entry.streak,
            "formula": facts.formula.value if facts.formula else None}
        for part in PARTS:
            row[f"verdict_{part}"] = facts.verdicts[part].value if part in facts.verdicts else None
        for name in DESIGNATIONS:
            row[f"designation_{name}"] = name in facts.designations
        for key in MAIN_FIGURES:
            figure = facts.figures.get(key)
            row[key] = _count(figure.value) if figure else None
            row[f"{key}_status"] = "absent" if figure is None else "not_reported" if figure.value is None else "reported"
            row[f"{key}_unit"] = (figure.unit or "count") if figure and figure.value is not None else None
            row[f"{key}_prior"] = _count(figure.prior) if figure else None
        row["recommendations"] = len(facts.recommendations)
        first = index == 0
        row["recommendations_added"] = None if first else sum(
            1 for c in history.recommendations if c.first_year == entry.year)
        row["recommendations_dropped"] = None if first else sum(
            1 for c in history.recommendations if c.dropped_in == entry.year)
        for severity in ("error", "warning", "info"):
            row[f"findings_{severity}"] = None if first else sum(1 for f in entry.findings if f.severity == severity)
        rows.append(row)
    return rows


def build_panel(root: Path, options: Options | None = None, *, country: str | None = None,
                notes: list[str] | None = None) -> list[dict[str, Cell]]:
    """Rows for every country under `root` (`tipdiff.layouts.countries`), or for `country` only, country by
    country, years in order. `notes` receives what the histories say about years with several files."""
    rows: list[dict[str, Cell]] = []
    found = countries(root) if country is None else [country_files(root, country)]
    for name, files in found:
        history = build_history(root / name, options, files=files)
        rows += history_rows(history, root)
        if notes is not None:
            notes += [f"{history.country}: warning: {w}" for w in history.warnings]
            notes += [f"{history.country}: {note}" for note in history.notes]
    return rows


def schema() -> dict[str, object]:
    """A JSON Schema (draft 2020-12) for one row, as the CSV's cells read into JSON values (empty -> null)."""
    properties: dict[str, object] = {}
    for column in COLUMNS:
        spec: dict[str, object] = {"type": [column.type, "null"], "description": column.description}
        if column.values:
            spec["enum"] = [*column.values, None]
        properties[column.name] = spec
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "tipdiff/panel.schema.json",
            "title": "tipdiff country-year panel row", "type": "object", "additionalProperties": False,
            "required": [c.name for c in COLUMNS], "properties": properties}


def data_dictionary() -> str:
    """The Markdown table of docs/panel.md: column, type, values, meaning."""
    lines = ["| # | column | type | values | meaning |", "|---:|---|---|---|---|"]
    for number, column in enumerate(COLUMNS, start=1):
        values = ", ".join(f"`{v}`" for v in column.values)
        lines.append(f"| {number} | `{column.name}` | {column.type} | {values} | {column.description} |")
    return "\n".join(lines) + "\n"


def _cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def to_csv(rows: list[dict[str, Cell]]) -> str:
    """RFC 4180 CSV with a header row of COLUMNS, UTF-8, '\\n' line ends, quoting only where needed."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([c.name for c in COLUMNS])
    for row in rows:
        writer.writerow([_cell(row.get(c.name)) for c in COLUMNS])
    return buffer.getvalue()
