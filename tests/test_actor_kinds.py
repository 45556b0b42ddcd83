"""Actors read the same on every shape of the text (issue 12, item 3): a dash typed as hyphens is punctuation,
military and police ranks are titles of people, one name has one kind whatever paragraph comes first, and a
name anywhere in the old text is never "newly named". Over our era fixtures and the real Factbook texts."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from conftest import FIXTURES
from tipdiff.compare import analyse_files, analyse_reports
from tipdiff.facts import extract_facts
from tipdiff.facts.actors import reading_text
from tipdiff.ingest import load_report, report_from_text
from tipdiff.options import Options

ERA_FILES = [FIXTURES / "eras" / f"veridia-{y}.txt" for y in (2001, 2005, 2012, 2018, 2024)] + [
    FIXTURES / "formats" / "veridia-2016-old-format.txt", FIXTURES / "html" / "veridia-2021.html"]
# Our own sentences: a typed dash after a place, ranks without honorifics, a country both in a list and after
# a preposition, an alias-table country by acronym and by name.
ADDED = ("Recruiters moved victims to Ostria--constituting a new route - and onward to Norland. "
         "Police Major General Tol Maren and Lieutenant Colonel Hem Bora were reassigned; General Chan Rithy was not. "
         "Victims came from Malaysia, the PRC and Laos; some went to China.")


def with_added(path: Path, sentences: str = ADDED) -> str:
    """The fixture with `sentences` at the end of the paragraph after its first part heading (or the last)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        spot = re.search(r"PROSECUTION</h3>\s*<p>.*?(?=</p>)", text, re.S)
    else:
        spot = re.search(r"^prosecution\n\n[^\n]+", text, re.M | re.I) or re.search(r"[^\n]+\n*\Z", text)
    assert spot, path
    return text[:spot.end()].rstrip("\n") + " " + sentences + text[spot.end():]


@pytest.mark.parametrize("path", ERA_FILES, ids=lambda p: p.name)
def test_dashes_ranks_and_one_kind_in_every_era(path: Path) -> None:
    actors = extract_facts(report_from_text(with_added(path), path.name)).actors.values()
    kinds = {a.name: a.kind for a in actors}
    assert not [n for n in kinds if "-" in n and n.split("-")[0] in ("Ostria", "Malaysia")], kinds
    assert {kinds.get(n) for n in ("Tol Maren", "Hem Bora", "Chan Rithy")} == {"person"}, kinds
    assert not any("General" in n or "Colonel" in n for n in kinds), kinds
    china = {a.key: a for a in actors}["people s republic of china"]  # "the PRC" and "China": one actor
    assert (china.kind, china.name) == ("place", "China"), china  # shown as the report writes it


@pytest.mark.parametrize("path", ERA_FILES, ids=lambda p: p.name)
def test_a_name_in_a_list_last_year_is_not_newly_named(path: Path) -> None:
    old = report_from_text(with_added(path, "Victims came from Laos, Malaysia and Ostria."), path.name)
    new = report_from_text(with_added(path, "Victims came from Laos and were taken to Malaysia--and to Ostria."),
                           path.name)
    named = [f.message for f in analyse_reports(old, new, Options()).findings if f.rule.startswith("actor/")]
    assert named == [], named


def test_the_kind_does_not_depend_on_which_paragraph_comes_first() -> None:
    paragraphs = ["The PRC embassy repatriated 12 victims.", "Some victims were taken to China.",
                  "The IOM helped them home."]
    seen = set()
    for order in itertools.permutations(paragraphs):
        report = report_from_text("VERIDIA: Tier 2\n\nPROTECTION\n\n" + "\n\n".join(order) + "\n")
        seen.add(tuple(sorted((a.name, a.kind) for a in extract_facts(report).actors.values())))
    assert seen == {(("China", "place"),  # "the PRC" and "China", shown as the report writes it
                     ("International Organization for Migration", "body"))}


def test_reading_text_keeps_positions() -> None:
    text = "to Ostria--constituting a route - and to Norland---then back"
    read = reading_text(text)
    assert len(read) == len(text) and "--" not in read and " - " not in read
    assert read.replace("\u2014", "-") == text


def test_real_factbook_places_named_in_a_list_are_not_new(shared: Path) -> None:
    """Thailand's Factbook entry names Malaysia and China in lists one year and after "in"/"from" the next."""
    folder = shared / "corpus" / "factbook" / "thailand"
    old, new = sorted(folder.glob("2015-*.txt"))[0], sorted(folder.glob("2016-*.txt"))[0]
    messages = [f.message for f in analyse_files(old, new).findings if f.rule.startswith("actor/")]
    assert not any(n in m for m in messages for n in ("Malaysia", "China")), messages
    old_text = " ".join(u.text for u in load_report(old).units)
    for message in messages:  # what is still reported as newly named is really absent from the old text
        if message.startswith("Newly named"):
            name = message.split(": ", 1)[1]
            assert not re.search(rf"\b{re.escape(name)}\b", old_text), message


def test_history_names_a_person_for_the_first_time_only_when_no_earlier_text_does(tmp_path: Path) -> None:
    from tipdiff.history import build_history

    body = {2019: "Media reported that Tol Maren owned a compound.",
            2020: "Media reported that General Tol Maren owned a compound.",
            2021: "Media reported that General Tol Maren and senator Chan Rithy owned a compound."}
    for year, sentence in body.items():
        (tmp_path / f"{year}.txt").write_text(f"VERIDIA: Tier 2\n\nPROSECUTION\n\n{sentence}\n", encoding="utf-8")
    events = [text for _, text in build_history(tmp_path).events if "named for the first time" in text]
    assert events == ["Chan Rithy named for the first time"]


@pytest.mark.parametrize("sentence, expected", [
    ("The 2024 Trafficking in Persons Report urged the ministry to act.", {}),
    ("Officials cited the TIP report and Country Reports on Human Rights Practices.", {}),
    ("Officials from the Office to Monitor and Combat Trafficking in Persons visited Sarn province.",
     {"Office to Monitor and Combat Trafficking in Persons": "body", "Sarn province": "place"}),
    ("Shelters relied on surplus money from General Welfare Services.", {"General Welfare Services": "body"}),
])
def test_report_titles_and_names_inside_bodies_are_no_actors(sentence: str, expected: dict[str, str]) -> None:
    """The reports' own titles name no place ("Persons Report"), no place is read inside a body's name ("in
    Persons"), and a services budget line after "from" is a body, never a place or a General."""
    report = report_from_text(f"VERIDIA: Tier 2\n\nPROTECTION\n\n{sentence}\n", "veridia-2022.txt")
    assert {a.name: a.kind for a in extract_facts(report).actors.values()} == expected
