"""Figures: "Courts convicted 31 traffickers (22 in 2017)" -> convictions 31, prior 22 (2017).

A figure is a number followed by last year's value in parentheses, or a statement that it was not reported
("did not report the number of victims it identified (160 in 2020)"), which is kept apart from zero.
"""

from __future__ import annotations

import re

from tipdiff.facts import Figure
from tipdiff.facts.vocabulary import Vocabulary
from tipdiff.model import Report

PRIOR = re.compile(r"\((?P<prior>[\d,]+|unreported|none|zero|no)\b(?P<between>[^()]*?)\bin (?P<year>(?:19|20)\d\d)\b[^()]*\)")
NUMBER = re.compile(r"(?<![\w.$-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w.,]*\d)(?!-\d)")
BOUNDARY = re.compile(r";|\)\s*,|\b(?:and|but|while|whereas|including)\b")
NOT_REPORTED = re.compile(r"did not (?:report|provide|collect)|not report|unreported|no (?:data|statistics)", re.I)
NOT_REPORTED_WHAT = re.compile(r"did not (?:report|provide) (?:the number of|how many|data on|statistics on) "
                               r"(?P<what>[^.(;]+)", re.I)
SPLIT = re.compile(r"including (?P<a>[\d,]+) (?:victims of |cases of )?(?P<a_kind>forced labor|labor trafficking|sex "
                   r"trafficking)[^.;]*? and (?P<b>[\d,]+) (?:victims of |cases of )?(?P<b_kind>forced labor|labor "
                   r"trafficking|sex trafficking)", re.I)


WELL_FORMED = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def _int(text: str) -> int | None:
    """A count; None for 'unreported' and for a malformed number such as the source's own '70,5000'."""
    if text in ("none", "zero", "no"):
        return 0
    return int(text.replace(",", "")) if WELL_FORMED.fullmatch(text) else None


def _nearest(clause: str, vocabulary: Vocabulary) -> tuple[object, int | None] | None:
    """The figure kind and the number closest to the words naming it ("234 trainings to 6,321 officers": 234)."""
    numbers = [(m.start(), m.group(0)) for m in NUMBER.finditer(clause)
               if not (len(m.group(0)) == 4 and m.group(0)[:2] in ("19", "20"))]
    best = None
    for kind in vocabulary.figures:
        for match in kind.words.finditer(clause):
            if not numbers:
                distance, value = len(clause) - match.end(), None
            else:
                distance, text = min((abs(pos - match.start()), text) for pos, text in numbers)
                value = _int(text)
            if best is None or distance < best[0]:
                best = (distance, kind, value)
    return (best[1], best[2]) if best else None


def _split(rest: str) -> tuple[int | None, int | None]:
    match = SPLIT.search(rest)
    if not match:
        return None, None
    values = {match.group("a_kind").lower(): _int(match.group("a")), match.group("b_kind").lower(): _int(match.group("b"))}
    labor = values.get("forced labor", values.get("labor trafficking"))
    return labor, values.get("sex trafficking")


def extract_figures(report: Report, vocabulary: Vocabulary) -> dict[str, Figure]:
    figures: dict[str, Figure] = {}
    # the parts state figures; the overview only summarises them, so it is read last
    last, skip = report.profile.role("summary"), report.profile.role("no_figures")
    units = [u for u in report.units if u.section not in skip + last] + [u for u in report.units if u.section in last]
    for unit in units:
        text = unit.text
        for match in PRIOR.finditer(text):
            before = text[:match.start()]
            cuts = [m.end() for m in BOUNDARY.finditer(before)]
            clause = before[max(cuts) if cuts else 0:]
            clause = re.sub(r"\([^()]*\)", "", clause)  # "(AHTPU)", "($480,000)": not the figure
            # no kind in the last clause ("... 39 cases of labor and 21 cases of sex trafficking"): whole sentence
            found = _nearest(clause, vocabulary) or _nearest(re.sub(r"\([^()]*\)", "", before), vocabulary)
            if found is None:
                continue
            kind, value = found
            if (value is None and not NOT_REPORTED.search(before)) or kind.key in figures:
                continue
            labor, sex = _split(text[match.end():])
            figures[kind.key] = Figure(kind.key, kind.label, value, _int(match.group("prior")),
                                       int(match.group("year")), unit.section, text, labor, sex,
                                       match.group(0).strip("()"))
        for match in NOT_REPORTED_WHAT.finditer(text):
            what = BOUNDARY.split(match.group("what"))[0].split(",")[0]
            found = _nearest(what, vocabulary)
            if found is not None and found[0].key not in figures:
                kind = found[0]
                figures[kind.key] = Figure(kind.key, kind.label, None, None, None, unit.section, text)
    return figures
