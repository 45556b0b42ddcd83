"""../shared/cases that the canonical text layer, re-flow, grapheme diffs and terminal escaping answer, run by
path as a user would (cases/README.md gives the right behaviour)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

CASES_UNCHANGED = {
    "04-ligatures-txt": ("cambodia-2019.txt", "cambodia-2020.txt"),
    "07-hardwrap-hyphen-txt": ("cambodia-2019.txt", "cambodia-2020.txt"),
    "10-unicode-nfd": ("cambodia-2019.txt", "cambodia-2020.txt"),
}


def compare_json(run, old: Path, new: Path, *extra: str) -> dict:
    result = run("compare", old, new, "--format", "json", "--fail-on", "never", *extra)
    assert result.code == 0, result.err
    return json.loads(result.out)


def changed(data: dict) -> list[dict]:
    return [c for s in data["sections"] for c in s["changes"] if c["kind"] != "unchanged"]


@pytest.mark.parametrize("case", sorted(CASES_UNCHANGED))
def test_the_same_narrative_in_another_copy_is_unchanged(shared: Path, run, case: str) -> None:
    old, new = (shared / "cases" / case / name for name in CASES_UNCHANGED[case])
    data = compare_json(run, old, new)
    assert data["findings"] == [] and changed(data) == [] and data["identical"]
    text = run("compare", old, new, "--color", "never", "--fail-on", "never")
    assert "No changes" in text.out


def test_hard_wrapped_compounds_keep_their_hyphen(shared: Path, run) -> None:
    case = shared / "cases" / "07-hardwrap-hyphen-txt"
    data = compare_json(run, case / "cambodia-2019.txt", case / "cambodia-2020.txt", "--no-rules")
    texts = " ".join(c["new"]["text"] for s in data["sections"] for c in s["changes"])
    assert "anti-trafficking" in texts and "non-traffickers" in texts and "antitrafficking operations" not in texts


def test_rich_markup_in_a_page_title_is_shown_literally(shared: Path, run, tmp_path: Path) -> None:
    case = shared / "cases" / "12-rich-markup-country-title"
    result = run("compare", case / "westland-2022.html", case / "westland-2023.html", "--color", "never",
                 "--fail-on", "never")
    assert result.code in (0, 1) and "Westland [/]" in result.out
    for markup in ("[bold]SAR", "[red]"):
        pair = []
        for year in ("2022", "2023"):
            page = (case / f"westland-{year}.html").read_text(encoding="utf-8").replace("Westland [/]",
                                                                                          f"Westland {markup}")
            (tmp_path / f"westland-{year}.html").write_text(page, encoding="utf-8")
            pair.append(tmp_path / f"westland-{year}.html")
        shown = run("compare", *pair, "--color", "always", "--fail-on", "never")
        assert shown.code in (0, 1) and f"Westland {markup}" in shown.out


def test_word_diffs_mark_whole_characters(shared: Path, run) -> None:
    case = shared / "cases" / "15-grapheme-split-in-word-diff"
    data = compare_json(run, case / "cambodia-2019.txt", case / "cambodia-2020.txt", "--no-rules")
    runs = [w for c in changed(data) for w in c["words"] if w["op"] != "equal"]
    assert runs, "the place name and the flag changed"
    for word in runs:
        first = word["text"][0]
        assert not unicodedata.combining(first), word
        assert not (0x1F1E6 <= ord(first) <= 0x1F1FF and len(word["text"]) == 1), word
    deleted = {w["text"] for w in runs if w["op"] == "delete"}
    inserted = {w["text"] for w in runs if w["op"] == "insert"}
    assert "\U0001f1f0\U0001f1ed" in deleted and "\U0001f1f9\U0001f1ed" in inserted
    assert any("Bến" in w for w in deleted) and any("Bên" in w for w in inserted)
