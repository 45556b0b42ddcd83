"""Rule files that are wrong say where (file:line:column) and what is allowed; configs adjust the pack."""

from pathlib import Path

import pytest

from conftest import SERIES
from tipdiff.compare import analyse_files
from tipdiff.errors import RuleError
from tipdiff.options import Options
from tipdiff.rules_loader import load_config, load_rules, shipped_rules_dir

GOOD = """description: Convictions fell sharply.
type: figure_changed
severity: warning
message: "{label} fell to {new_value}"
options: {keys: [convictions], direction: down, min_percent: 50}
"""


def rules_dir(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / "rules" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path / "rules"


def error_of(tmp_path: Path, text: str) -> str:
    folder = rules_dir(tmp_path, {"mine/rule.yaml": text})
    with pytest.raises(RuleError) as caught:
        load_rules([folder])
    return caught.value.one_line()


def test_a_good_rule_gets_its_id_from_its_path(tmp_path: Path) -> None:
    [rule] = load_rules([rules_dir(tmp_path, {"mine/convictions-halved.yaml": GOOD})])
    assert rule.id == "mine/convictions-halved" and rule.type == "figure_changed"


@pytest.mark.parametrize("text, position, words", [
    ("description: x\ntype: [unclosed\n", ":3:1:", "not valid YAML"),
    (GOOD.replace("severity: warning", "severity: loud"), ":3:11:", "'loud' is not allowed; expected one of: info"),
    (GOOD + "colour: red\n", ":6:1:", "unknown key 'colour'; allowed: description"),
    (GOOD.replace("type: figure_changed", "type: figure_change"), ":2:7:",
     "unknown rule type 'figure_change'; expected one of: fact_changed"),
    (GOOD.replace("{label}", "{lable}"), ":4:10:", "unknown placeholder {lable} in message; allowed: country"),
    (GOOD.replace("direction: down", "direction: sideways"), ":5:43:", "options.direction: 'sideways' is not allowed"),
    ("description: t\ntype: phrase\nseverity: info\nmessage: m\noptions:\n  regex: true\n  terms: ['(unclosed']\n",
     ":7:10:", "options.terms: not a valid regular expression"),
    ("- a list\n- not a rule\n", ":1:1:", "expected a mapping"),
    (GOOD.replace("description: Convictions fell sharply.\n", ""), ":1:1:", "'description' is required"),
    ("id: other/name\n" + GOOD, ":1:5:", "does not match its path ('mine/rule')"),
])
def test_rule_errors_point_at_file_line_column(tmp_path: Path, text: str, position: str, words: str) -> None:
    message = error_of(tmp_path, text)
    assert f"rule.yaml{position}" in message and words in message, message


def test_validate_collects_every_broken_file(tmp_path: Path) -> None:
    folder = rules_dir(tmp_path, {"a.yaml": GOOD, "b.yaml": "type: [", "c.yaml": GOOD.replace("warning", "loud")})
    errors: list[RuleError] = []
    rules = load_rules([folder], collect=errors)
    assert [r.id for r in rules] == ["a"] and len(errors) == 2


def test_config_disables_rules_changes_severity_and_adds_folders(tmp_path: Path) -> None:
    rules_dir(tmp_path, {"mine/convictions-halved.yaml": GOOD})
    config_file = tmp_path / ".tipdiff.yaml"
    config_file.write_text("fail_on: warning\nrules:\n  paths: [rules]\n  disable: [topic/new-emphasis]\n"
                           "  severity: {figure/changed: warning}\n")
    config = load_config(None, search_from=tmp_path)
    assert config.fail_on == "warning"
    rules = {r.id: r for r in load_rules([shipped_rules_dir()] + [Path(p) for p in config.rule_paths], config)}
    assert "topic/new-emphasis" not in rules and rules["figure/changed"].severity == "warning"
    comparison = analyse_files(SERIES / "2021.txt", SERIES / "2022.txt", Options(config=config))
    mine = [f for f in comparison.findings if f.rule == "mine/convictions-halved"]
    assert [f.message for f in mine] == ["Convictions fell to 12"]
    assert not any(f.rule == "topic/new-emphasis" for f in comparison.findings)


def test_config_errors_point_at_the_config(tmp_path: Path) -> None:
    config_file = tmp_path / "conf.yaml"
    config_file.write_text("rules:\n  disabled: [x]\n")
    with pytest.raises(RuleError) as caught:
        load_config(str(config_file))
    assert "conf.yaml:2:3:" in caught.value.one_line() and "unknown key 'disabled'" in caught.value.one_line()


def test_a_runaway_pattern_is_stopped_and_reported(tmp_path: Path) -> None:
    folder = rules_dir(tmp_path, {"slow.yaml": (
        "description: catastrophic backtracking\ntype: phrase\nseverity: info\nmessage: m\n"
        "options:\n  regex: true\n  terms: ['(a|aa)+b']\n")})
    victim = tmp_path / "veridia-2020.txt"
    victim.write_text("VERIDIA: Tier 2\n\nPREVENTION\n\nThe government maintained prevention efforts. " + "a" * 60 + "\n")
    config_file = tmp_path / ".tipdiff.yaml"
    config_file.write_text("rules:\n  budget_seconds: 0.2\n")
    config = load_config(str(config_file))
    with pytest.raises(RuleError) as caught:
        analyse_files(victim, victim, Options(config=config, rule_dirs=(str(folder),)))
    message = caught.value.one_line()
    assert "slow.yaml:1" in message and "ran past the time budget" in message and "0.2 s" in message
