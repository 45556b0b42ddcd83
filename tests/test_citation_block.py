"""A republisher's citation block (Publisher / Publication Date / Cite as / Disclaimer) before the narrative is
page chrome however it is pasted: one label per line with blank lines between, or consecutive lines with none,
or running straight into the title. It is removed and listed, and the narrative compares as unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES
from tipdiff.compare import analyse_files
from tipdiff.ingest import load_report

PLAIN = FIXTURES / "eras" / "veridia-2024.txt"
# Our own citation block (facts only: the publisher, a date, a made-up address).
LABELS = ["Publisher: United States Department of State",
          "Publication Date: 24 June 2024",
          "Cite as: United States Department of State, 2024 Trafficking in Persons Report - Veridia, 24 June 2024, "
          "available at: https://example.org/veridia-2024",
          "Disclaimer: This is not an official publication of the republisher. The republisher is not responsible "
          "for, nor does it necessarily endorse, its content."]
SHAPES = {"blank lines between": "\n\n".join(LABELS) + "\n\n",
          "consecutive lines": "\n".join(LABELS) + "\n\n",
          "straight into the title": "\n".join(LABELS) + "\n"}


@pytest.mark.parametrize("shape", SHAPES)
def test_citation_block_is_removed_line_by_line(tmp_path: Path, shape: str) -> None:
    path = tmp_path / "veridia-2024.txt"
    path.write_text(SHAPES[shape] + PLAIN.read_text(encoding="utf-8"), encoding="utf-8")
    report, plain = load_report(path), load_report(PLAIN)
    assert report.removed_chrome == tuple(LABELS)
    assert report.tier == plain.tier == "Tier 3" and report.country == "Veridia"
    assert [u.text for u in report.units] == [u.text for u in plain.units]
    comparison = analyse_files(PLAIN, path)
    assert comparison.findings == (), comparison.findings
    assert comparison.identical


@pytest.mark.parametrize(("lines", "year"), [
    (LABELS, 2024),  # the "Cite as" line names the report: "2024 Trafficking in Persons Report"
    (LABELS[:2], 2024),  # only the publication date
    (["Publisher: United States Department of State", "Publication Date: 2016",
      "Cite as: United States Department of State, 2016 Trafficking in Persons Report - Veridia, 30 June 2016"], 2016),
])
def test_the_citation_blocks_year_is_the_report_year(tmp_path: Path, lines: list[str], year: int) -> None:
    """A paste with no year in its name or its own text takes the year its citation block gives; the text's own
    year and the option still come first."""
    body = PLAIN.read_text(encoding="utf-8")
    assert "2024" not in body and "2016" not in body
    path = tmp_path / "veridia.txt"
    path.write_text("\n".join(lines) + "\n\n" + body, encoding="utf-8")
    report = load_report(path)
    assert (report.year, report.year_source) == (year, "citation")
    assert not any("no year found" in w for w in report.warnings)
    assert load_report(path, year=2030).year == 2030
    stated = tmp_path / "veridia-stated.txt"
    stated.write_text("\n".join(lines) + "\n\n" + body.rstrip("\n") + " The 2025 Trafficking in Persons Report "
                      "placed Veridia on Tier 3.\n", encoding="utf-8")
    assert load_report(stated).year_source == "text"


def test_a_paste_without_a_citation_block_has_no_year(tmp_path: Path) -> None:
    path = tmp_path / "veridia.txt"
    path.write_text(PLAIN.read_text(encoding="utf-8"), encoding="utf-8")
    assert load_report(path).year_source in ("figures", "unknown")
