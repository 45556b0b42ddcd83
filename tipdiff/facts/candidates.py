"""Every figure the text offers, kept per sentence and per statement, so that a comparison can follow one
statement across two years (tipdiff.facts.pairs).

A statement is a figure with its own parenthesis of last year's value ("referred 235 victims (179 in 2017)") or
its own "did not report ..." clause: one sentence may hold several of one kind ("234 trainings to 6,321
officers (66 trainings to 1,577 officers in 2017); it did not report how many officials took part (7,689 in
2016)": two statements of officials trained). Each is kept at its place in the sentence (`Figure.place`, the
character where its parenthesis or clause stands), the best reading of each place. A figure stated alone
("Courts convicted 10 traffickers") is kept only when it is the best reading of its sentence (as one with no
statement of its kind). The best of a kind is chosen by how it was found, whether it is in digits (a count in words is
more often an aside), and how close its words stand; never by where its paragraph stands (moving a paragraph
must not change a figure).
"""

from __future__ import annotations

from dataclasses import replace

from tipdiff.facts.base import Figure

Rank = tuple[object, ...]
_ALONE = -1  # the place of a figure stated alone: one per sentence


class Candidates(dict[str, dict[str, dict[int, tuple[Rank, Figure]]]]):
    """kind -> sentence -> place -> (rank, figure)."""

    def offer(self, figure: Figure, rank: Rank, place: int | None = None) -> None:
        """Offer a reading; `place`: where in the sentence its statement stands (None: stated alone)."""
        at = _ALONE if place is None else place
        figure = replace(figure, place=max(at, 0))
        key = rank + (figure.sentence, str(figure.value))
        by_place = self.setdefault(figure.key, {}).setdefault(figure.sentence, {})
        if at not in by_place or key < by_place[at][0]:
            by_place[at] = (key, figure)

    def ranked(self, kind: str) -> tuple[Figure, ...]:
        """Every statement of the kind, best first: each place's best, a figure alone only where its sentence
        has no statement."""
        kept: list[tuple[Rank, Figure]] = []
        for by_place in self[kind].values():
            stated = [entry for place, entry in by_place.items() if place != _ALONE]
            alone = by_place.get(_ALONE)
            best_alone = alone is not None and all(alone[0] < entry[0] for entry in stated)
            kept.extend(stated + ([alone] if alone is not None and best_alone else []))
        return tuple(figure for _, figure in sorted(kept, key=lambda pair: pair[0]))
