"""A Human Rights Report page copied as text or printed: its headings are lines with no level, read back as the
page's h2-h4 (tipdiff.text_headings; issue 12 trial 8: the 2023 Peru page as a text copy was one unsectioned
block, with 10 false "Parts restructured" and places named "Leave" and "Participate"). Texts are ours; the last
test copies real pages in ../shared by path."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tipdiff.compare import analyse_reports
from tipdiff.ingest import load_report, report_from_text
from tipdiff.options import Options
from tipdiff.text_headings import guessed_levels

PAGE = """2023 Country Reports on Human Rights Practices: Veridia

EXECUTIVE SUMMARY

Veridia is a republic with an elected parliament.

Section 1.

Respect for the Integrity of the Person

a. Arbitrary Deprivation of Life and Other Unlawful or Politically Motivated Killings

Witnesses said police shot two protesters in the capital.

Prison and Detention Center Conditions

Prisons were crowded. Not applicable.
"""


def test_heading_lines_get_the_page_s_levels() -> None:
    paragraphs = tuple(p for p in PAGE.strip().split("\n\n"))[1:]
    out, _, levels = guessed_levels(paragraphs, tuple(range(len(paragraphs))))
    assert dict(zip(out, levels, strict=True)) == {
        "EXECUTIVE SUMMARY": 4, "Veridia is a republic with an elected parliament.": 0,
        "Section 1. Respect for the Integrity of the Person": 2,
        "a. Arbitrary Deprivation of Life and Other Unlawful or Politically Motivated Killings": 3,
        "Witnesses said police shot two protesters in the capital.": 0,
        "Prison and Detention Center Conditions": 4, "Prisons were crowded. Not applicable.": 0}


@pytest.mark.parametrize("line", [
    "Not applicable.",  # a sentence
    "Police detained him without charge",  # lower-case words
    "In March the Ministry of Justice said so",  # a sentence that lost its full stop
    "x" * 20,  # no capital
])
def test_sentences_and_plain_lines_are_no_headings(line: str) -> None:
    assert guessed_levels((line,), (1,))[2] == (0,)


def test_the_copy_splits_into_the_page_s_parts() -> None:
    page = ("<html><body><main><h1>2023 Country Reports on Human Rights Practices: Veridia</h1>"
            "<h2>EXECUTIVE SUMMARY</h2><p>Veridia is a republic with an elected parliament.</p>"
            "<h2>Section 1.</h2><h2>Respect for the Integrity of the Person</h2>"
            "<h3>a. Arbitrary Deprivation of Life and Other Unlawful or Politically Motivated Killings</h3>"
            "<p>Witnesses said police shot two protesters in the capital.</p>"
            "<h4>Prison and Detention Center Conditions</h4><p>Prisons were crowded. Not applicable.</p>"
            "</main></body></html>")
    text = report_from_text(PAGE, "veridia-2023.txt")
    saved = report_from_text(page, "veridia-2023.html")
    assert text.section_names() == saved.section_names()
    comparison = analyse_reports(saved, text, Options())
    assert list(comparison.findings) == []
    assert all(c.kind == "unchanged" for s in comparison.sections for c in s.changes)


def _text_copy(page: str) -> str:
    """A page's report as a browser's text copy: block ends as blank lines, tags dropped."""
    start = page.index('<div id="report_content"')
    end = page.index("</section>", [m.start() for m in re.finditer("entry-content", page)][-1]) + 10
    body = re.sub(r"<script.*?</script>|<style.*?</style>", "", page[start:end], flags=re.S)
    body = re.sub(r"</(p|h[1-6]|li|div)>", "\n\n", body)
    body = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<br\s*/?>", "\n", body)))
    return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", body) if p.strip())


@pytest.mark.parametrize("country", ["peru", "kenya", "ukraine"])
def test_real_pages_copied_as_text_are_unchanged(shared: Path, tmp_path: Path, country: str) -> None:
    page = shared / "corpus" / "hrr" / "2023" / f"{country}.html"
    copy = tmp_path / f"{country}-2023.txt"
    copy.write_text(f"2023 Country Reports on Human Rights Practices: {country.title()}\n\n"
                    + _text_copy(page.read_text(encoding="utf-8")) + "\n", encoding="utf-8")
    comparison = analyse_reports(load_report(page), load_report(copy), Options())
    assert list(comparison.findings) == []
    assert [c.kind for s in comparison.sections for c in s.changes if c.kind != "unchanged"] == []
