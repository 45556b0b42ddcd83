"""The tier/formula disagreement (Report.tier_formula, read once with the file) is shown by compare, check and
history in every format, and in the JSON; the Watch List limit (a Tier 3 over the significant-efforts formula
after the years allowed on the Watch List) is no disagreement. Texts are our own."""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import SEED_2019, SERIES
from tipdiff.history import build_history, year_findings
from tipdiff.ingest import report_from_text

SIGNIFICANT = ("The Government of Veridia does not fully meet the minimum standards for eliminating trafficking; "
               "however, it is making significant efforts to do so.")
NOT_SIGNIFICANT = ("The Government of Veridia does not fully meet the minimum standards for eliminating trafficking "
                   "and is not making significant efforts to do so.")


@pytest.mark.parametrize("limit", [
    "Because Veridia spent two consecutive years on Tier 2 Watch List, it was therefore downgraded to Tier 3.",
    "Veridia was automatically downgraded to Tier 3 after its years on the Watch List.",
    "Veridia is no longer eligible for a waiver and was downgraded to Tier 3.",
    "These efforts did not warrant another waiver, so Veridia was downgraded to Tier 3.",
])
def test_the_watch_list_limit_is_no_disagreement(limit: str) -> None:
    report = report_from_text(f"VERIDIA: Tier 3\n\n{SIGNIFICANT} {limit}\n", "veridia-2020.txt")
    assert report.tier == "Tier 3" and report.tier_formula is None
    assert not [w for w in report.warnings if "readings disagree" in w]


@pytest.mark.parametrize(("title", "body"), [
    ("VERIDIA: Tier 3", SIGNIFICANT + " Police opened two cases."),
    # the limit words do not excuse a tier above the formula's
    ("VERIDIA: Tier 2", NOT_SIGNIFICANT + " Veridia was not granted a waiver."),
])
def test_without_the_limit_the_disagreement_stays(title: str, body: str) -> None:
    report = report_from_text(f"{title}\n\n{body}\n", "veridia-2020.txt")
    assert report.tier_formula is not None and "readings disagree" in report.tier_formula


def _repo(tmp_path: Path) -> Path:
    """Two complete fixture narratives; the later one retitled Tier 3 over its significant-efforts formula."""
    folder = tmp_path / "reports" / "veridia"
    folder.mkdir(parents=True)
    shutil.copy(SERIES / "2020.txt", folder / "2020.txt")
    text = (SERIES / "2021.txt").read_text(encoding="utf-8")
    title, rest = text.split("\n", 1)
    assert title.startswith("VERIDIA: Tier 2") and "making significant efforts" in rest
    (folder / "2021.txt").write_text("VERIDIA: Tier 3\n" + rest, encoding="utf-8")
    return folder


def _warnings_counted(out: str) -> int:
    return int(re.search(r"(\d+) warnings?,", out).group(1))  # type: ignore[union-attr]


def test_check_shows_and_counts_the_disagreement(run, tmp_path: Path) -> None:
    folder = _repo(tmp_path)
    result = run("check", folder / "2021.txt")
    assert result.out.count("says Tier 3, but the narrative's formula") == 1, result.out
    (folder / "2021.txt").write_text((SERIES / "2021.txt").read_text(encoding="utf-8"), encoding="utf-8")
    untouched = run("check", folder / "2021.txt")
    assert "readings disagree" not in untouched.out
    assert _warnings_counted(result.out) == _warnings_counted(untouched.out) + 1


def test_check_of_a_first_year_shows_it_too(run, tmp_path: Path) -> None:
    folder = _repo(tmp_path)
    (folder / "2020.txt").unlink()
    result = run("check", folder / "2021.txt", "--fail-on", "warning")
    assert "warning: the title (VERIDIA: Tier 3) says Tier 3" in result.out and result.code == 1, result.out
    assert run("check", folder / "2021.txt").code == 0


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html"])
def test_history_shows_the_year_that_disagrees(run, tmp_path: Path, fmt: str) -> None:
    folder = _repo(tmp_path)
    result = run("history", folder, "--format", fmt)
    assert result.code == 0, result.err
    shown = " ".join(html.unescape(result.out).split())
    assert shown.count("2021 (2021.txt): the title (VERIDIA: Tier 3) says Tier 3") == 1, shown
    assert "2020 (2020.txt)" not in shown


def test_json_names_it_once_per_report(run, tmp_path: Path) -> None:
    folder = _repo(tmp_path)
    data = json.loads(run("compare", folder / "2020.txt", folder / "2021.txt", "--format", "json",
                          "--fail-on", "never").out)
    assert data["old"]["tier_formula"] is None
    assert "says Tier 3, but" in data["new"]["tier_formula"]


def test_real_factbook_history_names_the_thailand_year(run, shared: Path) -> None:
    """The Factbook's 2015 Thailand entry labels Tier 2 Watch List over the not-significant-efforts formula."""
    result = run("history", shared / "corpus" / "factbook" / "thailand")
    shown = " ".join(result.out.split())
    assert "2015 (" in shown and "says Tier 2 Watch List, but the narrative's formula" in shown


def test_real_narrative_retitled_tier_3_is_checked(run, shared: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cambodia"
    folder.mkdir()
    text = SEED_2019.read_text(encoding="utf-8")
    (folder / "2019.txt").write_text(text, encoding="utf-8")
    (folder / "2020.txt").write_text(text.replace(": Tier 2 Watch List", ": Tier 3", 1), encoding="utf-8")
    out = " ".join(run("check", folder / "2020.txt").out.split())
    assert "says Tier 3, but the narrative's formula" in out and "1 warning" in out, out


def test_real_narrative_downgraded_by_the_watch_list_limit_is_not_warned(shared: Path) -> None:
    text = SEED_2019.read_text(encoding="utf-8").replace(": Tier 2 Watch List", ": Tier 3", 1)
    limited = text.replace("to do so.", "to do so. Having spent two consecutive years on Tier 2 Watch List, "
                           "Cambodia was therefore downgraded to Tier 3.", 1)
    assert report_from_text(text, "cambodia-2020.txt").tier_formula is not None
    assert report_from_text(limited, "cambodia-2020.txt").tier_formula is None




def test_history_counts_the_disagreement_with_the_year_s_warnings(run, tmp_path: Path) -> None:
    """The warnings column of the year counts it, and "Findings each year" spells it out under that year."""
    history = build_history(_repo(tmp_path))
    year = history.entry(2021)
    assert year is not None
    findings_warnings = sum(1 for f in year.findings if f.severity == "warning")
    assert year.counts()[1] == findings_warnings + 1
    shown, _ = year_findings(year)
    assert [m for _, rule, m in shown if rule == "tier-formula"] == [history.warnings[0].split(": ", 1)[1]]
    first = history.entry(2020)
    assert first is not None and first.counts()[1] == 0
    markdown = run("history", tmp_path / "reports" / "veridia", "--format", "markdown").out
    row = next(line for line in markdown.splitlines() if line.startswith("| 2021 |"))
    assert row.split("|")[5].strip() == str(findings_warnings + 1)  # year, tier, streak, errors, warnings
