"""Rule types: the few kinds of check written in code. Every rule in rules/ is data for one of these.

Each module defines TYPE, a docstring that is its manual, OPTIONS (a JSON Schema for the rule's `options`),
PLACEHOLDERS (the names a rule's message may use) and `check(rule, context)` returning hits. The registry
below is explicit: a new type is a new module and one line here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from tipdiff.checks import fact_changed, figure_changed, phrase, set_member, tier_change, unit_change
from tipdiff.facts import Facts
from tipdiff.model import Comparison

REGISTRY: dict[str, ModuleType] = {module.TYPE: module for module in (
    tier_change, fact_changed, set_member, figure_changed, phrase, unit_change)}

# Placeholders every rule's message may use, whatever its type.
COMMON_PLACEHOLDERS = ("country", "old_year", "new_year", "old_tier", "new_tier", "section", "old", "new")


@dataclass(frozen=True)
class Hit:
    """What a check found; the engine turns it into a Finding with the rule's id, severity and message."""

    section: str
    old: str | None
    new: str | None
    subject: str  # what the finding is about (a figure key, an actor, a term): one finding per subject
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Context:
    comparison: Comparison
    old: Facts
    new: Facts
    deadline: float  # time.monotonic() by which a rule's patterns must have finished


def placeholders_for(rule_type: str) -> tuple[str, ...]:
    return COMMON_PLACEHOLDERS + tuple(REGISTRY[rule_type].PLACEHOLDERS)
