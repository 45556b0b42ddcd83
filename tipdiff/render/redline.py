"""The redline of one part, as rows a template can lay out inline or side by side.

A row is plain data (kind, texts, word runs, links), built from the model in document order of the new year,
with a "moved away" marker where a moved sentence used to stand in the old year, so both ends link to each
other. Units and word runs that differ only in typography (curly against straight quotes, dashes, ellipses,
bullets, spacing: `tipdiff.canonical`) are shown as kept text in the new year's spelling, never as an
edit, and counted per part instead (SectionDiff.typography).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tipdiff.diff import change_words
from tipdiff.model import Change, Comparison, SectionDiff, WordOp
from tipdiff.render.common import anchor, part_title, slug


@dataclass(frozen=True)
class Row:
    """One line of the redline. kind: same, edited, added, removed, moved (arrived here), moved-away, rewrite."""

    kind: str
    id: str
    old_text: str = ""
    new_text: str = ""
    ops: tuple[WordOp, ...] = ()  # for edited and moved-with-edits rows
    link: str = ""  # the other end of a move
    other_part: str = ""  # the part a sentence moved from / to ("" within the part)
    note: str = ""


@dataclass(frozen=True)
class Part:
    name: str
    title: str
    id: str
    rows: tuple[Row, ...]
    counts: dict[str, int] = field(default_factory=dict)
    typography: int = 0  # sentences whose only differences are typographic
    renamed_from: str | None = None
    shown_in: dict[str, str] = field(default_factory=dict)  # change anchor -> the rewrite row showing it

    @property
    def changed(self) -> bool:
        return any(row.kind != "same" for row in self.rows)


def _edit_row(change: Change, kind: str) -> Row:
    """The row for a unit present in both years. The word diff (tipdiff.diff) compares tokens by their
    typography key, so a curly quote against a straight one is kept text, never an edit."""
    assert change.old is not None and change.new is not None
    ident = anchor(change)
    if not change.text_changed:
        return Row(kind, ident, change.old.text, change.new.text)
    return Row("edited" if kind == "same" else kind, ident, change.old.text, change.new.text, change_words(change))


def _position(comparison: Comparison) -> dict[str, int]:
    return {unit.id: index for index, unit in enumerate(comparison.old.units)}


def _moved_away(section: SectionDiff, comparison: Comparison) -> list[tuple[int, Row]]:
    """Markers for sentences that stood in this part in the old year and moved (elsewhere or within it)."""
    position = _position(comparison)
    out = []
    for other in comparison.sections:
        for change in other.changes:
            if change.kind != "moved" or change.old is None or change.old.section != section.name:
                continue
            target = "" if other.name == section.name else part_title(comparison, other.name)
            out.append((position.get(change.old.id, 0),
                        Row("moved-away", "from-" + anchor(change), change.old.text, link=anchor(change),
                            other_part=target)))
    return out


def build_part(section: SectionDiff, comparison: Comparison) -> Part:
    """The rows of one part: the new year's order, rewritten paragraphs whole, moved-away markers placed after
    the last row whose old sentence came before theirs."""
    rows: list[tuple[int | None, Row]] = []
    position = _position(comparison)
    shown_groups: set[int] = set()
    shown_in: dict[str, str] = {}
    for change in section.changes:
        old_position = position.get(change.old.id) if change.old else None
        if change.rewrite_group is not None:
            row_id = slug(f"rw-{section.name}-{change.rewrite_group}")
            shown_in[anchor(change)] = row_id
            if change.rewrite_group in shown_groups:
                continue
            shown_groups.add(change.rewrite_group)
            rewrite = next(r for r in section.rewrites if r.group == change.rewrite_group)
            rows.append((old_position, Row("rewrite", row_id, rewrite.old_text, rewrite.new_text)))
        elif change.kind == "added" and change.new is not None:
            rows.append((None, Row("added", anchor(change), new_text=change.new.text)))
        elif change.kind == "removed" and change.old is not None:
            rows.append((old_position, Row("removed", anchor(change), old_text=change.old.text)))
        elif change.kind == "moved":
            row = _edit_row(change, "moved")
            source = "" if change.from_section in (None, section.name) else part_title(comparison, change.from_section)
            rows.append((None, Row("moved", row.id, row.old_text, row.new_text, row.ops, "from-" + row.id, source)))
        else:
            rows.append((old_position, _edit_row(change, "same")))
    for old_at, marker in sorted(_moved_away(section, comparison), key=lambda m: m[0]):
        at = 0
        for index, (position_of_row, _) in enumerate(rows):
            if position_of_row is not None and position_of_row < old_at:
                at = index + 1
        rows.insert(at, (old_at, marker))
    counts = {kind: section.count(kind) for kind in ("edited", "moved", "added", "removed")}
    counts["edited"] = sum(1 for _, row in rows if row.kind == "edited")
    title = section.title if section.heading else part_title(comparison, section.name)
    return Part(section.name, title, "part-" + slug(section.name), tuple(row for _, row in rows), counts, section.typography, section.renamed_from, shown_in)


def build_parts(comparison: Comparison) -> list[Part]:
    return [build_part(section, comparison) for section in comparison.sections]
