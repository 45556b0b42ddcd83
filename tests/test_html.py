"""Saved state.gov pages: the report's text and headings only, on our TIP page and the real HRR pages."""

import random
from pathlib import Path

import pytest

from conftest import FIXTURES, SERIES
from tipdiff.compare import compare_files
from tipdiff.errors import InputError
from tipdiff.ingest import load_report
from tipdiff.ingest.html import extract_page

CHROME = ("An official website", "Here's how you know", "On This Page", "View report by", "Privacy Policy",
          "The Lessons of 1989", "document.addEventListener", "Download PDF")
SHARE = ("Facebook", "Twitter")  # share-widget words; real reports may mention them, so only our page is checked


def report_headings(html: str) -> list[str]:
    """The page's own h2-h4 headings inside #report_content, read independently with the stdlib parser."""
    from html.parser import HTMLParser

    void = {"br", "img", "hr", "meta", "link", "input", "source", "wbr"}

    class Headings(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.stack: list[tuple[str, bool, bool]] = []  # tag, inside #report_content, inside a TOC label
            self.current: list[str] | None = None
            self.found: list[str] = []

        def handle_starttag(self, tag, attrs):
            if tag in void:
                return
            attrs = dict(attrs)
            inside = (self.stack[-1][1] if self.stack else False) or attrs.get("id") == "report_content"
            label = (self.stack[-1][2] if self.stack else False) or "report-toc-section" in (attrs.get("class") or "")
            self.stack.append((tag, inside, label))
            if inside and not label and tag in ("h2", "h3", "h4"):
                self.current = []

        def handle_endtag(self, tag):
            if tag in ("h2", "h3", "h4") and self.current is not None:
                self.found.append(" ".join("".join(self.current).split()))
                self.current = None
            while self.stack and any(t == tag for t, _, _ in self.stack):
                if self.stack.pop()[0] == tag:
                    break

        def handle_data(self, data):
            if self.current is not None:
                self.current.append(data)

    parser = Headings()
    parser.feed(html)
    return [h for h in parser.found if h]  # the source has the odd empty <h4></h4>: it opens nothing


def test_a_saved_tip_page_reads_like_its_text() -> None:
    page = load_report(FIXTURES / "html" / "veridia-2021.html")
    assert (page.country, page.tier, page.year) == ("Veridia", "Tier 2 Watch List", 2021)
    assert "Veridia" in page.removed_chrome
    for section in page.sections:
        assert not any(c in section.text for c in CHROME + SHARE), section.name
    assert compare_files(SERIES / "2021.txt", FIXTURES / "html" / "veridia-2021.html").identical


def hrr_pages(shared: Path) -> list[Path]:
    pages = sorted((shared / "corpus" / "hrr").glob("*/cambodia.html")) + \
        sorted((shared / "corpus" / "hrr").glob("*/thailand.html"))
    sample = sorted((shared / "corpus" / "hrr" / "2023").glob("*.html"))
    return pages + random.Random(7).sample(sample, 25)


def test_hrr_pages_list_their_headings_in_order_without_chrome(shared) -> None:
    for path in hrr_pages(shared):
        html = path.read_text(encoding="utf-8")
        report = load_report(path)
        assert report.profile.name == "hrr", path
        assert report.year == int(path.parent.name), path
        headings = [s.heading for s in report.sections if s.heading]
        assert headings == report_headings(html), path
        assert headings[0].upper() == "EXECUTIVE SUMMARY" and report.sections[0].name == "executive-summary", path
        for section in report.sections:
            assert not any(c in section.text for c in CHROME), (path, section.name)
            assert "U.S. Department of State" not in (section.heading or ""), path


def test_hrr_2024_restructure_is_aligned_by_heading(shared) -> None:
    hrr = shared / "corpus" / "hrr"
    for country in ("cambodia", "thailand"):
        comparison = compare_files(hrr / "2023" / f"{country}.html", hrr / "2024" / f"{country}.html")
        by_name = {s.name: s for s in comparison.sections}
        torture = next(s for s in comparison.sections if s.name.startswith("torture-and-cruel"))
        assert torture.renamed_from and torture.renamed_from.startswith("torture-and-other-cruel"), country
        assert by_name["executive-summary"].renamed_from is None
        dropped = [s for s in comparison.sections if s.changes and all(c.kind == "removed" for c in s.changes)]
        assert dropped, "2024 dropped parts of the 2023 edition"
        moved_across = [c for s in comparison.sections for c in s.changes if c.kind == "moved" and c.from_section != s.name]
        assert moved_across, "merged parts show their sentences as moved"


def test_an_html_page_that_is_not_a_report(tmp_path: Path) -> None:
    page = tmp_path / "recipe.html"
    page.write_text("<html><body><main><h1>Soup</h1><p>Boil water.</p><p>Add salt.</p></main></body></html>")
    with pytest.raises(InputError, match="no recognisable narrative"):
        load_report(page)
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><nav>Home</nav><script>var x;</script></body></html>")
    with pytest.raises(InputError, match="no report text"):
        load_report(empty)


def test_series_label_from_the_breadcrumb(shared) -> None:
    page = extract_page((shared / "corpus" / "hrr" / "2023" / "france.html").read_text(encoding="utf-8"))
    assert page.series == "2023 Country Reports on Human Rights Practices"
    assert page.blocks[0].text == "France"
