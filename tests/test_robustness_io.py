"""Inputs and outputs at their edges (issue 10 B): inputs that are not regular files, a PDF named .txt, library
chatter on stderr, `-o` onto an input, a device, a symlink or a full disk, signals while writing, and a digest
whose year is unknown. Run as a user would: through the CLI, in a subprocess where a real stdout matters."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SERIES, one_line_error
from pdfmaker import make_report_pdf

OLD, NEW = SERIES / "2021.txt", SERIES / "2022.txt"


def tipdiff(*args: object, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tipdiff", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, check=False, cwd=kwargs.pop("cwd", ROOT), **kwargs)


def test_a_fifo_is_refused_at_once_as_a_report_and_as_a_config(tmp_path: Path) -> None:
    fifo = tmp_path / "veridia-2022.txt"
    os.mkfifo(fifo)
    for args in (("compare", OLD, fifo), ("compare", OLD, NEW, "--config", fifo)):
        result = tipdiff(*args)  # a blocking open() would hang here until the timeout
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
        assert f"{fifo}: is a named pipe (FIFO), not a regular file" in result.stderr
        assert len(result.stderr.splitlines()) == 1


def test_a_device_and_a_socket_are_refused(run, tmp_path: Path) -> None:
    assert "/dev/zero: is a character device, not a regular file" in one_line_error(run("compare", "/dev/zero", NEW))
    path = tmp_path / "veridia-2021.txt"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        assert f"{path}: is a socket" in one_line_error(run("compare", path, NEW))
    finally:
        server.close()


def test_the_size_limit_counts_the_bytes_read() -> None:
    """/proc files say they are empty (st_size 0) and yet hold bytes: the limit is on what is read."""
    from tipdiff.errors import InputError
    from tipdiff.files import read_regular

    status = Path("/proc/self/status")
    if not status.is_file() or status.stat().st_size != 0:
        pytest.skip("needs Linux /proc")
    with pytest.raises(InputError, match="grew while it was read"):
        read_regular(status, 100, InputError, expected="a report")
    assert len(read_regular(status, 1 << 20, InputError, expected="a report")) > 100


def _pdf(tmp_path: Path) -> bytes:
    body = NEW.read_text(encoding="utf-8").split("\n", 1)[1]
    return make_report_pdf(tmp_path / "made.pdf", [("VERIDIA: TIER 3", body)]).read_bytes()


def test_a_txt_holding_a_pdf_is_read_as_a_pdf_and_says_so(tmp_path: Path) -> None:
    disguised = tmp_path / "veridia-2022.txt"
    disguised.write_bytes(_pdf(tmp_path))
    result = tipdiff("compare", OLD, disguised, "--fail-on", "never")
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert "its bytes are a PDF (they start with %PDF); read as a PDF, not as .txt" in " ".join(result.stdout.split())


def test_a_damaged_pdf_keeps_the_library_off_stderr(tmp_path: Path) -> None:
    data = _pdf(tmp_path)
    damaged = tmp_path / "veridia-2022.txt"  # a wrong xref offset: PDF libraries complain and then recover
    damaged.write_bytes(data[: data.rindex(b"startxref")] + b"startxref\n999999\n%%EOF\n")
    result = tipdiff("compare", OLD, damaged, "--fail-on", "never", "--format", "json")
    assert result.returncode == 0 and result.stderr == "", result.stderr


def test_a_txt_starting_with_pdf_that_is_no_pdf_is_refused_clearly(run, tmp_path: Path) -> None:
    junk = tmp_path / "veridia-2022.txt"
    junk.write_bytes(b"%PDF-1.4\nthis is a note, not a PDF\n")
    assert "starts with %PDF, so it was read as a PDF (not as .txt), and " in one_line_error(run("compare", OLD, junk))


def test_library_chatter_of_every_kind_is_captured(tmp_path: Path, monkeypatch, capfd) -> None:
    """Whatever the PDF library is: its logging, warnings, prints and C-level writes to fd 2 are kept."""
    import logging
    import warnings

    from tipdiff.ingest import pdf

    def noisy(data: bytes, path: str, profile: object = None) -> pdf.PdfText:
        logging.getLogger("some.pdf.library").warning("Ignoring wrong pointing object 6 0")
        warnings.warn("Multiple definitions in dictionary", UserWarning, stacklevel=1)
        print("parsing for Object Streams", file=sys.stderr)
        os.write(2, b"C library: bad xref\n")
        return pdf.PdfText(text=NEW.read_text(encoding="utf-8"), removed=(), warnings=(), pages=1)

    monkeypatch.setattr(pdf, "read_pdf", noisy)
    report = tmp_path / "veridia-2022.pdf"
    report.write_bytes(b"%PDF-1.7\n")
    from tipdiff.cli import main

    code = main(["compare", str(OLD), str(report), "--fail-on", "never"])
    out, err = capfd.readouterr()
    assert code == 0 and err == ""
    assert "the PDF library reported 4 problems while reading it" in " ".join(out.split())


def _inputs_in(folder: Path) -> tuple[Path, Path]:
    old, new = folder / "veridia-2021.txt", folder / "veridia-2022.txt"
    shutil.copy(OLD, old)
    shutil.copy(NEW, new)
    return old, new


def test_output_never_replaces_an_input_however_spelt(run, tmp_path: Path) -> None:
    old, new = _inputs_in(tmp_path)
    (tmp_path / "x").mkdir()
    (tmp_path / "link.txt").symlink_to(old)
    os.link(new, tmp_path / "hard.txt")
    for target in (f"{tmp_path}/x/../veridia-2021.txt", tmp_path / "link.txt", tmp_path / "hard.txt"):
        error = one_line_error(run("compare", old, new, "-o", target))
        assert "tipdiff never overwrites an input" in error
    assert old.read_bytes() == OLD.read_bytes() and new.read_bytes() == NEW.read_bytes()
    assert (tmp_path / "link.txt").is_symlink()


def test_output_to_devices_writes_through(tmp_path: Path) -> None:
    old, new = _inputs_in(tmp_path)
    assert tipdiff("compare", old, new, "--fail-on", "never", "-o", "/dev/null").returncode == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    captured = tmp_path / "captured.txt"
    with captured.open("w") as stdout:
        result = subprocess.run([sys.executable, "-m", "tipdiff", "compare", str(old), str(new), "--fail-on", "never",
                                 "-o", "/dev/stdout"], stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=120,
                                check=False)
        inode = os.fstat(stdout.fileno()).st_ino
    assert result.returncode == 0 and result.stderr == ""
    assert captured.stat().st_ino == inode and "Veridia" in captured.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["captured.txt", old.name, new.name]


def test_a_symlinked_output_is_written_through(run, tmp_path: Path) -> None:
    old, new = _inputs_in(tmp_path)
    (tmp_path / "out").mkdir()
    link = tmp_path / "report.md"
    link.symlink_to(tmp_path / "out" / "real.md")  # dangling: the file it names is created
    assert run("compare", old, new, "--format", "markdown", "-o", link, "--fail-on", "never").code == 0
    assert link.is_symlink() and "# Veridia" in (tmp_path / "out" / "real.md").read_text(encoding="utf-8")
    assert run("compare", old, new, "--format", "json", "-o", link, "--fail-on", "never").code == 0
    assert link.is_symlink() and (tmp_path / "out" / "real.md").read_text(encoding="utf-8").startswith("{")


def test_new_outputs_get_the_umask_mode_and_existing_ones_keep_theirs(run, tmp_path: Path) -> None:
    old, new = _inputs_in(tmp_path)
    existing = tmp_path / "kept.md"
    existing.write_text("old report\n", encoding="utf-8")
    existing.chmod(0o600)
    previous = os.umask(0o027)
    try:
        assert run("compare", old, new, "-o", tmp_path / "fresh.md", "--fail-on", "never").code == 0
        assert run("compare", old, new, "-o", existing, "--fail-on", "never").code == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "fresh.md").stat().st_mode) == 0o640
    assert stat.S_IMODE(existing.stat().st_mode) == 0o600 and "Veridia" in existing.read_text(encoding="utf-8")


SIGNAL_WHILE_WRITING = """
import os, signal, sys
from tipdiff.cli import main
real_fsync = os.fsync
def fsync(fd):  # the signal arrives while the temporary file is being written
    os.kill(os.getpid(), getattr(signal, sys.argv[1]))
    real_fsync(fd)
