"""A country over many years: tiers and streaks, first-time events, how long each recommendation has been
carried, figures over the years, and which rules fired each year. Built from a folder of one country's
reports named by year (cambodia/2019.txt, ... or cambodia-2019.txt, ...)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from tipdiff.compare import analyse_reports
from tipdiff.errors import InputError
from tipdiff.facts import extract_facts
from tipdiff.facts.actors import folded_report, mentioned
from tipdiff.ingest import load_report
from tipdiff.layouts import one_per_year, year_files
from tipdiff.model import Comparison, Finding, Report
from tipdiff.options import Options
from tipdiff.profile import Profile, applies
from tipdiff.ruletypes.set_member import DESIGNATION_NAMES
from tipdiff.wording import count

ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
            9: "ninth", 10: "tenth"}


def ordinal(n: int) -> str:
    return ORDINALS.get(n, f"{n}th")


@dataclass(frozen=True)
class YearEntry:
    year: int
    path: str
    tier: str | None
    streak: int  # consecutive years at this tier, this one included (in these files with no year missing, or as
    # the report states it)
    findings: tuple[Finding, ...]  # against the previous year in the files
    facts: object
    warnings: tuple[str, ...] = ()  # the year's own text, read alone: a stated tier its formula contradicts

    def counts(self) -> tuple[int, int, int]:
        """(errors, warnings, notes) of the year: its findings, and its own warnings counted with theirs."""
        errors, warnings, notes = (sum(1 for f in self.findings if f.severity == s) for s in ("error", "warning", "info"))
        return errors, warnings + len(self.warnings), notes


@dataclass(frozen=True)
class Carried:
    text: str  # the latest wording
    first_year: int
    last_year: int
    years: int  # how many years of the files it appears in, consecutively up to last_year

    @property
    def status(self) -> str:
        return "carried" if self.dropped_in is None else f"dropped in {self.dropped_in}"

    dropped_in: int | None = None


@dataclass(frozen=True)
class History:
    country: str
    entries: tuple[YearEntry, ...]
    events: tuple[tuple[int, str], ...]
    recommendations: tuple[Carried, ...]
    figures: dict[str, tuple[str, tuple[tuple[int, int | float | None], ...]]]  # key -> (label, (year, value) ...)
    profile: Profile | None = None  # the last year's report series (its tiers order the timeline)
    notes: tuple[str, ...] = ()  # which files stood for a year when several did (tipdiff.layouts.one_per_year)
    warnings: tuple[str, ...] = ()  # files of one year that disagree on the tier, and which was used

    def entry(self, year: int) -> YearEntry | None:
        return next((e for e in self.entries if e.year == year), None)

    @property
    def gaps(self) -> tuple[tuple[int, int], ...]:
        """The runs of years between the first and the last with no file, (first, last) inclusive: (2016, 2019)
        for files of 2015 and 2020. A streak counts only years that follow each other, so it starts again after
        a gap; the renderers show each gap as a row of its own."""
        years = [e.year for e in self.entries]
        return tuple((a + 1, b - 1) for a, b in zip(years, years[1:], strict=False) if b - a > 1)

    def rows(self) -> list[YearEntry | tuple[int, int]]:
        """The years in order with each gap (first, last) where it falls: what a tier table lists."""
        gaps = {first - 1: (first, last) for first, last in self.gaps}
        out: list[YearEntry | tuple[int, int]] = []
        for entry in self.entries:
            out.append(entry)
            if entry.year in gaps:
                out.append(gaps[entry.year])
        return out

    @property
    def has_tiers(self) -> bool:
        """Whether the series places countries on tiers (Profile.has_tiers; the human rights reports do not):
        without tiers a history shows no tier timeline, column or streak."""
        return (self.profile is None or self.profile.has_tiers) or any(e.tier for e in self.entries)


def build_history(folder: Path, options: Options | None = None, *, until: int | None = None,
                  reports: dict[Path, Report] | None = None, files: list[tuple[int, Path]] | None = None) -> History:
    """The country's years in `folder` (up to `until`). Each file is read once; `reports` (path -> Report) lends
    Reports the caller has already read (`compare` in a folder of years) and receives the ones read here.
    `files` (year in the name, path) replaces the folder's own year files, for a root laid out as YEAR/COUNTRY.*;
    `folder` then only names the country when no text does. A year with several files is read as
    `tipdiff.layouts.one_per_year` says (History.notes tells which)."""
    options = options or Options()
    reports = {} if reports is None else reports

    def read(path: Path) -> Report:
        key = path.resolve()
        if key not in reports:
            reports[key] = load_report(path, options.profile, cache=options.cache)
        return reports[key]

    # a file named after a later year is not read (a broken later year never stops `compare`); a snapshot named
    # by its date may state an earlier year, so the chosen year is checked again
    candidates = [(y, p) for y, p in (year_files(folder) if files is None else files) if until is None or y <= until]
    chosen, notes, warnings = one_per_year(candidates, read)
    chosen = [(y, r) for y, r in chosen if until is None or y <= until]
    # a year whose text says a tier its own formula contradicts (Report.tier_formula, read with the file)
    warnings = list(warnings) + [f"{y} ({Path(r.path).name}): {r.tier_formula}" for y, r in chosen if r.tier_formula]
    if not chosen:
        raise InputError(f"holds no report of {until} or before", path=str(folder))
    entries: list[YearEntry] = []
    events: list[tuple[int, str]] = []
    chains: dict[str, tuple[int, int]] = {}  # item id in the latest year seen -> (first year, years)
    carried: list[Carried] = []
    figures: dict[str, tuple[str, list[tuple[int, int | float | None]]]] = {}
    seen_tiers: set[str] = set()
    seen_designations: set[str] = set()
    seen_people: set[str] = set()
    earlier_texts: list[str] = []
    previous: Report | None = None
    country = None
    for year, report in chosen:
        findings: tuple[Finding, ...] = ()
        comparison: Comparison | None = None
        if previous is None:
            facts = extract_facts(report, options.vocabulary)
        else:
            comparison = analyse_reports(previous, report, options)
            facts, findings = comparison.new_facts or extract_facts(report, options.vocabulary), comparison.findings
        country = country or report.country
        tier = report.tier
        streak = _streak(entries[-1] if entries else None, year, tier, facts)
        if tier and tier not in seen_tiers and entries:
            events.append((year, f"first year on {tier} in these files"))
        if entries and tier and entries[-1].tier and tier != entries[-1].tier:
            events.append((year, f"moved from {entries[-1].tier} to {tier}"))
        if tier:
            seen_tiers.add(tier)
        for name in sorted(set(facts.designations) - seen_designations):
            events.append((year, f"first {DESIGNATION_NAMES.get(name, name)} designation in these files"))
        seen_designations |= set(facts.designations)
        for actor in sorted((a for a in facts.actors.values() if a.kind == "person"), key=lambda a: a.key):
            if actor.key not in seen_people and entries and not any(mentioned(actor, t) for t in earlier_texts):
                events.append((year, f"{actor.name} named for the first time"))
            seen_people.add(actor.key)
        earlier_texts.append(folded_report(report))  # a name in an earlier year's text, with or without a role
        part = report.profile.part("recommendations")
        items = report.units_in(part) if part else []
        new_chains: dict[str, tuple[int, int]] = {}
        linked: set[str] = set()
        if comparison is not None:
            section = next((s for s in comparison.sections if s.name == part), None)
            for change in section.changes if section else ():
                if change.old and change.new and change.old.id in chains:
                    first, years = chains[change.old.id]
                    new_chains[change.new.id] = (first, years + 1)
                    linked.add(change.old.id)
            for old_id, (first, years) in chains.items():
                if old_id not in linked:
                    text = comparison.old.units_in(part or "")
                    wording = next((u.text for u in text if u.id == old_id), old_id)
                    carried.append(Carried(wording, first, comparison.old.year or year - 1, years, dropped_in=year))
        for item in items:
            new_chains.setdefault(item.id, (year, 1))
        chains = new_chains
        # the figures the profile's figure rules read: a TIP narrative's counts, never a Human Rights Report
        # page's stray "28 cases involving illegal arrests" (its profile runs no figure rule)
        for key, figure in facts.figures.items() if applies(report.profile, "figure/changed", shipped=True) else ():
            label, series = figures.setdefault(key, (figure.label, []))
            series.append((year, figure.value))
        entries.append(YearEntry(year, report.path, tier, streak, findings, facts,
                                 (report.tier_formula,) if report.tier_formula else ()))
        previous = report
    last = entries[-1]
    latest_items = {u.id: u.text for u in items}  # the last year's items, from the loop above
    for item_id, (first, years) in chains.items():
        carried.append(Carried(latest_items.get(item_id, item_id), first, last.year, years))
    carried.sort(key=lambda c: (c.dropped_in is not None, -c.years, c.first_year, c.text))
    return History(country or folder.name, tuple(entries), tuple(events), tuple(carried),
                   {k: (label, tuple(series)) for k, (label, series) in figures.items()}, report.profile,
                   tuple(notes), tuple(warnings))


def _streak(before: YearEntry | None, year: int, tier: str | None, facts: object) -> int:
    """Consecutive years at `tier` up to `year`: one more than the entry before when it is the year before at the
    same tier (a gap in the files, 2020 after 2015, is no streak), or the report's own count ("for the fourth
    consecutive year") when that reaches further back."""
    follows = before is not None and before.year == year - 1
    streak = before.streak + 1 if before is not None and follows and tier and before.tier == tier else 1
    stated = getattr(facts, "streak", None)
    if stated is not None and tier:  # the report's own count reaches back before these files
        streak = max(streak, int(stated.value))
    return streak


