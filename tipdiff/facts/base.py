"""The fact types: what one report version says (tier, move, figures, actors, ...), each with the section and the
sentence it rests on. Kept apart from the extractors so they import it without an import cycle."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Fact:
    value: str
    section: str
    sentence: str


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    value: int | float | None  # None: the report says it was not reported, which is not zero
    prior: int | float | None
    prior_year: int | None
    section: str
    sentence: str
    labor: int | None = None
    sex: int | None = None
    prior_text: str = ""  # the parenthesis as written, kept when its number is malformed ("70,5000 in 2017")
    unit: str = ""  # "" for a count, "%", "USD", "riels", ... (tipdiff.facts.quantities)
    value_text: str = ""  # the quantity as written ("2.3 billion riels")
    prior_unit: str = ""
    prior_value_text: str = ""
    converted: str = ""  # the dollar value written beside an amount in another currency ("$560,000")
    place: int = 0  # where in the sentence its statement stands (tipdiff.facts.candidates)

    @property
    def reported(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class Actor:
    key: str  # folded canonical name: one actor, however it is written
    name: str  # canonical name as shown
    kind: str  # body, person, place, law
    section: str
    sentence: str
    forms: tuple[str, ...] = ()  # every folded way the report may write it: the name, its acronyms and aliases


@dataclass(frozen=True)
class Facts:
    country: str | None = None
    tier: Fact | None = None
    move: Fact | None = None
    waiver: Fact | None = None
    automatic_downgrade: Fact | None = None
    formula: Fact | None = None
    increasing_efforts: Fact | None = None
    streak: Fact | None = None  # consecutive years at this tier as the report states it ("2"), with the move "remained"
    designations: Mapping[str, Fact] = field(default_factory=dict)
    verdicts: Mapping[str, Fact] = field(default_factory=dict)
    figures: Mapping[str, Figure] = field(default_factory=dict)
    # every sentence's figure of each kind, best first (figures[key] is the first): a part may give two figures of
    # one kind ("police referred 235 victims", "the ministry referred all 222"), and a comparison follows one
    figure_statements: Mapping[str, tuple[Figure, ...]] = field(default_factory=dict)
    actors: Mapping[str, Actor] = field(default_factory=dict)
    recommendations: tuple[str, ...] = ()

    def scalar(self, name: str) -> Fact | None:
        """A scalar fact by name; 'verdict:prosecution' for a part's verdict."""
        if name.startswith("verdict:"):
            return self.verdicts.get(name.split(":", 1)[1])
        value = getattr(self, name, None)
        return value if isinstance(value, Fact) or value is None else None
