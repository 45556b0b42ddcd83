"""What every rule type shares: the Context a check reads and the Hit it returns. Kept apart from the registry
(tipdiff/ruletypes/__init__.py) so the type modules import it without an import cycle."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from tipdiff.facts import Facts
from tipdiff.facts.pairs import FigurePair, FigurePairing
from tipdiff.facts.vocabulary import Vocabulary
from tipdiff.model import Comparison

# Placeholders every rule's message may use, whatever its type.
COMMON_PLACEHOLDERS = ("country", "old_year", "new_year", "old_tier", "new_tier", "section", "old", "new")


@dataclass(frozen=True)
class Hit:
    """What a check found; the engine turns it into a Finding with the rule's id, severity and message."""

    section: str
    old: str | None
    new: str | None
    subject: str  # what the finding is about (a figure key, an actor, a term): one finding per subject
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Context:
    comparison: Comparison
    old: Facts
    new: Facts
    deadline: float  # time.monotonic() by which a rule's patterns must have finished
    vocabulary: Vocabulary | None = None  # the run's word lists (None: the shipped ones)
    figures: FigurePairing | None = None  # the check's figure pairs, shared by its rules (None: built here)

    @cached_property
    def _pairing(self) -> FigurePairing:
        return self.figures or FigurePairing(self.comparison, self.old, self.new)

    @property
    def figure_pairs(self) -> dict[str, FigurePair]:
        """Each figure kind's two figures, one statement followed across the years (tipdiff.facts.pairs); built
        once per check, and only when a rule asks."""
        return self._pairing.pairs

    @property
    def other_figure_pairs(self) -> list[FigurePair]:
        """A kind's other statements, each followed to the sentence it became (tipdiff.facts.pairs)."""
        return self._pairing.others
