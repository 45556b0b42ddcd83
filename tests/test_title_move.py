"""A title left from last year's copy: the title's tier and the year's move ("Therefore Veridia was downgraded to
Tier 3") disagree, and the reader is warned; the stated tier is kept (issue 12 trial 8). Texts are ours."""

from __future__ import annotations

import pytest

from tipdiff.ingest import report_from_text

FORMULA = "The Government of Veridia does not fully meet the minimum standards but is making significant efforts."


def _warnings(title: str, move: str) -> list[str]:
    report = report_from_text(f"VERIDIA: {title}\n\n{FORMULA} {move}\n", "veridia-2024.txt")
    return [w for w in report.warnings if "the narrative says" in w]


def test_a_title_that_disagrees_with_the_year_s_move_is_warned() -> None:
    found = _warnings("Tier 2 Watch List", "Therefore Veridia was downgraded to Tier 3.")
    assert len(found) == 1 and "says Tier 2 Watch List" in found[0] and "downgraded to Tier 3" in found[0]
    report = report_from_text(f"VERIDIA: Tier 2 Watch List\n\n{FORMULA} Therefore Veridia was downgraded to Tier 3.\n",
                              "veridia-2024.txt")
    assert report.tier == "Tier 2 Watch List"  # the stated tier is kept, nothing silently picked


@pytest.mark.parametrize("title, move", [
    ("Tier 2 Watch List", "Therefore Veridia was downgraded to Tier 2 Watch List."),
    ("Tier 2", "Veridia was downgraded to Tier 3 in 2015 and upgraded since; it remained on Tier 2."),
    ("Tier 3", "Veridia remained on Tier 2 Watch List for two consecutive years and was therefore downgraded to "
               "Tier 3."),
    ("Tier 2", "The neighbouring state was downgraded to Tier 3 last year."),
])
def test_an_agreeing_or_past_move_is_quiet(title: str, move: str) -> None:
    assert _warnings(title, move) == []
