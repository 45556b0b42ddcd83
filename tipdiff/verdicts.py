"""Part verdicts: the stock sentence that opens the prosecution, protection and prevention parts of a TIP
narrative ("The government decreased protection efforts."), read in every era's wording.

The stock wording (TIP Report narratives, 2010s to 2020s, headed or in the unheaded 2019 layout) is
    The government [DEGREE] VERB [LEVEL] [anti-trafficking] OBJECT
DEGREE an adverb ("slightly", "modestly", "significantly", "marginally"), VERB "increased", "decreased",
"maintained", "made", "demonstrated" or "did not make", LEVEL up to three words ("insufficient", "minimal",
"uneven", "negligible"), OBJECT the part's efforts: "law enforcement efforts", "protection efforts", "efforts to
protect victims", "efforts to prevent trafficking", "prevention efforts", "progress in its ... efforts" (older
years) or plain "efforts" ending the clause. "did not make efforts to reduce the demand ..." names no part's
efforts and is no verdict.

A verdict's value is its words in one order with filler dropped ("slightly decreased", "maintained
insufficient", "made no" for "did not make any"): two sentences with one value say the same. `parts` splits a
value into (degree, verb, level); `degree_only` tells a change of degree ("decreased" -> "slightly decreased")
from a change of verdict.
"""

from __future__ import annotations

import re

DEGREES = ("slightly", "modestly", "marginally", "significantly", "substantially", "considerably", "somewhat",
           "greatly", "sharply", "drastically", "moderately", "minimally", "notably", "largely")
VERBS = ("did not make", "increased", "decreased", "maintained", "made", "demonstrated")
FILLER = frozenset({"its", "overall", "the", "anti-trafficking", "their"})
_PART_OBJECT = (r"(?:law enforcement|prosecution|prosecutorial|victim protection|protection|victim identification"
                r"(?: and protection)?|prevention) efforts")
_EFFORTS_TO = (r"efforts to (?:(?:identify and )?(?:protect|assist|identify) (?:trafficking |the )?victims|"
               r"(?:prevent|combat) (?:human )?trafficking|(?:investigate|prosecute|punish|hold)\b)")
VERDICT = re.compile(
    r"^The (?:government|Government of (?:the )?[A-Z][\w'’ .-]{0,40}?|[A-Z][a-z]+ government) "
    r"(?:(?P<degree>" + "|".join(DEGREES) + r") )?"
    r"(?P<verb>" + "|".join(VERBS) + r")\s+"
    r"(?P<qualifier>(?:[\w-]+ ){0,3}?)"
    r"(?:progress in )?(?:(?:its|overall|the) )*(?:anti-trafficking )?"
    r"(?:" + _PART_OBJECT + "|" + _EFFORTS_TO + r"|efforts(?=\s*(?:[.,;:]|$)))", re.I)


def read_verdict(sentence: str) -> str | None:
    """The verdict a part's sentence states, as its value ('slightly decreased', 'maintained insufficient',
    'made no'), or None when the sentence is no stock verdict."""
    match = VERDICT.match(sentence)
    if match is None:
        return None
    level = [w for w in match.group("qualifier").lower().split() if w not in FILLER]
    verb = match.group("verb").lower()
    if verb == "did not make" and level in ([], ["any"]):
        verb, level = "made", ["no"]
    degree = [match.group("degree").lower()] if match.group("degree") else []
    return " ".join([*degree, verb, *level])


def parts(value: str) -> tuple[str, str, str]:
    """(degree, verb, level) of a verdict value: ('slightly', 'decreased', '') from 'slightly decreased',
    ('', 'maintained', 'insufficient') from 'maintained insufficient'. Filler words are dropped, so values
    stored by earlier versions ('decreased overall') split the same way."""
    words = [w for w in value.lower().split() if w not in FILLER]
    degree = words.pop(0) if words and words[0] in DEGREES else ""
    text = " ".join(words)
    verb = next((v for v in VERBS if text == v or text.startswith(v + " ")), words[0] if words else "")
    return degree, verb, text[len(verb):].strip()


def degree_only(old: str, new: str) -> bool:
    """Whether two verdicts differ only in degree: one verb and level, another adverb ('decreased' and
    'slightly decreased'; not 'decreased' and 'maintained')."""
    (old_degree, *old_rest), (new_degree, *new_rest) = parts(old), parts(new)
    return old_degree != new_degree and old_rest == new_rest
