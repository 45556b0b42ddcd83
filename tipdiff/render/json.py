"""The full result as JSON: stable ids, plain types, identical bytes for identical inputs."""

from __future__ import annotations

import json
from typing import Any

from tipdiff import __version__
from tipdiff.diff import change_words
from tipdiff.model import CHANGE_KINDS, Change, Comparison, Finding, Report, SectionDiff, Unit

SCHEMA_VERSION = "1.0"


def _unit(unit: Unit | None) -> dict[str, Any] | None:
    if unit is None:
        return None
    return {"id": unit.id, "section": unit.section, "paragraph": unit.paragraph, "kind": unit.kind, "text": unit.text}


def report_dict(report: Report, *, with_units: bool = False) -> dict[str, Any]:
    sections = []
    for section in report.sections:
        entry: dict[str, Any] = {"name": section.name, "heading": section.heading, "line": section.line,
                                 "text": section.text}
        sections.append(entry)
    out: dict[str, Any] = {
        "path": report.path, "profile": report.profile.name, "country": report.country, "year": report.year,
        "year_source": report.year_source, "tier": report.tier, "title": report.title, "encoding": report.encoding,
        "removed_chrome": list(report.removed_chrome), "warnings": list(report.warnings), "sections": sections,
        "tier_formula": report.tier_formula,
    }
    if with_units:
        out["units"] = [_unit(u) for u in report.units]
    return out


def change_dict(change: Change) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": change.id, "kind": change.kind, "section": change.section, "from_section": change.from_section,
        "similarity": change.similarity, "old": _unit(change.old), "new": _unit(change.new),
        "words": [{"op": {-1: "delete", 0: "equal", 1: "insert"}[w.op], "text": w.text} for w in change_words(change)],
        "rewrite_group": change.rewrite_group,
    }
    if change.kind in ("split", "merged"):  # every unit of each side; similarity and words are over the joined text
        out["old_units"] = [_unit(u) for u in change.old_units]
        out["new_units"] = [_unit(u) for u in change.new_units]
    return out


def section_dict(section: SectionDiff) -> dict[str, Any]:
    counts = {k: section.count(k) for k in CHANGE_KINDS}
    return {
        "id": f"section:{section.name}", "name": section.name, "heading": section.heading,
        "renamed_from": section.renamed_from, "merged_from": list(section.merged_from), "counts": counts, "typography_only": section.typography,
        "changes": [change_dict(c) for c in section.changes],
        "rewrites": [{"group": r.group, "old": r.old_text, "new": r.new_text} for r in section.rewrites],
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {"id": finding.id, "rule": finding.rule, "severity": finding.severity, "section": finding.section,
            "message": finding.message, "old": finding.old, "new": finding.new, "data": dict(finding.data)}


def _fact(fact: Any) -> dict[str, str] | None:
    return None if fact is None else {"value": fact.value, "section": fact.section, "sentence": fact.sentence}


def facts_dict(facts: Any) -> dict[str, Any]:
    return {
        "tier": _fact(facts.tier), "move": _fact(facts.move), "formula": _fact(facts.formula),
        "designations": sorted(facts.designations),
        "verdicts": {name: fact.value for name, fact in facts.verdicts.items()},
        "figures": [{"key": f.key, "label": f.label, "value": f.value, "prior": f.prior, "prior_year": f.prior_year,
                     "section": f.section, "labor": f.labor, "sex": f.sex} for f in facts.figures.values()],
        "actors": [{"name": a.name, "kind": a.kind, "section": a.section}
                   for a in sorted(facts.actors.values(), key=lambda a: a.key)],
    }


def comparison_dict(comparison: Comparison) -> dict[str, Any]:
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION, "tool": {"name": "tipdiff", "version": __version__},
        "old": report_dict(comparison.old), "new": report_dict(comparison.new),
        "identical": comparison.identical, "typography_only": comparison.typography,
        "warnings": list(comparison.warnings),
        "context": list(comparison.context),
        "findings": [finding_dict(f) for f in comparison.findings],
        "sections": [section_dict(s) for s in comparison.sections],
    }
    if comparison.old_facts is not None and comparison.new_facts is not None:
        out["facts"] = {"old": facts_dict(comparison.old_facts), "new": facts_dict(comparison.new_facts)}
    return out


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
