"""Places as the reports name them: a capitalised name before a place word ("Kessa district"), after a place
preposition ("in Norland", "to the Middle East"), and every name of a list after it ("from Ostria, Norland(,)
and Dremia"). The words come from the vocabulary (tipdiff/data/facts.yaml: `place_suffixes`,
`place_prepositions`, `not_names`); used by tipdiff.facts.actors.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tipdiff.facts.vocabulary import LEADERS, OPENERS, Vocabulary
from tipdiff.patterns import BudgetPattern

ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,8}[a-z]?\b")
# Last words that make a capitalised name a document, a plan, a ranking or an event, never a place ("in the
# Criminal Code", "under the National Action Plan", "at the Bali Process", "rose in the Press Freedom Index").
_NOT_PLACE_LAST = {"Code", "Law", "Act", "Decree", "Ordinance", "Constitution", "Convention", "Protocol", "Plan",
                   "Strategy", "Program", "Programme", "Report", "Process", "Day", "Summary", "Project", "Initiative",
                   "Framework", "Guidelines", "Policy", "Agreement", "Memorandum", "Declaration", "Campaign",
                   "Index", "Ranking", "Rankings", "Survey", "Barometer", "Review", "Assessment"}
# What may follow a name in a list of places: punctuation, "and"/"or", or the end (never a noun: "Burmese
# workers", "Muslim-majority provinces" are no places).
_ENDS_NAME = re.compile(r"\s*(?:[,;.:)\]]|—|\s(?:and|or)\b|$)")
# After "the", a place is a name of two or more words or a plural one ("the Middle East", "the Philippines"),
# followed by punctuation: a single word there is more often a body or a document ("the Center", "the Quran").
_THE_PLACE = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)+|[A-Z][\w’'-]+s")
_ENDS_THE = re.compile(r"\s*(?:[,;.:)\]]|—|$)")
# After "the" and a name of two or more words ending in a word of geography, a clause or a list may go on: "sent
# to the Middle East to work", "in the Middle East and Asia", "in the Persian Gulf where ..." (a lower-case noun
# after it, "in the Judge Advocate General system", makes the name a modifier; "to the Taiwan-Hong Kong Economic
# and Cultural ... Council" is no place). The geography words are a closed list of English landform and region
# nouns.
_GEOGRAPHY = {"East", "West", "North", "South", "Gulf", "Sea", "Ocean", "Valley", "River", "Islands", "Coast",
              "Peninsula", "Basin", "Mountains", "Hills", "Highlands", "Delta", "Strait", "Bay", "Lake", "Desert",
              "Plateau", "Emirates", "States", "Kingdom", "Caribbean", "Balkans", "Americas", "Pacific", "Atlantic",
              "Sahel", "Horn", "Territories", "Heights", "Strip", "Bank"}
_GOES_ON = re.compile(r" (?:to|and|or|for|in|on|at|with|where|when|while|after|before|since|until|as|who|which|that|"
                      r"through|via|because|under|from|by|during|amid)\b")
# Conjunctions and determiners opening a sentence before a place word ("Other state institutions", "Many county
# officials"): taken off the name's front. Not the openers and months, which stop a name ("in January Sok Dara"
# is no place "Sok Dara").
_DETERMINERS = LEADERS - OPENERS
_LANGUAGE = re.compile(r"[A-Z][a-z]+(?:ese|ish|ic|ian)")  # "Burmese", "English", "Arabic", "Indonesian"
# Words of an organisation's or a company's name: a name holding one, or followed by one, is no place ("according
# to Marriage Equality Network", "to Ponlavit Tech Plus Company", "from Body Fashion Factory", "at Thammasat
# University").
_ORGANISATION_WORDS = {"Network", "Group", "Company", "Co", "Corporation", "Corp", "Ltd", "Limited", "Inc",
                       "Factory", "Foundation", "Association", "Coalition", "Alliance", "Party",
                       "Movement", "Society", "Club", "University", "College", "Academy", "Times", "News",
                       "Post", "Herald", "Tribune", "Journal", "Gazette", "Radio", "Television", "Database",
                       "Register", "Registry", "Trust", "Fund", "Watch", "Lab", "Forum", "Inspectorate",
                       # newspapers' words, English and Romance ("in Folha de São Paulo", "El Diario de Hoy")
                       "Daily", "Weekly", "Magazine", "Newspaper", "Diario", "Folha", "Jornal", "Gazeta", "Correio"}
# Words before a place preposition that make what follows a source or a party, never a place ("according to
# Intersex Thailand", "a supplier to Victoria Secret and Lane Bryant").
_PARTY_BEFORE = {"according", "supplier", "suppliers", "subcontractor", "subcontractors", "contractor",
                 "contractors", "vendor", "vendors", "affiliated", "belonging", "loyal", "thanks"}
# Lower-case words after a name that make it part of a title ("the Labor Protection in Fishing Work law").
_DOCUMENT_AFTER = re.compile(r" (?:law|laws|act|bill|decree|code|regulations?|rules|policy|plan|program|report)\b")
# A lower-case place word used as a modifier ("a Bangkok city councilor", "Telangana state officials"): the place
# is the name before it; at the start of a sentence the capital may be the sentence's ("Citing state media").
_MODIFIED = re.compile(r" (?:councilors?|councillors?|council|government|hall|police|officials?|authorities|"
                       r"authority|courts?|administration|governor|mayor|assembly|legislature|level|elections?|"
                       r"media|officers?|offices?|prosecutors?|budget|chief|employees|residents)\b")
_POSSESSIVE_WORD = re.compile(r"[’']s |(?<=s)[’'] ")
# A single abstract noun, capitalised in a title ("Discrimination with Respect to Employment and Occupation").
_ABSTRACT_NOUN = re.compile(r"[A-Z][a-z]+(?:tion|sion|ment|ism|ship|hood|ity)")
# A word made an adjective by a hyphen ("Houthi-held", "London-based", "French-speaking"): no place's name.
_HYPHEN_ADJECTIVE = re.compile(r"-(?:held|controlled|organi[sz]ed|based|led|backed|run|affiliated|owned|speaking|"
                               r"majority|aligned|born|registered|occupied|funded|sponsored|made|style|related)\b")
_LIST_ITEM = re.compile(r"(?P<sep>,? and|,? or|,) (?:the )?(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})")


# "North and South Korea", "West and Central Africa": two compass words share one name after the second.
_COMPASS = "North|South|East|West|Central|Northern|Southern|Eastern|Western|Northeast|Northwest|Southeast|Southwest"
_SHARED_HEAD = re.compile(rf" and (?P<second>{_COMPASS}) (?P<head>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)(?![\w’'-])")


def _shared(text: str, name: str, end: int) -> list[tuple[str, int]] | None:
    """'North' before ' and South America': [('North America', start of North), ('South America', start of
    South)]; None when the name is no lone compass word sharing the next name's head."""
    if not re.fullmatch(_COMPASS, name):
        return None
    match = _SHARED_HEAD.match(text, end)
    if match is None:
        return None
    head = match.group("head")
    return [(f"{name} {head}", end - len(name)), (f"{match.group('second')} {head}", match.start("second"))]


