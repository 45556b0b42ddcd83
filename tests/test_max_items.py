"""--max-items and --units do what their help says in every format they accept, and are a one-line usage error
where they cannot apply (a JSON result and an HTML page give every item)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import FIXTURES, one_line_error

OLD, NEW = FIXTURES / "cambodia" / "cambodia-2019.txt", FIXTURES / "cambodia" / "cambodia-2022.txt"
LABELS = r"^[~>+-] (?:edited|moved|split|merged|added|removed|paragraph rewritten)|^> (?:moved|split|merged)"


def test_the_terminal_shows_at_most_n_findings_and_n_changes_per_part(run) -> None:
    data = json.loads(run("compare", OLD, NEW, "--format", "json").out)
    total = len(data["findings"])
    assert total > 2
    text = run("compare", OLD, NEW, "--max-items", "2").out
    assert len(re.findall(r"^(?:ERROR|WARNING|INFO) ", text, re.M)) == 2
    assert f"… and {total - 2} more findings" in text
    bodies = re.split(r"^─+$|^\S.* ─+$", text.split("Summary")[1], flags=re.M)[1:]
    assert bodies and all(len(re.findall(LABELS, body, re.M)) <= 2 for body in bodies)
    assert "more changes" in text
    whole = run("compare", OLD, NEW).out
    assert "more findings" not in whole and "more changes" not in whole
    assert len(re.findall(r"^(?:ERROR|WARNING|INFO) ", whole, re.M)) == total


@pytest.mark.parametrize("fmt", ["json", "html"])
def test_max_items_is_a_usage_error_where_every_item_is_given(run, fmt: str, tmp_path: Path) -> None:
    error = one_line_error(run("compare", OLD, NEW, "--format", fmt, "--max-items", "3", "-o", tmp_path / "x"))
    assert "--max-items" in error and f"--format {fmt}" in error
    assert not (tmp_path / "x").exists()


def test_sections_units_in_the_terminal(run) -> None:
    data = json.loads(run("sections", NEW, "--format", "json", "--units").out)
    ids = [u["id"] for u in data["units"]]
    text = run("sections", NEW, "--units").out
    assert all(re.search(rf"^{re.escape(i)}  ", text, re.M) for i in ids)
    assert not re.search(rf"^{re.escape(ids[0])}  ", run("sections", NEW).out, re.M)
