"""End to end with the real pre-commit tool: a repository of reports whose hook is this checkout, by local path.

pre-commit clones this repository at HEAD and installs it in its own environment (packages come from the
package index, as for any pre-commit hook); the repository of reports needs no network.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SERIES

pytestmark = pytest.mark.slow


def git(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid",
                           "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", *args],
                          cwd=cwd, capture_output=True, text=True, check=True)


def head_of_this_checkout() -> str:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    done = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip("this copy of tipdiff is not a git checkout, so pre-commit cannot install it")
    return done.stdout.strip()


def pre_commit(cwd: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=900)


def test_pre_commit_runs_tipdiff_check_on_new_reports(tmp_path: Path) -> None:
    rev = head_of_this_checkout()
    reports = tmp_path / "reports"
    (reports / "veridia").mkdir(parents=True)
    git(reports, "init", "-q")
    (reports / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {rev}\n    hooks:\n      - id: tipdiff-check\n")
    for year in (2019, 2020):
        shutil.copy(SERIES / f"{year}.txt", reports / "veridia" / f"{year}.txt")
    git(reports, "add", "-A")
    git(reports, "commit", "-q", "-m", "first years")
    home = tmp_path / "pre-commit-home"

    # a clean new year: compared with 2020, warnings only, passes at the default --fail-on error
    shutil.copy(SERIES / "2021.txt", reports / "veridia" / "2021.txt")
    git(reports, "add", "veridia/2021.txt")
    clean = pre_commit(reports, home, "run")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout
    git(reports, "commit", "-q", "-m", "2021")

    # a malformed paste is rejected, with the reason
    text = (SERIES / "2022.txt").read_text(encoding="utf-8")
    (reports / "veridia" / "2022.txt").write_text(text[: text.index("PREVENTION")], encoding="utf-8")
    git(reports, "add", "veridia/2022.txt")
    malformed = pre_commit(reports, home, "run")
    assert malformed.returncode != 0
    assert "veridia/2022.txt: error: parts not found: prevention, profile" in malformed.stdout

    # the full 2022 paste is well formed, but its downgrade is an error finding: the commit is stopped
    shutil.copy(SERIES / "2022.txt", reports / "veridia" / "2022.txt")
    git(reports, "add", "veridia/2022.txt")
    downgrade = pre_commit(reports, home, "run")
    assert downgrade.returncode != 0 and "downgraded one tier, from Tier 2 Watch List to Tier 3" in downgrade.stdout
    assert (reports / "veridia" / "2022.txt").read_text(encoding="utf-8") == text, "the hook never edits reports"


def test_the_shipped_hook_needs_no_configuration(tmp_path: Path) -> None:
    """Reports anywhere in the repository (reports/COUNTRY/YEAR.txt), a notes file named like a year, a report
    renamed to the next year and edited, and a deletion: the hook exactly as .pre-commit-hooks.yaml ships it."""
    rev = head_of_this_checkout()
    repo = tmp_path / "repo"
    folder = repo / "reports" / "veridia"
    folder.mkdir(parents=True)
    git(repo, "init", "-q")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {rev}\n    hooks:\n      - id: tipdiff-check\n")
    for year in (2020, 2021):
        shutil.copy(SERIES / f"{year}.txt", folder / f"{year}.txt")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "reports")
    home = tmp_path / "pre-commit-home"

    # a notes file that only looks like a year is skipped, and a deletion is fine: the commit goes through
    (repo / "docs" / "notes").mkdir(parents=True)
    (repo / "docs" / "notes" / "2021.txt").write_text("Meeting notes for 2021.\n")
    git(repo, "rm", "-q", "reports/veridia/2020.txt")
    git(repo, "add", "-A")
    quiet = pre_commit(repo, home, "run")
    assert quiet.returncode == 0, quiet.stdout + quiet.stderr
    assert "docs/notes/2021.txt: note: skipped" in quiet.stdout or "Passed" in quiet.stdout
    git(repo, "commit", "-q", "--no-verify", "-m", "notes; 2020 dropped")

    # 2021 renamed to 2022 and edited into a downgrade: compared with the committed 2021 and stopped
    git(repo, "mv", "reports/veridia/2021.txt", "reports/veridia/2022.txt")
    (folder / "2022.txt").write_bytes((SERIES / "2022.txt").read_bytes())
    git(repo, "add", "-A")
    renamed = pre_commit(repo, home, "run")
    assert renamed.returncode != 0, renamed.stdout
    assert "compared with reports/veridia/2021.txt at HEAD" in renamed.stdout
    assert "downgraded one tier, from Tier 2 Watch List to Tier 3" in renamed.stdout
