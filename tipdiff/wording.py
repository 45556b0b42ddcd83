"""Words a newsletter can paste as is: counts with the right singular or plural, tier moves ("downgraded one
tier"), part verdicts and the minimum-standards formula as sentences, figure changes ("up 12%").

Every output format (terminal, Markdown, HTML, CSV, the rule messages) takes its wording from here, so a
sentence reads the same wherever it appears. Numbers one to nine are spelled out, as newsrooms do
(AP style); larger numbers keep their digits with thousands separators.
"""

from __future__ import annotations

from dataclasses import dataclass

from tipdiff.verdicts import degree_only
from tipdiff.verdicts import parts as verdict_parts

_SMALL = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_IRREGULAR = {"country": "countries", "was": "were", "is": "are", "has": "have", "this": "these",
              "recommendation was": "recommendations were", "person": "people"}


def number(n: int) -> str:
    """'one' ... 'nine', then '10', '1,234' (AP style)."""
    return _SMALL[n] if 0 <= n < len(_SMALL) else f"{n:,}"


def plural(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def count(n: int, word: str, *, digits: bool = False) -> str:
    """'one tier', 'two tiers', '12 findings'; digits=True keeps '1 finding' (tables, dense lists)."""
    shown = f"{n:,}" if digits else number(n)
    return f"{shown} {word if n == 1 else plural(word)}"


def join_and(items: list[str]) -> str:
    """'A', 'A and B', 'A, B and C' (no serial comma, as the reports write lists)."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def names_shown(names: list[str], limit: int) -> str:
    """At most `limit` names, then how many more: 'A, B and C'; 'A, B, C and 4 more'."""
    if len(names) <= limit:
        return join_and(names)
    return f"{', '.join(names[:limit])} and {len(names) - limit} more"


def tier_move(old: str | None, new: str | None, steps: int | None) -> str:
    """'downgraded one tier, from Tier 2 Watch List to Tier 3' / 'remained on Tier 3' / 'moved from Tier 2 to
    Special Case'; '' when a tier is missing. `steps` is the profile's count of ranked placements between them
    (Profile.tier_steps: positive down the ranking, None when either is unranked)."""
    if not old or not new:
        return ""
    if old == new:
        return f"remained on {new}"
    if steps is None:
        return f"moved from {old} to {new}"
    verb = "downgraded" if steps > 0 else "upgraded"
    return f"{verb} {count(abs(steps), 'tier')}, from {old} to {new}"


def capitalised(text: str) -> str:
    """The first letter upper-cased, the rest as written: a finding's message starts like a sentence
    ('convictions fell ...' -> 'Convictions fell ...')."""
    return text[:1].upper() + text[1:]


def sentence(text: str) -> str:
    """Capitalise the first letter and end with a full stop (once)."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


# --- part verdicts ("The government decreased prosecution efforts") ------------------------------------------

PART_NAMES = {"prosecution": "prosecution", "protection": "protection", "prevention": "prevention"}


def _verdict_now(value: str) -> str:
    """'decreased slightly', 'were maintained at an insufficient level', 'were minimal', 'were absent'."""
    degree, verb, level = verdict_parts(value)
    if verb in ("increased", "decreased"):
        return f"{verb} {degree}".strip()
    lead = f"were {degree} " if degree else "were "
    if verb == "maintained":
        article = "an" if level[:1] in tuple("aeiou") else "a"
        return f"{lead}maintained at {article} {level} level" if level else f"{lead}maintained"
    if verb in ("made", "demonstrated"):
        return "were absent" if level == "no" else f"{lead}{level}" if level else f"{lead}{verb}"
    if verb == "did not make":
        return f"were not {level}" if level else "were absent"
    return f"were {value}"


def _verdict_before(value: str) -> str:
    degree, verb, _ = verdict_parts(value)
    if verb in ("increased", "decreased"):
        return f"after {'increasing' if verb == 'increased' else 'decreasing'} {degree}".strip()
    return "after being " + _verdict_now(value).removeprefix("were ")


def verdict(part: str, old: str | None, new: str | None) -> str:
    """'Prosecution efforts decreased, after being maintained at an insufficient level'; a change of degree
    alone says so: 'Protection efforts decreased slightly, after decreasing (a change of degree only)' (no full
    stop: a finding's message; `sentence()` adds one)."""
    name = PART_NAMES.get(part, part)
    if new and old:
        degree = " (a change of degree only)" if degree_only(old, new) else ""
        return f"{name.capitalize()} efforts {_verdict_now(new)}, {_verdict_before(old)}{degree}"
    if new:
        return f"{name.capitalize()} efforts {_verdict_now(new)}"
    if old:
        return f"The report no longer gives a verdict on {name} efforts (the year before they {_verdict_now(old)})"
    return ""


# --- the minimum-standards formula ---------------------------------------------------------------------------

FULLY = "fully meets the minimum standards"
SIGNIFICANT = "does not fully meet, making significant efforts"
NOT_SIGNIFICANT = "does not fully meet, not making significant efforts"
EFFORTS = "does not fully meet, making efforts"  # early narratives: efforts not said to be significant
NOT_ANY = "does not fully meet, not making any efforts"
_FORMULA_NOW = {FULLY: "fully meets the minimum standards",
                SIGNIFICANT: "does not fully meet the minimum standards but is making significant efforts",
                EFFORTS: "does not fully meet the minimum standards but is making efforts (not said to be significant)",
                NOT_SIGNIFICANT: "does not fully meet the minimum standards and is not making significant efforts",
                NOT_ANY: "does not fully meet the minimum standards and is not making any efforts"}


def formula(old: str | None, new: str | None) -> str:
    """The minimum-standards finding as a sentence (no full stop): 'The government is no longer making
    significant efforts to meet the minimum standards'."""
    if old == SIGNIFICANT and new == NOT_SIGNIFICANT:
        return "The government is no longer making significant efforts to meet the minimum standards"
    if old == NOT_SIGNIFICANT and new == SIGNIFICANT:
        return "The government is now making significant efforts to meet the minimum standards"
    if old == FULLY and new == SIGNIFICANT:
        return "The government no longer fully meets the minimum standards but is making significant efforts to do so"
    if old == FULLY and new == NOT_SIGNIFICANT:
        return ("The government no longer fully meets the minimum standards and is not making significant efforts "
                "to do so")
    if new == FULLY and old:
        return "The government now fully meets the minimum standards"
    if new and new in _FORMULA_NOW and old in _FORMULA_PAST:
        return f"The government {_FORMULA_NOW[new]} (the year before it {_FORMULA_PAST[old or '']})"
    if new and new in _FORMULA_NOW:
        return f"The government {_FORMULA_NOW[new]}"
    if old and old in _FORMULA_NOW:
        return (f"The report no longer states whether the government meets the minimum standards (the year "
                f"before it {_FORMULA_PAST[old]})")
    return ""


_FORMULA_PAST = {FULLY: "fully met them",
                 SIGNIFICANT: "did not fully meet them but was making significant efforts",
                 EFFORTS: "did not fully meet them but was making efforts",
                NOT_SIGNIFICANT: "did not fully meet them and was not making significant efforts",
                NOT_ANY: "did not fully meet them and was not making any efforts"}
_EFFORTS = {"demonstrated increasing efforts": ("demonstrated overall increasing efforts", "demonstrating them"),
            "did not demonstrate increasing efforts": ("did not demonstrate overall increasing efforts",
                                                       "not demonstrating them")}


def fact_statement(fact: str, old: str | None, new: str | None) -> str:
    """A one-valued fact's change as a sentence (no full stop), for the facts of `fact_changed` rules:
    'verdict:prosecution', 'formula', 'increasing_efforts', 'waiver', 'automatic_downgrade', 'move'."""
    if fact.startswith("verdict:"):
        return verdict(fact.split(":", 1)[1], old, new)
    if fact == "formula":
        return formula(old, new)
    if fact == "increasing_efforts":
        now = _EFFORTS.get(new or "", (new or "", ""))[0]
        before = _EFFORTS.get(old or "", ("", ""))[1]
        if new and before:
            return f"The government {now} compared to the previous reporting period, after {before} the year before"
        if new:
            return f"The government {now} compared to the previous reporting period"
        return "The report no longer says whether the government demonstrated overall increasing efforts"
    if fact == "waiver":
        if new and not old:
            return "Granted a waiver from an otherwise required downgrade"
        if old and not new:
            return "No longer on a waiver from an otherwise required downgrade"
        return "The waiver from an otherwise required downgrade changed"
    if fact == "automatic_downgrade":
        return "Downgraded automatically after the years allowed on the Watch List" if new else \
            "No longer an automatic downgrade"
    if fact == "move":
        return f"The report now says the country {new} (the year before: {old})" if old and new else \
            f"The report now says the country {new}" if new else "The report no longer states a tier move"
    return f"{fact.replace('_', ' ').capitalize()}: {old or 'none'} before, {new or 'none'} now"


# --- figures ---------------------------------------------------------------------------------------------

NOT_REPORTED = "not reported"
ABSENT = "—"  # a table cell for a figure that year's text does not mention at all
Number = int | float


@dataclass(frozen=True)
class FigureSide:
    """A figure as one year's text gives it: the value (None: the text says it was not reported) and how to
    show it with its unit ("$1.19 million", "1,610", "not reported")."""

    value: Number | None
    shown: str
    unit: str = ""  # "%" for a percentage, whose change is in percentage points


@dataclass(frozen=True)
class FigureRow:
    """One row of a figure table: old and new as written for a reader, and the change in words."""

    key: str
    label: str
    old_text: str  # '1,234', '$1.19 million', 'not reported', ABSENT (no such figure in that year's text)
    new_text: str
    change: str  # 'up 12%', 'down 40%', 'no longer reported', 'reported again', 'first reported', ''

    @property
    def changed(self) -> bool:
        return self.change != ""


def percent_words(old: Number, new: Number) -> str:
    """'up 12%', 'down 40%', 'up from zero', 'up <1%'; '' when equal."""
    if old == new:
        return ""
    if old == 0:
        return "up from zero"
    percent = (new - old) / old * 100
    rounded = round(abs(percent))
    return f"{'up' if percent > 0 else 'down'} {rounded if rounded else '<1'}%"


def points_words(old: Number, new: Number) -> str:
    """A percentage's change in percentage points: 'up 35 points', 'down 1 point'; '' when equal."""
    if old == new:
        return ""
    points = new - old
    size = f"{abs(points):,.1f}".rstrip("0").rstrip(".")
    return f"{'up' if points > 0 else 'down'} {size} {'point' if abs(points) == 1 else 'points'}"


def change_words(old: Number, new: Number, old_shown: str, new_shown: str, unit: str = "") -> str:
    """A figure's change as a clause after its label: 'fell 9%, from 33 to 30', 'rose from zero to 12'; a
    percentage ('%' unit) by percentage points: 'rose 35 percentage points, from 29 percent to 64 percent'."""
    if unit == "%":
        points = new - old
        size = f"{abs(points):,.1f}".rstrip("0").rstrip(".")
        noun = "percentage point" if abs(points) == 1 else "percentage points"
        return f"{'rose' if points > 0 else 'fell'} {size} {noun}, from {old_shown} to {new_shown}"
    if old == 0:
        return f"rose from zero to {new_shown}"
    percent = (new - old) / old * 100
    rounded = round(abs(percent))
    verb = "rose" if percent > 0 else "fell"
    return f"{verb} {rounded if rounded else 'less than 1'}%, from {old_shown} to {new_shown}"


def figure_change(old: FigureSide | None, new: FigureSide | None, comparable: bool = True) -> str:
    """The change in words; '' when nothing changed. 'not reported' is never written here: it stands in the
    value cell once, and the change column says what that means."""
    if old is not None and new is not None:
        if old.value is not None and new.value is not None:
            if not comparable:
                return "in another unit" if old.shown != new.shown else ""
            if new.unit == "%" and old.unit in ("%", ""):
                return points_words(old.value, new.value)
            return percent_words(old.value, new.value)
        if old.value is None and new.value is None:
            return ""
        return "no longer reported" if new.value is None else "reported again"
    if new is not None:
        return "first reported" if new.value is not None else ""
    if old is not None:
        return "" if old.value is None else "not in the new text"
    return ""


def figure_row(key: str, label: str, old: FigureSide | None, new: FigureSide | None,
               comparable: bool = True, other: str = "") -> FigureRow:
    """`other`: the change to show instead when the two are not one statement ("another count")."""
    change = figure_change(old, new, comparable)
    return FigureRow(key, label, old.shown if old else ABSENT, new.shown if new else ABSENT,
                     other if other and change else change)


def changed_first(rows: list[FigureRow]) -> list[FigureRow]:
    return [r for r in rows if r.changed] + [r for r in rows if not r.changed]


def unchanged_line(rows: list[FigureRow]) -> str:
    """The unchanged figures folded into one line: 'Unchanged: arrests (150), convictions (not reported).'"""
    same = [r for r in rows if not r.changed]
    if not same:
        return ""
    parts = [f"{r.label} ({r.new_text if r.new_text != ABSENT else r.old_text})" for r in same]
    return sentence("Unchanged: " + ", ".join(parts))
