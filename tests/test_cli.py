"""The CLI as a user meets it: exit codes, what is printed, one-line errors, colour rules."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, SEED_2019, SERIES, check_golden

OLD, NEW = SERIES / "2019.txt", SERIES / "2020.txt"


def test_compare_prints_header_summary_and_changes(run) -> None:
    result = run("compare", OLD, NEW)
    assert result.code == 1 and result.err == "", "a downgrade is an error finding: exit 1 at --fail-on error"
    lines = result.out.splitlines()
    assert "Veridia" in lines[0]
    assert "2019 -> 2020" in result.out and "Tier 2 -> Tier 2 Watch List" in result.out
    assert "The government [-increased-]{+decreased+} law enforcement efforts." in result.out
    assert "> moved from Prevention" in result.out
    assert max(len(line) for line in lines) <= 80
    assert "\x1b[" not in result.out


def test_compare_terminal_report_matches_golden(run) -> None:
    check_golden("veridia-2020-2021.txt", run("compare", SERIES / "2020.txt", SERIES / "2021.txt").out)


def test_section_option_limits_the_report(run) -> None:
    result = run("compare", OLD, NEW, "--section", "prosecution")
    assert "PROSECUTION" in result.out and "PROTECTION" not in result.out and "OVERVIEW" not in result.out


def test_unknown_section_is_a_usage_error(run) -> None:
    result = run("compare", OLD, NEW, "--section", "victims")
    assert result.code == 2 and "unknown part 'victims'" in result.err and len(result.err.splitlines()) == 1


def test_colour_always_never_and_no_color(run, monkeypatch) -> None:
    assert "\x1b[" in run("compare", OLD, NEW, "--color", "always").out
    assert "\x1b[" not in run("compare", OLD, NEW, "--color", "never").out
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run("compare", OLD, NEW).out


def test_same_file_twice_says_no_changes(run) -> None:
    result = run("compare", NEW, NEW)
    assert result.code == 0 and "No changes" in result.out


def test_two_countries_warn(run) -> None:
    result = run("compare", FIXTURES / "cambodia" / "cambodia-2019.txt", NEW)
    assert result.code == 0
    assert "different countries: Cambodia" in result.out


def test_sections_json_of_the_real_seed(run, shared) -> None:
    result = run("sections", SEED_2019, "--format", "json")
    data = json.loads(result.out)
    assert (data["country"], data["year"], data["tier"]) == ("Cambodia", 2019, "Tier 2 Watch List")
    assert [s["name"] for s in data["sections"]] == ["overview", "recommendations", "prosecution", "protection",
                                                     "prevention", "profile"]
    assert all(set(s) >= {"name", "text"} for s in data["sections"])


def test_sections_terminal_lists_parts(run) -> None:
    result = run("sections", SERIES / "2020.txt")
    assert result.code == 0
    for name in ("overview", "recommendations", "prosecution", "protection", "prevention", "profile"):
        assert name in result.out


@pytest.mark.parametrize("content, expected", [
    (b"", "is empty"),
    (b"\x00\x01\x02\x03" * 100, "binary"),
    (b"Dear diary, nothing happened today.\n", "no recognisable narrative"),
])
def test_bad_input_is_one_line_exit_2(run, tmp_path: Path, content: bytes, expected: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run("compare", bad, NEW)
    assert result.code == 2
    assert result.err.startswith("tipdiff: error: ") and str(bad) in result.err and expected in result.err
    assert len(result.err.splitlines()) == 1 and result.out == ""


def test_missing_file_and_bad_arguments(run, tmp_path: Path) -> None:
    missing = run("compare", tmp_path / "missing.txt", NEW)
    assert missing.code == 2 and "no such file" in missing.err and len(missing.err.splitlines()) == 1
    usage = run("compare", NEW)
    assert usage.code == 2 and len(usage.err.splitlines()) == 1 and "--help" in usage.err
    year = run("compare", OLD, NEW, "--old-year", "nineteen")
    assert year.code == 2 and "is not a year" in year.err


def test_output_file_is_written_without_colour(run, tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    result = run("compare", OLD, NEW, "-o", target, "--fail-on", "never")
    assert result.code == 0 and result.out == ""
    assert "Veridia" in target.read_text(encoding="utf-8") and "\x1b[" not in target.read_text(encoding="utf-8")


def test_output_is_deterministic(run) -> None:
    assert run("compare", OLD, NEW, "--format", "json").out == run("compare", OLD, NEW, "--format", "json").out


def test_console_script_end_to_end_has_no_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    done = subprocess.run([sys.executable, "-m", "tipdiff", "compare", str(empty), str(NEW)],
                          capture_output=True, text=True)
    assert done.returncode == 2 and "Traceback" not in done.stderr and "is empty" in done.stderr
    ok = subprocess.run([sys.executable, "-m", "tipdiff", "compare", str(OLD), str(NEW), "--fail-on", "never"],
                        capture_output=True, text=True)
    assert ok.returncode == 0 and "Veridia" in ok.stdout


@pytest.mark.parametrize("fail_on, code", [("error", 1), ("warning", 1), ("never", 0)])
def test_fail_on_levels(run, fail_on: str, code: int) -> None:
    assert run("compare", OLD, NEW, "--fail-on", fail_on).code == code


def test_info_only_findings_pass_at_warning(run, tmp_path: Path) -> None:
    old = tmp_path / "veridia-2019.txt"
    new = tmp_path / "veridia-2020.txt"
    old.write_text("VERIDIA: Tier 2\n\nPROSECUTION\n\nCourts convicted 31 traffickers (22 in 2017).\n")
    new.write_text("VERIDIA: Tier 2\n\nPROSECUTION\n\nCourts convicted 33 traffickers (31 in 2018).\n")
    assert run("compare", old, new, "--fail-on", "warning").code == 0
    assert run("compare", old, new, "--fail-on", "info").code == 1


def test_one_year_from_standard_input(run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """'-' reads one of the two years from a pipe: the same report as from the file."""
    import io

    old, new = tmp_path / "a" / "veridia.txt", tmp_path / "b" / "veridia.txt"  # no other years beside them
    for path, source in ((old, "2021.txt"), (new, "2022.txt")):
        path.parent.mkdir()
        path.write_bytes((SERIES / source).read_bytes())
    from_file = run("compare", old, new, "--format", "json", "--old-year", "2021", "--new-year", "2022")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(old.read_bytes())))
    piped = run("compare", "-", new, "--format", "json", "--old-year", "2021", "--new-year", "2022")
    assert piped.code == from_file.code == 1
    assert json.loads(piped.out)["findings"] == json.loads(from_file.out)["findings"]
    assert json.loads(piped.out)["old"]["path"] == "<stdin>"
    both = run("compare", "-", "-")
    assert both.code == 2 and "standard input can be only one of the two years" in both.err
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"")))
    empty = run("compare", "-", SERIES / "2022.txt")
    assert empty.code == 2 and "<stdin>: is empty" in empty.err
