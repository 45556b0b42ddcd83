"""A heading renamed past the length of a part's name is still a rename (issue 12 trial: parts are named by the
first 60 characters of their heading, so "Section 5. Governmental Posture Towards International and
Nongovernmental Investigation ..." and "... Nongovernmental Monitoring and Investigation ..." were one name and no
rename was said). Pages are ours; the last test reads the real Kenya pages in ../shared by path."""

from __future__ import annotations

from pathlib import Path

from tipdiff.compare import analyse_reports
from tipdiff.ingest import load_report, report_from_text
from tipdiff.options import Options

OLD = "Section 5. Official Stance Towards Outside Inquiry Into Reported Misconduct by Police and Prison Staff"
NEW = "Section 5. Official Stance Towards Outside Inquiry Into Reported Misconduct by Police, Prison and Army Staff"


def _page(heading: str, year: int) -> str:
    return (f"<html><body><main><h1>{year} Country Reports on Human Rights Practices: Veridia</h1>"
            "<h2>Executive Summary</h2><p>Veridia is a republic with an elected parliament.</p>"
            f"<h2>{heading}</h2><p>Several rights groups visited prisons during the year.</p></main></body></html>")


def _renames(old_heading: str, new_heading: str) -> list[str]:
    old = report_from_text(_page(old_heading, 2022), "veridia-2022.html")
    new = report_from_text(_page(new_heading, 2023), "veridia-2023.html")
    assert old.section_names() == new.section_names()  # one part name both years
    return [f.message for f in analyse_reports(old, new, Options()).findings if f.rule == "part/renamed"]


def test_a_heading_renamed_past_the_part_name_s_length() -> None:
    assert _renames(OLD, NEW) == [f"Part renamed: “{OLD}” is now “{NEW}”"]


def test_the_same_heading_in_other_capitals_and_stops_is_no_rename() -> None:
    assert _renames(OLD, OLD.replace("Towards Outside", "towards outside")) == []
    assert _renames(OLD, OLD + ".") == []


def test_the_real_kenya_section_5_rename(shared: Path) -> None:
    hrr = shared / "corpus" / "hrr"
    comparison = analyse_reports(load_report(hrr / "2022" / "kenya.html"), load_report(hrr / "2023" / "kenya.html"),
                                 Options())
    renamed = [f.message for f in comparison.findings if f.rule == "part/renamed" and "Section 5." in f.message]
    assert len(renamed) == 1 and "Nongovernmental Monitoring and Investigation" in renamed[0]
