"""Justified PDFs (spaces stretched to fill the column) read as the same report: the pieces pdfminer.six splits a
loose line into are one line again (tipdiff/ingest/pdf_lines.py), in one and two columns, from fpdf2's own
justified text columns and from word-by-word placement, also drawn row by row across the gutter; a running
header and its page number on one baseline stay apart; a heading wrapped in a narrow column stays one heading.
Seed 001 is read by path."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF
from pdf_justified import flowed, placed

from conftest import FIXTURES, SERIES
from tipdiff.compare import analyse_files
from tipdiff.ingest import pdf_lines
from tipdiff.ingest.pdf import page_blocks, read_pdf
from tipdiff.ingest.pdf_columns import Block, Line
from tipdiff.ingest.pdf_flow import paragraphs
from tipdiff.model import Comparison

Build = Callable[[str, Path], Path]
BUILDS: dict[str, Build] = {
    "flowed-1col": lambda text, path: flowed(text, path, columns=1),
    "flowed-2col": lambda text, path: flowed(text, path, columns=2),
    "flowed-2col-narrow": lambda text, path: flowed(text, path, columns=2, width=300, gutter=12),
    "placed-1col": lambda text, path: placed(text, path, columns=1),
    "placed-2col": lambda text, path: placed(text, path, columns=2),
    "placed-2col-row-by-row": lambda text, path: placed(text, path, columns=2, row_by_row=True),
    "placed-3col": lambda text, path: placed(text, path, columns=3, gutter=10),
}


def changes(comparison: Comparison) -> list[tuple[str, str, str]]:
    return [(c.kind, c.old.text if c.old else "", c.new.text if c.new else "")
            for s in comparison.sections for c in s.changes if c.kind != "unchanged"]


def findings(comparison: Comparison) -> list[tuple[str, str]]:
    return sorted((f.rule, f.message) for f in comparison.findings)


NARRATIVES = [FIXTURES / "cambodia" / "cambodia-2019.txt", FIXTURES / "cambodia" / "cambodia-2022.txt",
              SERIES / "2021.txt"]


def _pdf_name(path: Path) -> str:
    year = re.search(r"(?:19|20)\d\d", path.name)
    return f"{path.stem.split('-')[0]}-{int(year.group(0)) + 1 if year else 2022}.pdf"


@pytest.mark.parametrize("build", BUILDS, ids=str)
@pytest.mark.parametrize("narrative", NARRATIVES, ids=lambda p: p.name)
def test_a_justified_narrative_compares_unchanged(narrative: Path, build: str, tmp_path: Path) -> None:
    pdf = BUILDS[build](narrative.read_text(encoding="utf-8"), tmp_path / _pdf_name(narrative))
    comparison = analyse_files(narrative, pdf)
    assert changes(comparison) == [] and findings(comparison) == []
    assert [s.name for s in comparison.new.sections] == [s.name for s in comparison.old.sections]


def _loose_lines(pdf: Path) -> int:
    """How many more lines pdfminer.six's line building alone gives than tipdiff reads: the pieces of justified
    lines it split at a stretched space (the fault's precondition)."""
    def count() -> int:
        return sum(len(block.lines) for page in page_blocks(pdf.read_bytes(), str(pdf))[0] for block in page)

    whole = count()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pdf_lines, "join_pieces", lambda lines, starts: lines)
        return count() - whole


@pytest.mark.parametrize("build", ["flowed-2col", "placed-2col"])
def test_an_edited_word_in_a_justified_pdf_is_exactly_that_change(build: str, tmp_path: Path) -> None:
    old = FIXTURES / "cambodia" / "cambodia-2019.txt"
    text = old.read_text(encoding="utf-8")
    edited = text.replace("trained more police", "trained fewer police", 1)
    assert edited != text
    as_text = tmp_path / "cambodia-2020.txt"
    as_text.write_text(edited, encoding="utf-8")
    expected = analyse_files(old, as_text)
    pdf = BUILDS[build](edited, tmp_path / "cambodia-2020.pdf")
    assert _loose_lines(pdf) > 5  # the PDF does have justified lines pdfminer.six splits
    found = analyse_files(old, pdf)
    assert changes(found) == changes(expected)
    assert [(kind, "fewer" in new) for kind, _, new in changes(found)] == [("edited", True)]
    assert findings(found) == findings(expected)


LONG_WORDS = """VERIDIA: Tier 2

The Government of Veridia does not fully meet the minimum standards but is making significant efforts \
to end trafficking. Interministerial counter-trafficking coordination remained \
underresourced notwithstanding internationally supported institution-strengthening programs. \
Telecommunications-facilitated recruitment, disproportionately targeting unaccompanied adolescents, \
necessitated multidisciplinary victim-identification methodologies. Prosecutorial responsibilities \
remained decentralized, and characteristically overburdened magistrates postponed proceedings.
"""


