"""`compare --section NAME` in every format: that part's changes and findings only (the tier move and the formula
are findings of the overview), the header still gives both tiers, the exit code counts only that part's
findings, and an HTML page of one part links nowhere outside it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from htmlcheck import Page

from conftest import SERIES

OLD, NEW = SERIES / "2019.txt", SERIES / "2020.txt"


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("part, title", [("prosecution", "Prosecution"), ("prevention", "Prevention"),
                                         ("protection", "Protection")])
def test_findings_and_changes_of_that_part_only_in_every_format(run, part: str, title: str, tmp_path: Path) -> None:
    whole = json.loads(run("compare", OLD, NEW, "--format", "json").out)
    expected = [f["message"] for f in whole["findings"] if f["section"] == part]
    assert expected and len(expected) < len(whole["findings"])

    data = json.loads(run("compare", OLD, NEW, "--format", "json", "--section", part).out)
    assert [f["message"] for f in data["findings"]] == expected
    assert [s["name"] for s in data["sections"]] == [part]

    markdown = run("compare", OLD, NEW, "--format", "markdown", "--section", part).out
    findings = markdown.split("## Key findings")[1].split("##")[0]
    assert re.findall(r"^- \*\*", findings, re.M) and all(line.endswith(f", {title})")
                                                          for line in findings.strip().splitlines())
    assert re.findall(r"^### (.+)$", markdown, re.M) == [title]
    assert "Tier 2 → Tier 2 Watch List" in markdown, "the header still gives both tiers"

    terminal = run("compare", OLD, NEW, "--section", part).out
    assert len(re.findall(r"^(?:ERROR|WARNING|INFO) ", terminal, re.M)) == len(expected)
    assert all(message.split(",")[0] in _flat(terminal) for message in expected)
    assert "tier/downgrade" not in terminal and "Tier 2 -> Tier 2 Watch List" in terminal

    out = tmp_path / "part.html"
    run("compare", OLD, NEW, "--format", "html", "--section", part, "-o", out)
    page = Page(out.read_text(encoding="utf-8"))
    shown = [_flat(li.text) for li in page.by_class("finding", "li")]
    assert len(shown) == len(expected) and all(_flat(m) in text for m, text in zip(expected, shown, strict=True))
    assert [s.attrs["id"] for s in page.tags("section") if s.attrs.get("id", "").startswith("part-")] == \
        [f"part-{part}"]
    ids = {e.attrs["id"] for e in page.elements if "id" in e.attrs}
    assert [link for link in page.local_links() if link not in ids] == []


def test_the_exit_code_counts_only_that_parts_findings(run) -> None:
    assert run("compare", OLD, NEW, "--fail-on", "warning").code == 1
    assert run("compare", OLD, NEW, "--fail-on", "warning", "--section", "protection").code == 0
    assert run("compare", OLD, NEW, "--fail-on", "warning", "--section", "prosecution").code == 1


def test_the_help_says_what_section_filters(run) -> None:
    text = _flat(run("compare", "--help").out)
    assert "only this part's changes and findings, in every format" in text


def test_the_digest_pages_of_one_part(run, tmp_path: Path) -> None:
    old, new = tmp_path / "2019", tmp_path / "2020"
    old.mkdir()
    new.mkdir()
    (old / "veridia.txt").write_bytes(OLD.read_bytes())
    (new / "veridia.txt").write_bytes(NEW.read_bytes())
    out = tmp_path / "site"
    assert run("compare", old, new, "--format", "html", "--section", "prevention", "-o", out, "--jobs", "1").code in (0, 1)
    page = Page((out / "veridia.html").read_text(encoding="utf-8"))
    assert [s.attrs["id"] for s in page.tags("section") if s.attrs.get("id", "").startswith("part-")] == \
        ["part-prevention"]
    ids = {e.attrs["id"] for e in page.elements if "id" in e.attrs}
    assert [link for link in page.local_links() if link not in ids] == []
