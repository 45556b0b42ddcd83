"""`tipdiff history DIR --format json`: what the other history formats show, as data valid against
tipdiff/schemas/history.schema.json, on the bundled series and on real folders of ../shared; same bytes every run."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conftest import FIXTURES, SERIES

SCHEMA = json.loads(resources.files("tipdiff").joinpath("schemas/history.schema.json").read_text(encoding="utf-8"))


def history_json(run, folder: Path, *extra: str) -> dict[str, Any]:
    result = run("history", folder, "--format", "json", *extra)
    assert result.code == 0, result.err
    data: dict[str, Any] = json.loads(result.out)
    jsonschema.validate(data, SCHEMA)
    return data


def by_year(data: dict[str, Any]) -> dict[int, dict[str, Any]]:
    return {entry["year"]: entry for entry in data["years"]}


def markdown_rows(run, folder: Path) -> dict[int, list[str]]:
    """The Markdown history's tier table: year -> its cells after the year."""
    markdown = run("history", folder, "--format", "markdown").out
    table = markdown.split("## Tiers\n\n", 1)[1].split("\n\n")[0]
    rows = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if cells[0].isdigit():
            rows[int(cells[0])] = cells[1:]
    assert rows, markdown
    return rows


def test_the_schema_is_a_valid_strict_draft_2020_12_schema(run) -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    data = history_json(run, SERIES)
    data["years"][0]["colour"] = "red"  # a key the schema does not name is refused
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_the_fixture_series_holds_what_the_markdown_shows(run) -> None:
    data = history_json(run, SERIES)
    assert data["schema_version"] == "1.0" and data["tool"]["name"] == "tipdiff" and data["kind"] == "history"
    assert (data["country"], data["profile"], data["has_tiers"]) == ("Veridia", "tip", True)
    assert (data["first_year"], data["last_year"]) == (2019, 2022) and data["gaps"] == []
    assert data["streak"] == "Tier 3, a change from Tier 2 Watch List"
    years = by_year(data)
    assert [(y, e["file"], e["tier"], e["streak"]) for y, e in years.items()] == [
        (2019, "2019.txt", "Tier 2", 1), (2020, "2020.txt", "Tier 2 Watch List", 1),
        (2021, "2021.txt", "Tier 2 Watch List", 2), (2022, "2022.txt", "Tier 3", 1)]
    # the counts are those of the Markdown table, and each one counts the year's findings of that severity
    for year, cells in markdown_rows(run, SERIES).items():
        counts = years[year]["counts"]
        assert [str(counts[k]) for k in ("errors", "warnings", "notes")] == cells[2:5], year
        severities = [f["severity"] for f in years[year]["findings"]]
        assert (severities.count("error"), severities.count("warning"), severities.count("info")) == \
               (counts["errors"], counts["warnings"], counts["notes"])
    assert years[2019]["compared_with"] is None and years[2019]["findings"] == []
    assert years[2022]["compared_with"] == 2021
    downgrade = next(f for f in years[2022]["findings"] if f["rule"] == "tier/downgrade")
    assert downgrade["severity"] == "error" and downgrade["section"] == "overview"
    assert "from Tier 2 Watch List to Tier 3" in downgrade["message"] and "Tier 3" in (downgrade["new"] or "")
    assert {"year": 2022, "text": "moved from Tier 2 Watch List to Tier 3"} in data["events"]
    assert {"year": 2021, "text": "Arlen Voss named for the first time"} in data["events"]


def test_recommendations_and_figures_over_the_years(run) -> None:
    data = history_json(run, SERIES)
    recommendations = data["recommendation_ledger"]
    dropped = [r for r in recommendations if r["dropped_in"] is not None]
    assert [(r["first_year"], r["last_year"], r["dropped_in"], r["status"]) for r in dropped] == [
        (2019, 2021, 2022, "dropped in 2022"), (2019, 2020, 2021, "dropped in 2021"), (2019, 2019, 2020, "dropped in 2020")]
    assert dropped[-1]["text"] == "Expand awareness campaigns in source communities."
    carried = [r for r in recommendations if r["dropped_in"] is None]
    assert all(r["status"] == "carried" and r["last_year"] == 2022 for r in carried)
    assert [r["years"] for r in carried] == [4, 4, 4, 4, 3, 2, 1]
    figures = {f["key"]: f for f in data["figures"]}
    victims = {v["year"]: v for v in figures["victims_identified"]["values"]}
    assert victims[2021] == {"year": 2021, "value": 160, "unit": "count", "text": "160"}
    assert victims[2022] == {"year": 2022, "value": None, "unit": None, "text": None}  # not reported, never zero
    hotline = figures["hotline_calls"]["values"]  # no such figure before 2021: those years are not listed
    assert [(v["year"], v["value"]) for v in hotline] == [(2021, 265), (2022, 410)]


