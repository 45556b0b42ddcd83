"""Bad configuration of every kind (issue 10 B): YAML alias bombs, profile and vocabulary files checked by their
JSON Schemas, duplicate rule ids, user patterns that backtrack. Each is one line on stderr naming the file and
the place, exit 2, never a traceback or exit 3, as a user would see it through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SERIES, one_line_error

OLD, NEW = SERIES / "2021.txt", SERIES / "2022.txt"


def laughs(key: str = "lol") -> str:
    """The 'billion laughs': nine levels of nine aliases, 9**9 strings once expanded; a few hundred bytes."""
    lines = [f'{key}0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"{key}{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 9) + "]" for n in range(1, 9)]
    return "\n".join(lines) + "\n"


BOMB = "expands to more than 100,000 values through aliases"


def test_alias_bomb_in_a_rule_file(run, tmp_path: Path) -> None:
    (tmp_path / "bomb.yaml").write_text(laughs(), encoding="utf-8")
    error = one_line_error(run("compare", OLD, NEW, "--rules", tmp_path))
    assert f"{tmp_path / 'bomb.yaml'}:" in error and BOMB in error
    assert "lol" not in error.split(":", 4)[-1], "the message is not built from the expanded data"


def test_alias_bomb_in_the_config_found_by_walking_up(run, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / ".tipdiff.yaml").write_text("fail_on: never\nextra:\n" + "".join(
        "  " + line + "\n" for line in laughs().splitlines()), encoding="utf-8")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    error = one_line_error(run("compare", OLD, NEW))
    assert f"{tmp_path / '.tipdiff.yaml'}:" in error and BOMB in error


def test_alias_bomb_in_a_profile_and_in_a_vocabulary(run, tmp_path: Path) -> None:
    (tmp_path / "bomb-profile.yaml").write_text("name: mine\nsections: []\n" + laughs(), encoding="utf-8")
    error = one_line_error(run("compare", OLD, NEW, "--profile", tmp_path / "bomb-profile.yaml"))
    assert "bomb-profile.yaml:" in error and BOMB in error
    (tmp_path / "bomb-vocabulary.yaml").write_text(laughs(), encoding="utf-8")
    (tmp_path / "config.yaml").write_text("vocabulary: bomb-vocabulary.yaml\n", encoding="utf-8")
    error = one_line_error(run("compare", OLD, NEW, "--config", tmp_path / "config.yaml"))
    assert "bomb-vocabulary.yaml:" in error and BOMB in error


def test_an_alias_that_contains_itself(run, tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("rules: &r\n  paths: [*r]\n", encoding="utf-8")
    error = one_line_error(run("compare", OLD, NEW, "--config", tmp_path / "config.yaml"))
    assert "config.yaml:1:8: an alias refers to a node that contains it" in error


@pytest.mark.parametrize("text, expected", [
    ("name: mine\nsections:\n  - name: a\n    headings: [PROSECUTION, 2]\n",
     ":4:29: sections.0.headings.1: expected text, found a number"),
    ("name: mine\nsections:\n  - name: a\n    headings: &h [PROSECUTION]\n  - name: b\n    headings: [*h]\n",
     ":4:15: sections.1.headings.0: expected text, found a list"),  # an aliased list nested where text goes
    ("name: mine\nsections: {name: a}\n", ":2:11: sections: expected a list, found a mapping"),
    ("name: mine\nsection: []\n", ":2:1: unknown key 'section'; allowed:"),
    ("name: mine\nheading_levels: [2, 9]\nsections: []\n", ":2:21: heading_levels.1: 9 is above the maximum 6"),
    ("name: mine\nsections:\n  - name: a\n    openers: ['(unclosed']\n",
     ":4: sections.a pattern '(unclosed' is not a valid regular expression"),
    (b"name: mine\ndescription: caf\xe9\nsections: []\n", ":2:17: is not UTF-8 text (byte 0xe9)"),
    ("- just\n- a list\n", ":1:1: expected a report profile mapping"),
    ("name: mine\ntier:\n  - 'remained on (Tier \\d)'\nsections: []\n",
     ":3: tier pattern 'remained on (Tier \\d)' has no group named 'tier'"),
])
def test_a_broken_profile_is_an_error_at_its_place(run, tmp_path: Path, text: str | bytes, expected: str) -> None:
    profile = tmp_path / "mine.yaml"
    profile.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    for command in (("compare", OLD, NEW), ("sections", NEW)):
        error = one_line_error(run(*command, "--profile", profile))
        assert f"{profile}{expected}" in error


@pytest.mark.parametrize("text, expected", [
    ("figures:\n  - {key: raids, words: raid}\n", ":2:25: figures.0.words: expected a list, found text"),
    ("roles: [x]\n", ":1:1: unknown key 'roles'; allowed: aliases, apposition_roles, body_heads, currencies, figures"),
    ("x: &x [judge]\nperson_roles: [*x]\n", ":1:1: unknown key 'x'"),
    ("person_roles: &x [judge]\nplace_suffixes: [*x]\n", ":1:15: place_suffixes.0: expected text, found a list"),
    ("person_roles: ['(unclosed']\n", ":1: vocabulary pattern '(unclosed' is not a valid regular expression"),
    (b"not_names: [Sa\xefd]\n", ":1:15: is not UTF-8 text (byte 0xef)"),
])
def test_a_broken_vocabulary_is_an_error_at_its_place(run, tmp_path: Path, text: str | bytes, expected: str) -> None:
    vocabulary = tmp_path / "words.yaml"
    vocabulary.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    (tmp_path / "config.yaml").write_text("vocabulary: words.yaml\n", encoding="utf-8")
    error = one_line_error(run("compare", OLD, NEW, "--config", tmp_path / "config.yaml"))
    assert f"{vocabulary}{expected}" in error


def test_shipped_profiles_and_vocabulary_satisfy_their_schemas() -> None:
    from importlib import resources

    from tipdiff.errors import TipdiffError
    from tipdiff.profile import available_profiles
    from tipdiff.yamlfile import parse_yaml, shipped_validator, validate

    folder = resources.files("tipdiff")
    files = [(f"profiles/{name}.yaml", "profile.schema.json") for name in available_profiles()]
    for name, schema in files + [("data/facts.yaml", "vocabulary.schema.json")]:
        data, root = parse_yaml(folder.joinpath(name).read_text(encoding="utf-8"), name, TipdiffError)
        validate(data, shipped_validator(schema), name, root, TipdiffError)


def test_a_user_profile_like_the_shipped_one_works(run, tmp_path: Path) -> None:
    from importlib import resources

    mine = tmp_path / "mine.yaml"
    mine.write_text(resources.files("tipdiff").joinpath("profiles/tip.yaml").read_text(encoding="utf-8")
                    .replace("name: tip", "name: mine"), encoding="utf-8")
    result = run("compare", OLD, NEW, "--profile", mine, "--fail-on", "never")
    assert result.code == 0 and "Tier" in result.out


def test_two_rule_files_with_one_id(run, tmp_path: Path) -> None:
    rule = "description: x\ntype: phrase\nseverity: info\nmessage: m\noptions: {terms: [zzz]}\n"
    (tmp_path / "extra").mkdir()
    for name in ("x.yaml", "x.yml", "extra/y.yaml"):
        (tmp_path / name).write_text(rule, encoding="utf-8")
    error = one_line_error(run("compare", OLD, NEW, "--rules", tmp_path))
    assert f"{tmp_path / 'x.yaml'} and {tmp_path / 'x.yml'} both define rule 'x'" in error
    validate = run("rules", "validate", "--rules", tmp_path)
    assert validate.code == 2 and "both define rule 'x'" in validate.err


def slow_line(length: int = 60) -> str:
    return "a" * length  # "(a|aa)+b" tries every split of these before giving up: 2**(length/2) and more


def test_a_profile_pattern_that_backtracks_is_stopped(run, tmp_path: Path) -> None:
    profile = tmp_path / "slow.yaml"
    profile.write_text("name: slow\ndescription: x\nchrome:\n  - 'Menu'\n  - '(a|aa)+b'\nsections: []\n",
                       encoding="utf-8")
    victim = tmp_path / "veridia-2021.txt"
    victim.write_text(slow_line() + "\n\n" + OLD.read_text(encoding="utf-8"), encoding="utf-8")
    error = one_line_error(run("compare", victim, NEW, "--profile", profile))
    assert f"{profile}:5: chrome pattern '(a|aa)+b' ran past the time budget" in error


def test_a_vocabulary_pattern_that_backtracks_is_stopped(run, tmp_path: Path) -> None:
    (tmp_path / "words.yaml").write_text("person_roles:\n  - 'sheriff'\n  - '(a|aa)+b'\n", encoding="utf-8")
    (tmp_path / "config.yaml").write_text("vocabulary: words.yaml\n", encoding="utf-8")
    victim = tmp_path / "veridia-2022.txt"
    victim.write_text(NEW.read_text(encoding="utf-8") + f"\nThe sheriff said {slow_line()} Minister Sok Dara.\n",
                      encoding="utf-8")
    error = one_line_error(run("compare", OLD, victim, "--config", tmp_path / "config.yaml"))
    assert f"{tmp_path / 'words.yaml'}:2: person_roles: one of " in error and "'(a|aa)+b'" in error
    assert "ran past the time budget" in error
