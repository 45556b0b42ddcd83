"""No finding fires on a pair whose only difference is where a paragraph stands: paragraphs reordered within
their part, parts reordered, a paragraph moved into another part, in every fixture of every layout era."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from conftest import FIXTURES
from tipdiff.compare import analyse_reports
from tipdiff.ingest import load_report, report_from_text
from tipdiff.model import Report, Section
from tipdiff.options import Options
from tipdiff.sections import join_sections

NARRATIVES = sorted((FIXTURES / "eras").glob("*.txt")) + sorted((FIXTURES / "series" / "veridia").glob("*.txt")) + \
    sorted((FIXTURES / "cambodia").glob("*.txt"))


def _text(report: Report, sections: list[Section]) -> str:
    return join_sections(report.title, tuple(sections), report.title_line) + "\n"


def _within_parts(report: Report) -> list[Section]:
    """Each part's paragraphs after its first (the heading's or the opener's) in reverse order."""
    return [dataclasses.replace(s, paragraphs=s.paragraphs[:1] + s.paragraphs[:0:-1]) for s in report.sections]


def _parts_reordered(report: Report) -> list[Section]:
    """The parts after the first in reverse order."""
    return list(report.sections[:1]) + list(report.sections[:0:-1])


def _into_another_part(report: Report) -> list[Section] | None:
    """A part's last paragraph (never its first) moved to the end of the part before it."""
    sections = list(report.sections)
    for index in range(len(sections) - 1, 0, -1):
        source, target = sections[index], sections[index - 1]
        if len(source.paragraphs) > 1 and source.name not in ("recommendations",) and \
                target.name not in ("recommendations",):
            sections[index] = dataclasses.replace(source, paragraphs=source.paragraphs[:-1])
            sections[index - 1] = dataclasses.replace(target, paragraphs=target.paragraphs + source.paragraphs[-1:])
            return sections
    return None


@pytest.mark.parametrize("path", NARRATIVES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_moving_paragraphs_changes_no_finding(path: Path) -> None:
    original = load_report(path)
    variants = {"within parts": _within_parts(original), "parts reordered": _parts_reordered(original),
                "into another part": _into_another_part(original)}
    checked = 0
    for how, sections in variants.items():
        if sections is None:
            continue
        moved = report_from_text(_text(original, sections), path.name)
        assert sorted(u.text for u in moved.units) == sorted(u.text for u in original.units), how
        comparison = analyse_reports(original, moved, Options())
        assert comparison.findings == (), (how, [f.message for f in comparison.findings])
        checked += 1
    assert checked >= 2
