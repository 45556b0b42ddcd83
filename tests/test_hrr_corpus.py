"""Every state.gov HRR page in ../shared/corpus/hrr (2016-2024 templates), live and as a web archive serves it.

"Headings found" is defined on the page itself, read independently with the standard library's parser: the
non-empty h2-h4 elements inside the report body (`#report_content`), in page order, including the section labels
("Section 1.") the template sets as a separate heading. A heading is found when it opens a part: it is the part's
heading, or (a label) the start of the part heading it was merged into ("Section 1. Respect for ..."). The test
prints each page's share and asserts every page >= 90%.
"""

from __future__ import annotations

import statistics
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
from archive import archive_today, wayback

from tipdiff.ingest import load_report
from tipdiff.ingest.html import SECTION_LABEL, extract_page

CHROME = ("An official website", "Here's how you know", "On This Page", "View report by", "Privacy Policy",
          "The Lessons of 1989", "document.addEventListener", "Download PDF", "Back to Top")
ARCHIVE_TEXT = ("Wayback Machine", "web.archive.org", "captures", "About this capture", "archive.today",
                "webpage capture", "All snapshots from host", "Please donate")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "").replace("\u200b", "")
    return " ".join(text.split())


class _Body(HTMLParser):
    """h2-h4 and <p> text inside #report_content (a stack of open tags; an end tag closes what is open inside it).
    A <p class="stars-above"> (the template's links to a report's other areas) is navigation, not report text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.current: list[str] | None = None
        self.paragraph: list[str] | None = None
        self.headings: list[str] = []
        self.paragraphs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        values = dict(attrs)
        inside = (self.stack[-1][1] if self.stack else False) or values.get("id") == "report_content"
        self.stack.append((tag, inside))
        if inside and tag in ("h2", "h3", "h4") and self.current is None:
            self.current = []
        if inside and tag == "p" and "stars-above" not in (values.get("class") or ""):
            self._end_paragraph()
            self.paragraph = []

    def _end_paragraph(self) -> None:
        if self.paragraph is not None:
            self.paragraphs.append(_norm("".join(self.paragraph)))
            self.paragraph = None

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h2", "h3", "h4") and self.current is not None:
            self.headings.append(_norm("".join(self.current)))
            self.current = None
        if tag in ("p", "div", "section", "li", "td"):
            self._end_paragraph()
        if any(open_tag == tag for open_tag, _ in self.stack):
            while self.stack and self.stack.pop()[0] != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self.current is not None:
            self.current.append(data)
        if self.paragraph is not None:
            self.paragraph.append(data)


def read_body(html: str) -> _Body:
    parser = _Body()
    parser.feed(html)
    parser.close()
    return parser


def body_headings(html: str) -> list[str]:
    return [h for h in read_body(html).headings if h]  # the odd empty <h4></h4> opens nothing


def heading_share(expected: list[str], parts: list[str]) -> tuple[float, list[str]]:
    """Share of the page's headings that open a part, in order, and the headings that do not."""
    parts = [_norm(p) for p in parts]
    missing: list[str] = []
    at = 0
    for heading in expected:
        label = SECTION_LABEL.fullmatch(heading) is not None
        for index in range(at, len(parts)):
            part = parts[index]
            if label and part.startswith(heading + " "):
                at = index  # the label opens the part its title is merged into
                break
            if part == heading or (SECTION_LABEL.match(part) and part.endswith(" " + heading)):
                at = index + 1
                break
        else:
            missing.append(heading)
    return (1 - len(missing) / len(expected)) if expected else 1.0, missing


def corpus(shared: Path) -> list[Path]:
    return sorted((shared / "corpus" / "hrr").glob("*/*.html"))


