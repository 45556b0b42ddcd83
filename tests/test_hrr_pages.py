"""A report series without tiers (the human rights reports, profile "hrr") and parts named after the page's
headings, in every format: no tier slot anywhere in the header (never the profile's name in its place, never
'tier not found'), and each part under its heading as the page writes it, never the cut slug it is keyed by."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from htmlcheck import Page

from tipdiff.compare import analyse_files
from tipdiff.render.common import part_title, tiers_shown


@pytest.fixture
def cambodia(shared: Path) -> tuple[Path, Path]:
    hrr = shared / "corpus" / "hrr"
    return hrr / "2022" / "cambodia.html", hrr / "2023" / "cambodia.html"


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_no_tier_slot_and_full_part_headings_in_every_format(run, cambodia: tuple[Path, Path],
                                                              tmp_path: Path) -> None:
    old, new = cambodia
    comparison = analyse_files(old, new)
    assert tiers_shown(comparison) is None
    changed = [s for s in comparison.sections if s.changed and s.heading]
    long_headings = [" ".join(s.heading.split()) for s in changed if len(s.heading) > 60]  # type: ignore[union-attr]
    assert long_headings, "the pair has parts with long headings"
    out = tmp_path / "cambodia.html"
    assert run("compare", old, new, "--format", "html", "-o", out).code == 0
    page = Page(out.read_text(encoding="utf-8"))
    outputs = {"terminal": run("compare", old, new).out, "markdown": run("compare", old, new, "--format", "markdown").out,
               "html": " ".join(e.text for e in page.tags("main"))}
    headers = {"terminal": outputs["terminal"].split("Summary")[0],
               "markdown": outputs["markdown"].split("## Key findings")[0],
               "html": " ".join(e.text for e in page.tags("header"))}
    for name, header in headers.items():
        assert "tier" not in header.lower() and "hrr" not in header, (name, header)
        assert "2022" in header and "2023" in header, name
    for name, text in outputs.items():
        flat = _flat(text)
        for heading in long_headings:  # the terminal writes part headings in capitals
            assert (heading.upper() if name == "terminal" else heading) in flat, (name, heading)
        assert not [s.name for s in changed if len(s.name) > 30 and s.name in flat], name


def test_part_title_is_the_heading_for_heading_parts_and_the_profile_title_otherwise(
        cambodia: tuple[Path, Path]) -> None:
    from conftest import FIXTURES

    comparison = analyse_files(*cambodia)
    section = next(s for s in comparison.sections if s.heading and len(s.heading) > 60)
    assert part_title(comparison, section.name) == " ".join(section.heading.split())  # type: ignore[union-attr]
    tip = analyse_files(FIXTURES / "cambodia" / "cambodia-2019.txt", FIXTURES / "cambodia" / "cambodia-2022.txt")
    assert part_title(tip, "prosecution") == tip.profile.title_of("prosecution")
    assert tiers_shown(tip) == (tip.old.tier, tip.new.tier)


def test_sections_of_a_tierless_report_show_no_tier(run, cambodia: tuple[Path, Path]) -> None:
    first = run("sections", cambodia[1]).out.splitlines()[0]
    assert "tier" not in first.lower() and "hrr" not in first
    data = json.loads(run("sections", cambodia[1], "--format", "json").out)
    assert data["tier"] is None


def test_history_of_a_tierless_series_has_no_tier_timeline_in_any_format(run, shared: Path, tmp_path: Path) -> None:
    root = shared / "corpus" / "hrr"
    out = tmp_path / "history.html"
    assert run("history", root, "--country", "cambodia", "--format", "html", "-o", out).code == 0
    page = Page(out.read_text(encoding="utf-8"))
    assert not page.tags("svg") and not page.by_class("timeline")
    main = _flat(" ".join(e.text for e in page.tags("main")))
    assert "places no country on a tier" in main and "tier not found" not in main
    assert [th.text for th in page.tags("th")][:2] == ["Year", "Findings against the year before"]
    for fmt in ("terminal", "markdown"):
        text = _flat(run("history", root, "--country", "cambodia", "--format", fmt).out)
        assert "places no country on a tier" in text and "Streak" not in text and "streak" not in text, fmt
        assert "These texts make no recommendation." in text, fmt


def test_history_page_says_no_figure_only_when_none_is_shown() -> None:
    from tipdiff.history import History, YearEntry
    from tipdiff.profile import load_profile
    from tipdiff.render.html_history import render

    entries = tuple(YearEntry(year, f"{year}.txt", "Tier 2", 1, (), None) for year in (2020, 2021))
    figures = {"hotline_calls": ("hotline calls", ((2020, 410), (2021, 520)))}
    page = Page(render(History("Veridia", entries, (), (), figures, load_profile("tip"))))
    text = _flat(page.by_id("figures").text)
    assert "No figure appears" not in text and "None of the main figures" in text
    assert page.by_class("figures", "table"), "the figure table is shown"
    empty = Page(render(History("Veridia", entries, (), (), {}, load_profile("tip"))))
    assert "No figure appears in these years’ texts." in _flat(empty.by_id("figures").text)
    assert not empty.by_class("figures", "table")
