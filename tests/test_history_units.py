"""The history's figure tables give each year's figure with its unit as the text writes it, in every format, and
draw no trend between years whose units differ (riels one year, dollars the next)."""

from __future__ import annotations

from pathlib import Path

from htmlcheck import Page

from conftest import FIXTURES

ERAS = FIXTURES / "eras"


def test_figures_keep_their_units_in_every_format(run, tmp_path: Path) -> None:
    markdown = run("history", ERAS, "--format", "markdown").out
    budget = next(line for line in markdown.splitlines() if line.startswith("| budget |"))
    assert "1.9 billion riels" in budget and "$1.4 million" in budget and budget.endswith("| units differ |")
    assert "1,900,000,000" not in markdown
    terminal = " ".join(run("history", ERAS).out.split())  # 80 columns: a cell may wrap
    assert "$1.4" in terminal and "riels" in terminal and "1,900,000,000" not in terminal
    out = tmp_path / "h.html"
    run("history", ERAS, "--format", "html", "-o", out)
    table = Page(out.read_text(encoding="utf-8")).by_class("figures", "table")[0].text
    assert "1.9 billion riels" in table and "$1.4 million" in table
