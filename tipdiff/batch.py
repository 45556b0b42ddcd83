"""All countries at once: `tipdiff compare DIR_OLD DIR_NEW` pairs the files of two years by country, compares
each pair on every core, and returns one short summary per country for the digest.

One country's bad file never stops the batch: it is reported with its one-line error and the rest completes.
"""

from __future__ import annotations

import os
import re
import signal
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from tipdiff.compare import analyse_files
from tipdiff.errors import InputError, RuleError, TipdiffError, UsageError
from tipdiff.facts.semantic import score as semantic_score
from tipdiff.facts.semantic import substance
from tipdiff.model import CHANGE_KINDS, Comparison
from tipdiff.options import Options
from tipdiff.paths import REPORT_SUFFIXES, is_report_file, without_year
from tipdiff.yamlfile import parse_yaml


def fold_country(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", text.casefold().replace("'", "")).strip()


def _key(folded: str) -> str:
    return folded.replace(" ", "")  # "thebahamas" and "the-bahamas" are one


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    name = "tipdiff/data/countries.yaml"  # shipped, but read like every YAML file: safe and bounded
    data, _ = parse_yaml(resources.files("tipdiff").joinpath("data/countries.yaml").read_text(encoding="utf-8"), name,
                         InputError)
    table: dict[str, str] = {}
    for shown, spellings in data.items():
        for spelling in [shown, *spellings]:
            table[_key(fold_country(spelling))] = shown
    return table


def country_key(path: Path) -> tuple[str, str]:
    """(key, name shown) for a file named after its country: 'cote-d-ivoire.html' -> Cote d'Ivoire."""
    folded = fold_country(re.sub(r"[-_]+", " ", path.stem))
    folded = without_year(folded)  # "cambodia-2019" -> "cambodia"
    shown = _aliases().get(_key(folded)) or " ".join(w.capitalize() if w not in ("and", "of", "the") else w
                                                     for w in folded.split())
    return _key(fold_country(shown)), shown


@dataclass(frozen=True)
class Pairing:
    pairs: tuple[tuple[str, Path, Path], ...]  # (country, old file, new file)
    only_old: tuple[str, ...]
    only_new: tuple[str, ...]
    problems: tuple[str, ...]  # duplicate countries in a directory


def pair_directories(old_dir: Path, new_dir: Path) -> Pairing:
    for folder in (old_dir, new_dir):
        if not folder.is_dir():
            raise UsageError(f"{folder}: not a directory; give two files or two directories")
    problems: list[str] = []

    def index(folder: Path) -> dict[str, tuple[str, Path]]:
        found: dict[str, tuple[str, Path]] = {}
        for path in sorted(p for p in folder.iterdir() if is_report_file(p)):
            key, shown = country_key(path)
            if key in found:
                problems.append(f"{folder}: {found[key][1].name} and {path.name} are both {shown}; "
                                f"keep one file per country (skipped)")
                found[key] = (shown, Path())
                continue
            found[key] = (shown, path)
        return {k: v for k, v in found.items() if v[1] != Path()}

    old, new = index(old_dir), index(new_dir)
    if not old and not new:
        raise UsageError(f"{old_dir} and {new_dir} hold no report files ({', '.join(sorted(REPORT_SUFFIXES))})")
    pairs = tuple((new[k][0], old[k][1], new[k][1]) for k in sorted(set(old) & set(new), key=lambda k: new[k][0]))
    return Pairing(pairs, tuple(sorted(old[k][0] for k in set(old) - set(new))),
                   tuple(sorted(new[k][0] for k in set(new) - set(old))), tuple(problems))


@dataclass(frozen=True)
class CountrySummary:
    country: str
    old_path: str
    new_path: str
    old_year: int | None = None
    new_year: int | None = None
    old_tier: str | None = None
    new_tier: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    units_old: int = 0
    units_new: int = 0
    findings: tuple[tuple[str, str, str], ...] = ()  # (severity, rule, message), most severe first
    error: str | None = None
    tier_move: str | None = None  # "downgraded", "upgraded", "moved" (the report profile's Profile.tier_move)
    tier_steps: int | None = None  # placements moved, positive down the ranking (Profile.tier_steps)
    page: str | None = None  # the country's own report page, when run_batch was given a page renderer
    semantic: dict[str, int] = field(default_factory=dict)  # what changed in substance (tipdiff.facts.semantic)
    has_tiers: bool = True  # the report profile places countries on tiers (Profile.has_tiers)
    people_named: tuple[str, ...] = ()  # persons newly named, in the order the new report names them
    people_dropped: tuple[str, ...] = ()  # persons no longer named, in the order the old report named them

    @property
    def score(self) -> int:
        """The weighted count of substantive changes the digest ranks by (tipdiff.facts.semantic.score)."""
        return semantic_score(self.semantic)

    @property
    def changed_share(self) -> float:
        """Share of units that did not come through unchanged, over both years' units."""
        total = self.units_old + self.units_new
        unchanged = self.counts.get("unchanged", 0)
        return 0.0 if total == 0 else 1 - 2 * unchanged / total


_OPTIONS: list[Options] = []  # the run's options, set before the workers fork so each inherits them (rules parsed)
_PAGE: list[Callable[[Comparison], str] | None] = []  # renders a country's page in the worker that compared it


def summarise(job: tuple[str, Path, Path]) -> CountrySummary:
    """One country (runs in a worker process, with the options the parent resolved)."""
    country, old_path, new_path = job
    try:
        comparison = analyse_files(old_path, new_path, _OPTIONS[-1])
    except RuleError:
        raise
    except TipdiffError as exc:
        return CountrySummary(country, str(old_path), str(new_path), error=exc.one_line())
    only = _OPTIONS[-1].section  # --section: the digest counts and lists that part only
    counts: dict[str, int] = {}
    for section in comparison.sections:
        if only is None or section.name == only:
            for kind in CHANGE_KINDS:
                counts[kind] = counts.get(kind, 0) + section.count(kind)
    found = substance(comparison, _OPTIONS[-1].vocabulary)
    # a file named by its year only ("2019.txt"): the country is the one its text names
    country = country or comparison.new.country or comparison.old.country or Path(new_path).stem
    old_units = [u for u in comparison.old.units if only is None or u.section == only]
    new_units = [u for u in comparison.new.units if only is None or u.section == only]
    return CountrySummary(
        country, str(old_path), str(new_path), comparison.old.year, comparison.new.year, comparison.old.tier,
        comparison.new.tier, counts, len(old_units), len(new_units),
        tuple((f.severity, f.rule, f.message) for f in comparison.findings if only is None or f.section == only),
        tier_move=comparison.profile.tier_move(comparison.old.tier, comparison.new.tier),
        tier_steps=comparison.profile.tier_steps(comparison.old.tier, comparison.new.tier),
        page=_PAGE[-1](comparison) if _PAGE and _PAGE[-1] is not None else None,
        semantic=found.counts, has_tiers=comparison.profile.has_tiers, people_named=found.people_named,
        people_dropped=found.people_dropped)


def _ignore_interrupts() -> None:
    """A worker's first act: ignore SIGINT, then let signals through again (the parent held SIGINT back
    while forking, so none arrived before this)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def run_batch(pairing: Pairing, options: Options, *, jobs: int | None = None,
              progress: Callable[[int, int, str], None] | None = None,
              page: Callable[[Comparison], str] | None = None) -> list[CountrySummary]:
    """Summaries in country order, computed on `jobs` processes (default: every core). Every option applies to
    every pair (profile, rules on or off, --old-year/--new-year); the rule pack is parsed once, here. `page`,
    when given, renders each country's own page where it was compared (CountrySummary.page)."""
    if options.use_rules:
        _ = (options.rules, options.vocabulary)  # parse once in the parent; forked workers inherit them
    _OPTIONS[:] = [options]
    _PAGE[:] = [page]
    work = [(country, old, new) for country, old, new in pairing.pairs]
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(work) or 1))
    results: dict[tuple[str, str], CountrySummary] = {}  # by the pair of files (a country may be read from its text)

    def collect(stream: Iterator[CountrySummary]) -> None:
        for done, summary in enumerate(stream, start=1):
            results[(summary.old_path, summary.new_path)] = summary
            if progress:
                progress(done, len(work), summary.country)

    if jobs == 1:
        collect(summarise(job) for job in work)
    else:
        import multiprocessing

        # Ctrl-C reaches the whole process group. Workers ignore it: SIGINT is held back in the parent while
        # they are forked (so none can get it before it ignores it), each worker sets it to SIG_IGN, and the
        # parent, on KeyboardInterrupt, terminates them on leaving the `with` and exits 130 (cli/__init__.py).
        held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_ignore_interrupts)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
        with pool:
            collect(pool.imap_unordered(summarise, work, chunksize=4))
    return [results[(str(old), str(new))] for _, old, new in pairing.pairs]
