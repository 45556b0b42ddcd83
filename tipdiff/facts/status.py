"""Status facts: tier, the move, waiver and automatic downgrade, the minimum-standards formula, increasing
efforts, designations (tipdiff.facts.designations: state sponsor, Child Soldiers Prevention Act), part verdicts.

These are the report's fixed formulas, so they are grammar in code; everything open-ended is data.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from tipdiff.errors import InputError
from tipdiff.facts.base import Fact
from tipdiff.facts.designations import extract_designations
from tipdiff.model import Report, Unit
from tipdiff.patterns import BudgetPattern, Match, compile_pattern
from tipdiff.profile import Profile
from tipdiff.verdicts import read_verdict


@lru_cache(maxsize=8)
def move_pattern(tiers: str, source: str) -> BudgetPattern:
    """'was downgraded to Tier 3': the move verb and the placement; `tiers` is the profile's tier_pattern, which
    holds the profile's own `tier_spellings`, so the whole runs under the time budget (tipdiff.patterns) and a
    runaway spelling is named with the profile file `source`."""
    return compile_pattern(r"\b(upgraded|downgraded|remained|remains|placed)\s+(?:again\s+)?(?:to|on)\s+(?:the\s+)?"
                           + tiers, source, error=InputError, label="tier_spellings pattern",
                           shown_as="a tier_spellings pattern (inside the move pattern)")



@lru_cache(maxsize=8)
def waiver_pattern(lowest: str) -> re.Pattern[str]:
    """A waiver of the downgrade to `lowest`, the profile's last ranked placement (Tier 3 in the TIP Report)."""
    return re.compile(r"\bwaiver\b.*\b(?:downgrade|" + re.escape(lowest) + r")|otherwise required downgrade", re.I)


AUTOMATIC = re.compile(r"automatic(?:ally)?\s+downgrad|not (?:eligible|granted) (?:for )?(?:a|another) waiver|"
                       r"(?:without|no longer eligible for) (?:a|another) waiver", re.I)
# The statutory formula in every year's wording: "does not fully comply" (to 2016) and "does not fully meet"
# (2017 on), "does not meet" in some early narratives; "is not making significant efforts", "is not making any
# efforts", "is making efforts" (early years) and "is making significant efforts".
# "is making efforts" (some early narratives) is not the significant-efforts formula, and "is not making any
# efforts" says less than "is not making significant efforts": each is its own reading.
NOT_FULLY = re.compile(r"does not (?:yet )?(?:fully )?(?:meet|comply)(?: fully)?", re.I)
NOT_ANY = re.compile(r"\bnot making (?:any )?efforts", re.I)
NOT_SIGNIFICANT = re.compile(r"\bnot making (?:any )?(?:significant|sufficient|serious) efforts", re.I)
SIGNIFICANT = re.compile(r"\bmaking significant efforts", re.I)
EFFORTS = re.compile(r"\bmaking efforts", re.I)
FULLY = re.compile(r"\bfully (?:meets|complies)|\b(?:meets|complies with) the minimum standards fully", re.I)
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
            "tenth": 10, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10}
# "remained on Tier 2 Watch List for the second consecutive year", "for a third straight year", "for two
# consecutive years": a streak the report states. It is no tier move.
STREAK = re.compile(r"\bfor (?:the |a )?(?P<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
                    r" (?:(?:consecutive|straight|successive|running) )?year|\bfor (?P<m>two|three|four|five|six|seven|eight|nine|ten|\d+)"
                    r" (?:consecutive|straight|successive) years", re.I)
PAST_YEAR = re.compile(r",?\s+(?:in|from)\s+(?:19|20)\d\d\b")  # "was upgraded to Tier 2 in 2015"
NO_INCREASE = re.compile(r"did not demonstrate (?:overall )?increasing efforts", re.I)
INCREASE = re.compile(r"demonstrated (?:overall )?increasing efforts", re.I)