def as_compared(history: History, *reports: Report) -> tuple[History, list[str]]:
    """The history with the compared files standing for their years, and a warning for each compared file
    whose year the history read from another file of another tier (a folder of dated snapshots holds several
    copies of one year): the line under a comparison's header must speak of the files compared, never
    contradict its header."""
    entries = list(history.entries)
    warnings: list[str] = []
    for report in reports:
        at = next((i for i, e in enumerate(entries) if e.year == report.year), None)
        if at is None or Path(entries[at].path).resolve() == Path(report.path).resolve():
            continue
        other = entries[at]
        if other.tier != report.tier:
            warnings.append(f"{report.year}: {Path(other.path).name} in this folder also gives the {report.year} "
                            f"report, with {other.tier or 'no tier'}; {Path(report.path).name} says "
                            f"{report.tier or 'no tier'}; the tier line follows the files compared")
        entries[at] = dataclasses.replace(other, path=report.path, tier=report.tier)
    if not warnings:
        return history, []
    for i, entry in enumerate(entries):
        entries[i] = dataclasses.replace(entry, streak=_streak(entries[i - 1] if i else None, entry.year, entry.tier,
                                                               entry.facts))
    return dataclasses.replace(history, entries=tuple(entries)), warnings


def streak_line(history: History, year: int, since: int | None = None) -> str | None:
    """'Tier 3 for the fourth straight year', or the change from the year before in these files. With `since`
    (the old year of a comparison that skips years), the tier move is the comparison's own (its header and
    headline say it, from the two reports compared), so the line names the years between instead of calling
    the last of them 'a change from': 'Tier 3; between 2001 and 2024 these files also hold 2005 (Tier 2) and
    2018 (Tier 2 Watch List)'."""
    entry = history.entry(year)
    if entry is None or entry.tier is None:
        return None
    if entry.streak > 1:
        return f"{entry.tier} for the {ordinal(entry.streak)} straight year"
    index = history.entries.index(entry)
    between = [e for e in history.entries[:index] if since is not None and e.year > since]
    if between:
        held = [f"{e.year} ({e.tier or 'tier not found'})" for e in between]
        listed = held[0] if len(held) == 1 else ", ".join(held[:-1]) + " and " + held[-1]
        return f"{entry.tier}; between {since} and {year} these files also hold {listed}"
    if not index or history.entries[index - 1].tier is None:
        return entry.tier
    before = history.entries[index - 1]
    when = "" if before.year == year - 1 else f" in {before.year}"  # files that skip years say which one
    return f"{entry.tier}, a change from {before.tier}{when}"


