"""The evidence of a tier or status finding (issue 12): each year's quote holds the words that changed (the
formula past a semicolon, the sentence or title stating that year's tier), never one sentence both years share.
Checked over our fixtures of every era and the Factbook, and over every consecutive pair of ../shared/corpus/factbook."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from conftest import FIXTURES
from tipdiff.compare import analyse_files
from tipdiff.facts import extract_facts
from tipdiff.ingest import report_from_text
from tipdiff.model import Comparison

ERA_PAIRS = list(itertools.pairwise(
    [FIXTURES / "eras" / f"veridia-{y}.txt" for y in (2001, 2005, 2012)] + [FIXTURES / "formats" /
     "veridia-2016-old-format.txt"] + [FIXTURES / "eras" / f"veridia-{y}.txt" for y in (2018, 2024)])) + list(
    itertools.pairwise(sorted((FIXTURES / "factbook").glob("fb-veridia-20*.txt")))) + [
    (FIXTURES / "html" / "veridia-2021.html", FIXTURES / "series" / "veridia" / "2022.txt")]
# the words that tell the formulas apart: one of them must be in each year's quote
FORMULA_WORDS = ("not making significant efforts", "making significant efforts", "making efforts",
                 "fully meets", "fully complies", "not making any efforts")


def words(text: str | None) -> str:
    return " ".join((text or "").replace("-", " ").split()).casefold()


def check_quotes(comparison: Comparison, where: str) -> int:
    """Every tier and formula finding's quotes: different, and each naming its year's tier or formula."""
    checked = 0
    for finding in comparison.findings:
        data = dict(finding.data)
        if finding.rule.startswith("tier/"):
            assert words(data["new"]) in words(finding.new), (where, finding)
            assert words(data["old"]) in words(finding.old), (where, finding)
        elif finding.rule == "status/formula" and finding.old and finding.new:
            assert any(w in words(finding.old) for w in FORMULA_WORDS), (where, finding.old)
            assert any(w in words(finding.new) for w in FORMULA_WORDS), (where, finding.new)
        else:
            continue
        assert finding.old != finding.new, (where, finding)
        checked += 1
    return checked


@pytest.mark.parametrize(("old", "new"), ERA_PAIRS, ids=lambda p: p.name)
def test_tier_and_formula_quotes_in_every_era(old: Path, new: Path) -> None:
    check_quotes(analyse_files(old, new), f"{old.name} -> {new.name}")


def test_the_formula_quote_spans_the_semicolon_and_stops_at_the_next() -> None:
    report = report_from_text("VERIDIA: Tier 2\n\nThe Government of Veridia does not fully comply with the minimum "
                              "standards for eliminating trafficking; however, it is making significant efforts to do "
                              "so; police opened more cases.\n")
    quote = extract_facts(report).formula.sentence
    assert quote.startswith("The Government of Veridia does not fully comply")
    assert quote.endswith("it is making significant efforts to do so")


def test_real_factbook_pairs(shared: Path) -> None:
    checked = 0
    for folder in sorted((shared / "corpus" / "factbook").iterdir()):
        for old, new in itertools.pairwise(sorted(folder.glob("*.txt"))):
            checked += check_quotes(analyse_files(old, new), f"{old} -> {new}")
    assert checked >= 6, "the corpus holds tier moves and formula changes"
