"""The report year named by a page title or running header that is removed as page chrome ("2019 Trafficking
in Persons Report: Veridia", "June 2019") is read before the figures' guess, with year_source "page title";
`check` compares it with the file name; a message about a guessed year never says a file states it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEED_2019, SERIES
from tipdiff.compare import compare_reports
from tipdiff.ingest import report_from_text

CHROME = "An official website of the United States Government Here's how you know\n\nOfficial websites use .gov\n\n"


def _body(shift: int = 0) -> str:
    """The fixture 2019 narrative (figures '(... in 2017)'), with its figures' years moved back by `shift`."""
    text = (SERIES / "2019.txt").read_text(encoding="utf-8")
    assert " in 2017)" in text
    return text.replace(" in 2017)", f" in {2017 - shift})")


@pytest.mark.parametrize("title", ["2019 Trafficking in Persons Report: Veridia", "2019 Trafficking in Persons Report",
                                   "June 2019", "2019 Trafficking in Persons Report - Veridia"])
def test_a_removed_page_title_gives_the_year(title: str) -> None:
    report = report_from_text(f"{title}\n\n{CHROME}{_body(shift=1)}", "paste.txt")
    assert (report.year, report.year_source) == (2019, "page title")
    assert title in report.removed_chrome


@pytest.mark.parametrize("title", ["TRAFFICKING IN PERSONS REPORT 2019", "2019 TIP Report"])
def test_a_title_kept_in_the_text_gives_the_year(title: str) -> None:
    report = report_from_text(f"{title}\n\n{_body(shift=1)}", "paste.txt")
    assert (report.year, report.year_source) == (2019, "text")


def test_without_a_title_the_figures_are_a_labelled_guess() -> None:
    report = report_from_text(f"{CHROME}{_body(shift=1)}", "paste.txt")
    assert (report.year, report.year_source) == (2018, "figures")


@pytest.mark.parametrize("line", ["12 March 2021", "Publication date: 3 April 2020", "July 2021"])
def test_other_dates_removed_as_chrome_are_no_page_title(line: str) -> None:
    report = report_from_text(f"{line}\n\n{CHROME}{_body()}", "paste.txt")
    assert report.year_source != "page title"


def test_check_names_a_page_title_against_the_file_name(run, tmp_path: Path) -> None:
    folder = tmp_path / "veridia"
    folder.mkdir()
    text = f"2019 Trafficking in Persons Report: Veridia\n\n{CHROME}{_body()}"
    (folder / "2020.txt").write_text(text, encoding="utf-8")
    result = run("check", folder / "2020.txt")
    assert result.code == 2
    assert "the file name says 2020 but the page title says 2019" in result.out, result.out
    (folder / "2020.txt").rename(folder / "2019.txt")
    assert "page title says" not in run("check", folder / "2019.txt").out


def _two_copies(first: str, second: str) -> list[str]:
    old = report_from_text(first + _body(), "one.txt")
    new = report_from_text(second + _body().replace("VERIDIA: Tier 2", "VERIDIA: Tier 3", 1), "two.txt")
    assert old.year == new.year == 2019 and old.tier != new.tier
    return [w for w in compare_reports(old, new).warnings if "but different tiers" in w]


def test_guessed_years_are_not_said_to_be_stated() -> None:
    [warning] = _two_copies("", "")
    assert warning.startswith("both files appear to be the 2019 report (year guessed from the figures'")
    assert "state the" not in warning


def test_stated_years_are_said_to_be_stated() -> None:
    [warning] = _two_copies("2019 Trafficking in Persons Report: Veridia\n\n",
                            "2019 Trafficking in Persons Report: Veridia\n\n")
    assert warning.startswith("both files state the 2019 report but different tiers")


def test_real_2019_page_with_its_title_and_other_figures(shared: Path) -> None:
    """The real page pasted with its title line: the title's 2019 wins over a guess from figures edited to
    say '(... in 2016)' (which would give 2018); the title is still listed as removed chrome."""
    text = SEED_2019.read_text(encoding="utf-8").replace(" in 2017)", " in 2016)")
    report = report_from_text("2019 Trafficking in Persons Report: Cambodia\n\n" + text, "paste.txt")
    assert (report.year, report.year_source) == (2019, "page title")
    assert "2019 Trafficking in Persons Report: Cambodia" in report.removed_chrome
    assert report_from_text(text, "paste.txt").year_source == "figures"
