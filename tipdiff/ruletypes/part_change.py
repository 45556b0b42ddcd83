"""part_change: a part of the narrative renamed, merged, split, dropped or added between the years, as
tipdiff.parts reads the aligned comparison (a part whose sentences went on under another heading is renamed,
merged or split, never dropped). Built for reports whose parts are their headings (the Human Rights Reports
rename and re-nest them from year to year); on a TIP narrative it says when a whole part is gone or new.
Options:
  changes: any of renamed, merged, split, dropped, added (required).
Placeholders: change (the kind), fate (the kind, or "re-nested" for a part renamed whose old heading stands on,
empty, above the new sub-heading holding its text), old_part and new_part (the parts' titles as each year heads them, several
joined with "; "), parts (a phrase: '"A" is now "B"', '"A" and "B" merged into "C"', '"A" split into "B" and
"C"', '"A"' for a part dropped or added; a part renamed to a heading with no text of its own says what became
of its text: '"A" is now "B": reduced to a cross reference (see section 6); 8 of its 13 sentences moved to "C"';
re-nested: '"A" goes on under a new sub-heading "B" (its own heading kept, with no text)').
Scope: the rule's `sections` (default: all parts). One finding per part changed. With every rule run
(tipdiff.engine.fold_into_parts), a part dropped or added takes the notes of the bodies, places and laws that
went or came with it: "Part dropped: “Trafficking profile” (it named Bangladesh, Burma, ... and 12 more)".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tipdiff.parts import KINDS, PartChange, part_changes
from tipdiff.ruletypes.base import Context, Hit
from tipdiff.wording import join_and

if TYPE_CHECKING:
    from tipdiff.rules_loader import Rule  # only a type: the loader imports the rule types

TYPE = "part_change"
OPTIONS = {"type": "object", "additionalProperties": False, "required": ["changes"],
           "properties": {"changes": {"type": "array", "minItems": 1, "uniqueItems": True,
                                      "items": {"enum": list(KINDS)}}}}
PLACEHOLDERS = ("change", "fate", "old_part", "new_part", "parts")


def _quoted(titles: tuple[str, ...]) -> str:
    return join_and([f"\u201c{t}\u201d" for t in titles])


def phrase(change: PartChange) -> str:
    """How a finding says a part's fate, with the parts' titles quoted."""
    if change.kind == "renamed" and change.renested:
        return f"{_quoted(change.old)} goes on under a new sub-heading {_quoted(change.new)} (its own heading kept, " \
               "with no text)"
    if change.kind == "renamed":
        return f"{_quoted(change.old)} is now {_quoted(change.new)}" + (f": {change.note}" if change.note else "")
    if change.kind == "merged":
        return f"{_quoted(change.old)} merged into {_quoted(change.new)}"
    if change.kind == "split":
        return f"{_quoted(change.old)} split into {_quoted(change.new)}"
    return _quoted(change.old or change.new)


def check(rule: Rule, context: Context) -> list[Hit]:
    wanted = set(rule.options["changes"])
    hits = []
    for change in part_changes(context.comparison):
        if change.kind not in wanted or (rule.sections and change.section not in rule.sections):
            continue
        hits.append(Hit(change.section, "; ".join(change.old) or None, "; ".join(change.new) or None,
                        f"{change.kind}:{'|'.join(change.old)}>{'|'.join(change.new)}",
                        {"change": change.kind, "fate": "re-nested" if change.renested else change.kind,
                         "old_part": "; ".join(change.old), "new_part": "; ".join(change.new),
                         "parts": phrase(change)}))
    return hits
