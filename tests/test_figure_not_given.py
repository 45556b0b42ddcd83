"""Figures the trial found missed (issue 12, figures): a percentage stated with no value of the year before, the
reports' stock "did not report investigating, prosecuting, or convicting any ..." naming each kind of its list,
and meetings of a body ("met four times", "did not report how many times it met"). Sentences are ours."""

from __future__ import annotations

import pytest

from tipdiff.compare import analyse_reports
from tipdiff.facts import extract_facts
from tipdiff.ingest import report_from_text
from tipdiff.options import Options

HEAD = "VERIDIA: Tier 2\n\nPROSECUTION\n\n"


def figures(body: str) -> dict[str, tuple[object, object, str]]:
    """kind -> (value, prior, unit) read from a one-part narrative."""
    facts = extract_facts(report_from_text(HEAD + body, "veridia-2024.txt"))
    return {key: (f.value, f.prior, f.unit) for key, f in facts.figures.items()}


def findings(old: str, new: str) -> list[str]:
    comparison = analyse_reports(report_from_text(HEAD + old, "veridia-2023.txt"),
                                 report_from_text(HEAD + new, "veridia-2024.txt"), Options())
    return [f.message for f in comparison.findings if f.rule.startswith("figure/")]


@pytest.mark.parametrize(("body", "kind", "value"), [
    ("Of the traffickers convicted, 61 percent went to prison for more than five years.", "prison_sentence_share", 61),
    ("Judges sent 85 percent of convicted traffickers to prison.", "prison_sentence_share", 85),
    ("The conviction rate reached 48 percent.", "conviction_rate", 48),
    ("The ministry raised its anti-trafficking budget by 20 percent.", "budget_percent", 20),
    ("Labor inspections covered 21 percent of farms.", "labor_inspections", 21),
    ("Police referred 45 percent of identified victims to shelters.", "victims_referred_share", 45),
])
def test_a_percentage_stated_alone_is_read(body: str, kind: str, value: int) -> None:
    assert figures(body)[kind] == (value, None, "%")


@pytest.mark.parametrize("body", [
    "Some 40 percent of the population lives in rural areas.",
    "Women made up 30 percent of the victims the police identified.",
    "Women made up 30 percent of the victims the police referred.",
    "Courts convicted 30 percent more traffickers than the year before.",
])
def test_a_percentage_no_kind_governs_is_no_figure(body: str) -> None:
    assert not [k for k, (_, _, unit) in figures(body).items() if unit == "%"]


def test_a_percentage_alone_compares_with_one_given_with_last_year_s_value() -> None:
    assert findings("The conviction rate reached 48 percent.", "The conviction rate fell to 20 percent (48 percent "
                    "in 2023).") == ["Conviction rate fell 28 percentage points, from 48 percent to 20 percent"]
    assert findings("The conviction rate reached 48 percent.", "The conviction rate stood at 48 percent.") == []


@pytest.mark.parametrize(("body", "kinds"), [
    ("The government did not report convicting any complicit officials.", {"complicit_convictions"}),
    ("The government did not report investigating, prosecuting, or convicting any officials complicit in "
     "trafficking.", {"complicit_investigations", "complicit_prosecutions", "complicit_convictions"}),
    ("The government did not report any investigations, prosecutions, or convictions of civil servants complicit "
     "in trafficking.", {"complicit_investigations", "complicit_prosecutions", "complicit_convictions"}),
    ("The government did not report prosecuting or convicting any traffickers.", {"prosecutions", "convictions"}),
    ("The government did not report convictions or prosecutions.", {"prosecutions", "convictions"}),
    ("The government did not report convictions and prosecuted two suspects.", {"convictions"}),
    ("The government did not report how many times the national committee met.", {"meetings"}),
])
def test_each_kind_a_did_not_report_names_is_not_reported(body: str, kinds: set[str]) -> None:
    found = figures(body)
    assert {k for k, (value, _, _) in found.items() if value is None} == kinds


