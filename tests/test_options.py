"""One options object: flags merged with the nearest .tipdiff.yaml, the profile resolved once (a file works
everywhere), every flag honoured by a batch, and config mistakes reported at file:line."""

import json
import shutil
from importlib import resources
from pathlib import Path

import pytest

from conftest import SERIES
from tipdiff.options import resolve_options


def custom_profile(tmp_path: Path, *, name: str = "mine", rules: bool = True) -> Path:
    """The shipped TIP profile under another name (and optionally with rules off), as a user's own file."""
    text = resources.files("tipdiff").joinpath("profiles/tip.yaml").read_text(encoding="utf-8")
    text = text.replace("name: tip\n", f"name: {name}\n", 1) + ("" if rules else "rules: false\n")
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_compare_with_a_profile_file(run, tmp_path: Path) -> None:
    profile = custom_profile(tmp_path)
    result = run("compare", SERIES / "2021.txt", SERIES / "2022.txt", "--profile", profile, "--format", "json")
    assert result.code in (0, 1), result.err
    data = json.loads(result.out)
    assert data["old"]["profile"] == data["new"]["profile"] == "mine"
    assert run("sections", SERIES / "2022.txt", "--profile", profile, "--format", "json").code == 0


def test_config_is_found_by_walking_up_and_flags_win(run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    custom_profile(tmp_path, rules=False)
    (tmp_path / ".tipdiff.yaml").write_text("profile: mine.yaml\nfail_on: never\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    options = resolve_options()
    assert options.config.path == str(tmp_path / ".tipdiff.yaml")
    assert options.profile is not None and options.profile.name == "mine" and options.fail_on == "never"
    assert resolve_options(fail_on="error", profile="tip").fail_on == "error"
    assert resolve_options(profile="tip").profile.name == "tip"  # type: ignore[union-attr]
    # the config's profile (relative to the config's folder) turns the rules off: a downgrade is no finding
    data = json.loads(run("compare", SERIES / "2021.txt", SERIES / "2022.txt", "--format", "json").out)
    assert data["old"]["profile"] == "mine" and data["findings"] == []
    other = tmp_path / "other.yaml"
    other.write_text("fail_on: warning\n")
    assert resolve_options(config_path=str(other)).fail_on == "warning"


@pytest.mark.parametrize("rules, line", [
    ("rules:\n  disable:\n    - tier/upgrade\n    - tier/no-such-rule\n", 4),
    ("fail_on: error\nrules:\n  severity:\n    no/such: info\n", 4),
])
def test_unknown_rule_id_in_the_config_is_an_error_at_file_line(run, tmp_path: Path, rules: str, line: int) -> None:
    config = tmp_path / "tipdiff.yaml"
    config.write_text(rules)
    result = run("compare", SERIES / "2021.txt", SERIES / "2022.txt", "--config", config)
    assert result.code == 2 and f"{config}:{line}: " in result.err and "unknown rule id" in result.err, result.err
    assert result.err.count("\n") == 1


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    shutil.copy(SERIES / "2021.txt", old / "veridia.txt")
    shutil.copy(SERIES / "2022.txt", new / "veridia.txt")
    return old, new


def digest(run, *argv: object) -> dict:
    result = run("compare", *argv, "--format", "json", "--fail-on", "never")
    assert result.code == 0, result.err
    return json.loads(result.out)["countries"][0]


def test_batch_honours_every_flag(run, folders: tuple[Path, Path], tmp_path: Path) -> None:
    old, new = folders
    plain = digest(run, old, new)
    assert plain["findings"] and plain["tier_move"] == "downgraded"
    assert digest(run, old, new, "--no-rules")["findings"] == []
    assert digest(run, old, new, "--profile", custom_profile(tmp_path, rules=False))["findings"] == []
    years = digest(run, old, new, "--old-year", "2001", "--new-year", "2002")
    assert (years["old_year"], years["new_year"]) == (2001, 2002)
    section = digest(run, old, new, "--section", "recommendations")
    assert section["findings"] and all(f["rule"].startswith("recommendation") for f in section["findings"])
    assert section["units_new"] < plain["units_new"]
    assert run("compare", old, new, "--section", "nonsense").code == 2
