"""A truncated paste (only the opening of a narrative) compared with a complete one: the parts the short file
lacks are not compared, so nothing is said to be dropped from (or added to) text that was never pasted, and one
warning in every format names the parts left out. Findings on the parts both files have still fire."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import FIXTURES
from tipdiff.compare import analyse_files
from tipdiff.ingest import load_report, report_from_text

FULL = FIXTURES / "eras" / "veridia-2018.txt"
OPENING_OF = FIXTURES / "eras" / "veridia-2024.txt"
LEFT_OUT = "recommendations, prosecution, protection, prevention, profile"


def _opening(tmp_path: Path) -> Path:
    """The title and first paragraph of the 2024 fixture: a paste that stops after the opening."""
    paragraphs = OPENING_OF.read_text(encoding="utf-8").split("\n\n")
    path = tmp_path / "veridia-2024.txt"
    path.write_text("\n\n".join(paragraphs[:2]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("short_is_new", [True, False], ids=["opening-is-new", "opening-is-old"])
def test_parts_the_opening_lacks_are_not_compared(tmp_path: Path, short_is_new: bool) -> None:
    short = _opening(tmp_path)
    old, new = (FULL, short) if short_is_new else (short, FULL)
    comparison = analyse_files(old, new)
    rules = {f.rule for f in comparison.findings}
    assert rules & {"status/formula", "status/formula-improved"} and rules & {"tier/downgrade", "tier/upgrade"}, rules
    assert {f.section for f in comparison.findings} == {"overview"}, comparison.findings
    assert not [r for r in rules if r.startswith(("recommendation/", "verdict/", "actor/", "figure/"))], rules
    which = "new" if short_is_new else "old"
    notes = [w for w in comparison.warnings if w.startswith("not compared:")]
    assert notes == [f"not compared: {LEFT_OUT}; the {which} file ({short}) lacks them (a truncated paste?), "
                     "so nothing is said to be dropped from or added to them"]


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "json", "html"])
def test_every_format_says_once_which_parts_were_not_compared(run, tmp_path: Path, fmt: str) -> None:
    result = run("compare", FULL, _opening(tmp_path), "--format", fmt, "--fail-on", "never")
    assert result.code == 0, result.err
    shown = result.out + result.err
    if fmt == "json":
        shown = " ".join(json.loads(result.out)["warnings"])
    assert " ".join(shown.split()).count("not compared: recommendations, prosecution,") == 1, shown
    assert "Recommendation dropped" not in shown


def test_two_complete_narratives_compare_every_part() -> None:
    comparison = analyse_files(FULL, OPENING_OF)
    assert not [w for w in comparison.warnings if w.startswith("not compared:")]
    assert any(f.section != "overview" for f in comparison.findings)


def test_real_truncated_paste_gives_no_dropped_findings(shared: Path) -> None:
    """The seeds pair: a complete state.gov page, then a republished page holding only the opening."""
    full = next((shared / "seeds").glob("001_*"))
    short = next((shared / "seeds").glob("004_*"))
    comparison = analyse_files(full, short)
    rules = {f.rule for f in comparison.findings}
    assert {"tier/downgrade", "status/formula"} <= rules, rules
    assert not [r for r in rules if r.startswith(("recommendation/", "verdict/"))], rules
    assert "actor/no-longer-named" not in rules, comparison.findings
    assert [w for w in comparison.warnings if w.startswith("not compared: recommendations")]


def test_one_last_part_missing_is_a_part_dropped_not_a_truncated_paste(tmp_path: Path) -> None:
    path = tmp_path / "veridia-2024.txt"
    path.write_text(OPENING_OF.read_text(encoding="utf-8").split("\nTRAFFICKING PROFILE")[0] + "\n", encoding="utf-8")
    comparison = analyse_files(OPENING_OF, path)
    assert not [w for w in comparison.warnings if w.startswith("not compared:")]
    assert [s.name for s in comparison.sections if s.name == "profile" and s.changed] == ["profile"]


@pytest.mark.parametrize(("heading", "truncated"), [("Executive Summary Title", False), ("Executive Overview", True)])
def test_a_required_heading_with_a_word_added_is_still_there(heading: str, truncated: bool) -> None:
    """Parts named after headings: "Executive Summary Title" holds the executive summary; another heading does not."""
    page = (f"<html><body><main><h1>2022 Country Reports on Human Rights Practices: Veridia</h1><h2>{heading}</h2>"
            "<p>Veridia is a republic.</p><h2>Section 1. Respect for the Integrity of the Person</h2>"
            "<p>Police beat detainees.</p></main></body></html>")
    report = report_from_text(page, "veridia-2022.html")
    assert any("truncated paste" in w for w in report.warnings) is truncated


def test_the_real_2022_brazil_page_is_not_called_truncated(shared: Path) -> None:
    """Its summary is headed "Executive Summary Title" (the page's own slip): no "parts not found" warning."""
    report = load_report(shared / "corpus" / "hrr" / "2022" / "brazil.html")
    assert not [w for w in report.warnings if "parts not found" in w]
