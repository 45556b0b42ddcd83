"""The newsletter Markdown, parsed by a real CommonMark + GFM-tables parser and checked for structure."""

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from conftest import FIXTURES, check_golden, series_steps
from tipdiff.compare import analyse_files
from tipdiff.render.markdown import render

PARSER = MarkdownIt("commonmark").enable("table").enable("strikethrough")


def headings(tokens, level: str) -> list[str]:
    return [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == level]


def table_rows(tokens) -> list[int]:
    """Cells per row of every table."""
    rows, cells = [], 0
    for token in tokens:
        if token.type == "tr_open":
            cells = 0
        elif token.type in ("th_open", "td_open"):
            cells += 1
        elif token.type == "tr_close":
            rows.append(cells)
    return rows


@pytest.mark.parametrize("old, new, labels", series_steps(), ids=lambda p: p.name)
def test_series_markdown_has_the_newsletter_structure(old: Path, new: Path, labels: Path) -> None:
    comparison = analyse_files(old, new)
    tokens = PARSER.parse(render(comparison))
    [title] = headings(tokens, "h1")
    assert title.startswith("Veridia ")
    sections = headings(tokens, "h2")
    assert sections[0] == "Key findings" and "Figures" in sections and sections[-1] == "Changes by part"
    rows = table_rows(tokens)
    assert rows and set(rows) == {4}, "every row of the figures table has its four cells"
    assert any(t.type == "bullet_list_open" for t in tokens)
    html = PARSER.render(render(comparison))
    for finding in comparison.findings:
        assert finding.rule in html


def test_headline_names_the_move() -> None:
    old, new, _ = series_steps()[-1]
    text = render(analyse_files(old, new))
    assert text.splitlines()[0] == "# Veridia downgraded one tier, from Tier 2 Watch List to Tier 3"
    assert "| convictions | 30 | 12 | down 60% |" in text
    # "not reported" stands once, in the value cell; the change column says what it means
    assert "| victims identified | 160 | not reported | no longer reported |" in text
    rows = [line for line in text.split("## Figures")[1].split("\n## ")[0].splitlines() if line.startswith("| ")]
    assert all(line.count("not reported") <= 1 for line in rows) and "±0%" not in text


def test_quotes_with_markdown_characters_render_literally(tmp_path: Path) -> None:
    tricky = "Officials used *unofficial* lists_of_names | [see annex](x) <b>bold</b> `code` ~~x~~ &amp; a\\b."
    old = tmp_path / "veridia-2020.txt"
    new = tmp_path / "veridia-2021.txt"
    old.write_text("VERIDIA: Tier 2\n\nPROSECUTION\n\nThe government maintained law enforcement efforts.\n")
    new.write_text(f"VERIDIA: Tier 2\n\nPROSECUTION\n\nThe government maintained law enforcement efforts. {tricky}\n")
    markdown = render(analyse_files(old, new))
    tokens = PARSER.parse(markdown)
    [item] = [t for t in tokens if t.type == "inline" and "Officials used" in t.content]
    kinds = [c.type for c in item.children]
    assert kinds.count("em_open") == 1, "only the renderer's own '*Added:*' label is emphasis"
    assert not [k for k in kinds if k in ("strong_open", "code_inline", "link_open", "html_inline", "s_open")]
    texts = "".join(c.content for c in item.children if c.type == "text")
    assert tricky in texts


def test_max_items_keeps_it_short() -> None:
    old, new, _ = series_steps()[-1]
    comparison = analyse_files(old, new)
    short = render(comparison, max_items=3)
    assert f"- … and {len(comparison.findings) - 3} more" in short
    assert len(short) < len(render(comparison))


def test_markdown_golden(run) -> None:
    cambodia = FIXTURES / "cambodia"
    check_golden("cambodia-2019-2022.md",
                 run("compare", cambodia / "cambodia-2019.txt", cambodia / "cambodia-2022.txt", "--format", "markdown").out)
