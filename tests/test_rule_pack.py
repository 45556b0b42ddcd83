"""The shipped pack: every rule has examples that must fire and must not; they all behave; the runner would
notice if one did not."""

from pathlib import Path

import pytest
import yaml

from conftest import series_steps
from tipdiff.compare import analyse_files
from tipdiff.rule_tests import run_rule_tests, untested
from tipdiff.rules_loader import load_rules, shipped_rules_dir


def test_every_shipped_rule_has_fire_and_quiet_examples_that_pass() -> None:
    rules = load_rules([shipped_rules_dir()])
    assert len(rules) >= 20 and not untested(rules)
    failures = [o for o in run_rule_tests(rules) if not o.passed]
    assert not failures, failures


def test_the_runner_catches_a_rule_whose_examples_are_wrong(tmp_path: Path) -> None:
    (tmp_path / "wrong.yaml").write_text(
        "description: claims to fire on an unchanged tier\ntype: tier_change\nseverity: info\nmessage: m\n"
        "tests:\n  fire:\n    - {old: 'VERIDIA: Tier 2', new: 'VERIDIA: Tier 2'}\n"
        "  quiet:\n    - {old: 'VERIDIA: Tier 2', new: 'VERIDIA: Tier 3'}\n")
    outcomes = run_rule_tests(load_rules([tmp_path]))
    assert [(o.kind, o.passed) for o in outcomes] == [("fire", False), ("quiet", False)]
    assert "wrong.yaml:7" in outcomes[0].where


def test_rules_commands(run, tmp_path: Path) -> None:
    listed = run("rules", "list")
    assert listed.code == 0 and "tier/downgrade" in listed.out and "figure/not-reported" in listed.out
    tested = run("rules", "test")
    assert tested.code == 0 and tested.out.strip().splitlines()[-1].endswith("0 failed (31 rules)")
    assert run("rules", "validate").code == 0
    (tmp_path / "bad.yaml").write_text("description: x\ntype: nope\nseverity: info\nmessage: m\n")
    invalid = run("rules", "validate", tmp_path)
    assert invalid.code == 2 and "bad.yaml:2:7: unknown rule type 'nope'" in invalid.out


@pytest.mark.parametrize("old, new, labels", series_steps(), ids=lambda p: p.name)
def test_findings_on_the_series_equal_the_labels(old: Path, new: Path, labels: Path) -> None:
    expected = yaml.safe_load(labels.read_text(encoding="utf-8"))["findings"]
    comparison = analyse_files(old, new)
    found = sorted((f.rule, f.section, dict(f.data)["subject"]) for f in comparison.findings)
    assert found == sorted((e["rule"], e["section"], e["subject"]) for e in expected)


def test_findings_rest_on_quotes_and_come_in_severity_order() -> None:
    comparison = analyse_files(*series_steps()[-1][:2])
    ranks = [("error", "warning", "info").index(f.severity) for f in comparison.findings]
    assert ranks == sorted(ranks)
    assert all(f.old or f.new for f in comparison.findings)
    downgrade = next(f for f in comparison.findings if f.rule == "tier/downgrade")
    assert downgrade.message == "Veridia downgraded one tier, from Tier 2 Watch List to Tier 3"
    assert "downgraded to Tier 3" in downgrade.new


def test_json_findings_carry_rule_severity_section_message_old_new(run) -> None:
    import json

    old, new, _ = series_steps()[-1]
    data = json.loads(run("compare", old, new, "--format", "json").out)
    assert data["findings"] and all({"rule", "severity", "section", "message", "old", "new"} <= set(f)
                                    for f in data["findings"])


def test_the_shipped_pack_passes_full_validation() -> None:
    """compare trusts the shipped pack at run time (no JSON Schema pass); this keeps that trust earned."""
    from tipdiff.errors import RuleError

    errors: list[RuleError] = []
    rules = load_rules([shipped_rules_dir()], collect=errors)
    assert not errors and len(rules) == 31
