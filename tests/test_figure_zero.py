"""Zero stated in words is a value (a fall to zero is a finding); "did not report" is a figure no longer given,
never zero (regression: a fresh-user trial got no finding from either)."""

import pytest

from tipdiff.compare import compare_reports
from tipdiff.engine import run_rules
from tipdiff.facts import extract_facts
from tipdiff.ingest import report_from_text
from tipdiff.rules_loader import load_rules, shipped_rules_dir

HEAD = "VERIDIA: Tier 2\n\nPROSECUTION\n\n"
OLD = HEAD + "Judges convicted 10 traffickers (12 in 2022)."


def messages(new: str) -> list[str]:
    rules = load_rules([shipped_rules_dir()])
    findings = run_rules(compare_reports(report_from_text(OLD, "old.txt"), report_from_text(HEAD + new, "new.txt")),
                         rules)
    return [f.message for f in findings]


@pytest.mark.parametrize("new", ["Courts did not convict any traffickers (10 in 2023).",
                                 "The government reported no convictions (10 in 2022)."])
def test_fall_to_zero_is_a_finding(new: str) -> None:
    assert "Convictions fell 100%, from 10 to 0" in messages(new)
    convictions = extract_facts(report_from_text(HEAD + new, "new.txt")).figures["convictions"]
    assert (convictions.value, convictions.prior) == (0, 10)


def test_did_not_report_is_not_zero() -> None:
    assert messages("The government did not report convictions.") == [
        "Convictions not reported this year, after 10 the year before"]
    assert messages("The government did not report any convictions (10 in 2023).") == [
        "Convictions not reported this year, after 10 the year before"]


def test_no_longer_reported_is_not_zero() -> None:
    assert messages("The government no longer reported convictions (10 in 2022).") == [
        "Convictions not reported this year, after 10 the year before"]
