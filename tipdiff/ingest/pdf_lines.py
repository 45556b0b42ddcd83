"""A PDF page's text lines and text boxes, from pdfminer.six's layout analysis run one step at a time, so that
the lines of justified text come out whole.

pdfminer.six's layout analysis (`LAParams`) has three steps: characters into lines, lines into text boxes, boxes
into an order. We run the first two with its defaults (the third is `pdf_columns.reading_order`'s job), and
between them join the pieces a justified line fell into (`join_pieces`). Why:

- Its first step (`char_margin`) keeps two characters on one line while the gap between them is under twice
  the *wider of the two characters*. Justified text stretches the spaces of a line to fill the column
  (browsers, word processors, fpdf2's word spacing; 0.6-1.5 em on a loose line), and the characters beside a
  space are narrow (a space glyph is a quarter of an em), so a loose line falls apart into pieces on one
  baseline ("making significant efforts" | "to do so. The government"). The second step then boxes lines by
  alignment: the pieces land out of order in one box, or in boxes of their own, and a justified two-column page
  printed by Chromium read scrambled (sentences cut and re-joined, two parts lost).
- No other `char_margin` is right. One wide enough for a stretched space beside narrow glyphs (about 4, and more
  for a line of few long words) also spans a column gutter of one or two ems beside wide glyphs ("m", "W":
  0.8-0.9 em) whenever a producer draws a page row by row; what tells a gutter from a stretched space is the
  page, not the gap: a gutter is clear down the whole column (`pdf_columns.column_starts`, which sees every
  page), so the join is ours, made with the columns known.

So two pieces are one line when pdfminer.six made them one after the other (its first step reads characters in
the order the page draws them, and a justified line is drawn in one go), on one baseline (its `line_overlap`)
at one font size, in one column, and the gap between them is a word space of that line: under one em (`EM`,
never a gutter inside a column), or at most `EVEN_SPACES` times the widest space inside the pieces (a justifier
gives every space of a line the same width; TeX stretches a space after a full stop up to three times more), and
never over `WORD_EM` ems: what a justifier spreads over a line is less than the next word, which did not fit.
So two one-word pieces (a line of two long words) join across a wide gap, and a running header and its page
number on one baseline stay apart ("2019 TRAFFICKING IN PERSONS REPORT ... 12", "CAMBODIA ... 12": tens of ems,
and tens of times their spaces). The rest is pdfminer.six's: word spaces (`word_margin`), boxes (`line_margin`).

A list bullet a browser draws as a shape (Chromium's disc: a 3 pt path left of each `<li>`) rather than writes
as a character is read back as one: a line with a small round or square shape just left of it, on its middle,
opens with "• " (`_drawn_bullets`), so the list reads as its text copy does.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from tipdiff.canonical import canonical_line
from tipdiff.ingest.pdf_columns import Block, Line, column_at, column_starts

if TYPE_CHECKING:
    from pdfminer.layout import LAParams, LTPage, LTTextBox, LTTextLine, LTTextLineHorizontal

LINE_OVERLAP = 0.5  # pdfminer.six's own line_overlap: share of the smaller height two pieces of a line share
SAME_SIZE = 0.2  # pieces of one line differ in height (font size) by at most this share
EM = 1.0  # a gap under this many ems inside one column is a word space, whatever the line
EVEN_SPACES = 3.0  # a stretched space is at most this many times the widest other space of its line
WORD_EM = 12.0  # and never wider than a long word (25 letters): the space a justifier spreads is under one word


def _laparams() -> LAParams:
    from pdfminer.layout import LAParams

    # pdfminer.six's defaults, written out: char_margin (in character widths) groups characters into lines,
    # word_margin places word spaces, line_margin (in line heights) groups lines into boxes, so a blank line or
    # a column gutter separates boxes. boxes_flow is unused: pdf_columns orders the boxes.
    return LAParams(char_margin=2.0, word_margin=0.1, line_margin=0.5, line_overlap=LINE_OVERLAP)


def pieces(page: LTPage, laparams: LAParams) -> list[LTTextLineHorizontal]:
    """pdfminer.six's first step on an unanalysed page: its characters grouped into line pieces, in the order the
    page draws them (whitespace-only pieces dropped)."""
    from pdfminer.layout import LTChar, LTTextLineHorizontal

    chars = [item for item in page if isinstance(item, LTChar)]
    return [line for line in page.group_objects(laparams, chars)
            if isinstance(line, LTTextLineHorizontal) and not line.is_empty()] if chars else []


def _words(line: LTTextLine) -> list[tuple[float, float]]:
    """The left and right edges (points) of each word of a line piece: runs of characters between spaces (a space
    glyph or one pdfminer.six inferred)."""
    from pdfminer.layout import LTChar

    words: list[tuple[float, float]] = []
    open_word = False
    for item in line:
        if isinstance(item, LTChar) and item.get_text().strip():
            if open_word:
                words[-1] = (words[-1][0], item.x1)
            else:
                words.append((item.x0, item.x1))
            open_word = True
        else:
            open_word = False
    return words


def _continues(left: LTTextLineHorizontal, right: LTTextLineHorizontal, starts: list[float]) -> bool:
    """Is `right` (drawn just after `left`) the rest of `left`'s line? See the module docstring."""
    before, after = _words(left), _words(right)
    height = max(left.height, right.height)
    if not before or not after or abs(left.height - right.height) > SAME_SIZE * height:
        return False
    if left.voverlap(right) <= LINE_OVERLAP * min(left.height, right.height):
        return False
    gap = after[0][0] - before[-1][1]
    if gap < -0.1 * height or column_at(left.x0, height / 2, starts) != column_at(right.x0, height / 2, starts):
        return False
    spaces = [b[0] - a[1] for words in (before, after) for a, b in pairwise(words)]
    return gap <= max(EM * height, min(EVEN_SPACES * max(spaces, default=float("inf")), WORD_EM * height))


