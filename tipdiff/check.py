"""`tipdiff check`: guard a repository of reports laid out as DIR/COUNTRY/YEAR.EXT (the layout is configurable).

Each new or changed report is validated (it parses, its parts and tier are found, its year agrees with its
file name) and compared with the same country's previous year. Read-only: report files are never written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from tipdiff.compare import analyse_reports
from tipdiff.errors import InputError, RuleError, TipdiffError, UsageError
from tipdiff.ingest import load_report
from tipdiff.model import Comparison, Report
from tipdiff.options import Options
from tipdiff.paths import YEAR

DEFAULT_LAYOUT = "{country}/{year}.{ext}"
_FIELD = re.compile(r"\{(country|year|ext)\}")


@dataclass(frozen=True)
class Layout:
    template: str
    pattern: re.Pattern[str]

    @classmethod
    def parse(cls, template: str) -> Layout:
        fields = _FIELD.findall(template)
        if sorted(set(fields)) != sorted(set(fields) | {"country", "year"}) or len(fields) != len(set(fields)):
            raise UsageError(f"--layout '{template}' must name {{country}} and {{year}} once each "
                             "(and may name {ext}), e.g. {country}/{year}.{ext}")
        pieces, last = [], 0
        for match in _FIELD.finditer(template):
            pieces.append(re.escape(template[last:match.start()]))
            pieces.append({"country": r"(?P<country>[^/]+?)", "year": rf"(?P<year>{YEAR})",
                           "ext": r"(?P<ext>[A-Za-z0-9]+)"}[match.group(1)])
            last = match.end()
        pieces.append(re.escape(template[last:]))
        return cls(template, re.compile("".join(pieces)))

    def match(self, relative: str) -> tuple[str, int] | None:
        found = self.pattern.fullmatch(relative)
        return (found.group("country"), int(found.group("year"))) if found else None


@dataclass(frozen=True)
class FileCheck:
    path: str
    country: str | None = None
    year: int | None = None
    problems: tuple[str, ...] = ()  # the file is malformed: the check fails with exit 2
    notes: tuple[str, ...] = ()
    previous: str | None = None
    comparison: Comparison | None = field(default=None, compare=False)


def _relative(path: Path, root: Path) -> str | None:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None


def report_files(root: Path, layout: Layout) -> list[tuple[Path, str, int]]:
    """Every file under root that fits the layout, as (path, country folder, year)."""
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and ".git" not in p.parts):
        relative = _relative(path, root)
        hit = layout.match(relative) if relative else None
        if hit:
            found.append((path, hit[0], hit[1]))
    return found


def _validate(path: Path, year: int, options: Options) -> tuple[list[str], list[str], Report | None]:
    try:
        report = load_report(path, options.profile)
    except InputError as exc:
        return [exc.message], [], None
    profile = report.profile
    problems = []
    notes = [w.split(": ", 1)[-1] for w in report.warnings if "parts not found" not in w]
    found = set(report.section_names())
    unranked = report.tier is not None and report.tier in profile.other_tiers
    required = profile.other_tier_sections if unranked else profile.required_sections
    missing = [name for name in required if name not in found]
    if missing:
        problems.append(f"parts not found: {', '.join(missing)} (a truncated paste? see `tipdiff sections {path}`)")
    if report.tier is None:
        problems.append("no tier found (expected a title like 'COUNTRY: Tier 2' or 'remained on Tier 2')")
    stated = next((int(m.group("year")) for para in (s.text for s in report.sections)
                   for pattern in profile.year for m in [pattern.search(para)] if m), None)
    if stated is not None and stated != year:
        problems.append(f"the file name says {year} but the text says {stated}")
    return problems, notes, report


def check_file(path: Path, root: Path, layout: Layout, options: Options) -> FileCheck:
    relative = _relative(path, root)
    shown = relative or str(path)
    hit = layout.match(relative) if relative else None
    if hit is None:
        return FileCheck(shown, problems=(f"does not fit the layout {layout.template} under {root}",))
    country, year = hit
    if not path.is_file():
        return FileCheck(shown, country, year, notes=("deleted: nothing to check",))
    problems, notes, report = _validate(path, year, options)
    if problems or report is None:
        return FileCheck(shown, country, year, tuple(problems), tuple(notes))
    earlier = [(y, p) for p, c, y in report_files(root, layout) if c == country and y < year]
    if not earlier:
        return FileCheck(shown, country, year, notes=tuple(notes) + (
            f"no earlier year of {country} in the repository: nothing to compare yet",))
    previous = max(earlier)[1]
    comparison = analyse_reports(load_report(previous, options.profile), report, options)
    return FileCheck(shown, country, year, (), tuple(notes), _relative(previous, root), comparison)


def check_paths(paths: list[Path], root: Path, layout: Layout, options: Options) -> list[FileCheck]:
    if not root.is_dir():
        raise UsageError(f"--root {root}: no such directory")
    targets = paths or [p for p, _, _ in report_files(root, layout)]
    results = []
    for path in targets:
        try:
            results.append(check_file(path, root, layout, options))
        except RuleError:
            raise  # a broken rule is the repository's problem, not this file's: stop with its location
        except TipdiffError as exc:
            results.append(FileCheck(str(path), problems=(exc.one_line(),)))
    return results
