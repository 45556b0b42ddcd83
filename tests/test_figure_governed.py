"""Figures read from the word that governs the number (issue 12, figures): counts stated alone ("Courts convicted
10 traffickers."), zero said so, percentages as their own kinds, complicit officials apart from all cases, and
the real mislabels of the 2019 Cambodia narrative and the 2016 Thailand human rights page. Sentences are ours;
the real pages are read by path."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

from tipdiff.compare import analyse_reports
from tipdiff.facts import extract_facts
from tipdiff.ingest import load_report, report_from_text
from tipdiff.model import Unit
from tipdiff.options import Options
from tipdiff.render.common import figure_rows

HEAD = "VERIDIA: Tier 2\n\nPROSECUTION\n\n"


def figures(body: str, head: str = HEAD) -> dict[str, tuple[object, object]]:
    """kind -> (value, prior) read from a narrative made of `head` and `body`."""
    facts = extract_facts(report_from_text(head + body, "veridia-2024.txt"))
    return {key: (f.value, f.prior) for key, f in facts.figures.items()}


def findings(old: str, new: str) -> list[str]:
    comparison = analyse_reports(report_from_text(HEAD + old, "veridia-2023.txt"),
                                 report_from_text(HEAD + new, "veridia-2024.txt"), Options())
    return [f.message for f in comparison.findings if f.rule.startswith("figure/")]


@pytest.mark.parametrize(("body", "kind", "value"), [
    ("Courts convicted 10 traffickers.", "convictions", 10),
    ("The government identified 45 victims.", "victims_identified", 45),
    ("Police investigated 12 cases of forced labor in the fishing fleet.", "investigations", 12),
    ("The anti-trafficking police opened 12 investigations.", "investigations", 12),
    ("Prosecutors charged approximately 30 suspected recruiters.", "prosecutions", 30),
    ("Courts did not convict any traffickers.", "convictions", 0),
    ("The government reported no prosecutions.", "prosecutions", 0),
    ("Judges convicted four traffickers.", "convictions", 4),
])
def test_a_count_stated_alone_is_read_where_its_word_governs_it(body: str, kind: str, value: int) -> None:
    assert figures(body).get(kind) == (value, None)


@pytest.mark.parametrize("body", [
    "Ten years after the law passed, courts convicted traffickers more often.",
    "In 12 provinces, police investigated cases of forced begging.",
    "Courts sentenced the recruiter to 10 years in prison after he was convicted.",
    "The court convicted 10 of them.",
    "Officials did not report any convictions.",
    "Authorities did not investigate credible reports of official complicity.",
])
def test_a_number_near_a_kind_is_not_that_figure(body: str) -> None:
    found = figures(body)
    assert not {k: v for k, v in found.items() if v[0] not in (None,)}, found


def test_a_figure_with_last_years_value_always_wins_and_position_does_not_matter() -> None:
    first = "Courts convicted 12 traffickers (10 in 2023)."
    anecdote = "In one case, a court convicted two officials for selling visas."
    alone = "Courts convicted 30 traffickers."
    for body in (f"{first} {anecdote} {alone}", f"{alone}\n\n{anecdote} {first}", f"{anecdote}\n\n{alone} {first}"):
        found = figures(body)
        assert found["convictions"] == (12, 10), body
        assert found.get("complicit_convictions") == (2, None), body  # two officials: a kind of its own


def test_an_anecdote_never_beats_the_parts_own_count() -> None:
    real = "Courts convicted 10 traffickers."
    story = "In one case, a provincial court convicted 14 men who ran a karaoke bar."
    for body in (f"{real} {story}", f"{story}\n\n{real}"):
        assert figures(body)["convictions"] == (10, None), body


def test_a_count_alone_changing_to_one_with_last_years_value_is_a_finding() -> None:
    assert findings("Courts convicted 10 traffickers.", "Courts convicted 12 traffickers (10 in 2023).") == [
        "Convictions rose 20%, from 10 to 12"]
    assert findings("The government identified 45 victims.", "The government identified 45 victims.") == []
    assert findings("Courts convicted 10 traffickers.", "Courts did not convict any traffickers.") == [
        "Convictions fell 100%, from 10 to 0"]


@pytest.mark.parametrize(("body", "kind", "value", "prior"), [
    ("Of the traffickers convicted, 61 percent went to prison for more than five years (compared with 30 percent "
     "in 2022).", "prison_sentence_share", 61, 30),
    ("The conviction rate reached 48 percent (41 percent in 2022).", "conviction_rate", 48, 41),
    ("The ministry raised its anti-trafficking budget by 20 percent (12 percent in 2022).", "budget_percent", 20, 12),
])
def test_percentages_are_figures_of_their_own(body: str, kind: str, value: int, prior: int) -> None:
    report = report_from_text(HEAD + body, "veridia-2024.txt")
    figure = extract_facts(report).figures[kind]
    assert (figure.value, figure.prior, figure.unit) == (value, prior, "%")
    assert not [k for k, f in extract_facts(report).figures.items() if f.unit == ""], "a percentage is no count"


def test_a_percentage_change_names_both_values_in_percent() -> None:
    old = "Of the traffickers convicted, 30 percent went to prison for more than five years (25 percent in 2022)."
    new = "Of the traffickers convicted, 61 percent went to prison for more than five years (30 percent in 2023)."
    assert findings(old, new) == ["Share of convicted traffickers sentenced to prison rose 31 percentage points, "
                                  "from 30 percent to 61 percent"]


def test_a_percentage_and_a_count_are_never_compared() -> None:
    old = "Courts convicted 30 traffickers (25 in 2022)."
    new = "Courts convicted 30 percent more traffickers than the year before (compared with 5 percent in 2023)."
    assert findings(old, new) == []


def test_complicit_officials_are_counted_apart() -> None:
    found = figures("Police investigated 72 officials for complicity (58 in 2023). Police investigated 317 cases "
                    "(280 in 2023), and prosecutors indicted five officials allegedly complicit in trafficking.")
    assert found["complicit_investigations"] == (72, 58)
    assert found["investigations"] == (317, 280)
    assert found["complicit_prosecutions"] == (5, None)
    assert "prosecutions" not in found


def test_the_real_cambodia_2019_figures(shared: Path) -> None:
    """The deportees screened at the border are no victims assisted; the repatriation of 222 people identified
    abroad is victims repatriated, not identified."""
    facts = extract_facts(load_report(next((shared / "seeds").glob("001_*"))))
    found = {key: (f.value, f.prior) for key, f in facts.figures.items()}
    assert found["migrants_screened"][0] == 70225
    assert found.get("victims_assisted", (None,))[0] != 70225
    assert found["victims_repatriated"] == (222, 243)
    assert found.get("victims_identified", (None,))[0] != 222
    assert found["convictions"] == (125, 129) and found["prosecutions"] == (421, 207)


def test_the_real_thailand_2016_page(shared: Path) -> None:
    """317 trafficking cases investigated is the investigations figure; the 72 investigations of forced labor
    cases are a part of them."""
    facts = extract_facts(load_report(shared / "corpus" / "hrr" / "2016" / "thailand.html"))
    assert (facts.figures["investigations"].value, facts.figures["investigations"].prior) == (317, 280)
    assert facts.figures["prosecutions"].value == 242 and facts.figures["convictions"].value == 241
    assert facts.figures["prison_sentence_share"].unit == "%"


@pytest.mark.parametrize("seed", range(4))
def test_the_order_of_sentences_never_changes_a_figure(shared: Path, seed: int) -> None:
    """Every sentence of each part of the real 2019 Cambodia narrative in another order: the same figures."""
    report = load_report(next((shared / "seeds").glob("001_*")))
    rng = random.Random(seed)
    parts: dict[str, list[Unit]] = {}
    for unit in report.units:
        parts.setdefault(unit.section, []).append(unit)
    for units in parts.values():
        rng.shuffle(units)
    shuffled = dataclasses.replace(report, units=tuple(u for units in parts.values() for u in units))
    read = {k: (f.value, f.prior, f.sentence) for k, f in extract_facts(report).figures.items()}
    assert {k: (f.value, f.prior, f.sentence) for k, f in extract_facts(shuffled).figures.items()} == read


def test_the_figure_table_gives_a_percentages_change_in_points() -> None:
    old = "Of the traffickers convicted, 30 percent went to prison for more than five years (25 percent in 2022)."
    new = "Of the traffickers convicted, 61 percent went to prison for more than five years (30 percent in 2023)."
    comparison = analyse_reports(report_from_text(HEAD + old, "veridia-2023.txt"),
                                 report_from_text(HEAD + new, "veridia-2024.txt"), Options())
    rows = {row.key: row for row in figure_rows(comparison)}
    row = rows["prison_sentence_share"]
    assert (row.old_text, row.new_text, row.change) == ("30 percent", "61 percent", "up 31 points")


def test_a_number_counting_something_else_is_no_figure_however_near_a_kinds_word() -> None:
    """The Labor Inspection department's warnings are no labor inspections; victims housed near the word
    "assist" still are victims assisted (people are what the figures count)."""
    found = figures("The Department of Labor Inspection issued 190 warnings (205 in 2023).")
    assert "labor_inspections" not in found, found
    found = figures("The ministry, which assists survivors, housed 50 victims (40 in 2023).", "VERIDIA: Tier 2\n\n"
                    "PROTECTION\n\n")
    assert found["victims_assisted"] == (50, 40)


def test_the_real_cambodia_2016_page_has_no_labor_inspection_figure_from_warnings(shared: Path) -> None:
    facts = extract_facts(load_report(shared / "corpus" / "hrr" / "2016" / "cambodia.html"))
    assert "labor_inspections" not in facts.figures


def test_foreign_victims_sent_home_are_apart_from_nationals_brought_back(shared: Path) -> None:
    """The 2019 Cambodia narrative gives both: 222 Cambodians brought back (243 the year before) and no
    foreign victim sent home (two the year before)."""
    facts = extract_facts(load_report(next((shared / "seeds").glob("001_*"))))
    repatriated = facts.figures["victims_repatriated"]
    foreign = facts.figures["foreign_victims_repatriated"]
    assert (repatriated.value, repatriated.prior) == (222, 243)
    assert (foreign.value, foreign.prior) == (0, 2)
