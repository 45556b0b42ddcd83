"""Figures keep their units in every layout era (issue 12, item 4): a count (investigations, prosecutions,
convictions, victims) never takes an amount of money or a percentage, an amount is read with its scale word and
currency, last year's value is found after words of comparison, and the finding shows both values with units."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import FIXTURES
from tipdiff.compare import analyse_reports
from tipdiff.facts import extract_facts
from tipdiff.facts.vocabulary import load_vocabulary, unit_class
from tipdiff.ingest import load_report, report_from_text
from tipdiff.options import Options

ERA_FILES = [FIXTURES / "eras" / f"veridia-{y}.txt" for y in (2001, 2005, 2012, 2018, 2024)] + [
    FIXTURES / "formats" / "veridia-2016-old-format.txt", FIXTURES / "html" / "veridia-2021.html",
    FIXTURES / "html" / "veridia-2021-republished.html"]
# Our own words: a budget in riels with its dollar value, and court-ordered damages beside the words "convicted"
# and "identified" that a count must not take.
ADDED = ("The interagency council worked on a budget of {budget} riels ({dollars}). A court ordered a recruiter it "
         "had convicted to pay {damages} to the workers police identified.")


def with_sentences(path: Path, budget: str, dollars: str, damages: str) -> str:
    """The fixture with ADDED at the end of its prevention part (the overview where an era has no parts)."""
    text = path.read_text(encoding="utf-8")
    added = ADDED.format(budget=budget, dollars=dollars, damages=damages)
    if "budget of " in text:  # the era states its own budget: that one changes, one budget a year
        text = re.sub(r"budget of [^.]+(?:\.\d[^.]*)*(?=\.)", f"budget of {budget} riels ({dollars})", text)
        added = added.split(". ", 1)[1]
    if path.suffix == ".html":
        spot = re.search(r"PREVENTION</(?:h3|b)>(?:</p>)?\s*<p>.*?(?=</p>)", text, re.S)
    else:
        spot = (re.search(r"^prevention\n\n[^\n]+", text, re.M | re.I)
                or re.search(r"^[^\n]*minimum standards[^\n]*", text, re.M))
    assert spot, f"{path.name}: no place for the added sentences"
    return text[:spot.end()] + " " + added + text[spot.end():]


def count_keys() -> set[str]:
    return {k.key for k in load_vocabulary().figures if k.units == {"count"}}


@pytest.mark.parametrize("path", ERA_FILES, ids=lambda p: p.name)
def test_a_budget_change_is_found_and_damages_are_never_a_count(path: Path) -> None:
    old = report_from_text(with_sentences(path, "1.9 billion", "$470,000", "$1.2 million"), path.name)
    new = report_from_text(with_sentences(path, "2.3 billion", "$560,000", "$1.4 million"), path.name)
    for report in (old, new):
        figures = extract_facts(report).figures
        assert all(figures[key].unit == "" for key in count_keys() & set(figures)), figures
        assert figures["budget"].unit == "riels"
    messages = [f.message for f in analyse_reports(old, new, Options()).findings if f.rule.startswith("figure/")]
    assert messages == ["Budget rose 21%, from 1.9 billion riels to 2.3 billion riels"]


@pytest.mark.parametrize(("sentence", "key", "value", "unit", "prior"), [
    ("Courts convicted 241 traffickers (up from 104 in 2014).", "convictions", 241, "", 104),
    ("Officials reported assisting 471 victims (compared with 303 in 2014).", "victims_assisted", 471, "", 303),
    ("Police charged two traffickers (down from five in 2014).", "prosecutions", 2, "", 5),
    ("The ministry allocated 1.2 million baht (up from 900,000 baht in 2014) to shelters.", "budget",
     1_200_000, "baht", 900_000),
    ("Labor inspections covered 21 percent of farms (compared with 15 percent in 2014).", "labor_inspections", 21,
     "%", 15),
    ("Courts convicted 31 traffickers, compared with 22 in 2017.", "convictions", 31, "", 22),
    ("Police reported 35 investigations, an increase from 22 in 2018.", "investigations", 35, "", 22),
    ("Courts convicted 31 traffickers (22 the previous year).", "convictions", 31, "", 22),
    ("Courts convicted 31 traffickers (22 in the previous reporting period).", "convictions", 31, "", 22),
])
def test_last_years_value_after_words_of_comparison(sentence: str, key: str, value: int, unit: str,
                                                    prior: int) -> None:
    figure = extract_facts(report_from_text(f"VERIDIA: Tier 2\n\nPROSECUTION\n\n{sentence}\n")).figures[key]
    assert (figure.value, figure.unit, figure.prior) == (value, unit, prior)


def test_a_count_never_takes_money_as_last_years_value() -> None:
    report = report_from_text("VERIDIA: Tier 2\n\nPROSECUTION\n\nCourts convicted 12 traffickers "
                              "(1.9 billion riels in 2020 were seized).\n")
    figure = extract_facts(report).figures["convictions"]
    assert (figure.value, figure.prior) == (12, None) and "riels" in figure.prior_text


def test_unit_classes() -> None:
    assert [unit_class(u) for u in ("", "%", "USD", "riels")] == ["count", "percent", "amount", "amount"]


def test_real_hrr_pages_give_counts_as_counts_and_budgets_as_money(shared: Path) -> None:
    """Cambodia and Thailand 2016-2024 of ../shared/corpus/hrr: damages, bribes and investments in the text were
    read as convictions and victims identified before figures had units."""
    kinds = {k.key: k for k in load_vocabulary().figures}
    seen = 0
    for page in sorted((shared / "corpus" / "hrr").glob("20*/[ct][ah]*.html")):
        if page.stem not in ("cambodia", "thailand"):
            continue
        for key, figure in extract_facts(load_report(page)).figures.items():
            seen += 1
            assert kinds[key].takes(figure.unit), (page, key, figure.value_text)
            assert figure.prior is None or figure.prior == 0 or kinds[key].takes(figure.prior_unit), (page, key)
    assert seen >= 8, "the pages still state some figures"
