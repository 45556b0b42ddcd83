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
