"""One year's units of one part as tipdiff.align sees them: comparison keys, which units are still unpaired,
and, made only for the units that are scored, their words as codes (tipdiff.pairing.WordCodes), word sets and
content-word sets."""

from __future__ import annotations

from functools import lru_cache

from tipdiff.canonical import unit_key
from tipdiff.diff import words
from tipdiff.model import Unit
from tipdiff.pairing import WordCodes


@lru_cache(maxsize=1 << 16)
def unit_key_folded(text: str, kind: str) -> str:
    """The typography fold of a unit (`unit_key`), once per distinct text: most sentences come back unchanged."""
    return unit_key(text, kind)


@lru_cache(maxsize=1 << 16)
def _key_words(key: str) -> tuple[str, ...]:
    return tuple(words(key))


class Side:
    """Units of one part of one year, their comparison keys, and which are still unpaired. Words (as codes of
    the comparison's `WordCodes`) and word sets are made only for the units that need scoring (most units are
    paired by their key alone)."""

    def __init__(self, units: list[Unit], codes: WordCodes) -> None:
        self.units = units
        # compared by the typography fold: a unit that differs only in quotes, dashes, bullets is the same unit
        self.keys = [u.key or unit_key_folded(u.text, u.kind) for u in units]
        self.free = set(range(len(units)))
        self._codes = codes
        self._words: dict[int, str] = {}
        self._sets: dict[int, set[str]] = {}
        self._content: dict[int, set[str]] = {}

    def words(self, index: int) -> str:
        """The unit's words as a code (tipdiff.pairing.WordCodes): one character per word."""
        found = self._words.get(index)
        if found is None:
            found = self._words[index] = self._codes.encode(_key_words(self.keys[index]))
        return found

    def word_set(self, index: int) -> set[str]:
        found = self._sets.get(index)
        if found is None:
            found = self._sets[index] = set(self.words(index))
        return found

    def content(self, index: int) -> set[str]:
        """The unit's word set without the common words (tipdiff.pairing.COMMON), made once."""
        found = self._content.get(index)
        if found is None:
            found = self._content[index] = self.word_set(index) - self._codes.common
        return found
