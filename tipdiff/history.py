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
from tipdiff.profile import Profile
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
        # a straight year follows the year before: a gap in the files (2020 after 2015) is no streak
        follows = bool(entries) and entries[-1].year == year - 1
        streak = entries[-1].streak + 1 if follows and tier and entries[-1].tier == tier else 1
        if facts.streak is not None and tier:  # the report's own count reaches back before these files
            streak = max(streak, int(facts.streak.value))
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
        for key, figure in facts.figures.items():
            label, series = figures.setdefault(key, (figure.label, []))
            series.append((year, figure.value))
        entries.append(YearEntry(year, report.path, tier, streak, findings, facts))
        previous = report
    last = entries[-1]
    latest_items = {u.id: u.text for u in items}  # the last year's items, from the loop above
    for item_id, (first, years) in chains.items():
        carried.append(Carried(latest_items.get(item_id, item_id), first, last.year, years))
    carried.sort(key=lambda c: (c.dropped_in is not None, -c.years, c.first_year, c.text))
    return History(country or folder.name, tuple(entries), tuple(events), tuple(carried),
                   {k: (label, tuple(series)) for k, (label, series) in figures.items()}, report.profile,
                   tuple(notes), tuple(warnings))


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
    events = [text for y, text in history.events if y == year]
    dropped = {c.text: c for c in history.recommendations if c.dropped_in == year}
    notes = []
    for finding in comparison.findings:
        extra = ""
        if finding.rule.startswith("recommendation/dropped") and finding.old in dropped:
            extra = (f" (carried for {count(dropped[finding.old].years, 'year')}, "
                     f"since {dropped[finding.old].first_year})")
        elif finding.rule.startswith("designation/added") and any("designation in these files" in e for e in events):
            extra = " (first time in these files)"
        elif finding.rule.startswith("tier/"):
            extra = next((f" ({e})" for e in events if e.startswith("first year on")), "")
        notes.append(dataclasses.replace(finding, message=finding.message + extra) if extra else finding)
    line = streak_line(history, year, since=comparison.old.year) if year is not None else None
    context = (line,) if line else ()
    return dataclasses.replace(comparison, findings=tuple(notes), context=context)
