"""People named in a sentence: after a role written before the name ("Deputy Police Commissioner Arlen Voss",
"opposition leader Sok Dara") and in apposition to a role, with or without an honorific ("a district governor,
Sok Dara," / "Sok Dara, a former commune chief,"). Used by tipdiff.facts.actors.

A name is a person's only when no word of it makes it an office ("Judge Advocate General"), a rank before one
name ("Police Major General Tol"), a portfolio or a place ("Minister of Home Affairs", "the Central Prison"), a
body ("General Welfare Services"), or a document, a ranking, a company or a group ("the General Workers Union",
"the World Press Freedom Ranking").
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from tipdiff.facts.bodies import body_pattern
from tipdiff.facts.vocabulary import LEADERS, NAME, Vocabulary
from tipdiff.patterns import BudgetPattern, compile_pattern

POSSESSIVE = re.compile(r"[’']s$|(?<=s)[’']$")  # "Sok Dara’s", "Juri Ratas’"
# Two capitalised words, perhaps with a particle between ("Lula da Silva", "Ahmad al-Rashid"); \w: any letter.
_TWO_CAPITALS = re.compile(r"[A-Z][\w’'-]+ (?:[a-z]{1,5}[ -]){0,2}(?:Ma?c|O[’'])?[A-Z]")


@lru_cache(maxsize=8)
def _apposition(roles: tuple[str, ...], source: str) -> tuple[BudgetPattern, BudgetPattern, BudgetPattern] | None:
    """Names before and after one of the vocabulary's `apposition_roles`, and two names after the role in the
    plural, run under the time budget; the role may name its body or place before the comma ("the deputy
    secretary-general of the National Anti-Corruption Commission, Sok Dara,", "the governor of Kessa province,
    Sok Dara,", "a judge at the Kessa Municipal Court, Sok Dara,")."""
    if not roles:
        return None
    role = "(?:" + "|".join(roles) + ")"
    # "of the National Anti-Corruption Commission", "of Kampot province", "at the Phnom Penh Municipal Court"
    of_body = (r"(?:\s+(?:of|at|in|for|from)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|on|to|against|in)\s+)*"
               r"[A-Z][\w’'-]*){0,8}(?:\s+(?:province|district|city|commune|municipality|state|region|county|village|"
               r"prefecture))?)?")
    # the role's owner before it: an article, or a place's possessive ("Phnom Penh’s former police chief, X,")
    owner = r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w-]*[’']s)"  # also opening a sentence
    before = compile_pattern(rf"\b{owner}\s+(?:[\w’'-]+\s+){{0,3}}?{role}{of_body},\s+{NAME}"
                             rf"(?=\s*[,;.)(]|\s+(?:who|and|was|had)\b)", source, flags=0,
                             label="apposition_roles pattern", shown_as="an apposition_roles pattern")
    after = compile_pattern(rf"{NAME},\s+(?:a|an|the|then|now|former|one|(?:[A-Z][\w'-]*\s+){{0,2}}[A-Z][\w-]*[’']s)"
                            rf"[\s-]+(?:[\w’'-]+\s+){{0,3}}?{role}\b",
                            source, flags=0, label="apposition_roles pattern", shown_as="an apposition_roles pattern")
    # "two military police officers in Kessa Province, Sok Dara and Chan Rithy,": a plural role, then two names
    name2 = NAME.replace("(?P<name>", "(?P<name2>")
    where = r"(?:\s+(?:of|in|from|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})?"
    plural = rf"\b(?:two|three|four|five|six|several|both|the)\s+(?:[\w’'-]+\s+){{0,3}}?{role}s{where}"
    both = compile_pattern(rf"{plural},\s+{NAME},?\s+and\s+{name2}(?=\s*[,;.)(]|\s+(?:who|were|had)\b)", source,
                           flags=0, label="apposition_roles pattern", shown_as="an apposition_roles pattern")
    return before, after, both


# A second name after a plural role's first: ", and Hun Kosal" / " and Hun Kosal" (tipdiff.facts.vocabulary.NAME).
_NEXT_AFTER_ROLE = regex.compile(rf"[^,.;()]{{0,60}},\s+and\s+{NAME}(?=\s*[,;.)(]|\s+(?:who|were|had|for|after|as)\b)")
_SECOND_NAME = regex.compile(rf",?\s+and\s+{NAME}(?=\s*[,;.)(]|\s+(?:who|were|had|for|on|in|and|after|as)\b)")


# Last words that make a capitalised run an office, never a person's name ("Advocate General", "Inspector
# General", "Prosecutor General", "Deputy Minister").
_OFFICES = {"General", "Colonel", "Major", "Captain", "Lieutenant", "Sergeant", "Admiral", "Minister", "Governor",
            "President", "Prosecutor", "Judge", "Commissioner", "Secretary", "Ombudsman", "Ombudsperson", "Director",
            "Coordinator", "Chief", "Chair", "Chairman", "Chairperson", "Spokesperson", "Rapporteur"}


# Military and police ranks: a rank before a single name ("Police Major General Tol") gives no full name.
_RANKS = {"General", "Colonel", "Major", "Captain", "Lieutenant", "Sergeant", "Admiral", "Brigadier"}


_ARTICLE_BEFORE = re.compile(r"\b(?:the|The|a|an|An)\s+$")  # an article just before a capitalised "General"


# Words of portfolios, institutions and places that never stand in a person's name ("Home Affairs", "Foreign
# Trade", "Customs Administration", "Central Prison", "Kurdistan Region").
_INSTITUTION_WORDS = {"Affairs", "Trade", "System", "Region", "Prison", "Republic", "State", "Administration",
                      "Cooperation", "Participation", "Hygiene", "Inspectorate", "Confederation", "Staff", "Security",
                      "Development", "Welfare", "Justice", "Interior", "Defense", "Defence", "Health", "Education",
                      "Labor", "Labour", "Finance", "Protection", "Services", "Province", "District", "City",
                      "Oblast", "Governorate", "County", "Municipality", "Prefecture",
                      "Migration", "Asylum", "Culture", "Sports", "Youth", "Tourism", "Agriculture", "Environment",
                      "Energy", "Transport", "Infrastructure", "Communications", "Economy", "Industry", "Commerce",
                      "Fisheries", "Housing", "Planning", "Technology",
                      # small words capitalised in a title, never in a name ("Violence Against Children", "Gaps
                      # Along the Border")
                      "Against", "For", "Of", "And", "With", "Without", "Along", "Across", "Through", "Towards",
                      "Toward", "Into", "Over", "Under", "Between", "Among", "Amid", "After", "Before", "About"}


# Nouns that make a capitalised phrase a document, a ranking, a company or a group, never a person's name (the
# "General" of "the General Workers Union", "the World Press Freedom Ranking" after a minister's portfolio): no
# surname or given name among them ("Law", "Bill" are both, and are left out).
_NOT_PERSON = {"Agreement", "Accord", "Accords", "Treaty", "Convention", "Protocol", "Charter", "Declaration",
               "Amendment", "Laws", "Regime", "Constitution", "Code", "Decree", "Ordinance", "Regulation",
               "Regulations", "Report", "Reports", "Ranking", "Rankings", "Index", "Survey", "Review", "Assessment",
               "Barometer", "Statement", "Strategy", "Plan", "Policy", "Program", "Programme", "Project",
               "Initiative", "Campaign", "Framework", "Guidelines", "Registry", "Register", "Company", "Corporation",
               "Enterprise", "Enterprises", "Holdings", "Industries", "Union", "Unions", "Association",
               "Associations", "Federation", "Congress", "Party", "Movement", "Coalition", "Alliance", "Network",
               "Forum", "Society", "Syndicate", "Foundation", "Center", "Centre", "Facilities", "Yards", "Prize",
               "Award", "Awards"}


# First words of a place's name, never of a person's ("East Jerusalem", "South Kivu").
_COMPASS = {"East", "West", "North", "South", "Eastern", "Western", "Northern", "Southern", "Central", "Upper",
            "Lower"}


def person_name(raw: str, vocabulary: Vocabulary) -> str:
    """The name alone: a possessive cut off with what follows it ("Hun Sen’s Cambodian People’s" -> "Hun
    Sen"), and a rank or role written inside the name taken off ("General Prawit Wongsuwan" after "Deputy Prime
    Minister" -> "Prawit Wongsuwan") with the portfolio words before it ("Chief of General Staff X"), so one
    person has one name whatever titles stand before it."""
    words = raw.strip(" ,").split()
    for index, word in enumerate(words):
        if POSSESSIVE.search(word):
            words = words[:index] + [POSSESSIVE.sub("", word)]
            break
    name = " ".join(words)
    while (inner := vocabulary.person.search(name)) is not None and inner.group("name") != name:
        name = inner.group("name")  # "Federal Interior Minister Sok Dara", "Secretary Sok Dara": after the role
    words = name.split()
    while words and (words[0] in _INSTITUTION_WORDS or words[0] in LEADERS):  # "Chief of General Staff X",
        # "Initially Sok Dara, the secretary of ...": a sentence's opening word
        words = words[1:]
    return " ".join(words)


def persons(text: str, vocabulary: Vocabulary) -> list[tuple[str, int]]:
    """People named after a role ("Governor Sok Dara", "opposition leader Sok Dara", "the journalist Sok
    Dara") or in apposition to one ("a district governor, Sok Dara," / "Sok Dara, a labor activist,"); (name,
    position), the name without possessive or title (`person_name`)."""
    if not _TWO_CAPITALS.search(text):
        return []  # every pattern needs a name of two capitalised words: a cheap test first
    found = []
    for match in vocabulary.person.finditer(text):
        while (inner := vocabulary.person.match(text, match.start("name"))) is not None:
            match = inner  # "the spokesperson Major General Sok Dara Vann": the name after the last title
        if match.group(0).split()[0] in _RANKS and _ARTICLE_BEFORE.search(text, 0, match.start()):
            continue  # "the General Restitution Law", "a General Framework": an adjective in a title, no rank
        found.append((match.group("name"), match.start()))
        # a plural role names two ("opposition members Sok Dara and Chan Rithy"): the second after "and"
        if re.search(r"s,?\s+$", text[match.start():match.start("name")]) and \
                (second := _SECOND_NAME.match(text, match.end())) is not None:
            found.append((second.group("name"), second.start("name")))
    patterns = _apposition(vocabulary.apposition_roles, vocabulary.source)
    if patterns:
        for pattern in patterns:
            for m in pattern.finditer(text):
                found.append((m.group("name"), m.start()))
                if "name2" in m.groupdict():
                    found.append((m.group("name2"), m.start("name2")))
                # "X, the chairman of a private hospital, and Y for ...": the next of a list of people
                elif pattern is patterns[1] and (second := _NEXT_AFTER_ROLE.match(text, m.end())) is not None:
                    found.append((second.group("name"), second.start("name")))
    heads = body_pattern(vocabulary.body_heads, vocabulary.source)
    people = []
    for raw, position in found:
        name = person_name(raw, vocabulary)
        if len(name.split()) < 2 or name.split()[0] in vocabulary.not_names or name.split()[-1] in _OFFICES:
            continue  # "Judge Advocate General", "Attorney General": an office, not a name
        if name.split()[0] in _RANKS:
            continue  # "Police Major General Tol": a rank before one name, no full name
        if (_INSTITUTION_WORDS | _NOT_PERSON) & set(name.split()) or name.split()[0] in _COMPASS:
            continue  # "Minister of Home Affairs", "the Central Prison", "General Media Union": a portfolio, a
            # place, a group or a document, not a name
        if heads is not None and heads.search(name):
            continue  # "General Welfare Services" is no General
        people.append((name, position))
    return people