FORMULA_FULLY = "fully meets the minimum standards"
FORMULA_SIGNIFICANT = "does not fully meet, making significant efforts"
FORMULA_EFFORTS = "does not fully meet, making efforts"
FORMULA_NOT_SIGNIFICANT = "does not fully meet, not making significant efforts"
FORMULA_NOT_ANY = "does not fully meet, not making any efforts"
# Each reading of the formula, tried in this order (the negated ones first: "not making significant efforts"
# holds "making significant efforts").
_TAILS = ((NOT_SIGNIFICANT, FORMULA_NOT_SIGNIFICANT), (NOT_ANY, FORMULA_NOT_ANY),
          (SIGNIFICANT, FORMULA_SIGNIFICANT), (EFFORTS, FORMULA_EFFORTS))
# The readings from best to worst: a change to a later one is a worse finding (status/formula), to an earlier one
# an improvement (status/formula-improved), as a tier downgrade and upgrade are.
FORMULA_ORDER = (FORMULA_FULLY, FORMULA_SIGNIFICANT, FORMULA_EFFORTS, FORMULA_NOT_SIGNIFICANT, FORMULA_NOT_ANY)
# The name of each reading in a profile's `formula_tiers` (the placements it fits are profile data).
READINGS = {FORMULA_FULLY: "fully", FORMULA_SIGNIFICANT: "significant", FORMULA_EFFORTS: "efforts",
            FORMULA_NOT_SIGNIFICANT: "not_significant", FORMULA_NOT_ANY: "not_any"}


def clause(text: str, position: int, end: int | None = None) -> str:
    """The ';'-separated clauses of a sentence around the span position..end (a position alone when `end` is
    None): Factbook summaries run whole paragraphs together with semicolons, and a finding should quote the part
    it rests on, all of it ("does not fully comply ...; however, it is making significant efforts": both
    clauses, since the words that change between years are in the second)."""
    if ";" not in text:
        return text
    start = text.rfind(";", 0, position) + 1
    stop = text.find(";", max(position, end or position))
    return text[start:len(text) if stop < 0 else stop].strip()


def _fact(value: str, unit: Unit, match: re.Match[str] | None, end: int | None = None) -> Fact:
    """A fact quoting the clauses its match spans (to `end` when the words it rests on reach further)."""
    if match is None:
        return Fact(value, unit.section, unit.text)
    return Fact(value, unit.section, clause(unit.text, match.start(), max(match.end() - 1, end or 0)))


def formula_span(sentence: str) -> tuple[int, int] | None:
    """Where the formula stands: from "does not fully meet/comply" to the end of "(not) making ... efforts"
    when the sentence has both, so a quote holds the words that tell one formula from another."""
    head = NOT_FULLY.search(sentence) or FULLY.search(sentence)
    if head is None:
        return None
    tail = next((m for pattern, _ in _TAILS if (m := pattern.search(sentence, head.end()))), None)
    return head.start(), (tail or head).end()


def formula_of(sentence: str) -> str | None:
    """The formula a sentence states (FORMULA_*), or None: "does not fully meet/comply" with "(not) making
    (significant/any) efforts" after it, or "fully meets/complies"."""
    head = NOT_FULLY.search(sentence)
    if head:
        return next((value for pattern, value in _TAILS if pattern.search(sentence, head.end())), None)
    return FORMULA_FULLY if FULLY.search(sentence) else None


def formula_tiers(profile: Profile, formula: str) -> tuple[str, ...]:
    """The placements a formula reading fits, as the profile's `formula_tiers` gives them; () when it says none."""
    return profile.formula_tiers.get(READINGS.get(formula, ""), ())


def formula_contradiction(profile: Profile, tier: str | None, formula: str | None) -> bool:
    """Whether a ranked placement and the formula the narrative states cannot both hold ("Tier 2" in the
    title, "is not making significant efforts" in the text). Unranked placements (Special Case) never do."""
    fits = formula_tiers(profile, formula) if formula else ()
    return bool(tier and fits and tier in profile.tiers and tier not in fits)


