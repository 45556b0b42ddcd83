"""Report PDFs for tests, drawn the way the TIP report is laid out: a running header with the report title and
the country on each page, page numbers in the footer, narratives that run across pages, words hyphenated at
line ends, and two short narratives sharing a page. Text is ASCII (the PDF core fonts)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from fpdf import FPDF


def _ascii(text: str) -> str:
    return (text.replace("’", "'").replace("“", '"').replace("”", '"').replace("–", "-").replace("—", "-")
            .replace("•", "-").encode("latin-1", "replace").decode("latin-1"))


class ReportPDF(FPDF):
    def __init__(self, title: str) -> None:
        super().__init__(format="letter")
        self.report_title = title
        self.running_country = ""
        self.set_auto_page_break(auto=True, margin=20)

    def header(self) -> None:
        self.set_font("Helvetica", size=8)
        self.cell(0, 4, self.report_title, new_x="LMARGIN", new_y="NEXT")
        if self.running_country:
            self.cell(0, 4, self.running_country, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", size=8)
        self.cell(0, 4, str(self.page_no()), align="C")


def _lines(paragraph: str, width: int, hyphenate: bool) -> list[str]:
    lines = textwrap.wrap(_ascii(paragraph), width)
    if hyphenate and len(lines) > 1:
        # split the first word of the second line across the line end, as a typesetter would
        first, rest = lines[1].split(" ", 1) if " " in lines[1] else (lines[1], "")
        if len(first) >= 6 and first.isalpha():
            cut = len(first) // 2
            lines[0] = f"{lines[0]} {first[:cut]}-"
            lines[1] = f"{first[cut:]} {rest}".strip()
    return lines


def make_report_pdf(path: Path, narratives: list[tuple[str, str]], *, title: str = "2023 TRAFFICKING IN PERSONS REPORT",
                    introduction: str = "", width: int = 95, new_page_per_country: bool = True) -> Path:
    """narratives: (COUNTRY heading, plain-text narrative with paragraphs separated by blank lines)."""
    pdf = ReportPDF(title)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    if introduction:
        for line in _lines(introduction, width, False):
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    for number, (heading, narrative) in enumerate(narratives):
        if number and new_page_per_country:
            pdf.add_page()
        pdf.running_country = heading.split(":")[0].split("(")[0].strip()
        pdf.set_font("Helvetica", style="B", size=11)
        pdf.cell(0, 6, _ascii(heading), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        for index, paragraph in enumerate(p for p in narrative.split("\n\n") if p.strip()):
            for line in _lines(paragraph.strip(), width, hyphenate=index % 2 == 1):
                pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(path))
    return path
