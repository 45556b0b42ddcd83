"""unit_change: sentences or items that the alignment found added, removed, edited or moved.

Built for recommendations, where each item is a unit: an item reworded is one aligned, edited item, not a
drop plus an add. Options:
  kinds: any of added, removed, edited, moved (required).
  min_similarity: for edited / moved, the least similarity that counts (default 0).
Placeholders: kind ("added" / "removed" / "reworded" / "moved"), text, similarity.
Scope: the rule's `sections` (default: all parts). One finding per unit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tipdiff.ruletypes.base import Context, Hit

if TYPE_CHECKING:
    from tipdiff.rules_loader import Rule  # only a type: the loader imports the rule types

TYPE = "unit_change"
OPTIONS = {"type": "object", "additionalProperties": False, "required": ["kinds"],
           "properties": {"kinds": {"type": "array", "minItems": 1, "uniqueItems": True,
                                    "items": {"enum": ["added", "removed", "edited", "moved"]}},
                          "min_similarity": {"type": "number", "minimum": 0, "maximum": 1}}}
PLACEHOLDERS = ("kind", "text", "similarity")
WORDS = {"added": "added", "removed": "removed", "edited": "reworded", "moved": "moved"}


def check(rule: Rule, context: Context) -> list[Hit]:
    kinds = set(rule.options["kinds"])
    least = rule.options.get("min_similarity", 0)
    hits = []
    for section in context.comparison.sections:
        if rule.sections and section.name not in rule.sections:
            continue
        for change in section.changes:
            if change.kind not in kinds or (change.kind in ("edited", "moved") and change.similarity < least):
                continue
            unit = change.unit
            hits.append(Hit(section.name, change.old.text if change.old else None,
                            change.new.text if change.new else None, subject=unit.id,
                            values={"kind": WORDS[change.kind], "text": unit.text,
                                    "similarity": f"{change.similarity:.0%}"}))
    return hits
