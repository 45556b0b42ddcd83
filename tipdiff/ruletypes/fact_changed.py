"""fact_changed: a one-valued fact differs between the years (appeared, disappeared or changed).

Options:
  fact: formula | move | waiver | automatic_downgrade | increasing_efforts | streak | verdict   (required)
        `streak` is the consecutive years at the same tier the report states ("remained on Tier 2 Watch List
        for the second consecutive year" -> "2"); it is never a tier move.
        `verdict` is each part's effort verdict ("decreased protection efforts"): the rule's `sections`
        choose the parts (default: the profile's `verdicts` role; for the TIP Report prosecution, protection, prevention).
  change: any | appeared | disappeared | changed | degree, or a list of them (default any). `degree` is a
        verdict that changed only in its adverb ("decreased" -> "slightly decreased", tipdiff.verdicts): at most
        a change of degree, never a verdict dropped or a new one.
  direction: any | better | worse (default any), for fact: formula. better: a change to a formula higher in
        tipdiff.facts.status.FORMULA_ORDER ("not making significant efforts" -> "making significant efforts");
        worse: every other change (to a lower formula, or a formula that appeared or is gone).
Placeholders: fact, change ("appeared" / "disappeared" / "changed"), statement (the change as a sentence a
newsletter can paste: "Prosecution efforts decreased, after being maintained at an insufficient level";
tipdiff.wording.fact_statement).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tipdiff.facts.status import FORMULA_ORDER
from tipdiff.ruletypes.base import Context, Hit
from tipdiff.verdicts import degree_only
from tipdiff.wording import fact_statement

if TYPE_CHECKING:
    from tipdiff.rules_loader import Rule  # only a type: the loader imports the rule types

TYPE = "fact_changed"
FACTS = ("formula", "move", "waiver", "automatic_downgrade", "increasing_efforts", "streak", "verdict")
OPTIONS = {"type": "object", "additionalProperties": False, "required": ["fact"],
           "properties": {"fact": {"enum": list(FACTS)},
                          "change": {"anyOf": [
                              {"enum": ["any", "appeared", "disappeared", "changed", "degree"]},
                              {"type": "array", "minItems": 1, "uniqueItems": True,
                               "items": {"enum": ["appeared", "disappeared", "changed", "degree"]}}]},
                          "direction": {"enum": ["any", "better", "worse"]}}}
PLACEHOLDERS = ("fact", "change", "statement")


def _better(old: str | None, new: str | None) -> bool:
    """A formula changed to one higher in FORMULA_ORDER (a value outside the order is never better)."""
    return old in FORMULA_ORDER and new in FORMULA_ORDER and \
        FORMULA_ORDER.index(new) < FORMULA_ORDER.index(old)


def check(rule: Rule, context: Context) -> list[Hit]:
    fact = rule.options["fact"]
    parts = rule.sections or context.comparison.profile.role("verdicts")
    names = [f"verdict:{s}" for s in parts] if fact == "verdict" else [fact]
    wanted = rule.options.get("change", "any")
    hits = []
    for name in names:
        old, new = context.old.scalar(name), context.new.scalar(name)
        if old is None and new is None or (old and new and old.value == new.value):
            continue
        change = "appeared" if old is None else "disappeared" if new is None else \
            "degree" if fact == "verdict" and degree_only(old.value, new.value) else "changed"
        if wanted != "any" and change not in ([wanted] if isinstance(wanted, str) else wanted):
            continue
        direction = rule.options.get("direction", "any")
        if direction != "any" and (direction == "better") != _better(old.value if old else None,
                                                                     new.value if new else None):
            continue
        section = new.section if new else old.section if old else ""
        hits.append(Hit(section, old.sentence if old else None, new.sentence if new else None, subject=name,
                        values={"fact": name.replace("verdict:", "") if fact == "verdict" else fact.replace("_", " "),
                                "change": change, "old": old.value if old else "none", "new": new.value if new else "none",
                                "statement": fact_statement(name, old.value if old else None, new.value if new else None)}))
    return hits
