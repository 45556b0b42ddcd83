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
