"""Every format counts a part's changes the same way: the HTML part line gives the model's counts (the JSON
section counts, the terminal summary), a paragraph shown whole still counts its edited sentences, and says
how many paragraphs are shown whole ('1 paragraph rewritten')."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from htmlcheck import Page

from conftest import FIXTURES, SERIES

KINDS = {"edited": "edited", "moved": "moved", "split into two": "split", "merged from two": "merged",
         "added": "added", "removed": "removed"}


@pytest.mark.parametrize("old, new", [(SERIES / "2020.txt", SERIES / "2021.txt"),
                                      (FIXTURES / "cambodia" / "cambodia-2019.txt",
                                       FIXTURES / "cambodia" / "cambodia-2022.txt")], ids=["veridia", "cambodia"])
def test_html_part_counts_are_the_models(run, old: Path, new: Path, tmp_path: Path) -> None:
    data = json.loads(run("compare", old, new, "--format", "json").out)
    out = tmp_path / "report.html"
    run("compare", old, new, "--format", "html", "-o", out)
    page = Page(out.read_text(encoding="utf-8"))
    lines = [p.text for p in page.by_class("counts", "p")][1:]  # the first is the findings count
    changed = [s for s in data["sections"] if any(c["kind"] != "unchanged" for c in s["changes"])]
    assert len(lines) >= len(changed)
    rewritten = 0
    for section in data["sections"]:
        part = page.by_id(f"part-{section['name']}") if any(
            e.attrs.get("id") == f"part-{section['name']}" for e in page.elements) else None
        if part is None:
            continue
        line = next(p.text for p in page.by_class("counts", "p") if p in page.elements and
                    page.elements.index(p) > page.elements.index(part))
        said = {KINDS[words]: int(n.replace(",", "")) for n, words in
                re.findall(r"([\d,]+) (edited|moved|split into two|merged from two|added|removed)", line)}
        assert said == {k: v for k, v in section["counts"].items() if v and k != "unchanged"}, (section["name"], line)
        if section["rewrites"]:
            rewritten += 1
            n = len(section["rewrites"])
            assert f"{n} paragraph{'s' if n > 1 else ''} rewritten" in line, line
    assert rewritten, "the pair has a paragraph shown whole"
