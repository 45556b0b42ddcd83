"""Part verdicts in every stock wording (tipdiff.verdicts): an adverb or a less common level word is read, a
change of adverb alone is a change of degree (info), never a verdict the report 'no longer gives'."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEED_2019
from tipdiff.compare import analyse_reports
from tipdiff.facts import extract_facts
from tipdiff.ingest import report_from_text
from tipdiff.model import Comparison
from tipdiff.options import Options
from tipdiff.verdicts import degree_only, read_verdict


@pytest.mark.parametrize(("sentence", "value"), [
    ("The government slightly decreased protection efforts.", "slightly decreased"),
    ("The government modestly increased law enforcement efforts, and courts sat more often.", "modestly increased"),
    ("The government significantly decreased efforts to prevent trafficking.", "significantly decreased"),
    ("The government marginally increased its anti-trafficking law enforcement efforts.", "marginally increased"),
    ("The government maintained minimal efforts to protect victims.", "maintained minimal"),
    ("The government maintained inadequate efforts to identify and protect victims.", "maintained inadequate"),
    ("The government made negligible law enforcement efforts.", "made negligible"),
    ("The government made modest efforts to prevent trafficking.", "made modest"),
    ("The government demonstrated uneven anti-trafficking law enforcement efforts.", "demonstrated uneven"),
    ("The government did not make efforts to protect victims.", "made no"),
    ("The government did not make any prevention efforts.", "made no"),
    ("The government made no efforts to prevent trafficking.", "made no"),
    ("The government decreased overall anti-trafficking law enforcement efforts.", "decreased"),
    ("The Government of Veridia made limited progress in its anti-trafficking law enforcement efforts.",
     "made limited"),
])
def test_stock_verdicts_are_read_with_their_degree(sentence: str, value: str) -> None:
    assert read_verdict(sentence) == value


@pytest.mark.parametrize("sentence", [
    "The government did not make efforts to reduce the demand for commercial sex acts.",
    "The government demonstrated overall increasing efforts compared to the previous reporting period.",
    "The government increased efforts to raise awareness among students.",
    "The government maintained a hotline for victims.",
    "Officials slightly decreased the number of shelters.",
])
def test_sentences_that_are_no_verdict_are_not_read(sentence: str) -> None:
    assert read_verdict(sentence) is None


def test_a_change_of_degree_is_told_from_a_change_of_verdict() -> None:
    assert degree_only("decreased", "slightly decreased")
    assert degree_only("significantly increased", "modestly increased")
    assert not degree_only("decreased", "slightly increased")
    assert not degree_only("maintained insufficient", "maintained inadequate")
    assert not degree_only("decreased", "decreased")


def _narrative(prevention: str, headed: bool = True) -> str:
    """A small narrative in the headed (2020s) layout, or the unheaded 2019 one (formula sentences open parts)."""
    parts = ["VERIDIA: Tier 2",
             "The Government of Veridia does not fully meet the minimum standards for eliminating trafficking "
             "but is making significant efforts to do so.",
             "The government maintained law enforcement efforts. Police opened four cases.",
             "The government maintained protection efforts. Two shelters stayed open.",
             f"{prevention} A task force met every month."]
    if headed:
        parts[2:5] = ["PROSECUTION", parts[2], "PROTECTION", parts[3], "PREVENTION", parts[4]]
    return "\n\n".join(parts) + "\n"


def _compare(old: str, new: str) -> Comparison:
    return analyse_reports(report_from_text(old, "veridia-2020.txt"), report_from_text(new, "veridia-2021.txt"),
                           Options())


@pytest.mark.parametrize("headed", [True, False], ids=["headed", "unheaded"])
def test_an_adverb_added_is_a_degree_note_in_both_layouts(headed: bool) -> None:
    old = _narrative("The government decreased prevention efforts.", headed=headed)
    new = _narrative("The government slightly decreased prevention efforts.", headed=headed)
    result = _compare(old, new)
    verdicts = [(f.rule, f.severity, f.message) for f in result.findings if f.rule.startswith("verdict/")]
    assert verdicts == [("verdict/degree", "info",
                         "Prevention efforts decreased slightly, after decreasing (a change of degree only)")]
    assert "prevention" in result.new.section_names()


@pytest.mark.parametrize("headed", [True, False], ids=["headed", "unheaded"])
def test_another_level_word_is_a_changed_verdict_not_a_dropped_one(headed: bool) -> None:
    old = _narrative("The government maintained prevention efforts.", headed=headed)
    new = _narrative("The government made negligible efforts to prevent trafficking.", headed=headed)
    messages = [f.message for f in _compare(old, new).findings if f.rule.startswith("verdict/")]
    assert messages == ["Prevention efforts were negligible, after being maintained"]


def test_the_same_verdict_reworded_is_quiet() -> None:
    old = _narrative("The government did not make any efforts to prevent trafficking.")
    new = _narrative("The government made no prevention efforts.")
    assert not [f for f in _compare(old, new).findings if f.rule.startswith("verdict/")]


def test_overview_efforts_sentence_is_no_part_verdict() -> None:
    text = _narrative("The government maintained prevention efforts.").replace(
        "to do so.", "to do so. The government demonstrated significant efforts during the year.")
    verdicts = extract_facts(report_from_text(text, "veridia-2021.txt")).verdicts
    assert set(verdicts) == {"prosecution", "protection", "prevention"}


@pytest.mark.parametrize(("old_words", "new_words", "rule", "part"), [
    ("The government decreased protection efforts", "The government slightly decreased protection efforts",
     "verdict/degree", "protection"),
    ("The government maintained prevention efforts", "The government significantly decreased prevention efforts",
     "verdict/changed", "prevention"),
    ("The government maintained insufficient law enforcement efforts",
     "The government demonstrated uneven anti-trafficking law enforcement efforts", "verdict/changed", "prosecution"),
])
def test_real_2019_narrative_with_another_verdict_wording(shared: Path, old_words: str, new_words: str, rule: str,
                                                          part: str) -> None:
    old = SEED_2019.read_text(encoding="utf-8")
    assert old_words in old
    result = analyse_reports(report_from_text(old, "cambodia-2019.txt"),
                             report_from_text(old.replace(old_words, new_words), "cambodia-2020.txt"), Options())
    found = [f for f in result.findings if f.rule.startswith("verdict/")]
    assert [(f.rule, f.section) for f in found] == [(rule, part)]
    assert not any("no longer gives a verdict" in f.message for f in found)
    assert part in result.new.section_names()
