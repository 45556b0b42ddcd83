"""The figures of an edited sentence that changed: the same quantity stated with another value ("detained 45
protesters" -> "detained 60 protesters"), read by the rule sentence/figures-changed and the digest's "figures
changed" count (tipdiff.facts.semantic).

A sentence's figures are its quantities (tipdiff.facts.quantities) less the numbers that are no figure: a tier's
number, a day of a month, a time of day ("9:00 p.m."), an ordinal ("the 10th report"), a school grade ("grades
one and two"), a conversion into dollars in a parenthesis after an amount ("EGP 50,000 ($2,015)"), a reference to a section or an article, last year's value in its parenthesis or after
words of comparison ("compared with 28 strikes", "up from 28"), and
"one" as a pronoun or with "no", "any", "every", "the", "this", "that", "each" before it ("no one", "the one
who"; "one of" is never read as a number).

Two figures are the same quantity when they have the same unit and the same counted thing: the words right
after the figure (`counted`: up to three words before a function word or a punctuation mark, leading function
words skipped, a plural made singular: "94 cases of" -> {case}; "54 percent of the labor force" -> {labor,
force}) share at least half of the fewer words either has; two counts with nothing counted after either
(and not hyphened to a word: "a 12-month period"), when the words before them do (the same test on up to two
words before each, function words skipped: "a capacity of 30,000." -> {capacity}); a
sum of money or a percentage with nothing counted after it is the same quantity as another of its unit.
Pairing, in turn: the same value of the same quantity on both sides, or with nothing counted after one of them
(kept), then the same quantity with another value (changed; the most words in common first, then in order), then the same
value of another quantity (restated, not a change). A figure the new sentence no longer states, or one it
states for the first time, is no change: a rewritten sentence drops and adds figures all the time ("one
paramilitary ranger was killed" -> "a military officer was injured").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tipdiff.facts.figures import PRIOR
from tipdiff.facts.quantities import Quantity, find_quantities
from tipdiff.facts.vocabulary import Vocabulary
from tipdiff.model import Change

# Numbers that are no figure, by the word right before them: a tier's number ("Tier 2 Watch List"), a day of a
# month ("On May 4"), a reference to a part of the report or of a law ("see section 1.e.", "Article 12").
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_NOT_FIGURE_BEFORE = re.compile(rf"(?:\b(?i:tier|sections?|articles?|paragraphs?|chapters?|clauses?)|\b{_MONTHS}"
                                rf"|\b(?i:no\.)|\b(?i:grades?)(?:\s+\w+\s+(?i:and|or|to|through))?)\s*$")
# A conversion: a parenthesis of dollars right after an amount in another currency ("5,000 and 20,000 Egyptian
# pounds (EGP) ($201-$806)", "EGP 50,000 ($2,015)"): it moves with the exchange rate, not with the report.
_CONVERSION = re.compile(r"\d(?:[\d,.]*\d)?(?:\s+(?:thousand|million|billion))?(?:\s+[A-Za-z]+){0,3}"
                         r"(?:\s*\([A-Z]{2,4}\))?\s*\((?=\s*(?:US)?\$)[^()]*\)")
_DATE_AFTER = re.compile(rf"\s*{_MONTHS}\b")  # "4 May"
_TIME_OR_ORDINAL = re.compile(r":\d\d\b|(?:st|nd|rd|th)\b")  # "9:00 p.m.", "10th"
# "one" as a pronoun or after a determiner: "no one", "any one of", "the one who", "every one"
_ONE_PRONOUN_BEFORE = re.compile(r"\b(?i:no|any|every|each|the|this|that|which|someone|anyone)\s*$")
_ONE_PRONOUN_AFTER = re.compile(r"\s*(?i:another|such|who|which|that)\b")
# function words: never the counted thing, and where its words end
_FUNCTION = frozenset("""a an the of in on at to for from by with and or but nor as than that which who whom whose this
these those its it their his her our your they he she we you i was were is are be been being had has have did do does
may might must can could would should will shall not no per each every about approximately around nearly almost over
under more less fewer least most some all also since during after before between into out up down including while
when where there here such only just more than least at least respectively""".split())
_WORD = re.compile(r"\s+([A-Za-z][\w'’-]*)")
_PART_OF = re.compile(r"\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?\d[\d,.]*\b")


# Last year's values stated after words of comparison, to the clause's end: "..., compared with 28 strikes
# involving 4,617 workers", "received 68 cases, up from 28": no figure of this year.
_COMPARED = re.compile(r"\b(?:compared (?:with|to)|(?:up|down|an? (?:increase|decrease|rise|drop|fall)) from|versus)\s"
                       r".*?(?=[;.](?:\s|$)|,\s(?:and|but|while|whereas|which)\b|$)", re.IGNORECASE)


def sentence_figures(text: str, vocabulary: Vocabulary) -> list[Quantity]:
    """The quantities of a sentence that are figures (see the module docstring), in order."""
    priors = [(m.start(), m.end()) for pattern in (PRIOR, _COMPARED) for m in pattern.finditer(text)]
    priors += [(m.end() - len(m.group(0).rsplit("(", 1)[1]) - 1, m.end()) for m in _CONVERSION.finditer(text)]
    out = []
    for q in find_quantities(text, vocabulary.currencies):
        before = text[:q.start]
        if _NOT_FIGURE_BEFORE.search(before) or (q.unit == "" and _DATE_AFTER.match(text, q.end)):
            continue
        if _TIME_OR_ORDINAL.match(text, q.end) or (q.start and text[q.start - 1] == ":" and before[-2:-1].isdigit()):
            continue  # "9:00 p.m.", "the 10th report"
        if any(start <= q.start < end for start, end in priors):
            continue
        if q.text.lower() == "one" and (_ONE_PRONOUN_BEFORE.search(before) or _ONE_PRONOUN_AFTER.match(text, q.end)):
            continue
        out.append(q)
    return out


def _singular(word: str) -> str:
    """A plural's ending dropped, roughly: 'injuries' -> 'injury', 'cases' -> 'case'; 'press' stays."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _content_words(raw: Iterator[str], most: int) -> frozenset[str]:
    """Up to `most` of the words `raw` gives, leading function words skipped, to the next function word;
    lower-cased, a possessive dropped, a plural made singular (`_singular`)."""
    out: list[str] = []
    for found in raw:
        word = found.lower().replace("’", "'").removesuffix("'s")
        if word in _FUNCTION:
            if out:
                break
            continue
        out.append(_singular(word))
        if len(out) == most:
            break
    return frozenset(out)


