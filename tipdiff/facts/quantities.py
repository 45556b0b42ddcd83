"""Quantities as the reports write them: counts ("31", "1,577", "two"), amounts with a scale word and a
currency ("2.3 billion riels", "$560,000", "1.2 million baht", "$1.4 million") and percentages ("21 percent").

A `Quantity` keeps the amount in base units (2.3 billion riels -> 2,300,000,000 riels), the unit ("riels",
"USD", "%", or "" for a count) and the words as written, so a finding can show both values with their units.
Currency names come from the fact vocabulary (tipdiff/data/facts.yaml, `currencies`), so a user can add one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SYMBOLS = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP"}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
# "one" is also a pronoun ("one of the shelters", "no one"): as a count it must not be followed by "of".
_WORDS = (rf"(?:{_TENS})(?:-(?:{_UNITS_WORDS}))?|zero|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
          rf"seventeen|eighteen|nineteen|ten|(?:{_UNITS_WORDS})(?!\s+of\b)")
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


# The rest of a compound number in words ("three hundred [and] fifty"): such a number is left unread, never
# read as its first part.
_COMPOUND_REST = re.compile(rf"(?:\s+and)?\s+(?:{_WORDS}|\d)\b", re.IGNORECASE)

# Words of comparison a prior-year parenthesis may open with: "(up from 155 in 2014)", "(compared with 303 ...)".
PRIOR_LEAD = re.compile(r"^(?:(?:up|down|an? (?:increase|decrease) |a (?:rise|fall|drop) )\s*from|compared (?:with|to)"
                        r"|versus|vs\.|against|from)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    amount: float  # in base units: riels, dollars, a count, or percentage points
    unit: str  # "riels", "USD", "%", "" for a count
    text: str  # as written, whitespace folded ("2.3 billion riels")
    start: int = 0
    end: int = 0

    @property
    def value(self) -> int | float:
        return int(self.amount) if float(self.amount).is_integer() else self.amount

    def show(self) -> str:
        return show(self.value, self.unit, self.text)


def show(value: int | float | None, unit: str, text: str = "") -> str:
    """A value with its unit for a message: an amount or percentage as written when known ("2.3 billion riels"),
    a count in digits ("2", not "two"), else the number with its unit ('2,300,000,000 riels')."""
    if value is None:
        return "not reported"
    if text and unit:
        return text
    number = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")
    if unit == "USD":
        return f"${number}"
    if unit == "%":
        return f"{number}%"
    return f"{number} {unit}".strip()


def _number(raw: str) -> float | None:
    raw = raw.lower()
    if raw in WORD_NUMBERS:
        return WORD_NUMBERS[raw]
    if "-" in raw:
        tens, ones = raw.split("-", 1)
        return WORD_NUMBERS[tens] + WORD_NUMBERS[ones]
    if "," in raw and not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
        return None  # a malformed number, such as the source's own "70,5000": never guessed
    return float(raw.replace(",", ""))


@lru_cache(maxsize=8)
def quantity_pattern(currencies: tuple[str, ...]) -> re.Pattern[str]:
    """Numbers with an optional currency symbol before, scale word and currency or percent after. Years
    (1900-2099 without a unit), ranges ("2019-2023") and parts of words or codes ("G20", "1.5x") are not
    quantities."""
    names = "|".join(sorted((re.escape(c) for c in currencies), key=len, reverse=True)) or "(?!)"
    return re.compile(
        rf"(?<![\w.,$€£-])(?<!hundred )(?<!thousand )(?<!hundred and )(?<!thousand and )(?P<symbol>US\$|\$|€|£|USD\s?|EUR\s?)?"
        rf"(?P<number>{_DIGITS}|\b(?:{_WORDS})\b)(?![\w,]*\d)(?!-\d)"
        rf"(?:\s(?P<scale>hundred|thousand|million|billion|trillion)\b)?"
        rf"(?:\s?(?P<percent>%|percent\b|per cent\b)|\s(?P<currency>{names})\b)?",
        re.IGNORECASE)


def find_quantities(text: str, currencies: dict[str, str]) -> list[Quantity]:
    """Every quantity in `text`, in order; a year standing alone ("in 2018") is not one."""
    found = []
    for match in quantity_pattern(tuple(currencies)).finditer(text):
        number = match.group("number")
        amount = _number(number)
        symbol, scale, percent, currency = (match.group(g) for g in ("symbol", "scale", "percent", "currency"))
        if amount is None:
            continue
        if not (symbol or scale or percent or currency) and re.fullmatch(r"(?:19|20)\d\d", number):
            continue
        if number[:1].isalpha() and scale and scale.lower() in ("hundred", "thousand") and not symbol:
            if _COMPOUND_REST.match(text, match.end()):
                continue  # "three hundred fifty": a compound number in words, never read as part of it
        elif number[:1].isalpha() and (symbol or (scale and not currency and not symbol)):
            continue  # "$ one", "one million" alone: too rare to trust
        if scale and scale.lower() == "hundred" and not number[:1].isalpha():
            continue  # "3 hundred" is not how the reports write numbers: no guess
        if scale:
            amount *= SCALES[scale.lower()]
        unit = ("%" if percent else SYMBOLS.get(symbol.strip().lower(), "USD") if symbol
                else currencies.get(currency.lower(), currency) if currency else "")
        words = " ".join(match.group(0).split())
        found.append(Quantity(amount, unit, words, match.start(), match.end()))
    return found


def leading_quantity(text: str, currencies: dict[str, str]) -> Quantity | None:
    """The quantity a parenthesis opens with: '1.9 billion riels ($470,000) in 2018' -> 1.9 billion riels,
    after words of comparison ('up from 155 in 2014', 'compared with 303 in 2014'); words for none ('none',
    'no', 'zero') are 0."""
    stripped = PRIOR_LEAD.sub("", text.lstrip(), count=1)
    if re.match(r"(?:none|no|zero)\b", stripped, re.IGNORECASE):
        return Quantity(0, "", stripped.split()[0])
    found = find_quantities(stripped, currencies)
    return found[0] if found and found[0].start == 0 else None
