"""Actors read by their place in the sentence (the HRR trial, 2022/2023 pages of ~190 countries and Cambodia and
Thailand 2016-2024): a person's name in a person's position is no place, an organisation or a platform is no
person or place, a run-in label names nothing, a sentence's opening word is no part of a name, two names joined
by "and" are two, a particle or "&" stays inside a name, a hyphened modifier is no part of one, a rank is no
body, and "the Middle East" is a place wherever the sentence goes on. Each kind: a sentence that fires, a
look-alike that stays quiet (our own words), and the real page by path."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import actor_kinds as kinds
from conftest import real_actor_kinds as real


# 1. A person's name in apposition to a role, or listed after a plural role, is a person (never a place after
# "from"/"in").
@pytest.mark.parametrize(("body", "people"), [
    ("The court froze assets taken from Arlen Voss, then deputy presidential candidate, last year.", {"Arlen Voss"}),
    ("A court jailed two district police officers in Kessa Province, Tol Maren and Hem Bora, for abuse.",
     {"Tol Maren", "Hem Bora"}),
])
def test_a_name_in_a_persons_position_is_a_person(body: str, people: set[str]) -> None:
    found = kinds(body)
    assert {n for n, k in found.items() if k == "person"} == people, found
    assert not people & {n for n, k in found.items() if k == "place"}, found


def test_a_place_after_a_role_stays_a_place() -> None:
    found = kinds("Two district officers in Kessa Province, Port Delmar and Sarn, were reassigned.")
    assert found.get("Port Delmar") != "person" and found.get("Sarn") != "person", found
    assert kinds("Victims came from Port Delmar, the capital, last year.") == {"Port Delmar": "place"}


def test_real_people_named_beside_a_role_are_people(shared: Path) -> None:
    assert real(shared, 2022, "kenya").get("Rigathi Gachagua") == "person"
    assert real(shared, 2022, "cambodia").get("Chhoy Ratana") == "person"


# 2. A role's portfolio is a few words or capitalised ones, so it never swallows a clause up to an
# organisation's name; an online platform or company is no place.
def test_an_organisation_after_a_long_clause_is_no_person() -> None:
    found = kinds("Minister of State Voss told the upper house of parliament that Hope Aid International was refused.")
    assert "person" not in found.values(), found
    assert kinds("The minister of labour affairs Arlen Voss resigned.") == {"Arlen Voss": "person"}


@pytest.mark.parametrize("body", ["Activists posted the video on YouTube and sent it to Facebook.",
                                  "Police sent a request to Apple and to Telegram."])
def test_platforms_are_no_places(body: str) -> None:
    assert kinds(body) == {}, kinds(body)


def test_a_place_beside_a_platform_is_still_a_place() -> None:
    assert kinds("Recruiters used Facebook to lure women to Ostria.") == {"Ostria": "place"}


def test_real_organisation_and_platforms(shared: Path) -> None:
    assert "Oxfam International" not in real(shared, 2022, "india")
    china = real(shared, 2022, "china")
    assert not {"Facebook", "Google", "Twitter", "YouTube"} & set(china), china


# 3. A run-in label ("Recent Elections:") names nothing; the same words in a sentence still do.
@pytest.mark.parametrize("body", ["Political Participation in Recent Elections: Voting took place in 2022.",
                                  "Efforts to Control Mobility: Officials watched critics abroad.",
                                  "Coercion in Population Control: There were no reports."])
def test_a_run_in_label_names_no_actor(body: str) -> None:
    assert kinds(body) == {}, kinds(body)


def test_a_body_after_a_label_is_read_from_its_own_first_word() -> None:
    assert kinds("Prison Conditions: The National Prison Authority (NPA) opened two sites.") == {
        "National Prison Authority": "body"}
    assert kinds("Observers from the Election Monitoring Committee said the vote was fair.") == {
        "Election Monitoring Committee": "body"}


def test_real_labels_name_no_places(shared: Path) -> None:
    for year, country in ((2019, "cambodia"), (2022, "cambodia"), (2023, "kenya"), (2022, "afghanistan")):
        found = real(shared, year, country)
        assert not {"Population Control", "Control Mobility", "Recent Elections"} & set(found), (year, country)


# 4. A sentence's opening word (a conjunction, a determiner) is no part of a name.
@pytest.mark.parametrize(("body", "expected"), [
    ("Although Ministry of Justice inspectors came, nothing changed.", {"Ministry of Justice": "body"}),
    ("Other state bodies refused to help.", {}),
    ("Several county officials in Kessa county resigned.", {"Kessa county": "place"}),
])
def test_an_opening_word_is_no_part_of_a_name(body: str, expected: dict[str, str]) -> None:
    assert kinds(body) == expected


def test_a_capitalised_word_inside_a_name_stays() -> None:
    assert kinds("The Committee Against Torture and Other Abuse met in Sarn.") == {
        "Committee Against Torture and Other Abuse": "body", "Sarn": "place"}


def test_real_opening_words(shared: Path) -> None:
    assert "Other state" not in real(shared, 2016, "cambodia")
    ecuador = real(shared, 2022, "ecuador")
    assert "Although Ministry of Labor" not in ecuador and ecuador.get("Ministry of Labor") == "body"
