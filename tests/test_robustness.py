"""Bad input of every kind: one clear line, the defined exit code, nothing written partially, inputs untouched."""

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import FIXTURES, SERIES, one_line_error

NEW = SERIES / "2022.txt"


@pytest.mark.parametrize("name, content, expected", [
    ("empty.txt", b"", "is empty"),
    ("binary.txt", os.urandom(4096).replace(b"\n", b"") + b"\x00" * 200, "binary"),
    ("nul.txt", b"\x00\x00\x00 VERIDIA", "binary"),
])
def test_unreadable_inputs(run, tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert expected in one_line_error(run("compare", path, NEW))


def test_fifty_megabytes_is_refused_at_once(run, tmp_path: Path) -> None:
    big = tmp_path / "veridia-2023.txt"
    with big.open("wb") as out:
        out.truncate(50 * 1024 * 1024)
    assert "is 50 MB; one country's narrative is expected to be under 10 MB" in one_line_error(run("compare", big, NEW))


def test_a_stray_nul_byte_is_removed_with_a_warning(run, tmp_path: Path) -> None:
    path = tmp_path / "veridia-2022.txt"
    path.write_bytes(NEW.read_bytes().replace(b"PROTECTION", b"PROTECTION\x00", 1))
    result = run("compare", NEW, path, "--fail-on", "never")
    assert result.code == 0 and "removed 1 NUL byte\n" in result.out and "No changes" in result.out


def test_non_utf8_and_crlf_read_the_same_as_utf8(run, tmp_path: Path) -> None:
    source = SERIES / "2021.txt"  # has non-breaking spaces: byte 0xA0 in cp1252, not valid UTF-8
    latin = tmp_path / "veridia-2021.txt"
    latin.write_bytes(source.read_bytes().decode("utf-8").encode("cp1252"))  # keeps its CRLF line ends
    assert b"\xa0" in latin.read_bytes() and b"\r\n" in latin.read_bytes()
    result = run("compare", source, latin, "--fail-on", "never")
    assert result.code == 0 and "read as cp1252" in result.out and "No changes" in result.out


def test_a_truncated_paste_says_what_is_missing(run, tmp_path: Path) -> None:
    text = NEW.read_text(encoding="utf-8")
    cut = tmp_path / "veridia-2023.txt"
    cut.write_text(text[: text.index("PREVENTION")], encoding="utf-8")
    result = run("compare", NEW, cut, "--fail-on", "never")
    assert result.code == 0 and "parts not found: prevention, profile (a truncated paste?)" in result.out


def test_duplicated_sections_are_compared_together(run, tmp_path: Path) -> None:
    text = NEW.read_text(encoding="utf-8")
    prevention = text[text.index("PREVENTION"): text.index("TRAFFICKING PROFILE")]
    doubled = tmp_path / "veridia-2023.txt"
    doubled.write_text(text + "\n" + prevention, encoding="utf-8")
    result = run("compare", NEW, doubled, "--fail-on", "never")
    assert "section 'prevention' appears 2 times" in result.out


def test_identical_reversed_and_mismatched(run) -> None:
    same = run("compare", NEW, NEW)
    assert same.code == 0 and "No changes" in same.out
    reversed_years = run("compare", SERIES / "2022.txt", SERIES / "2021.txt", "--fail-on", "never")
    assert "the old file (2022) is newer than the new one (2021)" in reversed_years.out
    mismatched = run("compare", FIXTURES / "cambodia" / "cambodia-2022.txt", NEW, "--fail-on", "never")
    assert "different countries: Cambodia" in mismatched.out


@pytest.mark.parametrize("rule_text, expected", [
    ("description: x\ntype: [\n", "not valid YAML"),
    ("description: x\ntype: phrase\nseverity: urgent\nmessage: m\noptions: {terms: [a]}\n", "'urgent' is not allowed"),
    ("description: x\ntype: sentiment\nseverity: info\nmessage: m\n", "unknown rule type 'sentiment'"),
])
def test_broken_user_rules_stop_the_run_with_their_place(run, tmp_path: Path, rule_text: str, expected: str) -> None:
    (tmp_path / "mine.yaml").write_text(rule_text)
    error = one_line_error(run("compare", SERIES / "2021.txt", NEW, "--rules", tmp_path))
    assert "mine.yaml:" in error and expected in error


def test_catastrophic_backtracking_is_stopped(run, tmp_path: Path) -> None:
    (tmp_path / "slow.yaml").write_text("description: x\ntype: phrase\nseverity: info\nmessage: m\n"
                                        "options:\n  regex: true\n  terms: ['(a|aa)+b']\n")
    victim = tmp_path / "veridia-2022.txt"
    victim.write_text(NEW.read_text(encoding="utf-8") + "\n" + "a" * 80 + "\n", encoding="utf-8")
    error = one_line_error(run("compare", NEW, victim, "--rules", tmp_path))
    assert "slow.yaml:1: rule slow: pattern '(a|aa)+b' ran past the time budget" in error


def test_inputs_are_untouched(run) -> None:
    digest = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in SERIES.glob("*.txt")}
    run("compare", SERIES / "2021.txt", NEW, "--format", "json")
    run("sections", NEW)
    assert digest == {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in SERIES.glob("*.txt")}


def test_ctrl_c_during_a_batch_leaves_nothing_behind(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    for n in range(120):
        shutil.copy(SERIES / "2021.txt", old / f"country{n:03d}.txt")
        shutil.copy(SERIES / "2022.txt", new / f"country{n:03d}.txt")
    target = tmp_path / "digest.md"
    process = subprocess.Popen([sys.executable, "-m", "tipdiff", "compare", str(old), str(new), "--format",
                                "markdown", "-o", str(target)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)
    deadline = time.monotonic() + 60
    line = ""
    while time.monotonic() < deadline and "compared" not in line:
        line = process.stderr.readline()
    assert "compared" in line, "the batch reports progress before it is interrupted"
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130 and "Traceback" not in err, err
    assert [line for line in err.splitlines() if " compared (" not in line] == ["tipdiff: interrupted"], err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new", "old"], "no digest, no temporary file"
