"""-o writes atomically: the file appears whole or not at all; errors are one line with exit 2."""

import os
from pathlib import Path

import pytest

from conftest import SERIES
from tipdiff.errors import OutputError
from tipdiff.output import write_output

OLD, NEW = SERIES / "2019.txt", SERIES / "2020.txt"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "report.md"
    target.write_text("previous report\n")

    def broken_replace(src, dst):
        raise KeyboardInterrupt  # the user pressed Ctrl-C at the worst moment

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(KeyboardInterrupt):
        write_output("new report\n", str(target))
    assert target.read_text() == "previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_output_into_a_missing_folder_or_onto_a_directory(run, tmp_path: Path) -> None:
    missing = run("compare", OLD, NEW, "-o", tmp_path / "nope" / "out.md", "--format", "markdown")
    assert missing.code == 2 and "folder does not exist" in missing.err and len(missing.err.splitlines()) == 1
    onto_dir = run("compare", OLD, NEW, "-o", tmp_path)
    assert onto_dir.code == 2 and "is a directory" in onto_dir.err


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into a read-only folder")
def test_read_only_folder(run, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = run("compare", OLD, NEW, "-o", folder / "out.txt")
        assert result.code == 2 and "cannot be written" in result.err
    finally:
        folder.chmod(0o700)


def test_output_error_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as caught:
        write_output("x", str(tmp_path / "missing" / "file.txt"))
    assert str(tmp_path / "missing" / "file.txt") in caught.value.one_line()
