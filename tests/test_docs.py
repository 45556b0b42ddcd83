"""The README's promises, checked: its two commands, and .ci/run running the test one."""

import re

from conftest import ROOT


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text, flags=re.S)[:2]


def test_readme_opens_with_demo_and_test_commands() -> None:
    demo, tests = readme_commands()
    assert demo.startswith("python3 -m venv .venv") and "tipdiff compare fixtures/" in demo
    assert tests.startswith("python3 -m venv .venv") and "pytest" in tests


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert readme_commands()[1] in ci.splitlines()


def test_demo_fixtures_exist() -> None:
    demo = readme_commands()[0]
    for path in re.findall(r"fixtures/\S+", demo):
        assert (ROOT / path).is_file(), path


def test_rules_doc_covers_every_type_and_shipped_rule() -> None:
    from tipdiff.rules_loader import load_rules, shipped_rules_dir
    from tipdiff.ruletypes import REGISTRY

    doc = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for name, module in REGISTRY.items():
        assert f"### `{name}`" in doc
        assert module.__doc__.strip().splitlines()[0] in doc, f"docs/rules.md is stale for {name}"
    for rule in load_rules([shipped_rules_dir()]):
        assert f"| `{rule.id}` | {rule.severity} |" in doc, f"docs/rules.md does not list {rule.id}"


def test_every_package_is_installed_by_pyproject() -> None:
    """A package missing from pyproject's list imports in a checkout but not from a real install."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "tipdiff").rglob("__init__.py")}
    assert found <= listed, f"add to pyproject.toml: {sorted(found - listed)}"


def test_demo_command_runs_and_exits_clean(run) -> None:
    import shlex

    demo = readme_commands()[0].split("&& .venv/bin/tipdiff ", 1)[1]
    result = run(*[str(ROOT / a) if a.startswith("fixtures/") else a for a in shlex.split(demo)])
    assert result.code == 0 and "Cambodia" in result.out and "Tier 3" in result.out


def test_performance_doc_holds_the_benchmark_table() -> None:
    doc = (ROOT / "docs" / "performance.md").read_text(encoding="utf-8")
    assert "Measured by `python bench/run.py`" in doc and " cores" in doc
    assert "| one country (fixture, .txt) |" in doc and "(×" in doc
    for peer in ("git-word-diff", "difflib-sentences", "difflib-words", "redlines"):
        assert peer in doc


def test_same_report_doc_names_every_copy_the_tests_make() -> None:
    import transforms

    doc = (ROOT / "docs" / "same-report.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/same-report.md" in readme and "typography only" in readme
    for phrase in ("NFD", "ligatures", "soft hyphen", "zero-width", "no-break", "curly", "--", "…", "bullet",
                   "hard-wrapped", "semicolons", "PRIORITIZED RECOMMENDATIONS", "grapheme"):
        assert phrase in doc, phrase
    assert set(transforms.ORDER) == set(transforms.TRANSFORMS)


def test_architecture_map_names_real_modules_and_every_command() -> None:
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:[\w/]+/)?[\w]+\.py)`", doc))
    package = ROOT / "tipdiff"
    missing = [n for n in named if not any(package.rglob(n.split("/")[-1]))]
    assert named and missing == []
    for command in (p.stem for p in (package / "cli").glob("*.py") if p.stem not in ("__init__", "common")):
        assert f"`{command}.py`" in doc, command


def test_readme_shows_the_report_and_history_screenshots() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("docs/report.png", "docs/history.png"):
        assert f"]({name})" in text and (ROOT / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name


def test_ci_installs_chromium_for_the_browser_tests() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "apt-get install" in ci and "chromium" in ci


def test_every_shipped_schema_is_named_in_the_docs() -> None:
    """A user looking for the shape of an output or of a file they write finds its schema named in the README or docs/."""
    docs = (ROOT / "README.md").read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md")))
    schemas = sorted(p.name for p in (ROOT / "tipdiff" / "schemas").glob("*.schema.json"))
    assert "history.schema.json" in schemas
    assert [name for name in schemas if f"tipdiff/schemas/{name}" not in docs] == []