def _listed(text: str, end: int) -> list[tuple[str, int]]:
    """The names listed after a place ("to Ostria, Norland(,) and the Middle East" after "Ostria"): only a
    list closed by "and" or "or", each name followed by punctuation or the next separator, so a clause that
    goes on after a comma ("in Sarn, Burmese workers ...") lists nothing; (name, position). An acronym in the
    list ("Malaysia, the PRC and Laos") is listed too; `places` leaves it to the acronym reading."""
    items: list[tuple[str, int]] = []
    while (item := _LIST_ITEM.match(text, end)) is not None and _ENDS_NAME.match(text, item.end("name")):
        end = item.end("name")
        if _LANGUAGE.fullmatch(item.group("name")):
            return []  # "in Khmer, English, and French": languages and peoples, not places
        if (both := _shared(text, item.group("name"), item.end("name"))) is not None:
            return items + both  # "..., and North and South America": the list ends with the two
        items.append((item.group("name"), item.start("name")))
        if item.group("sep").strip(", ") in ("and", "or"):
            return items
    return []


@lru_cache(maxsize=8)
def _capitalised(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word.capitalize() for word in words)


@lru_cache(maxsize=8)
def _stops(not_names: frozenset[str]) -> frozenset[str]:
    """Words after which a name stops: the vocabulary's `not_names` and the sentence openers and months."""
    return not_names | OPENERS


