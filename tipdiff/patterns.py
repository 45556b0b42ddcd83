"""Patterns a user can supply (report profiles, the fact vocabulary) run under a time budget.

A regular expression like `(a|aa)+b` backtracks catastrophically: on a long line of `a`s it would run for
hours. Every profile and vocabulary pattern is compiled with the `regex` module (compatible with `re`, and able
to stop a match after a timeout) and each call gets PATTERN_BUDGET_SECONDS. A pattern that runs past it stops
the run with one line naming the pattern and the file (and line) it came from: exit 2, as for any bad rule.
Rules of type `phrase` have their own budget over the whole rule (tipdiff/ruletypes/phrase.py).

The `regex` module parses a pattern in Python (about 1 ms each): a user's patterns are compiled at once, so an
invalid one is named before the run starts, but the shipped profiles' and vocabulary's (`lazy`, checked by
tests/test_shipped_patterns.py) only when first used, under the same budget; a one-country run uses about a
tenth of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from tipdiff.errors import RuleError, TipdiffError

PATTERN_BUDGET_SECONDS = 2.0  # per call; a sane pattern takes microseconds on a paragraph
IGNORECASE = regex.IGNORECASE

Match = Any  # regex.Match[str]: the same interface as re.Match (group, groupdict, start, end, span)


class PatternBudgetError(RuleError):
    """A user-supplied pattern ran past its time budget and was stopped."""


def shown(pattern: str, limit: int = 80) -> str:
    """A pattern quoted as the user wrote it (no doubled backslashes), cut to `limit` characters, one line."""
    text = " ".join(pattern.split("\n"))
    return "'" + (text if len(text) <= limit else text[: limit - 1] + "…") + "'"


class BudgetPattern:
    """A compiled pattern with where it came from; search/match/fullmatch/finditer as on `re.Pattern`, each
    call stopped after `budget` seconds with PatternBudgetError naming the pattern and its file:line."""

    __slots__ = ("_compiled", "_error", "_flags", "_label", "budget", "line", "origin", "pattern", "shown_as")

    def __init__(self, pattern: str, flags: int, origin: str, line: int | None = None,
                 budget: float = PATTERN_BUDGET_SECONDS, shown_as: str | None = None, *,
                 error: type[TipdiffError] = RuleError, label: str = "pattern") -> None:
        self.pattern = pattern
        self.origin = origin
        self.line = line
        self.budget = budget
        self.shown_as = shown_as  # how an error names a pattern built from several of the user's
        self._flags, self._error, self._label = flags, error, label
        self._compiled: Any = None

    @property
    def compiled(self) -> Any:
        """The `regex` pattern, compiled on first use; an invalid one is an error at origin:line naming it."""
        if self._compiled is None:
            try:
                self._compiled = regex.compile(self.pattern, self._flags)
            except (regex.error, TypeError, ValueError) as exc:
                raise self._error(f"{self._label} {shown(self.pattern)} is not a valid regular expression ({exc})",
                                  path=self.origin, line=self.line) from None
        return self._compiled

    def __repr__(self) -> str:
        return f"BudgetPattern({self.pattern!r}, {self.origin}:{self.line})"

    def _stopped(self, text: str) -> PatternBudgetError:
        return PatternBudgetError(f"{self.shown_as or 'pattern ' + shown(self.pattern)} ran past the time budget ({self.budget:g} s) on "
                                  f"a {len(text):,}-character paragraph and was stopped; it backtracks "
                                  "catastrophically: rewrite it (avoid nested or overlapping repeats like (a|aa)+)",
                                  path=self.origin, line=self.line)

    def search(self, text: str, pos: int = 0) -> Match | None:
        try:
            return self.compiled.search(text, pos, timeout=self.budget)
        except TimeoutError:
            raise self._stopped(text) from None

    def match(self, text: str, pos: int = 0) -> Match | None:
        try:
            return self.compiled.match(text, pos, timeout=self.budget)
        except TimeoutError:
            raise self._stopped(text) from None

    def fullmatch(self, text: str, pos: int = 0) -> Match | None:
        try:
            return self.compiled.fullmatch(text, pos, timeout=self.budget)
        except TimeoutError:
            raise self._stopped(text) from None

    def finditer(self, text: str, pos: int = 0) -> Iterator[Match]:
        """Every match (found eagerly, so the budget covers the whole scan)."""
        try:
            return iter(list(self.compiled.finditer(text, pos, timeout=self.budget)))
        except TimeoutError:
            raise self._stopped(text) from None


def compile_pattern(pattern: str, origin: str, line: int | None = None, *, flags: int = IGNORECASE,
                    error: type[TipdiffError] = RuleError, label: str = "pattern",
                    shown_as: str | None = None, lazy: bool = False) -> BudgetPattern:
    """Compile a user's pattern; an invalid one is an error at origin:line naming it. `lazy` (shipped patterns
    only, which the test suite compiles): compiled on first use instead."""
    compiled = BudgetPattern(pattern, flags, origin, line, shown_as=shown_as, error=error, label=label)
    if not lazy:
        _ = compiled.compiled
    return compiled
