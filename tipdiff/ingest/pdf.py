"""Report PDFs: positioned text lines from pdfminer.six's layout analysis (the optional `pdf` extra), page chrome
removed and listed, then paragraphs rebuilt by `tipdiff.ingest.pdf_flow`.

Why pdfminer.six: its layout analysis (LAParams) groups characters into lines and lines into text boxes, which
is exactly the part a hand-written line grouping got wrong (two-column pages, paragraph gaps). It is run step by
step in `tipdiff.ingest.pdf_lines`, which joins the pieces of a justified line between the two steps. pypdfium2 is faster (C: 6 against 100 ms a page on our test PDFs) but gives only characters and line
segments: columns and boxes would be our own code again. PyMuPDF is AGPL. Correctness first: pdfminer.six.

Removed and listed (`PdfText.removed`, shown as the report's removed chrome): page numbers ("12", "Page 3 of
9", "iv"), and running headers and footers: a line at the top or bottom of a page that recurs at the page edge
on other pages (digits folded, so "Page 3" and "Page 4" are one), a line of the report profile's
`running_headers` (the TIP profile: the report's title, "2019 TRAFFICKING IN PERSONS REPORT"), or the current
country's name alone.
A country heading (a line the profile's `title` pattern matches: "CAMBODIA: TIER 3") is never chrome. What a
title or a running header looks like is the profile's knowledge, never this module's: a PDF whose profile is
`auto` is read with the profile its first page's text names (tipdiff.profile.detect_profile).

pdfminer.six logs through `logging` and `warnings`; both are caught here and become one report warning, so no
library output reaches stderr.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tipdiff.errors import InputError
from tipdiff.ingest.pdf_columns import Block, Line, column_starts, reading_order
from tipdiff.ingest.pdf_flow import paragraphs
from tipdiff.ingest.pdf_lines import page_boxes
from tipdiff.patterns import Match
from tipdiff.profile import AUTO, Profile, detect_profile, load_profile
from tipdiff.wording import count

if TYPE_CHECKING:
    from pdfminer.layout import LTPage

PAGE_NUMBER = re.compile(r"(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[ivxlc]{1,6}|[-–—]\s*\d{1,4}\s*[-–—]",
                         re.IGNORECASE)
EDGE_LINES = 3  # how many lines at the top and at the bottom of a page may be chrome
MAX_PROBLEMS_SHOWN = 1


@dataclass(frozen=True)
class PdfText:
    """What a PDF reads as: `text` (paragraphs separated by blank lines, each on one line), `removed` (the
    chrome lines, 'p. N: text', in page order) and `warnings` (one-line problems the PDF library reported)."""

    text: str
    removed: tuple[str, ...]
    warnings: tuple[str, ...]
    pages: int


class _Problems(logging.Handler):
    """Collects what pdfminer.six logs at WARNING or above while one PDF is read."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(" ".join(record.getMessage().split())[:120])


def _quiet_library() -> logging.Logger:
    logger = logging.getLogger("pdfminer")
    logger.propagate = False  # never to the root logger's stderr handler
    logger.setLevel(logging.WARNING)  # its DEBUG output is expensive and unwanted
    return logger


def _layout_pages(data: bytes, path: str) -> tuple[list[LTPage], list[str]]:
    """Every page as pdfminer.six reads it, not yet analysed (its characters, in drawing order), and the problems
    it reported (log records and warnings)."""
    try:
        from pdfminer.converter import PDFPageAggregator
        from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser
        from pdfminer.psparser import PSException
    except ImportError:
        raise InputError("reading PDFs needs the optional pdf extra: pip install 'tipdiff[pdf]'", path=path) from None

    logger = _quiet_library()
    problems = _Problems()
    logger.addHandler(problems)
    pages: list[LTPage] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
                resources = PDFResourceManager(caching=True)
                # the characters only: pdf_lines runs the layout analysis step by step
                device = PDFPageAggregator(resources, laparams=None)
                interpreter = PDFPageInterpreter(resources, device)
                for number, page in enumerate(PDFPage.create_pages(document), start=1):
                    try:
                        interpreter.process_page(page)
                    except Exception as exc:  # noqa: BLE001  (pdfminer.six raises anything on a damaged page)
                        raise InputError(f"page {number} cannot be read ({type(exc).__name__}); expected a text "
                                         "PDF", path=path) from None
                    pages.append(device.get_result())
            except PDFEncryptionError:
                raise InputError("is an encrypted PDF; expected one that opens without a password",
                                 path=path) from None
            except (PSException, ValueError, KeyError, TypeError, EOFError) as exc:
                raise InputError(f"is not a readable PDF ({type(exc).__name__}); expected a report PDF",
                                 path=path) from None
        problems.messages.extend(" ".join(str(w.message).split())[:120] for w in caught)
    finally:
        logger.removeHandler(problems)
    return pages, problems.messages


