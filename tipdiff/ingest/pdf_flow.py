"""Paragraphs from a PDF's positioned lines (pdfminer.six text boxes, page chrome already removed).

The boxes come in reading order, column by column. Where a paragraph ends:
- inside a box, before a bullet line ("• ", "▪ ", "– " ...; not a bullet wrapped to a line's start inside
  running text, after a line filled to the column's edge), after a line that closes a sentence and that the
  next line's first word would have fitted on (a deliberate break: measured in points against the column's
  right edge *and* in characters against the column's longest line, so typeset and character-wrapped PDFs both
  read right), after a heading-like line (no lower-case letters; unless more capitals follow whose first word
  would not have fitted on it: a heading wrapped in a narrow column), and before an indented first line;
- between boxes in one column (a vertical gap), unless the text runs on mid-sentence into a lower-case word;
- at a column or page break only when the text before it closes a sentence (., !, ?, :) or is a heading:
  a paragraph that runs on across the break mid-sentence is re-joined; one that ends at a sentence end is split
  there, so a part's opening sentence at the top of a page ("The government maintained prevention efforts.")
  always starts a paragraph, and so its part. (A paragraph split at a sentence end keeps all its sentences.)
Bulleted items wrapping over several lines stay whole; a run of them is one paragraph "• a • b • c", the layout
the text reader takes for a list. Line-final hyphens are judged by the re-flow's own judge
(`tipdiff.reflow.Vocabulary.join`), the same one hard-wrapped text goes through.
"""

from __future__ import annotations

import re
from itertools import pairwise

from tipdiff.ingest.pdf_columns import Block, Column, Line, column_of, columns_of
from tipdiff.reflow import Vocabulary

BULLET = re.compile(r"^[•·▪◦‣●■□–—*-]\s+")
WEAK_BULLET = re.compile(r"^[–—*-]")  # also a dash in running text: a bullet only after a closed line or in a list
CLOSES = re.compile(r"[.!?:][”\"’')\]]*$")
SPACE_SHARE = 0.5  # a space is about half an average character wide
ADJACENT_GAP = 0.6  # boxes closer than this many line heights have no blank line between them


def _first_word(text: str) -> str:
    match = re.match(r"\S+?(?:-|(?=\s)|$)", text)
    return match.group(0) if match else text


def _fits(previous: Line, line: Line, column: Column) -> bool:
    """Would the line's first word have fitted at the end of the previous line? Then the break was deliberate."""
    room = column.right - previous.x1 - previous.char_width * SPACE_SHARE
    by_points = line.first_chunk <= room + 0.5
    by_chars = len(previous.text) + 1 + len(_first_word(line.text)) <= column.chars
    return by_points and by_chars


def _short_before_capital(previous: Line, line: Line, column: Column) -> bool:
    """A line under two thirds of the column, whose next line starts with a capital that would have fitted on
    it: a heading or a closing line without a full stop ("Prevention", "U.S. Department of State")."""
    short = previous.x1 - column.left < (column.right - column.left) * 2 / 3 and \
        len(previous.text) < column.chars * 2 / 3
    return short and line.text[:1].isupper() and _fits(previous, line, column)


