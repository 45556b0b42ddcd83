"""Words a newsletter can paste as is: every phrase tipdiff.wording makes, fixed by a golden file
(tests/golden/wording.txt), plus the rules it must keep."""

from __future__ import annotations

from conftest import check_golden
from tipdiff import wording
from tipdiff.profile import load_profile

TIP = load_profile("tip")
VERDICTS = ("increased", "decreased", "maintained", "maintained insufficient", "maintained inadequate",
            "made mixed", "made minimal", "made no", "slightly decreased", "made negligible", "demonstrated uneven")


def _lines() -> list[str]:
    out = ["# counts"]
    out += [wording.count(n, w) for n, w in ((0, "tier"), (1, "tier"), (2, "tier"), (1, "country"), (3, "country"),
                                             (9, "year"), (10, "year"), (1234, "recommendation"), (2, "match"))]
    out += [wording.count(1, "finding", digits=True), wording.count(12, "finding", digits=True)]
    out.append("# tier moves")
    placements = (*TIP.tiers, *TIP.other_tiers)
    for old in placements:
        for new in placements:
            out.append(f"{old} -> {new}: {wording.tier_move(old, new, TIP.tier_steps(old, new))}")
    out.append("# verdicts")
    for part in ("prosecution", "protection"):
        for old in (None, *VERDICTS):
            for new in (None, *VERDICTS):
                if old != new:
                    out.append(f"{part}: {old} -> {new}: {wording.verdict(part, old, new)}")
    out.append("# formula")
    formulas = (None, wording.FULLY, wording.SIGNIFICANT, wording.NOT_SIGNIFICANT)
    out += [f"{old} -> {new}: {wording.formula(old, new)}" for old in formulas for new in formulas if old != new]
    out.append("# other facts")
    efforts = (None, "demonstrated increasing efforts", "did not demonstrate increasing efforts")
    out += [f"increasing_efforts {old} -> {new}: {wording.fact_statement('increasing_efforts', old, new)}"
            for old in efforts for new in efforts if old != new]
    out += [f"waiver {old} -> {new}: {wording.fact_statement('waiver', old, new)}"
            for old, new in ((None, "granted"), ("granted", None))]
    out.append("# figure changes")
    for old, new in ((33, 30), (30, 33), (0, 12), (1000, 1001), (125, 40), (4, 4)):
        out.append(f"{old} -> {new}: {wording.percent_words(old, new)!r} / "
                   f"{wording.change_words(old, new, f'{old:,}', f'{new:,}') if old != new else ''}")
    side = wording.FigureSide
    rows = [wording.figure_row("arrests", "arrests", side(150, "150"), side(150, "150")),
            wording.figure_row("convictions", "convictions", side(30, "30"), side(12, "12")),
            wording.figure_row("victims_identified", "victims identified", side(160, "160"), side(None, "not reported")),
            wording.figure_row("hotline_calls", "hotline calls", None, side(410, "410")),
            wording.figure_row("trainings", "trainings", side(None, "not reported"), side(None, "not reported")),
            wording.figure_row("budget", "budget", side(1.2, "$1.2 million"), side(2.3, "2.3 billion riels"), False),
            wording.figure_row("arrests2", "inspections", side(5, "5"), None)]
    out.append("# figure table")
    out += [f"{r.label} | {r.old_text} | {r.new_text} | {r.change}" for r in wording.changed_first(rows) if r.changed]
    out.append(wording.unchanged_line(rows))
    return out


def test_wording_golden() -> None:
    check_golden("wording.txt", "\n".join(_lines()) + "\n")


def test_no_placeholder_plurals_or_arrows() -> None:
    text = "\n".join(line.rsplit(": ", 1)[-1] for line in _lines() if not line.startswith("#"))
    for bad in ("(s)", "->", "±0%", "step(s)", " 1 tiers", "one tiers", "two tier,"):
        assert bad not in text, bad


def test_plural_and_numbers() -> None:
    assert wording.count(1, "tier") == "one tier" and wording.count(2, "tier") == "two tiers"
    assert wording.count(11, "country") == "11 countries" and wording.count(1, "country") == "one country"
    assert wording.tier_move("Tier 2", "Tier 3", TIP.tier_steps("Tier 2", "Tier 3")) == \
        "downgraded two tiers, from Tier 2 to Tier 3"


