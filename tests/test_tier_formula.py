"""A stated tier that contradicts the narrative's formula ("VERIDIA: Tier 2" over "is not making significant
efforts", which is Tier 3's): one warning naming both readings, in every output format; the stated tier is kept,
nothing silently picked. Agreeing tiers and unranked placements give none. Texts are our own."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from conftest import FIXTURES
from tipdiff.ingest import load_report, report_from_text

NOT_SIGNIFICANT = ("The Government of Veridia does not fully meet the minimum standards for eliminating trafficking "
                   "and is not making significant efforts to do so. Judges convicted three labor brokers.")
SIGNIFICANT = ("The Government of Veridia does not fully comply with the minimum standards for eliminating "
               "trafficking; however, it is making significant efforts to do so.")


def _disagree(report_warnings: tuple[str, ...]) -> list[str]:
    return [w for w in report_warnings if "readings disagree" in w]


@pytest.mark.parametrize(("title", "body", "stated", "fits"), [
    ("VERIDIA: Tier 2", NOT_SIGNIFICANT, "Tier 2", "Tier 3"),
    ("Veridia (Tier 2 Watch List)", NOT_SIGNIFICANT, "Tier 2 Watch List", "Tier 3"),
    ("VERIDIA: TIER 3", SIGNIFICANT, "Tier 3", "Tier 2 or Tier 2 Watch List"),
    ("VERIDIA: Tier 1", SIGNIFICANT, "Tier 1", "Tier 2 or Tier 2 Watch List"),
    ("VERIDIA: Tier 2", "The Government of Veridia fully meets the minimum standards for eliminating trafficking.",
     "Tier 2", "Tier 1"),
])
def test_a_tier_the_formula_contradicts_is_warned(title: str, body: str, stated: str, fits: str) -> None:
    report = report_from_text(f"{title}\n\n{body}\n", "veridia-2020.txt")
    assert report.tier == stated
    warnings = _disagree(report.warnings)
    assert len(warnings) == 1, report.warnings
    assert f"says {stated}, but" in warnings[0] and f"is that of {fits};" in warnings[0]


@pytest.mark.parametrize(("title", "body"), [
    ("VERIDIA: Tier 3", NOT_SIGNIFICANT),
    ("VERIDIA: Tier 2 Watch List", SIGNIFICANT),
    ("Veridia (Tier 2)", SIGNIFICANT.replace("making significant efforts", "making efforts")),
    ("VERIDIA: Special Case", NOT_SIGNIFICANT),
])
def test_an_agreeing_or_unranked_tier_is_not_warned(title: str, body: str) -> None:
    assert _disagree(report_from_text(f"{title}\n\n{body}\n", "veridia-2020.txt").warnings) == []


def test_every_era_fixture_agrees_with_itself() -> None:
    for path in sorted((FIXTURES / "eras").glob("*.txt")):
        assert _disagree(load_report(path).warnings) == [], path


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "json", "html"])
def test_every_format_carries_the_warning(run, tmp_path: Path, fmt: str) -> None:
    old = tmp_path / "veridia-2020.txt"
    new = tmp_path / "veridia-2021.txt"
    old.write_text(f"VERIDIA: Tier 3\n\n{NOT_SIGNIFICANT}\n", encoding="utf-8")
    new.write_text(f"VERIDIA: Tier 2\n\n{NOT_SIGNIFICANT}\n", encoding="utf-8")
    result = run("compare", old, new, "--format", fmt, "--fail-on", "never")
    assert result.code == 0, result.err
    shown = " ".join(json.loads(result.out)["warnings"]) if fmt == "json" else result.out + result.err
    shown = " ".join(html.unescape(shown).split())
    assert shown.count("says Tier 2, but the narrative's formula") == 1, shown
    assert "is that of Tier 3" in shown


def test_a_real_factbook_entry_whose_tier_and_summary_disagree(shared: Path) -> None:
    """A 2016 Factbook edition labels Thailand Tier 2 Watch List over a summary still saying the government is
    not making significant efforts (Tier 3's formula): the disagreement is the source's, and it is named."""
    report = load_report(shared / "corpus" / "factbook" / "thailand" / "2016-11-06_ca94e2fe.txt")
    assert report.tier == "Tier 2 Watch List"
    assert len(_disagree(report.warnings)) == 1