@pytest.mark.slow
def test_every_hrr_page_opens_parts_at_its_own_headings(shared: Path) -> None:
    shares: dict[str, float] = {}
    failures = []
    for path in corpus(shared):
        html = path.read_text(encoding="utf-8")
        report = load_report(path)
        assert report.profile.name == "hrr", path
        assert report.year == int(path.parent.name), path
        body = read_body(html)
        expected = [h for h in body.headings if h]
        assert expected, f"{path}: no headings in the report body"
        # no report text lost: every paragraph of the report body is in the report, in page order
        # colons aside: a bold label before a <br> is read as a run-in label ("Trial Procedures: The ...")
        text = _norm(" ".join(f"{s.heading or ''} {' '.join(s.paragraphs)}" for s in report.sections)).replace(":", "")
        at = 0
        for paragraph in filter(None, (p.replace(":", "") for p in body.paragraphs)):
            found = text.find(paragraph, at)
            assert found >= 0, f"{path}: paragraph not read: {paragraph[:80]}"
            at = found + len(paragraph)
        share, missing = heading_share(expected, [s.heading or "" for s in report.sections])
        shares[f"{path.parent.name}/{path.stem}"] = share
        if share < 0.9:
            failures.append(f"{path}: {share:.0%} ({missing[:3]})")
        # The first part is the executive summary (2022/brazil's own heading is the template's placeholder
        # "Executive Summary Title"; a note before it, as on 2022/cyprus, stays as an unheaded part).
        headed = [s for s in report.sections if s.heading]
        assert headed[0].name.startswith("executive-summary"), path
        for section in report.sections:
            assert not any(c in section.text for c in CHROME), (path, section.name)
    values = sorted(shares.values())
    print(f"\nHRR heading share over {len(values)} pages: min {values[0]:.1%}, median {statistics.median(values):.1%}")
    for name, share in sorted(shares.items(), key=lambda item: item[1])[:10]:
        print(f"  {name}: {share:.1%}")
    assert len(values) >= 100
    assert not failures, failures


@pytest.mark.slow
def test_every_hrr_page_reads_the_same_from_a_web_archive(shared: Path) -> None:
    for path in corpus(shared):
        html = path.read_text(encoding="utf-8")
        live = extract_page(html)
        for capture in (wayback, archive_today):
            archived = extract_page(capture(html, url=f"https://www.state.gov/{path.stem}/"))
            assert archived.blocks == live.blocks, (path, capture.__name__)
            assert archived.series == live.series, (path, capture.__name__)
            assert archived.removed and not live.removed, (path, capture.__name__)
            text = "\n".join(b.text for b in archived.blocks)
            assert not any(a in text for a in ARCHIVE_TEXT), (path, capture.__name__)


def test_cambodia_and_thailand_every_year_archived_compare_unchanged(shared: Path, tmp_path: Path) -> None:
    from tipdiff.compare import compare_files

    for path in sorted((shared / "corpus" / "hrr").glob("*/cambodia.html")) + \
            sorted((shared / "corpus" / "hrr").glob("*/thailand.html")):
        captured = tmp_path / path.parent.name / path.name
        captured.parent.mkdir(exist_ok=True)
        captured.write_text(wayback(path.read_text(encoding="utf-8")), encoding="utf-8")
        comparison = compare_files(path, captured)
        assert comparison.identical, path
        report = load_report(captured)
        assert any("Wayback Machine" in r for r in report.removed_chrome), path


def test_2023_cambodia_opens_a_part_at_every_heading(shared: Path) -> None:
    path = shared / "corpus" / "hrr" / "2023" / "cambodia.html"
    expected = body_headings(path.read_text(encoding="utf-8"))
    report = load_report(path)
    assert len(expected) == 52
    headings = [s.heading for s in report.sections]
    assert heading_share(expected, [h or "" for h in headings]) == (1.0, [])
    assert "Section 1. Respect for the Integrity of the Person" in headings


def test_numbered_section_titles_are_matched_across_every_year(shared: Path) -> None:
    """'Section 1. Respect for the Integrity of the Person, Including Freedom from:' (2016-2020) and 'Section 1.
    Respect for the Integrity of the Person' (2021 on) are one part: each numbered section of a year is matched
    to the year before's, by name or as renamed."""
    from tipdiff.compare import compare_files

    hrr = shared / "corpus" / "hrr"
    for country in ("cambodia", "thailand"):
        for year in range(2016, 2022 + 1):  # 2024 restructured its sections (Life, Liberty, ...): see test_html
            old, new = hrr / str(year) / f"{country}.html", hrr / str(year + 1) / f"{country}.html"
            old_names = {s.name for s in load_report(old).sections}
            numbered = list({s.heading: s for s in reversed(load_report(new).sections)
                             if (s.heading or "").startswith("Section ")}.values())  # each title's first part
            # (2018/cambodia's page itself repeats "Section 2." over two parts)
            assert len({s.heading for s in numbered}) == 7, (new, [s.heading for s in numbered])
            comparison = compare_files(old, new)
            by_name = {s.name: s for s in comparison.sections}
            for section in numbered:
                matched = by_name[section.name]
                assert section.name in old_names or matched.renamed_from in old_names, (new, section.heading)
