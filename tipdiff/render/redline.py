"""The redline of one part, as rows a template can lay out inline or side by side.

A row is plain data (kind, texts, word runs, links), built from the model in document order of the new year,
with a "moved away" marker where a moved sentence used to stand in the old year, so both ends link to each
other. Units and word runs that differ only in typography (curly against straight quotes, dashes, ellipses,
bullets, spacing: `tipdiff.canonical`) are shown as kept text in the new year's spelling, never as an
edit, and counted per part instead (SectionDiff.typography).

A sentence split in two between the years, or two merged into one (`tipdiff.splitmerge`), is one row of its own
kind: the word diff over the joined text, cut back at the sentence boundaries, so each of the two sentences
shows its own word marks ("split into two": the old sentence against both new ones; "merged from two": both
old sentences against the new one).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from tipdiff import wording
from tipdiff.diff import change_words
from tipdiff.model import Change, Comparison, SectionDiff, Unit, WordOp
from tipdiff.render.common import anchor, part_title, slug

JOINED = ("split", "merged")


@dataclass(frozen=True)
class Row:
    """One line of the redline. kind: same, edited, added, removed, moved (arrived here), moved-away, rewrite,
    split, merged. A split or merged row has the word runs of each old and each new sentence (`old_parts`,
    `new_parts`: one tuple of runs per sentence; the old side's kept runs in the old year's spelling)."""

    kind: str
    id: str
    old_text: str = ""
    new_text: str = ""
    ops: tuple[WordOp, ...] = ()  # for edited and moved-with-edits rows
    link: str = ""  # the other end of a move
    other_part: str = ""  # the part a sentence moved from / to ("" within the part)
    note: str = ""  # what happened, in words, for split and merged rows and their moved-away markers
    old_parts: tuple[tuple[WordOp, ...], ...] = ()
    new_parts: tuple[tuple[WordOp, ...], ...] = ()


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
    merged_from: tuple[str, ...] = ()

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


def _cut(ops: tuple[WordOp, ...], units: tuple[Unit, ...], side: int) -> tuple[tuple[WordOp, ...], ...]:
    """The runs of `ops` per unit of one side (side 1: new, -1: old), cut where the units' texts were joined
    (the joining space dropped). Runs of the other side go with the unit they stand in (at a boundary: the
    first). `ops`' kept and `side` runs must give the units' texts joined by one space."""
    ends, at = [], 0
    for unit in units:
        at += len(unit.text)
        ends.append(at)
        at += 1  # the joining space
    parts: list[list[WordOp]] = [[] for _ in units]
    index, position = 0, 0

    def put(op: int, text: str) -> None:
        if not text:
            return
        runs = parts[index]
        if runs and runs[-1].op == op:
            runs[-1] = WordOp(op, runs[-1].text + text)
        else:
            runs.append(WordOp(op, text))

    for op in ops:
        if op.op not in (0, side):
            put(op.op, op.text)
            continue
        text = op.text
        while text:
            if index < len(units) - 1 and position + len(text) > ends[index]:
                head = ends[index] - position
                put(op.op, text[:head])
                text, position, index = text[head + 1:], ends[index] + 1, index + 1
            else:
                put(op.op, text)
                position += len(text)
                text = ""
    return tuple(tuple(runs) for runs in parts)


def _plain(units: tuple[Unit, ...]) -> tuple[tuple[WordOp, ...], ...]:
    return tuple((WordOp(0, unit.text),) for unit in units)


def joined_note(change: Change) -> str:
    """'split into two' / 'merged from two'."""
    if change.kind == "split":
        return f"split into {wording.number(len(change.new_units))}"
    return f"merged from {wording.number(len(change.old_units))}"


def _joined_row(change: Change, comparison: Comparison, section: SectionDiff) -> Row:
    """A split or merged row: each sentence of both years with its word marks."""
    ident = anchor(change)
    ops = change_words(change)
    old_parts = _cut(change_words(change, kept="old"), change.old_units, -1) if ops else _plain(change.old_units)
    new_parts = _cut(ops, change.new_units, 1) if ops else _plain(change.new_units)
    moved = change.from_section not in (None, section.name)
    return Row(change.kind, ident, change.old_text, change.new_text, ops, "from-" + ident if moved else "",
               part_title(comparison, change.from_section) if moved else "", joined_note(change), old_parts, new_parts)


def _position(comparison: Comparison) -> dict[str, int]:
    return {unit.id: index for index, unit in enumerate(comparison.old.units)}


def _moved_away(section: SectionDiff, comparison: Comparison) -> list[tuple[int, Row]]:
    """Markers for sentences that stood in this part in the old year and moved (elsewhere or within it)."""
    position = _position(comparison)
    out = []
    for other in comparison.sections:
        for change in other.changes:
            if change.old is None or change.old.section != section.name:
                continue
            if change.kind in JOINED and change.from_section not in (None, other.name):
                note = f"{joined_note(change)} and moved to {part_title(comparison, other.name)}"
            elif change.kind != "moved":
                continue
            else:
                note = ""
            target = "" if other.name == section.name else part_title(comparison, other.name)
            out.append((position.get(change.old.id, 0),
                        Row("moved-away", "from-" + anchor(change), change.old_text, link=anchor(change),
                            other_part=target, note=note)))
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
        elif change.kind in JOINED:
            moved_here = change.from_section not in (None, section.name)
            rows.append((None if moved_here else old_position, _joined_row(change, comparison, section)))
        else:
            rows.append((old_position, _edit_row(change, "same")))
    for old_at, marker in sorted(_moved_away(section, comparison), key=lambda m: m[0]):
        at = 0
        for index, (position_of_row, _) in enumerate(rows):
            if position_of_row is not None and position_of_row < old_at:
                at = index + 1
        rows.insert(at, (old_at, marker))
    # the model's counts, as every format gives them (a paragraph shown whole still counts its edited, added
    # and removed sentences), and how many paragraphs are shown whole
    counts = {kind: section.count(kind) for kind in ("edited", "moved", "split", "merged", "added", "removed")}
    counts["rewritten"] = len(section.rewrites)
    return Part(section.name, part_title(comparison, section.name), "part-" + slug(section.name),
                tuple(row for _, row in rows), counts, section.typography, section.renamed_from, shown_in,
                section.merged_from)


def build_parts(comparison: Comparison) -> list[Part]:
    return [build_part(section, comparison) for section in comparison.sections]


def only_part(parts: list[Part], name: str | None) -> list[Part]:
    """The parts `compare --section NAME` shows: that one only, its links to a part not shown made plain text
    (a moved sentence still says where it went, without a link to nowhere)."""
    if name is None:
        return parts
    kept = [part for part in parts if part.name == name]
    ids = {row.id for part in kept for row in part.rows}
    return [dataclasses.replace(part, rows=tuple(row if not row.link or row.link in ids else
                                                 dataclasses.replace(row, link="") for row in part.rows))
            for part in kept]
