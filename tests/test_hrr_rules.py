"""Which rules run on which report series: a profile's `rules` lists the shipped groups that apply. Two Human
Rights Reports compared give findings for parts renamed, merged, split, dropped or added, people and bodies
newly or no longer named, and figures changed in edited sentences; never a TIP tier, formula, recommendation
or designation finding. Exit codes and --fail-on work as for TIP narratives. All through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import FIXTURES
from tipdiff.profile import applies, load_profile

TITLE = "<h1>{year} Country Reports on Human Rights Practices: Veridia</h1>"
TIP_GROUPS = ("tier/", "status/", "verdict/", "recommendation/", "designation/", "figure/", "topic/")


def _page(path: Path, year: int, body: str) -> Path:
    path.write_text(f"<html><body><main>{TITLE.format(year=year)}<h2>Executive Summary</h2><p>Veridia is a "
                    f"republic with an elected parliament.</p>{body}</main></body></html>", encoding="utf-8")
    return path


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    old = _page(tmp_path / "2020.html", 2020,
                "<h3>g. Abuses in Internal Conflict</h3><p>Rebels in the hills recruited boys as porters. The army "
                "shelled two villages in the dry season.</p><h3>Internet Freedom</h3><p>The regulator blocked two "
                "news sites. Police questioned a student about a post.</p><h3>Freedom of Peaceful Assembly</h3>"
                "<p>Police detained 45 protesters outside the parliament in March. Rallies were allowed in parks.</p>"
                "<p>The Tier 2 Watch List placement was noted by officials.</p>")
    new = _page(tmp_path / "2021.html", 2021,
                "<h3>g. Conflict-related Abuses</h3><p>Rebels in the hills recruited boys as porters and cooks. The "
                "army shelled two villages in the dry season.</p><h3>Freedom of Peaceful Assembly</h3><p>Police "
                "detained 60 protesters outside the parliament in March. Rallies were allowed in parks. A district "
                "governor, Tola Menhir, banned a march in the capital.</p><p>The Tier 3 placement was noted by "
                "officials.</p>")
    return old, new


def _rules(out: str) -> list[str]:
    return [f["rule"] for f in json.loads(out)["findings"]]


def test_hrr_pages_get_the_generic_findings_and_no_tip_rule(run, tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    result = run("compare", old, new, "--format", "json")
    assert result.code == 0, result.err
    findings = json.loads(result.out)["findings"]
    messages: dict[str, list[str]] = {}
    for finding in findings:
        messages.setdefault(finding["rule"], []).append(finding["message"])
    assert messages["part/renamed"] == ["Part renamed: “g. Abuses in Internal Conflict” is now “g. Conflict-related Abuses”"]
    assert messages["part/dropped"] == ["Part dropped: “Internet Freedom”"]
    assert messages["actor/person-named"] == ["Named for the first time: Tola Menhir"]
    assert messages["sentence/figures-changed"] == ["Figures changed: 45 -> 60"]  # a tier's number is no figure
    assert not [f for f in findings if f["rule"].startswith(TIP_GROUPS)], findings  # "Tier 3" is only text here


def test_hrr_exit_code_follows_the_fail_level(run, tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    assert run("compare", old, new).code == 0  # warnings only: the default fail level is error
    assert run("compare", old, new, "--fail-on", "warning").code == 1  # a part dropped, a person named
    assert run("compare", old, new, "--fail-on", "never").code == 0
    same = run("compare", old, old, "--fail-on", "info")
    assert same.code == 0, same.out


def test_tip_narratives_get_no_part_or_sentence_rule(run) -> None:
    eras = FIXTURES / "eras"
    result = run("compare", eras / "veridia-2012.txt", eras / "veridia-2018.txt", "--format", "json")
    rules = _rules(result.out)
    assert rules and not [r for r in rules if r.startswith(("part/", "sentence/"))], rules
    assert [r for r in rules if r.startswith(TIP_GROUPS)], rules


def test_a_profile_lists_the_groups_that_apply(tmp_path: Path) -> None:
    hrr, tip = load_profile("hrr"), load_profile("tip")
    assert applies(hrr, "part/renamed", shipped=True) and applies(hrr, "actor/person-named", shipped=True)
    assert not applies(hrr, "tier/downgrade", shipped=True) and not applies(hrr, "figure/changed", shipped=True)
    assert applies(hrr, "mine/any-rule", shipped=False)  # a rule the user added runs
    assert applies(tip, "tier/downgrade", shipped=True) and applies(tip, "part/dropped", shipped=True)
    assert not applies(tip, "sentence/figures-changed", shipped=True)  # an HRR group: TIP parts have no such rule


def test_a_user_rule_runs_on_hrr_pages_and_rules_false_turns_all_off(run, tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "march.yaml").write_text(
        'description: A march banned.\ntype: phrase\nseverity: error\nmessage: "March banned"\n'
        'options: {change: appears, terms: ["banned a march"]}\n'
        'tests:\n  fire:\n    - old: "VERIDIA: Tier 2\\n\\nPREVENTION\\n\\nCalm."\n'
        '      new: "VERIDIA: Tier 2\\n\\nPREVENTION\\n\\nPolice banned a march."\n'
        '  quiet:\n    - old: "VERIDIA: Tier 2\\n\\nPREVENTION\\n\\nCalm."\n      new: "VERIDIA: Tier 2\\n\\nPREVENTION\\n\\nCalm."\n',
        encoding="utf-8")
    result = run("compare", old, new, "--rules", mine, "--format", "json")
    assert result.code == 1 and "march" in _rules(result.out), (result.code, result.err)
    shipped = (Path(__file__).parents[1] / "tipdiff" / "profiles" / "hrr.yaml").read_text(encoding="utf-8")
    off = tmp_path / "hrr-off.yaml"
    off.write_text(shipped.replace("rules: [part, actor, sentence]", "rules: false"), encoding="utf-8")
    quiet = run("compare", old, new, "--rules", mine, "--profile", off, "--format", "json")
    assert quiet.code == 0 and _rules(quiet.out) == [], quiet.err


def test_real_hrr_pair_through_the_cli(run, shared: Path) -> None:
    hrr = shared / "corpus" / "hrr"
    result = run("compare", hrr / "2020" / "thailand.html", hrr / "2021" / "thailand.html", "--format", "json")
    findings = json.loads(result.out)["findings"]
    messages = [f["message"] for f in findings]
    assert ("Part re-nested: “e. Acceptable Conditions of Work” goes on under a new sub-heading “Wage and Hour Laws” "
            "(its own heading kept, with no text)") in messages
    assert not [m for m in messages if m.startswith("Part dropped")], messages
    assert any(f["rule"] == "actor/person-named" for f in findings)
    assert any(f["rule"] == "sentence/figures-changed" for f in findings)
    assert not [f for f in findings if f["rule"].startswith(TIP_GROUPS)]