def join_pieces(lines: list[LTTextLineHorizontal], starts: list[float]) -> list[LTTextLineHorizontal]:
    """The page's line pieces with the pieces of one line joined (the left piece takes the right one's characters;
    pdfminer.six puts the word space between them); `starts` are the document's column starts (points)."""
    from pdfminer.layout import LTChar

    out: list[LTTextLineHorizontal] = []
    for line in lines:
        if out and _continues(out[-1], line, starts):
            for item in line:
                if isinstance(item, LTChar):
                    out[-1].add(item)
        else:
            out.append(line)
    return out


def line_of(item: LTTextLine) -> Line | None:
    """A pdfminer.six line as tipdiff's Line (its text through the canonical text layer), or None when blank."""
    from pdfminer.layout import LTAnno, LTChar

    # LTChar has a position; LTAnno (a space pdfminer.six inferred) has none but still separates words
    chars: list[tuple[str, float | None, float | None]] = [
        (c.get_text(), c.x0, c.x1) if isinstance(c, LTChar) else (c.get_text(), None, None)
        for c in item if isinstance(c, (LTChar, LTAnno))]
    raw = item.get_text().rstrip()
    # Through the canonical text layer line by line (ligatures, NFC, spaces), so the hyphen and paragraph
    # logic sees what the reports will quote; a soft hyphen ending the line marks a word broken there.
    text = canonical_line(raw)
    if not text:
        return None
    text += "\u00ad" if raw.endswith("\u00ad") else ""
    return Line(text=text, x0=item.x0, x1=item.x1, top=item.y1, bottom=item.y0, first_chunk=_first_chunk(chars),
                char_width=(item.x1 - item.x0) / max(1, len(text)))


def _first_chunk(chars: list[tuple[str, float | None, float | None]]) -> float:
    """Width in points of the line's first word, up to a space or through a hyphen (what a typesetter moves)."""
    start: float | None = None
    end = 0.0
    for text, x0, x1 in chars:
        if not text.strip():
            if start is not None:
                break
            continue
        if x0 is None or x1 is None:
            continue
        start = x0 if start is None else start
        end = x1
        if text in "-‐–":
            break
    return end - start if start is not None else 0.0


def lines_of(box: LTTextBox) -> list[Line]:
    """The lines of a pdfminer.six text box, top to bottom, blank ones left out."""
    from pdfminer.layout import LTTextLine

    return [line for item in box if isinstance(item, LTTextLine) if (line := line_of(item)) is not None]


def _extent(piece: LTTextLine) -> Line:
    """Where a line piece stands, which is all `column_starts` reads (its text is left raw)."""
    text = " ".join(piece.get_text().split())
    return Line(text=text, x0=piece.x0, x1=piece.x1, top=piece.y1, bottom=piece.y0, first_chunk=0.0,
                char_width=(piece.x1 - piece.x0) / max(1, len(text)))


BULLET_SIZE = (1.5, 8.0)  # points: the side of a bullet drawn as a shape (Chromium's list discs are 3 pt)


def _drawn_bullets(layout: LTPage) -> list[tuple[float, float, float]]:
    """Small round or square shapes on the page (x1, y centre, side): list bullets a browser draws as paths
    instead of writing a bullet character."""
    from pdfminer.layout import LTCurve

    low, high = BULLET_SIZE
    return [(shape.x1, (shape.y0 + shape.y1) / 2, shape.width) for shape in layout if isinstance(shape, LTCurve)
            and low <= shape.width <= high and low <= shape.height <= high
            and 0.6 <= shape.width / shape.height <= 1.6]


def _with_bullet(line: Line, bullets: list[tuple[float, float, float]]) -> Line:
    """The line with "• " before it when a drawn bullet stands just left of it, on its middle."""
    for x1, middle, _side in bullets:
        if line.bottom <= middle <= line.top and 0 <= line.x0 - x1 <= 4 * line.char_width \
                and not line.text.startswith("•"):
            return replace(line, text=f"• {line.text}")
    return line


def page_boxes(layouts: list[LTPage]) -> list[list[Block]]:
    """Each page's text boxes, from pages pdfminer.six has read but not analysed (`PDFPageAggregator` without
    `laparams`): its line pieces, the column starts of the whole document (from every piece), the pieces of a
    justified line joined, and its text boxes."""
    laparams = _laparams()
    found = [pieces(layout, laparams) for layout in layouts]
    starts = column_starts([Block(lines=(_extent(piece),)) for page in found for piece in page])
    pages: list[list[Block]] = []
    for layout, page in zip(layouts, found, strict=True):
        boxes = list(layout.group_textlines(laparams, join_pieces(page, starts)))
        for box in boxes:
            box.analyze(laparams)  # pdfminer.six's own finish: lines ordered top to bottom, line ends marked
        bullets = _drawn_bullets(layout)
        pages.append([Block(lines=tuple(_with_bullet(line, bullets) for line in lines) if bullets else tuple(lines))
                      for box in boxes if (lines := lines_of(box))])
    return pages