def test_years_with_no_file_and_figures_with_their_units(run) -> None:
    data = history_json(run, FIXTURES / "eras")
    assert data["gaps"] == [{"first": 2002, "last": 2002}, {"first": 2004, "last": 2004},
                            {"first": 2006, "last": 2011}, {"first": 2013, "last": 2017}, {"first": 2019, "last": 2023}]
    assert [e["year"] for e in data["years"]] == [2001, 2003, 2005, 2012, 2018, 2024]
    assert by_year(data)[2024]["compared_with"] == 2018
    budget = next(f for f in data["figures"] if f["key"] == "budget")["values"]
    assert [(v["year"], v["unit"], v["text"]) for v in budget] == [
        (2012, "riels", "1.9 billion riels"), (2018, "riels", "2.3 billion riels"), (2024, "USD", "$1.4 million")]


def test_same_bytes_on_every_run_cold_or_warm(run, tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert run("history", SERIES, "--format", "json", "--no-cache", "-o", first).code == 0
    assert run("history", SERIES, "--format", "json", "-o", second).code == 0
    assert run("history", SERIES, "--format", "json", "-o", tmp_path / "c.json").code == 0  # from the cache
    assert first.read_bytes() == second.read_bytes() == (tmp_path / "c.json").read_bytes()
    assert first.read_bytes().endswith(b"}\n")


def test_a_year_whose_tier_its_formula_contradicts_keeps_its_own_warning(run, tmp_path: Path) -> None:
    folder = tmp_path / "veridia"
    folder.mkdir()
    for year in (2020, 2021):
        shutil.copy(SERIES / f"{year}.txt", folder / f"{year}.txt")
    # 2021 in own words: still headed Tier 2 Watch List, but with the formula of Tier 3
    text = (SERIES / "2021.txt").read_text(encoding="utf-8")
    formula = "trafficking but is making significant efforts to do so."
    assert formula in text
    (folder / "2021.txt").write_text(text.replace(formula, "trafficking and is not making significant efforts to do "
                                                  "so.", 1), encoding="utf-8")
    years = by_year(history_json(run, folder))
    assert years[2020]["warnings"] == []  # quiet: the year before agrees with its formula
    own = years[2021]["warnings"]
    assert len(own) == 1 and "Tier 3" in own[0] and "Tier 2 Watch List" in own[0]
    warned = [f for f in years[2021]["findings"] if f["severity"] == "warning"]
    assert years[2021]["counts"]["warnings"] == len(warned) + 1


def test_real_factbook_snapshots_of_thailand(run, shared: Path) -> None:
    folder = shared / "corpus" / "factbook" / "thailand"
    data = history_json(run, folder)
    assert data["country"] == "Thailand" and data["profile"] == "factbook"
    years = by_year(data)
    for year, cells in markdown_rows(run, folder).items():  # the same tiers and counts as the Markdown table
        entry = years[year]
        assert [entry["tier"], str(entry["streak"])] + [str(entry["counts"][k]) for k in
                                                        ("errors", "warnings", "notes")] == cells, year
    # a year whose stated tier its formula contradicts: its own warning, counted, and in the history's warnings
    own = [(year, w) for year, e in years.items() for w in e["warnings"]]
    assert own and all(any(w in warning for warning in data["warnings"]) for _, w in own)
    assert any("read as one" in note for note in data["notes"])  # several snapshots gave one year


def test_real_human_rights_reports_have_no_tier_or_streak(run, shared: Path, tmp_path: Path) -> None:
    for year in (2022, 2023):
        (tmp_path / str(year)).mkdir()
        (tmp_path / str(year) / "thailand.html").symlink_to(shared / "corpus" / "hrr" / str(year) / "thailand.html")
    data = history_json(run, tmp_path, "--country", "thailand")
    assert (data["country"], data["profile"], data["has_tiers"], data["streak"]) == ("Thailand", "hrr", False, None)
    assert [(e["year"], e["tier"], e["streak"]) for e in data["years"]] == [(2022, None, None), (2023, None, None)]
    assert data["years"][1]["findings"] and not any(f["rule"].startswith("tier/") for f in data["years"][1]["findings"])


def test_real_human_rights_reports_chart_no_trafficking_figures(run, shared: Path, tmp_path: Path) -> None:
    """Issue 12 trial: Cambodia's pages gave "arrests 28 (2016)" (cases of illegal arrests) and a "budget change"
    of 40 percent (respondents who felt free to assemble); a Human Rights Report runs no figure rule."""
    for year in (2016, 2020):
        (tmp_path / str(year)).mkdir()
        (tmp_path / str(year) / "cambodia.html").symlink_to(shared / "corpus" / "hrr" / str(year) / "cambodia.html")
    data = history_json(run, tmp_path, "--country", "cambodia")
    assert data["profile"] == "hrr" and data["figures"] == []
