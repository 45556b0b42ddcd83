"""The HTML report of one comparison: self-contained, findings first and linked to their changes, word marks,
moves linked both ways, typography-only differences not shown as edits, everything escaped, same bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from htmlcheck import Page

from conftest import FIXTURES, SERIES, series_steps
from tipdiff.compare import analyse_files
from tipdiff.render.html import render

CAMBODIA = FIXTURES / "cambodia"


def page_for(old: Path, new: Path) -> tuple[str, Page]:
    html = render(analyse_files(old, new))
    return html, Page(html)


@pytest.mark.parametrize("old, new, labels", series_steps(), ids=lambda p: p.name)
def test_every_local_link_has_a_target_and_ids_are_unique(old: Path, new: Path, labels: Path) -> None:
    html, page = page_for(old, new)
    ids = page.ids
    assert len(ids) == len(set(ids)), "duplicate ids"
    missing = sorted(set(page.local_links()) - set(ids))
    assert not missing, f"links without a target: {missing}"
    assert page.outside_resources() == []
    assert page.tags("script") == [], "the report needs no script"
    assert "http://" not in html and "https://" not in html


def test_header_findings_first_each_with_severity_rule_and_link() -> None:
    _html, page = page_for(CAMBODIA / "cambodia-2019.txt", CAMBODIA / "cambodia-2022.txt")
    assert page.tags("h1")[0].text == "Cambodia"
    header = page.tags("header")[0].text
    assert "2019 → 2022" in header and "Tier 2 Watch List → Tier 3" in header
    assert "Cambodia downgraded one tier, from Tier 2 Watch List to Tier 3." in header
    h2 = [h.text for h in page.tags("h2")]
    assert h2[0] == "Findings" and h2.index("Findings") < h2.index("Overview")
    findings = page.by_class("finding", "li")
    assert len(findings) == 13  # 12, and the Phnom Penh Municipal Court no longer named (full body names)
    for finding in findings:
        severity = next(c for c in finding.classes if c.startswith("sev-"))
        assert severity in ("sev-error", "sev-warning", "sev-info")
        assert "code" in finding.children_tags  # the rule id
    links = [a.attrs["href"][1:] for a in page.tags("a") if a.text == "see the change"]
    assert len(links) == len(findings)
    assert set(links) <= set(page.ids)
    # the dropped recommendation's finding points at the removed row, which holds the dropped text
    dropped = next(f for f in findings if "recommendation/dropped" in f.text)
    target = page.by_id(next(a.attrs["href"][1:] for a in page.tags("a") if a.text == "see the change"
                             and a in page.elements[page.elements.index(dropped):]))
    assert "removed" in target.classes and "restitution" in target.text


def test_edits_are_word_marks_and_moves_link_both_ways() -> None:
    _html, page = page_for(SERIES / "2020.txt", SERIES / "2021.txt")
    assert page.tags("del") and page.tags("ins")
    edited = page.by_class("edited", "p")
    assert edited and all("del" in e.children_tags or "ins" in e.children_tags for e in edited)
    moved = page.by_class("moved", "p")
    assert moved, "the fixture step moves sentences"
    for row in moved:
        link = next(e for e in page.tags("a") if e in page.elements[page.elements.index(row):]
                    and "moved-note" in e.classes)
        target = page.by_id(link.attrs["href"][1:])
        assert "moved-away" in target.classes
        back = page.elements[page.elements.index(target) + 1]
        assert back.tag == "a" and back.attrs["href"] == "#" + row.attrs["id"]
    across = [e.text for e in page.by_class("moved-note") if "from Prosecution" in e.text or "to Prevention" in e.text]
    assert any("moved from Prosecution" in t for t in across) and any("moved to Prevention" in t for t in across)


def test_side_by_side_view_has_both_years_in_columns() -> None:
    _html, page = page_for(SERIES / "2020.txt", SERIES / "2021.txt")
    tables = page.by_class("sbs", "table")
    assert len(tables) == len(page.by_class("part", "section"))
    edited_rows = [e for e in page.tags("tr") if "edited" in e.classes]
    assert edited_rows and all(r.children_tags.count("td") == 2 for r in edited_rows)
    # the view switch is CSS only: two radio inputs, no script
    assert [e.attrs["id"] for e in page.tags("input")] == ["view-inline", "view-side"]


def test_report_text_is_escaped(tmp_path: Path) -> None:
    old = tmp_path / "veridia-2020.txt"
    new = tmp_path / "veridia-2021.txt"
    old.write_text("VERIDIA: Tier 2\n\nPROSECUTION\n\nThe government maintained law enforcement efforts. "
                   "Courts heard 12 cases.\n", encoding="utf-8")
    new.write_text("VERIDIA: Tier 2\n\nPROSECUTION\n\nThe government maintained law enforcement efforts. "
                   "Courts heard <script>alert('x')</script> & <b>12</b> cases.\n", encoding="utf-8")
    html, page = page_for(old, new)
    assert page.tags("script") == [] and page.tags("b") == []
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;" in html
    assert any("<script>alert('x')</script>" in e.text for e in page.tags("ins"))


def test_typography_only_differences_are_not_edits(tmp_path: Path) -> None:
    old = tmp_path / "veridia-2020.txt"
    new = tmp_path / "veridia-2021.txt"
    old.write_text("VERIDIA: Tier 2\n\nPROTECTION\n\nThe government maintained protection efforts. "
                   "The ministry's shelters - two of them - stayed open. Victims received \"care\".\n", encoding="utf-8")
    new.write_text("VERIDIA: Tier 2\n\nPROTECTION\n\nThe government maintained protection efforts. "
                   "The ministry’s shelters — two of them — stayed open. Victims received “care” and ﬁnes ended.\n",
                   encoding="utf-8")
    _html, page = page_for(old, new)
    inserted = " ".join(e.text for e in page.tags("ins"))
    deleted = " ".join(e.text for e in page.tags("del"))
    assert "fines ended" in inserted.replace("ﬁ", "fi")
    for mark in ("’", "—", "“", "”", "'", "-", '"'):
        assert mark not in inserted and mark not in deleted, f"typography shown as an edit: {mark!r}"
    note = page.by_class("typography")
    assert note and "differs only in typography" in note[0].text or "differ only in typography" in note[0].text


def test_same_comparison_gives_the_same_bytes() -> None:
    first = render(analyse_files(SERIES / "2021.txt", SERIES / "2022.txt"))
    second = render(analyse_files(SERIES / "2021.txt", SERIES / "2022.txt"))
    assert first == second


def test_identical_texts_say_so() -> None:
    html, page = page_for(SERIES / "2020.txt", SERIES / "2020.txt")
    assert "No changes: the two texts are the same, part by part." in html
    assert page.tags("del") == [] and page.tags("ins") == []