def _heading_like(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


def _closes(text: str) -> bool:
    return bool(CLOSES.search(text)) or _heading_like(text)


def _bullet(line: Line, previous: Line | None, bulleted: bool, column: Column | None = None) -> bool:
    """Whether a line opens a list item. A bullet wrapped to the start of a line inside running text ("... prison
    sentences. • Authorize ...", recommendations written as one paragraph) opens none: outside a list, after a
    line filled to the column's edge (its first word would not have fitted there) that does not end in a colon."""
    if not BULLET.match(line.text):
        return False
    if WEAK_BULLET.match(line.text):
        return bulleted or previous is None or _closes(previous.text)
    if column is not None and not bulleted and previous is not None and not _fits(previous, line, column) \
            and not previous.text.rstrip().endswith(":"):
        return False
    return True


def _join(left: str, right: str, vocabulary: Vocabulary) -> str:
    """Two lines of one paragraph as running text."""
    if left.endswith("\u00ad"):  # a soft hyphen: the typesetter's own mark of a word broken at the line end
        return left[:-1] + right
    if left.endswith("—"):  # "efforts—" + "including": an em dash is set closed up in these reports
        return left + right
    return vocabulary.join(left, right)


class _Builder:
    """The paragraphs so far and the one being built (plain text, or a list of bulleted items)."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.done: list[str] = []
        self.items: list[str] = []
        self.bulleted = False
        self.hang: float | None = None  # how far in from the column continuation lines of items start, once seen

    def end(self) -> None:
        if self.items:
            self.done.append(" ".join(f"• {item}" for item in self.items) if self.bulleted else self.items[0])
        self.items, self.bulleted, self.hang = [], False, None

    def start(self, line: Line, previous: Line | None, column: Column) -> None:
        self.end()
        self.add(line, previous, column)

    def add(self, line: Line, previous: Line | None, column: Column) -> None:
        """Continue the current item with a line, or open a new item when the line carries a bullet."""
        bullet = BULLET.match(line.text) if _bullet(line, previous, self.bulleted, column) else None
        if bullet:
            if self.items and not self.bulleted:
                self.end()
            self.bulleted = True
            self.items.append(line.text[bullet.end():])
            return
        if not self.items:
            self.items.append(line.text)
            return
        if self.bulleted and self.hang is None and line.x0 - column.left > line.char_width:
            self.hang = line.x0 - column.left
        self.items[-1] = _join(self.items[-1], line.text, self.vocabulary)

    def list_ended(self, line: Line, column: Column) -> bool:
        """A line back at the column's left edge after hanging-indented items ends the list."""
        return self.bulleted and self.hang is not None and line.x0 - column.left < self.hang - line.char_width


def _breaks_inside(previous: Line, line: Line, column: Column, builder: _Builder) -> bool:
    if _bullet(line, previous, builder.bulleted, column) or builder.list_ended(line, column):
        return True
    if previous.text.endswith("-") and previous.text[-2:-1].isalpha():
        return False  # a word or compound broken at the line end
    if _heading_like(previous.text):
        # a heading wrapped in a narrow column runs on: more capitals, whose first word did not fit after it
        return bool(CLOSES.search(previous.text)) or not _heading_like(line.text) or _fits(previous, line, column)
    if CLOSES.search(previous.text) and _fits(previous, line, column):
        return True
    if not builder.bulleted and _short_before_capital(previous, line, column):
        return True
    indented = line.x0 - column.left > 1.5 * line.char_width
    return indented and not builder.bulleted and bool(CLOSES.search(previous.text))


def _breaks_between(last: Line, first: Line, same_column_below: bool, column: Column, bulleted: bool) -> bool:
    if _bullet(first, last, False, column):
        return True
    if _heading_like(first.text) or _closes(last.text):
        return True
    if not bulleted and _short_before_capital(last, first, column):
        return True
    if same_column_below:  # a gap inside a column: a new paragraph unless a full line runs on in lower case
        return not first.text[:1].islower() or _fits(last, first, column)
    return False


def paragraphs(pages: list[list[Block]], starts: list[float]) -> list[str]:
    """The paragraphs of the body text (boxes in reading order; `starts`: the columns' left edges), each a
    single line of text."""
    columns = columns_of([block for page in pages for block in page], starts)
    vocabulary = Vocabulary.of(line.text for page in pages for block in page for line in block.lines)
    builder = _Builder(vocabulary)
    last: Line | None = None
    last_column = Column(0.0, 0.0, 0)
    last_page = -1
    for number, page in enumerate(pages):
        for block in page:
            column = column_of(block, starts, columns)
            first = block.lines[0]
            if last is None:
                builder.start(first, None, column)
            else:
                below = number == last_page and first.top <= last.bottom + 0.5 and \
                    first.x0 < last.x1 and last.x0 < first.x1
                # boxes split only by alignment (a hanging indent), with no blank line between them
                adjacent = below and last.bottom - first.top < ADJACENT_GAP * (last.top - last.bottom)
                if builder.bulleted and _bullet(first, last, True):
                    builder.add(first, last, column)  # the next item of the list
                elif _breaks_inside(last, first, column, builder) if adjacent else (
                        builder.list_ended(first, column)
                        or _breaks_between(last, first, below, last_column, builder.bulleted)):
                    builder.start(first, last, column)
                else:
                    builder.add(first, last, column)
            for previous, line in pairwise(block.lines):
                if builder.bulleted and _bullet(line, previous, True):
                    builder.add(line, previous, column)  # the next item of the list
                elif _breaks_inside(previous, line, column, builder):
                    builder.start(line, previous, column)
                else:
                    builder.add(line, previous, column)
            last, last_page, last_column = block.lines[-1], number, column
    builder.end()
    return builder.done