def with_history(comparison: Comparison, history: History) -> Comparison:
    """Findings with the context the other years give: streaks, first times, how long an item was carried."""
    year = comparison.new.year
    history, warnings = as_compared(history, comparison.old, comparison.new)
    events = [text for y, text in history.events if y == year]
    if warnings:  # the tier events were read from the other copy of a compared year: said again from these
        events = [e for e in events if not e.startswith(("first year on", "moved from"))]
    dropped = {c.text: c for c in history.recommendations if c.dropped_in == year}
    notes = []
    for finding in comparison.findings:
        extra = ""
        if finding.rule.startswith("recommendation/dropped") and finding.old in dropped:
            extra = f" ({carried_words(history, dropped[finding.old])}, since {dropped[finding.old].first_year})"
        elif finding.rule.startswith("designation/added") and any("designation in these files" in e for e in events):
            extra = " (first time in these files)"
        elif finding.rule.startswith("tier/"):
            extra = next((f" ({e})" for e in events if e.startswith("first year on")), "")
        notes.append(dataclasses.replace(finding, message=finding.message + extra) if extra else finding)
    line = streak_line(history, year, since=comparison.old.year) if year is not None else None
    context = (line,) if line else ()
    return dataclasses.replace(comparison, findings=tuple(notes), context=context,
                               warnings=comparison.warnings + tuple(warnings))


