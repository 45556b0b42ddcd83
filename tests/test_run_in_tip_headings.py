"""A TIP part heading run into its paragraph with a colon ("Trafficking Profile: As reported ..."), as a paste
that lost the heading's line break gives it: the same part, no change (issue 12 trial: the profile was read as
part of prevention, with a false "truncated paste" warning and "Parts restructured"). The fixture is ours; the
last test edits the real 2019 Cambodia narrative in ../shared by path."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SERIES
from tipdiff.compare import analyse_reports
from tipdiff.ingest import report_from_text
from tipdiff.options import Options


def _findings_and_warnings(old: str, new: str) -> tuple[list[str], list[str]]:
    comparison = analyse_reports(report_from_text(old, "veridia-2021.txt"), report_from_text(new, "veridia-2022.txt"),
                                 Options())
    return [f.rule for f in comparison.findings], list(comparison.warnings)


@pytest.mark.parametrize("label", ["TRAFFICKING PROFILE:", "Trafficking Profile:", "Trafficking profile:"])
def test_the_profile_heading_run_into_its_paragraph(label: str) -> None:
    text = (SERIES / "2021.txt").read_text(encoding="utf-8")
    assert "\nTRAFFICKING PROFILE\n\n" in text
    run_in = text.replace("\nTRAFFICKING PROFILE\n\n", f"\n{label} ")
    report = report_from_text(run_in, "veridia-2022.txt")
    assert "profile" in report.section_names()
    assert _findings_and_warnings(text, run_in) == ([], [])


def test_a_longer_word_before_the_colon_is_no_heading() -> None:
    """"Trafficking profiles: ..." opens a sentence of the part it stands in, not the profile."""
    text = (SERIES / "2021.txt").read_text(encoding="utf-8")
    marker = "\nPREVENTION\n\n"
    assert marker in text
    added = text.replace(marker, marker + "Trafficking profiles: the ministry published two for border provinces.\n\n")
    report = report_from_text(added, "veridia-2022.txt")
    assert report.units_in("prevention")[0].text.startswith("Trafficking profiles:")


def test_the_real_2019_narrative_with_a_run_in_profile_heading(shared: Path) -> None:
    text = next((shared / "seeds").glob("001_*")).read_text(encoding="utf-8")
    opening = "As reported over the past five years"
    assert text.count(opening) == 1
    assert _findings_and_warnings(text, text.replace(opening, "Trafficking Profile: " + opening)) == ([], [])
