"""A ministry or department named in the other order is the same body ("Labor Ministry" / "Ministry of Labor"):
neither newly named nor no longer named (issue 12 trial: the Cambodia HRR 2022->2023 pair gave a false "No longer
named (body): Interior Ministry" with "Ministry of Interior" on the new page). Sentences are ours; the last test
reads the real pages in ../shared by path."""

from __future__ import annotations

from pathlib import Path

import pytest

from tipdiff.compare import analyse_files, analyse_reports
from tipdiff.ingest import report_from_text
from tipdiff.options import Options

HEAD = "VERIDIA: Tier 2\n\nPREVENTION\n\n"


def actor_findings(old: str, new: str) -> list[str]:
    comparison = analyse_reports(report_from_text(HEAD + old, "veridia-2023.txt"),
                                 report_from_text(HEAD + new, "veridia-2024.txt"), Options())
    return [f.message for f in comparison.findings if f.rule.startswith("actor/")]


@pytest.mark.parametrize(("old", "new"), [
    ("The Labor Ministry inspected 40 farms.", "The Ministry of Labor inspected farms in the north."),
    ("The Ministry of the Interior ran two shelters.", "The Interior Ministry ran shelters in the capital."),
    ("The Justice Department trained judges.", "The Department of Justice trained new judges."),
])
def test_one_body_in_the_other_order(old: str, new: str) -> None:
    assert actor_findings(old, new) == []


def test_another_portfolio_is_still_another_body() -> None:
    assert actor_findings("The Labor Ministry inspected 40 farms.", "The Ministry of Health inspected farms.") == [
        "Newly named body: Ministry of Health", "No longer named (body): Labor Ministry"]


def test_the_real_cambodia_2022_to_2023_ministries(shared: Path) -> None:
    hrr = shared / "corpus" / "hrr"
    comparison = analyse_files(hrr / "2022" / "cambodia.html", hrr / "2023" / "cambodia.html")
    names = [f.message for f in comparison.findings if f.rule.startswith("actor/")]
    assert not [m for m in names if m.endswith(("Interior Ministry", "Labor Ministry"))], names
