"""Abbreviations usual in the reports do not end a sentence (issue 11, item 6): a table of sentences written for
this test (the facts are typical of the reports, the sentences are ours), and case 11 of ../shared by path."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from tipdiff.compare import compare_files
from tipdiff.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent

# Each row: a paragraph, and the sentences it must be split into.
TABLE = [
    ("Police arrested a recruiter in Koh Kong Prov. on Monday. He was charged.",
     ["Police arrested a recruiter in Koh Kong Prov. on Monday.", "He was charged."]),
    ("Courts sentenced two traffickers to 7 yrs. in prison. Both appealed.",
     ["Courts sentenced two traffickers to 7 yrs. in prison.", "Both appealed."]),
    ("The ministry hired two Ph.D.'s to train labor inspectors. Training began in June.",
     ["The ministry hired two Ph.D.'s to train labor inspectors.", "Training began in June."]),
    ("The ministry hired two Ph.D.\u2019s to train labor inspectors. Training began in June.",
     ["The ministry hired two Ph.D.\u2019s to train labor inspectors.", "Training began in June."]),
    ("Lt. Gen. Sok Phal led the task force. It met twice.", ["Lt. Gen. Sok Phal led the task force.", "It met twice."]),
    ("Col. Dara oversaw the raid with Lt. Col. Vuthy. Police removed 12 victims.",
     ["Col. Dara oversaw the raid with Lt. Col. Vuthy.", "Police removed 12 victims."]),
    ("Under Art. 15 of the law, penalties increased. Courts applied it.",
     ["Under Art. 15 of the law, penalties increased.", "Courts applied it."]),
    ("Decree No. 5 took effect. It created a committee.", ["Decree No. 5 took effect.", "It created a committee."]),
    ("Officials identified approx. 300 victims. Most were women.",
     ["Officials identified approx. 300 victims.", "Most were women."]),
    ("From Jan.-Dec. 2019, police investigated 20 cases. Courts convicted 10.",
     ["From Jan.-Dec. 2019, police investigated 20 cases.", "Courts convicted 10."]),
    ("The raid began at 10 p.m. on Friday and ended at 4 a.m. on Saturday. Nobody was arrested.",
     ["The raid began at 10 p.m. on Friday and ended at 4 a.m. on Saturday.", "Nobody was arrested."]),
    ("The U.S. government funded a shelter. The U.N. agency trained staff.",
     ["The U.S. government funded a shelter.", "The U.N. agency trained staff."]),
    ("The Dept. of Labor inspected 40 sites. Inspectors found violations.",
     ["The Dept. of Labor inspected 40 sites.", "Inspectors found violations."]),
    ("The Govt. did not report data. NGOs reported 30 cases.",
     ["The Govt. did not report data.", "NGOs reported 30 cases."]),
    ("Sok Sr. and his son Sok Jr. were convicted. Both appealed.",
     ["Sok Sr. and his son Sok Jr. were convicted.", "Both appealed."]),
    ("The shelter on St. Mary Street closed. Victims moved to Mt. Meru district.",
     ["The shelter on St. Mary Street closed.", "Victims moved to Mt. Meru district."]),
    # an abbreviation at the end of a sentence still ends it when a sentence follows
    ("He returned to the U.S. The government did not report data.",
     ["He returned to the U.S.", "The government did not report data."]),
    ("Police raided a brothel in Siem Reap Prov. The owner fled.",
     ["Police raided a brothel in Siem Reap Prov.", "The owner fled."]),
    ("The court sentenced him to 5 yrs. The government did not appeal.",
     ["The court sentenced him to 5 yrs.", "The government did not appeal."]),
]


@pytest.mark.parametrize(("paragraph", "sentences"), TABLE, ids=[row[0][:40] for row in TABLE])
def test_abbreviations_do_not_end_a_sentence(paragraph: str, sentences: list[str]) -> None:
    assert split_sentences(paragraph) == sentences


def test_the_shipped_parameters_hold_every_curated_abbreviation() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from train_punkt import CURATED_ABBREVIATIONS
    finally:
        sys.path.remove(str(ROOT / "tools"))
    shipped = json.loads(resources.files("tipdiff").joinpath("data/punkt_en.json").read_text(encoding="utf-8"))
    assert set(CURATED_ABBREVIATIONS) <= set(shipped["abbrev_types"]), "run tools/train_punkt.py --curate"


def test_case_11_one_edited_and_one_added_sentence_no_fragments(shared: Path) -> None:
    case = shared / "cases" / "11-punkt-abbreviations"
    comparison = compare_files(case / "cambodia-2019.txt", case / "cambodia-2020.txt")
    [prosecution] = [s for s in comparison.sections if s.name == "prosecution"]
    kinds = [c.kind for c in prosecution.changes if c.kind != "unchanged"]
    assert sorted(kinds) == ["added", "edited"], kinds
    added = next(c for c in prosecution.changes if c.kind == "added").new
    assert added is not None and added.text.startswith("Lt. Gen.") and "Jan." in added.text
    for unit in comparison.new.units:  # no fragment starts after an abbreviation
        assert not unit.text.startswith(("\u2019s", "'s", "in prison", "on ")), unit.text
