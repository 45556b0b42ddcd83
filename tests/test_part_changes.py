"""Parts renamed, re-nested, merged or split across two years of a report whose parts are named after its headings
(tipdiff.partmatch pairs them, tipdiff.parts says what happened): never a part dropped plus a part added when
its sentences went on under another heading. Our own pages first, each standing for a real shape of the Human
Rights Reports; then every consecutive pair of ../shared/corpus/hrr."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from rapidfuzz import fuzz, process

from tipdiff.compare import compare_files
from tipdiff.model import Comparison, shown_heading
from tipdiff.partmatch import heading_text
from tipdiff.parts import part_changes

EXECUTIVE = ("Veridia is a republic with an elected parliament.", "Its last vote was held in the spring.")
WORK = ("The law sets a minimum wage for factory workers in the capital.",
        "Overtime beyond ten hours a week was banned by a decree of the labor ministry.",
        "Inspectors visited two hundred farms during the year and fined eleven owners.",
        "Many migrants worked without written contracts on plantations in the south.")
CONFLICT = ("Armed groups in the border hills recruited boys as porters and lookouts.",
            "The army shelled three villages during a dry season offensive against the rebels.",
            "Soldiers beat detained farmers suspected of feeding the rebels at a camp near the river.",
            "A rights group documented burns and broken bones among former detainees of that camp.",
            "The ombudsman asked the defence ministry for the camp's records and received none.",
            "Both sides laid mines on paths that children used to reach the village school.")


def _page(path: Path, year: int, parts: list[tuple[int, str, tuple[str, ...]]]) -> Path:
    """A saved state.gov page of our own: the title, then each (level, heading, sentences) as h2-h4 and one
    paragraph."""
    body = "".join(f"<h{level}>{heading}</h{level}><p>{' '.join(sentences)}</p>" if sentences else
                   f"<h{level}>{heading}</h{level}>" for level, heading, sentences in parts)
    path.write_text(f"<html><body><main><h1>{year} Country Reports on Human Rights Practices: Veridia</h1>"
                    f"<h2>Executive Summary</h2><p>{' '.join(EXECUTIVE)}</p>{body}</main></body></html>",
                    encoding="utf-8")
    return path


def _kinds(comparison: Comparison) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(c.kind, c.old, c.new) for c in part_changes(comparison)]


def _edited(sentence: str) -> str:
    return sentence.replace("the year", "the reporting year").replace("Many", "Most").replace("three", "four")


def test_heading_label_and_colon_are_not_its_words() -> None:
    assert heading_text("e. Acceptable Conditions of Work") == "Acceptable Conditions of Work"
    assert heading_text("Section 1. Respect for the Integrity of the Person") == "Respect for the Integrity of the Person"
    assert heading_text("Wage and Hour Laws:") == "Wage and Hour Laws"


def test_text_moved_under_a_new_sub_heading_is_a_rename(tmp_path: Path) -> None:
    """The old part's heading stays, empty, and its sentences (some edited) stand under a new sub-heading."""
    old = _page(tmp_path / "old.html", 2020, [(3, "e. Working Conditions", WORK)])
    new = _page(tmp_path / "new.html", 2021, [(3, "e. Working Conditions", ()),
                                               (4, "Pay and Hours:", tuple(_edited(s) for s in WORK))])
    comparison = compare_files(old, new)
    assert _kinds(comparison) == [("renamed", ("e. Working Conditions",), ("Pay and Hours",))]
    pay = next(s for s in comparison.sections if s.name == "pay-and-hours")
    assert pay.renamed_from == "working-conditions"
    assert {c.kind for c in pay.changes} == {"unchanged", "edited"}  # edited in place, never moved or removed


