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
