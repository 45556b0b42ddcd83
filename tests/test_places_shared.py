"""Two compass words sharing one name ("North and South Korea", "West and Central Africa") are two places,
never a place called "North" (issue 12, the trial: the real Factbook Cambodia 2024 entry gave "Newly named
place: North"). Sentences are ours; the real Factbook snapshot is read by path."""

from __future__ import annotations

import pytest

from conftest import SHARED
from tipdiff.facts import extract_facts
from tipdiff.ingest import load_report, report_from_text

HEAD = "VERIDIA: Tier 2\n\nPROSECUTION\n\n"
CAMBODIA_2024 = SHARED / "corpus" / "factbook" / "cambodia" / "2024-01-18_6e278b70.txt"


def places(body: str) -> list[str]:
    actors = extract_facts(report_from_text(HEAD + body, "veridia-2024.txt")).actors
    return sorted(a.name for a in actors.values() if a.kind == "place")


@pytest.mark.parametrize(("body", "expected"), [
    ("Recruiters sent workers to Ostria, Peru, and North and South Korea.", ["North Korea", "Ostria", "Peru", "South Korea"]),
    ("Women from West and Central Africa were exploited.", ["Central Africa", "West Africa"]),
    ("Victims were found in Asia and Europe, and in North and South America.",
     ["Asia", "Europe", "North America", "South America"]),
])
def test_compass_words_sharing_a_name_are_two_places(body: str, expected: list[str]) -> None:
    assert places(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Workers went to North Korea and Ostria.", ["North Korea", "Ostria"]),
    ("Victims came from South Sudan and Ostria.", ["Ostria", "South Sudan"]),
    ("Police in the North arrested two men.", []),
])
def test_a_compass_word_alone_is_no_place(body: str, expected: list[str]) -> None:
    assert places(body) == expected


@pytest.mark.skipif(not CAMBODIA_2024.is_file(), reason="../shared (the real Factbook snapshots) is not present")
def test_the_real_factbook_list_of_continents() -> None:
    actors = extract_facts(load_report(CAMBODIA_2024)).actors
    names = {a.name for a in actors.values() if a.kind == "place"}
    assert "North" not in names
    assert {"North America", "South America"} <= names
