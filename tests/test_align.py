"""Alignment against the labelled fixture series: every labelled change is found, and nothing else."""

from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, SERIES, series_steps
from tipdiff.compare import compare_files
from tipdiff.diff import apply_ops, change_words
from tipdiff.model import Change


def _matches(label: dict, change: Change) -> bool:
    if label["kind"] != change.kind or label["section"] != change.section:
        return False
    if change.kind == "moved" and label.get("from", change.section) != change.from_section:
        return False
    if ("old" in label) != (change.old is not None) or ("new" in label) != (change.new is not None):
        return False
    return (change.old is None or change.old.text.startswith(label["old"])) and \
        (change.new is None or change.new.text.startswith(label["new"]))


@pytest.mark.parametrize("old, new, labels", series_steps(), ids=lambda p: p.name)
def test_each_step_finds_exactly_the_labelled_changes(old: Path, new: Path, labels: Path) -> None:
    expected = yaml.safe_load(labels.read_text(encoding="utf-8"))
    comparison = compare_files(old, new)
    assert [comparison.old.tier, comparison.new.tier] == expected["tiers"]
    changes = [c for s in comparison.sections for c in s.changes if c.kind != "unchanged"]
    unmatched_labels = [label for label in expected["changes"] if sum(_matches(label, c) for c in changes) != 1]
    unlabelled = [c for c in changes if sum(_matches(label, c) for label in expected["changes"]) != 1]
    assert not unmatched_labels, f"labelled but not found once: {unmatched_labels}"
    assert not unlabelled, f"found but not labelled: {[(c.kind, c.section, c.id) for c in unlabelled]}"
    rewrites = [(r.section, r.new_text) for s in comparison.sections for r in s.rewrites]
    assert len(rewrites) == len(expected["rewrites"])
    for label in expected["rewrites"]:
        assert any(sec == label["section"] and text.startswith(label["new"]) for sec, text in rewrites)


def test_the_series_exercises_every_change_type() -> None:
    kinds, cross_moves, within_moves, rewrites = set(), 0, 0, 0
    for _, _, labels in series_steps():
        data = yaml.safe_load(labels.read_text(encoding="utf-8"))
        kinds |= {label["kind"] for label in data["changes"]}
        cross_moves += sum(1 for label in data["changes"] if label["kind"] == "moved" and "from" in label)
        within_moves += sum(1 for label in data["changes"] if label["kind"] == "moved" and "from" not in label)
        rewrites += len(data["rewrites"])
    assert kinds == {"edited", "moved", "added", "removed"}
    assert cross_moves and within_moves and rewrites
    assert len(series_steps()) >= 3


def test_alignment_uses_every_unit_of_each_side_exactly_once() -> None:
    for old, new, _ in series_steps():
        comparison = compare_files(old, new)
        changes = [c for s in comparison.sections for c in s.changes]
        assert sorted(c.old.id for c in changes if c.old) == sorted(u.id for u in comparison.old.units)
        assert sorted(c.new.id for c in changes if c.new) == sorted(u.id for u in comparison.new.units)


def test_word_edits_rebuild_the_new_sentence() -> None:
    for old, new, _ in series_steps():
        for section in compare_files(old, new).sections:
            for change in section.changes:
                if change.text_changed:
                    assert apply_ops(change_words(change), "old") == change.old.text
                    assert apply_ops(change_words(change), "new") == change.new.text


def test_a_text_compared_with_itself_has_no_changes() -> None:
    comparison = compare_files(SERIES / "2021.txt", SERIES / "2021.txt")
    assert comparison.identical
    assert all(c.kind == "unchanged" and c.similarity == 1.0 for s in comparison.sections for c in s.changes)


def test_recommendations_are_aligned_item_by_item_across_formats() -> None:
    """2019 lists them with bullets on one line, 2020 one per line under a heading."""
    section = next(s for s in compare_files(SERIES / "2019.txt", SERIES / "2020.txt").sections
                   if s.name == "recommendations")
    assert all(c.kind != "unchanged" or c.old.kind == c.new.kind == "item" for c in section.changes)
    assert section.count("unchanged") == 4


def test_cambodia_pair_across_unheaded_and_headed_formats() -> None:
    comparison = compare_files(FIXTURES / "cambodia" / "cambodia-2019.txt", FIXTURES / "cambodia" / "cambodia-2022.txt")
    assert (comparison.old.tier, comparison.new.tier) == ("Tier 2 Watch List", "Tier 3")
    assert [s.name for s in comparison.sections] == ["overview", "recommendations", "prosecution", "protection",
                                                      "prevention", "profile"]
    overview = comparison.sections[0]
    assert overview.rewrites, "the overview changed almost entirely and is shown as a rewritten paragraph"
    recommendations = comparison.sections[1]
    assert recommendations.count("removed") == 1 and recommendations.count("added") == 2
