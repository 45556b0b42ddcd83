"""Reading order of a page's text boxes: column by column, and top to bottom between boxes that span columns.

pdfminer.six groups characters into lines and lines into boxes well (the pieces of a justified line joined in
between: `pdf_lines`), but its box order (`boxes_flow`) weighs
height against left edge: a one-line box at the top of the right column can come before the left column's
text at the same height (seen on our two-column test pages). So the boxes it found are ordered here:
- columns are left edges that lines start at, with a clear gutter before them (see
  `column_starts`); a hanging indent or a centred line is not a column;
- a box that reaches into the next column (a full-width heading or paragraph) spans; spanning boxes cut the
  page into bands read top to bottom;
- inside a band, each column's boxes are read top to bottom, the columns left to right.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

MIN_COLUMN_LINES = 1  # a column may hold a single line (the end of a narrative); its gutter decides
GUTTER_CLEAR = 0.8  # share of the lines of the column before a gutter that end short of it


@dataclass(frozen=True)
class Line:
    """One text line: its text (spaces collapsed), box in points (y grows upwards), and the width of its first
    word in points (up to a space or through a hyphen)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    first_chunk: float
    char_width: float


@dataclass(frozen=True)
class Block:
    """A pdfminer.six text box: lines close together in one column."""

    lines: tuple[Line, ...]

    @property
    def x0(self) -> float:
        return min(line.x0 for line in self.lines)

    @property
    def x1(self) -> float:
        return max(line.x1 for line in self.lines)


@dataclass(frozen=True)
class Column:
    """A column of the document: its left and right edges in points, and its longest line in characters."""

    left: float
    right: float
    chars: int


def columns_of(blocks: list[Block], starts: list[float]) -> list[Column]:
    """Each column's extent over the whole document (a box reaching into the next column does not count)."""
    out = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else float("inf")
        lines = [line for block in blocks if _column_index(block, starts) == index and block.x1 <= end
                 for line in block.lines]
        if not lines:
            out.append(Column(start, end if end != float("inf") else start, 0))
            continue
        out.append(Column(min(line.x0 for line in lines), max(line.x1 for line in lines),
                          max(len(line.text) for line in lines)))
    return out


def column_of(block: Block, starts: list[float], columns: list[Column]) -> Column:
    """The column a box is set in; a box reaching into the next column is its own (full-width) column."""
    index = _column_index(block, starts)
    if not columns or (index + 1 < len(starts) and block.x1 > starts[index + 1]):
        return Column(block.x0, block.x1, max(len(line.text) for line in block.lines))
    return columns[index]


def _column_index(block: Block, starts: list[float]) -> int:
    return column_at(block.x0, block.lines[0].char_width, starts)


def column_at(x0: float, char_width: float, starts: list[float]) -> int:
    """The index of the column a line starting at `x0` (points) is set in; two characters' slack."""
    return max((i for i, start in enumerate(starts) if x0 >= start - 2 * char_width), default=0)


def column_starts(blocks: list[Block]) -> list[float]:
    """The left edges (points) columns start at, left to right: an edge that lines start at, with the
    gutter before it clear (nearly all lines of the column before it end short of it). An indent or a centred
    heading sits inside the text of the column before it, so it is not a column."""
    lines = [line for block in blocks for line in block.lines]
    if not lines:
        return []
    width = sorted(line.char_width for line in lines)[len(lines) // 2]
    counts: Counter[int] = Counter(round(line.x0 / (2 * width)) for line in lines)
    edges = sorted(min(line.x0 for line in lines if round(line.x0 / (2 * width)) == key)
                   for key, n in counts.items() if n >= MIN_COLUMN_LINES)
    starts = [min(line.x0 for line in lines)]
    for edge in edges:
        if edge - starts[-1] <= 8 * width:
            continue
        before = [line for line in lines if starts[-1] - 2 * width <= line.x0 < edge - 2 * width]
        if before and sum(line.x1 < edge for line in before) >= GUTTER_CLEAR * len(before):
            starts.append(edge)
    return starts


def reading_order(blocks: list[Block], starts: list[float]) -> list[Block]:
    """The page's boxes in reading order, given the document's column starts (see the module docstring)."""
    if len(starts) < 2:
        return sorted(blocks, key=lambda block: -block.lines[0].top)

    def column(block: Block) -> int:
        return _column_index(block, starts)

    def spans(block: Block) -> bool:
        index = column(block)
        return index + 1 < len(starts) and block.x1 > starts[index + 1]

    ordered: list[Block] = []
    band: list[Block] = []

    def close_band() -> None:
        ordered.extend(sorted(band, key=lambda block: (column(block), -block.lines[0].top)))
        band.clear()

    for block in sorted(blocks, key=lambda block: -block.lines[0].top):
        if spans(block):
            close_band()
            ordered.append(block)
        else:
            band.append(block)
    close_band()
    return ordered
