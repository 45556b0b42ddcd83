"""Recommendations of the unheaded format (the overview, then the recommendations as "a • b • c") in other copies
(issue 12 trial): a PDF where a bullet of the running paragraph wraps to a line's start, and a page whose
recommendations are a bulleted list (`<ul>`) with no heading. Both must read as the text does: no change. Texts
are ours; the last tests build copies of the real 2019 Cambodia narrative in ../shared by path."""

from __future__ import annotations

import html
from pathlib import Path

from fpdf import FPDF

from tipdiff.compare import analyse_reports
from tipdiff.ingest import load_report, report_from_text
from tipdiff.options import Options

OVERVIEW = ("The Government of Veridia does not fully meet the minimum standards but is making significant efforts "
            "to end trafficking. Courts convicted more traffickers than last year.")
ITEMS = ["Investigate and prosecute trafficking crimes, including those of officials who take bribes from brothel "
         "owners, and seek long prison terms", "Train border police to screen returning migrants for signs of forced "
         "labor", "Fund shelters that accept male victims and boys", "Publish the number of victims referred to care "
         "by each province", "Let victims testify by video so they need not face their traffickers in court"]
PROSECUTION = "The government maintained law enforcement efforts. Police opened more cases in the border provinces."
TEXT = f"VERIDIA: Tier 2\n\n{OVERVIEW}\n\n{' • '.join(i + '.' for i in ITEMS)}\n\n{PROSECUTION}\n"


def _changes(old: object, new: object) -> list[str]:
    comparison = analyse_reports(old, new, Options())  # type: ignore[arg-type]
    return [c.kind for s in comparison.sections for c in s.changes if c.kind != "unchanged"] + \
        [f.message for f in comparison.findings]


