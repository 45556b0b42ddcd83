"""One tier move per comparison, in every format: the header, the headline, the tier finding and the line the
folder's other years add all name the two reports compared, never a year in between (2001 against 2024 with
2018 on the Watch List in the same folder is 'Tier 2 -> Tier 3' everywhere)."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest
from htmlcheck import Page

from conftest import FIXTURES
from tipdiff.ingest import load_report

ERAS = FIXTURES / "eras"
PAIRS = list(itertools.combinations(sorted(ERAS.glob("*.txt")), 2))


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("old, new", PAIRS, ids=lambda p: p.stem.split("-")[-1])
def test_every_line_names_the_tiers_of_the_two_reports_compared(run, old: Path, new: Path, tmp_path: Path) -> None:
    old_tier, new_tier = load_report(old).tier, load_report(new).tier
    assert old_tier and new_tier
    data = json.loads(run("compare", old, new, "--format", "json").out)
    page_path = tmp_path / "report.html"
    run("compare", old, new, "--format", "html", "-o", page_path)
    page = Page(page_path.read_text(encoding="utf-8"))
    outputs = {"terminal": _flat(run("compare", old, new).out),
               "markdown": _flat(run("compare", old, new, "--format", "markdown").out),
               "html": _flat(" ".join(e.text for e in page.tags("body"))),
               "json": _flat(" ".join([*data["context"], *(f["message"] for f in data["findings"])]))}
    for name, text in outputs.items():
        for said in re.findall(r"(?:a change from|moved from|, from) (Tier [123](?: Watch List)?)", text):
            assert said == old_tier, (name, said, old_tier)
        for said in re.findall(r"(Tier [123](?: Watch List)?) (?:->|→) (Tier [123](?: Watch List)?)", text):
            assert said == (old_tier, new_tier), (name, said)
    if old_tier != new_tier:
        assert f"{old_tier} -> {new_tier}" in outputs["terminal"]
        assert f"{old_tier} → {new_tier}" in outputs["markdown"] and f"{old_tier} → {new_tier}" in outputs["html"]


def test_the_years_between_are_named_as_such(run) -> None:
    text = _flat(run("compare", ERAS / "veridia-2001.txt", ERAS / "veridia-2024.txt").out)
    assert "a change from Tier 2 Watch List" not in text
    assert "between 2001 and 2024 these files also hold 2003 (Tier 2), 2005 (Tier 2), 2012 (Tier 2 Watch List) and 2018 " \
           "(Tier 2 Watch List)" in text
    assert "downgraded two tiers, from Tier 2 to Tier 3" in text
    consecutive = _flat(run("compare", ERAS / "veridia-2018.txt", ERAS / "veridia-2024.txt").out)
    assert "Tier 3, a change from Tier 2 Watch List in 2018" in consecutive
    history = _flat(run("history", ERAS, "--format", "markdown").out)
    assert "Tier 3, a change from Tier 2 Watch List in 2018" in history, "files that skip years say which one"


def test_an_unchanged_tier_reads_the_same_in_every_header(run, tmp_path: Path) -> None:
    from conftest import SERIES

    old, new = SERIES / "2020.txt", SERIES / "2021.txt"
    out = tmp_path / "r.html"
    run("compare", old, new, "--format", "html", "-o", out)
    header = _flat(" ".join(e.text for e in Page(out.read_text(encoding="utf-8")).tags("header")))
    for text in (_flat(run("compare", old, new).out), _flat(run("compare", old, new, "--format", "markdown").out),
                 header):
        assert "Tier 2 Watch List (unchanged)" in text and "Tier 2 Watch List → Tier 2 Watch List" not in text
