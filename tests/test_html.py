"""Saved state.gov pages: the report's text and headings only, on our TIP page and the real HRR pages."""

from collections.abc import Callable
from pathlib import Path

import pytest
from archive import archive_today, wayback

from conftest import FIXTURES, SERIES
from tipdiff.compare import compare_files
from tipdiff.errors import InputError
from tipdiff.ingest import load_report
from tipdiff.ingest.html import extract_page

CHROME = ("An official website", "Here's how you know", "On This Page", "View report by", "Privacy Policy",
          "The Lessons of 1989", "document.addEventListener", "Download PDF")
SHARE = ("Facebook", "Twitter")  # share-widget words; real reports may mention them, so only our page is checked


def test_a_saved_tip_page_reads_like_its_text() -> None:
    page = load_report(FIXTURES / "html" / "veridia-2021.html")
    assert (page.country, page.tier, page.year) == ("Veridia", "Tier 2 Watch List", 2021)
    assert "Veridia" in page.removed_chrome
    for section in page.sections:
        assert not any(c in section.text for c in CHROME + SHARE), section.name
    assert compare_files(SERIES / "2021.txt", FIXTURES / "html" / "veridia-2021.html").identical


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


LIVE = FIXTURES / "html" / "veridia-2021.html"


def _variant(tmp_path: Path, name: str, edit) -> Path:
    """The live page with `edit` applied to its text, saved under tmp_path (the fixture is never modified)."""
    path = tmp_path / name
    path.write_text(edit(LIVE.read_text(encoding="utf-8")), encoding="utf-8")
    return path


def _paragraphs(path: Path) -> list[str]:
    return [p for s in load_report(path).sections for p in s.paragraphs]


def _br_inside(html: str) -> str:  # a CMS that wraps long lines: <br> inside three paragraphs, mid-sentence
    html = html.replace("recruitment agencies and prohibit", "recruitment agencies<br/>and prohibit")
    html = html.replace("maintained law enforcement efforts. The 2011", "maintained law enforcement efforts.<br>The 2011")
    return html.replace("two shelters, one of which", "two shelters,<BR>\n one of which")


def _br_after_hyphen(html: str) -> str:  # a page wrapped with <br> (a mail client, pdftohtml) at hyphens
    html = html.replace("launching a national anti-trafficking hotline", "launching a national anti-<br>trafficking hotline")
    html = html.replace("funding for NGO-run shelters", "funding for NGO-<br/>run shelters")
    return html.replace("convicting more traffickers", "convicting more traffick-<br>\n ers")


@pytest.mark.parametrize("breaks", [_br_inside, _br_after_hyphen])
def test_br_is_a_line_break_inside_its_paragraph(tmp_path: Path, breaks: Callable[[str], str]) -> None:
    """A <br> joins the lines of its paragraph; after a hyphen it joins as a hard-wrapped paste does: the
    compound keeps its hyphen ("anti-" + "trafficking", "NGO-" + "run"), a word broken by the wrap is whole
    ("traffick-" + "ers"), never a space after the hyphen (the trial's false "anti- trafficking" edits)."""
    wrapped = _variant(tmp_path, "veridia-2022.html", breaks)
    assert _paragraphs(wrapped) == _paragraphs(LIVE)
    comparison = compare_files(LIVE, wrapped)
    assert comparison.identical and not comparison.findings


def test_two_brs_in_a_row_are_a_blank_line_between_paragraphs(tmp_path: Path) -> None:
    joined = _variant(tmp_path, "veridia-2022.html", lambda html: html.replace(
        "the allegation.</p>\n<h3", "the allegation.</p>\n<h3").replace(
        "trafficking offenses. In March 2021", "trafficking offenses.<br><br>\n<br/>In March 2021"))
    live = _paragraphs(LIVE)
    split = _paragraphs(joined)
    assert len(split) == len(live) + 1
    assert any(p.endswith("trafficking offenses.") for p in split)
    assert any(p.startswith("In March 2021, media reported") for p in split)


