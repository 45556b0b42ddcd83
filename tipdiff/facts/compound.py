"""Compound figures: one parenthesis of last year's values for two counts of its clause, in the same order.

"delivered 234 trainings to 6,321 officers (66 trainings to 1,577 officers in 2017)" states two figures:
trainings 234 (66 in 2017) and officials trained 6,321 (1,577 in 2017). The parenthesis holds as many values
before its naming of last year as the clause's last counts, and each value names what it counts as its count
does ("trainings", "officers"), or names nothing. Each count's kind is the one its own words govern
(tipdiff.facts.governed: the officers the trainings reached are officials trained); two counts of one kind
("convicted 10 and 12 traffickers (7 and 9 in 2017)") are no compound, and are read as one figure.
"""

from __future__ import annotations

import re

from tipdiff.facts.governed import Governed, governed, noun_phrase
from tipdiff.facts.quantities import Quantity, find_quantities
from tipdiff.facts.vocabulary import Vocabulary

_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+-)?(?P<noun>[A-Za-z]+)")
_NO_NOUN = {"and", "or", "to", "in", "for", "of", "respectively", "the", "a", "an"}
_PHRASE_WORDS = 5  # how far into a count's noun phrase the noun its prior names may stand ("law enforcement officers")


def _named(head: str, prior: Quantity) -> str | None:
    """The noun a prior-year value names ('66 trainings' -> 'train'; five letters, folded), or None."""
    match = _NOUN_AFTER.match(head, prior.end)
    noun = match.group("noun") if match else ""
    return noun.casefold()[:5] if noun and noun.lower() not in _NO_NOUN else None


def compound_figures(blanked: str, start: int, end: int, head: str,
                     vocabulary: Vocabulary) -> list[tuple[Governed, Quantity]]:
    """The (count, last year's value) pairs of a compound parenthesis, or [] when it annotates one count.

    `blanked`: the sentence with parentheses blanked (positions kept); `start`, `end`: the clause before the
    parenthesis; `head`: the parenthesis's text before it names last year ("66 trainings to 1,577 officers").
    """
    priors = find_quantities(head, vocabulary.currencies)
    if len(priors) < 2:
        return []
    counts = [q for q in find_quantities(blanked[:end], vocabulary.currencies) if q.start >= start]
    if len(counts) < len(priors):
        return []
    out: list[tuple[Governed, Quantity]] = []
    for count, prior in zip(counts[-len(priors):], priors, strict=True):
        how = governed(blanked, count, vocabulary)
        named = _named(head, prior)
        phrase = [w.casefold()[:5] for w in noun_phrase(blanked, count).split()[:_PHRASE_WORDS]]
        if how is None or count.unit != prior.unit or (named is not None and named not in phrase):
            return []
        out.append((how, prior))
    return out if len({how.kind.key for how, _ in out}) == len(out) else []
