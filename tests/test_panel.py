"""The country-year panel (history --format csv): columns documented and checked, loadable as is by the csv
module and pandas (and R where installed), "not reported" never a zero, every supported folder layout."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest

from conftest import FIXTURES, ROOT, SERIES
from tipdiff.panel import COLUMNS, build_panel, data_dictionary, schema, to_csv

DOC = ROOT / "docs" / "panel.md"
SCHEMA = ROOT / "tipdiff" / "schemas" / "panel.schema.json"
CASTS = {"integer": int, "number": lambda v: float(v) if "." in v else int(v), "boolean": lambda v: {"true": True, "false": False}[v], "string": str}


def typed_rows(text: str) -> list[dict[str, object]]:
    """The CSV read with the stdlib, each cell cast by its documented type (empty -> None)."""
    types = {c.name: c.type for c in COLUMNS}
    return [{k: (None if v == "" else CASTS[types[k]](v)) for k, v in row.items()}
            for row in csv.DictReader(io.StringIO(text))]


@pytest.fixture(scope="module")
def series_csv() -> str:
    return to_csv(build_panel(SERIES))


def test_header_docs_and_schema_name_the_same_columns(series_csv: str) -> None:
    header = next(csv.reader(io.StringIO(series_csv)))
    assert header == [c.name for c in COLUMNS]
    assert data_dictionary() in DOC.read_text(encoding="utf-8"), "docs/panel.md's table is out of date"
    assert json.loads(SCHEMA.read_text(encoding="utf-8")) == schema(), "panel.schema.json is out of date"
    documented = [line.split("`")[1] for line in DOC.read_text(encoding="utf-8").splitlines()
                  if line.startswith("| ") and line.split("|")[2].strip().startswith("`")]
    assert documented == header


def test_rows_validate_against_the_schema_and_hold_the_facts(series_csv: str) -> None:
    rows = typed_rows(series_csv)
    for row in rows:
        jsonschema.validate(row, schema())
    assert [(r["year"], r["tier"], r["tier_change"], r["streak"]) for r in rows] == [
        (2019, "Tier 2", None, 1), (2020, "Tier 2 Watch List", "downgraded", 1),
        (2021, "Tier 2 Watch List", "remained", 2), (2022, "Tier 3", "downgraded", 1)]
    last = rows[-1]
    assert last["formula"] == "does not fully meet, not making significant efforts"
    assert last["designation_state_sponsor"] is True and rows[0]["designation_state_sponsor"] is False
    assert last["verdict_prosecution"] == "decreased"
    assert (last["prosecutions"], last["prosecutions_status"], last["prosecutions_prior"]) == (25, "reported", 40)
    # victims identified: "did not report" in 2022, so empty and not_reported, never 0
    assert (last["victims_identified"], last["victims_identified_status"]) == (None, "not_reported")
    assert rows[0]["recommendations_added"] is None and rows[0]["findings_error"] is None
    assert all(r["recommendations"] == 7 for r in rows)
    assert [r["recommendations_added"] for r in rows[1:]] == [r["recommendations_dropped"] for r in rows[1:]] == [1, 1, 1]


def test_pandas_reads_it_as_is(series_csv: str) -> None:
    pandas = pytest.importorskip("pandas", reason="pandas is in the test extra; install '.[test]'")
    frame = pandas.read_csv(io.StringIO(series_csv))
    assert list(frame.columns) == [c.name for c in COLUMNS]
    assert frame["year"].tolist() == [2019, 2020, 2021, 2022]
    assert frame["designation_state_sponsor"].dtype == bool
    assert pandas.isna(frame.loc[3, "victims_identified"]) and frame.loc[2, "victims_identified"] == 160
    assert frame["formula"].iloc[0] == "does not fully meet, making significant efforts"


def test_r_reads_it_as_is(series_csv: str, tmp_path: Path) -> None:
    rscript = shutil.which("Rscript")
    if rscript is None:
        pytest.skip("R is not installed on this machine (the test runs where Rscript is on PATH)")
    path = tmp_path / "panel.csv"
    path.write_text(series_csv, encoding="utf-8")
    script = (f'p <- read.csv("{path}", encoding="UTF-8"); cat(nrow(p), ncol(p), is.na(p$victims_identified[4]), '
              'class(p$designation_state_sponsor), "\\n")')
    out = subprocess.run([rscript, "-e", script], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["4", str(len(COLUMNS)), "TRUE", "logical"]


def test_a_root_of_country_folders(tmp_path: Path) -> None:
    shutil.copytree(SERIES, tmp_path / "veridia", ignore=shutil.ignore_patterns("*.yaml"))
    (tmp_path / "cambodia").mkdir()
    for year in (2019, 2022):
        shutil.copy(FIXTURES / "cambodia" / f"cambodia-{year}.txt", tmp_path / "cambodia" / f"{year}.txt")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "readme.md").write_text("not a report", encoding="utf-8")
    rows = typed_rows(to_csv(build_panel(tmp_path)))
    assert [(r["country"], r["year"], r["file"]) for r in rows][:3] == [
        ("Cambodia", 2019, "cambodia/2019.txt"), ("Cambodia", 2022, "cambodia/2022.txt"),
        ("Veridia", 2019, "veridia/2019.txt")]
    assert rows[1]["tier_change"] == "downgraded" and rows[1]["tier_steps"] == 1
    assert len(rows) == 6


def test_two_files_for_one_year_are_one_row_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "veridia").mkdir()
    for name in ("2019.txt", "veridia-2019.txt", "2020.txt"):
        shutil.copy(SERIES / name[-8:], tmp_path / "veridia" / name)
    notes: list[str] = []
    rows = typed_rows(to_csv(build_panel(tmp_path, notes=notes)))
    assert [(r["year"], r["file"]) for r in rows] == [(2019, "veridia/veridia-2019.txt"), (2020, "veridia/2020.txt")]
    assert notes == ["Veridia: 2019: 2019.txt and veridia-2019.txt say the same words; read as one (veridia-2019.txt)"]


def test_a_root_of_year_folders_human_rights_reports(shared: Path, tmp_path: Path) -> None:
    for year in (2016, 2017, 2018):
        (tmp_path / str(year)).mkdir()
        for country in ("cambodia", "thailand"):
            (tmp_path / str(year) / f"{country}.html").symlink_to(shared / "corpus" / "hrr" / str(year) / f"{country}.html")
    rows = typed_rows(to_csv(build_panel(tmp_path)))
    assert [(r["country"], r["year"]) for r in rows] == [
        ("Cambodia", 2016), ("Cambodia", 2017), ("Cambodia", 2018),
        ("Thailand", 2016), ("Thailand", 2017), ("Thailand", 2018)]
    assert all(r["tier"] is None and r["file"] == f"{r['year']}/{str(r['country']).lower()}.html" for r in rows)
    for row in rows:
        jsonschema.validate(row, schema())
