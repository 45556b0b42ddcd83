"""Designations are read only from a positive assertion: negated, disproved or removed wording is absent, and
the child-soldier "policy or pattern" is the CSPA list, not the state-sponsor list (regression: a fresh-user
trial got "ERROR Newly designated: state sponsor of trafficking" from each negated sentence below)."""

from pathlib import Path

import pytest

from tipdiff.compare import compare_reports
from tipdiff.engine import run_rules
from tipdiff.facts import extract_facts
from tipdiff.facts.designations import extract_designations
from tipdiff.ingest import load_report, report_from_text
from tipdiff.rules_loader import load_rules, shipped_rules_dir


def designations(sentence: str) -> set[str]:
    report = report_from_text(f"VERIDIA: Tier 3\n\nVeridia remained on Tier 3. {sentence}", "veridia.txt")
    return set(extract_facts(report).designations)


@pytest.mark.parametrize("sentence", [
    "There was no government policy or pattern of trafficking.",
    "The government did not have a policy or pattern of using forced labor in its cotton sector.",
    "Monitors found no evidence of a policy or pattern of trafficking by state officials.",
    "Veridia was removed from the list of countries with a state-sponsored pattern or practice of trafficking.",
    "The government didn't maintain a policy or pattern of trafficking.",
])
def test_negated_designation_is_absent(sentence: str) -> None:
    assert designations(sentence) == set()


@pytest.mark.parametrize("sentence", [
    "There was a government policy or pattern of human trafficking.",
    "There was a government policy or government pattern of forced labor in state-run farms.",
    "The report named it a state sponsor of trafficking.",
    "The government did not increase its efforts, and there was a government policy or pattern of trafficking.",
])
def test_positive_state_sponsor_designation(sentence: str) -> None:
    assert designations(sentence) == {"state_sponsor"}


def test_child_soldier_policy_is_the_cspa_list() -> None:
    assert designations("There was a government policy or pattern of employing or recruiting child soldiers.") \
        == {"child_soldiers"}
    assert designations("Veridia was not listed under the Child Soldiers Prevention Act.") == set()


def test_seed_article_states_a_real_designation(shared: Path) -> None:
    """The 2025 news article (seed 000) labels Cambodia a state sponsor: every sentence of it that uses the
    designation's words asserts it, none denies it."""
    lines = (shared / "seeds" / "000_4d6d4ea1db70697f.txt").read_text(encoding="utf-8").splitlines()
    asserting = [line for line in lines if "state sponsor" in line.lower() or "pattern or practice" in line.lower()]
    assert len(asserting) >= 3
    assert all("state_sponsor" in extract_designations(line) for line in asserting)


def test_whole_pack_on_a_negated_year_and_a_removal() -> None:
    """The whole shipped pack: a new year that denies the designation gives no error; a year that removes a
    designation the old year asserted gives the warning that it is gone."""
    rules = load_rules([shipped_rules_dir()])
    plain = report_from_text("VERIDIA: Tier 3\n\nVeridia remained on Tier 3.", "old.txt")
    denied = report_from_text("VERIDIA: Tier 3\n\nVeridia remained on Tier 3. There was no government policy or "
                              "pattern of trafficking.", "new.txt")
    assert not [f for f in run_rules(compare_reports(plain, denied), rules) if "designat" in f.message]
    listed = report_from_text("VERIDIA: Tier 3\n\nThere was a government policy or pattern of forced labor.", "old.txt")
    removed = report_from_text("VERIDIA: Tier 3\n\nVeridia was removed from the list of countries with a "
                               "state-sponsored pattern or practice of trafficking.", "new.txt")
    messages = [f.message for f in run_rules(compare_reports(listed, removed), rules)]
    assert any(m.startswith("No longer designated: state sponsor") for m in messages), messages
    assert not any(m.startswith("Newly designated") for m in messages), messages


def test_the_words_about_something_else_are_no_designation() -> None:
    """Our own sentences in the shapes of Human Rights Report pages: the designation's words about
    disinformation, discrimination or torture designate nothing; about forced labor they do."""
    assert designations("Critics were smeared through state-sponsored disinformation campaigns before the vote.") \
        == set()
    assert designations("The commission found a pattern or practice of discrimination in hiring.") == set()
    assert designations("Lawyers alleged a policy or pattern of torture in two prisons.") == set()
    assert designations("Researchers documented state-sponsored forced labor in cotton fields.") == {"state_sponsor"}
    assert designations("There was a government policy or pattern of sex trafficking.") == {"state_sponsor"}


def test_no_designation_on_any_real_hrr_page(shared: Path) -> None:
    """The Human Rights Report designates nothing (a series without tiers): no page of it gives a designation,
    so no history of HRR pages says "first state sponsor"."""
    pages = sorted((shared / "corpus" / "hrr").glob("*/thailand.html")) + [shared / "corpus/hrr/2023/china.html"]
    for page in pages:
        if page.exists():
            assert dict(extract_facts(load_report(page)).designations) == {}, page
