"""Report PDFs drawn by the tests (tests/pdfmaker.py): furniture removed, words re-joined, paragraphs back,
and a whole report split into one file per country."""

import builtins
from pathlib import Path

import pytest

from conftest import FIXTURES, SERIES
from pdfmaker import make_report_pdf
from tipdiff.compare import compare_files
from tipdiff.errors import InputError
from tipdiff.ingest import load_report
from tipdiff.ingest.pdf import page_blocks, read_pdf


def body(path: Path) -> str:
    return path.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n", 1)[1]


@pytest.fixture
def report_pdf(tmp_path: Path) -> Path:
    return make_report_pdf(tmp_path / "report.pdf", [
        ("VERIDIA: TIER 3", body(SERIES / "2022.txt")),
        ("CAMBODIA: TIER 3", body(FIXTURES / "cambodia" / "cambodia-2022.txt")),
    ], introduction="This report covers government efforts from April 2022 through March 2023.")


def test_furniture_is_removed_and_words_rejoined(report_pdf: Path) -> None:
    pages, problems = page_blocks(report_pdf.read_bytes(), str(report_pdf))
    raw = [line.text for page in pages for block in page for line in block.lines]
    assert len(pages) >= 3 and "2023 TRAFFICKING IN PERSONS REPORT" in raw and "2" in raw and not problems
    assert any(line.endswith("-") and line[-2].isalpha() for line in raw), "the PDF has hyphenated line ends"
    read = read_pdf(report_pdf.read_bytes(), str(report_pdf))
    text = read.text
    assert "TRAFFICKING IN PERSONS REPORT" not in text
    assert not any(line.strip().isdigit() for line in text.splitlines())
    assert "\nVERIDIA\n" not in text and "\nCAMBODIA\n" not in text
    # every page's header, country line and page number is listed, with its page
    assert "p. 1: 2023 TRAFFICKING IN PERSONS REPORT" in read.removed and "p. 2: 2" in read.removed
    assert "p. 2: VERIDIA" in read.removed
    assert sum(line.endswith(": 2023 TRAFFICKING IN PERSONS REPORT") for line in read.removed) == len(pages)


