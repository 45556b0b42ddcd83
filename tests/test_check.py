"""`tipdiff check` over a repository of reports: validation, previous-year comparison, read-only."""

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import SERIES, series_repo


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return series_repo(tmp_path)


def digest(root: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_new_year_is_compared_with_the_previous_one(run, repo: Path) -> None:
    result = run("check", "--root", repo, repo / "veridia" / "2021.txt")
    assert result.code == 0
    assert "compared with veridia/2020.txt" in result.out and "Granted a waiver from an otherwise required downgrade" in result.out


def test_findings_at_the_fail_level_fail(run, repo: Path) -> None:
    result = run("check", "--root", repo, repo / "veridia" / "2020.txt")
    assert result.code == 1 and "fails at --fail-on error" in result.out
    assert run("check", "--root", repo, repo / "veridia" / "2020.txt", "--fail-on", "never").code == 0


def test_malformed_pastes_are_rejected(run, repo: Path) -> None:
    truncated = repo / "veridia" / "2022.txt"
    text = (SERIES / "2022.txt").read_text(encoding="utf-8")
    truncated.write_text(text[: text.index("PROTECTION")], encoding="utf-8")
    result = run("check", "--root", repo, truncated)
    assert result.code == 2
    assert "veridia/2022.txt: error: parts not found: protection, prevention, profile" in result.out


def test_a_year_that_disagrees_with_its_file_name(run, repo: Path) -> None:
    wrong = repo / "veridia" / "2023.txt"
    wrong.write_text((SERIES / "2022.txt").read_text(encoding="utf-8") + "\nFrom the 2022 Trafficking in Persons Report.\n")
    result = run("check", "--root", repo, wrong)
    assert result.code == 2 and "the file name says 2023 but the text says 2022" in result.out


def test_first_year_is_a_note_not_a_failure(run, repo: Path) -> None:
    result = run("check", "--root", repo, repo / "veridia" / "2019.txt")
    assert result.code == 0 and "no earlier year of veridia" in result.out


def test_a_file_outside_the_layout_is_skipped_with_a_note(run, repo: Path) -> None:
    stray = repo / "notes.txt"
    stray.write_text("meeting notes\n")
    notes = repo / "docs" / "notes"
    notes.mkdir(parents=True)
    (notes / "2021.txt").write_text("Meeting notes for 2021.\n")
    result = run("check", stray, notes / "2021.txt", repo / "veridia" / "2021.txt")
    assert result.code == 0, result.out
    assert f"{stray.as_posix()}: note: skipped: not a report file named COUNTRY/YEAR.EXT" in result.out
    assert "notes/2021.txt: note: skipped: named like a report but holds no narrative" in result.out
    assert "compared with" in result.out and "error:" not in result.out


def test_the_place_comes_from_the_path_anywhere_in_the_repository(run, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    deep = tmp_path / "data" / "reports" / "veridia"
    deep.mkdir(parents=True)
    for year in (2020, 2021):
        shutil.copy(SERIES / f"{year}.txt", deep / f"{year}.txt")
    monkeypatch.chdir(tmp_path)
    result = run("check", "data/reports/veridia/2021.txt")
    assert result.code == 0 and "compared with data/reports/veridia/2020.txt" in result.out, result.out
    whole = run("check", "--root", "data")
    assert "checked 2 files: 0 malformed" in whole.out, whole.out


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "init.defaultBranch=main",
                    "-c", "commit.gpgsign=false", *args], cwd=cwd, check=True, capture_output=True)


def test_a_renamed_and_edited_report_is_compared_with_the_committed_version(run, tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    folder = tmp_path / "reports" / "veridia"
    folder.mkdir(parents=True)
    shutil.copy(SERIES / "2021.txt", folder / "2021.txt")
    shutil.copy(SERIES / "2020.txt", folder / "2020.txt")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "reports")
    git(tmp_path, "mv", "reports/veridia/2021.txt", "reports/veridia/2022.txt")
    (folder / "2022.txt").write_bytes((SERIES / "2022.txt").read_bytes())  # the rename, edited: a downgrade
    git(tmp_path, "rm", "-q", "reports/veridia/2020.txt")  # a deletion is fine
    monkeypatch.chdir(tmp_path)
    result = run("check", "reports/veridia/2022.txt", "reports/veridia/2020.txt")
    assert "compared with reports/veridia/2021.txt at HEAD (Tier 2 Watch List)" in result.out, result.out
    assert "downgraded one tier, from Tier 2 Watch List to Tier 3" in result.out and result.code == 1
    assert "reports/veridia/2020.txt: note: deleted: nothing to check" in result.out


def test_layout_is_configurable(run, tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "tip" / "veridia").mkdir(parents=True)
    shutil.copy(SERIES / "2020.txt", root / "tip" / "veridia" / "veridia-2020.txt")
    shutil.copy(SERIES / "2021.txt", root / "tip" / "veridia" / "veridia-2021.txt")
    result = run("check", "--root", root, "--layout", "tip/{country}/{country}-{year}.txt")
    assert result.code == 2 and "must name {country} and {year} once each" in result.err
    result = run("check", "--root", root, "--layout", "tip/veridia/{country}-{year}.txt")
    assert result.code == 0 and "compared with tip/veridia/veridia-2020.txt" in result.out


def test_check_never_modifies_reports(run, repo: Path) -> None:
    before = digest(repo)
    run("check", "--root", repo)
    assert digest(repo) == before


def test_whole_repository_without_file_arguments(run, repo: Path) -> None:
    result = run("check", "--root", repo)
    assert result.code == 1 and "checked 3 files: 0 malformed, 1 with findings at or above error" in result.out


def test_a_mistyped_path_is_an_error_not_a_deletion(run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that is neither on disk nor in the HEAD commit was mistyped: one line naming it, exit 2, whether or
    not the name looks like a report."""
    folder = tmp_path / "reports" / "veridia"
    folder.mkdir(parents=True)
    shutil.copy(SERIES / "2020.txt", folder / "2020.txt")
    monkeypatch.chdir(tmp_path)
    for missing in ("reports/veridia/2021.txt", "missing.txt"):
        result = run("check", missing)
        assert result.code == 2, result.out
        assert f"{missing}: error: no such file" in result.out, result.out
        assert "deleted" not in result.out and "skipped" not in result.out


def test_a_narrative_in_another_country_s_folder_is_warned(run, tmp_path: Path) -> None:
    """Issue 12 trial 8: a Veridia narrative saved as ruritania/2020.txt said only "no earlier year of ruritania"."""
    (tmp_path / "ruritania").mkdir()
    shutil.copy(SERIES / "2020.txt", tmp_path / "ruritania" / "2020.txt")
    result = run("check", "--root", tmp_path, tmp_path / "ruritania" / "2020.txt", "--fail-on", "warning")
    assert result.code == 1
    assert "the folder says 'ruritania' but the narrative is Veridia's" in result.out


def test_a_folder_named_as_the_narrative_is_quiet(run, tmp_path: Path) -> None:
    (tmp_path / "veridia").mkdir()
    shutil.copy(SERIES / "2020.txt", tmp_path / "veridia" / "2020.txt")
    result = run("check", "--root", tmp_path, tmp_path / "veridia" / "2020.txt", "--fail-on", "warning")
    assert "the folder says" not in result.out