def test_two_parts_folded_into_one_are_merged(tmp_path: Path) -> None:
    """A lettered part with a one-sentence lead and a sub-part, folded together under the lettered heading."""
    lead = ("The constitution protects free speech, with exceptions for national security.",)
    old = _page(tmp_path / "old.html", 2021, [(3, "a. Freedom of Speech, Including for the Press", lead),
                                               (4, "Freedom of Speech:", WORK)])
    new = _page(tmp_path / "new.html", 2022, [(3, "a. Freedom of Speech, Including for the Press",
                                                lead + tuple(_edited(s) for s in WORK))])
    comparison = compare_files(old, new)
    assert _kinds(comparison) == [("merged", ("a. Freedom of Speech, Including for the Press", "Freedom of Speech"),
                                   ("a. Freedom of Speech, Including for the Press",))]
    assert not any(c.kind in ("removed", "moved") for s in comparison.sections for c in s.changes)


def test_a_part_cut_in_two_is_split(tmp_path: Path) -> None:
    old = _page(tmp_path / "old.html", 2020, [(3, "g. Abuses in Internal Conflict", CONFLICT)])
    new = _page(tmp_path / "new.html", 2021, [(3, "g. Conflict-related Abuses", CONFLICT[:2] + CONFLICT[5:]),
                                               (4, "Beatings in Custody:", CONFLICT[2:5])])
    assert _kinds(compare_files(old, new)) == [
        ("split", ("g. Abuses in Internal Conflict",), ("g. Conflict-related Abuses", "Beatings in Custody"))]


def test_a_shorter_heading_with_the_same_label_is_a_rename(tmp_path: Path) -> None:
    """'d. Freedom of Movement, Refugees, ...' -> 'd. Freedom of Movement': the new text is new, but the label in
    its numbered section and the heading's words say it is the same part."""
    old = _page(tmp_path / "old.html", 2016, [(2, "Section 2. Respect for Civil Liberties", ()),
                                               (3, "d. Freedom of Movement, Displaced Persons, and Refugees", WORK[:2])])
    new = _page(tmp_path / "new.html", 2017, [(2, "Section 2. Respect for Civil Liberties", ()),
                                               (3, "d. Freedom of Movement", CONFLICT[:2])])
    assert _kinds(compare_files(old, new)) == [
        ("renamed", ("d. Freedom of Movement, Displaced Persons, and Refugees",), ("d. Freedom of Movement",))]


def test_unrelated_parts_are_never_paired(tmp_path: Path) -> None:
    old = _page(tmp_path / "old.html", 2020, [(3, "Women", WORK)])
    new = _page(tmp_path / "new.html", 2021, [(3, "Persons with Disabilities", CONFLICT)])
    assert _kinds(compare_files(old, new)) == [("added", (), ("Persons with Disabilities",)),
                                               ("dropped", ("Women",), ())]


# --- the real pages ----------------------------------------------------------------------------------------------

def _pair(shared: Path, country: str, year: int) -> Comparison:
    hrr = shared / "corpus" / "hrr"
    return compare_files(hrr / str(year) / f"{country}.html", hrr / str(year + 1) / f"{country}.html")


def _found_elsewhere(comparison: Comparison, part: str) -> float:
    """The share of an old part's sentences that stand, word for word or nearly (rapidfuzz ratio >= 90), anywhere
    in the new page, measured on the text, independently of how parts were paired. Stock sentences, written more
    than once in either year ("Penalties were regularly applied against violators." closes several parts), say
    nothing about where a part went and are left out; so is a new sentence that stands unchanged in the part of
    its own name."""
    seen = Counter(u.text for u in comparison.old.units) + Counter(u.text for u in comparison.new.units)
    stock = {text for text, n in seen.items() if n > 2} | \
        {text for report in (comparison.old, comparison.new) for text, n in Counter(u.text for u in report.units).items() if n > 1}
    olds = [u.text for u in comparison.old.units if u.section == part and u.text not in stock]
    kept = {id(c.new) for s in comparison.sections for c in s.changes
            if c.kind == "unchanged" and c.old is not None and c.old.section == s.name}
    news = [u.text for s in comparison.sections for c in s.changes
            if (u := c.new) is not None and id(u) not in kept and u.text not in stock]
    found = sum(1 for text in olds if process.extractOne(text, news, scorer=fuzz.ratio, score_cutoff=90))
    return found / len(olds) if olds else 0.0