def _pdf_with_a_bullet_at_a_line_start(path: Path, text: str, width: float = 300) -> bool:
    """The text as a one-column PDF; True when a bullet of a running paragraph starts a line."""
    pdf = FPDF(format="letter", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    at_start = False
    for paragraph in text.strip().split("\n\n"):
        lines = pdf.multi_cell(width, 13, paragraph.replace("•", "\x95"), dry_run=True, output="LINES")
        at_start |= any(line.startswith("\x95") for line in lines[1:])
        pdf.multi_cell(width, 13, paragraph.replace("•", "\x95"), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(10)
    pdf.output(str(path))
    return at_start


def test_a_pdf_bullet_wrapped_to_a_line_start_stays_in_its_paragraph(tmp_path: Path) -> None:
    """The first item padded word by word until bullets wrap to a line's start: every such PDF reads as the text."""
    wrapped = 0
    for pad in range(12):
        text = TEXT.replace(ITEMS[0], ITEMS[0] + " now" * pad)
        path = tmp_path / f"veridia-2024-{pad}.pdf"
        if _pdf_with_a_bullet_at_a_line_start(path, text):
            wrapped += 1
            assert _changes(report_from_text(text, "veridia-2023.txt"), load_report(path, year=2024)) == [], pad
    assert wrapped >= 1, "no padding wrapped a bullet to a line's start"


def _page(items_html: str) -> str:
    return ("<!DOCTYPE html><html><body><main><h1>2023 Trafficking in Persons Report: Veridia</h1>"
            f"<p>VERIDIA: Tier 2</p><p>{html.escape(OVERVIEW)}</p>{items_html}<p>{html.escape(PROSECUTION)}</p>"
            "</main></body></html>")


def test_a_bulleted_list_with_no_heading_opens_the_recommendations() -> None:
    listed = _page("<ul>" + "".join(f"<li>{html.escape(i)}.</li>" for i in ITEMS) + "</ul>")
    new = report_from_text(listed, "veridia-2024.html")
    assert "recommendations" in new.section_names()
    assert _changes(report_from_text(TEXT, "veridia-2023.txt"), new) == []


def test_list_items_holding_paragraphs_read_the_same() -> None:
    listed = _page("<ul>" + "".join(f"<li><p>{html.escape(i)}.</p></li>" for i in ITEMS) + "</ul>")
    assert _changes(report_from_text(TEXT, "veridia-2023.txt"), report_from_text(listed, "veridia-2024.html")) == []


def test_a_numbered_list_is_not_given_bullets() -> None:
    listed = _page("<ol>" + "".join(f"<li>{html.escape(i)}.</li>" for i in ITEMS) + "</ol>")
    report = report_from_text(listed, "veridia-2024.html")
    assert not [u.text for u in report.units if "•" in u.text]
    assert "recommendations" not in report.section_names()  # a numbered list is no bulleted paragraph


def _seed(shared: Path) -> str:
    return next((shared / "seeds").glob("001_*")).read_text(encoding="utf-8")


def test_the_real_2019_recommendations_as_a_list_with_no_heading(shared: Path, tmp_path: Path) -> None:
    seed = _seed(shared)
    paragraphs = seed.split("\n\n")
    body = "".join(
        "<ul>" + "".join(f"<li>{html.escape(i.strip())}</li>" for i in p.split(" • ")) + "</ul>"
        if p.startswith("Respecting due process") else f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = tmp_path / "cambodia-2020.html"
    page.write_text(f"<!DOCTYPE html><html><body><main><h1>2019 Trafficking in Persons Report: Cambodia</h1>{body}"
                    "</main></body></html>", encoding="utf-8")
    old = report_from_text(seed, "cambodia-2019.txt")
    assert _changes(old, load_report(page, year=2020)) == []


def test_the_real_2019_narrative_as_a_pdf_with_bullets_at_line_starts(shared: Path, tmp_path: Path) -> None:
    seed = _seed(shared)
    start = seed.index("CAMBODIA: Tier 2 Watch List")
    plain = seed[start:].translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "—": "-", "–": "-"}))
    text = plain.replace("•", "\x95").encode("latin-1", "replace").decode("latin-1").replace("\x95", "•")
    path = tmp_path / "cambodia-2020.pdf"
    assert any(_pdf_with_a_bullet_at_a_line_start(path, text, width) for width in range(300, 420, 7))
    assert _changes(report_from_text(text, "cambodia-2019.txt"), load_report(path, year=2020)) == []


def _pdf_with_drawn_bullets(path: Path, offset: float) -> None:
    """The text as a PDF whose recommendations are a list, each item's bullet a 3 pt disc drawn `offset` points
    left of its first line (as Chromium prints an <ul>), no bullet character written."""
    pdf = FPDF(format="letter", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    left = 90.0
    for paragraph in TEXT.strip().split("\n\n"):
        if "•" in paragraph:
            for item in paragraph.split(" • "):
                pdf.set_x(left)
                y = pdf.get_y()
                pdf.ellipse(left - offset - 3, y + 13 / 2 - 1.5, 3, 3, style="F")
                pdf.multi_cell(400, 13, item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(10)
            continue
        pdf.set_x(left - 30)
        pdf.multi_cell(430, 13, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(10)
    pdf.output(str(path))


def test_a_list_whose_bullets_are_drawn_shapes_reads_as_bulleted(tmp_path: Path) -> None:
    path = tmp_path / "veridia-2024.pdf"
    _pdf_with_drawn_bullets(path, offset=8)
    new = load_report(path)
    assert "recommendations" in new.section_names()
    assert _changes(report_from_text(TEXT, "veridia-2023.txt"), new) == []


def test_a_shape_far_from_a_line_is_no_bullet(tmp_path: Path) -> None:
    """Discs 60 points left of the text (a margin mark, not the line's bullet) add no bullet: no list is read."""
    path = tmp_path / "veridia-2024.pdf"
    _pdf_with_drawn_bullets(path, offset=60)
    assert "recommendations" not in load_report(path).section_names()
