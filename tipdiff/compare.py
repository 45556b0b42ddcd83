"""The library entry point: two report files (or Reports) in, a Comparison out. The CLI is a thin layer over this."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tipdiff.align import align
from tipdiff.ingest import load_report
from tipdiff.model import Comparison, Report
from tipdiff.profile import AUTO, Profile, load_profile

if TYPE_CHECKING:
    from tipdiff.rules_loader import Config, Rule


def compare_reports(old: Report, new: Report, profile: Profile | str | None = None) -> Comparison:
    """Align two reports; the part order is the given profile's, else the old report's."""
    profile = load_profile(profile or old.profile) if not isinstance(profile, Profile) else profile
    warnings: list[str] = list(old.warnings) + list(new.warnings)
    if old.profile != new.profile:
        warnings.append(f"the two files were read as different report series ({old.profile}, {new.profile})")
    if old.country and new.country and old.country.casefold() != new.country.casefold():
        warnings.append(f"the two files name different countries: {old.country} ({old.path}) and "
                        f"{new.country} ({new.path})")
    if old.year and new.year and old.year > new.year:
        warnings.append(f"the old file ({old.year}) is newer than the new one ({new.year}); "
                        "changes are shown from the first file to the second")
    sections = align(old, new, profile.section_names, by_heading=profile.headings_are_sections)
    return Comparison(old=old, new=new, sections=sections, warnings=tuple(warnings))


def compare_files(old_path: str | Path, new_path: str | Path, *, profile: Profile | str = AUTO,
                  old_year: int | None = None, new_year: int | None = None) -> Comparison:
    """Read and align two files; `profile` 'auto' picks each file's series from its text."""
    if isinstance(profile, str) and profile != AUTO:
        profile = load_profile(profile)
    old = load_report(old_path, profile, old_year)
    new = load_report(new_path, profile, new_year)
    return compare_reports(old, new, None if profile == AUTO else profile)


def load_rule_set(config: Config, extra_dirs: tuple[str, ...] = (), *, shipped: bool = True) -> list[Rule]:
    """The shipped pack, then the config's rule folders, then folders given on the command line."""
    from tipdiff.rules_loader import load_rules, shipped_rules_dir

    folders = ([shipped_rules_dir()] if shipped else []) + [Path(p) for p in config.rule_paths + tuple(extra_dirs)]
    return load_rules(folders, config, trust_shipped=True)


def analyse_files(old_path: str | Path, new_path: str | Path, *, config: Config | None = None,
                  rule_dirs: tuple[str, ...] = (), use_rules: bool = True, profile: str | None = None,
                  old_year: int | None = None, new_year: int | None = None) -> Comparison:
    """Compare two files and run the rules over them: what `tipdiff compare` shows."""
    from tipdiff.engine import with_findings
    from tipdiff.facts.vocabulary import load_vocabulary
    from tipdiff.rules_loader import Config

    config = config or Config()
    comparison = compare_files(old_path, new_path, profile=profile or config.profile or AUTO,
                               old_year=old_year, new_year=new_year)
    rules = load_rule_set(config, rule_dirs) if use_rules and load_profile(comparison.old.profile).rules else []
    if not rules:
        return comparison
    order = load_profile(comparison.old.profile).section_names
    return with_findings(comparison, rules, vocabulary=load_vocabulary(config.vocabulary),
                         budget_seconds=config.budget_seconds, section_order=order)
