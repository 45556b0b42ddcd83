"""Labelled fields run together on one line: the CIA World Factbook's 2006-2017 editions print
"current situation: ... tier rating: Tier 2 Watch List - ..." as one paragraph, sometimes with a "|" between the
fields and sometimes with no space at all ("...child sex tourismtier rating: ..."). A profile that sets
`split_at_headings: true` has every paragraph cut before each of its section headings that ends with ":", so
each field becomes its own part, whatever the edition's layout.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from tipdiff.errors import InputError
from tipdiff.ingest.text import CleanText
from tipdiff.patterns import BudgetPattern, compile_pattern
from tipdiff.profile import Profile


@lru_cache(maxsize=8)
def _labels(headings: tuple[str, ...], source: str) -> BudgetPattern | None:
    """The profile's label headings as one pattern, run under the time budget (they are the profile's patterns)."""
    labels = [h for h in headings if h.endswith(":")]
    if not labels:
        return None
    return compile_pattern(r"\s*\|?\s*(?=(?:" + "|".join(labels) + "))", source, label="heading pattern",
                           shown_as="a heading label pattern", error=InputError)


def split_at_labels(cleaned: CleanText, profile: Profile) -> CleanText:
    """The cleaned text with each paragraph cut before every heading label it holds (not at its start)."""
    if not profile.split_at_headings:
        return cleaned
    pattern = _labels(tuple(h for spec in profile.sections for h in spec.headings), profile.source)
    if pattern is None:
        return cleaned
    paragraphs: list[str] = []
    lines: list[int] = []
    levels: list[int] = []
    for index, paragraph in enumerate(cleaned.paragraphs):
        cuts = [m.start() for m in pattern.finditer(paragraph) if m.end() > 0]
        pieces = [paragraph[a:b] for a, b in zip([0] + cuts, cuts + [len(paragraph)], strict=True)]
        for piece in pieces:
            piece = piece.strip().strip("|").strip()
            if piece:
                paragraphs.append(piece)
                lines.append(cleaned.lines[index])
                levels.append(cleaned.level(index))
    return dataclasses.replace(cleaned, paragraphs=tuple(paragraphs), lines=tuple(lines),
                               levels=tuple(levels) if cleaned.levels else ())


def is_empty_entry(paragraphs: tuple[str, ...], profile: Profile) -> bool:
    """True when the text is nothing but the profile's labels ("current situation: | tier rating:")."""
    if not profile.split_at_headings or not paragraphs:
        return False
    headings = [h.casefold() for spec in profile.sections for h in spec.headings]
    return all(p.strip(" |").casefold() in headings for p in paragraphs)
