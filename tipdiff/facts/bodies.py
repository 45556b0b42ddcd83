"""Bodies by their full names: the capitalised name before an acronym's definition ("Ministry of Labor and
Vocational Training (MOLVT)") and a run of capitalised words holding one of the vocabulary's `body_heads`
("National Committee for Counter Trafficking"). Used by tipdiff.facts.actors.

A name is one body: never the words that open the sentence before it ("In April the National Anti-Corruption
Commission" is the commission), never a date after it ("Police in July"), never a list of bodies ("the ACU,
National Assembly, the NEC" are three; "the NGOs Green Aid Council and Fairhaven", "the Senate and National
Assembly" are two) nor a body and the person named in apposition after it ("the National Anti-Corruption
Commission, Sok Dara," is the commission) or with an office after it ("the Supreme Court Chairperson Sok Dara"),
nor a document it wrote ("the Department of State’s ... Statement" is the department).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tipdiff.facts.places import ACRONYM
from tipdiff.facts.vocabulary import LEADERS, OPENERS, Vocabulary
from tipdiff.patterns import BudgetPattern, compile_pattern

CONNECTORS = {"of", "for", "and", "the", "on", "in", "to", "against", "&"}
# A word, or one mark of punctuation other than a quotation mark: a name never spans "." or ":" (a run-in label
# before it), and may be quoted in part ("Regulatory “Authority” (LTRA)").
_WORD = re.compile(r"[\w’'-]+|[^\w\s’'\-“”\"]")
_CAP = r"[A-Z][\w’'-]*"
# A capitalised run: words with capitals, joined by the small words of an official name ("Ministry of Trade &
# Industry").
_RUN = re.compile(rf"{_CAP}(?:(?:,? (?:(?:of|for|and|the|on|to|against|in|&) )*|-){_CAP})*")
# A name made an adjective by a hyphen before a body ("CPP-dominated Supreme Court", "UN-led Coordination
# Group") or after one ("Secretariat of Labor-led talks"): the modifier is no part of the body's name.
_MODIFIER = re.compile(r"-(?:led|dominated|controlled|backed|run|held|based|affiliated|aligned|allied|owned|"
                       r"funded|sponsored|appointed|organi[sz]ed|linked|supported|influenced)$")
# Ranks written after a force's name ("Police Major General", "Army Colonel"): a title, never a body
# ("Directorate General for Civil Protection" and "Prosecutor General" stay bodies and offices).
_FORCES = {"Police", "Army", "Navy", "Gendarmerie", "Military", "Marine", "Marines", "Guard"}
_RANKS = {"General", "Colonel", "Major", "Captain", "Lieutenant", "Sergeant", "Admiral", "Brigadier", "Corporal",
          "Commander", "Lieutenant-General", "Major-General"}
def _split_list(part: str, heads: BudgetPattern | None, listing: bool = False) -> list[str]:
    """A name written with commas, split where the commas list names: "ACU, National Assembly" is two, and
    "National Anti-Corruption Commission, Sok Dara" a body and a name in apposition; "Ministry of Social
    Affairs, Veterans, and Youth Rehabilitation" and "Ministry of Labor, Invalids and Social Affairs" are one
    (the list closes inside the name with "and"). An item after a comma stays in the name only when it has no
    head of its own, is no acronym, and the list closes with "and" at or after it; once an item was a name of its
    own, the "and" closing the list opens the last name ("the Police Office of Kessa, Review Board of Sarn, and
    Ostrian Response Team" are three); every item is a name when the sentence lists names (`listing`: "the NGOs
    Green Aid Council, Harbor Watch, and Open Doors")."""
    items = part.split(", ")
    if len(items) == 1:
        return [part]
    names = [items[0]]
    for index, item in enumerate(items[1:], start=1):
        closed = any(later.startswith("and ") or " and " in later for later in items[index:])
        own = (heads is not None and heads.search(item) is not None) or ACRONYM.fullmatch(item.split()[0])
        # the last of a list of names, each a name of its own so far ("A, B, and C"; never "A, B of X, Y, and Z")
        last = len(names) > 1 and ", " not in names[-1] and item.startswith(("and ", "or "))
        if closed and not own and not last and not listing and not item.startswith(("the ", "The ")):
            names[-1] += ", " + item
        else:
            names.append(re.sub(r"^(?:and|or) ", "", item))
    return names


def split_run(run: str, heads: BudgetPattern | None = None, *, listing: bool = False) -> list[str]:
    """'Ministry of Justice and the Supreme Court' is two names, as are 'ACU, National Assembly'; 'Ministry of
    Social Affairs, Veterans, and Youth Rehabilitation' is one (`_split_list`). `listing`: the words before the
    run say a list of names follows (`listed`; its first part), or a part holds a plural acronym ("NGOs"),
    so "and" after a body ends it (`_split_and`)."""
    parts = [part for part in re.split(r",? and the |, the ", run) if part]
    lists = [(listing and index == 0) or _PLURAL_FIRST.search(part) is not None for index, part in enumerate(parts)]
    return [name for part, listed_here in zip(parts, lists, strict=True)
            for piece in _split_and(part, heads, listed_here) for name in _split_list(piece, heads, listed_here)]


# Words before a run of names that say it lists groups outside government ("the NGOs X and Y", "rights groups,
# including X and Y"): a plural acronym ("NGOs", "CSOs") or a plural of groups of that kind, perhaps with
# "including", "such as", "like", then "the". A plain plural ("groups", "bodies") could list ministries, whose
# names hold "and" ("agencies, including the Ministry of Labor and Social Welfare"): no cue.
_LISTING = re.compile(r"\b(?:[A-Z]{2,}s|(?i:(?:non-?governmental|civil society|(?:human )?rights|humanitarian|advocacy|"
                      r"women[’']s|media|community|faith-based|international|local) (?:organi[sz]ations|groups|"
                      r"associations)|charities))(?:,? (?:including|such as|like|namely|among them))?,? (?:the |both )?$")


_PLURAL_FIRST = re.compile(r"\b[A-Z]{2,}s ")  # a plural acronym before names: "(In May the) NGOs Green Aid and"


def listed(before: str) -> bool:
    """Whether the words before a capitalised run say a list of names follows: the plural of a kind of group
    outside government ("the NGOs", "rights groups, including the"; `_LISTING`). A plural acronym opening a part
    of the run says so too (`split_run`)."""
    return _LISTING.search(before[-80:]) is not None


def _ends_in_head(name: str, heads: BudgetPattern) -> bool:
    """Whether the name's last words are a head word ("Supreme Court", "National Police", "Senate"): its name is
    complete, with no "of ..." after the head for an "and" to go on. A head after "of" is the first head's
    portfolio ("Ministry of Police", which "and Fire Services" goes on)."""
    return any(m.end() == len(name) and not re.search(r"\b(?:of|for|on|to|against|in|the|and|&) $", name[:m.start()])
               for m in heads.finditer(name))


def _split_and(part: str, heads: BudgetPattern | None, listing: bool = False) -> list[str]:
    """'Ministry of Population and UNICEF' and 'Ministry of Justice and Ministry of Interior' are two names: "and"
    after a body (a name holding a head word) joins it to a second name when what follows is an acronym or opens
    with a head word and goes on (a second name of its own); when the body ends in its head and what follows
    holds a head too ('Supreme Court and High Court', 'Senate and National Assembly'); when the two are the only
    items of a list closed with a comma before "and" ('State Tax Committee, and Customs Service': no name lists two
    words that way); and when the sentence says names are listed (`listing`: 'the NGOs Green Aid Council for
    Refugees and Oxfam'). 'Ministry of Labor and Vocational Training', 'Department of Justice and Police', 'Police
    and Prisons Service' are one."""
    pieces = re.split(r"(,? and )(?=[A-Z])", part)
    names = [pieces[0]]
    for joint, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        body = heads is not None and heads.search(names[-1]) is not None
        head = heads.match(piece) if heads is not None else None
        second = ACRONYM.fullmatch(piece.split()[0].rstrip(",")) or (head is not None and head.end() < len(piece))
        both = heads is not None and _ends_in_head(names[-1], heads) and heads.search(piece) is not None
        pair = joint.startswith(",") and "," not in names[-1]
        if body and (second or both or pair or listing):
            names.append(piece)
        else:
            names[-1] += joint + piece
    return names


def long_form(before: str, heads: BudgetPattern | None = None) -> str | None:
    """The capitalised name just before "(ACR)": 'the Ministry of Social Welfare and Family'; never reaching
    back past another parenthesis ("... Refugees (UNHCR), International Organization for Migration (IOM)"),
    nor past a month or a sentence's opening word ("In April the ..."); the last name of a list
    ("the ACU, National Assembly (NA)" defines the National Assembly); None before an office holder's name."""
    tokens = _WORD.findall(before[max(before.rfind(")"), before.rfind("(")) + 1:])
    taken: list[str] = []
    for token in reversed(tokens):
        if token in OPENERS:
            break
        if token[:1].isupper() or token in CONNECTORS or token == ",":
            taken.append(token)
        else:
            break
    if "," in taken:  # "As of September, the International Organization ...": the name after a comma and "the"
        cut = next((i for i, t in enumerate(taken) if t == "," and i + 1 < len(taken) and taken[i + 1] == "the"),
                   None)
        taken = taken[:cut] if cut is not None else taken
    while taken and (taken[-1] in CONNECTORS or taken[-1] == "," or taken[-1] == "The"):
        taken.pop()
    words = list(reversed(taken))
    if not words:
        return None
    name = split_run(" ".join(words).replace(" ,", ","), heads)[-1]
    if len([w for w in name.split() if w[:1].isupper()]) < 2:
        return None
    if heads is not None and _without_office(name, heads) != name:
        return None  # "the Party Chairman Sok Dara (Bong)": a person's other name, never a body's acronym
    return name


@lru_cache(maxsize=8)
def body_pattern(heads: tuple[str, ...], source: str) -> BudgetPattern | None:
    """The vocabulary's `body_heads` as one pattern, run under the time budget (they are the user's patterns)."""
    if not heads:
        return None
    return compile_pattern(r"\b(?:" + "|".join(heads) + r")\b", source, flags=0, label="body_heads pattern",
                           shown_as="a body_heads pattern")


_ARTICLES = {"The", "A", "An", "the", "a", "an", "This", "These", "That", "Those"}


def _trimmed(words: list[str], vocabulary: Vocabulary) -> list[str]:
    """The words of a name without the sentence's opening words and articles before it, and without a month or
    an opening word and what follows it ("Police in July charged ..." -> "Police")."""
    while words and (words[0] in _ARTICLES or words[0] in LEADERS or words[0] in CONNECTORS
                     or _MODIFIER.search(words[0])
                     or (words[0] in vocabulary.not_names and not (len(words) > 1 and words[1][:1].isupper()))):
        words = words[1:]  # a `not_names` word before a capital is the name's ("Government Pharmaceutical ...")
    cut = next((i for i, word in enumerate(words) if i and word.rstrip(",") in OPENERS), len(words))
    words = words[:cut]
    if words and _MODIFIER.search(words[-1]):  # "Secretariat of Labor-led": the body before the hyphen
        words[-1] = words[-1][:words[-1].rindex("-")]
    while words and (words[-1] in CONNECTORS or words[-1] == ","):
        words = words[:-1]
    return words


# Last words that make a body's name a document it wrote ("the Supreme Court Annual Report", "a Security Council
# Resolution", "the ILO Convention"): the body is the name up to its head.
_DOCUMENTS = {"Report", "Reports", "Statement", "Survey", "Index", "Ranking", "Resolution", "Resolutions",
              "Convention", "Review", "Findings", "Yearbook", "Bulletin", "List"}
_POSSESSIVE = re.compile(r"(?<=\w)[’'](?:s\b)?(?= )")


def _without_document(name: str, heads: BudgetPattern) -> str:
    """A body's name without the document or title written after it: after a possessive whose rest holds no head
    and holds a document's noun (`_DOCUMENTS`: "Department of State’s Investment Climate Statement",
    "Department of Labor’s List of Goods Produced" -> the department; "Attorney General’s Office", "Ministry of
    Labor’s Department of Mines", "Ministry of Women’s Affairs" stay), and after the last head when the name ends
    in a document's noun ("Security Council Resolution" -> "Security Council"); "" (no body) when that head has a
    portfolio after it, which cannot be told from the document's title ("Ministry of Labor and Employment Annual
    Report")."""
    for mark in reversed(list(_POSSESSIVE.finditer(name))):
        owner, rest = name[:mark.start()], name[mark.end():]
        if heads.search(owner) and not heads.search(rest) and set(rest.split()) & _DOCUMENTS:
            return owner
    if name and name.split()[-1] in _DOCUMENTS and (found := list(heads.finditer(name))):
        after = name[found[-1].end():].split()
        return name[:found[-1].end()] if after and after[0] not in CONNECTORS else ""
    return name


# An office written after a body and before its holder's name ("the Supreme Court Chairperson Sok Dara", "the
# Ministry of Health’s Permanent Secretary Sok Dara"), and the words of rank before it ("Deputy", "Permanent").
_OFFICE_TITLES = {"Chairperson", "Chairman", "Chairwoman", "Chair", "Speaker", "Spokesperson", "Spokesman",
                  "Spokeswoman", "Secretary", "Director", "Commissioner", "Inspector", "Officer", "Prosecutor",
                  "Minister", "Judge", "President", "Governor", "Commander", "Chief"}
# Offices that end a body's name ("Office of the Chief Ombudsman"), never a holder's name after an office.
_OFFICE_NOUNS = {"Ombudsman", "Ombudsperson", "Justice", "Rapporteur", "Coordinator", "Registrar", "Auditor",
                 "Counsel", "Advocate", "Marshal", "Magistrate", "Protector", "Mayor", "Attorney"}
_OFFICE_RANKS = {"Deputy", "First", "Permanent", "State", "Vice", "Assistant", "Acting", "Executive", "Chief",
                 "Senior", "General", "Public", "Relations", "Principal", "Second", "Under"}


def _without_office(name: str, heads: BudgetPattern) -> str:
    """A body's name without an office and its holder's name written after it ("Supreme Court Chairperson Sok
    Dara" -> "Supreme Court", "Ministry of Health’s Permanent Secretary Sok Dara" -> "Ministry of Health"): an
    office word followed only by one to four capitalised words that are no office, rank, head or small word (a
    person's name; "Office of the Prosecutor General", "Office of the Director of Public Prosecutions" stay). ""
    (no body) when a rank opens what is left ("Deputy Police Commissioner Sok Dara")."""
    words = name.split()
    for index in range(1, len(words) - 1):
        rest = words[index + 1:]
        if words[index] == "Chief" and rest[0] == "Justice":
            rest = rest[1:]  # "the Supreme Court Chief Justice Sok Dara"
        if words[index] in _OFFICE_TITLES and 1 <= len(rest) <= 4 and all(
                w[:1].isupper() and w not in _OFFICE_TITLES and w not in _OFFICE_RANKS and w not in CONNECTORS
                and w not in _OFFICE_NOUNS and not heads.search(w) for w in rest):
            start = index
            while start > 0 and words[start - 1] in _OFFICE_RANKS:
                start -= 1
            kept = words[:start]
            while kept and kept[-1] in CONNECTORS:
                kept = kept[:-1]
            if not kept or kept[0] in _OFFICE_RANKS:
                return ""
            return re.sub(r"[’'](?:s)?$", "", " ".join(kept))  # "Ministry of Health’s": the ministry
    return name


def bodies(text: str, vocabulary: Vocabulary) -> list[tuple[str, int]]:
    """Bodies named in full in `text`: a capitalised run holding a `body_heads` word, from its first capital
    (or from the head when small words stand before it: "Officials of the Department of Immigration"); (name,
    position of the name in `text`)."""
    heads = body_pattern(vocabulary.body_heads, vocabulary.source)
    if heads is None:
        return []
    found = []
    for run in _RUN.finditer(text):
        offset = run.start()
        for part in split_run(run.group(0), heads, listing=listed(text[:run.start()])):
            position = text.find(part, offset)
            offset = position + len(part)
            words = _trimmed(part.split(), vocabulary)
            while len(words) > 1 and ACRONYM.fullmatch(words[0].rstrip(",")):
                words = words[1:]  # "the UN Committee Against Torture", "the NGOs Green Aid Council": the
                # owner or kind before the name, no part of it (the name reads the same written without it)
            name = " ".join(words).rstrip(",")
            head = heads.search(name)
            if head and re.search(r"\b(?:of|for|on|to|against|in|the|and)\b", name[:head.start()]):
                name = name[head.start():]  # "Officials of the Department of Immigration": from the head on
            name = _without_office(_without_document(name, heads), heads)
            capitals = [w for w in name.split() if w[:1].isupper()]
            words = name.split()
            if len(words) >= 2 and words[0] in _FORCES and words[1] in _RANKS:
                continue  # "Police Major General", "Army Colonel": a rank, not a body
            if len(capitals) >= 2 and heads.search(name) and not ACRONYM.fullmatch(capitals[0].rstrip(",")):
                found.append((name, max(position, text.find(name, position))))
    return found