@pytest.mark.parametrize("build", ["flowed-2col-narrow", "placed-3col"])
def test_long_unhyphenated_words_leave_wide_gaps_and_read_word_for_word(build: str, tmp_path: Path) -> None:
    source = tmp_path / "veridia-2021.txt"
    source.write_text(LONG_WORDS, encoding="utf-8")
    pdf = BUILDS[build](LONG_WORDS, tmp_path / "veridia-2022.pdf")
    assert _loose_lines(pdf) >= 3
    assert read_pdf(pdf.read_bytes(), str(pdf)).text.split() == LONG_WORDS.split()
    comparison = analyse_files(source, pdf)
    assert changes(comparison) == [] and findings(comparison) == []


def test_a_running_header_and_its_page_number_on_one_baseline_stay_apart(tmp_path: Path) -> None:
    """Quiet side of the join: in one column, the header's gap to the page number at the right margin is far
    wider than its spaces and than any stretched space."""
    pdf = FPDF(format="letter", unit="pt")
    pdf.set_margins(54, 54)
    pdf.set_auto_page_break(False)
    body = LONG_WORDS.split("\n\n")[1].split()
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        pdf.text(54, 40, "2022 TRAFFICKING IN PERSONS REPORT")
        pdf.text(553, 40, str(page))  # flush with the text's right edge (558 pt)
        pdf.set_font("Helvetica", size=10)
        pdf.set_y(60)
        if page == 1:
            pdf.cell(0, 14, "VERIDIA: Tier 2", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 12, " ".join(body[:40] if page == 1 else body[40:]), align="J")
    path = tmp_path / "veridia-2022.pdf"
    pdf.output(str(path))
    read = read_pdf(path.read_bytes(), str(path))
    assert "p. 1: 2022 TRAFFICKING IN PERSONS REPORT" in read.removed and "p. 2: 2" in read.removed
    assert "TRAFFICKING IN PERSONS REPORT" not in read.text
    assert read.text.split()[3:] == body


def test_a_heading_wrapped_in_a_narrow_column_is_one_heading(tmp_path: Path) -> None:
    old = FIXTURES / "cambodia" / "cambodia-2022.txt"
    pdf = placed(old.read_text(encoding="utf-8"), tmp_path / "cambodia-2023.pdf", columns=3, gutter=10)
    text = read_pdf(pdf.read_bytes(), str(pdf)).text
    assert "\n\nPRIORITIZED RECOMMENDATIONS:\n\n" in text  # set on two lines in the PDF, one heading
    assert len(analyse_files(old, pdf).new.units_in("recommendations")) == 8


@pytest.mark.parametrize("build", ["placed-1col", "flowed-2col", "placed-2col", "placed-2col-row-by-row"])
def test_seed_justified_compares_unchanged(shared: Path, build: str, tmp_path: Path) -> None:
    seed = shared / "seeds" / "001_400fad6f8fbbb8b9.txt"
    pdf = BUILDS[build](seed.read_text(encoding="utf-8"), tmp_path / "cambodia-2020.pdf")
    assert _loose_lines(pdf) > 5
    comparison = analyse_files(seed, pdf, old_year=2019)
    assert changes(comparison) == [] and findings(comparison) == []
    assert [s.name for s in comparison.new.sections] == [s.name for s in comparison.old.sections]


def _capitals(text: str, x1: float, top: float) -> Line:
    return Line(text=text, x0=54.0, x1=x1, top=top, bottom=top - 10, first_chunk=(x1 - 54) / len(text) *
                len(text.split()[0]), char_width=(x1 - 54) / len(text))


@pytest.mark.parametrize(("right", "expected"), [
    (160.0, ["PRIORITIZED RECOMMENDATIONS:", "Seek restitution."]),  # the second word did not fit: wrapped
    (400.0, ["PRIORITIZED", "RECOMMENDATIONS:", "Seek restitution."]),  # it would have fitted: two headings
])
def test_capitals_run_on_only_where_the_next_word_did_not_fit(right: float, expected: list[str]) -> None:
    lines = (_capitals("PRIORITIZED", 117.0, 700.0), _capitals("RECOMMENDATIONS:", 160.0, 688.0),
             Line(text="Seek restitution.", x0=54.0, x1=140.0, top=676.0, bottom=666.0, first_chunk=20.0,
                  char_width=5.0),
             Line(text="x" * int((right - 54) / 5), x0=54.0, x1=right, top=600.0, bottom=590.0, first_chunk=5.0,
                  char_width=5.0))  # a line as wide as the column, in a box of its own
    assert paragraphs([[Block(lines=lines[:3]), Block(lines=lines[3:])]], [54.0])[:-1] == expected
