"""One country over the years: tiers, streaks, first-time events, recommendation persistence, figures."""

import shutil
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from conftest import SERIES
from tipdiff.errors import InputError
from tipdiff.history import build_history


@pytest.fixture
def veridia(tmp_path: Path) -> Path:
    folder = tmp_path / "veridia"
    folder.mkdir()
    for year in (2019, 2020, 2021, 2022):
        shutil.copy(SERIES / f"{year}.txt", folder / f"{year}.txt")
    return folder


def test_tiers_streaks_and_events(veridia: Path) -> None:
    history = build_history(veridia)
    assert [(e.year, e.tier, e.streak) for e in history.entries] == [
        (2019, "Tier 2", 1), (2020, "Tier 2 Watch List", 1), (2021, "Tier 2 Watch List", 2), (2022, "Tier 3", 1)]
    events = dict(((y, t), True) for y, t in history.events)
    assert (2022, "first state sponsor of trafficking (government policy or pattern) designation in these files") in events
    assert (2021, "Arlen Voss named for the first time") in events
    assert (2022, "first year on Tier 3 in these files") in events


def test_recommendation_persistence(veridia: Path) -> None:
    carried = {c.text[:30]: c for c in build_history(veridia).recommendations}
    regulate = carried["Regulate recruitment agencies "]
    assert (regulate.first_year, regulate.years, regulate.dropped_in) == (2019, 4, None)
    amend = carried["Amend the 2011 Law on the Supp"]
    assert (amend.first_year, amend.years, amend.dropped_in) == (2019, 3, 2022)
    reworded = carried["Proactively screen migrant wor"]
    assert (reworded.first_year, reworded.years) == (2020, 3), "a reworded item keeps its history"


def test_figures_over_the_years(veridia: Path) -> None:
    label, series = build_history(veridia).figures["convictions"]
    assert series == ((2019, 31), (2020, 33), (2021, 30), (2022, 12))
    assert dict(build_history(veridia).figures["victims_identified"][1])[2022] is None


def test_history_command_terminal_and_markdown(run, veridia: Path) -> None:
    terminal = run("history", veridia)
    assert terminal.code == 0 and "2021  Tier 2 Watch List       2" in terminal.out
    assert "dropped in 2022" in terminal.out and "▇█▇▁" in terminal.out
    markdown = run("history", veridia, "--format", "markdown").out
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    assert [t.content for i, t in enumerate(tokens) if i and tokens[i - 1].type == "heading_open"][:4] == [
        "Veridia: 2019–2022", "Tiers", "Events", "Recommendations"]


def test_compare_adds_the_history_when_other_years_are_there(run, veridia: Path) -> None:
    result = run("compare", veridia / "2020.txt", veridia / "2021.txt")
    assert "Tier 2 Watch List for the second straight year" in result.out
    result = run("compare", veridia / "2021.txt", veridia / "2022.txt", "--format", "markdown")
    assert "(carried for three years, since 2019)" in result.out
    assert "(first time in these files)" in result.out


def test_history_errors(tmp_path: Path, veridia: Path) -> None:
    with pytest.raises(InputError, match="holds no report files named by year"):
        build_history(tmp_path)
    with pytest.raises(InputError, match="holds no report of 2018 or before"):
        build_history(veridia, until=2018)


def test_two_files_for_one_year_the_same_words_read_as_one(veridia: Path) -> None:
    # the same report with curly quotes straightened: the same words, so one year, not an error
    text = (SERIES / "2020.txt").read_text(encoding="utf-8")
    (veridia / "veridia-2020.txt").write_text(text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"'),
                                              encoding="utf-8")
    history = build_history(veridia)
    assert [e.year for e in history.entries] == [2019, 2020, 2021, 2022]
    assert history.notes == ("2020: 2020.txt and veridia-2020.txt say the same words; read as one (veridia-2020.txt)",)


def test_two_different_texts_for_one_year_the_last_by_name_is_used(veridia: Path) -> None:
    # a draft with other words but the same tier (files that disagree on the tier: tests/test_layouts.py)
    (veridia / "2020-draft.txt").write_text((SERIES / "2020.txt").read_text(encoding="utf-8").replace(
        "The government", "The national government", 1), encoding="utf-8")
    history = build_history(veridia)
    assert [e.year for e in history.entries] == [2019, 2020, 2021, 2022]
    assert history.entry(2020) is not None and history.entry(2020).path.endswith("2020.txt")
    assert history.notes == ("2020: two different texts for this year in two files; the last by name, 2020.txt, "
                             "is used (2020-draft.txt left out)",)