def _words_after(text: str, at: int) -> Iterator[str]:
    while (match := _WORD.match(text, at)) is not None:
        yield match.group(1)
        at = match.end()


def _words_before(text: str, end: int) -> Iterator[str]:
    while (match := _WORD_BEFORE.search(text, 0, end)) is not None:
        yield match.group(1)
        end = match.start()


def counted(text: str, quantity: Quantity) -> frozenset[str]:
    """What a figure counts: up to three words right after it, to the next function word or punctuation mark
    (`_content_words`). A part of another count counts what that one counts ("16 of the 26 cases" -> {case})."""
    part = _PART_OF.match(text, quantity.end)  # "16 of the 26 cases"
    return _content_words(_words_after(text, part.end() if part else quantity.end), 3)


_HYPHENED = re.compile(r"-[A-Za-z]")  # "a 12-month period", "a 15-year-old girl": a measure, not a count
_NEXT_IS_WORD = re.compile(r"\s+[A-Za-z]")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)\s*$")


def named_before(text: str, quantity: Quantity, counts: frozenset[str]) -> frozenset[str]:
    """What a count with nothing counted after it (`counts`, its `counted`) names by the words before it: up to
    two, function words skipped ("a capacity of 30,000." -> {capacity}); empty for any other figure (something
    counted after it, money, a percentage, a number hyphened to a word)."""
    if quantity.unit or counts or _NEXT_IS_WORD.match(text, quantity.end) or _HYPHENED.match(text, quantity.end):
        return frozenset()
    return _content_words(_words_before(text, quantity.start), 2)


