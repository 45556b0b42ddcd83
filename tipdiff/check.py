"""`tipdiff check`: guard a repository of reports kept as .../COUNTRY/YEAR.EXT (e.g. reports/cambodia/2022.txt).

Each file's place is read from its own path: its folder names the country and its name the year, wherever it
sits in the repository, so the shipped pre-commit hook needs no configuration (`--layout` with `--root` names
another layout). A file whose name is a year but that is no report (a `docs/notes/2021.txt` with no narrative
and no other years beside it) is skipped with a note. Each report is validated (it parses, its parts and tier are
found, its year agrees with its file name) and compared with the same country's previous year: from the working
tree, else the version committed at HEAD (`git show HEAD:...`), so a report renamed to the next year and edited
is still compared with what it was. Read-only: report files are never written.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tipdiff.batch import fold_country
from tipdiff.compare import analyse_reports
from tipdiff.errors import InputError, RuleError, TipdiffError, UsageError
from tipdiff.ingest import load_report, report_from_bytes, title_year
from tipdiff.model import Comparison, Report
from tipdiff.options import Options
from tipdiff.paths import REPORT_SUFFIXES, YEAR

DEFAULT_LAYOUT = "{country}/{year}.{ext}"
_FIELD = re.compile(r"\{(country|year|ext)\}")
_YEAR_NAME = re.compile(YEAR)


@dataclass(frozen=True)
class Layout:
    """A layout template relative to a root ('{country}/{year}.{ext}'), for repositories that spell it another way."""

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
    # what the text says against itself: its stated tier and its formula disagree (Report.tier_formula)
    warnings: tuple[str, ...] = ()
    comparison: Comparison | None = field(default=None, compare=False)


# (country, year) of a path, or None when the path is not a report in the layout
Placer = Callable[[Path], "tuple[str, int] | None"]


def place_of(path: Path) -> tuple[str, int] | None:
    """.../COUNTRY/YEAR.EXT -> (COUNTRY, YEAR): the folder names the country, the name (a year) the year."""
    if path.suffix.lower() not in REPORT_SUFFIXES or not _YEAR_NAME.fullmatch(path.stem):
        return None
    country = path.parent.name if path.parent.name not in ("", ".", "..") else path.resolve().parent.name
    return (country, int(path.stem)) if country else None


def _shown(path: Path, root: Path | None) -> str:
    """A path as the user knows it: relative to --root when given, else as given."""
    return (_relative(path, root) if root is not None else None) or path.as_posix()


def _relative(path: Path, root: Path) -> str | None:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None


def layout_placer(root: Path, layout: Layout) -> Placer:
    def place(path: Path) -> tuple[str, int] | None:
        relative = _relative(path, root)
        return layout.match(relative) if relative else None
    return place


def report_files(root: Path, place: Placer) -> list[tuple[Path, str, int]]:
    """Every file under root that is a report in the layout, as (path, country, year)."""
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and ".git" not in p.parts):
        hit = place(path)
        if hit:
            found.append((path, hit[0], hit[1]))
    return found


def _git(folder: Path, *args: str) -> bytes | None:
    """A git command's output run in `folder`, or None when git is missing or the folder is not in a repository."""
    try:
        done = subprocess.run(["git", *args], cwd=folder, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def committed_siblings(folder: Path) -> list[Path]:
    """The files of `folder` in the HEAD commit (a deleted or renamed report is still there), as working-tree paths."""
    if not folder.is_dir():
        return []
    listed = _git(folder, "ls-tree", "--name-only", "-z", "HEAD", "./")
    if not listed:
        return []
    return [folder / name for name in listed.decode("utf-8", errors="surrogateescape").split("\0") if name]


def _committed(path: Path) -> bool:
    """Whether the HEAD commit of the file's folder holds a file by this name (a deletion being committed)."""
    return any(p.name == path.name for p in committed_siblings(path.parent))


def _earlier(path: Path, country: str, year: int, place: Placer, elsewhere: list[Path]) -> tuple[Path, bool] | None:
    """The country's latest year before `year`, as (path, committed only): from the working tree (the file's folder
    and `elsewhere`), else from the HEAD commit of the file's folder (a report renamed or deleted since)."""
    folder = path.parent
    on_disk = [p for p in folder.iterdir() if p.is_file()] if folder.is_dir() else []
    candidates: dict[int, tuple[Path, bool]] = {}
    for candidate, committed in ([(p, True) for p in committed_siblings(folder)]
                                 + [(p, False) for p in on_disk + elsewhere]):
        hit = place(candidate)
        if hit and hit[0] == country and hit[1] < year:
            candidates[hit[1]] = (candidate, committed and not candidate.is_file())
    return candidates[max(candidates)] if candidates else None


def _read_committed(path: Path, options: Options, year: int) -> Report:
    data = _git(path.parent, "show", f"HEAD:./{path.name}")
    if data is None:
        raise InputError("cannot be read from the HEAD commit (git show)", path=str(path))
    return report_from_bytes(data, path, options.profile, year)


def _validate(report: Report, path: Path, year: int) -> tuple[list[str], list[str]]:
    profile = report.profile
    problems = []
    notes = [w.split(": ", 1)[-1] for w in report.warnings
             if "parts not found" not in w and (report.tier_formula is None or not w.endswith(report.tier_formula))]
    missing = profile.missing_parts(set(report.section_names()), report.tier, year)
    if missing:
        problems.append(f"parts not found: {', '.join(missing)} (a truncated paste? see `tipdiff sections {path}`)")
    if report.tier is None and profile.has_tiers:
        problems.append(f"no tier found ({profile.tier_expectation})")
    stated = next((int(m.group("year")) for para in (s.text for s in report.sections)
                   for pattern in profile.year for m in [pattern.search(para)] if m), None)
    titled = title_year(report.removed_chrome, profile)  # a page title removed as chrome still names the year
    if stated is not None and stated != year:
        problems.append(f"the file name says {year} but the text says {stated}")
    elif stated is None and titled is not None and titled[0] != year:
        problems.append(f"the file name says {year} but the page title says {titled[0]} ('{titled[1]}', "
                        "removed as page chrome)")
    return problems, notes


def _elsewhere(report: Report, country: str) -> tuple[str, ...]:
    """A warning when the narrative names another country than its folder ("Cambodia" in thailand/2020.txt),
    names compared as `tipdiff.batch.fold_country` folds them, either inside the other ("korea" in
    "korea-north")."""
    if not report.country:
        return ()
    named, folder = fold_country(report.country).replace(" ", ""), fold_country(country).replace(" ", "")
    if not named or not folder or named in folder or folder in named:
        return ()
    return (f"the folder says '{country}' but the narrative is {report.country}'s: is it in the right folder?",)


def check_file(path: Path, place: Placer, options: Options, *, root: Path | None = None,
               elsewhere: list[Path] | None = None, reports: dict[Path, Report] | None = None) -> FileCheck:
    """One file: skipped (with a note) when it is no report, else validated and compared with the year before.
    `reports` (path -> Report) keeps what this run has read, so no file is read twice."""
    reports = {} if reports is None else reports

    def read(file: Path) -> Report:
        key = file.resolve()
        if key not in reports:
            reports[key] = load_report(file, options.profile, cache=options.cache)
        return reports[key]

    shown = _shown(path, root)
    if not path.exists() and not _committed(path):
        return FileCheck(shown, problems=("no such file (and none by that name in the HEAD commit); expected a "
                                          "report file named COUNTRY/YEAR.EXT",))
    hit = place(path)
    if hit is None:
        return FileCheck(shown, notes=("skipped: not a report file named COUNTRY/YEAR.EXT "
                                       "(YEAR.txt, .text, .html, .htm or .pdf in a country's folder)",))
    country, year = hit
    if not path.is_file():
        return FileCheck(shown, country, year, notes=("deleted: nothing to check",))
    earlier = _earlier(path, country, year, place, elsewhere or [])
    try:
        report = read(path)
    except InputError as exc:
        if earlier is None and "no recognisable narrative" in exc.message:
            return FileCheck(shown, country, year, notes=(
                "skipped: named like a report but holds no narrative, and no other year of "
                f"'{country}' is beside it",))
        return FileCheck(shown, country, year, problems=(exc.message,))
    problems, notes = _validate(report, path, year)
    warnings = ((report.tier_formula,) if report.tier_formula else ()) + _elsewhere(report, country)
    if problems:
        return FileCheck(shown, country, year, tuple(problems), tuple(notes), warnings=warnings)
    if earlier is None:
        return FileCheck(shown, country, year, notes=tuple(notes) + (
            f"no earlier year of {country} in the repository: nothing to compare yet",), warnings=warnings)
    previous, committed = earlier
    old_year = place(previous)[1]  # type: ignore[index]
    old = _read_committed(previous, options, old_year) if committed else read(previous)
    comparison = analyse_reports(old, report, options)
    label = _shown(previous, root) + (" at HEAD" if committed else "")
    return FileCheck(shown, country, year, (), tuple(notes), label, comparison=comparison, warnings=warnings)


def check_paths(paths: list[Path], options: Options, *, root: Path | None = None,
                layout: Layout | None = None) -> list[FileCheck]:
    """Check the given files (all reports under `root`, default here, when none are given). Without `layout`
    each file's place comes from its own path; with it, from its path relative to `root`."""
    base = root or Path(".")
    if not base.is_dir():
        raise UsageError(f"--root {base}: no such directory")
    place = layout_placer(base, layout) if layout is not None else place_of
    everywhere = [p for p, _, _ in report_files(base, place)] if layout is not None or not paths else []
    targets = paths or everywhere
    results = []
    reports: dict[Path, Report] = {}
    for path in targets:
        try:
            results.append(check_file(path, place, options, root=root,
                                      elsewhere=everywhere if layout is not None else [], reports=reports))
        except RuleError:
            raise  # a broken rule is the repository's problem, not this file's: stop with its location
        except TipdiffError as exc:
            results.append(FileCheck(str(path), problems=(exc.one_line(),)))
    return results
