"""Run rules over a comparison: facts of both years, the check of every rule the comparison's profile selects
(tipdiff.profile.applies), findings in the order every output lists them (tipdiff.finding_order: severity, the
kind's weight, document order)."""

from __future__ import annotations

import dataclasses
import time

from tipdiff.errors import RuleError
from tipdiff.facts import Facts, extract_facts
from tipdiff.facts.pairs import FigurePairing
from tipdiff.facts.vocabulary import Vocabulary
from tipdiff.finding_order import SEVERITY_RANK, ordered
from tipdiff.model import Comparison, Finding
from tipdiff.profile import applies
from tipdiff.rules_loader import DEFAULT_BUDGET_SECONDS, Rule
from tipdiff.ruletypes import REGISTRY, Context
from tipdiff.ruletypes.phrase import PatternTimeout
from tipdiff.wording import capitalised, join_and

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
    figures = FigurePairing(comparison, old_facts, new_facts)  # built on first use, then shared by the figure rules
    # the profile says which shipped rules apply (the TIP tier and formula rules are not for HRR pages); every
    # caller (compare, check, history, rule examples) gets the same choice
    for rule in (r for r in rules if applies(comparison.profile, r.id, r.shipped)):
        context = Context(comparison, old_facts, new_facts, time.monotonic() + budget_seconds, vocabulary, figures)
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
    return ordered(fold_into_parts(findings), comparison.sections, section_order)  # the one order of every output


FOLDED_SHOWN = 5  # names a part's finding lists before "and N more" (N >= 2: one more name is shown)


def fold_into_parts(findings: list[Finding]) -> list[Finding]:
    """A part dropped (or added) takes the notes of the names that went (or came) with it: the Factbook's
    trafficking profile dropped in 2024 is one finding that lists the places it named, not one finding per
    place. Only notes (info: bodies, places, laws) of that very part are folded; a person stays a finding of
    their own. The part's finding then ends "(it named 17 bodies, places and laws: Bangladesh, Burma, ...
    and 12 more)", and its data keeps every name (`folded`)."""
    parts = {(f.section, dict(f.data).get("change")): f for f in findings
             if dict(f.data).get("change") in ("dropped", "added") and "parts" in dict(f.data)}
    if not parts:
        return findings
    folded: dict[tuple[str, str], list[Finding]] = {}
    kept: list[Finding] = []
    for finding in findings:
        data = dict(finding.data)
        change = "dropped" if finding.new is None else "added" if finding.old is None else ""
        if finding.severity == "info" and "member" in data and data.get("kind") not in ("designation", "person") and \
                (finding.section, change) in parts:
            folded.setdefault((finding.section, change), []).append(finding)
        else:
            kept.append(finding)
    out = []
    for finding in kept:
        key = (finding.section, dict(finding.data).get("change", ""))
        names = sorted(dict(f.data)["member"] for f in folded.get(key, [])) if parts.get(key) is finding else []
        if names:
            shown = join_and(names) if len(names) <= FOLDED_SHOWN + 1 else \
                ", ".join(names[:FOLDED_SHOWN]) + f" and {len(names) - FOLDED_SHOWN} more"
            verb = "named" if key[1] == "dropped" else "names"
            finding = dataclasses.replace(finding, message=f"{finding.message} (it {verb} {shown})",
                                          data=finding.data + (("folded", "; ".join(names)),))
        out.append(finding)
    return out


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
