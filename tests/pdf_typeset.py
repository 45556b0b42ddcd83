"""Typeset a plain-text narrative as a PDF the way report PDFs are laid out, for the property tests: one or two
columns, lines wrapped by measured width (Helvetica, cp1252), a blank line between paragraphs, recommendations
("a • b • c") as one bulleted item per line with wrapped items hanging-indented, a running header and page
numbers, column and page breaks wherever the text reaches the bottom, and optionally a forced column break
before chosen paragraphs (a part opening at the top of a page) and line-end hyphens: compounds broken at their
own hyphen, and words the document uses elsewhere broken inside ("traffick-" / "ing")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF

from tipdiff.reflow import english_word

PAGE_WIDTH, PAGE_HEIGHT, MARGIN, GUTTER = 215.9, 279.4, 15.0, 8.0
BULLET = " • "


@dataclass
class Layout:
    columns: int = 1
    font_size: float = 9.0
    lines_per_column: int = 55  # at most what fits above the footer at the font size
    hyphenate: bool = True
    hanging_indent: bool = True
    header: str = "2020 TRAFFICKING IN PERSONS REPORT"
    break_before: set[int] = field(default_factory=set)  # paragraph indexes that start a new column


LIST_LINE = re.compile(r"(?:[•·*–-]|\d{1,2}[.)]|\([a-z]\)|[ivx]{1,5}\.) ")


def paragraphs_of(text: str) -> list[str]:
    """Paragraphs on one line each; a block of lines that all start with a list marker ("1. ", "(a) ", "* ")
    keeps its lines, one item each."""
    out = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        heading = lines[:1] if len(lines) > 2 and not LIST_LINE.match(lines[0]) else []
        if len(lines) - len(heading) > 1 and all(LIST_LINE.match(line) for line in lines[len(heading):]):
            out += heading + ["\n".join(lines[len(heading):])]  # a heading set above its list
        elif lines:
            out.append(" ".join(" ".join(lines).split()))
    return out


PREFIXES = ("anti", "non", "self", "cross", "counter", "multi", "co")


def _counts(pattern: str, text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word in re.findall(pattern, text):
        counts[word.casefold()] = counts.get(word.casefold(), 0) + 1
    return counts


def _attested(text: str) -> set[str]:
    """Words (case-folded) a document uses at least twice: a typesetter's break inside one is recoverable."""
    return {word for word, n in _counts(r"[A-Za-z]+", text).items() if n >= 2 and len(word) >= 7}


def _breakable_compounds(text: str) -> set[str]:
    """Compounds a line may end inside, at their own hyphen, so that a reader can tell (issue 11, item 2): the
    document writes them more than once, the first part is a productive prefix, or the second is capitalised.
    (A compound written once with an arbitrary first part cannot be told from a word broken by a typesetter.)"""
    found = set()
    for compound, n in _counts(r"[A-Za-z]+(?:-[A-Za-z]+)+", text).items():
        first = compound.split("-")[0]
        if n >= 2 or first in PREFIXES:
            found.add(compound)
    found.update(c.casefold() for c in re.findall(r"[A-Za-z]+-[A-Z][A-Za-z]*", text))
    return found


class _Setter:
    def __init__(self, pdf: FPDF, width: float, text: str, hyphenate: bool) -> None:
        self.pdf, self.width, self.hyphenate = pdf, width, hyphenate
        self.hyphenable, self.compounds = _attested(text), _breakable_compounds(text)

    def pieces(self, text: str) -> list[tuple[str, bool]]:
        """(piece, space before it): words, and breakable compounds as "anti-" + "trafficking"."""
        out = []
        for word in text.split():
            core = word.strip(".,;:()\"'")
            if self.hyphenate and core.casefold() in self.compounds:
                parts = re.findall(r"[^-]+-|[^-]+$", word)
                out += [(part, index == 0) for index, part in enumerate(parts)]
            else:
                out.append((word, True))
        return out

    def fits(self, text: str, width: float) -> bool:
        return self.pdf.get_string_width(text) <= width

    def wrap(self, text: str, first_width: float, width: float) -> list[str]:
        """Greedy wrap by measured width; breaks after spaces, after a compound's hyphen, or inside a word."""
        spaced = self.pieces(text)
        lines: list[str] = []
        current = ""
        for piece, space in spaced:
            room = first_width if not lines else width
            candidate = (current + (" " if space and current else "") + piece) if current else piece
            if self.fits(candidate, room):
                current = candidate
                continue
            word = piece.strip("-.,;:()")
            if self.hyphenate and current and word.casefold() in self.hyphenable and piece.startswith(word):
                for cut in range(len(word) - 3, 2, -1):
                    head = current + (" " if space else "") + word[:cut] + "-"
                    # hyphenation patterns break between syllables, not into two words ("traffic-king")
                    if self.fits(head, room) and not (english_word(word[:cut]) and english_word(word[cut:])):
                        lines.append(head)
                        current = piece[cut:]
                        break
                else:
                    lines.append(current)
                    current = piece
                continue
            if current:
                lines.append(current)
            current = piece
        if current:
            lines.append(current)
        return lines


def typeset(text: str, path: Path, layout: Layout) -> Path:
    pdf = FPDF(format="letter", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=layout.font_size)
    column_width = (PAGE_WIDTH - 2 * MARGIN - (layout.columns - 1) * GUTTER) / layout.columns
    pitch = layout.font_size * 0.3528 * 1.3
    indent = pdf.get_string_width("• ") if layout.hanging_indent else 0.0
    setter = _Setter(pdf, column_width, text, layout.hyphenate)
    top = MARGIN + 10
    per_column = min(layout.lines_per_column, int((PAGE_HEIGHT - top - MARGIN - 8) / pitch))  # above the footer

    slot = [0, 0]  # column, line within the column
    pages = [0]

    def new_page() -> None:
        pdf.add_page()
        pages[0] += 1
        pdf.set_font("Helvetica", size=7)
        pdf.text(MARGIN, MARGIN, layout.header)
        pdf.text(PAGE_WIDTH / 2, PAGE_HEIGHT - MARGIN + 5, str(pages[0]))
        pdf.set_font("Helvetica", size=layout.font_size)

    def next_column() -> None:
        slot[0] += 1
        slot[1] = 0
        if slot[0] >= layout.columns:
            slot[0] = 0
            new_page()

    def place(line: str, x_offset: float = 0.0) -> None:
        if slot[1] >= per_column:
            next_column()
        x = MARGIN + slot[0] * (column_width + GUTTER) + x_offset
        pdf.text(x, top + slot[1] * pitch, line)
        slot[1] += 1

    new_page()
    for index, paragraph in enumerate(paragraphs_of(text)):
        if index in layout.break_before and slot[1]:
            next_column()
        elif index and slot[1]:
            slot[1] += 1  # the blank line between paragraphs (none at the top of a column)
            if slot[1] >= per_column:
                next_column()
        if BULLET in paragraph or "\n" in paragraph:
            listed = paragraph.split("\n") if "\n" in paragraph else ["• " + i for i in paragraph.split(BULLET)]
            for item in listed:
                marker, rest = item.split(" ", 1)
                width = pdf.get_string_width(marker + " ")
                lines = setter.wrap(rest, column_width - width, column_width - (width if indent else 0.0))
                place(f"{marker} {lines[0]}")
                for line in lines[1:]:
                    place(line, width if indent else 0.0)
        else:
            for line in setter.wrap(paragraph, column_width, column_width):
                place(line)
    pdf.output(str(path))
    return path
