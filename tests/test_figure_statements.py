"""One statement followed across two years (tipdiff.facts.pairs), and last year's value in other words (issue 12,
figures). A part that gives two figures of one kind must never compare one agency's count with another's; a
clause that says a figure was not reported annotates no number of the clause before it. Sentences are ours;
the last tests edit the real 2019 Cambodia narrative in ../shared by path."""

from __future__ import annotations

from pathlib import Path

import pytest

from tipdiff.compare import analyse_reports
from tipdiff.facts import extract_facts
from tipdiff.ingest import report_from_text
from tipdiff.options import Options
from tipdiff.render.common import figure_rows

HEAD = "VERIDIA: Tier 2\n\nPROTECTION\n\n"
POLICE = "Border police referred 140 victims to shelters (90 in 2022)."
AGENCY = "The welfare agency referred all 61 returnees to NGOs (40 in 2021)."


def compare(old: str, new: str) -> tuple[list[str], list[tuple[str, str, str, str]]]:
    """The figure findings' messages and the figure table's rows (label, old, new, change)."""
    comparison = analyse_reports(report_from_text(HEAD + old, "veridia-2023.txt"),
                                 report_from_text(HEAD + new, "veridia-2024.txt"), Options())
    messages = [f.message for f in comparison.findings if f.rule.startswith("figure/")]
    return messages, [(r.label, r.old_text, r.new_text, r.change) for r in figure_rows(comparison)]


def figures(body: str) -> dict[str, tuple[object, object, object]]:
    """kind -> (value, prior, prior year) read from a one-part narrative."""
    facts = extract_facts(report_from_text(HEAD + body, "veridia-2024.txt"))
    return {key: (f.value, f.prior, f.prior_year) for key, f in facts.figures.items()}


def test_a_count_no_longer_reported_is_not_taken_for_another_agency_s() -> None:
    messages, rows = compare(f"{POLICE} {AGENCY}",
                             "Border police did not report how many victims they referred to shelters (140 in 2023). "
                             + AGENCY)
    assert messages == ["Victims referred not reported this year, after 140 the year before"]
    assert rows[0] == ("victims referred", "140", "not reported", "no longer reported")


def test_a_count_that_changes_beside_another_agency_s_is_compared_with_itself() -> None:
    messages, _ = compare(f"{POLICE} {AGENCY}", f"Border police referred 70 victims to shelters (140 in 2023). {AGENCY}")
    assert messages == ["Victims referred fell 50%, from 140 to 70"]


def test_a_count_dropped_from_its_sentence_is_not_compared_with_the_other_statement() -> None:
    """The agency's 61 is followed back to the agency's sentence of the year before: unchanged, not 'fell 56%'."""
    messages, rows = compare(f"{POLICE} {AGENCY}", f"Border police referred victims to shelters. {AGENCY}")
    assert messages == []
    assert rows[0] == ("victims referred", "61", "61", "")


def test_two_statements_neither_followed_to_the_other_are_shown_not_compared() -> None:
    """The police's sentence lives on without its number, and the agency's sentence is new this year."""
    messages, rows = compare(POLICE, f"Border police referred victims to shelters. {AGENCY}")
    assert messages == []
    assert rows[0] == ("victims referred", "140", "61", "another count")


def test_one_statement_rewritten_beyond_alignment_is_still_compared() -> None:
    """Neither sentence lives on in the other year: the part's one figure of the kind is compared."""
    messages, _ = compare(POLICE, "Shelters took in 70 victims whom officers at the border had referred to them "
                                  "during the year, a steep drop (140 in 2023).")
    assert messages == ["Victims referred fell 50%, from 140 to 70"]


@pytest.mark.parametrize("prior", ["(40 the year before)", "(40 in the previous reporting period)",
                                   "(40 a year earlier)", "(40 last year)"])
def test_last_year_s_value_in_words_without_a_year(prior: str) -> None:
    assert figures(f"Police arrested 55 suspects {prior}.")["arrests"] == (55, 40, None)


@pytest.mark.parametrize("body", [
    "Police arrested 1,250 suspects, compared with 1,100 in the previous reporting period.",
    "Police arrested 1,250 suspects, up from 1,100 the year before.",
])
def test_a_comparison_in_the_sentence_with_a_thousands_comma(body: str) -> None:
    assert figures(body)["arrests"][:2] == (1250, 1100)


def test_a_comparison_in_the_sentence_is_not_read_as_this_year_s_value() -> None:
    messages, _ = compare("The ministry trained 300 officials (120 in 2022).",
                          "The ministry trained 300 officials, compared with 120 in the previous reporting period.")
    assert messages == []


def test_last_year_named_with_a_season_keeps_its_year() -> None:
    assert figures("The agency repatriated four victims (two in early 2023, five in 2022).")["victims_repatriated"] \
        == (4, 2, 2023)


