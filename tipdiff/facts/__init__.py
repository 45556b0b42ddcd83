"""Facts read from one report version: the layer rules compare. Testable on its own, no alignment needed.

Every fact keeps the section and the sentence it rests on, so a finding can quote its evidence.
"""

from __future__ import annotations

from types import MappingProxyType

from tipdiff.facts.actors import extract_actors
from tipdiff.facts.base import Actor, Fact, Facts, Figure
from tipdiff.facts.figures import read_figures
from tipdiff.facts.status import extract_status
from tipdiff.facts.vocabulary import Vocabulary, load_vocabulary
from tipdiff.model import Report

__all__ = ["Actor", "Fact", "Facts", "Figure", "extract_facts"]


def extract_facts(report: Report, vocabulary: Vocabulary | None = None) -> Facts:
    vocabulary = vocabulary or load_vocabulary()
    status = extract_status(report)
    figures, statements = read_figures(report, vocabulary)
    return Facts(
        country=report.country,
        figures=MappingProxyType(figures),
        figure_statements=MappingProxyType(statements),
        actors=MappingProxyType(extract_actors(report, vocabulary)),
        recommendations=tuple(u.text for part in report.profile.role("recommendations") for u in report.units_in(part)),
        **status,
    )
