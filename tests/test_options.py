"""One options object: flags merged with the nearest .tipdiff.yaml, the profile resolved once (a file works
everywhere), every flag honoured by a batch, and config mistakes reported at file:line."""

import ast
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


def test_tier_moves_come_from_the_profile(tmp_path: Path) -> None:
    from tipdiff.profile import load_profile

    tip = load_profile("tip")
    assert tip.tier_move("Tier 2", "Tier 3") == "downgraded" and tip.tier_move("Tier 3", "Tier 2") == "upgraded"
    assert tip.tier_move("Tier 3", "Special Case") == "moved" and tip.tier_move("Tier 3", "Tier 3") is None
    assert tip.canonical_tier("TIER 2  WATCH LIST") == "Tier 2 Watch List"
    assert tip.title_of("profile") == "Trafficking profile" and tip.part("recommendations") == "recommendations"
    ranked = custom_profile(tmp_path, name="ranked")
    ranked.write_text(ranked.read_text().replace("tiers: [Tier 1, Tier 2, Tier 2 Watch List, Tier 3]",
                                                 "tiers: [Tier 3, Tier 2 Watch List, Tier 2, Tier 1]"))
    assert load_profile(str(ranked)).tier_move("Tier 2", "Tier 3") == "upgraded"


# TIP knowledge (tier names, part names, titles) lives in tipdiff/profiles/*.yaml, not in the code that reads facts,
# builds histories, renders summaries or runs checks. Role names (`profile.part("recommendations")`) are keys.
LITERALS = ("Tier 1", "Tier 3", "Tier 2 Watch List", "Special Case", "recommendations", "overview", "prosecution",
            "Trafficking profile")


def code_strings(path: Path) -> list[tuple[int, str]]:
    """String constants in a module's code: docstrings and role keys left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            skip.add(id(body[0].value))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("part", "role"):
            skip.update(id(arg) for arg in node.args)
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip]


def test_no_tip_literals_outside_the_profile() -> None:
    root = Path(__file__).resolve().parent.parent / "tipdiff"
    places = [root / "history.py", root / "check.py", root / "batch.py", *(root / "facts").glob("*.py"),
              *(root / "ruletypes").glob("*.py"), *(root / "render").glob("*.py")]
    found = [f"{path.relative_to(root)}:{line}: {text!r}" for path in places for line, text in code_strings(path)
             if any(literal in text for literal in LITERALS) and not text.endswith("efforts")]
    assert found == []  # (the efforts formula names the part it judges: grammar of the formula, kept in code)


def test_each_report_is_read_once_and_the_rule_pack_parsed_once(run, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import tipdiff.ingest
    import tipdiff.rules_loader
    from tipdiff.rules_loader import rule_files, shipped_rules_dir

    folder = tmp_path / "veridia"
    folder.mkdir()
    for year in (2019, 2020, 2021, 2022):
        shutil.copy(SERIES / f"{year}.txt", folder / f"{year}.txt")
    reads: list[str] = []
    parsed: list[str] = []
    read_bytes, parse_rule = tipdiff.ingest.read_bytes, tipdiff.rules_loader.parse_rule
    monkeypatch.setattr(tipdiff.ingest, "read_bytes", lambda path, *a, **k: reads.append(Path(path).name)
                        or read_bytes(path, *a, **k))
    monkeypatch.setattr(tipdiff.rules_loader, "parse_rule", lambda path, *a, **k: parsed.append(str(path))
                        or parse_rule(path, *a, **k))
    pack = len(rule_files(shipped_rules_dir()))
    result = run("compare", folder / "2021.txt", folder / "2022.txt", "--format", "json")
    assert result.code in (0, 1) and json.loads(result.out)["context"], result.err  # the other years were used
    assert sorted(reads) == ["2019.txt", "2020.txt", "2021.txt", "2022.txt"]
    assert len(parsed) == len(set(parsed)) == pack
    reads.clear()
    parsed.clear()
    assert run("history", folder).code == 0
    assert sorted(reads) == ["2019.txt", "2020.txt", "2021.txt", "2022.txt"] and len(parsed) == pack
    reads.clear()
    parsed.clear()
    assert run("check", folder / "2021.txt", folder / "2022.txt").code in (0, 1)
    # each file once (2021 is checked and is 2022's previous year); the rule pack once for both files
    assert sorted(reads) == ["2020.txt", "2021.txt", "2022.txt"] and len(parsed) == pack