def test_a_not_reported_clause_annotates_no_number_before_its_semicolon() -> None:
    """'(1,900 in 2021)' is last year's count of participants the clause says went unreported, never last year's
    value of the 80 trainings before the semicolon."""
    found = figures("The academy held 80 trainings (65 in 2023); it did not report how many prosecutors and judges "
                    "participated in these sessions (1,900 in 2021).")
    assert found["trainings"] == (80, 65, 2023)
    assert found["officials_trained"] == (None, 1900, 2021)


def test_a_count_named_after_a_list_of_people_is_read() -> None:
    found = figures("It reported that 2,400 police, prosecutors, and labor inspectors participated in these "
                    "sessions (not reported in 2023).")
    assert found["officials_trained"][0] == 2400


def test_a_count_reported_again_after_a_year_unreported() -> None:
    old = "The academy held 80 trainings; it did not report how many officers participated in these sessions."
    new = "The academy held 80 trainings; 2,400 officers and judges participated in these sessions (unreported in 2023)."
    messages, _ = compare(old, new)
    assert messages == ["Officials trained reported again: 2,400"]


def _edited_seed(shared: Path, *pairs: tuple[str, str]) -> tuple[list[str], list[tuple[str, str, str, str]]]:
    text = next((shared / "seeds").glob("001_*")).read_text(encoding="utf-8")
    edited = text
    for before, after in pairs:
        assert before in edited
        edited = edited.replace(before, after)
    comparison = analyse_reports(report_from_text(text, "cambodia-2019.txt"),
                                 report_from_text(edited, "cambodia-2020.txt"), Options())
    messages = [f.message for f in comparison.findings if f.rule.startswith("figure/")]
    return messages, [(r.label, r.old_text, r.new_text, r.change) for r in figure_rows(comparison)]


def test_the_real_2019_police_referrals_no_longer_reported(shared: Path) -> None:
    """The police's 235 referrals go unreported; MOSAVY's 222 in the same part is another count."""
    messages, rows = _edited_seed(shared, ("Local police referred 235", "Local police did not report how many they "
                                           "referred of the"), ("(179 in 2017 and 326 in 2016)", "(235 in 2018)"))
    assert messages == ["Victims referred not reported this year, after 235 the year before"]
    assert ("victims referred", "235", "not reported", "no longer reported") in rows


def test_the_real_2019_trainings_compared_in_words(shared: Path) -> None:
    """'compared with 66 trainings ... in the previous reporting period' is last year's value, not this year's."""
    messages, _ = _edited_seed(shared, (" (66 trainings to 1,577 officers in 2017);", ", compared with 66 trainings "
                                        "to 1,577 officers in the previous reporting period;"))
    assert messages == []


def test_the_real_2019_participants_reported_again(shared: Path) -> None:
    messages, _ = _edited_seed(shared, ("for the second year, it did not report how many", "it reported that 5,120"),
                               ("participated in these sessions (7,689 in 2016)",
                                "participated in these sessions (unreported in 2018)"))
    assert messages == ["Officials trained reported again: 5,120"]


ARRESTS = ("Police arrested 150 suspects in brothel raids (90 in 2022). Officers also arrested eight foreign tourists "
           "suspected of child sex tourism (five in 2022).")


def test_a_second_statement_of_a_kind_that_changes_is_a_finding_of_its_own() -> None:
    """The part's 150 arrests stay; the eight foreigners become 14: one finding, quoting that sentence."""
    new = ARRESTS.replace("arrested eight foreign", "arrested 14 foreign").replace("(five in 2022)", "(eight in 2023)")
    comparison = analyse_reports(report_from_text(HEAD + ARRESTS, "veridia-2023.txt"),
                                 report_from_text(HEAD + new, "veridia-2024.txt"), Options())
    found = [(f.message, f.new) for f in comparison.findings if f.rule.startswith("figure/")]
    assert found == [("Arrests rose 75%, from 8 to 14", new.split(". ", 1)[1])]


def test_second_statements_unchanged_or_new_are_quiet() -> None:
    assert compare(ARRESTS, ARRESTS)[0] == []
    more = ARRESTS + " In a separate case, police arrested three recruiters (none in 2023)."
    assert compare(ARRESTS, more)[0] == []


def test_the_real_2019_foreigners_arrested_for_child_sex_tourism(shared: Path) -> None:
    messages, _ = _edited_seed(shared, ("arresting eight foreign", "arresting 14 foreign"),
                               ("(five in 2017 and 12 in 2016)", "(eight in 2018 and five in 2017)"))
    assert messages == ["Arrests rose 75%, from 8 to 14"]


def test_a_figure_first_given_with_last_year_s_unreported_is_reported_again() -> None:
    """The old text gives no referral count; the new one gives one and says last year's went unreported."""
    messages, rows = compare(AGENCY.replace("referred", "sheltered"),
                             "Border police referred 140 victims to shelters (unreported in 2023). "
                             + AGENCY.replace("referred", "sheltered"))
    assert "Victims referred reported again: 140" in messages
    assert ("victims referred", "—", "140", "first reported") in rows