def places(text: str, vocabulary: Vocabulary, spans: list[tuple[int, int]],
           heads: BudgetPattern | None) -> list[tuple[str, int]]:
    """Places: a capitalised name before a place word ("Kessa district"), or after a place preposition, with
    or without "the" ("in Norland", "to the Middle East"), and every name listed after it ("from Ostria,
    Norland, and Dremia"); never inside a body's or a law's name (`spans`), never a `not_names` word or an
    acronym; (name, position)."""
    found: list[tuple[str, int]] = []

    suffixes = _capitalised(vocabulary.place_words)
    stops = _stops(vocabulary.not_names)

    def take(name: str, start: int, end: int, listed: bool) -> bool:
        if (both := _shared(text, name, end)) is not None:
            return all([take(n, p, p + len(n), True) for n, p in both])
        owned = _POSSESSIVE_WORD.search(name)
        if owned is not None and (name[owned.end():].split()[0] in stops
                                  or ACRONYM.fullmatch(name[owned.end():].split()[0])):
            return False  # "in Russia’s February invasion", "the Netherlands’ GDP": a thing owned, not a place
        if " " in name and name.split()[0] in _DETERMINERS:  # "Other state institutions", "Many county officials"
            cut = name.index(" ") + 1
            name, start = name[cut:], start + cut
            if not name[:1].isupper():
                return False  # the place word alone names no place
        if " " in name and _HYPHEN_ADJECTIVE.search(name.split()[0]):  # "in Russia-occupied Crimea": Crimea
            cut = name.index(" ") + 1
            name, start = name[cut:], start + cut
        if _HYPHEN_ADJECTIVE.search(name) or _ABSTRACT_NOUN.fullmatch(name):
            return False  # "in Houthi-held areas", "the Right to Education": no place
        if _ORGANISATION_WORDS & set(name.split()) or _DOCUMENT_AFTER.match(text, end):
            return False  # "Marriage Equality Network", "the Labor Protection in Fishing Work law"
        following = re.match(r" ([A-Z][\w’'-]*)", text[end:end + 40])
        if following and following.group(1) in _ORGANISATION_WORDS:
            return False  # "to Ponlavit Tech Plus Company"
        first = name.split()[0]
        if first in vocabulary.not_names or ACRONYM.fullmatch(first) or name.split()[-1] in _NOT_PLACE_LAST:
            return False
        if _LANGUAGE.fullmatch(name):
            return False  # "published in Khmer and English", "in Indonesian": a language or a people
        if text[end:end + 2] == " (" or (re.match(r" (?:of|for) [A-Z]", text[end:end + 12])
                                         and name.split()[-1].lower() not in vocabulary.place_words):
            return False  # "to Tier 3 (", "of Social Welfare" inside a body's name
        if not listed and re.match(r" and [A-Z]", text[end:end + 6]) and any(s <= end < e for s, e in spans):
            return False
        if heads is not None and heads.search(name):
            return False  # "in Ministry of ..." is a body, taken above
        if any(s <= start < e for s, e in spans):
            return False
        found.append((name, start))
        return True

    for match in vocabulary.place_suffix.finditer(text):
        if match.group(0).endswith(("state", "states")) and _LANGUAGE.fullmatch(match.group("name").split()[0]):
            continue  # "Egyptian state media", "the Danish state": an adjective, no place
        if _MODIFIED.match(text, match.end()):  # "a Bangkok city councilor": the place is Bangkok
            name = match.group("name").rsplit(" ", 1)[0]
            if re.search(r"\w", text[:match.start()]):
                take(name, match.start("name"), match.start("name") + len(name), True)
            continue
        take(match.group("name"), match.start("name"), match.end(), False)
    for match in vocabulary.place_preposition.finditer(text):
        if vocabulary.place_suffix.match(text, match.start("name")):
            continue  # "from Kessa district": the suffixed name was taken above
        before = text[max(0, match.start() - 20):match.start()].split()
        if before and before[-1].lower().strip(",;:") in _PARTY_BEFORE:
            continue  # "according to Intersex Thailand": a source, not a place
        following = re.match(r" ([A-Z][\w’'-]*)", text[match.end("name"):match.end("name") + 40])
        if following and not (following.group(1) in suffixes or ACRONYM.fullmatch(following.group(1))
                              or following.group(1) in stops):
            continue  # "from Internal Security Operations Command": cut from a longer name
        if following and following.group(1) in suffixes:  # "in Nakhon Si Thammarat Province"
            end = match.end("name") + following.end()
            take(text[match.start("name"):end], match.start("name"), end, False)
            continue
        several = " " in match.group("name") and match.group("name").split()[-1] in _GEOGRAPHY
        if match.group(0).split()[1] == "the" and not (_THE_PLACE.fullmatch(match.group("name")) and (
                _ENDS_THE.match(text, match.end("name")) or (several and _GOES_ON.match(text, match.end("name"))))):
            continue  # "to the Middle East." is a place; "in the Judge Advocate General system", "the Morals and
            # Minors Brigade", "according to the Center," are not
        if take(match.group("name"), match.start("name"), match.end("name"), False):
            for name, position in _listed(text, match.end("name")):
                take(name, position, position + len(name), True)
    return found
