"""What changed in substance between two years of one country, for ranking a whole report's countries.

Between two Human Rights Reports about 85% of every country's sentences change, so the share of changed
sentences does not tell countries apart. These counts do: parts renamed, merged, split, dropped or added
(tipdiff.parts: a part whose sentences went elsewhere is not dropped), people newly named or no longer named (named after a role or in apposition to one, see
tipdiff.facts.actors; a name counts as new only when the other year's text never writes it), edited sentences
whose figures changed (their quantities differ, tipdiff.facts.quantities), tier moves, and the findings the rules
raised at warning or error (TIP series). `score` weighs them into one number; the digest ranks by it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from tipdiff.facts.actors import persons
from tipdiff.facts.figures import PRIOR
from tipdiff.facts.quantities import Quantity, find_quantities
from tipdiff.facts.vocabulary import Vocabulary
from tipdiff.model import Change, Comparison
from tipdiff.parts import part_changes

KINDS = ("parts renamed", "parts merged", "parts split", "parts dropped", "parts added", "people named", "people dropped", "figures changed",
         "tier moved", "serious findings")
# How much each kind weighs in the score: a tier move and a newly named person matter most to a reader.
WEIGHTS = {"parts renamed": 2, "parts merged": 2, "parts split": 2, "parts dropped": 3, "parts added": 2, "people named": 3, "people dropped": 2,
           "figures changed": 1, "tier moved": 10, "serious findings": 2}


def _people(texts: list[str], other: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The persons named in `texts` that `other` never writes, once each, in the order they are first named."""
    return tuple(dict.fromkeys(name for text in texts for name, _ in persons(text, vocabulary) if name not in other))


# Numbers that are no figure, by the word right before them: a tier's number ("Tier 2 Watch List"), a day of a
# month ("On May 4"), a reference to a part of the report or of a law ("see section 1.e.", "Article 12").
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_NOT_FIGURE_BEFORE = re.compile(rf"(?:\b(?i:tier|sections?|articles?|paragraphs?|chapters?|clauses?)|\b{_MONTHS}"
                                rf"|\b(?i:no\.))\s*$")
_DATE_AFTER = re.compile(rf"\s*{_MONTHS}\b")  # "4 May"


def _figures(text: str, vocabulary: Vocabulary) -> list[Quantity]:
    """The quantities of a sentence that are figures: not a tier's number, a date's day or a reference
    (`_NOT_FIGURE_BEFORE`, "4 May"), nor last year's value in a parenthesis ("(77 in 2020)", compared by the
    figure rules, never as this year's figure)."""
    priors = [(m.start(), m.end()) for m in PRIOR.finditer(text)]
    return [q for q in find_quantities(text, vocabulary.currencies)
            if not _NOT_FIGURE_BEFORE.search(text[:q.start])
            and not (q.unit == "" and _DATE_AFTER.match(text, q.end))
            and not any(start <= q.start < end for start, end in priors)]


def changed_figures(change: Change, vocabulary: Vocabulary) -> tuple[list[str], list[str]] | None:
    """For an edited sentence whose figures changed: the figures only the old side writes and those only the new
    side writes (as written, in order); None for any other change. Figures are compared by amount and unit, so
    "$1.4 million" and "$1,400,000" are one figure."""
    if change.kind != "edited" or change.old is None or change.new is None:
        return None
    old = _figures(change.old.text, vocabulary)
    new = _figures(change.new.text, vocabulary)
    old_keys, new_keys = Counter((q.amount, q.unit) for q in old), Counter((q.amount, q.unit) for q in new)
    if old_keys == new_keys:
        return None
    only_old, only_new = old_keys - new_keys, new_keys - old_keys

    def written(quantities: list[Quantity], only: Counter[tuple[float, str]]) -> list[str]:
        out = []
        for q in quantities:
            if only[(q.amount, q.unit)] > 0:
                only[(q.amount, q.unit)] -= 1
                out.append(q.text)
        return out

    return written(old, only_old), written(new, only_new)


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