@pytest.mark.parametrize("body", [
    "Many victims did not report abuse to police.",
    "Victims did not report receiving assistance from the shelter.",
    "Border staff did not report identifying any victims through the new screening desk.",
    "The government did not report prosecuting any labor traffickers despite reports of abuse.",
    "Police did not report identifying or initiating investigations into cases as a result of this campaign.",
])
def test_a_did_not_report_of_no_figure_or_of_one_effort_is_none(body: str) -> None:
    assert [k for k, (value, _, _) in figures(body).items() if value is None] == []


def test_a_count_stated_alone_wins_over_the_stock_gerund_wording() -> None:
    assert figures("Courts convicted 12 traffickers. The government did not report convicting any traffickers "
                   "from the border provinces.")["convictions"] == (12, None, "")


def test_meetings_are_counted_and_a_meeting_with_someone_is_not() -> None:
    assert figures("The national committee met four times (six in 2022).")["meetings"] == (4, 6, "")
    assert figures("The national committee held 12 meetings.")["meetings"] == (12, None, "")
    assert "meetings" not in figures("Officials met with 40 victims (30 in 2022).")
    assert findings("The national committee met four times (six in 2022).",
                    "The government did not report how many times the national committee met.") == [
        "Meetings held not reported this year, after 4 the year before"]


def test_the_complicit_stock_wording_reads_as_not_reported_in_the_2019_narrative() -> None:
    """The bundled Cambodia 2019 fixture says the government did not report investigating any complicit
    officials: investigations of complicit officials are not reported, and the year's other figures stay."""
    from pathlib import Path

    from tipdiff.ingest import load_report
    root = Path(__file__).resolve().parents[1]
    found = extract_facts(load_report(root / "fixtures" / "cambodia" / "cambodia-2019.txt")).figures
    assert found["complicit_investigations"].value is None
    assert (found["convictions"].value, found["prosecutions"].value) == (125, 421)


@pytest.mark.parametrize(("body", "zeros"), [
    ("The government did not investigate, prosecute, or convict any civil servants complicit in trafficking.",
     {"complicit_investigations", "complicit_prosecutions", "complicit_convictions"}),
    ("Authorities did not investigate or prosecute any officials for complicity.",
     {"complicit_investigations", "complicit_prosecutions"}),
    ("Courts did not convict any traffickers.", {"convictions"}),
])
def test_each_verb_of_a_negated_list_is_a_zero_of_its_kind(body: str, zeros: set[str]) -> None:
    assert {k for k, (value, _, _) in figures(body).items() if value == 0} == zeros


def test_the_negated_complicit_list_compares_with_a_count_and_with_not_reported() -> None:
    old = "The government did not investigate, prosecute, or convict any civil servants complicit in trafficking."
    assert findings(old, "Police investigated two officials for complicity (none in 2023).") == [
        "Investigations of complicit officials rose from zero to 2"]
    assert "Convictions of complicit officials not reported this year, after 0 the year before" in findings(
        old, "The government did not report investigating, prosecuting, or convicting any complicit officials.")
    assert findings(old, "The government did not hold any complicit officials accountable. " + old) == []


def test_counts_read_from_different_parts_are_not_compared() -> None:
    """The trial's false "Arrests fell 95%": last year's arrests came from the prosecution part, this year's
    only from one case told in prevention; not the same count, so no change is said."""
    old = ("VERIDIA: Tier 2\n\nPROSECUTION\n\nPolice arrested 150 local and foreign nationals in 60 cases (unreported in 2022).\n\nPREVENTION\n\n"
           "Police reported arresting eight foreign tourists for child sex tourism.\n")
    new = ("VERIDIA: Tier 2\n\nPROSECUTION\n\nPolice made arrests in 60 cases.\n\nPREVENTION\n\n"
           "Police reported arresting eight foreign tourists for child sex tourism.\n")
    comparison = analyse_reports(report_from_text(old, "veridia-2023.txt"), report_from_text(new, "veridia-2024.txt"),
                                 Options())
    assert not [f.message for f in comparison.findings if f.rule.startswith("figure/")]
