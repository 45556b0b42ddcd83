"""History over the folder layouts people keep (tipdiff.layouts): a root of YEAR/COUNTRY.* or COUNTRY/YEAR.*
folders with --country, and several dated snapshots of one year (same words read as one, else the last by name,
the others named in a note). Over ../shared/corpus too: the Human Rights Reports (YEAR/COUNTRY.html) and the
Factbook snapshots (COUNTRY/DATE_HASH.txt); the shared tree is only read (links to its files, never copies)."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from htmlcheck import Page

from conftest import FIXTURES, SERIES
from tipdiff.errors import InputError
from tipdiff.history import build_history
from tipdiff.layouts import country_files
from tipdiff.render.markdown import escape

FACTBOOK = FIXTURES / "factbook"


@pytest.fixture
def year_root(tmp_path: Path) -> Path:
    """YEAR/COUNTRY.txt for two countries, the layout of a whole report saved year by year."""
    root = tmp_path / "reports"
    for year in (2019, 2020, 2021, 2022):
        (root / str(year)).mkdir(parents=True)
        shutil.copy(SERIES / f"{year}.txt", root / str(year) / "veridia.txt")
    for year in (2019, 2022):
        shutil.copy(FIXTURES / "cambodia" / f"cambodia-{year}.txt", root / str(year) / "cambodia.txt")
    return root


def test_country_picks_one_country_out_of_a_year_root(year_root: Path, run) -> None:
    name, files = country_files(year_root, "VERIDIA")
    assert name == "Veridia" and [y for y, _ in files] == [2019, 2020, 2021, 2022]
    result = run("history", year_root, "--country", "veridia", "--format", "markdown")
    assert result.code == 0 and result.out.startswith("# Veridia: 2019–2022")
    result = run("history", year_root, "--country", "Cambodia")
    assert result.code == 0 and "Tier 2 Watch List" in result.out and "Tier 3" in result.out
    result = run("history", year_root, "--country", "cambodia", "--format", "csv")
    assert [r["year"] for r in csv.DictReader(io.StringIO(result.out))] == ["2019", "2022"]


def test_a_root_of_many_countries_needs_country(year_root: Path, run) -> None:
    result = run("history", year_root)
    assert result.code == 2 and result.out == ""
    assert result.err.strip() == (f"tipdiff: error: {year_root}: holds the reports of two countries (Cambodia, "
                                  "Veridia); pick one with --country NAME")
    result = run("history", year_root, "--country", "atlantis")
    assert result.code == 2 and "holds no reports of 'atlantis' (found: Cambodia, Veridia)" in result.err
    with pytest.raises(InputError, match="pick one with --country"):
        country_files(year_root, None)


def test_country_folders_root_with_country(tmp_path: Path, run) -> None:
    shutil.copytree(SERIES, tmp_path / "veridia", ignore=shutil.ignore_patterns("*.yaml"))
    shutil.copytree(FIXTURES / "cambodia", tmp_path / "cambodia")
    result = run("history", tmp_path, "--country", "veridia", "--format", "html", "-o", tmp_path / "v.html")
    assert result.code == 0 and Page((tmp_path / "v.html").read_text(encoding="utf-8")).by_class("tier-timeline")


@pytest.fixture
def snapshots(tmp_path: Path) -> Path:
    """Factbook-style dated snapshots: two of the entry that states (2022), one with the same words in other
    typography, a later one stating 2024, and an earlier different text also stating (2022)."""
    folder = tmp_path / "veridia"
    folder.mkdir()
    text = (FACTBOOK / "fb-veridia-2023.txt").read_text(encoding="utf-8")
    (folder / "2023-03-01_aaaa.txt").write_text(text, encoding="utf-8")
    (folder / "2023-06-01_bbbb.txt").write_text(text.replace("&mdash;", "\u2014"), encoding="utf-8")
    shutil.copy(FACTBOOK / "fb-veridia-2024.txt", folder / "2024-08-15_cccc.txt")
    return folder


def test_snapshots_are_read_as_the_year_their_text_states(snapshots: Path) -> None:
    history = build_history(snapshots)
    assert [(e.year, Path(e.path).name) for e in history.entries] == [
        (2022, "2023-06-01_bbbb.txt"), (2024, "2024-08-15_cccc.txt")]
    assert history.notes == ("2022: 2023-03-01_aaaa.txt and 2023-06-01_bbbb.txt say the same words; read as one "
                             "(2023-06-01_bbbb.txt)",)


def test_different_snapshots_of_one_year_the_last_by_name_and_a_note(snapshots: Path, run) -> None:
    text = (snapshots / "2023-03-01_aaaa.txt").read_text(encoding="utf-8")
    (snapshots / "2023-01-10_0000.txt").write_text(text.replace("convicted some traffickers", "convicted no "
                                                                "traffickers"), encoding="utf-8")
    history = build_history(snapshots)
    assert [(e.year, Path(e.path).name) for e in history.entries][0] == (2022, "2023-06-01_bbbb.txt")
    note = ("2022: two different texts for this year in three files; the last by name, 2023-06-01_bbbb.txt, is "
            "used (2023-01-10_0000.txt and 2023-03-01_aaaa.txt left out)")
    assert history.notes == (note,)
    result = run("history", snapshots, "--format", "markdown")
    assert result.code == 0 and f"> Note: {escape(note)}" in result.out
    result = run("history", snapshots, "--format", "html", "-o", snapshots.parent / "h.html")
    page = Page((snapshots.parent / "h.html").read_text(encoding="utf-8"))
    assert result.code == 0 and [p.text for p in page.by_class("warnings", "div")] == [f"Note: {note}."]
    result = run("history", snapshots.parent, "--format", "csv")
    assert result.code == 0 and f"tipdiff: note: Veridia: {note}" in result.err
    assert [r["year"] for r in csv.DictReader(io.StringIO(result.out))] == ["2022", "2024"]


def _half_updated(snapshots: Path) -> Path:
    """A capture made while the 2022 entry was being updated in place to the 2023 report: the next report's tier
    (Tier 2 Watch List) already written, the year marks still "(2022)"; and a 2023 entry on that tier."""
    text = (snapshots / "2023-03-01_aaaa.txt").read_text(encoding="utf-8")
    half = text.replace("Tier 3 &mdash;", "Tier 2 Watch List &mdash;").replace(
        "is not making significant efforts to do so; therefore, Veridia was downgraded to Tier 3",
        "is making significant efforts to do so; therefore, Veridia was upgraded to Tier 2 Watch List")
    (snapshots / "2023-07-20_dddd.txt").write_text(half, encoding="utf-8")
    (snapshots / "2024-08-15_cccc.txt").unlink()
    (snapshots / "2023-09-01_eeee.txt").write_text(half.replace("(2022)", "(2023)"), encoding="utf-8")
    return snapshots


def test_snapshots_of_one_year_that_disagree_on_the_tier(snapshots: Path, run) -> None:
    """The half-updated capture (the later one, carrying the next year's tier) does not win; a warning names
    every file and its tier; no year is shown twice, so no step goes from a year to the same year."""
    history = build_history(_half_updated(snapshots))
    assert [(e.year, e.tier, Path(e.path).name) for e in history.entries] == [
        (2022, "Tier 3", "2023-06-01_bbbb.txt"), (2023, "Tier 2 Watch List", "2023-09-01_eeee.txt")]
    warning = ("2022: the files of this report year disagree on the tier (2023-03-01_aaaa.txt says Tier 3, "
               "2023-06-01_bbbb.txt says Tier 3 and 2023-07-20_dddd.txt says Tier 2 Watch List); 2023-06-01_bbbb.txt "
               "(Tier 3) is used, as the other tier is the one a neighbouring year states (a copy captured while it "
               "was being updated to another report year)")
    assert history.warnings == (warning,)
    terminal = " ".join(run("history", snapshots).out.split())
    assert f"warning: {warning}" in terminal
    assert f"> **Warning:** {escape(warning)}" in run("history", snapshots, "--format", "markdown").out
    assert run("history", snapshots, "--format", "html", "-o", snapshots.parent / "h.html").code == 0
    page = Page((snapshots.parent / "h.html").read_text(encoding="utf-8"))
    assert f"Warning: {warning}." in [p.text for p in page.by_class("warnings", "div")][0]
    result = run("history", snapshots.parent, "--format", "csv")
    assert f"tipdiff: note: Veridia: warning: {warning}" in result.err


def test_one_year_disagreeing_with_no_neighbour_to_tell_uses_the_last_capture(snapshots: Path) -> None:
    _half_updated(snapshots)
    (snapshots / "2023-09-01_eeee.txt").unlink()  # no other year: nothing says which tier is the suspect one
    history = build_history(snapshots)
    assert [(e.year, e.tier) for e in history.entries] == [(2022, "Tier 2 Watch List")]
    assert history.warnings[0].endswith("2023-07-20_dddd.txt (Tier 2 Watch List) is used, the last capture by "
                                        "name (the copy is updated in place)")


def test_two_copies_of_one_year_with_different_tiers_are_compared_with_a_warning(snapshots: Path, run) -> None:
    _half_updated(snapshots)
    result = run("compare", snapshots / "2023-06-01_bbbb.txt", snapshots / "2023-07-20_dddd.txt")
    assert "warning: both files state the 2022 report but different tiers" in " ".join(result.out.split())
    same = run("compare", snapshots / "2023-03-01_aaaa.txt", snapshots / "2023-06-01_bbbb.txt")
    assert "different tiers" not in same.out  # two copies of one text: nothing to warn about


def test_malaysia_factbook_2022_is_the_tier_3_capture(shared: Path) -> None:
    """The real folder: 2023-03-16 says Tier 3 (2022), as the 2022 report placed Malaysia; 2023-08-11 already
    carries the 2023 report's Tier 2 Watch List with its year marks still "(2022)"."""
    history = build_history(shared / "corpus" / "factbook" / "malaysia")
    years = [e.year for e in history.entries]
    assert years == sorted(set(years))  # one entry a year: never a step from a year to the same year
    assert {e.year: e.tier for e in history.entries}[2022] == "Tier 3"
    assert len(history.warnings) == 1
    assert all(s in history.warnings[0] for s in ("2023-03-16_bfea0e59.txt says Tier 3",
                                                   "2023-08-11_d773d48b.txt says Tier 2 Watch List"))


# --- ../shared/corpus ----------------------------------------------------------------------------------------


def test_history_over_the_human_rights_reports_year_root(shared: Path, tmp_path: Path, run) -> None:
    hrr = shared / "corpus" / "hrr"
    out = tmp_path / "cambodia.html"
    result = run("history", hrr, "--country", "cambodia", "--format", "html", "-o", out)
    assert result.code == 0, result.err
    page = Page(out.read_text(encoding="utf-8"))
    assert not page.by_class("tier-timeline") and page.tags("h1")[0].text == "Cambodia"  # no tiers in this series
    assert "places no country on a tier" in page.by_class("no-tiers")[0].text
    assert [e.text for e in page.tags("td") if e.text.isdigit() and len(e.text) == 4][:9] == \
        [str(y) for y in range(2016, 2025)]
    result = run("history", hrr, "--country", "cambodia", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert result.code == 0 and [(r["year"], r["file"]) for r in rows] == [
        (str(y), f"{y}/cambodia.html") for y in range(2016, 2025)]
    assert all(r["country"] == "Cambodia" for r in rows) and result.err == ""


def test_history_names_each_person_once_whatever_the_title(shared: Path) -> None:
    """"General Prawit Wongsuwan" (2021 on) and "Prawit Wongsuwan" (2018) are one person: history keys people
    by the actor's canonical name (tipdiff.facts.actors strips titles and ranks), so he is named for the first
    time once, and no event names a person that another event names with a title before it."""
    history = build_history(shared / "corpus" / "hrr" / "2016", files=[
        (year, shared / "corpus" / "hrr" / str(year) / "thailand.html") for year in range(2016, 2025)])
    named = [text.removesuffix(" named for the first time") for _, text in history.events
             if text.endswith(" named for the first time")]
    assert named.count("Prawit Wongsuwan") == 1 and not [n for n in named if "Prawit" in n and n != "Prawit Wongsuwan"]
    assert not [(a, b) for a in named for b in named if a != b and a.endswith(" " + b)], named


def test_history_over_the_factbook_snapshots(shared: Path, tmp_path: Path, run) -> None:
    folder = shared / "corpus" / "factbook" / "cambodia"
    history = build_history(folder)
    years = [e.year for e in history.entries]
    assert years == sorted(set(years)) and len(years) >= 5
    stated = {e.year: e.tier for e in history.entries}
    assert stated[2014] == "Tier 2 Watch List" and stated[2022] == "Tier 3"  # the years the entries state
    snapshots = sorted(p.name for p in folder.iterdir())
    assert len(snapshots) > len(years) and history.notes  # several snapshots per year, each choice named
    for note in history.notes:
        assert "say the same words; read as one" in note or "the last by name" in note
    for fmt in ("html", "csv", "markdown", "terminal"):
        result = run("history", folder.parent, "--country", "Cambodia", "--format", fmt, "-o", tmp_path / fmt)
        assert result.code == 0, (fmt, result.err)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "csv").read_text(encoding="utf-8"))))
    assert [int(r["year"]) for r in rows] == years


