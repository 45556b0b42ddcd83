"""One parenthesis of last year's values for two counts of its clause (tipdiff.facts.compound): "N trainings to M
officers (n trainings to m officers in YEAR)" states trainings and officials trained, each with its own prior.
Sentences are ours; the last test edits the real 2019 Cambodia narrative in ../shared by path."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_figure_statements import _edited_seed, compare, figures
from tipdiff.errors import RuleError
from tipdiff.facts.vocabulary import load_vocabulary

COURSES = "The police academy gave 40 courses to 900 police officers on victim screening (25 courses to 610 officers in 2022)."


def test_each_count_of_a_compound_takes_its_own_prior() -> None:
    found = figures(COURSES.replace("courses", "trainings"))
    assert found["trainings"] == (40, 25, 2022)
    assert found["officials_trained"] == (900, 610, 2022)


def test_the_people_a_compound_reaches_changing_is_a_finding() -> None:
    old = COURSES.replace("courses", "trainings")
    new = old.replace("to 900 police", "to 1,350 police").replace("(25 trainings to 610", "(40 trainings to 900")
    messages, rows = compare(old, new)
    assert messages == ["Officials trained rose 50%, from 900 to 1,350"]
    assert ("officials trained", "900", "1,350", "up 50%") in rows


def test_the_same_compound_copied_again_is_quiet() -> None:
    text = COURSES.replace("courses", "trainings")
    assert compare(text, text) == compare(text, text.replace(" on victim screening", " on screening victims"))
    assert compare(text, text)[0] == []


@pytest.mark.parametrize("body, kind, expected", [
    # two counts of one kind: no compound, one figure (as before compounds were read)
    ("Courts convicted 10 and 12 traffickers for sex and labor trafficking (7 and 9 in 2022).", "convictions",
     (10, 7, 2022)),
    # two years' values: the parenthesis names last year after its first value
    ("Courts convicted 12 traffickers (9 in 2022 and 4 in 2021).", "convictions", (12, 9, 2022)),
])
def test_look_alikes_of_a_compound_stay_one_figure(body: str, kind: str, expected: tuple[object, ...]) -> None:
    found = figures(body)
    assert found[kind] == expected
    assert set(found) == {kind}


def test_a_compound_whose_values_name_other_things_is_not_paired_by_position() -> None:
    """The parenthesis gives officers first and trainings second: no count takes the other's prior."""
    found = figures("The academy gave 40 trainings to 900 officers (610 officers in 25 trainings in 2022).")
    assert found.get("officials_trained", (None, None, None))[1] != 25
    assert found.get("trainings", (None, None, None))[1] != 610


def test_people_after_to_are_reached_only_by_counted_events() -> None:
    """'sent 40 victims to 12 shelters' counts no trainings; '40 trainings to 12 provinces' counts no people."""
    found = figures("The ministry held 40 trainings in 12 provinces (25 in 2022).")
    assert "officials_trained" not in found
    found = figures("The ministry gave 40 trainings to 12 provinces (25 trainings to 9 provinces in 2022).")
    assert "officials_trained" not in found


def test_reaches_must_name_a_figure(tmp_path: Path) -> None:
    own = tmp_path / "facts.yaml"
    own.write_text("figures:\n  - {key: workshops, words: ['workshop'], reaches: attendees}\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"facts\.yaml:2:.*reaches 'attendees', expected the key of one of the figures"):
        load_vocabulary(str(own))


def test_the_real_2019_officers_trained(shared: Path) -> None:
    """The trainings stay 234; the officers they reached fall from 6,321 to 4,010 (the trial's edit)."""
    messages, _ = _edited_seed(shared, ("234 trainings to 6,321", "234 trainings to 4,010"),
                               ("(66 trainings to 1,577 officers in 2017)", "(234 trainings to 6,321 officers in 2018)"))
    assert messages == ["Officials trained fell 37%, from 6,321 to 4,010"]


def test_two_statements_of_a_kind_in_one_sentence_are_followed_one_by_one() -> None:
    """The officers the trainings reached stay 900; the judges, unreported last year, are now 450."""
    old = ("The academy gave 40 trainings to 900 officers (25 trainings to 610 officers in 2022); it did not report how "
           "many judges participated in these sessions (300 in 2021).")
    new = old.replace("it did not report how many judges participated in these sessions (300 in 2021)",
                      "450 judges participated in these sessions (unreported in 2023)")
    messages, _ = compare(old, new)
    assert messages == ["Officials trained reported again: 450"]
    assert compare(old, old)[0] == []
