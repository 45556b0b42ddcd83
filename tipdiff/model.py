"""The data tipdiff passes between stages: frozen dataclasses, no behaviour beyond small derived views.

Renderers read these; nothing here knows about terminals, Markdown or JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tipdiff.profile import Profile

CHANGE_KINDS = ("unchanged", "edited", "moved", "split", "merged", "added", "removed")


def shown_heading(heading: str) -> str:
    """A part's heading as every output shows it: spaces folded, and the colon that ends a heading written as a
    run-in label dropped ('Corruption: ' -> 'Corruption'). Parts are keyed by name, never by this text."""
    return " ".join(heading.split()).rstrip(":").rstrip()


@dataclass(frozen=True)
class Section:
    """One part of a narrative as it stands in the file, in document order."""

    name: str
    heading: str | None
    paragraphs: tuple[str, ...]
    line: int  # 1-based line in the cleaned text where the section starts
    inline: bool = False  # the heading opens the first paragraph ("Recommendations for X: ...")

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Unit:
    """A sentence, or one recommendation item: the unit that is aligned across years."""

    id: str  # stable within a report: "<section>-<n>"
    section: str
    paragraph: int  # index of the paragraph within the section (all segments of that name counted together)
    text: str
    kind: str = "sentence"  # or "item"
    key: str = ""  # what it is compared by: the text beyond typography (set by sections.units_of, from
    # tipdiff.canonical.unit_key); two units with one key say the same words


@dataclass(frozen=True)
class Report:
    path: str
    profile: Profile  # the report series it was read as, resolved once (tipdiff.profile)
    country: str | None
    year: int | None
    year_source: str  # "option", "file name", "text", "page title", "citation", "figures" (a guess), "unknown"
    tier: str | None
    title: str | None
    sections: tuple[Section, ...]
    units: tuple[Unit, ...]
    removed_chrome: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    encoding: str = "utf-8"
    title_line: int | None = None  # where the title stood, so the parts join back in order
    # the stated tier contradicts the narrative's formula (tipdiff.facts.status.tier_formula_warning): the
    # warning, read once, that compare, check, history and the JSON all show; None when they agree
    tier_formula: str | None = None

    @property
    def label(self) -> str:
        return str(self.year) if self.year else self.path

    def section_names(self) -> list[str]:
        seen: list[str] = []
        for section in self.sections:
            if section.name not in seen:
                seen.append(section.name)
        return seen

    def units_in(self, section: str) -> list[Unit]:
        return [unit for unit in self.units if unit.section == section]

    def missing_parts(self) -> list[str]:
        """The parts a complete narrative of this year has that this file lacks (Profile.missing_parts); empty
        when no part at all was recognised (then nothing says the paste stopped early)."""
        names = self.section_names()
        if all(name == self.profile.unsectioned for name in names):
            return []
        return self.profile.missing_parts(names, self.tier, self.year)

    def truncated_parts(self) -> list[str]:
        """The parts lost to a truncated paste: at least two parts missing, and all of them the last ones a
        complete narrative of this year has (the paste stopped after its opening). A single last part, or parts
        missing in the middle, is a part dropped, not a paste cut short: empty then."""
        missing = self.missing_parts()
        era = self.profile.era_year(self.section_names(), self.year)  # an unknown year dated by the shape
        complete = self.profile.missing_parts([], self.tier, era)
        return missing if len(missing) >= 2 and complete[len(complete) - len(missing):] == missing else []


@dataclass(frozen=True)
class WordOp:
    """One run of a word diff: op -1 deleted, 0 kept, 1 inserted."""

    op: int
    text: str


@dataclass(frozen=True)
class Change:
    """How one unit fared between the years.

    "split": one old unit became two consecutive new ones (`new`, then `new_more`); "merged": two consecutive
    old units (`old`, then `old_more`) became one new unit. Their similarity and word diff are over the joined
    text (`old_text`, `new_text`: the units joined by a space).
    """

    kind: str  # one of CHANGE_KINDS
    section: str  # the section it belongs to now (the old one for "removed")
    old: Unit | None
    new: Unit | None
    similarity: float
    from_section: str | None = None  # for "moved" (and "split"/"merged" from another part) across sections
    rewrite_group: int | None = None  # set when the unit is part of a paragraph shown as rewritten
    old_more: tuple[Unit, ...] = ()  # "merged": the old units after `old` that were joined into `new`
    new_more: tuple[Unit, ...] = ()  # "split": the new units after `new` that `old` was cut into

    @property
    def old_units(self) -> tuple[Unit, ...]:
        return ((self.old,) if self.old else ()) + self.old_more

    @property
    def new_units(self) -> tuple[Unit, ...]:
        return ((self.new,) if self.new else ()) + self.new_more

    @property
    def old_text(self) -> str:
        """The old year's wording ("" for an added unit); a merge's units joined by a space."""
        return " ".join(unit.text for unit in self.old_units)

    @property
    def new_text(self) -> str:
        """The new year's wording ("" for a removed unit); a split's units joined by a space."""
        return " ".join(unit.text for unit in self.new_units)

    @property
    def unit(self) -> Unit:
        """The unit as it stands now (the old one for a removed unit)."""
        unit = self.new or self.old
        assert unit is not None, "a change has an old or a new unit"
        return unit

    @property
    def id(self) -> str:
        old = "+".join(unit.id for unit in self.old_units) or "-"
        new = "+".join(unit.id for unit in self.new_units) or "-"
        return f"{old}~{new}"

    @property
    def text_changed(self) -> bool:
        """The words changed: the texts differ beyond typography (their `Unit.key`s differ)."""
        if not (self.old and self.new) or self.old_text == self.new_text:
            return False
        old_keys, new_keys = [u.key for u in self.old_units], [u.key for u in self.new_units]
        return not all(old_keys) or " ".join(old_keys) != " ".join(new_keys)

    @property
    def typography_only(self) -> bool:
        """Both years have the unit with the same words; only quotes, dashes, bullets, spacing or an item's
        first-letter case and final punctuation differ."""
        return bool(self.old and self.new and self.old.text != self.new.text and not self.text_changed)


@dataclass(frozen=True)
class Rewrite:
    """A paragraph that changed so much it is shown whole, old against new, instead of word edits."""

    group: int
    section: str
    old_text: str
    new_text: str


@dataclass(frozen=True)
class SectionDiff:
    name: str
    changes: tuple[Change, ...]
    rewrites: tuple[Rewrite, ...] = ()
    heading: str | None = None  # the heading as the new year writes it (parts named after headings)
    renamed_from: str | None = None  # the old year's part this one continues under another heading
    # the old year's parts this one continues together (two headings merged into one), in old document order;
    # empty when it continues one part or none
    merged_from: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        """The part as outputs name it: its heading (`shown_heading`), else its name."""
        return shown_heading(self.heading) if self.heading else self.name

    def count(self, kind: str) -> int:
        return sum(1 for change in self.changes if change.kind == kind)

    @property
    def typography(self) -> int:
        """Units counted unchanged although their text differs in typography only (quotes, dashes, bullets...)."""
        return sum(1 for change in self.changes if change.kind == "unchanged" and change.typography_only)

    @property
    def changed(self) -> bool:
        return any(change.kind != "unchanged" for change in self.changes)


@dataclass(frozen=True)
class Finding:
    """A semantic change a rule found: what a reader wants first."""

    rule: str
    severity: str  # info / warning / error
    section: str
    message: str
    old: str | None
    new: str | None
    data: tuple[tuple[str, str], ...] = ()

    @property
    def id(self) -> str:
        import hashlib

        # the subject too: two bodies dropped from one sentence quote the same text but are two findings
        subject = dict(self.data).get("subject", "")
        digest = hashlib.sha1(f"{self.rule}|{self.section}|{self.old}|{self.new}|{subject}".encode()).hexdigest()
        return f"{self.rule}:{digest[:10]}"


@dataclass(frozen=True)
class Comparison:
    old: Report
    new: Report
    sections: tuple[SectionDiff, ...]
    profile: Profile  # the series the parts are ordered and judged by (the given one, else the old report's)
    findings: tuple[Finding, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    old_facts: Any = None  # tipdiff.facts.Facts, once rules have run
    new_facts: Any = None
    context: tuple[str, ...] = ()  # what the other years in the folder add ("Tier 3 for the fourth straight year")

    @property
    def identical(self) -> bool:
        return not any(section.changed for section in self.sections)

    @property
    def typography(self) -> int:
        """Units, over all parts, that are unchanged but for typography (see SectionDiff.typography)."""
        return sum(section.typography for section in self.sections)