DIGEST_SAMPLE = ("bosnia-and-herzegovina", "cambodia", "cote-divoire", "fiji", "iceland", "thailand")


def test_digest_pages_over_two_years_of_human_rights_reports(shared: Path, tmp_path: Path, run) -> None:
    """A sample of the 2022 and 2023 HRR folders (links to the shared files: the full folders are a manual
    check, docs/performance.md), with names to fold (cote-divoire) and one country missing a year."""
    old, new, out = tmp_path / "2022", tmp_path / "2023", tmp_path / "digest"
    for year, folder in (("2022", old), ("2023", new)):
        folder.mkdir()
        for name in DIGEST_SAMPLE + (("burma",) if year == "2022" else ()):
            (folder / f"{name}.html").symlink_to(shared / "corpus" / "hrr" / year / f"{name}.html")
    result = run("compare", old, new, "--format", "html", "-o", out, "--jobs", "1")
    assert result.code in (0, 1), result.err  # findings, never an error
    pages = [f"{name}.html" for name in DIGEST_SAMPLE]
    assert sorted(p.name for p in out.iterdir()) == sorted(["index.html", *pages])
    for name in pages:
        html = (out / name).read_text(encoding="utf-8")
        assert "could not be compared" not in html, name
        assert Page(html).by_class("part", "section"), f"{name}: no part shown"
    index = Page((out / "index.html").read_text(encoding="utf-8"))
    assert {a.attrs["href"] for a in index.tags("a") if a.attrs.get("href", "").endswith(".html")} == set(pages)
    assert "Burma" in (out / "index.html").read_text(encoding="utf-8")  # in 2022 only: said, not an error page


def test_help_says_how_layouts_and_snapshots_are_read() -> None:
    import subprocess
    import sys

    text = subprocess.run([sys.executable, "-m", "tipdiff", "history", "--help"], capture_output=True, text=True,
                          check=True, env={"COLUMNS": "200", "PATH": ""}).stdout
    for phrase in ("--country NAME", "YEAR/COUNTRY.*", "dated snapshots", "the same words are read as one",
                   "the last by name"):
        assert phrase in text, phrase
