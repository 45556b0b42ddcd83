"""Where each country's reports are, year by year, under the folder layouts people keep, and which file stands
for a year when several do.

Layouts (`countries`): one country's folder of files named by year (`cambodia/2019.txt`,
`cambodia/cambodia-2019.txt`, dated snapshots `cambodia/2024-07-04_7e848a31.txt`); a root of such folders
(`COUNTRY/YEAR.*`); a root of year folders holding one file per country (`YEAR/COUNTRY.*`, the layout of a whole
report saved year by year). `country_files` picks one country out of any of them (`history --country`).

Several files for one year (`one_per_year`), a deterministic choice:
1. a file's year is the year its text states when its report series reads the year from the text (the
   Factbook's "(2023)", a Human Rights Report's title), else the year in its name: a snapshot taken in 2024
   of the 2023 text is 2023;
2. files of one year that say the same words (their units' comparison keys and their tier agree: the
   "same report however it arrives" rule, `tipdiff.ingest.canonical`) are one text, read once;
3. when different texts remain, the last by file name is used (dated names, `2024-07-04_...`, sort by date) and
   the others are named in a note;
4. but when they state different tiers, that is a warning naming every file and its tier, and the file used is
   the one whose tier is not a neighbouring year's (a capture made while an entry updated in place was half
   updated to the next report carries that report's tier; see `_tier_conflict`), else the last by name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from tipdiff.batch import country_key
from tipdiff.errors import InputError
from tipdiff.model import Report
from tipdiff.paths import YEAR_IN_NAME, is_report_file, year_of_name
from tipdiff.wording import count, number


def year_files(folder: Path) -> list[tuple[int, Path]]:
    """Every report file in `folder` whose name holds a year, as (year in the name, path), by year then name;
    a year may have several files (see `one_per_year`)."""
    if not folder.is_dir():
        raise InputError("is not a folder of one country's reports (e.g. reports/cambodia/)", path=str(folder))
    found = [(year, path) for path in sorted(p for p in folder.iterdir() if is_report_file(p))
             if (year := year_of_name(path)) is not None]
    if not found:
        raise InputError("holds no report files named by year (2019.txt, cambodia-2019.txt)", path=str(folder))
    return sorted(found)


def _year_folders(root: Path) -> list[tuple[int, Path]]:
    return sorted((int(p.name), p) for p in root.iterdir() if p.is_dir() and YEAR_IN_NAME.fullmatch(p.name))


def countries(root: Path) -> list[tuple[str, list[tuple[int, Path]]]]:
    """(country, [(year, file), ...]) under `root`, in name order: one country's folder of YEAR.* files, a root
    of COUNTRY/YEAR.* folders, or a root of YEAR/COUNTRY.* folders."""
    if not root.is_dir():
        raise InputError("is not a folder of reports (COUNTRY/YEAR.txt, YEAR/COUNTRY.html, or one country's "
                         "YEAR.txt files)", path=str(root))
    try:
        return [(root.name, year_files(root))]
    except InputError:
        pass
    years = _year_folders(root)
    if years:
        by_country: dict[str, tuple[str, list[tuple[int, Path]]]] = {}
        for year, folder in years:
            for path in sorted(p for p in folder.iterdir() if is_report_file(p)):
                key, shown = country_key(path)
                by_country.setdefault(key, (shown, []))[1].append((year, path))
        return [(shown, sorted(files)) for shown, files in sorted(by_country.values())]
    found = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        if not any(is_report_file(p) for p in folder.iterdir()):
            continue  # not a country's folder (notes, images): nothing to read
        found.append((folder.name, year_files(folder)))  # a bad country folder is an error, never skipped
    if not found:
        raise InputError("holds no report files named by year, nor folders of them (COUNTRY/2019.txt or "
                         "2019/COUNTRY.html)", path=str(root))
    return found


def _listed(names: list[str], most: int = 8) -> str:
    shown = ", ".join(names[:most])
    return shown + (f" and {len(names) - most:,} more" if len(names) > most else "")


def country_files(root: Path, country: str | None) -> tuple[str, list[tuple[int, Path]]]:
    """The one country's (name, [(year, file), ...]) under `root`: `country` picks it by name (case, accents,
    spaces, hyphens and the usual aliases folded, as the digest pairs files); without it `root` must hold one
    country only. InputError names the countries found otherwise."""
    found = countries(root)
    if country is None:
        if len(found) == 1:
            return found[0]
        raise InputError(f"holds the reports of {count(len(found), 'country')} ({_listed([n for n, _ in found])}); "
                         "pick one with --country NAME", path=str(root))
    wanted = country_key(Path(country))[0]
    for name, files in found:
        if country_key(Path(name))[0] == wanted:
            return name, files
    raise InputError(f"holds no reports of {country!r} (found: {_listed([n for n, _ in found])})", path=str(root))


def one_per_year(files: list[tuple[int, Path]], read: Callable[[Path], Report]
                 ) -> tuple[list[tuple[int, Report]], list[str], list[str]]:
    """One Report per year from (year in the name, path) pairs, by the rules in the module docstring; the notes
    saying which files were folded or left out, and the warnings for files of one year that disagree on the
    tier. `read(path)` reads a file without imposing a year."""
    by_year: dict[int, list[Report]] = {}
    for named, path in files:
        report = read(path)
        if report.year is None:  # the series reads no year from this text: the name's year it is
            report = dataclasses.replace(report, year=named, year_source="file name")
        by_year.setdefault(report.year or named, []).append(report)
    chosen: list[tuple[int, Report]] = []
    notes: list[str] = []
    warnings: list[str] = []
    years = sorted(by_year)
    for at, year in enumerate(years):
        reports = sorted(by_year[year], key=lambda r: Path(r.path).name)
        texts: dict[tuple[object, ...], list[Report]] = {}
        for report in reports:
            texts.setdefault((report.tier, tuple(u.key or u.text for u in report.units)), []).append(report)
        names = [Path(r.path).name for r in reports]
        tiers = list(dict.fromkeys(r.tier for r in reports if r.tier))
        if len(tiers) > 1:
            beside = {r.tier for y in years[max(at - 1, 0):at] + years[at + 1:at + 2] for r in by_year[y]}
            report, why = _tier_conflict(reports, beside)
            chosen.append((year, report))
            said = _and([f"{Path(r.path).name} says {r.tier or 'no tier'}" for r in reports])
            warnings.append(f"{year}: the files of this report year disagree on the tier ({said}); "
                            f"{Path(report.path).name} ({report.tier}) is used, {why}")
            continue
        latest = reports[-1]
        chosen.append((year, latest))
        if len(reports) == 1:
            continue
        if len(texts) == 1:
            notes.append(f"{year}: {_and(names)} say the same words; read as one ({names[-1]})")
            continue
        others = [Path(r.path).name for r in reports[:-1]]
        notes.append(f"{year}: {number(len(texts))} different texts for this year in {count(len(names), 'file')}; "
                     f"the last by name, {names[-1]}, is used ({_and(others)} left out)")
    return chosen, notes, warnings


def _tier_conflict(reports: list[Report], beside: set[str | None]) -> tuple[Report, str]:
    """Of a year's files (by name: by capture date) that state different tiers, the one to trust and why. A
    copy updated in place is captured half-updated: the next report's tier already written while the year
    marks still say the old year (the Factbook's Malaysia entry captured 2023-08-11 says "Tier 2 Watch List ...
    (2022)"; the 2022 report placed it on Tier 3, as the capture of 2023-03-16 says). So a tier that repeats a
    neighbouring year's (the years just before and after, as any file states them) is the suspect one: the file
    whose tier does not is used (the last by name of them). When that does not decide (every tier, or none,
    repeats a neighbour's), the last by name is used: the copy is updated in place, so the later capture is the
    corrected one."""
    apart = [r for r in reports if r.tier and r.tier not in beside]
    if apart and len(apart) < len(reports):
        return apart[-1], ("as the other tier is the one a neighbouring year states (a copy captured while it was "
                           "being updated to another report year)")
    return reports[-1], "the last capture by name (the copy is updated in place)"


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
