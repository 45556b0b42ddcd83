"""phrase: a term of emphasis appears in the new year (absent from the old one) or disappears.

Options:
  terms: the phrases to watch (required), matched case-insensitively as whole words.
  regex: true to read terms as regular expressions (run with a time budget: a pattern that backtracks
         without end is stopped and reported as a rule error, never left to hang the run).
  change: appears | disappears (default appears).
Placeholders: term, count_old, count_new.
Scope: the rule's `sections` (default: all parts). One finding per term, quoting the first sentence with it.
Terms match the typography-folded text (tipdiff.canonical): "state‑owned" with a no-break hyphen, curly
or straight quotes and apostrophes, any dash style are the same term.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import regex

from tipdiff.canonical import comparison_key, fold_pattern
from tipdiff.errors import RuleError
from tipdiff.model import Report, Unit
from tipdiff.ruletypes.base import Context, Hit

if TYPE_CHECKING:
    from tipdiff.rules_loader import Rule  # only a type: the loader imports the rule types

TYPE = "phrase"
OPTIONS = {"type": "object", "additionalProperties": False, "required": ["terms"],
           "properties": {"terms": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
                          "regex": {"type": "boolean"},
                          "change": {"enum": ["appears", "disappears"]}}}
PLACEHOLDERS = ("term", "count_old", "count_new")


def compile_terms(options: dict[str, Any]) -> list[tuple[str, Any]]:
    """Compiled at load time, so a bad pattern is a rule error before any report is read."""
    out = []
    for term in options["terms"]:
        source = fold_pattern(term) if options.get("regex") else r"\b" + regex.escape(comparison_key(term)) + r"\b"
        out.append((term, regex.compile(source, regex.IGNORECASE | regex.V0)))
    return out


def _literal(term: str, options: dict[str, Any]) -> str | None:
    """The lower-cased folded term when it is a plain ASCII phrase (not a regex), else None. For ASCII text
    the regex module's case-insensitive match is exactly ASCII lower-casing, so a sentence whose lower-cased
    key does not contain it cannot match and is skipped without running the pattern."""
    if options.get("regex"):
        return None
    folded = comparison_key(term)
    return folded.lower() if folded.isascii() else None


class PatternTimeout(RuleError):
    """A rule's pattern ran past its time budget."""


def _sentences(report: Report, sections: tuple[str, ...]) -> list[Unit]:
    return [u for u in report.units if not sections or u.section in sections]


def _key(unit: Unit) -> str:
    """The unit's typography-folded text with its commas (`comparison_key`; the unit's own key drops the commas
    between words, and a term may hold one): made once per unit and rule, not once per term."""
    return comparison_key(unit.text)


def _find(pattern: Any, keys: list[tuple[Unit, str, str]], deadline: float, term: str,
          literal: str | None) -> tuple[int, Unit | None]:
    """How often the term occurs over the units (given with their key and lower-cased key), and the first unit
    with it. Raises PatternTimeout past the deadline."""
    count = 0
    first: Unit | None = None
    for unit, key, lowered in keys:
        if literal is not None and key.isascii() and literal not in lowered:
            continue  # exact: see _literal
        remaining = deadline - time.monotonic()
        try:
            found = len(pattern.findall(key, timeout=max(remaining, 0.001)))
        except TimeoutError:
            raise PatternTimeout(f"pattern {term!r} ran past the time budget and was stopped; it backtracks "
                                 "without end (nested repetition such as (a|aa)+): simplify it") from None
        if found and first is None:
            first = unit
        count += found
    return count, first


def check(rule: Rule, context: Context) -> list[Hit]:
    change = rule.options.get("change", "appears")
    old_units = _sentences(context.comparison.old, rule.sections)
    new_units = _sentences(context.comparison.new, rule.sections)
    old_keys = [(u, key, key.lower()) for u in old_units for key in (_key(u),)]
    new_keys = [(u, key, key.lower()) for u in new_units for key in (_key(u),)]
    hits = []
    for term, pattern in rule.compiled:
        literal = _literal(term, rule.options)
        count_old, first_old = _find(pattern, old_keys, context.deadline, term, literal)
        count_new, first_new = _find(pattern, new_keys, context.deadline, term, literal)
        if change == "appears" and first_new is not None and not count_old:
            hits.append(Hit(first_new.section, None, first_new.text, subject=term,
                            values={"term": term, "count_old": count_old, "count_new": count_new}))
        elif change == "disappears" and first_old is not None and not count_new:
            hits.append(Hit(first_old.section, first_old.text, None, subject=term,
                            values={"term": term, "count_old": count_old, "count_new": count_new}))
    return hits
