"""Which figure a number is, from the words that govern it in its clause (tipdiff.facts.figures uses this).

"Courts convicted 10 traffickers": the verb right before the count ("convicted") makes it convictions;
"the repatriation of 222 Cambodians identified by foreign governments": the noun right before it ("repatriation
of") makes it victims repatriated, and wins over a participle after it ("identified"); "which resulted in 241
convictions", "72 investigations": with no such word before, the counted noun after it decides. A kind with
`objects` in the vocabulary (investigations of complicit officials) is read only when the counted noun phrase
holds one of them ("investigated 72 officials for complicity"). A count is a `subset` when its noun phrase
restricts it to one form of trafficking ("72 investigations involving cases of forced labor"), so the whole
figure of that kind ranks before it; an `anecdote` is a count told of one case ("in one case, a court
convicted two officials"), ranked after the part's own figures. A count of people after "to" or "for" that
follows a count of events in its clause is the kind the events reach ("234 trainings to 6,321 officers":
officials trained; the vocabulary's `reaches`). Fillers between the word and the number
("approximately", "a total of", "at least") are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tipdiff.facts.quantities import Quantity
from tipdiff.facts.vocabulary import FigureKind, Vocabulary

# Words that may stand between the governing word and the number: "convicted a total of 12", "screened
# approximately 70,225", "identified at least 45".
_FILLER = re.compile(r"(?:\s+(?:approximately|about|around|roughly|some|nearly|almost|over|only|just|an?|the|"
                     r"total|at least|at most|more than|fewer than|less than|up to|an estimated|estimated|another|"
                     r"an additional|additional|of))+\s*$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z][\w-]*)\s*$")
_NOUN_AFTER = re.compile(r"\s*(?P<phrase>(?:[\w“”\"'’-]+\s+){0,7}[\w“”\"'’-]+)")
# The counted noun phrase stops at a clause's edge.
_PHRASE_END = re.compile(r"[,;:()]|\.(?:\s|$)|\b(?:while|whereas|but|which|who|compared|including)\b", re.IGNORECASE)
# A count of time, money or share is never a count of people or cases.
_NOT_COUNTED = re.compile(r"(?:years?|months?|weeks?|days?|hours?|times|percent|per cent|%|of (?:them|these|those|"
                          r"whom|which))\b", re.IGNORECASE)
# A count stated alone needs what it counts right after it: a word that is no preposition or article
# ("convicted 10 traffickers", not "repatriated 200 to 300 detainees"), or the kind's own plural noun
# ("opened 12 investigations", not "23 training centers").
_COUNTED_HEAD = re.compile(r"(?!(?:to|in|of|from|at|on|per|for|by|with|and|or|a|an|the|than|each|more|percent)\b)"
                           r"[A-Za-z“\"']", re.IGNORECASE)
# "four times": a count of occasions, a figure only of a kind whose units include them (meetings held)
_OCCASIONS = re.compile(r"times\b", re.IGNORECASE)
_PLURAL_HEAD = re.compile(r"[A-Za-z-]+s\b", re.IGNORECASE)
_RELATIVE = re.compile(r"(?:more|fewer|less|higher|lower|greater|smaller|increase|decrease|rise|drop|fall)\b",
                       re.IGNORECASE)
_FORMS = (re.compile(r"\bforced labou?r|\blabou?r trafficking|\bnon-sexual\b", re.IGNORECASE),
          re.compile(r"\bsex(?:ual)?\b", re.IGNORECASE))
_ANECDOTE = re.compile(r"\b(?:in (?:one|another|a separate|a|the same|a second|a third) (?:case|instance|incident|"
                       r"example)|for (?:example|instance)|(?:a|one|another) (?:court|judge|provincial court|district "
                       r"court|municipal court) (?!cases?\b))", re.IGNORECASE)


# What the reports' figures count when a kind's word stands elsewhere in the clause ("the shelters, which assist
# survivors, housed 50 victims"): people and cases. Another counted noun ("issued 183 warnings") is no figure.
_PEOPLE_OR_CASES = re.compile(r"(?:victims|survivors|traffickers|suspects|defendants|perpetrators|offenders|people|"
                              r"persons|individuals|children|minors|girls|boys|women|men|adults|workers|migrants|returnees|deportees|"
                              r"officials|officers|nationals|citizens|foreigners|cases|complaints|judges|prosecutors|"
                              r"inspectors|investigators|police|staff|personnel|participants|trainees|students|"
                              r"teachers|soldiers|employees|refugees)$", re.IGNORECASE)


# "234 trainings on investigation to 6,321 officers": a count of events, then the people they reached, after
# "to" or "for" in the same clause (the events' kind `reaches` the people's kind: tipdiff/data/facts.yaml).
_REACHING = re.compile(r"\d[\d,]*\s+(?P<noun>[A-Za-z-]+)(?:\s+[^\s,;:()]+){0,6}?\s+(?:to|for)$")


def _reached(text: str, quantity: Quantity, phrase: str, kinds: list[FigureKind]) -> FigureKind | None:
    """The kind of a count of people reached by events counted just before it ("234 trainings to 6,321
    officers": officials trained), or None."""
    before = _FILLER.sub("", text[:quantity.start].rstrip())
    match = _REACHING.search(before[-200:])
    if match is None or not any(_PEOPLE_OR_CASES.match(w) for w in phrase.split()[:4]):
        return None
    events = next((k for k in kinds if k.reaches and k.words.match(match.group("noun"))), None)
    return next((k for k in kinds if events is not None and k.key == events.reaches), None)


def counts_something_else(text: str, quantity: Quantity, vocabulary: Vocabulary) -> bool:
    """Whether the number counts a thing of its own that is no figure's ("183 warnings", "12 raids"): a plural
    noun right after it that is neither a kind's word nor people or cases."""
    words = noun_phrase(text, quantity).split()
    head = words[0].strip("“”\"'’") if words else ""
    return bool(head and head[0].islower() and _PLURAL_HEAD.fullmatch(head) and not _PEOPLE_OR_CASES.match(head)
                and not any(k.words.search(head) for k in vocabulary.figures))


@dataclass(frozen=True)
class Governed:
    kind: FigureKind
    quantity: Quantity
    before: bool  # the word before the number governs it (else the noun after it)
    subset: bool  # the noun phrase restricts it to one form of trafficking
    anecdote: bool  # told of one case


def noun_phrase(text: str, quantity: Quantity) -> str:
    """Up to eight words after the number, to the clause's edge: "traffickers", "trafficking cases", "officials
    for complicity", "investigations involving suspected cases of forced labor"."""
    rest = re.sub(r"\s+", " ", text[quantity.end:])
    match = _NOUN_AFTER.match(rest)
    phrase = match.group("phrase") if match else ""
    edge = _PHRASE_END.search(phrase)
    return phrase[:edge.start()].strip() if edge else phrase.strip()


def _fits(kind: FigureKind, phrase: str) -> bool:
    """A kind with `objects` only when the counted noun phrase holds one of them; the vocabulary lists those
    kinds first, so "investigated 72 officials" is complicit_investigations and "investigated 72 cases" is not."""
    return kind.objects is None or bool(kind.objects.search(phrase))


def governing_word(text: str, quantity: Quantity) -> str:
    """The word right before the number, past fillers and "of" ("the repatriation of 222" -> "repatriation")."""
    before = _FILLER.sub("", text[:quantity.start].rstrip())
    match = _WORD_BEFORE.search(before)
    return match.group("word") if match else ""


def governed(text: str, quantity: Quantity, vocabulary: Vocabulary, *, bare: bool = False) -> Governed | None:
    """The kind of figure the words around `quantity` make it, or None when no kind's word governs it. `bare`
    (a count stated with no value of the year before): the governing word must have a counted noun after the
    number ("convicted 10 traffickers", not "convicted 10 of them")."""
    phrase = noun_phrase(text, quantity)
    occasions = bool(_OCCASIONS.match(phrase)) and not quantity.unit  # "met four times": a count of occasions
    if _NOT_COUNTED.match(phrase) and quantity.unit != "%" and not occasions:
        return None
    if quantity.unit == "%":
        phrase = re.sub(r"^(?:percent|per cent|%)\s*(?:of\s+)?", "", phrase, flags=re.IGNORECASE)
        if _RELATIVE.match(phrase):
            return None  # "30 percent more traffickers": a change in a count, no figure of its own
    word = governing_word(text, quantity)
    kinds = [k for k in vocabulary.figures if k.takes(quantity.unit) and (not occasions or "occasions" in k.units)]
    kind, before = None, False
    if word:
        kind = next((k for k in kinds if k.words.match(word) and _fits(k, phrase)), None)
        before = kind is not None
    if kind is None and word.lower() in ("to", "for"):
        kind = _reached(text, quantity, phrase, kinds)
        before = kind is not None
    if kind is None and phrase:
        head = " ".join(phrase.split()[:3])
        kind = next((k for k in kinds if k.words.search(head) and _fits(k, phrase)), None)
    if kind is None:
        return None
    if bare and (before and not _COUNTED_HEAD.match(phrase) or not before and not _PLURAL_HEAD.match(phrase)):
        return None  # "referred 10 to a labor court", "23 NGO-operated training centers": nothing counted
    forms = [bool(form.search(phrase)) for form in _FORMS]
    sentence_start = max(text.rfind(". ", 0, quantity.start), 0)
    return Governed(kind, quantity, before, forms.count(True) == 1,
                    bool(_ANECDOTE.search(text[sentence_start:quantity.start])))
