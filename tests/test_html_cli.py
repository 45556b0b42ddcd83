"""The HTML, SVG and CSV outputs through the command line: files written, same bytes every run, the digest
folder's pages linked both ways, usage mistakes one line with exit 2."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from htmlcheck import Page

from conftest import FIXTURES, SERIES


@pytest.fixture
def two_years(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "2020", tmp_path / "2021"
    old.mkdir()
    new.mkdir()
    shutil.copy(SERIES / "2020.txt", old / "veridia.txt")
    shutil.copy(SERIES / "2021.txt", new / "veridia.txt")
    shutil.copy(FIXTURES / "cambodia" / "cambodia-2019.txt", old / "cambodia.txt")
    shutil.copy(FIXTURES / "cambodia" / "cambodia-2022.txt", new / "cambodia.txt")
    shutil.copy(SERIES / "2020.txt", old / "cote-d-ivoire.txt")
    (new / "cote-d-ivoire.txt").write_bytes(b"%PDF-1.4 not a narrative")
    return old, new


def test_compare_html_file_is_byte_identical_across_runs(run, tmp_path: Path) -> None:
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    for target in (first, second):
        result = run("compare", SERIES / "2021.txt", SERIES / "2022.txt", "--format", "html", "-o", target)
        assert result.code == 1 and result.out == ""  # errors among the findings: exit 1, as for every format
    assert first.read_bytes() == second.read_bytes()
    page = Page(first.read_text(encoding="utf-8"))
    assert page.by_class("finding", "li") and page.tags("del")


def test_compare_html_to_stdout(run) -> None:
    result = run("compare", SERIES / "2020.txt", SERIES / "2021.txt", "--format", "html")
    assert result.out.startswith("<!DOCTYPE html>") and result.out.endswith("</html>\n")


def test_batch_html_writes_an_index_and_one_page_per_country(run, two_years: tuple[Path, Path], tmp_path: Path) -> None:
    old, new = two_years
    out = tmp_path / "digest"
    result = run("compare", old, new, "--format", "html", "-o", out, "--jobs", "1")
    assert result.code == 2  # one country could not be read: reported, the rest completes
    assert sorted(p.name for p in out.iterdir()) == ["cambodia.html", "cote-divoire.html", "index.html",
                                                     "veridia.html"]
    index = Page((out / "index.html").read_text(encoding="utf-8"))
    links = {a.attrs["href"] for a in index.tags("a")}
    assert links == {"cambodia.html", "cote-divoire.html", "veridia.html"}
    moves = index.by_class("moves", "table")[0].text
    assert "Cambodia" in moves and "Downgraded one tier, from Tier 2 Watch List to Tier 3." in moves
    ranking = [li.text.split(":")[0] for li in index.by_class("ranking", "ol")[0:1] for li in index.tags("li")]
    assert ranking[:2] == ["Cambodia", "Veridia"]  # Cambodia has errors, Veridia warnings only
    rows = index.by_id("countries")
    assert rows.children_tags.count("tr") == 4
    assert index.tags("script"), "the sort script is an enhancement"
    for name in ("cambodia.html", "veridia.html", "cote-divoire.html"):
        page = Page((out / name).read_text(encoding="utf-8"))
        assert any(a.attrs.get("href") == "index.html" for a in page.tags("a"))
        assert page.tags("script") == []
    assert "could not be compared" in (out / "cote-divoire.html").read_text(encoding="utf-8")
    again = tmp_path / "again"
    run("compare", old, new, "--format", "html", "-o", again, "--jobs", "2")
    for name in ("index.html", "cambodia.html", "veridia.html"):
        assert (out / name).read_bytes() == (again / name).read_bytes(), name


def test_batch_html_needs_an_output_folder(run, two_years: tuple[Path, Path], tmp_path: Path) -> None:
    old, new = two_years
    result = run("compare", old, new, "--format", "html")
    assert result.code == 2 and "give -o OUT/" in result.err and "Traceback" not in result.err
    afile = tmp_path / "file.html"
    afile.write_text("x", encoding="utf-8")
    result = run("compare", old, new, "--format", "html", "-o", afile)
    assert result.code == 2 and "is a file" in result.err and afile.read_text(encoding="utf-8") == "x"


def test_history_html_and_csv(run, tmp_path: Path) -> None:
    target = tmp_path / "history.html"
    assert run("history", SERIES, "--format", "html", "-o", target).code == 0
    page = Page(target.read_text(encoding="utf-8"))
    assert [e for e in page.tags("svg") if "tier-timeline" in e.classes]
    result = run("history", SERIES, "--format", "csv")
    assert result.code == 0 and result.out.startswith("country,year,file,tier,")
    assert len(result.out.splitlines()) == 5
    result = run("history", SERIES.parent, "--format", "csv")
    assert result.code == 0 and result.out.splitlines()[1].startswith("Veridia,2019,veridia/2019.txt,")
    result = run("history", tmp_path, "--format", "csv")
    assert result.code == 2 and "holds no report files" in result.err
