"""Which two figures of a kind are compared: one statement followed across two years.

A part may give two figures of one kind: "Local police referred 235 victims (179 in 2017)" and "the ministry
referred all 222 individuals (62 in 2016)". Each report's best figure of a kind (tipdiff.facts.figures) may then
come from a different statement each year: when the police stop reporting, the ministry's 222 is the best left,
and "fell 6%, from 235 to 222" would compare two counts of two agencies. So the figures compared are those of one
statement, as the alignment follows it (unchanged, edited, moved, split or merged):

1. the two best figures, when their sentences are one statement;
2. else the new year's figure of the kind in the sentence the old best became ("... did not report how many
   victims they referred (235 in 2018)": no longer reported), or the old year's figure in the sentence the new
   best came from;
3. else, when the old best's sentence lives on in the new year without a figure of the kind, or the new best's
   sentence was already in the old year, the two are different statements: they are shown, never compared;
4. else (both sentences rewritten beyond alignment) they are compared when they stand in one part, or one of
   them in the summary, which only repeats the parts' figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from tipdiff.facts.base import Facts, Figure
from tipdiff.model import Comparison


@dataclass(frozen=True)
class FigurePair:
    """One kind's figures of the two years. `same` is False when they are different statements (another agency's
    count, another part's), which are shown side by side and never compared."""

    key: str
    old: Figure | None
    new: Figure | None
    same: bool


class Links:
    """Which sentence each year's sentence became, or came from, as the alignment paired them."""

    def __init__(self, comparison: Comparison) -> None:
        self.forward: dict[str, set[str]] = {}
        self.backward: dict[str, set[str]] = {}
        for section in comparison.sections:
            for change in section.changes:
                if change.old is None or change.new is None:
                    continue
                for old in (change.old, *change.old_more):
                    for new in (change.new, *change.new_more):
                        self.forward.setdefault(old.text, set()).add(new.text)
                        self.backward.setdefault(new.text, set()).add(old.text)

    def one_statement(self, old: str, new: str) -> bool:
        return old == new or new in self.forward.get(old, ())


def ordinal(figure: Figure, statements: Iterable[Figure]) -> int:
    """Which statement of its kind in its sentence a figure is: 0 the first, by place."""
    return sorted(f.place for f in statements if f.sentence == figure.sentence).index(figure.place)


def _in(figures: tuple[Figure, ...], sentences: set[str], like: Figure, like_all: tuple[Figure, ...]) -> Figure | None:
    """The figure of `figures` in one of `sentences`, the one at `like`'s ordinal in its sentence when there is
    one (a sentence with two statements of a kind is followed statement by statement), else the best."""
    found = [figure for figure in figures if figure.sentence in sentences]
    at = ordinal(like, like_all)
    return next((f for f in found if ordinal(f, figures) == at), found[0] if found else None)


def _pair(key: str, old_facts: Facts, new_facts: Facts, links: Links, summary: frozenset[str]) -> FigurePair:
    old, new = old_facts.figures.get(key), new_facts.figures.get(key)
    if old is None or new is None or links.one_statement(old.sentence, new.sentence):
        return FigurePair(key, old, new, True)
    became = links.forward.get(old.sentence, set())
    came_from = links.backward.get(new.sentence, set())
    olds, news = old_facts.figure_statements.get(key, (old,)), new_facts.figure_statements.get(key, (new,))
    if (later := _in(news, became, old, olds)) is not None:
        return FigurePair(key, old, later, True)
    if (earlier := _in(olds, came_from, new, news)) is not None:
        return FigurePair(key, earlier, new, True)
    if became or came_from:
        return FigurePair(key, old, new, False)
    return FigurePair(key, old, new, old.section == new.section or bool({old.section, new.section} & summary))


def pair_figures(comparison: Comparison, old_facts: Facts, new_facts: Facts,
                 links: Links | None = None) -> Mapping[str, FigurePair]:
    """Every figure kind of either year, in the new year's order then the old's, with the figures compared."""
    links = links or Links(comparison)
    summary = frozenset(comparison.profile.role("summary"))
    keys = dict.fromkeys([*new_facts.figures, *old_facts.figures])
    return {key: _pair(key, old_facts, new_facts, links, summary) for key in keys}


def other_statements(old_facts: Facts, new_facts: Facts, pairs: Mapping[str, FigurePair],
                     links: Links) -> list[FigurePair]:
    """The other statements of a kind, each followed to the sentence it became: "arrested 150 nationals" is the
    part's arrests, and "arresting eight foreigners suspected of child sex tourism (five in 2017)" a second
    statement of arrests; when it becomes "arresting 14 foreigners (eight in 2018)", that is a change of its own,
    which the kind's one figure would hide. Only statements aligned as one sentence across the years, neither of
    them compared already (a sentence with two statements of a kind, statement by statement, in their order); in
    the new year's order of kinds, then of sentences."""
    out: list[FigurePair] = []
    for key, pair in pairs.items():
        olds, news = old_facts.figure_statements.get(key, ()), new_facts.figure_statements.get(key, ())
        used = {(f.sentence, f.place) for f in (pair.old, pair.new) if f is not None}
        by_place = {(f.sentence, ordinal(f, olds)): f for f in olds if (f.sentence, f.place) not in used}
        for new in news:
            if (new.sentence, new.place) in used:
                continue
            at = ordinal(new, news)
            sentences = [*sorted(links.backward.get(new.sentence, ())), new.sentence]
            old = next((by_place.pop((s, at)) for s in sentences if (s, at) in by_place), None)
            if old is not None and old.section == new.section:
                out.append(FigurePair(key, old, new, True))
    return out


class FigurePairing:
    """A check's figure pairs, built once for every figure rule and only when one asks: each kind's main pair
    (`pairs`) and its other statements (`others`), from one pass over the alignment (`Links`)."""

    def __init__(self, comparison: Comparison, old_facts: Facts, new_facts: Facts) -> None:
        self.comparison, self.old_facts, self.new_facts = comparison, old_facts, new_facts

    @cached_property
    def links(self) -> Links:
        return Links(self.comparison)

    @cached_property
    def pairs(self) -> dict[str, FigurePair]:
        return dict(pair_figures(self.comparison, self.old_facts, self.new_facts, self.links))

    @cached_property
    def others(self) -> list[FigurePair]:
        return other_statements(self.old_facts, self.new_facts, self.pairs, self.links)
