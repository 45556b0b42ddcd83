"""A heading written as a bold run-in label, with the same words, is no change (tipdiff.relabel; issue 12: an HRR
page whose h4 became a bold label read as parts merged). Pages are ours; the last test rewrites the real 2023
Cambodia page in ../shared by path."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tipdiff.compare import analyse_reports
from tipdiff.ingest import load_report, report_from_text
from tipdiff.options import Options

TOP = ("<html><body><main><h1>2023 Country Reports on Human Rights Practices: Veridia</h1><h2>Executive Summary</h2>"
       "<p>Veridia is a republic with an elected parliament.</p><h3>e. Denial of Fair Public Trial</h3>"
       "<p>The constitution names an independent judiciary.</p>")
BODY = "Hearings in the capital were open to the press. Rural courts often sat without a lawyer present."
HEADED = f"{TOP}<h4>Trial Procedures</h4><p>{BODY}</p></main></body></html>"
LABELS = {
    "bold with a colon": f"{TOP}<p><strong>Trial Procedures:</strong> {BODY}</p></main></body></html>",
    "bold and a line break": f"{TOP}<p><b>Trial Procedures</b><br>{BODY}</p></main></body></html>",
    "nested bold and a line break": f"{TOP}<p><b><b>Trial Procedures</b></b><br />\n{BODY}</p></main></body></html>",
    "a bold paragraph": f"{TOP}<p><strong>Trial Procedures</strong></p><p>{BODY}</p></main></body></html>",
}


def compare(old: str, new: str) -> tuple[list[str], dict[str, int]]:
    """The findings' rules and the count of each kind of sentence change."""
    comparison = analyse_reports(report_from_text(old, "veridia-2023.html"), report_from_text(new, "veridia-2024.html"),
                                 Options())
    kinds: dict[str, int] = {}
    for section in comparison.sections:
        for change in section.changes:
            kinds[change.kind] = kinds.get(change.kind, 0) + 1
    return [f.rule for f in comparison.findings], kinds


@pytest.mark.parametrize("label", sorted(LABELS))
@pytest.mark.parametrize("heading_first", [True, False])
def test_a_heading_written_as_a_bold_label_is_no_change(label: str, heading_first: bool) -> None:
    old, new = (HEADED, LABELS[label]) if heading_first else (LABELS[label], HEADED)
    rules, kinds = compare(old, new)
    assert rules == []
    assert set(kinds) == {"unchanged"}


def test_a_label_of_other_words_is_still_a_merge() -> None:
    rules, _ = compare(HEADED, LABELS["bold with a colon"].replace("Trial Procedures:", "Court Hearings:"))
    assert "part/restructured" in rules


def test_a_label_over_an_edited_sentence_keeps_the_edit() -> None:
    new = LABELS["bold with a colon"].replace("open to the press", "closed to the press")
    rules, kinds = compare(HEADED, new)
    assert kinds.get("edited") == 1
    assert "part/restructured" in rules


@pytest.mark.parametrize(("html", "read"), [
    ("<p><b>Trial Procedures</b><br>Hearings were open.</p>", "Trial Procedures: Hearings were open."),
    ("<p><b>Judges</b> were often absent.<br>Hearings were open.</p>", "Judges were often absent. Hearings were open."),
    ("<p><b>Courts sat rarely.</b><br>Hearings were open.</p>", "Courts sat rarely. Hearings were open."),
    ("<p>In rural areas <b>judges</b><br>were often absent.</p>", "In rural areas judges were often absent."),
    ("<p><b>Note: all figures exclude the islands.</b></p>", "Note: all figures exclude the islands."),
])
def test_only_a_short_bold_run_opening_a_paragraph_before_a_line_break_is_a_label(html: str, read: str) -> None:
    report = report_from_text(f"{TOP}{html}</main></body></html>", "veridia-2023.html")
    assert read in [p for s in report.sections for p in s.paragraphs]


def test_the_real_2023_cambodia_page_with_its_h4_headings_as_bold_labels(shared: Path) -> None:
    """Seven h4 sub-headings written as bold labels, both ways (colon, line break): no finding, no sentence
    changed; before, five 'Parts restructured' findings and a false body 'Assembly Although'."""
    page = (shared / "corpus" / "hrr" / "2023" / "cambodia.html").read_text(encoding="utf-8")
    h4 = r'<h4 id="[^"]*">([^<]*)</h4>\s*<p>'
    for replacement in (r"<p><strong>\1:</strong> ", r"<p><strong>\1</strong><br>"):
        labelled, count = re.subn(h4, replacement, page)
        assert count == 7
        for old, new in ((page, labelled), (labelled, page)):
            rules, kinds = compare(old, new)
            assert rules == [] and set(kinds) == {"unchanged"}


def test_the_real_saint_kitts_and_nevis_2022_to_2023_political_prisoners(shared: Path) -> None:
    """2022 heads "Political Prisoners and Detainees" (an h4); 2023 writes it in bold before a line break, over
    the same sentence. Before: "merged into Trial Procedures"; now no part finding names it."""
    hrr = shared / "corpus" / "hrr"
    old, new = (load_report(hrr / year / "saint-kitts-and-nevis.html") for year in ("2022", "2023"))
    comparison = analyse_reports(old, new, Options())
    assert not [f for f in comparison.findings if f.rule.startswith("part/") and "Political Prisoners" in f.message]
    carried = [c for s in comparison.sections for c in s.changes
               if c.new is not None and c.new.text.startswith("Political Prisoners and Detainees:")]
    assert [c.kind for c in carried] == ["unchanged"]


def test_the_real_uruguay_2022_bold_paragraph_heading(shared: Path) -> None:
    """2022 writes "Prison and Detention Center Conditions" as a bold paragraph, 2023 as an h4: one part, not
    "Parts restructured"; the 2022 page holds it as a part of its own."""
    hrr = shared / "corpus" / "hrr"
    old, new = (load_report(hrr / year / "uruguay.html") for year in ("2022", "2023"))
    assert "Prison and Detention Center Conditions" in [s.heading for s in old.sections]
    comparison = analyse_reports(old, new, Options())
    assert not [f for f in comparison.findings if f.rule.startswith("part/") and "Prison and Detention" in f.message]

