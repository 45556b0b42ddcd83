"""The alignment's windows (tipdiff.align.PART_WINDOW, ACROSS_WINDOW): larger than every part and every narrative of
the ../shared corpus, so there they exclude nothing; beyond them a similar sentence is not looked for, while an
identical one is still paired wherever it went."""

from __future__ import annotations

from pathlib import Path

import pytest

import tipdiff.align as align_module
from tipdiff.errors import TipdiffError
from tipdiff.ingest import load_report
from tipdiff.model import Report, Section, Unit
from tipdiff.profile import load_profile


def _corpus(shared: Path) -> list[Path]:
    files = [p for p in shared.rglob("*") if p.is_file() and p.suffix in (".txt", ".html", ".pdf")]
    return sorted(p for p in files if "hooks" not in p.parts)


@pytest.mark.slow
def test_every_part_and_narrative_of_the_corpus_fits_in_the_windows(shared: Path) -> None:
    """An old unit's expected place and every new unit's place both lie within its part's (or narrative's)
    new units, so a window at least that long excludes no pair: the outputs are those of an unbounded search."""
    largest_part = largest_narrative = 0
    read = 0
    for path in _corpus(shared):
        try:
            report = load_report(path)
        except TipdiffError:
            continue  # not a narrative tipdiff reads (notes, a PDF without the pdf extra)
        read += 1
        counts: dict[str, int] = {}
        for unit in report.units:
            counts[unit.section] = counts.get(unit.section, 0) + 1
        largest_part = max(largest_part, *counts.values())
        largest_narrative = max(largest_narrative, len(report.units))
    assert read > 300
    assert largest_part <= align_module.PART_WINDOW, largest_part
    assert largest_narrative <= align_module.ACROSS_WINDOW, largest_narrative


def _report(units: list[tuple[str, str]], name: str) -> Report:
    """A report of one sentence per paragraph, parts in the order given."""
    by_part: dict[str, list[str]] = {}
    for part, text in units:
        by_part.setdefault(part, []).append(text)
    sections = tuple(Section(part, None, tuple(texts), line) for line, (part, texts) in enumerate(by_part.items()))
    made = tuple(Unit(f"{part}-{n + 1}", part, n, text) for part, texts in by_part.items()
                 for n, text in enumerate(texts))
    return Report(path=name, profile=load_profile("tip"), country=None, year=None, year_source="unknown", tier=None,
                  title=None, sections=sections, units=made)


def _filler(n: int) -> str:
    return f"Filler sentence number {n} says zebra{n} quagga{n} okapi{n}."


EDITED_OLD = "The ministry opened forty shelters for adult victims of forced labor in the northern provinces."
EDITED_NEW = "The ministry opened forty shelters for adult victims of forced labor in the southern provinces."


def _changes(old: Report, new: Report) -> dict[str, str]:
    diffs = align_module.align(old, new, ("prosecution", "protection"))
    return {c.new.text: c.kind for d in diffs for c in d.changes if c.new is not None}


@pytest.mark.parametrize("width", [align_module.PART_WINDOW])
def test_a_sentence_moved_with_edits_beyond_the_window_is_not_looked_for(width: int) -> None:
    fillers = [("prosecution", _filler(n)) for n in range(2 * width + 20)]
    old = _report([("prosecution", EDITED_OLD)] + fillers, "old.txt")
    far = _report(fillers + [("prosecution", EDITED_NEW)], "far.txt")
    near = _report(fillers[:5] + [("prosecution", EDITED_NEW)] + fillers[5:], "near.txt")
    assert _changes(old, near)[EDITED_NEW] == "moved"
    assert _changes(old, far)[EDITED_NEW] == "added"


def test_an_identical_sentence_is_paired_wherever_it_went() -> None:
    fillers = [("prosecution", _filler(n)) for n in range(2 * align_module.PART_WINDOW + 20)]
    old = _report([("prosecution", EDITED_OLD)] + fillers + [("protection", "Shelters stayed open.")], "old.txt")
    new = _report(fillers + [("prosecution", EDITED_OLD), ("protection", "Shelters stayed open.")], "new.txt")
    assert _changes(old, new)[EDITED_OLD] == "moved"


def test_a_sentence_moved_with_edits_to_another_part_is_found() -> None:
    old = _report([("prosecution", EDITED_OLD), ("prosecution", "Courts convicted two officials."),
                   ("protection", "Shelters stayed open.")], "old.txt")
    new = _report([("prosecution", "Courts convicted two officials."), ("protection", "Shelters stayed open."),
                   ("protection", EDITED_NEW)], "new.txt")
    diffs = align_module.align(old, new, ("prosecution", "protection"))
    moved = [c for d in diffs for c in d.changes if c.kind == "moved"]
    assert [(c.from_section, c.section, c.new.text if c.new else None) for c in moved] == \
        [("prosecution", "protection", EDITED_NEW)]
