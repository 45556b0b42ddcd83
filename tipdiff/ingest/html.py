"""Saved report pages: the report's own text and headings, read with selectolax (lexbor's HTML5 parser).

Why a library: lexbor builds the same tree a browser does (unclosed `<p>`, misnested tags, entities), in C, and
selects with CSS selectors, so the page is never walked node by node in Python (issue 13: the stdlib parser was
41% of the time per country). libxml2 (lxml) was rejected: it nests state.gov's `<main>` inside the site menu
and loses the report text; lexbor keeps it where browsers do (tests/test_hrr_corpus.py checks that no
paragraph of any corpus page is lost).

What is read (the page template shared by the TIP and Human Rights Report country pages):
- the report lives in `#report_content` (else `<main>`, else `<article>`, else the whole body); the page's
  first `<h1>` is kept in front of it as the page title;
- navigation, "On This Page", share widgets, the report-nav, the footer and anything hidden are dropped
  (`SKIP`); so is a web archive's toolbar and banner (`ARCHIVE`), whose text is listed in `Page.removed`;
- every block element (`BLOCKS`) is one paragraph; `<br>` is a line break inside its paragraph, not a new
  paragraph; an item of a bulleted list (`<ul><li>`) opens with a bullet ("• Authorize ..."), as the list reads
  when copied as text, so a narrative with no part headings still opens its recommendations at the list; a
  paragraph opening with a short bold run and a `<br>` reads as a run-in label ("Label: text");
  h1-h6 come back with their level, so a profile can open parts at them;
- a heading that is only a label ("Section 1.") joins the heading after it ("Section 1. Respect for ...").

The text of each block then goes through the canonical text layer (entities are already decoded by lexbor;
invisible characters and space variants are the canonical layer's job).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import reduce

from selectolax.lexbor import LexborHTMLParser, LexborNode

from tipdiff.canonical import canonical_line
from tipdiff.reflow import LIST_MARKER, Vocabulary

BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "section", "article", "blockquote", "td", "th",
          "tr", "table", "ul", "ol", "dd", "dt", "dl", "figcaption", "main", "header", "footer", "caption",
          "address", "pre", "figure", "hr")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Page furniture that is never report text: navigation, forms, media, hidden and screen-reader-only text,
# share widgets, tables of contents, breadcrumbs and the site header/footer.
SKIP_TAGS = ("script", "style", "nav", "header", "footer", "aside", "noscript", "svg", "form", "button",
             "template", "iframe", "select", "object", "canvas", "video", "audio", "map")
SKIP_CLASSES = ("share", "social", "report-toc", "report-nav", "breadcrumb", "skip-link", "report-meta",
                "related", "screen-reader", "sr-only", "visually-hidden", "nav__", "site-header", "site-footer")
# Web archives inject a toolbar, a banner and print/donation boxes into every captured page (the Internet
# Archive's Wayback Machine: #wm-ipp-base, #wm-ipp, #wm-ipp-print, #donato; archive.today: #HEADER, #hashtags).
# Only these exact ids: an archive's wrapper around the whole page (#wm-page-wrapper, #CONTENT) is kept.
ARCHIVE = ("#wm-ipp-base", "#wm-ipp", "#wm-ipp-print", "#wm-ipp-inside", "#wm-toolbar", "#donato", "#HEADER",
           "#hashtags")
# A section label heading ("Section 1.", class report-toc-section) is report text, not the table of contents.
# "p.stars-above" is the template's star-topped list of links to a report's other areas ("Hong Kong | Macau").
SKIP = ", ".join(SKIP_TAGS + ("[hidden]", "p.stars-above")
                 + tuple(f"[class*='{c}' i]:not(.report-toc-section)" for c in SKIP_CLASSES))
CONTAINERS = ("#report_content", "main", "article")
SERIES_LABEL = re.compile(r"(?:19|20)\d\d (?:Country Reports on Human Rights Practices|Trafficking in Persons Report)")
SERIES_SLUG = re.compile(r"/((?:19|20)\d\d)-(country-reports-on-human-rights-practices|trafficking-in-persons-report)/")
SERIES_NAMES = {"country-reports-on-human-rights-practices": "Country Reports on Human Rights Practices",
                "trafficking-in-persons-report": "Trafficking in Persons Report"}
SECTION_LABEL = re.compile(r"Section \d+\.?", re.IGNORECASE)
_SEP = "\x1e"  # marks a block boundary in the extracted text (these three control characters are removed from
# the page first: they are not text)
_HEAD = "\x1d"  # followed by the heading level
_BR = "\x1f"  # a <br>
_ITEM = "\x1c"  # an item of a bulleted list (<ul><li>)
_MARKERS = str.maketrans("", "", _SEP + _HEAD + _BR + _ITEM)
_BLANK_LINE = re.compile(_BR + r"\s*" + _BR + r"[\s" + _BR + "]*")
_BLOCK_SELECTOR = ", ".join(BLOCKS)
_IN_HEADING = ", ".join(f"{h} {b}" for h in _HEADINGS for b in BLOCKS + ("br",))


@dataclass(frozen=True)
class Block:
    text: str
    level: int  # 0 for a paragraph, 1-6 for a heading


@dataclass(frozen=True)
class Page:
    blocks: tuple[Block, ...]
    series: str | None  # the report series and year the page belongs to, when the page names it
    removed: tuple[str, ...] = ()  # web-archive toolbar and banner text that was dropped


def looks_like_html(data: bytes, suffix: str) -> bool:
    head = data[:2048].lstrip().lower()
    return suffix.lower() in (".html", ".htm") or head.startswith((b"<!doctype html", b"<html"))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _series(root: LexborNode) -> str | None:
    """'2023 Country Reports on Human Rights Practices' from the breadcrumb (any link labelled so), else from
    the page's own address (canonical link or og:url, also inside a web archive's rewritten address)."""
    for link in root.css("a"):
        label = _flat(link.text(deep=True, separator=""))
        if SERIES_LABEL.fullmatch(label):
            return label
    for node in root.css("link[rel='canonical'], meta[property='og:url']"):
        address = node.attributes.get("href") or node.attributes.get("content") or ""
        if match := SERIES_SLUG.search(address):
            return f"{match.group(1)} {SERIES_NAMES[match.group(2)]}"
    return None


def _outermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """The nodes not inside another of them (a container nested in another is read once)."""
    ids = {node.mem_id for node in nodes}
    out = []
    for node in nodes:
        parent = node.parent
        while parent is not None and parent.mem_id not in ids:
            parent = parent.parent
        if parent is None:
            out.append(node)
    return out


def _inside(node: LexborNode, containers: list[LexborNode]) -> bool:
    ids = {c.mem_id for c in containers}
    parent: LexborNode | None = node
    while parent is not None:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


_LABEL_END = re.compile(r"[.!?;]$")
_LABELLED = ", ".join(f"{block} > {bold}:first-child" for block in ("p", "div", "li") for bold in ("strong", "b"))


def _blank(node: LexborNode | None) -> bool:
    return node is not None and node.tag == "-text" and not (node.text_content or "").strip()


def _bold_labels(container: LexborNode) -> set[int]:
    """A paragraph that opens with a bold run and a line break ("<p><strong>Trial Procedures</strong><br>Hearings
    ...") writes a heading in the paragraph: it reads as the run-in label "Trial Procedures: Hearings ...", the way
    the pages write one in bold with a colon, so the same words compare as the same label or heading
    (tipdiff.relabel). A paragraph that is only a bold run ("<p><b>Prison and Detention Center Conditions</b></p>",
    the real 2022 Uruguay page) is a heading: the blocks returned (their `mem_id`) read as an h4. A bold run of more
    than 12 words, or one ending a sentence, is emphasis, not a label."""
    headings: set[int] = set()
    for bold in container.css(_LABELLED):
        before, after = bold.prev, bold.next
        while _blank(before):
            before = before.prev if before is not None else None
        while _blank(after):
            after = after.next if after is not None else None
        label = canonical_line(bold.text(deep=True, separator=""))
        if before is not None or not label or len(label.split()) > 12 or _LABEL_END.search(label):
            continue
        if after is None and bold.parent is not None and bold.parent.tag in ("p", "div"):
            headings.add(bold.parent.mem_id)
        elif after is not None and after.tag == "br":
            if not label.endswith(":"):
                bold.insert_after(":")
            after.replace_with(" ")
    return headings


def _blocks(container: LexborNode) -> list[Block]:
    """The container's blocks, in order: block elements are marked by separators, then read in one text pass."""
    bold_headings = _bold_labels(container)
    for inner in container.css(_IN_HEADING):  # a heading is one block, whatever is nested in it
        if inner.tag == "br":
            inner.replace_with(" ")
        else:
            inner.unwrap()
    for node in container.css(_BLOCK_SELECTOR):
        tag = "h4" if node.mem_id in bold_headings else node.tag or ""
        item = tag == "li" and node.parent is not None and node.parent.tag == "ul"
        node.insert_before(_SEP + (_HEAD + tag[1] if tag in _HEADINGS else _ITEM if item else ""))
        node.insert_after(_SEP)
    for br in container.css("br"):
        br.replace_with(_BR)
    blocks = []
    chunks = container.text(deep=True, separator="").split(_SEP)
    # The lines between <br>s are judged as a hard-wrapped paste's are (tipdiff.reflow): a line ending in a
    # hyphen joins the next as a compound ("anti-" + "trafficking") or a broken word ("traffick-" + "ing"), by
    # the words the whole page writes; never with a space between.
    words = Vocabulary.of([line.strip() for chunk in chunks if _BR in chunk for line in chunk.split(_BR)])
    bullet = False  # a list item's bullet, until its first text (an item may hold paragraphs: <li><p>)
    for chunk in chunks:
        level = 0
        if chunk.startswith(_HEAD):
            level, chunk = int(chunk[1]), chunk[2:]
        elif chunk.startswith(_ITEM):
            bullet, chunk = True, chunk[1:]
        # One <br> is a line break inside the paragraph; two in a row are a blank line: a new paragraph.
        if chunk.isspace() or not chunk:
            continue
        for part in _BLANK_LINE.split(chunk) if _BR in chunk else (chunk,):
            lines = [line for line in (canonical_line(x) for x in part.split(_BR)) if line]
            text = canonical_line(reduce(words.join, lines)) if lines else ""
            if text and bullet and not level and not LIST_MARKER.match(text):
                text = f"• {text}"  # an item of a bulleted list reads as a paste of it does ("• Authorize ...")
            if text:
                bullet = False
                blocks.append(Block(text, level))
    return blocks


def extract_page(html: str) -> Page:
    """The page's text blocks (only the report's, when the page has a report container) and its series.

    Never raises on malformed HTML (lexbor recovers as a browser does); an empty page gives no blocks.
    """
    if any(marker in html for marker in _SEP + _HEAD + _BR + _ITEM):  # str.translate walks the page char by char
        html = html.translate(_MARKERS)
    doc = LexborHTMLParser(html)
    root = doc.root
    if root is None:
        return Page((), None)
    series = _series(root)
    removed = []
    for node in root.css(", ".join(ARCHIVE)):
        text = _flat(node.text(deep=True, separator=" "))
        if text:
            removed.append(text)
        node.decompose()
    for node in root.css(SKIP):
        node.decompose()
    containers: list[LexborNode] = []
    for selector in CONTAINERS:
        containers = _outermost(root.css(selector))
        if containers:
            break
    title = None  # the page's first h1, when it stands outside the report container (state.gov: "Veridia")
    for heading in root.css("h1") if containers else ():
        text = canonical_line(heading.text(deep=True, separator=""))
        if text:
            title = None if _inside(heading, containers) else Block(text, 1)
            break
    blocks = [block for container in containers for block in _blocks(container)] if containers else \
        _blocks(doc.body or root)
    if title is not None and blocks:
        blocks.insert(0, title)
    return Page(tuple(_merge_labels(blocks)), series, tuple(removed))


def _merge_labels(blocks: list[Block]) -> list[Block]:
    """A heading or paragraph that is only a label ("Section 1.") joins the heading after it."""
    out: list[Block] = []
    for block in blocks:
        if out and SECTION_LABEL.fullmatch(out[-1].text) and block.level:
            label = out.pop()
            block = Block(f"{label.text} {block.text}", block.level)
        out.append(block)
    return out
