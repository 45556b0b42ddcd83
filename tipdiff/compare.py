"""The library entry point: two report files (or Reports) in, a Comparison out. The CLI is a thin layer over this."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from tipdiff.align import align
from tipdiff.engine import with_findings
from tipdiff.ingest import load_report
from tipdiff.model import Comparison, Report
from tipdiff.options import Options
from tipdiff.profile import AUTO, Profile, load_profile
from tipdiff.relabel import unlabel


def compare_reports(old: Report, new: Report, profile: Profile | None = None) -> Comparison:
    """Align two reports; the parts are the given profile's, else the old report's."""
    profile = profile or old.profile
    warnings: list[str] = list(old.warnings) + list(new.warnings)
    if old.profile.name != new.profile.name:
        warnings.append(f"the two files were read as different report series ({old.profile}, {new.profile})")
    if old.country and new.country and old.country.casefold() != new.country.casefold():
        warnings.append(f"the two files name different countries: {old.country} ({old.path}) and "
                        f"{new.country} ({new.path})")
    if old.year and old.year == new.year and old.tier and new.tier and old.tier != new.tier:
        warnings.append(f"{_same_year(old, new)} but different tiers ({old.path}: {old.tier}; "
                        f"{new.path}: {new.tier}): two copies of one year, so the tier change shown is a "
                        "correction or a half-made update of the copy, not a move between years")
    if old.year and new.year and old.year > new.year:
        warnings.append(f"the old file ({old.year}) is newer than the new one ({new.year}); "
                        "changes are shown from the first file to the second")
    old, new, narrowed = _common_parts(old, new)
    warnings.extend(narrowed)
    sections = unlabel(align(old, new, profile.section_names, by_heading=profile.headings_are_sections), old, new)
    return Comparison(old=old, new=new, sections=sections, profile=profile, warnings=tuple(warnings))


# Where a year was read (Report.year_source), for a message that must not say a file states what was guessed.
STATED = ("text", "page title", "citation")
_READ_FROM = {"option": "given as an option", "file name": "read from the file name",
              "page title": "read from the page title", "citation": "read from the citation", "text": "stated in the text",
              "figures": "guessed from the figures' last-year values"}


def _same_year(old: Report, new: Report) -> str:
    """'both files state the 2019 report' when both texts state it; else 'both files appear to be the 2019 report
    (year guessed from the figures' last-year values)', naming where each year came from."""
    if old.year_source in STATED and new.year_source in STATED:
        return f"both files state the {old.year} report"
    sources = [_READ_FROM.get(r.year_source, r.year_source) for r in (old, new)]
    basis = (f"year {sources[0]}" if sources[0] == sources[1] else
             f"year of {old.path} {sources[0]}; of {new.path} {sources[1]}")
    return f"both files appear to be the {old.year} report ({basis})"


def _common_parts(old: Report, new: Report) -> tuple[Report, Report, list[str]]:
    """When one file lacks the last parts a complete narrative has (a truncated paste: only the opening; see
    Report.truncated_parts), those parts of the other file are left out of the comparison, so no finding says a
    recommendation, a verdict or a name was dropped from text that was never pasted; one warning per side says
    which parts were not compared. Parts both files have are compared as usual. Returns both reports (narrowed
    when needed) and the warnings."""
    warnings: list[str] = []
    lacking_new = new.truncated_parts()
    lacking_old = old.truncated_parts()
    narrowed_old = _without(old, set(lacking_new))
    narrowed_new = _without(new, set(lacking_old))
    for report, lacking, other in ((new, lacking_new, old), (old, lacking_old, new)):
        left_out = [name for name in lacking if name in other.section_names()]
        if left_out:
            which = "new" if report is new else "old"
            warnings.append(f"not compared: {', '.join(left_out)}; the {which} file ({report.path}) lacks them "
                            "(a truncated paste?), so nothing is said to be dropped from or added to them")
    return narrowed_old, narrowed_new, warnings


def _without(report: Report, parts: set[str]) -> Report:
    """The report without the named parts (its sections and units), else the report itself."""
    if not parts.intersection(report.section_names()):
        return report
    return dataclasses.replace(report, sections=tuple(s for s in report.sections if s.name not in parts),
                               units=tuple(u for u in report.units if u.section not in parts))


def compare_files(old_path: str | Path, new_path: str | Path, *, profile: Profile | str = AUTO,
                  old_year: int | None = None, new_year: int | None = None) -> Comparison:
    """Read and align two files (text changes only); `profile` 'auto' picks each file's series from its text."""
    resolved = load_profile(profile) if isinstance(profile, str) and profile != AUTO else profile
    given = resolved if isinstance(resolved, Profile) else None
    old = load_report(old_path, given, old_year)
    new = load_report(new_path, given, new_year)
    return compare_reports(old, new, given)


def analyse_reports(old: Report, new: Report, options: Options) -> Comparison:
    """Compare two Reports already read and run the rules over them: those the profile's `rules` selects
    (tipdiff.engine), none when the options or the profile say so."""
    comparison = compare_reports(old, new, options.profile)
    if not options.use_rules or comparison.profile.rules is False:
        return comparison
    return with_findings(comparison, list(options.rules), vocabulary=options.vocabulary,
                         budget_seconds=options.config.budget_seconds, section_order=comparison.profile.section_names)


def analyse_files(old_path: str | Path, new_path: str | Path, options: Options | None = None, *,
                  old_year: int | None = None, new_year: int | None = None) -> Comparison:
    """Read two files and compare them with the rules: what `tipdiff compare` shows. The years default to the
    options' --old-year/--new-year, then to what each file says."""
    options = options or Options()
    old = load_report(old_path, options.profile, old_year or options.old_year, cache=options.cache)
    new = load_report(new_path, options.profile, new_year or options.new_year, cache=options.cache)
    return analyse_reports(old, new, options)
