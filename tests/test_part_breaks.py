"""A part opener that lost its paragraph break (issue 12, the trial): in the unheaded layout each part opens with
a formula sentence ("The government increased law enforcement efforts."); a paste that joins the
recommendations with the next paragraph, or a sentence added before the opener, must not lose the part (which
gave false "new recommendation" findings and figures taken from other parts). Our own Veridia narrative, and
the real 2019 Cambodia narrative read by path."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEED_2019, SERIES
from tipdiff.compare import analyse_reports
from tipdiff.ingest import report_from_text
from tipdiff.options import Options

OPENER = "The government increased law enforcement efforts."


def veridia() -> str:
    return (SERIES / "2019.txt").read_text(encoding="utf-8")


def parts(text: str) -> dict[str, str]:
    """part name -> its text, of a narrative given as text."""
    report = report_from_text(text, "veridia-2019.txt")
    return {s.name: " ".join(s.paragraphs) for s in report.sections}


def findings(old: str, new: str) -> list[str]:
    comparison = analyse_reports(report_from_text(old, "veridia-2019.txt"), report_from_text(new, "veridia-2020.txt"),
                                 Options())
    return [f"{f.rule}: {f.message}" for f in comparison.findings]


def test_the_fixture_opens_prosecution_at_a_paragraph() -> None:
    assert "\n\n" + OPENER in veridia()
    assert parts(veridia())["prosecution"].startswith(OPENER)


def test_a_lost_paragraph_break_before_an_opener_keeps_the_part() -> None:
    joined = veridia().replace("\n\n" + OPENER, " " + OPENER, 1)
    assert parts(joined) == parts(veridia())
    assert findings(veridia(), joined) == []


def test_a_sentence_added_before_the_opener_is_added_in_that_part() -> None:
    added = "A new anti-trafficking court opened in the capital."
    edited = veridia().replace("\n\n" + OPENER, "\n\n" + added + " " + OPENER, 1)
    found = parts(edited)
    assert found["prosecution"].startswith(added + " " + OPENER)
    assert added not in found["recommendations"]
    assert not [f for f in findings(veridia(), edited) if f.startswith("recommendation/")]


def test_an_opener_inside_a_paragraph_is_no_part_when_the_part_opens_elsewhere() -> None:
    """The overview may say what a part will say; while the part opens at a paragraph of its own, a sentence
    like it inside another paragraph opens nothing."""
    text = veridia().replace("Authorities identified fewer victims,",
                             "Authorities identified fewer victims. The government maintained prevention efforts in "
                             "name only,", 1)
    found = parts(text)
    assert "The government maintained prevention efforts in name only" in found["overview"]
    assert found["prevention"].startswith("The government maintained prevention efforts.")


@pytest.mark.skipif(not SEED_2019.is_file(), reason="../shared (the real 2019 Cambodia narrative) is not present")
def test_the_real_2019_narrative_with_every_part_break_lost_compares_as_unchanged() -> None:
    text = SEED_2019.read_text(encoding="utf-8")
    joined = text
    for opener in ("The government maintained insufficient law enforcement efforts",
                   "The government decreased protection efforts", "The government maintained prevention efforts"):
        at = joined.find(opener)
        assert at > 0, opener
        joined = joined[:at].rstrip() + " " + joined[at:]
    old = report_from_text(text, Path(SEED_2019).name, year=2019)
    new = report_from_text(joined, Path(SEED_2019).name, year=2020)
    assert [s.name for s in new.sections] == [s.name for s in old.sections]
    assert analyse_reports(old, new, Options()).findings == ()
