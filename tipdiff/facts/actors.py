"""Named actors: government bodies and organisations (with their acronyms), people, places and laws.

An acronym and its long form are one actor ("Anti-Human Trafficking Police Unit (AHTPU)", later "the AHTPU");
so are the names in the alias table (tipdiff/data/facts.yaml, extendable by the user).
"""

from __future__ import annotations

import re

from tipdiff.facts.base import Actor
from tipdiff.facts.status import clause
from tipdiff.facts.vocabulary import Vocabulary, fold
from tipdiff.model import Report

CONNECTORS = {"of", "for", "and", "the", "on", "in", "to", "against", "&"}
POSSESSIVE = re.compile(r"[’']s$")
ACRONYM_DEF = re.compile(r"\((?P<acr>[A-Z][A-Za-z]{1,9})\)")
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,8}[a-z]?\b")
LAW = re.compile(r"\b(?:(?:19|20)\d\d )?(?:[A-Z][\w-]* )*(?:Law|Act|Decree|Code|Ordinance) (?:on|of|for|against)"
                 r"(?: the)? [A-Z][\w-]*(?:,? (?:(?:and|of|the|in|on|for) )*[A-Z][\w-]*)*"
                 r"|\b(?:[A-Z][\w-]* ){1,6}Act\b(?: of (?:19|20)\d\d)?")
_WORD = re.compile(r"[\w’'-]+|,")


def _long_form(before: str) -> str | None:
    """The capitalised name just before "(ACR)": 'the Ministry of Social Welfare and Family'."""
    tokens = _WORD.findall(before)
    taken: list[str] = []
    for token in reversed(tokens):
        if token[:1].isupper() or token in CONNECTORS or token == ",":
            taken.append(token)
        else:
            break
    while taken and (taken[-1] in CONNECTORS or taken[-1] == "," or taken[-1] == "The"):
        taken.pop()
    words = list(reversed(taken))
    if len([w for w in words if w[:1].isupper()]) < 2:
        return None
    return " ".join(words).replace(" ,", ",")


def extract_actors(report: Report, vocabulary: Vocabulary) -> dict[str, Actor]:
    actors: dict[str, Actor] = {}
    acronyms: dict[str, str] = {}
    own_country = fold(report.country) if report.country else None

    def add(name: str, kind: str, section: str, sentence: str, position: int = 0) -> None:
        name = vocabulary.canonical(POSSESSIVE.sub("", name.strip(" ,")))
        key = fold(name)
        if own_country and key.startswith(own_country):  # the country itself, "Cambodian", "Cambodians"
            return
        if key and key not in actors:
            actors[key] = Actor(key, name, kind, section, clause(sentence, position))

    for unit in report.units:
        text = unit.text
        for match in ACRONYM_DEF.finditer(text):
            long = _long_form(text[:match.start()])
            if long:
                canonical = vocabulary.canonical(long)
                acronyms[match.group("acr")] = canonical
                add(canonical, "body", unit.section, text, match.start())
        for match in ACRONYM.finditer(text):
            token = match.group(0)
            if token in acronyms:
                add(acronyms[token], "body", unit.section, text, match.start())
            elif fold(token) in vocabulary.aliases:
                add(token, "body", unit.section, text, match.start())
        folded = fold(text)
        for canonical_fold, canonical in vocabulary.aliases.items():
            if len(canonical_fold) > 8 and canonical_fold in folded and canonical_fold != own_country:
                add(canonical, "body", unit.section, text, text.lower().find(canonical_fold.split()[0]))
        for match in vocabulary.person.finditer(text):
            name = match.group("name")
            if name.split()[0] not in vocabulary.not_names:
                add(name, "person", unit.section, text, match.start())
        for match in LAW.finditer(text):
            add(match.group(0), "law", unit.section, text, match.start())
        for pattern in (vocabulary.place_suffix, vocabulary.place_preposition):
            for match in pattern.finditer(text):
                name = match.group("name")
                first = name.split()[0]
                if first in vocabulary.not_names or ACRONYM.fullmatch(first) or fold(name) in actors:
                    continue
                if text[match.end():match.end() + 2].startswith(" (") or _is_part_of_longer_name(text, match):
                    continue
                if pattern is vocabulary.place_preposition and vocabulary.place_suffix.match(text, match.start("name")):
                    continue  # "from Kessa district": the suffixed name was taken above
                add(name, "place", unit.section, text, match.start())
    return actors


def _is_part_of_longer_name(text: str, match: re.Match[str]) -> bool:
    """'in Port Delmar' is a place; 'to Tier 3' is not, nor 'of Social Welfare' inside a body's name."""
    following = text[match.end():match.end() + 12]
    return bool(re.match(r" (?:of|for|and) [A-Z]", following))
