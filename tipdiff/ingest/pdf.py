"""Report PDFs: text per page (pypdf, the optional `pdf` extra), then the page furniture removed and the
lines re-flowed into the paragraphs a pasted narrative would have.

Removed: page numbers, and running headers and footers (a top or bottom line that recurs on other pages, or
that is only the current country's name or the report's title). Re-joined: words hyphenated across lines
("traf-" / "ficking"). A paragraph ends at a short line that closes a sentence, before a heading or a bullet.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from typing import Any

from tipdiff.errors import InputError

COUNTRY_HEADING = re.compile(r"(?P<country>[A-Z][A-Z .,'’()&-]*?[A-Z.)])\s*(?::\s*|\s*\(\s*)"
                             r"(?P<tier>TIER 1|TIER 2 WATCH LIST|TIER 2|TIER 3|SPECIAL CASE)\)?", re.IGNORECASE)
PAGE_NUMBER = re.compile(r"(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[ivxlc]{1,6}", re.IGNORECASE)
REPORT_TITLE = re.compile(r"(?:(?:19|20)\d\d\s+)?TRAFFICKING IN PERSONS REPORT(?:\s+(?:19|20)\d\d)?", re.IGNORECASE)
HEADINGS = re.compile(r"(?:PRIORITIZED RECOMMENDATIONS:?|PROSECUTION|PROTECTION|PREVENTION|TRAFFICKING PROFILE|"
                      r"Recommendations for .+:)")
SENTENCE_END = re.compile(r"[.!?:;”\"')]$")


def _reader(data: bytes, path: str) -> Any:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:
        raise InputError("reading PDFs needs the optional pdf extra: pip install 'tipdiff[pdf]'", path=path) from None
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))
            except Exception:  # pypdf raises several kinds for unsupported encryption
                opened = False
            if not opened:
                raise InputError("is an encrypted PDF; expected one that opens without a password", path=path)
        return reader
    except PdfReadError as exc:
        raise InputError(f"is not a readable PDF ({exc}); expected a report PDF", path=path) from None


def _positioned_lines(page: Any) -> list[tuple[float, str]]:
    """(height on the page, text) of each line, from pypdf's text visitor; fragments on one baseline join."""
    fragments: list[tuple[float, int, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: Any) -> None:
        if text and text.strip():
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            fragments.append((round(y, 1), len(fragments), text))

    page.extract_text(visitor_text=visit)
    lines: dict[float, list[tuple[int, str]]] = {}
    for y, order, text in fragments:
        key = next((k for k in lines if abs(k - y) < 1.0), y)
        lines.setdefault(key, []).append((order, text))
    return [(y, " ".join("".join(t for _, t in sorted(parts)).split())) for y, parts in
            sorted(lines.items(), key=lambda item: -item[0])]


def _with_gaps(positioned: list[tuple[float, str]]) -> list[str]:
    """The lines, with "" where the gap above a line is clearly wider than the usual line spacing."""
    gaps = [a[0] - b[0] for a, b in zip(positioned, positioned[1:], strict=False)]
    usual = sorted(gaps)[len(gaps) // 2] if gaps else 0
    out: list[str] = []
    for index, (_, text) in enumerate(positioned):
        if index and usual and gaps[index - 1] > usual * 1.3:
            out.append("")
        out.append(text)
    return out


def page_lines(data: bytes, path: str) -> list[list[str]]:
    """Each page's lines, top to bottom; "" marks a paragraph gap."""
    reader = _reader(data, path)
    pages: list[list[str]] = []
    for page in reader.pages:
        try:
            positioned = _positioned_lines(page)
        except Exception as exc:  # a damaged page: say which, do not guess
            raise InputError(f"page {len(pages) + 1} cannot be read ({type(exc).__name__}); expected a text PDF",
                             path=path) from None
        pages.append(_with_gaps([(y, t) for y, t in positioned if t]))
    if not any(line for page in pages for line in page):
        raise InputError("has no text layer (a scanned, image-only PDF?); expected a PDF with text", path=path)
    return pages


def _text_lines(lines: list[str]) -> list[str]:
    return [line for line in lines if line]


def _furniture(pages: list[list[str]]) -> set[str]:
    """Top and bottom lines that recur on several pages, digits folded ('Page 3' and 'Page 4' are one)."""
    counts: Counter[str] = Counter()
    for lines in map(_text_lines, pages):
        for line in set(lines[:2] + lines[-2:]):
            counts[re.sub(r"\d+", "#", line).casefold()] += 1
    threshold = max(2, len(pages) * 3 // 10)
    return {line for line, n in counts.items() if n >= threshold}


def strip_furniture(pages: list[list[str]]) -> list[str]:
    """The body lines of every page, in order, without page numbers and running headers / footers."""
    recurring = _furniture(pages) if len(pages) > 2 else set()
    country: str | None = None
    body: list[str] = []
    for lines in pages:
        keep: list[str] = []
        texts = _text_lines(lines)
        top, bottom = set(texts[:2]), set(texts[-2:])
        for line in lines:
            if not line:
                keep.append(line)
                continue
            edge = line in top or line in bottom
            heading = COUNTRY_HEADING.fullmatch(line)
            if heading:
                country = heading.group("country").strip().casefold()
            if edge and not heading and (
                    PAGE_NUMBER.fullmatch(line) or REPORT_TITLE.fullmatch(line)
                    or re.sub(r"\d+", "#", line).casefold() in recurring
                    or (country and line.casefold() == country)):
                continue
            keep.append(line)
        body.extend(keep)
    return body


def _starts_block(line: str) -> bool:
    return bool(COUNTRY_HEADING.fullmatch(line) or HEADINGS.fullmatch(line) or line.startswith("•"))


def reflow(lines: list[str]) -> list[str]:
    """Paragraphs from wrapped lines: hyphenated words re-joined, wrapped lines joined."""
    if not any(lines):
        return []
    widths = sorted(len(line) for line in lines if line)
    typical = widths[len(widths) * 3 // 4]
    paragraphs: list[str] = []
    current = ""
    previous = ""
    gap = False
    for line in lines:
        if not line:  # a vertical gap: the paragraph ends, unless it is mid-sentence (a page break)
            gap = bool(current) and bool(SENTENCE_END.search(current))
            continue
        new_block = _starts_block(line) or not current or _starts_block(previous) or gap or (
            SENTENCE_END.search(previous) and len(previous) < typical * 0.85)
        gap = False
        if new_block and current:
            paragraphs.append(current)
            current = ""
        if current.endswith("-") and current[-2:-1].isalpha() and line[:1].islower():
            current = current[:-1] + line  # "traf-" + "ficking"
        else:
            current = f"{current} {line}" if current else line
        previous = line
    if current:
        paragraphs.append(current)
    return paragraphs


def pdf_text(data: bytes, path: str) -> str:
    """The PDF as plain text, one paragraph per block: what the text pipeline reads."""
    return "\n\n".join(reflow(strip_furniture(page_lines(data, path)))) + "\n"


def split_countries(text: str) -> tuple[list[tuple[str, str]], int]:
    """(country heading, that country's text) in order, and how many paragraphs came before the first one."""
    countries: list[tuple[str, list[str]]] = []
    before = 0
    for paragraph in text.split("\n\n"):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        if COUNTRY_HEADING.fullmatch(paragraph):
            countries.append((paragraph, [paragraph]))
        elif countries:
            countries[-1][1].append(paragraph)
        else:
            before += 1
    return [(heading, "\n\n".join(parts) + "\n") for heading, parts in countries], before
