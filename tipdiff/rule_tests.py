"""`tipdiff rules test`: run each rule's own examples, Semgrep-style. Every `fire` example must produce a
finding of that rule (with `expect` in its message, `expect_old` / `expect_new` in the sentences it quotes, when
given); every `quiet` example must produce none."""

from __future__ import annotations

from dataclasses import dataclass

from tipdiff.compare import compare_reports
from tipdiff.engine import run_rules
from tipdiff.errors import TipdiffError
from tipdiff.ingest import report_from_text
from tipdiff.rules_loader import Example, Rule


@dataclass(frozen=True)
class Outcome:
    rule: str
    where: str
    kind: str  # fire / quiet
    passed: bool
    detail: str


def _run(rule: Rule, example: Example, kind: str) -> Outcome:
    where = f"{rule.path}:{example.line}"
    try:
        old = report_from_text(example.old, f"{rule.id}:old")
        new = report_from_text(example.new, f"{rule.id}:new")
        findings = run_rules(compare_reports(old, new), [rule])
    except TipdiffError as exc:
        return Outcome(rule.id, where, kind, False, f"example could not be read: {exc.one_line()}")
    messages = [f.message for f in findings]
    if kind == "fire":
        if not messages:
            return Outcome(rule.id, where, kind, False, "expected a finding, got none")
        if example.expect and not any(example.expect in m for m in messages):
            return Outcome(rule.id, where, kind, False, f"expected a message containing {example.expect!r}, "
                           f"got {messages!r}")
        for side, wanted in (("old", example.expect_old), ("new", example.expect_new)):
            quotes = [getattr(f, side) or "" for f in findings]
            if wanted and not any(wanted in q for q in quotes):
                return Outcome(rule.id, where, kind, False, f"expected the {side} quote to contain {wanted!r}, "
                               f"got {quotes!r}")
        return Outcome(rule.id, where, kind, True, messages[0])
    if messages:
        return Outcome(rule.id, where, kind, False, f"expected no finding, got {messages!r}")
    return Outcome(rule.id, where, kind, True, "no finding")


def run_rule_tests(rules: list[Rule]) -> list[Outcome]:
    outcomes = []
    for rule in rules:
        outcomes += [_run(rule, e, "fire") for e in rule.fire]
        outcomes += [_run(rule, e, "quiet") for e in rule.quiet]
    return outcomes


def untested(rules: list[Rule]) -> list[Rule]:
    """Rules without both kinds of example: `rules test` reports them as failures."""
    return [r for r in rules if not r.fire or not r.quiet]
