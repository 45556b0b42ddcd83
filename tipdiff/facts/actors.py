"""Named actors: government bodies and organisations (with their acronyms), people, places and laws.

One actor, however it is written: an acronym and its long form ("Anti-Human Trafficking Police Unit (AHTPU)",
later "the AHTPU"), and the names in the alias table (tipdiff/data/facts.yaml, extended or overridden by the
user's vocabulary file). Acronyms are resolved against the whole report before anything is collected, so an
acronym used before the sentence that defines it, or a paragraph moved, never makes a body new or gone.

Bodies are also found by their full names ("Ministry of Labor and Vocational Training", "National Committee for
Counter Trafficking", "Department of Immigration"): a run of capitalised words holding one of the vocabulary's
`body_heads`. People are found after a role written before the name ("Deputy Police Commissioner Arlen Voss")
and in apposition to a role, with or without an honorific ("a district governor, Sok Dara," / "Sok Dara, a
former commune chief,"): tipdiff.facts.persons.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from tipdiff.facts.base import Actor
from tipdiff.facts.bodies import bodies, body_pattern, long_form
from tipdiff.facts.person_forms import named_otherwise
from tipdiff.facts.persons import POSSESSIVE, persons
from tipdiff.facts.places import ACRONYM, places
from tipdiff.facts.status import clause
from tipdiff.facts.vocabulary import Vocabulary, fold
from tipdiff.model import Report

ACRONYM_DEF = re.compile(r"\((?P<acr>[A-Z][A-Za-z]{1,9})\)")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "HRDs", "NGOs", "CSOs": many of a kind
LAW = re.compile(r"\b(?:(?:19|20)\d\d )?(?:[A-Z][\w-]* )*(?:Law|Act|Decree|Code|Ordinance) (?:on|of|for|against)"
                 r"(?: the)? [A-Z][\w-]*(?:,? (?:(?:and|of|the|in|on|for) )*[A-Z][\w-]*)*"
                 r"|\b(?:[A-Z][\w-]* ){1,6}Act\b(?: of (?:19|20)\d\d)?")
# A dash typed as hyphens ("Thailand--constituting", "Thailand---a") or a hyphen with a space on each side:
# punctuation, never part of a name. Replaced by as many em dashes, so positions in the sentence still hold.
_TYPED_DASH = re.compile(r"-{2,}|(?<=\s)-(?=\s)")
# A run-in label opening a paragraph: capitalised words (small words between) and a colon ("Recent Elections:",
# "Efforts to Control Mobility:", "Coercion in Population Control:"): a title, whose words name no actor.
_RUN_IN = re.compile(r"\s*[A-Z][\w’'-]*(?:,? (?:(?:and|or|of|in|to|the|for|on|with|by|from|against|a|an) )*"
                     r"[A-Z][\w’'-]*){0,11}:")
# One name, one kind, whatever paragraph names it first: the kind kept when a report reads a name two ways.
KIND_ORDER = {"person": 0, "law": 1, "body": 2, "place": 3}


def reading_text(text: str, vocabulary: Vocabulary | None = None) -> str:
    """`text` with typed dashes as punctuation and, given the vocabulary, a run-in label opening it ("Recent
    Elections:", `_RUN_IN`) and its `not_actors` (the reports' own titles) as lower-case filler, so no part of
    "the 2024 Trafficking in Persons Report" is read as a name. Same length: a position in one is a position in
    the other."""
    if "-" in text:
        text = _TYPED_DASH.sub(lambda m: "\u2014" * len(m.group(0)), text)
    if vocabulary is not None and (label := _RUN_IN.match(text)) is not None:
        text = re.sub(r"\S", "x", label.group(0)) + text[label.end():]
    if vocabulary is not None and vocabulary.not_actors:
        pattern = _title_pattern(vocabulary.not_actors)
        if pattern.search(text):
            text = pattern.sub(lambda m: re.sub(r"\S", "x", m.group(0)), text)
    return text


@lru_cache(maxsize=8)
def _title_pattern(titles: tuple[str, ...]) -> re.Pattern[str]:
    """The `not_actors` titles as one pattern (plain words, escaped: no user pattern runs here)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles) + r")(?!\w)",
                      re.IGNORECASE)


def folded_report(report: Report) -> str:
    """The whole report text folded as names are (tipdiff.facts.vocabulary.fold), for `mentioned`."""
    return fold(" ".join(reading_text(unit.text) for unit in report.units))


def mentioned(actor: Actor, folded_text: str) -> bool:
    """Whether a report names the actor anywhere, in any of its forms ("Malaysia" in a list, "the NCCT"), read
    or not as an actor there: a name in the old text is never "newly named", wherever it stands. A form counts
    as a whole word or words: no word character (`\\w`, as `re` reads it) just before or after it. Hyphens and
    spaces between its words do not count ("Anti-Corruption Unit", "Anticorruption Unit" and "Anti Corruption
    Unit" are one name, `_names_compact`): a spelling, not another actor. Nor does the order of a ministry's or
    department's name ("Labor Ministry" and "Ministry of Labor", "Interior Ministry" and "Ministry of the Interior",
    `_inverted`). A person is also named by a shorter or fuller form of the name ("President Boluarte" for "Dina
    Boluarte": tipdiff.facts.person_forms)."""
    return any(_names(f, folded_text) or _names_compact(f, folded_text)
               for form in actor.forms for f in (form, *_inverted(form))) or \
        (actor.kind == "person" and any(named_otherwise(form, folded_text) for form in actor.forms))