def test_entities_and_invisible_characters_read_like_the_plain_page(tmp_path: Path) -> None:
    def invisible(html: str) -> str:
        html = html.replace("standard operating", "standard oper&shy;ating")  # soft hyphen (an entity)
        html = html.replace("complicit officials accountable", "complicit \u200bofficials accountable")
        html = html.replace("seven to 15 years", "seven to&nbsp;15&#160;years")
        html = html.replace("national anti-trafficking hotline", "national anti-trafficking\u2060 hotline")
        html = html.replace("Port Delmar", "Port\u00a0Del\u00admar")
        return html.replace("migrant workers", "migrant&#x20;&#x200B;workers").replace("<p>", "<p>\ufeff", 3)

    edited = _variant(tmp_path, "veridia-2022.html", invisible)
    comparison = compare_files(LIVE, edited)
    assert comparison.identical and not comparison.findings
    text = "\n".join(_paragraphs(edited))
    assert not any(c in text for c in "\u00ad\u200b\u2060\ufeff\u00a0")
    assert "standard operating procedures" in text and "Port Delmar" in text


@pytest.mark.parametrize("capture", [wayback, archive_today])
def test_a_web_archive_capture_reads_exactly_like_the_live_page(tmp_path: Path, capture) -> None:
    captured = _variant(tmp_path, "veridia-2021.html", capture)
    live, archived = load_report(LIVE), load_report(captured)
    assert archived.sections == live.sections
    assert (archived.country, archived.tier, archived.year, archived.title) == (
        live.country, live.tier, live.year, live.title)
    assert compare_files(LIVE, captured).identical
    text = "\n".join(s.text for s in archived.sections)
    assert not any(word in text for word in ("Wayback", "web.archive.org", "captures", "archive.today", "Saved from",
                                             "snapshots", "donate"))
    banner = [r for r in archived.removed_chrome if r not in live.removed_chrome]
    assert banner and any(("Wayback Machine" in r) or ("webpage capture" in r) for r in banner)


def test_a_capture_without_the_breadcrumb_still_names_its_series(tmp_path: Path) -> None:
    html = LIVE.read_text(encoding="utf-8")
    html = html.replace('<span class="bc_content"><a href="https://www.state.gov/reports/2021-trafficking-in-persons'
                        '-report/">2021 Trafficking in Persons Report</a></span>', "")
    html = html.replace("<head>", '<head><link rel="canonical" href="https://www.state.gov/reports/2021-trafficking-'
                        'in-persons-report/veridia/">')
    assert extract_page(wayback(html)).series == "2021 Trafficking in Persons Report"


def test_a_republished_narrative_reads_like_the_state_gov_page() -> None:
    republished = FIXTURES / "html" / "veridia-2021-republished.html"
    live, copy = load_report(LIVE), load_report(republished)
    assert (copy.country, copy.tier, copy.year) == (live.country, live.tier, live.year)
    assert [(s.name, s.heading, s.paragraphs) for s in copy.sections] == \
        [(s.name, s.heading, s.paragraphs) for s in live.sections]
    assert compare_files(LIVE, republished).identical
    chrome = "\n".join(copy.removed_chrome)
    for listed in ("Country-by-country", "Publisher", "Publication Date", "24 June 2021", "Cite as", "Disclaimer",
                   "is not responsible for", "extracted from the 2021", "Extracted from the U.S. Department"):
        assert listed in chrome, listed
    text = "\n".join(s.text for s in copy.sections)
    for word in ("Country Papers Online", "Publisher", "Disclaimer", "extracted from", "Extracted from", "Cite as"):
        assert word not in text, word


def test_the_republication_chrome_is_profile_data() -> None:
    from tipdiff.profile import load_profile

    for name in ("tip", "hrr"):
        chrome = load_profile(name).chrome
        assert any(p.fullmatch("Country-by-country") for p in chrome), name
        assert any(p.fullmatch("Excerpted from the 2020 annual Report.") for p in chrome), name
        # the patterns match whole chrome paragraphs only, never a sentence of a narrative
        assert not any(p.fullmatch("The government extracted confessions from the Report's sources through "
                                   "torture in 2021.") for p in chrome), name


@pytest.mark.parametrize("case", ["05-html-softhyphen-zwsp", "06-html-br-in-paragraph"])
def test_cases_05_and_06_compare_as_unchanged(shared: Path, case: str) -> None:
    folder = shared / "cases" / case
    comparison = compare_files(folder / "veridia-2021.html", folder / "veridia-2022.html")
    assert not comparison.findings
    assert all(c.kind == "unchanged" for s in comparison.sections for c in s.changes), case

