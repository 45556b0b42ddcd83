"""Commas between words are typography, not edits (issue 12): the same words with commas added, dropped or moved
align as unchanged and are counted with the typography; a comma inside a number and every other mark stay
edits. Checked on the key, on our fixtures of every era and the Factbook, and on the real Factbook pair whose
only differences are commas."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from conftest import FIXTURES
from tipdiff.canonical import unit_key
from tipdiff.compare import analyse_files, analyse_reports
from tipdiff.ingest import report_from_text
from tipdiff.options import Options

FILES = sorted((FIXTURES / "eras").glob("*.txt")) + sorted((FIXTURES / "factbook").glob("fb-*.txt")) + [
    FIXTURES / "formats" / "veridia-2016-old-format.txt", FIXTURES / "html" / "veridia-2021.html"]


@pytest.mark.parametrize(("a", "b"), [
    ("therefore, Veridia remained on Tier 3", "therefore Veridia remained on Tier 3"),
    ("courts, police and labor inspectors", "courts, police, and labor inspectors"),
    ("forced labor , and sex trafficking", "forced labor and sex trafficking"),
])
def test_commas_between_words_give_one_key(a: str, b: str) -> None:
    assert unit_key(a, "sentence") == unit_key(b, "sentence") and unit_key(a, "item") == unit_key(b, "item")


@pytest.mark.parametrize(("a", "b"), [
    ("police identified 1,500 victims", "police identified 15,00 victims"),
    ("police identified 1,500 victims", "police identified 1.500 victims"),
    ("the plan; the budget", "the plan, the budget"),
    ("the plan: the budget", "the plan the budget"),
    ("Courts convicted, traffickers", "Courts convicted no traffickers"),
])
def test_other_marks_and_commas_in_numbers_stay_edits(a: str, b: str) -> None:
    assert unit_key(a, "sentence") != unit_key(b, "sentence")


def moved_commas(text: str, seed: int) -> str:
    """The same words with commas outside numbers dropped or added at random (never inside a number)."""
    rng = random.Random(seed)
    dropped = re.sub(r"(?<!\d),(?!\d)", lambda m: "" if rng.random() < 0.6 else ",", text)
    return re.sub(r"(?<=[a-z]) (?=(?:and|but|which|including) )", lambda m: ", " if rng.random() < 0.3 else " ",
                  dropped)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_comma_moves_change_nothing_in_every_era(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for seed in range(3):
        other = moved_commas(text, seed)
        comparison = analyse_reports(report_from_text(text, path.name), report_from_text(other, path.name), Options())
        changed = [(c.kind, c.unit.text) for s in comparison.sections for c in s.changes if c.kind != "unchanged"]
        assert changed == [] and comparison.findings == (), (seed, changed, comparison.findings)


def test_a_real_factbook_pair_with_only_commas_moved(shared: Path) -> None:
    folder = shared / "corpus" / "factbook" / "cambodia"
    old, new = sorted(folder.glob("2024-01-18_*.txt"))[0], sorted(folder.glob("2024-02-01_*.txt"))[0]
    comparison = analyse_files(old, new)
    overview = next(s for s in comparison.sections if s.name == "overview")
    assert [c.kind for c in overview.changes] == ["unchanged"] and overview.typography == 1