def test_not_reported_is_written_once_in_a_figure_row() -> None:
    row = wording.figure_row("v", "victims identified", wording.FigureSide(160, "160"),
                             wording.FigureSide(None, "not reported"))
    assert (row.old_text, row.new_text, row.change) == ("160", "not reported", "no longer reported")
    same = wording.figure_row("t", "trainings", wording.FigureSide(None, "not reported"),
                              wording.FigureSide(None, "not reported"))
    assert not same.changed and wording.unchanged_line([same]) == "Unchanged: trainings (not reported)."


def test_no_message_in_the_code_says_s_in_brackets() -> None:
    """Every count in a message goes through wording.count ('1 file', '2 files'), never 'file(s)': the string
    literals of the package are read as Python reads them (docstrings and comments included)."""
    import re
    import tokenize

    from conftest import ROOT

    found = []
    for path in sorted((ROOT / "tipdiff").rglob("*.py")):
        with path.open("rb") as source:
            for token in tokenize.tokenize(source.readline):
                if token.type in (tokenize.STRING, tokenize.COMMENT) and re.search(r"\w\((?:s|es)\)", token.string):
                    found.append(f"{path.relative_to(ROOT)}:{token.start[0]}")
    for path in sorted((ROOT / "tipdiff").rglob("*.j2")):
        text = path.read_text(encoding="utf-8")
        found += [f"{path.relative_to(ROOT)}" for _ in re.finditer(r"\w\((?:s|es)\)", text)]
    assert found == [], found


# A number put in a message beside a plural noun by hand ('{len(files)} files', '{n} parts renamed') reads
# '1 files' once the count is one: such counts go through wording.count. Expressions that can only be two or
# more are named here with the reason.
_ALWAYS_PLURAL = {"names.count(name)": "a part's name is reported only when it appears more than once"}
_VERBS = {"is", "was", "has", "does", "as", "its", "this", "thus"}


def _hand_counts(source: str) -> list[tuple[int, str]]:
    """(line, 'f-string part') for each number written beside a plural noun in the f-strings of `source`."""
    import io
    import re
    import tokenize

    counted = re.compile(r"\{([^{}]*)\} ([a-z]+)\b")
    number_like = re.compile(r"len\(|count|total|\bn\b|:,|number")
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type != tokenize.STRING or not re.match(r"[rbRB]*[fF]", token.string):
            continue
        for match in counted.finditer(token.string):
            expression, word = match.group(1).strip(), match.group(2)
            if expression in _ALWAYS_PLURAL or expression.split(":")[0].isupper():
                continue
            plural = word == "people" or (word.endswith("s") and word not in _VERBS)
            if plural and number_like.search(expression):
                found.append((token.start[0], match.group(0)))
    return found


def test_no_count_is_written_beside_a_plural_noun_by_hand() -> None:
    import re

    from conftest import ROOT

    found = [f"{path.relative_to(ROOT)}:{line}: {text}" for path in sorted((ROOT / "tipdiff").rglob("*.py"))
             for line, text in _hand_counts(path.read_text(encoding="utf-8"))]
    for path in sorted((ROOT / "tipdiff").rglob("*.j2")):  # '{{ n }} parts' in a template
        for match in re.finditer(r"\{\{([^{}]*)\}\} (people|[a-z]+s)\b", path.read_text(encoding="utf-8")):
            if match.group(2) not in _VERBS and re.search(r"len|count|total|\bn\b|number", match.group(1)):
                found.append(f"{path.relative_to(ROOT)}: {match.group(0)}")
    assert found == [], found


def test_the_hand_written_count_guard_catches_what_it_is_for() -> None:
    bad = 'a = f"{len(files)} files"\nb = f"{n} parts renamed"\nc = f"{summary.counts[k]:,} people"\n'
    assert [line for line, _ in _hand_counts(bad)] == [1, 2, 3]
    good = 'a = f"{count(n, \'file\')} read"\nb = f"{MAX_DEPTH} levels"\nc = f"{part} efforts"\n'
    assert _hand_counts(good) == []
