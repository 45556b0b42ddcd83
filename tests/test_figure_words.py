"""Numbers in words with "hundred" or "thousand" (issue 12, item 4): "three hundred" is 300, never 3; a
compound such as "three hundred fifty" is left unread rather than read in part. Our own sentences."""

from __future__ import annotations

from tipdiff.compare import analyse_reports
from tipdiff.facts.quantities import find_quantities
from tipdiff.ingest import report_from_text
from tipdiff.options import Options


def values(text: str) -> list[float]:
    return [q.amount for q in find_quantities(text, {"riels": "riels"})]


def test_hundreds_and_thousands_in_words() -> None:
    assert values("The ministry trained three hundred labor inspectors.") == [300]
    assert values("Police screened two thousand migrants.") == [2000]
    assert values("Courts heard three hundred fifty cases and three hundred and ten appeals.") == []
    assert values("Courts convicted 31 and 22 defendants.") == [31, 22]


def test_a_figure_in_words_compares_with_the_same_figure_in_digits() -> None:
    old = report_from_text("NORLAND: Tier 2\n\nPROTECTION\n\nThe government identified 420 victims (380 in 2019).\n",
                           "norland-2020.txt")
    same = report_from_text("NORLAND: Tier 2\n\nPROTECTION\n\nThe government identified four hundred twenty "
                            "victims.\n", "norland-2021.txt")
    fell = report_from_text("NORLAND: Tier 2\n\nPROTECTION\n\nThe government identified four hundred victims "
                            "(420 in 2020).\n", "norland-2021.txt")
    figures = [f.message for f in analyse_reports(old, same, Options()).findings if f.rule.startswith("figure/")]
    assert not [m for m in figures if "from 420 to 4" in m], figures
    figures = [f.message for f in analyse_reports(old, fell, Options()).findings if f.rule.startswith("figure/")]
    assert any("from 420 to 400" in m for m in figures), figures


def test_dates_references_and_last_year_s_values_are_no_changed_figure() -> None:
    """The HRR rule sentence/figures-changed: a day of a month, a section or article number and last year's
    value in its parenthesis are no figure of the sentence."""
    from tipdiff.facts.semantic import _figures
    from tipdiff.facts.vocabulary import load_vocabulary
    vocabulary = load_vocabulary()
    texts = ("On May 4, police arrested 45 protesters (see section 1.e.).",
             "On 20 January, courts heard 94 cases (77 in 2020) under Article 12.")
    assert [[q.text for q in _figures(t, vocabulary)] for t in texts] == [["45"], ["94"]]
