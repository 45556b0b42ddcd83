"""Rule types (`tipdiff.ruletypes`): the few kinds of check written in code. Every rule in rules/ is data for one of these.

Each module defines TYPE, a docstring that is its manual, OPTIONS (a JSON Schema for the rule's `options`),
PLACEHOLDERS (the names a rule's message may use) and `check(rule, context)` returning hits. The registry
below is explicit: a new type is a new module and one line here. Shared types (Hit, Context) live in
`tipdiff.ruletypes.base`, which the type modules import.
"""

from __future__ import annotations

from types import ModuleType

from tipdiff.ruletypes import (
    fact_changed,
    figure_changed,
    figures_edited,
    part_change,
    phrase,
    set_member,
    tier_change,
    unit_change,
)
from tipdiff.ruletypes.base import COMMON_PLACEHOLDERS, Context, Hit

__all__ = ["COMMON_PLACEHOLDERS", "REGISTRY", "Context", "Hit", "placeholders_for"]

REGISTRY: dict[str, ModuleType] = {module.TYPE: module for module in (
    tier_change, fact_changed, set_member, figure_changed, phrase, unit_change, part_change, figures_edited)}



def placeholders_for(rule_type: str) -> tuple[str, ...]:
    return COMMON_PLACEHOLDERS + tuple(REGISTRY[rule_type].PLACEHOLDERS)
