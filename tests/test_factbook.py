"""The measurement of issue 3 on real data: ten years of Factbook TIP summaries for three countries."""

import html
import re
from pathlib import Path

import pytest

from conftest import FIXTURES
from tipdiff.compare import analyse_files
from tipdiff.facts.status import FORMULA_NOT_SIGNIFICANT, FORMULA_SIGNIFICANT
from tipdiff.ingest.text import html_fragment_text
from tipdiff.profile import load_profile


def _words(path: Path) -> str:
    text = html_fragment_text(html.unescape(path.read_text(encoding="utf-8")))
    return " ".join(re.sub(r"[^\w\s]", " ", text).casefold().split())


def factbook_pairs(root: Path) -> list[tuple[Path, Path]]:
    pairs = []
    for country in sorted(p for p in root.iterdir() if p.is_dir()):
        files = sorted(country.glob("*.txt"))
        pairs += list(zip(files, files[1:], strict=False))
    return pairs


def test_tier_moves_and_cosmetic_pairs(shared) -> None:
    pairs = factbook_pairs(shared / "corpus" / "factbook")
    moves = same = cosmetic = 0
    tiers = load_profile("factbook").tiers
    for old, new in pairs:
        comparison = analyse_files(old, new)
        assert comparison.old.profile.name == comparison.new.profile.name == comparison.profile.name == "factbook"
        tier_findings = [f.rule for f in comparison.findings if f.rule.startswith("tier/")]
        before, after = comparison.old.tier, comparison.new.tier
        assert before in tiers and after in tiers, (old, new)
        if before != after:
            moves += 1
            expected = "tier/downgrade" if tiers.index(after) > tiers.index(before) else "tier/upgrade"
            assert tier_findings == [expected], (old.name, new.name)
        else:
            same += 1
            assert tier_findings == [], (old.name, new.name)
        if _words(old) == _words(new):
            cosmetic += 1
            assert comparison.findings == (), (old.name, new.name, [f.message for f in comparison.findings])
    assert (len(pairs), moves, same, cosmetic) == (24, 4, 20, 7)


def test_factbook_year_comes_from_the_text_not_the_commit_date(shared) -> None:
    from tipdiff.ingest import load_report

    report = load_report(shared / "corpus" / "factbook" / "cambodia" / "2023-01-05_e8b5be81.txt")
    assert (report.profile.name, report.country, report.tier, report.year, report.year_source) == (
        "factbook", "Cambodia", "Tier 3", 2022, "text")
    assert [s.name for s in report.sections] == ["overview", "profile"]
    assert "&mdash;" not in report.sections[0].text and "<p>" not in report.sections[1].text


def _stated_tier(text: str) -> str | None:
    """The tier the text states, derived independently of tipdiff: the first 'Tier ...' after 'tier rating:'."""
    after = re.split(r"tier rating:", html.unescape(text), maxsplit=1, flags=re.IGNORECASE)
    if len(after) < 2:
        return None
    match = re.search(r"Tier\s*([123])(\s*Watch\s*List)?", after[1], re.IGNORECASE)
    if not match:
        return None
    return f"Tier {match.group(1)}" + (" Watch List" if match.group(2) else "")


def test_every_factbook_file_reads_the_tier_it_states(shared) -> None:
    from tipdiff.ingest import load_report

    files = sorted((shared / "corpus" / "factbook").glob("*/*.txt"))
    wrong = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        report = load_report(path)  # no --profile: the Factbook profile is found from the text
        stated = _stated_tier(text)
        year = re.search(r"\(((?:19|20)\d\d)\)", text)
        if report.profile.name != "factbook" or report.tier != stated or stated is None or (
                year and report.year != int(year.group(1))):
            wrong.append((path.parent.name, path.name, report.profile.name, stated, report.tier, report.year))
    print(f"Factbook files: tier read correctly {len(files) - len(wrong)}/{len(files)}")
    assert files and wrong == []


FACTBOOK = FIXTURES / "factbook"


@pytest.mark.parametrize(("name", "tier", "year", "parts", "formula", "move"), [
    ("fb-veridia-2008.txt", "Tier 2 Watch List", 2008, ["profile", "overview"], None, "placed"),
    ("fb-veridia-2012.txt", "Tier 2 Watch List", 2012, ["profile", "overview"], FORMULA_SIGNIFICANT, None),
    ("fb-veridia-2016.txt", "Tier 2 Watch List", 2015, ["overview", "profile"], FORMULA_SIGNIFICANT, "remained"),
    ("fb-veridia-2023.txt", "Tier 3", 2022, ["overview", "profile"], FORMULA_NOT_SIGNIFICANT, "downgraded"),
    ("fb-veridia-2024.txt", "Tier 3", 2024, ["overview"], FORMULA_NOT_SIGNIFICANT, "remained"),
])
def test_every_factbook_edition_shape(name, tier, year, parts, formula, move) -> None:
    from tipdiff.facts import extract_facts
    from tipdiff.ingest import load_report

    report = load_report(FACTBOOK / name)
    facts = extract_facts(report)
    assert (report.profile.name, report.country, report.tier, report.year) == ("factbook", "Veridia", tier, year)
    assert [s.name for s in report.sections] == parts
    assert (facts.formula.value if facts.formula else None, facts.move.value if facts.move else None) == (formula, move)
    assert not any(label in u.text.lower() for u in report.units for label in ("tier rating:", "current situation:"))


def test_the_empty_placeholder_warns_and_reads_no_tier(run) -> None:
    from tipdiff.ingest import load_report

    report = load_report(FACTBOOK / "fb-veridia-empty.txt")
    assert report.profile.name == "factbook" and report.tier is None
    assert any("the entry is empty" in w for w in report.warnings)
    result = run("compare", FACTBOOK / "fb-veridia-empty.txt", FACTBOOK / "fb-veridia-2012.txt")
    assert result.code in (0, 1) and "Traceback" not in result.err
    assert "tier/" not in result.out


def test_factbook_editions_compare_across_shapes() -> None:
    comparison = analyse_files(FACTBOOK / "fb-veridia-2008.txt", FACTBOOK / "fb-veridia-2012.txt")
    rules = [f.rule for f in comparison.findings]
    assert not [r for r in rules if r.startswith("tier/")]
    comparison = analyse_files(FACTBOOK / "fb-veridia-2016.txt", FACTBOOK / "fb-veridia-2023.txt")
    rules = [f.rule for f in comparison.findings]
    assert rules.count("tier/downgrade") == 1
