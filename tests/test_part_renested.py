"""A part whose text moved under a new sub-heading while its own heading stands on, empty, is re-nested, not
renamed; a heading that differs only by a page template's leftover word or by capitals is not renamed at all
(issue 12 trial: Thailand 2020 -> 2021 "e. Acceptable Conditions of Work" and Brazil 2022 -> 2023 "Executive
Summary Title"). Pages are ours; the last tests read the real pages in ../shared by path."""

from __future__ import annotations

from pathlib import Path

from tipdiff.compare import analyse_files, analyse_reports
from tipdiff.ingest import report_from_text
from tipdiff.options import Options

WORK = ("<p>The law sets a minimum wage for factory workers. Overtime beyond ten hours a week was banned. "
        "Inspectors visited farms and fined owners.</p>")


def _page(year: int, body: str, summary: str = "Executive Summary") -> str:
    return (f"<html><body><main><h1>{year} Country Reports on Human Rights Practices: Veridia</h1>"
            f"<h2>{summary}</h2><p>Veridia is a republic with an elected parliament.</p>{body}</main></body></html>")


def _parts(old: str, new: str) -> list[str]:
    comparison = analyse_reports(report_from_text(old, "veridia-2022.html"), report_from_text(new, "veridia-2023.html"),
                                 Options())
    return [f.message for f in comparison.findings if f.rule.startswith("part/")]


def test_text_moved_under_a_new_sub_heading_is_re_nested() -> None:
    old = _page(2022, f"<h3>e. Working Conditions</h3>{WORK}")
    new = _page(2023, f"<h3>e. Working Conditions</h3><h3>Pay and Hours:</h3>{WORK}")
    assert _parts(old, new) == ["Part re-nested: “e. Working Conditions” goes on under a new sub-heading “Pay and "
                                "Hours” (its own heading kept, with no text)"]


def test_a_heading_replaced_outright_is_renamed() -> None:
    old = _page(2022, f"<h3>e. Working Conditions</h3>{WORK}")
    assert _parts(old, _page(2023, f"<h3>e. Conditions of Work</h3>{WORK}")) == [
        "Part renamed: “e. Working Conditions” is now “e. Conditions of Work”"]


def test_a_list_re_lettered_is_no_rename() -> None:
    """A part inserted before it re-letters a list ("e." -> "f."): the same heading, no rename (real Cambodia
    2022 -> 2023: "Property Seizure and Restitution" -> "g. Property Seizure and Restitution")."""
    old = _page(2022, f"<h3>e. Working Conditions</h3>{WORK}")
    assert _parts(old, _page(2023, f"<h3>f. Working Conditions</h3>{WORK}")) == []


def test_a_template_word_or_capitals_are_no_rename() -> None:
    old = _page(2022, f"<h3>e. Working Conditions</h3>{WORK}", summary="Executive Summary Title")
    assert _parts(old, _page(2023, f"<h3>e. Working Conditions</h3>{WORK}", summary="EXECUTIVE SUMMARY")) == []
    assert _parts(old, _page(2023, f"<h3>E. WORKING CONDITIONS</h3>{WORK}")) == []


def test_a_template_word_ending_a_short_heading_is_a_name_word() -> None:
    """'Land Title' keeps its last word: only after two words or more is a trailing template word left out."""
    old = _page(2022, f"<h3>Land Title</h3>{WORK}")
    assert _parts(old, _page(2023, f"<h3>Land</h3>{WORK}")) == ["Part renamed: “Land Title” is now “Land”"]


def _real(shared: Path, country: str, year: int) -> list[str]:
    hrr = shared / "corpus" / "hrr"
    comparison = analyse_files(hrr / str(year) / f"{country}.html", hrr / str(year + 1) / f"{country}.html")
    return [f.message for f in comparison.findings if f.rule.startswith("part/")]


def test_the_real_thailand_2020_2021_working_conditions(shared: Path) -> None:
    messages = _real(shared, "thailand", 2020)
    assert ("Part re-nested: “e. Acceptable Conditions of Work” goes on under a new sub-heading “Wage and Hour Laws” "
            "(its own heading kept, with no text)") in messages
    assert not [m for m in messages if "Acceptable Conditions of Work” is now" in m]


def test_the_real_brazil_2022_2023_executive_summary(shared: Path) -> None:
    assert not [m for m in _real(shared, "brazil", 2022) if "Executive Summary" in m or "EXECUTIVE SUMMARY" in m]
