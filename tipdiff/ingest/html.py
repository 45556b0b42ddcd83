"""Saved state.gov pages: the report's own text and headings, read with an HTML parser.

The page template is shared by the TIP and Human Rights Report country pages: the report lives in
`#report_content` (else `<main>`); navigation, the "On This Page" table of contents, share widgets, the
report-nav and the footer are left out. Headings come back marked, so a profile can open parts at them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "article", "blockquote", "td", "th",
          "tr", "table", "ul", "ol", "dd", "dt", "figcaption", "br", "main", "header", "footer"}
SKIP_TAGS = {"script", "style", "nav", "header", "footer", "aside", "noscript", "svg", "form", "button",
             "template", "iframe", "select"}
SKIP_CLASSES = ("share", "social", "report-toc", "report-nav", "breadcrumb", "skip-link", "report-meta",
                "related", "screen-reader", "sr-only", "visually-hidden", "nav__", "site-header", "site-footer")
VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "col", "embed", "param", "track"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
SERIES_LABEL = re.compile(r"(?:19|20)\d\d (?:Country Reports on Human Rights Practices|Trafficking in Persons Report)")
SECTION_LABEL = re.compile(r"Section \d+\.?", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Block:
    text: str
    level: int  # 0 for a paragraph, 1-6 for a heading
    in_content: bool  # inside #report_content
    in_main: bool = False  # inside <main> (used when the page has no #report_content)


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool, bool, bool]] = []  # tag, skipped, report content, main
        self.open: dict[str, int] = {}  # how many of each tag are open: end tags of unopened ones are ignored
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.has_content_container = False
        self.series: str | None = None  # "2023 Country Reports on Human Rights Practices", from the breadcrumb
        self._link: list[str] | None = None

    def _state(self) -> tuple[bool, bool, bool]:
        return self.stack[-1][1:] if self.stack else (False, False, False)

    def _flush(self) -> None:
        text = _SPACE.sub(" ", "".join(self.buffer)).strip()
        self.buffer.clear()
        if not text:
            return
        skipped, content, main = self._state()
        if not skipped:
            level = next((int(tag[1]) for tag, *_ in reversed(self.stack) if tag in _HEADINGS), 0)
            self.blocks.append(Block(text, level, content, main))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self._flush()
        if tag in VOID:
            return
        if tag == "a":
            self._link = []
        skipped, content, main = self._state()
        if attrs:
            values = dict(attrs)
            classes = (values.get("class") or "").lower()
            skipped = skipped or tag in SKIP_TAGS or "hidden" in values or (
                bool(classes) and any(c in classes for c in SKIP_CLASSES))
            if values.get("id") == "report_content":
                content = True
                self.has_content_container = True
        else:
            skipped = skipped or tag in SKIP_TAGS
        self.stack.append((tag, skipped, content, main or tag == "main"))
        self.open[tag] = self.open.get(tag, 0) + 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._link is not None:
            label = _SPACE.sub(" ", "".join(self._link)).strip()
            if self.series is None and SERIES_LABEL.fullmatch(label):
                self.series = label
            self._link = None
        if tag in BLOCKS:
            self._flush()
        if self.open.get(tag):  # close it and anything left open inside it (unclosed <p>, <li>)
            while self.stack:
                closed = self.stack.pop()[0]
                self.open[closed] -= 1
                if closed == tag:
                    break

    def handle_data(self, data: str) -> None:
        if self._link is not None:
            self._link.append(data)
        if not (self.stack and self.stack[-1][1]):
            self.buffer.append(data)

    def close(self) -> None:
        self._flush()
        super().close()


def looks_like_html(data: bytes, suffix: str) -> bool:
    head = data[:2048].lstrip().lower()
    return suffix.lower() in (".html", ".htm") or head.startswith((b"<!doctype html", b"<html"))


@dataclass(frozen=True)
class Page:
    blocks: tuple[Block, ...]
    series: str | None  # the report series and year the page belongs to, when the page names it


def extract_page(text: str) -> Page:
    """The page's text blocks (only the report's, when the page has a report container) and its series."""
    parser = _Extractor()
    parser.feed(text)
    parser.close()
    blocks = parser.blocks
    inside = [b for b in blocks if b.in_content] or [b for b in blocks if b.in_main]
    if inside:
        title = next((b for b in blocks if b.level == 1), None)
        blocks = ([title] if title and title not in inside else []) + inside
    return Page(tuple(_merge_labels(blocks)), parser.series)


def _merge_labels(blocks: list[Block]) -> list[Block]:
    """A heading that is only a label ("Section 1.") joins the heading after it."""
    out: list[Block] = []
    for block in blocks:
        if out and out[-1].level and SECTION_LABEL.fullmatch(out[-1].text) and block.level:
            label = out.pop()
            block = Block(f"{label.text} {block.text}", block.level, block.in_content, block.in_main)
        out.append(block)
    return out
