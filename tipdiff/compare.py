"""The library entry point: two report files (or Reports) in, a Comparison out. The CLI is a thin layer over this."""

from __future__ import annotations

from pathlib import Path

from tipdiff.align import align
from tipdiff.ingest import load_report
from tipdiff.model import Comparison, Report
from tipdiff.profile import Profile, load_profile


def compare_reports(old: Report, new: Report, profile: Profile | str = "tip") -> Comparison:
    profile = load_profile(profile) if isinstance(profile, str) else profile
    warnings: list[str] = list(old.warnings) + list(new.warnings)
    if old.country and new.country and old.country.casefold() != new.country.casefold():
        warnings.append(f"the two files name different countries: {old.country} ({old.path}) and "
                        f"{new.country} ({new.path})")
    if old.year and new.year and old.year > new.year:
        warnings.append(f"the old file ({old.year}) is newer than the new one ({new.year}); "
                        "changes are shown from the first file to the second")
    return Comparison(old=old, new=new, sections=align(old, new, profile.section_names), warnings=tuple(warnings))


def compare_files(old_path: str | Path, new_path: str | Path, *, profile: Profile | str = "tip",
                  old_year: int | None = None, new_year: int | None = None) -> Comparison:
    profile = load_profile(profile) if isinstance(profile, str) else profile
    old = load_report(old_path, profile, old_year)
    new = load_report(new_path, profile, new_year)
    return compare_reports(old, new, profile)
