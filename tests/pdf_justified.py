"""Justified PDFs for tests, two ways a producer stretches the spaces of a line to fill the column:
- `flowed`: fpdf2's own text columns with `text_align="J"` (fpdf2 widens each space glyph by word spacing, as
  word processors do), one or more columns, running over as many pages as the text needs;
- `placed`: each word drawn at its own position with the stretch in the gaps and no space glyph (as
  typesetters and some browsers write a page), optionally row by row across the columns (the left column's line,
  then the right column's line at the same height), the order that tests the gutter.
Paragraphs are separated by a blank gap; recommendations ("a • b • c") are one bulleted paragraph per item. Text
is cp1252 (the PDF core fonts)."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from pdf_typeset import paragraphs_of

PAGE_WIDTH, PAGE_HEIGHT, MARGIN = 612.0, 792.0, 54.0  # letter, in points
BULLET = " • "


class _Report(FPDF):
    def footer(self) -> None:
        self.set_y(-36)
        self.set_font("Helvetica", size=8)
        self.cell(0, 10, str(self.page_no()), align="C")


def _pdf(font_size: float) -> _Report:
    pdf = _Report(format="letter", unit="pt")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(MARGIN, MARGIN)
    pdf.set_auto_page_break(True, margin=MARGIN)
    pdf.add_page()
    pdf.set_font("Helvetica", size=font_size)
    return pdf


def items(text: str) -> list[str]:
    """The paragraphs to set: a run of recommendations becomes one "• item" paragraph each."""
    out = []
    for paragraph in paragraphs_of(text):
        if BULLET in paragraph:
            out += [f"• {item}" for item in paragraph.split(BULLET)]
        else:
            out += paragraph.split("\n")
    return out


def flowed(text: str, path: Path, *, columns: int = 2, font_size: float = 10.0, gutter: float = 20.0,
           width: float | None = None) -> Path:
    """fpdf2's justified text columns (`width`: the text block's width in points, the page's by default)."""
    pdf = _pdf(font_size)
    right_margin = PAGE_WIDTH - MARGIN - width if width is not None else MARGIN
    with pdf.text_columns(ncols=columns, gutter=gutter, text_align="J", l_margin=MARGIN,
                          r_margin=right_margin) as cols:
        for paragraph in items(text):
            with cols.paragraph(bottom_margin=font_size) as par:
                par.write(text=paragraph)
    pdf.output(str(path))
    return path


def _wrap(pdf: FPDF, words: list[str], width: float) -> list[list[str]]:
    lines: list[list[str]] = [[]]
    for word in words:
        if lines[-1] and pdf.get_string_width(" ".join([*lines[-1], word])) > width:
            lines.append([])
        lines[-1].append(word)
    return lines


def placed(text: str, path: Path, *, columns: int = 2, font_size: float = 10.0, gutter: float = 20.0,
           row_by_row: bool = False) -> Path:
    """Each word at its own position, justified (the last line of a paragraph set flush left); with `row_by_row`
    every row of a page is drawn across all the columns before the next row."""
    pdf = _pdf(font_size)
    column_width = (PAGE_WIDTH - 2 * MARGIN - (columns - 1) * gutter) / columns
    pitch = font_size * 1.25
    rows = int((PAGE_HEIGHT - 2 * MARGIN - font_size) / pitch)
    slots: list[list[str] | None] = []  # the page's lines column after column; None is the gap after a paragraph
    for paragraph in items(text):
        slots += [*_wrap(pdf, paragraph.split(), column_width), None]
    per_page = rows * columns
    for first in range(0, len(slots), per_page):
        if first:
            pdf.add_page()
        page = slots[first:first + per_page]
        order = sorted(range(len(page)), key=lambda i: (i % rows, i // rows)) if row_by_row else range(len(page))
        for index in order:
            line = page[index]
            if not line:
                continue
            x, y = MARGIN + index // rows * (column_width + gutter), MARGIN + font_size + index % rows * pitch
            last = index + 1 >= len(page) or page[index + 1] is None
            natural = sum(pdf.get_string_width(word) for word in line)
            space = pdf.get_string_width(" ") if last or len(line) == 1 else \
                (column_width - natural) / (len(line) - 1)
            for word in line:
                pdf.text(x, y, word)
                x += pdf.get_string_width(word) + space
    pdf.output(str(path))
    return path
