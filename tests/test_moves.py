"""No finding fires on a pair whose only difference is where a paragraph stands: paragraphs reordered within
their part, parts reordered, a paragraph moved into another part, in every fixture of every layout era."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from conftest import FIXTURES
from tipdiff.compare import analyse_reports
from tipdiff.ingest import load_report, report_from_text
from tipdiff.model import Report, Section
from tipdiff.options import Options
from tipdiff.sections import join_sections

NARRATIVES = sorted((FIXTURES / "eras").glob("*.txt")) + sorted((FIXTURES / "series" / "veridia").glob("*.txt")) + \
    sorted((FIXTURES / "cambodia").glob("*.txt")) + sorted((FIXTURES / "formats").glob("*.txt")) + \
    sorted((FIXTURES / "html").glob("*.html")) + sorted((FIXTURES / "factbook").glob("fb-veridia-20*.txt"))
# Real texts of ../shared in each shape: a state.gov TIP narrative copy, Factbook summaries of the 2010s and of
# the 2020s, a Human Rights Report page (read by path, never copied).
REAL = ["seeds/001_400fad6f8fbbb8b9.txt", "corpus/factbook/thailand/2015-10-26_1c1294a3.txt",
        "corpus/factbook/malaysia/2023-08-26_809ca736.txt", "corpus/factbook/cambodia/2023-01-05_e8b5be81.txt"]
REAL_PAGES = ["corpus/hrr/2016/thailand.html", "corpus/hrr/2023/cambodia.html"]
_PARAGRAPH = re.compile(r"<p\b[^>]*>(?:(?!</?p\b).)*</p>", re.S)
_PARAGRAPHS = re.compile(r"(?:<p\b[^>]*>(?:(?!</?p\b).)*</p>\s*){2,}", re.S)


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
    check_moves(path)


@pytest.mark.parametrize("name", REAL)
def test_moving_paragraphs_of_real_texts_changes_no_finding(shared: Path, name: str) -> None:
    check_moves(shared / name, least=1)


@pytest.mark.parametrize("name", REAL_PAGES)
def test_reordering_the_paragraphs_of_a_real_page_changes_no_finding(shared: Path, name: str) -> None:
    """Every run of consecutive paragraphs of the page (within one part) in reverse order, in the HTML itself."""
    path = shared / name
    page = path.read_text(encoding="utf-8")
    runs = _PARAGRAPHS.findall(page)
    moved_page = _PARAGRAPHS.sub(lambda m: "\n".join(reversed(_PARAGRAPH.findall(m.group(0)))) + "\n", page)
    original = load_report(path)
    moved = report_from_text(moved_page, path.name, original.profile)
    assert len(runs) >= 10 and [u.text for u in moved.units] != [u.text for u in original.units]
    assert sorted(u.text for u in moved.units) == sorted(u.text for u in original.units)
    comparison = analyse_reports(original, moved, Options())
    assert comparison.findings == (), [f.message for f in comparison.findings]


def check_moves(path: Path, least: int = 2) -> None:
    """The report against each of its moved copies: the same units, and no finding. A page (HTML) is compared
    as the text of its parts, the original order against the moved one, read with the page's profile."""
    original = load_report(path)
    profile = original.profile
    if path.suffix == ".html":
        original = report_from_text(_text(original, list(original.sections)), path.name, profile)
    variants = {"within parts": _within_parts(original), "parts reordered": _parts_reordered(original),
                "into another part": _into_another_part(original)}
    checked = 0
    for how, sections in variants.items():
        if sections is None:
            continue
        moved = report_from_text(_text(original, sections), path.name, profile)
        assert sorted(u.text for u in moved.units) == sorted(u.text for u in original.units), how
        comparison = analyse_reports(original, moved, Options())
        assert comparison.findings == (), (how, [f.message for f in comparison.findings])
        checked += 1
    assert checked >= least