_HEAD_LAST = re.compile(r"^(?P<what>\w+) (?P<head>ministry|department)$")
_HEAD_FIRST = re.compile(r"^(?P<head>ministry|department) of (?:the )?(?P<what>\w+)$")


def _inverted(form: str) -> tuple[str, ...]:
    """A one-word portfolio's ministry or department in the other order, folded: "labor ministry" -> "ministry of
    labor", "ministry of the interior"; "ministry of interior" -> "interior ministry"; () for any other name."""
    if (match := _HEAD_LAST.match(form)) is not None:
        head, what = match.group("head"), match.group("what")
        return f"{head} of {what}", f"{head} of the {what}"
    if (match := _HEAD_FIRST.match(form)) is not None:
        return (f"{match.group('what')} {match.group('head')}",)
    return ()


_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=4)
def _word_runs(folded_text: str) -> frozenset[str]:
    """Every maximal run of word characters in the text, once per text (the text's hash is kept by the str)."""
    return frozenset(_WORD_RUN.findall(folded_text))


@lru_cache(maxsize=4)
def _compact(folded_text: str) -> tuple[str, frozenset[int]]:
    """The text's word characters alone, run together, and the positions in it where a run of them began."""
    runs = _WORD_RUN.findall(folded_text)
    starts, position = set(), 0
    for run in runs:
        starts.add(position)
        position += len(run)
    starts.add(position)
    return "".join(runs), frozenset(starts)


def _names_compact(form: str, text: str) -> bool:
    """Whether the form's word characters, run together, stand in the text's run together (`_compact`) from the
    start of a word to the end of one: "anti corruption unit" in "... the anticorruption unit ...". Forms of
    fewer than six letters are left to the exact test (too short to tell a name from a run of small words)."""
    letters = "".join(_WORD_RUN.findall(form))
    if len(letters) < 6:
        return False
    compact, starts = _compact(text)
    start = compact.find(letters)
    while start != -1:
        if start in starts and start + len(letters) in starts:
            return True
        start = compact.find(letters, start + 1)
    return False


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what re's \w matches in a str pattern


def _names(form: str, text: str) -> bool:
    r"""`re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text)`, in linear time on a long text: a form of
    word characters only is a whole run of them (a set lookup); any other is found with str.find and its two
    neighbours checked (the regular expression, whose lookbehind defeats re's literal search, took 45 ms per
    form on a 2 MB text)."""
    if form and _WORD_RUN.fullmatch(form):
        return form in _word_runs(text)
    start = text.find(form)
    while start != -1:
        end = start + len(form)
        if (start == 0 or not _is_word(text[start - 1])) and (end == len(text) or not _is_word(text[end])):
            return True
        start = text.find(form, start + 1)
    return False


def acronym_table(report: Report, vocabulary: Vocabulary) -> tuple[dict[str, str], dict[str, str],
                                                                    dict[str, set[str]]]:
    """Every acronym the report defines anywhere -> the one canonical name keying it, every long form it is
    defined with (folded) -> that name, and every acronym -> its long forms (folded) as this report defines
    it. The alias table decides the canonical name first (the user's file can override it), so a report that
    defines "AHTJP" in its own words keys the same actor as one using the table's words; otherwise the
    definitions, the alphabetically first when a report defines one acronym two ways, so the order of the
    paragraphs never matters."""
    defined: dict[str, set[str]] = {}
    heads = body_pattern(vocabulary.body_heads, vocabulary.source)
    for unit in report.units:
        text = reading_text(unit.text, vocabulary)
        for match in ACRONYM_DEF.finditer(text):
            if _PLURAL_ACRONYM.fullmatch(match.group("acr")):
                continue  # "human rights defenders (HRDs)", "(NGOs)": a kind of people or groups, never one body
            long = long_form(text[:match.start()], heads)
            if long:
                defined.setdefault(match.group("acr"), set()).add(long)
    table: dict[str, str] = {}
    long_forms: dict[str, str] = {}
    for acronym, longs in sorted(defined.items()):
        if fold(acronym) in vocabulary.aliases:
            table[acronym] = vocabulary.aliases[fold(acronym)]
        else:
            known = sorted(vocabulary.canonical(long) for long in longs if fold(long) in vocabulary.aliases)
            table[acronym] = known[0] if known else sorted(longs)[0]
        for long in longs:
            long_forms.setdefault(fold(long), table[acronym])
    return table, long_forms, {acronym: {fold(long) for long in longs} for acronym, longs in defined.items()}


