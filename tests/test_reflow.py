"""Re-flow: paragraphs and list items out of hard-wrapped lines; line-final hyphens kept or removed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tipdiff.compare import analyse_files
from tipdiff.reflow import Boundaries, Vocabulary, reflow
from tipdiff.sentences import split_items

STORY = ("Police opened an anti-trafficking unit in the capital. The new unit trained officers in "
         "victim-centered interviewing and worked with labor inspectors.")


def texts(lines: list[str], boundaries: Boundaries | None = None) -> list[str]:
    return [text for _, text in reflow(lines, boundaries or Boundaries())]


def test_hard_wrapped_paragraphs_join_and_blank_lines_separate() -> None:
    lines = ["Police opened an anti-trafficking unit in", "the capital. The new unit trained officers",
             "in interviewing.", "", "Courts convicted seven", "traffickers."]
    first = "Police opened an anti-trafficking unit in the capital. The new unit trained officers in interviewing."
    assert texts(lines) == [first, "Courts convicted seven traffickers."]


def test_first_line_indent_starts_a_paragraph_without_blank_lines() -> None:
    lines = ["    Police opened a unit in the", "capital last year.", "    Courts convicted seven", "traffickers."]
    assert texts(lines) == ["Police opened a unit in the capital last year.", "Courts convicted seven traffickers."]


def test_one_paragraph_per_line_without_blank_lines() -> None:
    lines = ["Police opened a unit in the capital last year and trained officers in interviewing victims.",
             "Courts convicted seven traffickers.", "The ministry funded two shelters."]
    assert texts(lines) == lines


def test_a_sentence_end_inside_a_wrapped_paragraph_does_not_split_when_the_next_word_did_not_fit() -> None:
    lines = ["Police opened a unit in the capital this year.", "Courts convicted seven traffickers and trained the",
             "ministry funded shelters."]
    assert len(texts(lines)) == 1


@pytest.mark.parametrize("marker", ["•", "·", "▪", "*", "-", "–", "1.", "1)", "(a)", "a.", "i."])
def test_list_items_in_every_form_wrap_over_lines(marker: str) -> None:
    lines = ["Recommendations:", f"{marker} Enact the draft law on trafficking", "  in persons.",
             f"{marker} Fund the national", "hotline."]
    paragraphs = texts(lines)
    assert paragraphs[1:] == [f"{marker} Enact the draft law on trafficking in persons.",
                              f"{marker} Fund the national hotline."]
    assert [split_items(p, ("•",)) for p in paragraphs[1:]] == [["Enact the draft law on trafficking in persons."],
                                                                 ["Fund the national hotline."]]


def test_a_wrapped_dash_is_text_and_a_wrapped_inline_bullet_continues_its_paragraph() -> None:
    lines = ["Officials held workers in debt bondage", "– particularly in brick kilns.", "",
             "Enact the law. • Fund the", "• hotline. • Train police."]
    assert texts(lines) == ["Officials held workers in debt bondage – particularly in brick kilns.",
                            "Enact the law. • Fund the • hotline. • Train police."]


def test_headings_and_openers_from_the_profile_stand_apart() -> None:
    boundaries = Boundaries(standalone=lambda line: line in ("PROSECUTION", "VERIDIA: Tier 2 Watch List"),
                            opens=lambda line: line.startswith("The government decreased"))
    lines = ["VERIDIA: Tier 2", "Watch List", "PROSECUTION", "Courts convicted seven traffickers and",
             "trained judges.", "The government decreased protection", "efforts."]
    assert texts(lines, boundaries) == ["VERIDIA: Tier 2 Watch List", "PROSECUTION",
                                        "Courts convicted seven traffickers and trained judges.",
                                        "The government decreased protection efforts."]


HYPHENS = [
    # (document lines, the joined paragraph): compounds keep their hyphen, broken words lose it
    (["Police opened an anti-", "trafficking unit."], "Police opened an anti-trafficking unit."),
    (["The unit was victim-", "centered."], "The unit was victim-centered."),
    (["It used video-", "conferencing."], "It used video-conferencing."),
    (["Traffickers exploit sex- ", "and labor trafficking victims."],
     "Traffickers exploit sex- and labor trafficking victims."),
    (["It was a mid-", "2019 operation."], "It was a mid-2019 operation."),
    (["It funded NGO-", "run shelters."], "It funded NGO-run shelters."),
    (["Police (anti-", "trafficking unit) acted."], "Police (anti-trafficking unit) acted."),
    (["The government traffick-", "ing law."], "The government trafficking law."),
    (["Courts applied the procedures twice; the pro-", "cedures were slow."],
     "Courts applied the procedures twice; the procedures were slow."),
    (["The committee met, the committee voted, and the commit-", "tee adjourned."],
     "The committee met, the committee voted, and the committee adjourned."),
    (["The board opened a micro-finance office; microfinance lenders", "and micro-",
      "finance groups met."],
     "The board opened a micro-finance office; microfinance lenders and micro-finance groups met."),
    # a hyphen alone at the line end: a suspended compound's second part after "and" / "or", or a word the
    # document writes so elsewhere; otherwise a spaced dash
    (["Boats that were foreign-owned and -", "operated were inspected."],
     "Boats that were foreign-owned and -operated were inspected."),
    (["Police cited state-owned and -run farms, and state-owned, -", "run mines."],
     "Police cited state-owned and -run farms, and state-owned, -run mines."),
    (["Officials acted quickly -", "within days - after the report."],
     "Officials acted quickly - within days - after the report."),
]


@pytest.mark.parametrize(("lines", "expected"), HYPHENS)
def test_line_final_hyphens(lines: list[str], expected: str) -> None:
    assert texts(lines) == [expected]


def test_a_typeset_document_joins_undecided_halves() -> None:
    lines = ["The govern-", "ment said the traffick-", "ing case of the tribu-", "nal was closed.",
             "The government and the tribunal met."]
    vocabulary = Vocabulary.of(lines)
    assert vocabulary.hyphenates
    assert texts(lines)[0].startswith("The government said the trafficking case of the tribunal")


def test_an_opener_inside_a_wrapped_sentence_does_not_split_it() -> None:
    boundaries = Boundaries(opens=lambda line: line.startswith("Veridia is a source"))
    lines = ["Officials said that, as in past years,", "Veridia is a source country for men in forced labor."]
    assert texts(lines, boundaries) == [" ".join(lines)]


def test_seed_with_a_line_break_after_a_suspended_hyphen_compares_unchanged(shared: Path, tmp_path: Path) -> None:
    """The real 2019 narrative writes "Thai-owned and -operated" twice; a copy broken after that hyphen (as a
    browser or a PDF wraps it) reads the same."""
    seed = shared / "seeds" / "001_400fad6f8fbbb8b9.txt"
    text = seed.read_text(encoding="utf-8")
    assert text.count("and -operated") == 2
    copy = tmp_path / "cambodia-2020.txt"
    copy.write_text(text.replace("and -operated", "and -\noperated"), encoding="utf-8")
    comparison = analyse_files(seed, copy, old_year=2019)
    assert [c for s in comparison.sections for c in s.changes if c.kind != "unchanged"] == []
    assert list(comparison.findings) == []

