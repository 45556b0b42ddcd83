"""The measurement of issue 3 on real data: ten years of Factbook TIP summaries for three countries."""

import html
import re
from pathlib import Path

from tipdiff.compare import analyse_files
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
