"""A whole part gone from a TIP narrative or a Factbook summary (issue 12, the trial): one "Part dropped"
finding under the part's title, which lists the bodies, places and laws only that part named, instead of one
note per name (the Factbook dropped its trafficking profile in 2024: 17 places). Our own narratives; the real
Factbook snapshots are read by path."""

from __future__ import annotations

import pytest

from conftest import SHARED
from tipdiff.compare import analyse_reports
from tipdiff.ingest import load_report, report_from_text
from tipdiff.options import Options

OLD = ("VERIDIA: Tier 2\n\nPROSECUTION\n\nCourts convicted nine traffickers.\n\nPREVENTION\n\nThe Ministry of "
       "Fisheries inspected boats in Port Delmar. The Labor Office of Veridia trained recruiters. Deputy Minister "
       "Arlen Voss opened a hotline.\n")
MALAYSIA = SHARED / "corpus" / "factbook" / "malaysia"


def findings(old: str, new: str) -> list[tuple[str, str]]:
    comparison = analyse_reports(report_from_text(old, "veridia-2023.txt"), report_from_text(new, "veridia-2024.txt"),
                                 Options())
    return [(f.rule, f.message) for f in comparison.findings]


def test_a_dropped_part_is_one_finding_that_lists_what_it_named() -> None:
    found = findings(OLD, "VERIDIA: Tier 2\n\nPROSECUTION\n\nCourts convicted nine traffickers.\n")
    assert ("part/dropped", "Part dropped: “Prevention” (it named Labor Office of Veridia, Ministry of Fisheries and "
            "Port Delmar)") in found
    assert not [m for r, m in found if r == "actor/no-longer-named"], "the names are folded into the part's finding"
    assert [m for r, m in found if r == "actor/person-dropped"] == ["No longer named: Arlen Voss"], \
        "a person stays a finding of their own"


def test_a_part_whose_sentences_went_elsewhere_is_not_dropped() -> None:
    moved = ("VERIDIA: Tier 2\n\nPROSECUTION\n\nCourts convicted nine traffickers. The Ministry of Fisheries inspected "
             "boats in Port Delmar. The Labor Office of Veridia trained recruiters. Deputy Minister Arlen Voss opened "
             "a hotline.\n")
    found = findings(OLD, moved)
    assert not [m for r, m in found if r in ("part/dropped", "part/added") or r.startswith("actor/")]
    assert ("part/restructured", "Parts restructured: “Prevention” and “Prosecution” merged into “Prosecution”") in found


def test_an_added_part_lists_what_it_names() -> None:
    found = findings("VERIDIA: Tier 2\n\nPROSECUTION\n\nCourts convicted nine traffickers.\n", OLD)
    assert ("part/added", "New part: “Prevention” (it names Labor Office of Veridia, Ministry of Fisheries and "
            "Port Delmar)") in found


@pytest.mark.skipif(not MALAYSIA.is_dir(), reason="../shared (the real Factbook snapshots) is not present")
def test_the_factbook_s_dropped_trafficking_profile_is_one_finding() -> None:
    comparison = analyse_reports(load_report(MALAYSIA / "2023-08-26_809ca736.txt"),
                                 load_report(MALAYSIA / "2024-07-04_7e848a31.txt"), Options())
    dropped = [f for f in comparison.findings if f.rule == "part/dropped"]
    assert len(dropped) == 1 and "Trafficking profile" in dropped[0].message
    assert "Bangladesh" in dict(dropped[0].data)["folded"].split("; ")
    assert not [f for f in comparison.findings if f.rule == "actor/no-longer-named"]


def test_text_outside_any_part_is_never_a_part_added_or_dropped() -> None:
    """A lone line beside the title (a country name a paste carried along) is outside any part: no "New part"."""
    body = "VERIDIA: Tier 2\n\nPROSECUTION\n\nCourts convicted nine traffickers.\n"
    with_line = "Veridia\n\n" + body
    assert not [m for r, m in findings(body, with_line) if r.startswith("part/")]
    assert not [m for r, m in findings(with_line, body) if r.startswith("part/")]