# The Watch List limit (TVPA sec. 110(b)(2)(D)): a country on Tier 2 Watch List for the years allowed is
# downgraded to Tier 3 although its formula still says "making significant efforts" ("automatically downgraded",
# "was therefore downgraded to Tier 3" after "two consecutive years" on the Watch List, "no longer eligible for
# a waiver", "not sufficient to warrant a waiver"). That Tier 3 over a Watch List formula is the law, not a
# disagreement.
WATCH_LIST_LIMIT = re.compile(AUTOMATIC.pattern + r"|\bwarrant (?:a|another|an additional) waiver|"
                              r"Watch\s*List for (?:two|three|four|\d) (?:consecutive|straight|successive) years|"
                              r"(?:two|three|four|\d) (?:consecutive|straight|successive) years on (?:the )?Tier 2 "
                              r"Watch\s*List", re.I)


def watch_list_limit(report: Report, formula: str) -> bool:
    """Whether the report is its series' lowest tier over the significant-efforts formula because of the Watch
    List limit (WATCH_LIST_LIMIT in any sentence): the one shape where that tier and formula both hold."""
    lowest = report.profile.tiers[-1] if report.profile.tiers else None
    return (formula == FORMULA_SIGNIFICANT and report.tier == lowest
            and any(WATCH_LIST_LIMIT.search(unit.text) for unit in report.units))


def tier_formula_warning(report: Report) -> str | None:
    """A warning when the tier the report states (its title, else a "remained on Tier 3" sentence) contradicts
    the formula its narrative states ("Tier 2" over "is not making significant efforts"): both readings named;
    the tier stays the stated one, and nothing is silently picked. None when they agree, either is absent, or
    the Watch List limit explains the lowest tier (`watch_list_limit`); else when the title's tier and the year's
    move disagree (`_move_contradiction`). Read once, when the report is read
    (Report.tier_formula); the message names no file, so each output prefixes its own."""
    found = next(((unit, value) for unit in report.units if (value := formula_of(unit.text))), None)
    if found is None or not formula_contradiction(report.profile, report.tier, found[1]):
        return _move_contradiction(report)
    unit, value = found
    if watch_list_limit(report, value):
        return None
    span = formula_span(unit.text)
    quoted = unit.text[span[0]:span[1]] if span else unit.text
    where = f"the title ({report.title})" if report.title else "the text"
    fits = " or ".join(formula_tiers(report.profile, value))
    return (f"{where} says {report.tier}, but the narrative's formula ('{quoted}') is that of "
            f"{fits}; the two readings disagree, and the tier compared is the stated {report.tier}")


_THEREFORE = re.compile(r"\btherefore\b", re.I)


def _move_contradiction(report: Report) -> str | None:
    """A warning when the title's tier and the narrative's move of the year ("Therefore Veridia was downgraded to
    Tier 3") name different placements (a title left from last year's copy); only the move stated with
    "therefore", never one of a past year."""
    if not report.title or not report.tier:
        return None
    move = move_pattern(report.profile.tier_pattern, report.profile.source)
    for unit in report.units:
        for match in move.finditer(unit.text):
            sentence = unit.text[unit.text.rfind(". ", 0, match.start()) + 1:match.end()]
            if match.group(1).lower() not in ("upgraded", "downgraded") or not _THEREFORE.search(sentence) or \
                    PAST_YEAR.match(unit.text, match.end()):
                continue
            tier = report.profile.canonical_tier(match.group(2))
            if tier is None or tier == report.tier:
                return None
            return (f"the title ({report.title}) says {report.tier}, but the narrative says '{sentence.strip()}'; "
                    f"the two readings disagree, and the tier compared is the stated {report.tier}")
    return None


def streak_years(match: re.Match[str]) -> int:
    """How many consecutive years a STREAK match states ('third consecutive year' -> 3)."""
    word = (match.group("n") or match.group("m")).lower()
    return ORDINALS.get(word) or int(re.sub(r"\D", "", word))


def _move_match(move: BudgetPattern, text: str, report: Report) -> Match | None:
    """The sentence's move to the report's own tier ("therefore Veridia was downgraded to Tier 3"), not one of
    another tier or a past year ("was upgraded to Tier 2 in 2015", which stays the same from year to year): the
    move fact's sentence is the evidence a tier finding quotes. With the report's tier unknown, the first move."""
    matches = list(move.finditer(text))
    if report.tier:
        matches = [m for m in matches if report.profile.canonical_tier(m.group(2)) in (report.tier, None)]
    return next((m for m in matches if not PAST_YEAR.match(text, m.end())), None)


