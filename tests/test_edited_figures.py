"""Figures changed in an edited sentence (tipdiff.facts.edited_figures, the rule sentence/figures-changed): the
same quantity stated with another value, never "one" as a pronoun or determiner, and never a figure a
rewritten sentence merely drops or states for the first time."""

from __future__ import annotations

from pathlib import Path

import pytest

from tipdiff.compare import analyse_files
from tipdiff.facts.edited_figures import changed_figures, counted, sentence_figures
from tipdiff.facts.vocabulary import load_vocabulary
from tipdiff.model import Change, Unit

VOCABULARY = load_vocabulary()


def _edited(old: str, new: str) -> tuple[list[str], list[str]] | None:
    return changed_figures(Change("edited", "p", Unit("p-1", "p", 0, old), Unit("p-1", "p", 0, new), 0.7), VOCABULARY)


def test_what_a_figure_counts() -> None:
    text = "Inspectors closed 94 factories and 54 percent of the small workshops in the north."
    first, second = sentence_figures(text, VOCABULARY)
    assert counted(text, first) == {"factory"} and counted(text, second) == {"small", "workshop"}


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("The board heard 94 complaints in the spring, 22 of them about wages.",
     "The board heard 79 complaints over the year.", (["94"], ["79"])),
    ("Soldiers killed two fighters and wounded one porter near the river.",
     "Soldiers killed three fighters near the river, wounding one.", (["two"], ["three"])),
    ("The minimum wage was $190 a month for garment workers.",
     "For garment workers the minimum wage rose to $204.", (["$190"], ["$204"])),
    ("About 3 percent of the total population belonged to hill tribes in the census.",
     "Advocates put hill tribes at 1 percent of the total population.", (["3 percent"], ["1 percent"])),
    ("Martial law stood in all but seven districts of the south.",
     "Martial law stood in four districts of the coast and in all but nine districts of the south.",
     (["seven"], ["four", "nine"])),
    # an amount with its conversion: the amount is the figure, the dollars beside it are not
    ("The fine is RUC 50,000 ($2,015) for each offense.", "The fine is RUC 80,000 ($2,584) for each offense.",
     (["50,000"], ["80,000"])),
    # a count with nothing after it counts what the words before it name
    ("The jail held 900 inmates, with room for 400.", "The jail held 1,100 inmates, with room for 450.",
     (["900", "400"], ["1,100", "450"])),
])
def test_the_same_quantity_with_another_value_fires(old: str, new: str, expected: tuple[list[str], list[str]]) -> None:
    assert _edited(old, new) == expected


@pytest.mark.parametrize(("old", "new"), [
    ("Two rebels and one border guard died in the raid.", "Two rebels died in the raid, and a border guard was hurt."),
    ("No one was charged after the protest.", "Police charged nobody after the two protests."),
    ("One of the shelters closed in the dry season.", "The shelters stayed open in the dry season."),
    ("The court ordered the firm to pay 1,200 workers within 30 days.", "The court ordered the firm to pay its workers."),
    ("The agency served refugees in the border camps.", "The agency served more than 90,000 refugees in the camps."),
    ("The rate was 154 per 100,000 births, compared with 170 deaths per 100,000 births in 2014.",
     "The rate was 154 deaths per 100,000 births."),
    ("Observers counted eight land rights activists in custody.",
     "Observers counted one local human rights group among the plaintiffs."),
    # nothing after either count, and other words before each: two quantities
    ("In the capital rents rose to 40.", "In the capital wages fell to 45."),
    # a time of day and an ordinal are no figures; a number hyphened to a word ("12-month") is a measure
    ("Polls stayed open until 9:00 p.m. after the 10th complaint.", "Polls stayed open until 9 p.m. after the 11th complaint."),
    ("Monitors logged 447 incidents over a 12-month period.", "Monitors logged 447 incidents over the calendar year."),
    ("The law caps overtime at 80 hours per quarter.", "The law sets a 40-hour workweek."),
    ("The center served 40 women, and a shelter one more.", "The center served 40 women, and the shelter took one."),
    # only the dollar conversion of an amount in another currency moved; school grades are no counts
    ("Spreading rumors carries a fine of 5,000 to 20,000 Ruritanian crowns (RUC) ($201-$806).",
     "Spreading rumors carried a fine of 5,000 to 20,000 RUC ($162-$648)."),
    ("Pupils in grades one and two joined the program.", "Pupils in grades one through 10 joined the program."),
])
def test_a_figure_dropped_or_new_or_a_pronoun_is_quiet(old: str, new: str) -> None:
    assert _edited(old, new) is None