def test_split_gives_one_file_per_country_that_reads_like_the_source(run, report_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "countries"
    result = run("split", report_pdf, "-o", out)
    assert result.code == 0 and "wrote 2 country files to" in result.out
    assert sorted(p.name for p in out.iterdir()) == ["cambodia-2023.txt", "veridia-2023.txt"]
    assert compare_files(SERIES / "2022.txt", out / "veridia-2023.txt", old_year=2023).identical
    assert compare_files(FIXTURES / "cambodia" / "cambodia-2022.txt", out / "cambodia-2023.txt", old_year=2023).identical


def test_two_countries_on_one_page(tmp_path: Path, run) -> None:
    short = "The Government of Ruritania fully meets the minimum standards for eliminating trafficking."
    pdf = make_report_pdf(tmp_path / "r.pdf", [("RURITANIA: TIER 1", short),
                                               ("VERIDIA (TIER 2 WATCH LIST)", body(SERIES / "2021.txt"))],
                          new_page_per_country=False)
    assert run("split", pdf, "-o", tmp_path / "out").code == 0
    ruritania = load_report(tmp_path / "out" / "ruritania-2023.txt")
    assert (ruritania.country, ruritania.tier) == ("Ruritania", "Tier 1")
    assert compare_files(SERIES / "2021.txt", tmp_path / "out" / "veridia-2023.txt", old_year=2023).identical


def test_a_pdf_is_read_directly_by_compare(tmp_path: Path) -> None:
    pdf = make_report_pdf(tmp_path / "veridia-2022.pdf", [("VERIDIA: TIER 3", body(SERIES / "2022.txt"))])
    assert compare_files(SERIES / "2022.txt", pdf).identical


def test_bad_pdfs(tmp_path: Path, run) -> None:
    from fpdf import FPDF

    encrypted = FPDF()
    encrypted.add_page()
    encrypted.set_font("Helvetica", size=10)
    encrypted.cell(0, 5, "VERIDIA: TIER 2")
    encrypted.set_encryption(owner_password="owner", user_password="secret")
    encrypted.output(str(tmp_path / "locked.pdf"))
    with pytest.raises(InputError, match="encrypted PDF"):
        load_report(tmp_path / "locked.pdf")

    image_only = FPDF()
    image_only.add_page()
    image_only.rect(20, 20, 100, 60, style="F")
    image_only.output(str(tmp_path / "scan.pdf"))
    with pytest.raises(InputError, match="no text layer"):
        load_report(tmp_path / "scan.pdf")

    no_headings = make_report_pdf(tmp_path / "intro.pdf", [], introduction="An introduction with no countries.")
    result = run("split", no_headings, "-o", tmp_path / "out")
    assert result.code == 2 and "has no country headings" in result.err

    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    assert run("compare", tmp_path / "broken.pdf", SERIES / "2022.txt").code == 2


def test_without_the_pdf_extra_the_message_says_how_to_get_it(tmp_path: Path, monkeypatch) -> None:
    pdf = make_report_pdf(tmp_path / "veridia-2022.pdf", [("VERIDIA: TIER 3", "The government decreased efforts.")])
    real_import = builtins.__import__

    def no_pdfminer(name, *args, **kwargs):
        if name.startswith("pdfminer"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pdfminer)
    with pytest.raises(InputError, match=r"pip install 'tipdiff\[pdf\]'"):
        load_report(pdf)


def test_split_a_two_column_report_with_countries_running_on(run, tmp_path: Path) -> None:
    from pdf_typeset import Layout, typeset

    texts = [(FIXTURES / "cambodia" / "cambodia-2019.txt").read_text(encoding="utf-8"),
             (SERIES / "2021.txt").read_text(encoding="utf-8")]
    pdf = typeset("\n\n".join(texts), tmp_path / "report.pdf", Layout(columns=2, lines_per_column=50))
    result = run("split", pdf, "-o", tmp_path / "out")
    assert result.code == 0 and "wrote 2 country files to" in result.out
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["cambodia-2020.txt", "veridia-2020.txt"]
    assert compare_files(FIXTURES / "cambodia" / "cambodia-2019.txt", tmp_path / "out" / "cambodia-2020.txt").identical
    assert compare_files(SERIES / "2021.txt", tmp_path / "out" / "veridia-2020.txt", old_year=2019).identical


def test_split_follows_the_profile_for_headings_running_headers_and_year(run, tmp_path: Path) -> None:
    """What a country heading, a running header and the stated year look like is the profile's knowledge: another
    report series splits with its own profile, and the TIP title is nothing to it."""
    profile = tmp_path / "review.yaml"
    profile.write_text(
        "name: review\n"
        "title: '(?P<country>[A-Z][A-Za-z ]+?): RATING (?P<tier>[A-C])'\n"
        "title_example: 'VERIDIA: RATING B'\n"
        "running_headers: ['ANNUAL FREEDOM REVIEW \\d{4}']\n"
        "year: ['ANNUAL FREEDOM REVIEW (?P<year>\\d{4})']\n"
        "has_tiers: false\n"
        "sections: [{name: overview}]\n", encoding="utf-8")
    narrative = "The reviewers visited the capital twice.\n\nThe courts heard eleven cases."
    pdf = make_report_pdf(tmp_path / "review.pdf", [("VERIDIA: RATING B", narrative),
                                                    ("RURITANIA: RATING A", narrative)],
                          title="ANNUAL FREEDOM REVIEW 2031")
    read = read_pdf(pdf.read_bytes(), str(pdf), str(profile))
    assert "ANNUAL FREEDOM REVIEW" not in read.text and "p. 1: ANNUAL FREEDOM REVIEW 2031" in read.removed
    result = run("split", pdf, "-o", tmp_path / "out", "--profile", profile)
    assert result.code == 0, result.err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["ruritania-2031.txt", "veridia-2031.txt"]
    # with the TIP profile the same file has no country heading, and the message shows what one looks like
    tip = run("split", pdf, "-o", tmp_path / "tip", "--profile", "tip")
    assert tip.code == 2 and "has no country headings" in tip.err and "'CAMBODIA: TIER 3'" in tip.err


def test_split_of_a_text_without_a_year_says_so_and_refuses_a_file_as_folder(run, tmp_path: Path) -> None:
    whole = tmp_path / "whole.txt"
    whole.write_text("VERIDIA: TIER 3\n\n" + body(SERIES / "2022.txt") + "\n\nCAMBODIA: TIER 3\n\n"
                     + body(FIXTURES / "cambodia" / "cambodia-2022.txt"), encoding="utf-8")
    result = run("split", whole, "-o", tmp_path / "out")
    assert result.code == 0 and sorted(p.name for p in (tmp_path / "out").iterdir()) == ["cambodia.txt", "veridia.txt"]
    assert "states no year" in result.out and "--year" in result.out
    dated = run("split", whole, "-o", tmp_path / "dated", "--year", "2023")
    assert "states no year" not in dated.out and (tmp_path / "dated" / "veridia-2023.txt").is_file()
    before = whole.read_bytes()
    refused = run("split", whole, "-o", whole)
    assert refused.code == 2 and "is a file; split writes one file per country into a folder" in refused.err
    assert "File exists" not in refused.err and whole.read_bytes() == before
