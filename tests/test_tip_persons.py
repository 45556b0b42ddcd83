"""An official named after a local or police office with no article ("former police chief Sok Dara", "commune
chief Sok Dara"), or in apposition to an office a place owns ("Kessa’s former police chief, Sok Dara," / "Sok
Dara, Kessa’s former police chief,"), is a person newly named (issue 12 trial: each was missed on the 2019
narrative). Sentences are ours; the last test edits the real 2019 Cambodia narrative in ../shared by path."""

from __future__ import annotations

from pathlib import Path

import pytest

from tipdiff.compare import analyse_files, analyse_reports
from tipdiff.facts import extract_facts
from tipdiff.ingest import report_from_text
from tipdiff.options import Options

HEAD = "VERIDIA: Tier 2\n\nPROSECUTION\n\nCourts convicted 12 traffickers (9 in 2023). "


def people(sentence: str) -> set[str]:
    facts = extract_facts(report_from_text(HEAD + sentence, "veridia-2024.txt"))
    return {a.name for a in facts.actors.values() if a.kind == "person"}


@pytest.mark.parametrize("sentence", [
    "Authorities took no action against former police chief Sok Dara, who ran a brothel.",
    "In March, police arrested commune chief Sok Dara for taking bribes.",
    "Kessa police chief Sok Dara was dismissed.",
    "No action was taken against Kessa’s former anti-trafficking police chief, Sok Dara, who ran a brothel.",
    "No action was taken against Sok Dara, Kessa’s former anti-trafficking police chief, who ran a brothel.",
    "A court acquitted village deputy chief Sok Dara.",
])
def test_an_official_named_after_a_local_office(sentence: str) -> None:
    assert people(sentence) == {"Sok Dara"}


@pytest.mark.parametrize("sentence", [
    "The police chief said the unit would grow.",
    "Kessa’s police chief, who ran the unit, resigned.",
    "The commune chief of Kessa District resigned.",
])
def test_an_office_without_a_name_names_no_one(sentence: str) -> None:
    assert people(sentence) == set()


def test_the_real_2019_narrative_with_a_police_chief_named(shared: Path) -> None:
    text = next((shared / "seeds").glob("001_*")).read_text(encoding="utf-8")
    anchor = "nor did it take any punitive measures against"
    assert anchor in text
    for added in ("former police chief Sok Dara,", "Phnom Penh’s former police chief, Sok Dara,"):
        new = text.replace(anchor, f"{anchor} {added}", 1)
        comparison = analyse_reports(report_from_text(text, "cambodia-2019.txt"),
                                     report_from_text(new, "cambodia-2020.txt"), Options())
        assert [f.message for f in comparison.findings] == ["Named for the first time: Sok Dara"]


def test_a_plural_role_names_two_people() -> None:
    assert people("Police arrested former opposition members Sok Dara and Chan Rithy in June.") == {
        "Sok Dara", "Chan Rithy"}


def test_a_place_after_and_is_no_second_person() -> None:
    assert people("Police arrested opposition members Sok Dara and Kessa Province officials in June.") == {"Sok Dara"}
    assert people("Police arrested opposition leader Sok Dara and Chan Rithy in June.") == {"Sok Dara"}


def test_the_real_cambodia_2023_second_opposition_member(shared: Path) -> None:
    """Two former opposition members named after their role in the plural: before, only the first was read."""
    hrr = shared / "corpus" / "hrr"
    comparison = analyse_files(hrr / "2022" / "cambodia.html", hrr / "2023" / "cambodia.html")
    named = [f.message for f in comparison.findings if f.rule == "actor/person-named"]
    assert "Named for the first time: Hun Kosal" in named


def test_the_next_person_after_an_apposition() -> None:
    assert people("A firm sued Sok Dara, the chairman of a private hospital, and Chan Rithy for libel.") == {
        "Sok Dara", "Chan Rithy"}
    assert people("A firm sued Sok Dara, the chairman of a private hospital, and Kessa Province for damages.") == {
        "Sok Dara"}
    assert people("Sok Dara, the governor of Kessa, and Lower Marin in June met the minister.") == {"Sok Dara"}


def test_the_real_thailand_2021_second_defendant(shared: Path) -> None:
    """The 2021 page sues a hospital chairman, named with his role between commas, and a second man named after
    him; before, only the first was read."""
    hrr = shared / "corpus" / "hrr"
    comparison = analyse_files(hrr / "2020" / "thailand.html", hrr / "2021" / "thailand.html")
    named = [f.message for f in comparison.findings if f.rule == "actor/person-named"]
    assert "Named for the first time: Loy Chunpongthong" in named