def _messages(shared: Path, country: str, year: int) -> list[str]:
    hrr = shared / "corpus" / "hrr"
    comparison = analyse_files(hrr / str(year) / f"{country}.html", hrr / str(year + 1) / f"{country}.html")
    return [f.message for f in comparison.findings if f.rule == "sentence/figures-changed"]


def test_thailand_2021_2022_figures_changed(shared: Path) -> None:
    """Before: 21 findings, 6 of them a figure dropped or newly stated ('one -> (not written)', '(not written) ->
    37.7 million'); now 15, each a quantity stated with another value."""
    messages = _messages(shared, "thailand", 2021)
    assert len(messages) == 15
    assert not [m for m in messages if "(not written)" in m]
    assert "Figures changed: 94, 22 -> 79, 11" in messages
    assert "Figures changed: 242 million baht -> 285.2 million baht" in messages
    assert "Figures changed: seven -> four, nine" in messages


def test_cambodia_2022_2023_figures_changed(shared: Path) -> None:
    """Before: 11 findings ('20 -> (not written)', '(not written) -> 100', '100,000, 170 -> (not written)' ...);
    now 4."""
    messages = _messages(shared, "cambodia", 2022)
    assert sorted(messages) == sorted(["Figures changed: 49, 40, eight -> 40, 28", "Figures changed: 40 -> 28",
                                       "Figures changed: 3 percent -> 1 percent", "Figures changed: $194 -> $200"])


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("Over the year, 3,200 workers held 14 strikes, compared with 9 strikes involving 1,100 workers in the prior year.",
     "Over the year, 7,500 workers held 31 strikes, compared with 14 strikes involving 3,200 workers in the prior year.",
     (["3,200", "14"], ["7,500", "31"])),
    ("The tribunal received 68 complaints, up from 28.", "The tribunal received 45 complaints, down from 68.",
     (["68"], ["45"])),
])
def test_last_year_s_values_after_words_of_comparison_are_not_this_year_s(old: str, new: str,
                                                                         expected: tuple[list[str], list[str]]) -> None:
    assert _edited(old, new) == expected


def test_a_comparison_that_only_restates_last_year_is_quiet() -> None:
    assert _edited("The tribunal received 45 complaints, down from 68 the year before.",
                   "The tribunal received 45 complaints, a decrease from 68 the year before.") is None


def test_the_real_cambodia_2019_to_2020_strikes_and_arbitration(shared: Path) -> None:
    hrr = shared / "corpus" / "hrr"
    comparison = analyse_files(hrr / "2019" / "cambodia.html", hrr / "2020" / "cambodia.html")
    found = [f.message for f in comparison.findings if f.rule == "sentence/figures-changed"]
    assert "Figures changed: 16,585, 26 -> 50,700, 92" in found and "Figures changed: 68 -> 45" in found
    assert not [m for m in found if m.startswith(("Figures changed: 28,", "Figures changed: 28 ->"))]


def test_a_part_of_another_count_is_paired_with_its_part() -> None:
    """"16 of the 26 cases" -> "57 of the 92 cases": both numbers changed, each paired with its own."""
    assert _edited("The council resolved 16 of the 26 cases it received.",
                   "The council resolved 57 of the 92 cases it received.") == (["16", "26"], ["57", "92"])
    assert _edited("The council resolved 16 of the 26 cases it received.",
                   "The council resolved 16 of the 92 cases it received.") == (["26"], ["92"])



def test_kenya_2022_2023_prison_capacity_is_a_figure_changed(shared: Path) -> None:
    """The real pages: the prison system's capacity, stated last in its sentence, changed with its population."""
    assert "Figures changed: 53,000, 30,000 -> 60,000, 34,000" in _messages(shared, "kenya", 2022)


def test_egypt_2022_2023_dollar_conversions_are_no_change(shared: Path) -> None:
    """The real pages: the fines in pounds stand; only their dollar values moved with the exchange rate."""
    assert not [m for m in _messages(shared, "egypt", 2022) if "$201" in m or "$2,015" in m]