# A waiver refused, out of reach, or of earlier years: "was not granted a waiver", "no longer eligible for a
# waiver", "ineligible for", "denied", "without a waiver", "received waivers ... in the two previous years".
_NOT_GRANTED = re.compile(r"\b(?:not|never|no longer|ineligible|denied|without|did not|cannot|could not)\b[^.;]{0,60}$",
                          re.I)
_EARLIER_WAIVERS = re.compile(r"\bwaivers\b|\b(?:previous|prior|preceding|past|last) (?:\w+ )?(?:years?|reports?)\b",
                              re.I)


def _granted(waiver: re.Pattern[str], text: str) -> re.Match[str] | None:
    """A waiver granted this year: the profile's waiver wording, never refused, out of reach or of earlier years."""
    for match in waiver.finditer(text):
        start = text.rfind(". ", 0, match.start()) + 1
        end = text.find(". ", match.end())
        if _NOT_GRANTED.search(text, start, match.start() + 7) or \
                _EARLIER_WAIVERS.search(text, start, len(text) if end < 0 else end):
            continue
        return match
    return None


def extract_status(report: Report) -> dict[str, Any]:
    found: dict[str, Any] = {"tier": None, "move": None, "waiver": None, "automatic_downgrade": None,
                             "formula": None, "increasing_efforts": None, "streak": None}
    designations: dict[str, Fact] = {}
    verdicts: dict[str, Fact] = {}
    judged = set(report.profile.role("verdicts"))  # the parts with a stock verdict (tipdiff.verdicts)
    move = move_pattern(report.profile.tier_pattern, report.profile.source)
    waiver = waiver_pattern(report.profile.tiers[-1] if report.profile.tiers else "(?!)")
    if report.tier and report.title:
        found["tier"] = Fact(report.tier, report.profile.part("summary") or report.profile.unsectioned, report.title)
    for unit in report.units:
        text = unit.text
        if found["tier"] is None and report.tier and (position := text.lower().find(report.tier.lower())) >= 0:
            found["tier"] = Fact(report.tier, unit.section, clause(text, position))
        if found["move"] is None and (match := _move_match(move, text, report)):
            verb = match.group(1).lower()
            found["move"] = _fact({"remains": "remained"}.get(verb, verb), unit, match)
            if found["tier"] is None:
                found["tier"] = _fact(report.profile.canonical_tier(match.group(2)) or match.group(2), unit, match)
            if found["streak"] is None and verb in ("remained", "remains") and (
                    streak := STREAK.search(text, match.end(), match.end() + 80)):
                found["streak"] = _fact(str(streak_years(streak)), unit, streak)
        if found["waiver"] is None and (match := _granted(waiver, text)):
            found["waiver"] = _fact("granted", unit, match)
        if found["automatic_downgrade"] is None and (match := AUTOMATIC.search(text)):
            found["automatic_downgrade"] = _fact("automatic downgrade", unit, match)
        if found["formula"] is None and (formula := formula_of(text)):
            span = formula_span(text)
            found["formula"] = Fact(formula, unit.section, clause(text, *span) if span else text)
        if found["increasing_efforts"] is None:
            if match := NO_INCREASE.search(text):
                found["increasing_efforts"] = _fact("did not demonstrate increasing efforts", unit, match)
            elif match := INCREASE.search(text):
                found["increasing_efforts"] = _fact("demonstrated increasing efforts", unit, match)
        # designations are the TIP Report's: a series without tiers (the Human Rights Report) designates nothing
        for name, match in extract_designations(text).items() if report.profile.has_tiers else ():
            if name not in designations:
                designations[name] = _fact(name, unit, match)
        if unit.section in judged and unit.section not in verdicts and (verdict := read_verdict(text)):
            verdicts[unit.section] = Fact(verdict, unit.section, text)
    found["designations"] = designations
    found["verdicts"] = verdicts
    return found