os.fsync = fsync
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize("name, code", [("SIGINT", 130), ("SIGTERM", -15)])
def test_a_signal_while_writing_leaves_no_temporary_file(tmp_path: Path, name: str, code: int) -> None:
    old, new = _inputs_in(tmp_path)
    target = tmp_path / "report.md"
    result = subprocess.run([sys.executable, "-c", SIGNAL_WHILE_WRITING, name, "compare", str(old), str(new),
                             "--fail-on", "never", "-o", str(target)], capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) in ([old.name, new.name], [target.name, old.name, new.name])
    if target.exists():  # held back until the rename: the file is whole
        assert target.read_text(encoding="utf-8").rstrip().endswith(
            tipdiff("compare", old, new, "--fail-on", "never").stdout.rstrip().splitlines()[-1])


@pytest.mark.parametrize("args", [("compare", OLD, NEW, "--fail-on", "never"), ("rules", "list")])
def test_an_unwritable_stdout_is_exit_2(args: tuple[object, ...]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "tipdiff", *map(str, args)], stdout=full,
                                stderr=subprocess.PIPE, text=True, timeout=120, cwd=ROOT, check=False)
    assert result.returncode == 2, result.stderr
    assert result.stderr == "tipdiff: error: cannot write the report to standard output (No space left on device)\n"


def test_a_digest_whose_year_is_unknown_says_so(run, tmp_path: Path) -> None:
    old_dir, new_dir = tmp_path / "old", tmp_path / "new"
    old_dir.mkdir()
    new_dir.mkdir()
    shutil.copy(OLD, old_dir / "veridia-2021.txt")
    text = NEW.read_text(encoding="utf-8")
    text = text.replace(" Trafficking in Persons Report", " report")
    import re

    (new_dir / "veridia.txt").write_text(re.sub(r"\(([\d,]+) in (?:19|20)\d\d\)", r"(\1 before)", text), encoding="utf-8")
    for output in ("markdown", "terminal"):
        result = run("compare", old_dir, new_dir, "--format", output, "--fail-on", "never", "--jobs", "1")
        assert result.code == 0, result.err
        text = " ".join(result.out.split())
        assert "2021 → year unknown" in text and "The new file's year is unknown (give --new-year)." in text
        assert "None" not in result.out
