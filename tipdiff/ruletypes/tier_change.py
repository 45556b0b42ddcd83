"""tier_change: the tier moved between the two years.

Options:
  direction: down | up | any (default any). Tiers are ranked as the report profile lists them (`tiers:`; for the
  TIP Report Tier 1, Tier 2, Tier 2 Watch List, Tier 3); a move to or from an unranked placement (`other_tiers:`,
  Special Case) counts as a change with no direction.
Placeholders: direction ("downgraded" / "upgraded" / "moved"), steps (how many tiers), move_words ("downgraded
one tier, from Tier 2 Watch List to Tier 3": tipdiff.wording.tier_move), move_sentence.
Fires once, in the part where the tier is stated (the profile's `summary` role), quoting for each year the
sentence of the move to that year's tier (tipdiff.facts.status: never a move to another tier or of a past year),
else the title or clause that states the tier; never one sentence both years share.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tipdiff.ruletypes.base import Context, Hit
from tipdiff.wording import tier_move

if TYPE_CHECKING:
    from tipdiff.rules_loader import Rule  # only a type: the loader imports the rule types

TYPE = "tier_change"
OPTIONS = {"type": "object", "additionalProperties": False,
           "properties": {"direction": {"enum": ["down", "up", "any"]}}}
PLACEHOLDERS = ("direction", "steps", "move_words", "move_sentence")


def check(rule: Rule, context: Context) -> list[Hit]:
    old, new = context.old.tier, context.new.tier
    if old is None or new is None or old.value == new.value:
        return []
    profile = context.comparison.profile
    direction = profile.tier_move(old.value, new.value) or "moved"
    steps = profile.tier_steps(old.value, new.value) or 0
    wanted = rule.options.get("direction", "any")
    if (wanted == "down" and steps <= 0) or (wanted == "up" and steps >= 0):
        return []
    move = context.new.move.sentence if context.new.move else new.sentence
    old_quote = context.old.move.sentence if context.old.move else old.sentence
    if old_quote == move:  # a sentence both years share states no change: quote where each states its tier
        old_quote, move = old.sentence, new.sentence
    return [Hit(new.section, old_quote, move, subject="tier",
                values={"direction": direction, "steps": abs(steps), "move_sentence": move,
                        "move_words": tier_move(old.value, new.value, profile.tier_steps(old.value, new.value)),
                        "old": old.value, "new": new.value})]
