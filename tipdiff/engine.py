"""Run rules over a comparison: facts of both years, the check of every rule the comparison's profile selects
(tipdiff.profile.applies), findings in the order every output lists them (tipdiff.finding_order: severity, the
kind's weight, document order)."""

from __future__ import annotations

import dataclasses
import time

from tipdiff.errors import RuleError
from tipdiff.facts import Facts, extract_facts
from tipdiff.facts.vocabulary import Vocabulary
from tipdiff.finding_order import SEVERITY_RANK, ordered
from tipdiff.model import Comparison, Finding
from tipdiff.profile import applies
from tipdiff.rules_loader import DEFAULT_BUDGET_SECONDS, Rule
from tipdiff.ruletypes import REGISTRY, Context
from tipdiff.ruletypes.phrase import PatternTimeout
from tipdiff.wording import capitalised

__all__ = ["FAIL_LEVELS", "SEVERITY_RANK", "fails", "run_rules", "with_findings"]  # SEVERITY_RANK: finding_order
FAIL_LEVELS = ("error", "warning", "info", "never")


def run_rules(comparison: Comparison, rules: list[Rule], *, vocabulary: Vocabulary | None = None,
              budget_seconds: float = DEFAULT_BUDGET_SECONDS, section_order: tuple[str, ...] = ()) -> tuple[Finding, ...]:
    return _run(comparison, rules, extract_facts(comparison.old, vocabulary), extract_facts(comparison.new, vocabulary),
                budget_seconds, section_order, vocabulary)


def _run(comparison: Comparison, rules: list[Rule], old_facts: Facts, new_facts: Facts, budget_seconds: float,
         section_order: tuple[str, ...], vocabulary: Vocabulary | None = None) -> tuple[Finding, ...]:
    common = {"country": comparison.new.country or comparison.old.country or "?",
              "old_year": comparison.old.year or "?", "new_year": comparison.new.year or "?",
              "old_tier": comparison.old.tier or "tier not found", "new_tier": comparison.new.tier or "tier not found"}
    findings: list[Finding] = []
    # the profile says which shipped rules apply (the TIP tier and formula rules are not for HRR pages); every
    # caller (compare, check, history, rule examples) gets the same choice
    for rule in (r for r in rules if applies(comparison.profile, r.id, r.shipped)):
        context = Context(comparison, old_facts, new_facts, time.monotonic() + budget_seconds, vocabulary)
        try:
            hits = REGISTRY[rule.type].check(rule, context)
        except PatternTimeout as exc:
            raise RuleError(f"rule {rule.id}: {exc.message} (budget {budget_seconds:g} s)", path=rule.path,
                            line=rule.line) from None
        for hit in hits:
            values = {**common, "section": hit.section, "old": hit.old or "", "new": hit.new or "", **hit.values}
            message = capitalised(rule.message.format(**values))
            data = tuple(sorted({"subject": hit.subject, **{k: str(v) for k, v in hit.values.items()}}.items()))
            findings.append(Finding(rule.id, rule.severity, hit.section, message, hit.old, hit.new, data))
    return ordered(findings, comparison.sections, section_order)  # the one order of every output


def with_findings(comparison: Comparison, rules: list[Rule], *, vocabulary: Vocabulary | None = None,
                  budget_seconds: float = DEFAULT_BUDGET_SECONDS, section_order: tuple[str, ...] = ()) -> Comparison:
    """The comparison with its findings and both years' facts attached (renderers read them)."""
    old_facts = extract_facts(comparison.old, vocabulary)
    new_facts = extract_facts(comparison.new, vocabulary)
    findings = _run(comparison, rules, old_facts, new_facts, budget_seconds, section_order, vocabulary)
    return dataclasses.replace(comparison, findings=findings, old_facts=old_facts, new_facts=new_facts)


def fails(findings: tuple[Finding, ...], fail_on: str) -> bool:
    """True when any finding is at or above the fail level ('never' never fails)."""
    if fail_on == "never":
        return False
    return any(SEVERITY_RANK[f.severity] <= SEVERITY_RANK[fail_on] for f in findings)