@dataclass(frozen=True)
class _Figure:
    index: int
    quantity: Quantity
    counts: frozenset[str]
    before: frozenset[str] = frozenset()  # with nothing counted after it, the words before it name it


def _same_quantity(a: _Figure, b: _Figure) -> int:
    """How much says two figures are one quantity: the words they count in common, when those are at least half
    of the fewer words either counts ("eight land rights activists" and "one local human rights group" share
    only "rights": not one quantity); 1 for money or a percentage with nothing counted on a side; else 0."""
    if a.quantity.unit != b.quantity.unit:
        return 0
    shared = len(a.counts & b.counts)
    if shared and 2 * shared >= min(len(a.counts), len(b.counts)):
        return shared
    named = len(a.before & b.before)  # nothing counted after either: the words before them ("a capacity of")
    if named and 2 * named >= min(len(a.before), len(b.before)):
        return named
    return 1 if a.quantity.unit and not (a.counts and b.counts) else 0


def _kept(a: _Figure, b: _Figure) -> int:
    """Whether two figures of one value and unit are the same figure kept: one quantity, or nothing counted after
    one of them ("154 per 100,000" and "154 deaths per 100,000")."""
    if (a.quantity.amount, a.quantity.unit) != (b.quantity.amount, b.quantity.unit):
        return 0
    return 1 + _same_quantity(a, b) if _same_quantity(a, b) or not (a.counts and b.counts) else 0


def _pair(olds: list[_Figure], news: list[_Figure], fits: Callable[[_Figure, _Figure], int]) -> list[tuple[_Figure, _Figure]]:
    """Greedy one-to-one pairs of the figures `fits` scores above 0: the highest score first, then in order."""
    scored = sorted(((-fits(a, b), a.index, b.index, a, b) for a in olds for b in news if fits(a, b) > 0),
                    key=lambda t: t[:3])
    pairs, used_old, used_new = [], set(), set()
    for _, i, j, a, b in scored:
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((a, b))
    return pairs


def _figures(text: str, vocabulary: Vocabulary) -> list[_Figure]:
    out = []
    for index, quantity in enumerate(sentence_figures(text, vocabulary)):
        counts = counted(text, quantity)
        out.append(_Figure(index, quantity, counts, named_before(text, quantity, counts)))
    return out


def changed_figures(change: Change, vocabulary: Vocabulary) -> tuple[list[str], list[str]] | None:
    """For an edited sentence that states a quantity with another value: the old and the new figures of those
    quantities (as written, in sentence order); None for any other change (see the module docstring)."""
    if change.kind != "edited" or change.old is None or change.new is None:
        return None
    olds, news = _figures(change.old.text, vocabulary), _figures(change.new.text, vocabulary)

    def value(a: _Figure, b: _Figure) -> bool:
        return (a.quantity.amount, a.quantity.unit) == (b.quantity.amount, b.quantity.unit)

    kept = _pair(olds, news, _kept)
    olds = [f for f in olds if all(f is not a for a, _ in kept)]
    news = [f for f in news if all(f is not b for _, b in kept)]
    changed = _pair(olds, news, lambda a, b: 0 if value(a, b) else _same_quantity(a, b))
    if not changed:
        return None
    # a figure of a quantity that changed is shown, with every other figure of that quantity still unpaired
    # ("seven districts" -> "four districts ... nine districts")
    rest_old = [f for f in olds if all(f is not a for a, _ in changed) and not any(value(f, b) for b in news)]
    rest_new = [f for f in news if all(f is not b for _, b in changed) and not any(value(a, f) for a in olds)]
    shown_old = {a.index for a, _ in changed} | {f.index for f in rest_old
                                                if any(_same_quantity(f, b) for _, b in changed)}
    shown_new = {b.index for _, b in changed} | {f.index for f in rest_new
                                                if any(_same_quantity(a, f) for a, _ in changed)}
    return ([f.quantity.text for f in olds if f.index in shown_old],
            [f.quantity.text for f in news if f.index in shown_new])