def extract_actors(report: Report, vocabulary: Vocabulary) -> dict[str, Actor]:
    """Every actor the report names, by key (the folded canonical name: one actor however it is written). The
    name shown is the report's own: the longest way it writes the actor other than an acronym ("China", its
    definition "Anti-Human Trafficking Juvenile Police (AHTJP)"), the canonical name when it writes only an
    acronym, and always the name of an alias in the user's vocabulary file."""
    actors: dict[str, Actor] = {}
    acronyms, long_forms, definitions = acronym_table(report, vocabulary)
    body_heads = body_pattern(vocabulary.body_heads, vocabulary.source)
    own_country = fold(report.country) if report.country else None
    written: dict[str, set[str]] = {}  # key -> the ways the report writes it (no acronyms)

    def name_of(raw: str) -> str:
        name = vocabulary.canonical(POSSESSIVE.sub("", raw.strip(" ,")))
        return long_forms.get(fold(name), name)

    forms: dict[str, set[str]] = {}  # canonical name (folded) -> every folded form that names it
    for form, canonical in list(vocabulary.aliases.items()) + list(long_forms.items()) + [
            (fold(a), n) for a, n in acronyms.items()]:
        forms.setdefault(fold(canonical), set()).add(form)

    def add(raw: str, kind: str, section: str, sentence: str, position: int = 0, *, as_written: str = "") -> None:
        name = name_of(raw)
        key = fold(name)
        if own_country and key.startswith(own_country) and (key == own_country or " " not in key):
            return  # the country itself, "Cambodian", "Cambodians"; never "Kenya National Commission on ..."
        shown = re.sub(r"^(?:the|The) ", "", POSSESSIVE.sub("", (as_written or raw).strip(" ,")))
        if key and not ACRONYM.fullmatch(shown):
            written.setdefault(key, set()).add(shown)
        if key and (key not in actors or KIND_ORDER[kind] < KIND_ORDER[actors[key].kind]):
            actors[key] = Actor(key, name, kind, section, clause(sentence, position),
                                tuple(sorted(forms.get(key, set()) | {key})))

    def alias_kind(canonical: str) -> str:
        """A name from the alias table is a body when it reads as one ("International Organization for
        Migration"), else a place ("People's Republic of China", "Burma")."""
        return "body" if body_heads is not None and body_heads.search(canonical) else "place"

    for unit in report.units:
        sentence = unit.text
        text = reading_text(sentence, vocabulary)
        for match in ACRONYM_DEF.finditer(text):
            acronym = match.group("acr")
            if acronym in acronyms:
                long = long_form(text[:match.start()], body_heads)
                add(acronyms[acronym], "body", unit.section, sentence, match.start(),
                    as_written=long if long and fold(long) in definitions.get(acronym, ()) else acronym)
        for match in ACRONYM.finditer(text):
            token = match.group(0)
            if token in acronyms:
                add(acronyms[token], "body", unit.section, sentence, match.start(), as_written=token)
            elif fold(token) in vocabulary.aliases:
                add(token, alias_kind(vocabulary.canonical(token)), unit.section, sentence, match.start())
        folded = fold(text)
        for canonical_fold, canonical in vocabulary.aliases.items():
            if len(canonical_fold) > 8 and canonical_fold in folded and canonical_fold != own_country:
                add(canonical, alias_kind(canonical), unit.section, sentence,
                    text.lower().find(canonical_fold.split()[0]))
        people = persons(text, vocabulary)
        spans = []  # where bodies stand: no place is read inside one ("... Combat Trafficking in Persons")
        for name, position in bodies(text, vocabulary):
            spans.append((position, position + len(name)))
            if not any(person in name for person, _ in people):  # "Deputy Police Commissioner Arlen Voss"
                add(name, "body", unit.section, sentence, position)
        for name, position in people:
            add(name, "person", unit.section, sentence, position)
        for match in LAW.finditer(text):
            add(match.group(0), "law", unit.section, sentence, match.start())
            spans.append((match.start(), match.end()))  # no place inside a law's name ("... in Persons Act")
        for name, position in places(text, vocabulary, spans, body_heads):
            add(name, "place", unit.section, sentence, position)
    named = {fold(word) for actor in actors.values() if actor.kind == "person" for word in actor.name.split()}
    for key, actor in actors.items():  # "Kessa Province" is "Kessa" written with its administrative word
        words = actor.name.split()
        if actor.kind == "place" and len(words) > 1 and words[-1].lower() in vocabulary.place_words:
            actors[key] = replace(actor, forms=tuple(sorted(set(actor.forms) | {fold(" ".join(words[:-1]))})))
    return {key: _shown_as_written(actor, written.get(key, set()), vocabulary) for key, actor in actors.items()
            if not (actor.kind == "place" and " " not in key and key in named)}  # "protection to Chaya": a
    # person's name alone (George Chaya, named in full elsewhere in the report), never a place


def _shown_as_written(actor: Actor, written: set[str], vocabulary: Vocabulary) -> Actor:
    """The actor under the report's longest way of writing it (alphabetically first of equals), its folded
    forms added to those `mentioned` looks for; a user's alias keeps the user's name."""
    if actor.key in vocabulary.user_names or not written:
        return actor
    name = min(written, key=lambda w: (-len(w), w))
    return replace(actor, name=name, forms=tuple(sorted(set(actor.forms) | {fold(w) for w in written})))
