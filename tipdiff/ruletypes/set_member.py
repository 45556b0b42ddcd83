"""set_member: a member of a set-valued fact was added or removed between the years.

Options:
  fact: designations | actors   (required)
        designations: state_sponsor (a government "policy or pattern" of trafficking), child_soldiers (the
        Child Soldiers Prevention Act list). actors: bodies, people, places and laws named in the text; an
        acronym and its long form, and names in the alias table, count as one. An actor counts as named in a
        year when that year's whole text names it in any of these forms, wherever it stands (a country in a
        list, a person without a role): "newly named" means absent from all of the old text.
  change: added | removed | respelled   (required)
        respelled (actors): a person named in one year only under another spelling of a name named in the other
        year only ("Luis Inácio Lula da Silva" / "Luiz Inácio Lula da Silva"; tipdiff.facts.variants); such a
        pair is never added nor removed, whatever the rule.
  kinds: for actors, which kinds count: any of person, body, place, law (default all).
Placeholders: member (the name), kind; was (respelled: the old year's spelling).
One finding per member, in the part where it is (or was) named, quoting that sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tipdiff.facts.actors import folded_report, mentioned
from tipdiff.facts.base import Actor
from tipdiff.facts.variants import respelled
from tipdiff.ruletypes.base import Context, Hit

if TYPE_CHECKING:
    from tipdiff.rules_loader import Rule  # only a type: the loader imports the rule types

TYPE = "set_member"
OPTIONS = {"type": "object", "additionalProperties": False, "required": ["fact", "change"],
           "properties": {"fact": {"enum": ["designations", "actors"]},
                          "change": {"enum": ["added", "removed", "respelled"]},
                          "kinds": {"type": "array", "items": {"enum": ["person", "body", "place", "law"]},
                                    "minItems": 1, "uniqueItems": True}}}
PLACEHOLDERS = ("member", "kind", "was")
DESIGNATION_NAMES = {"state_sponsor": "state sponsor of trafficking (government policy or pattern)",
                     "child_soldiers": "Child Soldiers Prevention Act list"}


def check(rule: Rule, context: Context) -> list[Hit]:
    fact, change = rule.options["fact"], rule.options["change"]
    old, new = getattr(context.old, fact), getattr(context.new, fact)
    pairs = respelled(old, new) if fact == "actors" else []
    if change == "respelled":
        return _respelled(rule, context, pairs)
    paired = {(o if change == "removed" else n).key for o, n in pairs}  # one person, spelled another way
    source, other = (new, old) if change == "added" else (old, new)
    kinds = set(rule.options.get("kinds", ("person", "body", "place", "law")))
    other_report = context.comparison.old if change == "added" else context.comparison.new
    other_text: str | None = None
    hits = []
    for key in sorted(set(source) - set(other)):
        item = source[key]
        kind = getattr(item, "kind", "designation")
        if fact == "actors" and (kind not in kinds or key in paired):
            continue
        if isinstance(item, Actor):  # named in the other year's text, read there as an actor or not
            other_text = folded_report(other_report) if other_text is None else other_text
            if mentioned(item, other_text):
                continue
        if rule.sections and item.section not in rule.sections:
            continue
        name = DESIGNATION_NAMES.get(key, key) if fact == "designations" else item.name
        quote = item.sentence
        hits.append(Hit(item.section, None if change == "added" else quote, quote if change == "added" else None,
                        subject=key, values={"member": name, "kind": kind}))
    return hits


def _respelled(rule: Rule, context: Context, pairs: list[tuple[Actor, Actor]]) -> list[Hit]:
    """One hit per person spelled two ways (`respelled`), in the part of the new year that names them, quoting
    both years' sentences; none when the new text still writes the old spelling too."""
    if "person" not in rule.options.get("kinds", ("person",)):
        return []
    new_text = folded_report(context.comparison.new)
    return [Hit(n.section, o.sentence, n.sentence, subject=n.key, values={"member": n.name, "kind": n.kind,
                                                                           "was": o.name})
            for o, n in pairs if not mentioned(o, new_text) and (not rule.sections or n.section in rule.sections)]