def carried_words(history: History, item: Carried) -> str:
    """'carried for 4 years', or, when the files miss a year in its span, 'in 3 reports' (Carried.years
    counts the reports it appears in: a year with no file is not known to carry it)."""
    end = item.dropped_in if item.dropped_in is not None else item.last_year
    if any(first <= end and last >= item.first_year for first, last in history.gaps):
        return f"in {count(item.years, 'report')}"
    return f"carried for {count(item.years, 'year')}"


def gap_text(gap: tuple[int, int]) -> str:
    """'2016-2019' or '2016' for a gap of one year."""
    return str(gap[0]) if gap[0] == gap[1] else f"{gap[0]}-{gap[1]}"


GAP_NOTE = "(no file)"
GAP_LEGEND = "A streak counts only years that follow each other: it starts again after a year with no file."


FINDINGS_HEADING = "Findings each year"
FINDINGS_INTRO = "Against the year before in these files; errors and warnings in full, notes counted by rule."


def year_findings(entry: YearEntry) -> tuple[list[tuple[str, str, str]], str]:
    """What the counts of the tier table stand for: (severity, rule, message) of each error and warning of the
    year, in the comparison's order, then the year's own warnings (rule "tier-formula": a stated tier its formula
    contradicts), and its notes counted by rule ('3 notes: actor/named 2, status/waiver 1')."""
    shown = [(f.severity, f.rule, f.message) for f in entry.findings if f.severity in ("error", "warning")]
    shown += [("warning", "tier-formula", warning) for warning in entry.warnings]
    notes: dict[str, int] = {}
    for finding in entry.findings:
        if finding.severity == "info":
            notes[finding.rule] = notes.get(finding.rule, 0) + 1
    total = sum(notes.values())
    counted = ", ".join(f"{rule} {n}" for rule, n in sorted(notes.items()))
    return shown, (f"{total} note{'s' if total != 1 else ''}: {counted}" if total else "")
