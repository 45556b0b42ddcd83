"""TIP narratives of every layout era (2001-2025) and republication: country, tier, formula and move read from
each, from a truncated paste too; title and formula wording variants. Fixtures are our own (fixtures/eras)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import FIXTURES
from tipdiff.compare import analyse_files, analyse_reports
from tipdiff.facts import extract_facts
from tipdiff.facts.status import (
    FORMULA_EFFORTS,
    FORMULA_FULLY,
    FORMULA_NOT_ANY,
    FORMULA_NOT_SIGNIFICANT,
    FORMULA_SIGNIFICANT,
    formula_of,
)
from tipdiff.ingest import load_report, report_from_text
from tipdiff.options import Options

ERAS = FIXTURES / "eras"
# file: (country, tier, formula, move, stated streak)
EXPECTED = {
    "veridia-2001.txt": ("Veridia", "Tier 2", FORMULA_EFFORTS, None, None),
    "veridia-2003.txt": ("Veridia", "Tier 2", FORMULA_SIGNIFICANT, None, None),
    "veridia-2005.txt": ("Veridia", "Tier 2", FORMULA_SIGNIFICANT, None, None),
    "veridia-2012.txt": ("Veridia", "Tier 2 Watch List", FORMULA_SIGNIFICANT, "placed", None),
    "veridia-2018.txt": ("Veridia", "Tier 2 Watch List", FORMULA_SIGNIFICANT, "remained", "3"),
    "veridia-2024.txt": ("Veridia", "Tier 3", FORMULA_NOT_SIGNIFICANT, "downgraded", None),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_era_gives_country_tier_formula_and_move(name: str) -> None:
    report = load_report(ERAS / name)
    facts = extract_facts(report)
    read = (report.country, report.tier, facts.formula.value if facts.formula else None,
            facts.move.value if facts.move else None, facts.streak.value if facts.streak else None)
    assert read == EXPECTED[name]
    assert report.year == int(name[8:12])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_truncated_paste_still_gives_them_with_the_warning(name: str) -> None:
    opening = "\n\n".join((ERAS / name).read_text(encoding="utf-8").split("\n\n")[:3])
    report = report_from_text(opening, f"cut-{name}")
    facts = extract_facts(report)
    country, tier, formula, _, _ = EXPECTED[name]
    assert (report.country, report.tier, facts.formula.value if facts.formula else None) == (country, tier, formula)
    if name in ("veridia-2001.txt", "veridia-2003.txt"):  # that era's narrative: a profile, an overview, no parts
        assert not any("parts not found" in w for w in report.warnings), report.warnings
    else:
        assert any("truncated paste" in w for w in report.warnings), report.warnings


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_whole_narrative_of_any_era_is_not_called_truncated(name: str) -> None:
    """Early narratives lack the parts later ones have (none before 2004, no recommendations before 2009)."""
    report = load_report(ERAS / name)
    assert not any("parts not found" in w for w in report.warnings), report.warnings


def _parts_warnings(report_warnings: tuple[str, ...]) -> list[str]:
    return [w for w in report_warnings if "parts not found" in w]


@pytest.mark.parametrize("name", ["veridia-2001.txt", "veridia-2003.txt", "veridia-2005.txt", "veridia-2012.txt"])
def test_a_complete_older_narrative_without_a_year_is_not_called_truncated(name: str) -> None:
    """With the year unknown, the narrative's shape dates it: opening with the profile and having no
    prosecution part fits the early reports (2001-2003), a prosecution part without recommendations 2004-2008;
    only the parts a narrative of that era has are expected."""
    whole = (ERAS / name).read_text(encoding="utf-8")
    undated = report_from_text(re.sub(r"\b(?:19|20)\d\d\b", "last year", whole), "veridia.txt")
    assert undated.year is None
    assert _parts_warnings(undated.warnings) == [] and undated.truncated_parts() == []


def test_a_complete_pre_2007_narrative_with_no_headings() -> None:
    """Profile first, no part headings, the parts as plain paragraphs: complete for its year and undated."""
    for report in (load_report(ERAS / "veridia-2003.txt"),
                   report_from_text((ERAS / "veridia-2003.txt").read_text(encoding="utf-8"), "undated.txt")):
        assert [s.name for s in report.sections] == ["profile", "overview"]
        assert _parts_warnings(report.warnings) == [], report.warnings


def test_run_in_part_headings_of_the_older_layout_read_as_headings() -> None:
    """'Prosecution: The government ...' (a heading run into its paragraph) is the part the heading on its own
    line opens, and the two layouts compare as unchanged."""
    text = (ERAS / "veridia-2005.txt").read_text(encoding="utf-8")
    run_in = re.sub(r"\n(Prosecution|Protection|Prevention)\n\n", r"\n\1: ", text)
    assert run_in != text
    headed, joined = report_from_text(text, "veridia-2005.txt"), report_from_text(run_in, "veridia-2005.txt")
    assert [s.name for s in joined.sections] == [s.name for s in headed.sections]
    assert _parts_warnings(joined.warnings) == []
    assert analyse_reports(headed, joined, Options()).identical


@pytest.mark.parametrize("name", ["veridia-2018.txt", "veridia-2024.txt"])
def test_an_undated_opening_of_a_recent_narrative_is_still_truncated(name: str) -> None:
    """Opening with the formula dates a narrative 2017 or later, so every part of that era is expected."""
    opening = "\n\n".join((ERAS / name).read_text(encoding="utf-8").split("\n\n")[:2])
    report = report_from_text(re.sub(r"\b(?:19|20)\d\d\b", "last year", opening), "veridia.txt")
    assert report.year is None
    assert report.truncated_parts() == ["recommendations", "prosecution", "protection", "prevention", "profile"]
    assert any("(a truncated paste?)" in w for w in _parts_warnings(report.warnings))


def test_the_real_opening_of_a_narrative_still_warns(shared: Path) -> None:
    report = load_report(next((shared / "seeds").glob("004_*")))
    assert report.truncated_parts(), report.warnings
    assert any("(a truncated paste?)" in w for w in _parts_warnings(report.warnings))


@pytest.mark.parametrize(("title", "tier"), [
    ("VERIDIA: Tier 2", "Tier 2"),
    ("Veridia (Tier 2)", "Tier 2"),
    ("VERIDIA (TIER 2 WATCH LIST)", "Tier 2 Watch List"),
    ("VERIDIA: TIER 2 WATCH LIST", "Tier 2 Watch List"),
    ("Veridia: Tier 2 Watch list", "Tier 2 Watch List"),
    ("Veridia – Tier 2 Watch-List", "Tier 2 Watch List"),
    ("Veridia: Tier 2 WL", "Tier 2 Watch List"),
    ("VERIDIA – T2WL", "Tier 2 Watch List"),
    ("Veridia (Tier 2 (Watch List))", "Tier 2 Watch List"),
    ("VERIDIA: TIER 3", "Tier 3"),
    ("Veridia (Tier Three)", "Tier 3"),
    ("VERIDIA: Tier 1", "Tier 1"),
    ("VERIDIA: Special Case", "Special Case"),
])
def test_title_spellings(title: str, tier: str) -> None:
    report = report_from_text(f"{title}\n\nThe Government of Veridia does not fully meet the minimum standards.\n")
    assert (report.country, report.tier) == ("Veridia", tier)


@pytest.mark.parametrize(("sentence", "formula"), [
    ("The Government of Veridia does not fully comply with the minimum standards; however, it is making "
     "significant efforts to do so.", FORMULA_SIGNIFICANT),
    ("The Government of Veridia does not fully meet the minimum standards but is making significant efforts.",
     FORMULA_SIGNIFICANT),
    ("The Government of Veridia does not fully meet the minimum standards; however, it is making efforts to do so.",
     FORMULA_EFFORTS),
    ("The Government of Veridia does not yet fully meet the minimum standards but is making efforts.", FORMULA_EFFORTS),
    ("The Government of Veridia does not comply with the minimum standards and is not making significant efforts "
     "to do so.", FORMULA_NOT_SIGNIFICANT),
    ("The Government of Veridia does not meet the minimum standards and is not making any efforts to do so.",
     FORMULA_NOT_ANY),
    ("The Government of Veridia does not fully comply with the minimum standards and is not making any significant "
     "efforts to do so.", FORMULA_NOT_SIGNIFICANT),
    ("The Government of Veridia fully meets the minimum standards.", FORMULA_FULLY),
    ("The Government of Veridia fully complies with the minimum standards.", FORMULA_FULLY),
])
def test_formula_wordings(sentence: str, formula: str) -> None:
    assert formula_of(sentence) == formula
    assert report_from_text(f"Veridia (Tier 2)\n\n{sentence}\n").country == "Veridia"


TAILS = {"; however, it is making significant efforts to do so": FORMULA_SIGNIFICANT,
         "; however, it is making efforts to do so": FORMULA_EFFORTS,
         " and is not making significant efforts to do so": FORMULA_NOT_SIGNIFICANT,
         " and is not making any efforts to do so": FORMULA_NOT_ANY}
FORMULA_TAIL = re.compile(r"(?:; however, it| but| and) is (?:not )?making (?:significant )?efforts to do so")


@pytest.mark.parametrize("name", sorted(EXPECTED))
@pytest.mark.parametrize("tail", sorted(TAILS))
def test_every_formula_wording_in_every_era(name: str, tail: str) -> None:
    """Each wording read as itself in every layout: headed (2024), unheaded (2018), profile first with "comply"
    (2005, 2012) and the early short narrative (2001). "making efforts" is never the significant-efforts formula."""
    text, count = FORMULA_TAIL.subn(tail, (ERAS / name).read_text(encoding="utf-8"), count=1)
    assert count == 1
    facts = extract_facts(report_from_text(text, name))
    assert facts.formula is not None and facts.formula.value == TAILS[tail]
    assert tail.split(", ")[-1].strip() in facts.formula.sentence


def test_a_stated_streak_is_no_tier_move() -> None:
    comparison = analyse_files(ERAS / "veridia-2012.txt", ERAS / "veridia-2018.txt")
    assert not [f for f in comparison.findings if f.rule.startswith("tier/")]
    assert comparison.new_facts.streak.value == "3"
    assert any(f.rule == "status/streak" for f in comparison.findings)


def test_eras_compare_across_layouts() -> None:
    rules = [f.rule for f in analyse_files(ERAS / "veridia-2018.txt", ERAS / "veridia-2024.txt").findings]
    assert rules.count("tier/downgrade") == 1
    rules = [f.rule for f in analyse_files(ERAS / "veridia-2005.txt", ERAS / "veridia-2012.txt").findings]
    assert rules.count("tier/downgrade") == 1 and "status/formula" not in rules


def test_every_era_against_a_republished_copy_with_an_abbreviated_title_is_unchanged() -> None:
    for name in EXPECTED:
        text = (ERAS / name).read_text(encoding="utf-8")
        title, rest = text.split("\n\n", 1)
        tier = EXPECTED[name][1]
        republished = f"Veridia - {tier.replace('Tier 2 Watch List', 'Tier 2 WL')}\n\n{rest}"
        old = report_from_text(text, name)
        new = report_from_text(republished, name)
        comparison = analyse_reports(old, new, Options())
        assert new.tier == old.tier and comparison.findings == (), (name, comparison.findings)
