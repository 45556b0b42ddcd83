"""What changed in substance between two years of one country, for ranking a whole report's countries.

Between two Human Rights Reports about 85% of every country's sentences change, so the share of changed
sentences does not tell countries apart. These counts do: parts renamed, merged, split, dropped or added
(tipdiff.parts: a part whose sentences went elsewhere is not dropped), people newly named or no longer named (named after a role or in apposition to one, see
tipdiff.facts.actors; a name counts as new only when the other year's text never writes it), edited sentences
that state a quantity with another value (tipdiff.facts.edited_figures), tier moves, and the findings the rules
raised at warning or error (TIP series). `score` weighs them into one number; the digest ranks by it.
"""

from __future__ import annotations

from dataclasses import dataclass

from tipdiff.facts.edited_figures import changed_figures
from tipdiff.facts.edited_figures import sentence_figures as _figures
from tipdiff.facts.persons import persons
from tipdiff.facts.vocabulary import Vocabulary
from tipdiff.model import Comparison
from tipdiff.parts import part_changes

__all__ = ["KINDS", "WEIGHTS", "Substance", "_figures", "changed_figures", "score", "semantic_counts", "substance"]
KINDS = ("parts renamed", "parts merged", "parts split", "parts dropped", "parts added", "people named", "people dropped", "figures changed",
         "tier moved", "serious findings")
# How much each kind weighs in the score: a tier move and a newly named person matter most to a reader.
WEIGHTS = {"parts renamed": 2, "parts merged": 2, "parts split": 2, "parts dropped": 3, "parts added": 2, "people named": 3, "people dropped": 2,
           "figures changed": 1, "tier moved": 10, "serious findings": 2}


def _people(texts: list[str], other: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The persons named in `texts` that `other` never writes, once each, in the order they are first named."""
    return tuple(dict.fromkeys(name for text in texts for name, _ in persons(text, vocabulary) if name not in other))


@dataclass(frozen=True)
class Substance:
    """What changed in substance in one comparison: the counts of KINDS, and the people newly named and no longer
    named, each once, in the order the report names them first (its parts in order)."""

    counts: dict[str, int]
    people_named: tuple[str, ...]
    people_dropped: tuple[str, ...]


def semantic_counts(comparison: Comparison, vocabulary: Vocabulary) -> dict[str, int]:
    """The counts of KINDS for one comparison (rules run or not)."""
    return substance(comparison, vocabulary).counts


def substance(comparison: Comparison, vocabulary: Vocabulary) -> Substance:
    """The counts of KINDS and the people named and dropped, for one comparison (rules run or not)."""
    counts = dict.fromkeys(KINDS, 0)
    new_changed: list[str] = []
    old_changed: list[str] = []
    for part in part_changes(comparison):
        counts[f"parts {part.kind}"] += 1
    for section in comparison.sections:
        for change in section.changes:
            if change.new is not None and change.kind in ("added", "edited"):
                new_changed.append(change.new.text)
            if change.old is not None and change.kind in ("removed", "edited"):
                old_changed.append(change.old.text)
            if changed_figures(change, vocabulary) is not None:
                counts["figures changed"] += 1
    old_text = "\n".join(unit.text for unit in comparison.old.units)
    new_text = "\n".join(unit.text for unit in comparison.new.units)
    named, dropped = _people(new_changed, old_text, vocabulary), _people(old_changed, new_text, vocabulary)
    counts["people named"], counts["people dropped"] = len(named), len(dropped)
    counts["tier moved"] = int(comparison.profile.tier_move(comparison.old.tier, comparison.new.tier) is not None)
    counts["serious findings"] = sum(1 for f in comparison.findings if f.severity in ("error", "warning"))
    return Substance(counts, named, dropped)


def score(counts: dict[str, int]) -> int:
    """The weighted sum of the counts (WEIGHTS)."""
    return sum(WEIGHTS.get(kind, 0) * value for kind, value in counts.items())