def page_blocks(data: bytes, path: str) -> tuple[list[list[Block]], list[str]]:
    """Each page's text boxes (`pdf_lines.page_boxes`; `pdf_columns.reading_order` orders them), and library
    problems."""
    layouts, problems = _layout_pages(data, path)
    pages = page_boxes(layouts)
    if not any(pages):
        raise InputError("has no text layer (a scanned, image-only PDF?); expected a PDF with text", path=path)
    return pages, problems


def _fold(text: str) -> str:
    return re.sub(r"\d+", "#", text).casefold()


def _edges(blocks: list[Block]) -> list[Line]:
    """The top and bottom lines of a page (by height, whatever the column)."""
    lines = sorted((line for block in blocks for line in block.lines), key=lambda line: -line.top)
    return lines[:EDGE_LINES] + lines[-EDGE_LINES:]


def _recurring(pages: list[list[Block]]) -> set[str]:
    """Edge lines that recur on several pages (digits folded)."""
    counts: Counter[str] = Counter()
    for blocks in pages:
        for text in {_fold(line.text) for line in _edges(blocks)}:
            counts[text] += 1
    threshold = max(2, len(pages) * 3 // 10)
    return {text for text, n in counts.items() if n >= threshold} if len(pages) > 2 else set()


def _heading(profile: Profile, text: str) -> Match | None:
    """The profile's country heading ("CAMBODIA: TIER 3") when `text` is one."""
    return profile.title.fullmatch(text) if profile.title is not None else None


def strip_chrome(pages: list[list[Block]], profile: Profile) -> tuple[list[list[Block]], list[str]]:
    """The pages without page numbers and running headers / footers, and what was removed ('p. N: text');
    headings and chrome lines are the `profile`'s."""
    recurring = _recurring(pages)
    country: str | None = None
    removed: list[str] = []
    kept_pages: list[list[Block]] = []
    for number, blocks in enumerate(pages, start=1):
        edges = {id(line) for line in _edges(blocks)}
        kept_blocks = []
        for block in blocks:
            kept = []
            for line in block.lines:
                heading = _heading(profile, line.text)
                if heading and heading.groupdict().get("country"):
                    country = heading.group("country").strip().casefold()
                if id(line) in edges and not heading and (
                        PAGE_NUMBER.fullmatch(line.text) or any(p.fullmatch(line.text) for p in profile.running_headers)
                        or _fold(line.text) in recurring or (country and line.text.casefold() == country)):
                    removed.append(f"p. {number}: {line.text}")
                    continue
                kept.append(line)
            if kept:
                kept_blocks.append(Block(lines=tuple(kept)))
        kept_pages.append(kept_blocks)
    return kept_pages, removed


def read_pdf(data: bytes, path: str, profile: Profile | str = AUTO) -> PdfText:
    """The PDF as plain text, one paragraph per block, with the chrome it removed and the library's problems.
    `profile` names the country headings and chrome lines: a Profile, a profile name or path, or `auto` (the
    profile the first page's text names). Errors: InputError (exit 2) for an unreadable or image-only PDF."""
    pages, problems = page_blocks(data, path)
    body, removed = strip_chrome(pages, _resolve(profile, pages))
    starts = column_starts([block for page in body for block in page])
    found = paragraphs([reading_order(page, starts) for page in body], starts)
    notes = []
    if problems:
        notes.append(f"{path}: the PDF library reported {count(len(problems), 'problem', digits=True)} reading this file "
                     f"(first: {problems[0]})")
    return PdfText(text="\n\n".join(found) + "\n", removed=tuple(removed), warnings=tuple(notes), pages=len(pages))


def _resolve(profile: Profile | str, pages: list[list[Block]]) -> Profile:
    if isinstance(profile, Profile):
        return profile
    if profile == AUTO:
        return detect_profile("\n".join(line.text for block in pages[0] for line in block.lines)[:4096])
    return load_profile(profile)


def pdf_text(data: bytes, path: str) -> str:
    """The PDF as plain text: what the text pipeline reads."""
    return read_pdf(data, path).text


def split_countries(text: str, profile: Profile) -> tuple[list[tuple[str, str]], int]:
    """(country heading, that country's text) in order, and how many paragraphs came before the first one; a
    country heading is a paragraph the profile's `title` pattern matches whole."""
    countries: list[tuple[str, list[str]]] = []
    before = 0
    for paragraph in text.split("\n\n"):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        if _heading(profile, paragraph):
            countries.append((paragraph, [paragraph]))
        elif countries:
            countries[-1][1].append(paragraph)
        else:
            before += 1
    return [(heading, "\n\n".join(parts) + "\n") for heading, parts in countries], before
