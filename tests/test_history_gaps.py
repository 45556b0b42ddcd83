"""What the fresh-user trial found unexplained in `history` and `compare` (issue 12): years with no file are
shown as such (a streak starts again after them), each year's error and warning counts are spelled out, and the
tier line under a comparison's header follows the files compared, with a warning when the folder holds another
copy of a compared year with another tier. Narratives are ours; the real Factbook folder is read by path."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SHARED
from tipdiff.cli import main
from tipdiff.history import build_history
from tipdiff.render.history import render_markdown

MALAYSIA = SHARED / "corpus" / "factbook" / "malaysia"


def narrative(tier: str, sentence: str = "Courts convicted 12 traffickers (10 in the previous year).") -> str:
    return f"VERIDIA: {tier}\n\nPROSECUTION\n\n{sentence}\n"


@pytest.fixture
def gapped(tmp_path: Path) -> Path:
    folder = tmp_path / "veridia"
    folder.mkdir()
    for year, tier in ((2014, "Tier 2"), (2015, "Tier 2"), (2020, "Tier 2"), (2022, "Tier 3")):
        (folder / f"veridia-{year}.txt").write_text(narrative(tier), encoding="utf-8")
    return folder


def test_years_with_no_file_are_rows_of_their_own(gapped: Path) -> None:
    history = build_history(gapped)
    assert history.gaps == ((2016, 2019), (2021, 2021))
    assert [(e.year, e.streak) for e in history.entries] == [(2014, 1), (2015, 2), (2020, 1), (2022, 1)]
    markdown = render_markdown(history)
    assert "| 2016-2019 | *(no file)* |  |  |  |  |" in markdown
    assert "| 2021 | *(no file)* |" in markdown
    assert "it starts again after a year with no file" in markdown


def test_no_gap_row_when_the_years_follow_each_other(tmp_path: Path) -> None:
    folder = tmp_path / "veridia"
    folder.mkdir()
    for year in (2019, 2020, 2021):
        (folder / f"veridia-{year}.txt").write_text(narrative("Tier 2"), encoding="utf-8")
    history = build_history(folder)
    assert history.gaps == ()
    assert "(no file)" not in render_markdown(history)


def test_each_error_and_warning_a_year_counts_is_spelled_out(gapped: Path) -> None:
    history = build_history(gapped)
    entry = history.entry(2022)
    assert entry is not None
    errors = [f for f in entry.findings if f.severity == "error"]
    assert errors, "a downgrade to Tier 3 is an error"
    markdown = render_markdown(history)
    section = markdown.split("## Findings each year", 1)[1]
    for finding in errors:
        assert f"**Error:** {finding.message}" in section
    assert "`tier/downgrade`" in section


def test_html_history_shows_gaps_and_findings(gapped: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "history.html"
    assert main(["history", str(gapped), "--format", "html", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert '<tr class="gap"><td>2016-2019</td>' in page
    assert "Findings each year" in page and "<code>tier/downgrade</code>" in page


@pytest.fixture
def copies(tmp_path: Path) -> Path:
    """Dated snapshots with two copies of 2020 that disagree on the tier."""
    folder = tmp_path / "veridia"
    folder.mkdir()
    texts = {"2019-06-01_a.txt": narrative("Tier 2"), "2020-06-01_a.txt": narrative("Tier 2"),
             "2020-09-01_b.txt": narrative("Tier 3", "Courts convicted two traffickers (12 in the previous year)."),
             "2021-06-01_a.txt": narrative("Tier 3")}
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_the_tier_line_of_compare_follows_the_files_compared(copies: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    history = build_history(copies)
    assert history.entry(2020) is not None and history.entry(2020).tier == "Tier 3"  # type: ignore[union-attr]
    main(["compare", str(copies / "2020-06-01_a.txt"), str(copies / "2021-06-01_a.txt"), "--color", "never",
          "--fail-on", "never", "--width", "200"])
    out = capsys.readouterr().out
    assert "Tier 2 -> Tier 3" in out
    assert "Tier 3, a change from Tier 2" in out
    assert "Tier 3 for the second straight year" not in out
    assert "2020-09-01_b.txt in this folder also gives the 2020 report, with Tier 3" in out


def test_no_warning_when_the_compared_file_is_the_one_the_history_reads(copies: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    main(["compare", str(copies / "2020-09-01_b.txt"), str(copies / "2021-06-01_a.txt"), "--color", "never",
          "--fail-on", "never", "--width", "200"])
    out = capsys.readouterr().out
    assert "Tier 3 for the second straight year" in out
    assert "also gives the 2020 report" not in out


@pytest.mark.skipif(not MALAYSIA.is_dir(), reason="../shared (the real Factbook snapshots) is not present")
def test_real_factbook_snapshot_of_a_half_updated_year(capsys: pytest.CaptureFixture[str]) -> None:
    """Malaysia's capture of 2023-08-11 still says the 2022 report but already the next tier; the history reads
    2022 from the capture of 2023-03-16 (Tier 3). Compared to 2023, the line under the header must not call
    Tier 2 Watch List 'a change from Tier 3' when the header says it is unchanged."""
    main(["compare", str(MALAYSIA / "2023-08-11_d773d48b.txt"), str(MALAYSIA / "2024-07-04_7e848a31.txt"),
          "--color", "never", "--fail-on", "never", "--width", "200"])
    out = capsys.readouterr().out
    assert "Tier 2 Watch List (unchanged)" in out
    assert "a change from Tier 3" not in out
    assert "2023-03-16_bfea0e59.txt in this folder also gives the 2022 report, with Tier 3" in out
    history = build_history(MALAYSIA)
    assert history.gaps == ((2016, 2019), (2021, 2021))


def test_a_recommendation_s_age_across_a_missing_year_counts_reports(tmp_path: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """With 2021 missing, a recommendation made in 2019 and 2020 and gone in 2022 was carried in two reports;
    whether 2021 carried it is not known, so no 'carried for N years'."""
    import shutil

    from conftest import SERIES
    folder = tmp_path / "veridia"
    folder.mkdir()
    for year in (2019, 2020, 2022):
        shutil.copy(SERIES / f"{year}.txt", folder / f"{year}.txt")
    markdown = render_markdown(build_history(folder))
    assert "| Since | Reports | Status | Recommendation |" in markdown
    main(["compare", str(folder / "2020.txt"), str(folder / "2022.txt"), "--color", "never", "--fail-on", "never",
          "--width", "250"])
    out = capsys.readouterr().out
    assert "(in two reports, since 2019)" in out
    assert "carried for" not in out
