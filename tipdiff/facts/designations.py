"""Designations a narrative asserts: state sponsor of trafficking and the Child Soldiers Prevention Act list.

Source: TVPA section 110(b)(3)(E) as amended in 2019 (a government "policy or pattern" of trafficking, the
"state sponsor" list the Department publishes) and the Child Soldiers Prevention Act of 2008 (CSPA), whose
list the narrative states as "a (government) policy or pattern of employing or recruiting child soldiers" or by
the Act's name. A designation is read only from a positive assertion ("There was a government policy or
government pattern of forced labor", "labeling it a 'state sponsor' of trafficking"); the same words after a
negation in their clause ("There was no ...", "did not have a ...", "found no evidence of a ...", "was removed
from the list of countries with a ...") mean the designation is absent. A stated removal is not itself a
designation; when the old year asserted it, the rule designation/removed reports it gone.

extract_designations(text) -> {name: match}: name is "state_sponsor" or "child_soldiers"; the match spans the
words the designation rests on (a finding quotes their clause).
"""

from __future__ import annotations

import re

# The words of a designation: "policy or pattern" (with "government"/"state" before "pattern" in some years),
# "pattern or practice", "state sponsor(ed/ship)" of trafficking (never of terrorism).
STATE_SPONSOR = re.compile(r"\bpolicy or (?:(?:a |the )?(?:government|state)(?:-sponsored)? )?pattern\b|"
                           r"\bpattern or practice\b|"
                           r"\bstate[- ]sponsor(?:ed|ship|s)?\b(?![”\"’']?\s+of\s+terror)", re.I)
# What a designation is about when the words name an object ("... of forced labor", "state-sponsored
# trafficking"): trafficking, forced labor or child soldiers. The same words about anything else are no
# designation ("state-sponsored disinformation campaigns", "a pattern or practice of discrimination").
OF_OBJECT = re.compile(r"[”\"’']?\s+(?:of|in)\s")
TRAFFICKING_OBJECT = re.compile(r"[^.;]{0,60}?\b(?:traffick\w*|forced labou?r|compulsory labou?r|(?:forced|child) "
                                r"(?:labou?r|soldiers?)|labou?r|sexual (?:slavery|exploitation)|(?:employing|recruiting|"
                                r"using) (?:or \w+ )?(?:child|children|forced))", re.I)
CHILD_SOLDIERS = re.compile(r"Child Soldiers Prevention Act|\bCSPA\b", re.I)
# The object of a "policy or pattern": about child soldiers, it is the CSPA list, not the state-sponsor list.
ABOUT_CHILD_SOLDIERS = re.compile(r"[^.;]{0,80}?\bchild soldiers?\b", re.I)
# Words before the designation, in its clause, that make it absent.
NEGATION = re.compile(r"\b(?:no|not|never|without|neither|nor|none|absence|lack(?:ed|s)?|ceased|removed|"
                      r"delisted|cleared)\b|n[’']t\b", re.I)
# Where a clause begins: a designation's negation must stand in its own clause ("The government did not
# demonstrate increasing efforts, and there was a government policy or pattern ..." asserts it).
CLAUSE_START = re.compile(r"[;:,—–]|\b(?:and|but|while|whereas|although|though|because|however)\b", re.I)


def _negated(text: str, start: int) -> bool:
    """Whether a negation stands in the clause before position `start`."""
    before = text[:start]
    cuts = [m.end() for m in CLAUSE_START.finditer(before)]
    return bool(NEGATION.search(before[max(cuts) if cuts else 0:]))


def _about_trafficking(text: str, match: re.Match[str]) -> bool:
    """Whether the designation's words are about trafficking: their object ("of ...", or the noun after
    "state-sponsored") names trafficking, forced labor or child soldiers; a bare label ("a state sponsor", "the
    'policy or pattern' list") counts."""
    words = match.group(0).lower()
    if words.startswith("state") and words.endswith("sponsored"):
        return bool(TRAFFICKING_OBJECT.match(text, match.end())) and \
            not re.match(r"\s+(?:\w+\s+){0,2}?(?:disinformation|media|propaganda|violence|terror\w*)\b",
                         text[match.end():])
    if OF_OBJECT.match(text, match.end()):
        return bool(TRAFFICKING_OBJECT.match(text, match.end()))
    return True


def extract_designations(text: str) -> dict[str, re.Match[str]]:
    """The designations one sentence asserts, each with the first match it rests on."""
    found: dict[str, re.Match[str]] = {}
    for match in STATE_SPONSOR.finditer(text):
        if _negated(text, match.start()) or not _about_trafficking(text, match):
            continue
        name = "child_soldiers" if ABOUT_CHILD_SOLDIERS.match(text, match.end()) else "state_sponsor"
        found.setdefault(name, match)
    for match in CHILD_SOLDIERS.finditer(text):
        if not _negated(text, match.start()):
            found.setdefault("child_soldiers", match)
            break
    return found
