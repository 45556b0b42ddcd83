"""`tipdiff check --color auto|always|never`: the same choice as compare and history (NO_COLOR respected), and
the same words with or without colour, one line each."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from conftest import SERIES, series_repo

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """veridia/2019-2021 from the fixture series and a 2022 that holds no narrative (malformed)."""
    root = series_repo(tmp_path)
    (root / "veridia" / "2022.txt").write_text("Nothing but a line of page chrome.\n", encoding="utf-8")
    return root


def test_always_colours_the_severities_and_keeps_the_words(run, repo: Path) -> None:
    coloured = run("check", "--root", repo, "-v", "--color", "always")
    plain = run("check", "--root", repo, "-v", "--color", "never")
    assert coloured.code == plain.code == 2  # the malformed 2022: colour changes no exit code
    assert "\x1b[" not in plain.out
    assert "\x1b[1;31mERROR\x1b[0m" in coloured.out and "\x1b[33mWARNING\x1b[0m" in coloured.out
    assert "\x1b[1;31merror:\x1b[0m" in coloured.out  # the malformed file's problem
    assert ANSI.sub("", coloured.out) == plain.out  # the same lines, none wrapped, none padded
    longest = max(plain.out.splitlines(), key=len)
    assert len(longest) > 100 and longest in ANSI.sub("", coloured.out).splitlines()


def test_never_is_the_plain_report_line_for_line(run, repo: Path) -> None:
    result = run("check", "--root", repo, repo / "veridia" / "2020.txt", "--color", "never")
    lines = result.out.splitlines()
    assert lines[0] == "veridia/2020.txt: Veridia 2020, Tier 2 Watch List; compared with veridia/2019.txt (Tier 2)"
    assert lines[1] == "  ERROR   Veridia downgraded one tier, from Tier 2 to Tier 2 Watch List [tier/downgrade]"
    assert lines[-2] == "  1 error, 5 warnings, 7 notes; fails at --fail-on error"
    assert lines[-1] == "checked 1 file: 0 malformed, 1 with findings at or above error"


def test_auto_colours_a_terminal_only(run, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = repo / "veridia" / "2020.txt"
    assert "\x1b[" not in run("check", "--root", repo, target).out  # captured: no terminal, no colour
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert "\x1b[1;31mERROR" in run("check", "--root", repo, target).out
    assert "\x1b[1;31mERROR" in run("check", "--root", repo, target, "--color", "auto").out
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run("check", "--root", repo, target).out  # a terminal, but NO_COLOR is set
    assert "\x1b[1;31mERROR" in run("check", "--root", repo, target, "--color", "always").out  # the flag wins


def test_always_wins_over_no_color_in_compare_too(run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    old, new = SERIES / "2021.txt", SERIES / "2022.txt"
    assert "\x1b[1;31m" in run("compare", old, new, "--color", "always").out  # red, not only bold
    assert "\x1b[" not in run("compare", old, new).out


def test_a_bad_colour_choice_is_a_usage_error(run, repo: Path) -> None:
    result = run("check", "--root", repo, "--color", "sometimes")
    assert result.code == 2 and "invalid choice: 'sometimes'" in result.err


def test_real_human_rights_pages_same_words_with_colour(run, shared: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "thailand"
    folder.mkdir()
    for year in (2022, 2023):
        (folder / f"{year}.html").symlink_to(shared / "corpus" / "hrr" / str(year) / "thailand.html")
    monkeypatch.chdir(tmp_path)
    coloured = run("check", "thailand/2023.html", "--color", "always", "--fail-on", "never")
    plain = run("check", "thailand/2023.html", "--color", "never", "--fail-on", "never")
    assert coloured.code == plain.code == 0
    # a series without tiers has no tier slot (it said "Thailand 2023, None; ... (None)")
    assert plain.out.startswith("thailand/2023.html: Thailand 2023; compared with thailand/2022.html\n")
    assert "None" not in plain.out
    assert "\x1b[33mWARNING\x1b[0m" in coloured.out and ANSI.sub("", coloured.out) == plain.out