def _check_pair(comparison: Comparison) -> None:
    names = {shown_heading(s.heading): s.name for s in comparison.old.sections if s.heading}
    for change in part_changes(comparison):
        if change.kind == "dropped":
            share = _found_elsewhere(comparison, names[change.old[0]])
            assert share < 0.5, (comparison.new.path, change.old, share)
        if change.kind == "renamed":  # never two unrelated parts: a word of the heading or sentences in common
            old_words = set(heading_text(change.old[0]).lower().replace("-", " ").split())
            new_words = set(heading_text(change.new[0]).lower().replace("-", " ").split())
            section = next(s for s in comparison.sections if s.title == change.new[0])
            carried = sum(1 for c in section.changes if c.old is not None and c.kind != "removed")
            assert (old_words & new_words) - {"and", "of", "the", "or", "in", "for"} or carried, change


@pytest.mark.slow
def test_no_part_dropped_whose_sentences_went_on_in_any_consecutive_pair(shared: Path) -> None:
    for country in ("cambodia", "thailand"):
        for year in range(2016, 2024):
            _check_pair(_pair(shared, country, year))


@pytest.mark.slow
def test_no_part_dropped_whose_sentences_went_on_2022_to_2023(shared: Path) -> None:
    """Every third country of the whole-report pair (in name order, 64 pairs: about 20 s; all 190 pass too, in
    about a minute, which is more than this suite should spend on one check)."""
    hrr = shared / "corpus" / "hrr"
    pairs = [(p, hrr / "2023" / p.name) for p in sorted((hrr / "2022").glob("*.html")) if (hrr / "2023" / p.name).exists()]
    assert len(pairs) > 180
    for old, new in pairs[::3]:
        _check_pair(compare_files(old, new))


def test_thailand_2020_2021_work_conditions_and_conflict_renamed(shared: Path) -> None:
    """Before, all 47 sentences of "e. Acceptable Conditions of Work" that stand under "Wage and Hour Laws:" were
    moved across parts and 12 more removed; now they are aligned in place (9 removed, all rewritten away)."""
    found = _kinds(_pair(shared, "thailand", 2020))
    assert ("renamed", ("e. Acceptable Conditions of Work",), ("Wage and Hour Laws",)) in found
    assert ("split", ("g. Abuses in Internal Conflict",),
            ("g. Conflict-related Abuses", "Physical Abuse, Punishment, and Torture")) in found
    assert not [k for k in found if k[0] == "dropped"], found
    comparison = _pair(shared, "thailand", 2020)
    wages = next(s for s in comparison.sections if s.name == "wage-and-hour-laws")
    assert wages.count("removed") < 12 and not [c for c in wages.changes if c.kind == "moved" and
                                                 c.from_section == "acceptable-conditions-of-work"]


def test_cambodia_2021_2022_freedom_of_expression_merged(shared: Path) -> None:
    found = _kinds(_pair(shared, "cambodia", 2021))
    expression = "a. Freedom of Expression, Including for Members of the Press and Other Media"
    assert ("merged", (expression, "Freedom of Expression"), (expression,)) in found
    assert not [k for k in found if k[0] == "dropped"], found


def test_cambodia_2016_2017_freedom_of_movement_renamed(shared: Path) -> None:
    found = _kinds(_pair(shared, "cambodia", 2016))
    assert ("renamed", ("d. Freedom of Movement, Internally Displaced Persons, Protection of Refugees, and "
                        "Stateless Persons",), ("d. Freedom of Movement",)) in found
    assert not [k for k in found if k[0] == "dropped"], found


def test_thailand_2023_2024_conflict_renamed_and_cut_parts_dropped(shared: Path) -> None:
    found = _kinds(_pair(shared, "thailand", 2023))
    renamed = {old[0]: new[0] for kind, old, new in found if kind == "renamed"}
    assert renamed["i. Conflict-related Abuses"].startswith("c. War Crimes, Crimes against Humanity")
    dropped = {old[0] for kind, old, _ in found if kind == "dropped"}
    assert {"Prison and Detention Center Conditions", "Internet Freedom", "Women"} <= dropped  # cut in 2024
