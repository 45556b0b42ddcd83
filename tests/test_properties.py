"""Properties that must hold for any pair of narratives, checked with hypothesis on generated ones: built
from the fixture series' sentences, then edited, deleted, inserted, swapped and moved across parts at random."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SERIES
from tipdiff.compare import compare_reports
from tipdiff.diff import apply_ops, change_words
from tipdiff.ingest import report_from_text
from tipdiff.ingest.text import clean
from tipdiff.profile import load_profile
from tipdiff.render.json import comparison_dict, dumps
from tipdiff.sections import join_sections

HEADINGS = {"recommendations": "PRIORITIZED RECOMMENDATIONS:", "prosecution": "PROSECUTION",
            "protection": "PROTECTION", "prevention": "PREVENTION", "profile": "TRAFFICKING PROFILE"}
PARTS = ("overview",) + tuple(HEADINGS)


def _pool() -> dict[str, list[str]]:
    pool: dict[str, set[str]] = {part: set() for part in PARTS}
    for year in (2019, 2020, 2021, 2022):
        for unit in report_from_text((SERIES / f"{year}.txt").read_text(encoding="utf-8"), f"v-{year}.txt").units:
            if unit.section in pool:
                pool[unit.section].add(unit.text)
    return {part: sorted(texts) for part, texts in pool.items()}


POOL = _pool()
WORDS = ["police", "courts", "victims", "shelters", "officials", "increased", "decreased", "reported", "seven",
         "twelve", "border", "province", "labor", "funding"]

narrative = st.fixed_dictionaries({
    part: st.lists(st.sampled_from(POOL[part]), min_size=1, max_size=6, unique=True) for part in PARTS})
tier = st.sampled_from(["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"])


def render(parts: dict[str, list[str]], tier_name: str) -> str:
    blocks = [f"VERIDIA: {tier_name}", " ".join(parts["overview"])]
    for part in PARTS[1:]:
        blocks.append(HEADINGS[part])
        blocks += parts[part] if part == "recommendations" else [" ".join(parts[part])]
    return "\n\n".join(blocks) + "\n"


@st.composite
def edited(draw, parts: dict[str, list[str]]) -> dict[str, list[str]]:
    """Random edits: change words, drop, add, swap, and move a sentence to another part."""
    out = {part: list(units) for part, units in parts.items()}
    for _ in range(draw(st.integers(0, 6))):
        part = draw(st.sampled_from(PARTS))
        units = out[part]
        action = draw(st.sampled_from(["edit", "drop", "add", "swap", "move"]))
        if action == "edit" and units:
            index = draw(st.integers(0, len(units) - 1))
            words = units[index].split()
            position = draw(st.integers(0, len(words) - 1))
            words[position] = draw(st.sampled_from(WORDS))
            units[index] = " ".join(words).rstrip(".") + "."
        elif action == "drop" and len(units) > 1:
            units.pop(draw(st.integers(0, len(units) - 1)))
        elif action == "add":
            units.insert(draw(st.integers(0, len(units))), draw(st.sampled_from(POOL[part])))
        elif action == "swap" and len(units) > 1:
            i, j = draw(st.integers(0, len(units) - 1)), draw(st.integers(0, len(units) - 1))
            units[i], units[j] = units[j], units[i]
        elif action == "move" and len(units) > 1 and part != "recommendations":
            target = draw(st.sampled_from([p for p in PARTS if p not in (part, "recommendations")]))
            out[target].append(units.pop(draw(st.integers(0, len(units) - 1))))
    return out


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(parts=narrative, tier_name=tier)
def test_a_text_compared_with_itself_has_no_changes(parts, tier_name) -> None:
    text = render(parts, tier_name)
    comparison = compare_reports(report_from_text(text, "v-2020.txt"), report_from_text(text, "v-2021.txt"))
    assert comparison.identical


@SETTINGS
@given(data=st.data(), parts=narrative, tier_name=tier)
def test_alignment_and_edits_account_for_every_sentence(data, parts, tier_name) -> None:
    new_parts = data.draw(edited(parts))
    old = report_from_text(render(parts, tier_name), "v-2020.txt")
    new = report_from_text(render(new_parts, tier_name), "v-2021.txt")
    changes = [c for s in compare_reports(old, new).sections for c in s.changes]
    # every unit of each side is used exactly once (a split's second new unit and a merge's second old one too)
    assert sorted(u.id for c in changes for u in c.old_units) == sorted(u.id for u in old.units)
    assert sorted(u.id for c in changes for u in c.new_units) == sorted(u.id for u in new.units)
    # the reported edits turn the old sentence (a merge's two, joined) into the new one (a split's two, joined)
    for change in changes:
        if change.text_changed:
            assert apply_ops(change_words(change), "old") == change.old_text
            assert apply_ops(change_words(change), "new") == change.new_text
        if change.kind == "unchanged":
            assert change.old.text == change.new.text
    # and the new text is exactly the new units, in order, whatever happened to them
    by_id = {u.id: u.text for c in changes for u in c.new_units}
    assert [by_id[u.id] for u in new.units] == [u.text for u in new.units]


@SETTINGS
@given(data=st.data(), parts=narrative, tier_name=tier)
def test_splitting_and_joining_gives_back_the_cleaned_text(data, parts, tier_name) -> None:
    text = render(data.draw(edited(parts)), tier_name)
    report = report_from_text(text, "v-2021.txt")
    cleaned = clean(text.encode("utf-8"), "v-2021.txt", load_profile("tip"))
    joined = join_sections(report.title, report.sections, report.title_line)
    # a part's opener that lost its paragraph break starts a paragraph again (tipdiff.sections._unbreak): the
    # words and their order are kept, a paragraph break may be added before the opener
    assert re.sub(r"\s+", " ", joined) == re.sub(r"\s+", " ", "\n\n".join(cleaned.paragraphs))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), parts=narrative, tier_name=tier)
def test_output_is_deterministic(data, parts, tier_name) -> None:
    old_text, new_text = render(parts, tier_name), render(data.draw(edited(parts)), tier_name)

    def once() -> str:
        old = report_from_text(old_text, "v-2020.txt")
        new = report_from_text(new_text, "v-2021.txt")
        return dumps(comparison_dict(compare_reports(old, new)))

    assert once() == once()
