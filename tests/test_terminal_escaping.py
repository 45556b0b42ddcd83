"""The terminal report shows report text as written: square brackets in titles, country names, headings and
quotes are never read as rich markup (case 12 is the real page; these are our own texts)."""

from __future__ import annotations

import dataclasses
import io

import pytest
from rich.console import Console

from conftest import SERIES
from tipdiff.compare import compare_reports
from tipdiff.ingest import load_report, report_from_text
from tipdiff.render import terminal

MARKUP = ["[/]", "[bold]", "[red]x[/red]", "[link=http://example.invalid]y[/link]", "[/bold]"]


@pytest.mark.parametrize("markup", MARKUP)
@pytest.mark.parametrize("color", [False, True])
def test_report_text_is_shown_literally(markup: str, color: bool) -> None:
    old = load_report(SERIES / "2021.txt")
    new_text = (SERIES / "2022.txt").read_text(encoding="utf-8")
    assert "The government also did" in new_text
    new_text = new_text.replace("The government also did", f"The government {markup} also did", 1)
    new = report_from_text(new_text, "veridia-2022.txt")
    new = dataclasses.replace(new, country=f"Westland {markup}")
    comparison = compare_reports(dataclasses.replace(old, country=f"Westland {markup}"), new)
    buffer = io.StringIO()
    console = Console(file=buffer, width=200, color_system="standard" if color else None, force_terminal=color,
                      markup=False, highlight=False, emoji=False)
    terminal.render(comparison, console)
    plain = _strip_ansi(buffer.getvalue())
    assert f"Westland {markup}" in plain  # the header
    assert markup in plain.replace(f"Westland {markup}", "")  # the edited sentence's word diff


def _strip_ansi(text: str) -> str:
    import re

    return re.sub(r"\x1b\[[0-9;]*m", "", text)
