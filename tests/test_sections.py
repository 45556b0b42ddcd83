from pathlib import Path

import pytest

from conftest import FIXTURES, SEED_2019, SERIES
from tipdiff.ingest import load_report
from tipdiff.ingest.labels import split_at_labels
from tipdiff.ingest.text import clean, read_bytes
from tipdiff.sections import join_sections

SIX = ["overview", "recommendations", "prosecution", "protection", "prevention", "profile"]


def starts(report) -> dict[str, str]:
    return {s.name: s.paragraphs[0] for s in report.sections}


def test_unheaded_format_starts_each_part_at_its_formula_sentence() -> None:
    report = load_report(SERIES / "2019.txt")
    assert [s.name for s in report.sections] == SIX
    first = starts(report)
    assert first["prosecution"].startswith("The government increased law enforcement efforts.")
    assert first["protection"].startswith("The government maintained protection efforts.")
    assert first["prevention"].startswith("The government maintained prevention efforts.")
    assert first["profile"].startswith("As reported over the past five years")
    assert first["recommendations"].startswith("Increase investigations, prosecutions")
    assert len(report.units_in("recommendations")) == 7


def test_headed_format_uses_the_headings() -> None:
    report = load_report(SERIES / "2020.txt")
    assert [s.name for s in report.sections] == SIX
    assert [s.heading for s in report.sections] == [None, "PRIORITIZED RECOMMENDATIONS:", "PROSECUTION",
                                                    "PROTECTION", "PREVENTION", "TRAFFICKING PROFILE"]
    assert [u.kind for u in report.units_in("recommendations")] == ["item"] * 7


def test_older_format_profile_first_and_inline_recommendations() -> None:
    report = load_report(FIXTURES / "formats" / "veridia-2016-old-format.txt")
    assert [s.name for s in report.sections] == ["unsectioned", "profile", "overview", "recommendations",
                                                 "prosecution", "protection", "prevention"]
    assert report.sections[0].paragraphs == ("Note: copied from the archived 2016 report page.",)
    items = [u.text for u in report.units_in("recommendations")]
    assert items == ["Enact the draft law on trafficking in persons", "open a shelter that accepts adult male victims",
                     "train border guards to identify victims among returning migrants", "fund the national hotline."]
    assert report.tier == "Tier 2"


def test_text_outside_any_part_is_unsectioned_not_dropped(tmp_path: Path) -> None:
    path = tmp_path / "veridia-2020.txt"
    path.write_text("A stray line the user pasted.\n\n" + (SERIES / "2020.txt").read_text(encoding="utf-8"))
    report = load_report(path)
    assert report.sections[0].name == "unsectioned"
    assert report.sections[0].paragraphs == ("A stray line the user pasted.",)


@pytest.mark.parametrize("path", sorted(FIXTURES.rglob("*.txt")), ids=lambda p: p.name)
def test_joining_the_parts_gives_back_the_cleaned_text(path: Path) -> None:
    report = load_report(path)
    # the profile the file was read with; one-line Factbook fields are cut at their labels
    cleaned = split_at_labels(clean(read_bytes(path), str(path), report.profile), report.profile)
    assert join_sections(report.title, report.sections, report.title_line) == "\n\n".join(cleaned.paragraphs)


def test_real_2019_cambodia_narrative(shared) -> None:
    report = load_report(SEED_2019)
    assert (report.country, report.tier, report.year) == ("Cambodia", "Tier 2 Watch List", 2019)
    assert [s.name for s in report.sections] == SIX
    first_units = {name: report.units_in(name)[0].text for name in SIX}
    assert first_units["overview"].startswith("The Government of Cambodia does not fully meet the minimum standards")
    assert first_units["recommendations"].startswith("Respecting due process, vigorously investigate")
    assert first_units["prosecution"].startswith("The government maintained insufficient law enforcement efforts, and")
    assert first_units["protection"] == "The government decreased protection efforts."
    assert first_units["prevention"] == "The government maintained prevention efforts."
    assert first_units["profile"].startswith("As reported over the past five years, human traffickers")
    assert len(report.units_in("recommendations")) == 14
    chrome = ("official website", ".gov", "Lessons of 1989", "Department of State\n")
    for section in report.sections:
        assert not any(c in section.text for c in chrome[:3]), section.name
        assert not section.text.endswith("U.S. Department of State")
    assert report.removed_chrome[-1] == "The Lessons of 1989: Freedom and Our Future"
