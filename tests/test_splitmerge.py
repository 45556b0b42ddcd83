"""Sentences split or merged between the years are one change (issue 11, item 8): "split" or "merged", with a
word diff over the joined text, within a part and across parts; not an edit plus an added or removed sentence."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema

from tipdiff.compare import compare_reports
from tipdiff.diff import change_words
from tipdiff.ingest import report_from_text
from tipdiff.model import Change, Comparison
from tipdiff.render.json import comparison_dict

PROSECUTION = [
    "The government increased law enforcement efforts.",
    "Police investigated 40 cases of sex trafficking in the capital and charged 22 suspects, and courts convicted "
    "15 traffickers and sentenced them to between five and 12 years in prison.",
    "Authorities did not report any investigations of labor trafficking in the fishing sector.",
]
SPLIT = [
    PROSECUTION[0],
    "Police investigated 40 cases of sex trafficking in the capital and charged 22 suspects.",
    "Courts convicted 15 traffickers and sentenced them to between five and 12 years in prison.",
    PROSECUTION[2],
]
PROTECTION = [
    "The government maintained protection efforts.",
    "The ministry referred 120 victims to shelters run by civil society organizations.",
    "Officials did not screen migrant workers returning from abroad for indicators of trafficking.",
]


def narrative(prosecution: list[str], protection: list[str]) -> str:
    return "\n\n".join(["VERIDIA: Tier 2", "PROSECUTION", " ".join(prosecution), "PROTECTION", " ".join(protection)])


def compared(old: str, new: str) -> Comparison:
    return compare_reports(report_from_text(old, "veridia-2021.txt"), report_from_text(new, "veridia-2022.txt"))


def changed(comparison: Comparison) -> list[Change]:
    return [c for s in comparison.sections for c in s.changes if c.kind != "unchanged"]


def test_one_sentence_cut_in_two_is_one_split() -> None:
    comparison = compared(narrative(PROSECUTION, PROTECTION), narrative(SPLIT, PROTECTION))
    [split] = changed(comparison)
    assert split.kind == "split" and split.section == "prosecution" and split.from_section is None
    assert split.old is not None and split.old.text == PROSECUTION[1]
    assert [u.text for u in split.new_units] == SPLIT[1:3]
    assert split.similarity >= 0.9
    deleted = "".join(op.text for op in change_words(split) if op.op == -1)
    inserted = "".join(op.text for op in change_words(split) if op.op == 1)
    assert deleted.strip(" ,") in ("and courts", "and c", "and courts convicted") or "and" in deleted
    assert "." in inserted
    assert "".join(op.text for op in change_words(split) if op.op >= 0) == " ".join(SPLIT[1:3])


def test_two_sentences_joined_are_one_merge() -> None:
    comparison = compared(narrative(SPLIT, PROTECTION), narrative(PROSECUTION, PROTECTION))
    [merged] = changed(comparison)
    assert merged.kind == "merged" and [u.text for u in merged.old_units] == SPLIT[1:3]
    assert merged.new is not None and merged.new.text == PROSECUTION[1]
    assert merged.id == "prosecution-2+prosecution-3~prosecution-2"


def test_split_and_moved_to_another_part() -> None:
    old = narrative(PROSECUTION, PROTECTION)
    new = narrative([PROSECUTION[0], PROSECUTION[2]], PROTECTION[:2] + SPLIT[1:3] + PROTECTION[2:])
    [split] = changed(comparison := compared(old, new))
    assert split.kind == "split" and split.section == "protection" and split.from_section == "prosecution"
    assert [u.text for u in split.new_units] == SPLIT[1:3]
    assert comparison.sections  # and the JSON holds it, valid against the schema
    data = comparison_dict(comparison)
    schema = json.loads(resources.files("tipdiff").joinpath("schemas/result.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    [entry] = [c for s in data["sections"] for c in s["changes"] if c["kind"] == "split"]
    assert [u["text"] for u in entry["new_units"]] == SPLIT[1:3] and entry["old_units"][0]["text"] == PROSECUTION[1]
    [protection] = [s for s in data["sections"] if s["name"] == "protection"]
    assert protection["counts"]["split"] == 1 and protection["counts"]["added"] == 0


def test_an_edit_followed_by_a_new_sentence_stays_an_edit_and_an_addition() -> None:
    new_sentence = "The government opened a specialized anti-trafficking court in the northern province."
    edited = PROSECUTION[1].replace("15 traffickers", "16 traffickers")
    new = narrative([PROSECUTION[0], edited, new_sentence, PROSECUTION[2]], PROTECTION)
    kinds = sorted(c.kind for c in changed(compared(narrative(PROSECUTION, PROTECTION), new)))
    assert kinds == ["added", "edited"]


def test_a_split_with_words_changed_too() -> None:
    new = [PROSECUTION[0], SPLIT[1].replace("22 suspects", "25 suspects"), SPLIT[2], PROSECUTION[2]]
    [split] = changed(compared(narrative(PROSECUTION, PROTECTION), narrative(new, PROTECTION)))
    assert split.kind == "split" and any(op.op == 1 and "25" in op.text for op in change_words(split))


def test_the_terminal_and_markdown_say_split() -> None:
    from tipdiff.cli.common import console_text
    from tipdiff.render.markdown import render as markdown
    from tipdiff.render.terminal import render as terminal

    comparison = compared(narrative(PROSECUTION, PROTECTION), narrative(SPLIT, PROTECTION))
    text = console_text(lambda console: terminal(comparison, console), color="never", to_file=True, width=120)
    assert "~ split into two sentences" in text and "split" in text.split("Summary", 1)[1]
    assert f"- *Split into two:* “{PROSECUTION[1]}” → “{SPLIT[1]}” “{SPLIT[2]}”" in markdown(comparison)
    merged = compared(narrative(SPLIT, PROTECTION), narrative(PROSECUTION, PROTECTION))
    text = console_text(lambda console: terminal(merged, console), color="never", to_file=True, width=120)
    assert "~ merged from two sentences" in text
    assert f"- *Merged from two:* “{SPLIT[1]}” “{SPLIT[2]}” → “{PROSECUTION[1]}”" in markdown(merged)
    across = compared(narrative(PROSECUTION, PROTECTION),
                      narrative([PROSECUTION[0], PROSECUTION[2]], PROTECTION[:2] + SPLIT[1:3] + PROTECTION[2:]))
    text = console_text(lambda console: terminal(across, console), color="never", to_file=True, width=120)
    assert "> split into two sentences and moved to Protection" in text
    assert "~ split into two sentences, moved from Prosecution" in text
    assert "- *Split into two, moved from Prosecution:*" in markdown(across)


def _runs(element_html: str) -> str:
    """The text of an HTML fragment with <del>/<ins> kept as [-...-] and {+...+}, other tags dropped."""
    import re
    marked = element_html.replace("<del>", "[-").replace("</del>", "-]").replace("<ins>", "{+").replace("</ins>", "+}")
    return re.sub(r"<[^>]+>", "", marked)


def _row_html(html: str, tag: str, ident: str) -> str:
    start = html.index(f'id="{ident}"')
    return html[start:html.index(f"</{tag}>", start)]


def _cells(html: str, ident: str) -> tuple[str, str]:
    """The old and new cells of a side-by-side row, marked as `_runs` does."""
    old, new = _row_html(html, "tr", ident).split("</td>")[:2]
    return _runs(old), _runs(new)


def test_the_html_report_shows_a_split_as_its_own_kind_in_both_views() -> None:
    from htmlcheck import Page

    from tipdiff.render.html import render

    html = render(compared(narrative(PROSECUTION, PROTECTION), narrative(SPLIT, PROTECTION)))
    page = Page(html)
    [row] = page.by_class("split", "div")
    assert "split into two" in row.text and not page.by_class("edited", "p") and not page.by_class("added", "p")
    assert "1 split into two" in page.by_class("counts", "p")[0].text
    inline = _runs(_row_html(html, "div", row.attrs["id"]))
    # each new sentence is its own paragraph with its own marks; the old words that went are struck
    assert "charged 22 suspects[-, and courts-]{+.+}{+Courts+} convicted 15" in inline
    assert row.children_tags.count("p") == 3  # the note, then one paragraph per new sentence
    old_cell, new_cell = _cells(html, "s-" + row.attrs["id"])
    assert "charged 22 suspects[-, and courts-] convicted 15" in old_cell and "{+" not in old_cell
    assert "charged 22 suspects{+.+}" in new_cell and "{+Courts+} convicted" in new_cell and "[-" not in new_cell


def test_the_html_report_shows_a_merge_with_both_old_sentences() -> None:
    from htmlcheck import Page

    from tipdiff.render.html import render

    html = render(compared(narrative(SPLIT, PROTECTION), narrative(PROSECUTION, PROTECTION)))
    [row] = Page(html).by_class("merged", "div")
    assert "merged from two" in row.text
    [tr] = [e for e in Page(html).tags("tr") if "merged" in e.classes]
    assert tr.children_tags.count("p") == 4  # two old sentences | the note and the new one
    old_cell, new_cell = _cells(html, "s-" + row.attrs["id"])
    assert "charged 22 suspects[-.-]" in old_cell and "[-Courts-] convicted 15" in old_cell
    assert "charged 22 suspects{+, and courts+} convicted" in new_cell


def test_a_split_moved_to_another_part_links_both_ways_in_html() -> None:
    from htmlcheck import Page

    from tipdiff.render.html import render

    html = render(compared(narrative(PROSECUTION, PROTECTION),
                           narrative([PROSECUTION[0], PROSECUTION[2]], PROTECTION[:2] + SPLIT[1:3] + PROTECTION[2:])))
    page = Page(html)
    assert sorted(set(page.local_links()) - set(page.ids)) == []
    [note] = [e for e in page.by_class("joined-note", "a") if not e.attrs["href"].startswith("#s-")]
    assert note.text == "split into two, moved from Prosecution"
    away = page.by_id(note.attrs["href"][1:])
    assert "moved-away" in away.classes and "split into two and moved to Protection" in away.text
    assert page.by_id("part-prosecution").attrs and PROSECUTION[1] in away.text


def test_a_finding_quoting_the_second_sentence_of_a_split_links_to_the_split() -> None:
    from tipdiff.model import Finding
    from tipdiff.render.common import change_for

    comparison = compared(narrative(PROSECUTION, PROTECTION), narrative(SPLIT, PROTECTION))
    finding = Finding("figure/convictions", "info", "prosecution", "Convictions reported", None, SPLIT[2])
    change = change_for(finding, comparison)
    assert change is not None and change.kind == "split"
