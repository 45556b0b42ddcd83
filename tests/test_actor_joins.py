"""Where one name ends and the next begins (the HRR trial): "and" before a second body or an acronym joins two
names, a particle ("del", "do") or "&" stays inside one, a hyphened modifier ("X-dominated") is no part of it,
a rank after a force's name ("Police Major General") is a title, never a body, and "the Middle East" is a place
however the sentence goes on. Each kind: a sentence that fires, a look-alike that stays quiet (our own words),
and the real page by path."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES, SEED_2019
from conftest import actor_kinds as kinds
from conftest import real_actor_kinds as real
from tipdiff.facts import extract_facts
from tipdiff.ingest import load_report

ERA_FILES = sorted((FIXTURES / "eras").glob("veridia-*.txt"))



# 5. Two bodies joined by "and"; particles and "&" inside a name; a hyphened modifier before or after a body.
@pytest.mark.parametrize(("body", "expected"), [
    ("The Ministry of Health and UNICEF opened a clinic.", {"Ministry of Health": "body"}),
    ("The Ministry of Justice and Ministry of Interior met.", {"Ministry of Justice": "body",
                                                               "Ministry of Interior": "body"}),
    ("The Ministry of Trade & Industry fined three firms.", {"Ministry of Trade & Industry": "body"}),
    ("Police raided a bar in Ciudad del Sol and in Porto do Norte.", {"Ciudad del Sol": "place",
                                                                      "Porto do Norte": "place"}),
    ("The VPP-dominated Supreme Court dissolved the VDP.", {"Supreme Court": "body"}),
    ("Officials joined Ministry of Labor-led talks.", {"Ministry of Labor": "body"}),
])
def test_where_a_name_ends(body: str, expected: dict[str, str]) -> None:
    assert kinds(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Ministry of Labor and Vocational Training inspected farms.",
     {"Ministry of Labor and Vocational Training": "body"}),
    ("The Department of Justice and Police issued rules.", {"Department of Justice and Police": "body"}),
    ("The Ministry of Health and Social Services opened a clinic.", {"Ministry of Health and Social Services": "body"}),
    ("Officials met in Sarn and Ostria.", {"Sarn": "place", "Ostria": "place"}),
])
def test_one_name_with_and_stays_one(body: str, expected: dict[str, str]) -> None:
    assert kinds(body) == expected


def test_real_joins(shared: Path) -> None:
    assert "CPP-dominated Supreme Court" not in real(shared, 2017, "cambodia")
    assert real(shared, 2017, "cambodia").get("Supreme Court") == "body"
    madagascar = real(shared, 2022, "madagascar")
    assert not [n for n in madagascar if "UNICEF" in n], madagascar
    assert real(shared, 2022, "paraguay").get("Ciudad del Este") == "place"
    assert real(shared, 2022, "liberia").get("Bureau of Trade Union Affairs & Social Dialogue") == "body"


# 7. A rank after a force's name is a title: no body, and no person of one name.
@pytest.mark.parametrize("body", ["Prosecutors charged a Police Major General with complicity.",
                                  "The court convicted Police Major General Voss of complicity.",
                                  "An Army Colonel owned the boat."])
def test_a_rank_is_no_body(body: str) -> None:
    assert kinds(body) == {}, kinds(body)


def test_offices_named_general_stay_bodies() -> None:
    assert kinds("The Directorate General for Labor and the Office of the Inspector General met.") == {
        "Directorate General for Labor": "body", "Office of the Inspector General": "body"}
    assert kinds("Police Major General Tol Maren was charged.") == {"Tol Maren": "person"}


def test_real_tip_texts_have_no_rank_bodies(shared: Path) -> None:
    for path in [SEED_2019, *ERA_FILES]:
        bodies = [a.name for a in extract_facts(load_report(path)).actors.values() if a.kind == "body"]
        assert not [b for b in bodies if b.split()[1:2] and b.split()[1] in ("General", "Major", "Colonel")
                    and b.split()[0] in ("Police", "Army", "Navy")], (path, bodies)
    assert real(shared, 2022, "bangladesh").get("Directorate General of Forces Intelligence") == "body"


# 9. "the Middle East" is a place when the sentence goes on after it, not only before punctuation.
@pytest.mark.parametrize(("body", "expected"), [
    ("Recruiters sent women to the Middle East to work as maids.", {"Middle East": "place"}),
    ("Many women worked in the Middle East and Asia.", {"Middle East": "place", "Asia": "place"}),
    ("Boats fished in the Andaman Sea where crews were abused.", {"Andaman Sea": "place"}),
])
def test_a_region_after_the_is_a_place_however_the_sentence_goes_on(body: str, expected: dict[str, str]) -> None:
    assert kinds(body) == expected


@pytest.mark.parametrize("body", ["Cases went to the Judge Advocate General system for review.",
                                  "Funds went to the Regional Labour Centre and others."])
def test_an_institution_after_the_is_no_place(body: str) -> None:
    assert not [n for n, k in kinds(body).items() if k == "place"], kinds(body)


def test_real_region_before_and(shared: Path) -> None:
    assert real(shared, 2022, "uganda").get("Middle East") == "place"
