"""Turn a report file into a `Report`: clean text, sections, units, and what it says about itself."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from tipdiff.cache import ReportCache
from tipdiff.errors import InputError
from tipdiff.facts.status import tier_formula_warning
from tipdiff.files import STDIN
from tipdiff.ingest.html import extract_page, looks_like_html
from tipdiff.ingest.labels import is_empty_entry, split_at_labels
from tipdiff.ingest.page import clean_page
from tipdiff.ingest.text import CleanText, clean, decode, read_bytes
from tipdiff.model import Report
from tipdiff.paths import year_of_name
from tipdiff.patterns import BudgetPattern, Match
from tipdiff.profile import AUTO, Profile, detect_profile, load_profile
from tipdiff.quiet import library_output, summary
from tipdiff.sections import split_sections, units_of

if TYPE_CHECKING:
    from tipdiff.ingest.pdf import PdfText  # only a type: the PDF library is imported when a PDF is read

_FIGURE_YEAR = re.compile(r"\bin ((?:19|20)\d\d)\)")
# A republisher's citation block, removed as chrome: "Publication Date: 24 June 2016" (the TIP Report is published
# in the year it is named for), "Cite as: ..., 2016 Trafficking in Persons Report - Veridia, ..." (the profile's
# own year patterns find that one).
_PUBLICATION_DATE = re.compile(r"(?:Publication date|Date)\s*:.*?\b(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_SMALL_WORDS = {"and", "of", "the", "da", "de", "del", "du", "e", "la"}
# A page title or running header removed as chrome names the report's year: "2019 Trafficking in Persons Report:
# Cambodia", "TRAFFICKING IN PERSONS REPORT 2019" (the profile's year patterns), or the publication month alone,
# "June 2019" (the TIP Report is published in June of the year it is named for). A citation block's lines are
# the citation source's.
_PUBLISHED = re.compile(r"June\s+(?P<year>(?:19|20)\d\d)", re.IGNORECASE)
_CITATION_LABEL = re.compile(r"(?:Cite as|Source|Publisher|Author|Publication date|Date|Disclaimer)\s*:", re.IGNORECASE)


def country_name(raw: str) -> str:
    """'BOSNIA AND HERZEGOVINA' -> 'Bosnia and Herzegovina'; names already in mixed case are kept."""
    raw = raw.strip(" .,:")
    if not raw.isupper():
        return raw
    words = raw.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _first(patterns: tuple[BudgetPattern, ...], paragraphs: tuple[str, ...], group: str) -> str | None:
    for paragraph in paragraphs:
        for pattern in patterns:
            match = pattern.search(paragraph)
            if match:
                return _group(match, group)
    return None


def _citation_year(removed: tuple[str, ...], profile: Profile) -> int | None:
    """The report year a removed citation block states: a "Cite as" line naming the report ("2016 Trafficking
    in Persons Report"), else its "Publication Date"."""
    cited = [line for line in removed if re.match(r"(?:Cite as|Source)\s*:", line, re.IGNORECASE)]
    stated = _first(profile.year, tuple(cited), "year")
    if stated:
        return int(stated)
    dates = [m.group("year") for line in removed if (m := _PUBLICATION_DATE.match(line))]
    return int(dates[0]) if dates else None


def title_year(removed: tuple[str, ...], profile: Profile) -> tuple[int, str] | None:
    """(year, line) of the first line removed as page chrome that names the report's year (a page title or a
    running header: the profile's `year` patterns, or "June 2019" alone), else None. Citation lines are left
    to `_citation_year`."""
    for line in removed:
        if _CITATION_LABEL.match(line):
            continue
        if stated := _first(profile.year, (line,), "year"):
            return int(stated), line
        if published := _PUBLISHED.fullmatch(line.strip()):
            return int(published.group("year")), line
    return None


def detect_year(path: Path, paragraphs: tuple[str, ...], profile: Profile,
                given: int | None, removed: tuple[str, ...] = ()) -> tuple[int | None, str]:
    """The year from the sources the profile trusts, in its order (option, file name, text, page title: a title
    or running header removed as page chrome, citation: the removed citation block's, figures: a guess)."""
    for source in profile.year_sources:
        if source == "option" and given is not None:
            return given, "option"
        if source == "file name" and (named := year_of_name(path)) is not None:
            return named, "file name"
        if source == "text" and (stated := _first(profile.year, paragraphs, "year")):
            return int(stated), "text"
        if source == "page title" and (titled := title_year(removed, profile)) is not None:
            return titled[0], "page title"
        if source == "citation" and (cited := _citation_year(removed, profile)) is not None:
            return cited, "citation"
        if source == "figures":
            # Figures carry last year's value "(207 in 2017)": the reporting period is the year after, the
            # report the year after that. Only a hint, so it is labelled as such.
            years = [int(y) for p in paragraphs for y in _FIGURE_YEAR.findall(p)]
            if years:
                return max(years) + 2, "figures"
    return (given, "option") if given is not None else (None, "unknown")


def load_report(path: str | Path, profile: Profile | str | None = AUTO, year: int | None = None, *,
                cache: ReportCache | None = None) -> Report:
    """Read one report file; `profile` None or 'auto' detects the series from the text. With a `cache`
    (tipdiff.cache), a file read before with the same bytes, code and settings is not read again."""
    path = Path(path)
    data = read_bytes(path)
    if str(path) == STDIN:
        path = Path("<stdin>")  # how messages and the report name it; it has no file name to give a year
    key = cache.key(data, path, profile, year) if cache is not None else None
    if cache is None or key is None:
        return report_from_bytes(data, path, profile, year)
    report = cache.get(key, profile)
    if report is None:
        report = report_from_bytes(data, path, profile, year)
        cache.put(key, report)
    return report


def report_from_text(text: str, name: str = "<text>", profile: Profile | str = AUTO, year: int | None = None) -> Report:
    """A report from a string (rule examples, tests); `name` stands in for the file name in messages."""
    return report_from_bytes(text.encode("utf-8"), Path(name), profile, year)


def _read_pdf(data: bytes, path: Path, profile: Profile | str) -> PdfText:
    """A PDF's text. The content decides: a .txt whose bytes start with %PDF is read as a PDF, and the report
    says so. Whatever the PDF library logs, warns or prints is captured (tipdiff.quiet) and counted in one
    warning, never written beside tipdiff's own line on stderr."""
    from tipdiff.ingest.pdf import read_pdf

    suffix = path.suffix.lower()
    disguised = suffix != ".pdf" and data.startswith(b"%PDF")
    try:
        with library_output() as captured:
            pdf = read_pdf(data, str(path), profile)
    except InputError as exc:
        if not disguised:
            raise
        raise InputError(f"starts with %PDF, so it was read as a PDF (not as {suffix or 'text'}), and {exc.message}",
                         path=exc.path, line=exc.line, column=exc.column) from None
    notes: list[str] = []
    if disguised:
        notes.append(f"{path}: its bytes are a PDF (they start with %PDF); read as a PDF, not as {suffix or 'text'}")
    if problems := summary(captured, "the PDF library"):
        notes.append(f"{path}: {problems}")
    return replace(pdf, warnings=tuple(notes) + pdf.warnings) if notes else pdf


def _read(data: bytes, path: Path, profile: Profile | str) -> tuple[Profile, CleanText]:
    """Clean text of a plain-text paste, a saved page or a PDF, and the profile it is read with."""
    pdf = None
    if data.startswith(b"%PDF") or path.suffix.lower() == ".pdf":
        pdf = _read_pdf(data, path, profile)  # then through the same text layer as a paste
        data = pdf.text.encode("utf-8")
    if looks_like_html(data, path.suffix):
        text, encoding, warnings = decode(data, str(path))
        page = extract_page(text)
        if profile == AUTO:
            profile = detect_profile("\n".join([page.series or ""] + [b.text for b in page.blocks[:5]]))
        profile = load_profile(profile) if isinstance(profile, str) else profile
        return profile, clean_page(encoding, warnings, str(path), profile, page)
    if profile == AUTO:
        profile = detect_profile(data[:4096].decode("utf-8", errors="replace").lstrip("\ufeff"))
    profile = load_profile(profile) if isinstance(profile, str) else profile
    cleaned = clean(data, str(path), profile)
    if pdf is not None:  # the page chrome the PDF reader removed is listed with the text layer's
        cleaned = replace(cleaned, removed=pdf.removed + cleaned.removed, warnings=pdf.warnings + cleaned.warnings)
    return profile, cleaned


def _group(match: Match, name: str) -> str | None:
    value: str | None = match.groupdict().get(name)
    return value


def report_from_bytes(data: bytes, path: Path, profile: Profile | str | None = AUTO,
                      year: int | None = None) -> Report:
    profile, cleaned = _read(data, path, AUTO if profile is None else profile)
    cleaned = split_at_labels(cleaned, profile)
    paragraphs = cleaned.paragraphs
    warnings = list(cleaned.warnings)
    if is_empty_entry(paragraphs, profile):
        warnings.append(f"{path}: the entry is empty (only its labels: {' | '.join(paragraphs)}); no tier is read")

    title = None
    title_line = None
    country = tier = None
    title_year = None
    if profile.title is not None:
        for index, paragraph in enumerate(paragraphs[:5]):
            match = profile.title.fullmatch(paragraph)
            if match:
                title, title_line = paragraph, cleaned.lines[index]
                country = country_name(match.group("country"))
                tier = profile.canonical_tier(_group(match, "tier"))
                title_year = _group(match, "year")
                break
    keep = [i for i, p in enumerate(paragraphs) if p != title]
    body = tuple(paragraphs[i] for i in keep)
    lines = tuple(cleaned.lines[i] for i in keep)
    levels = tuple(cleaned.level(i) for i in keep)
    country = country or _first(profile.country, body, "country")
    if country:
        country = country_name(country)
    tier = tier or profile.canonical_tier(_first(profile.tier, body, "tier"))
    stated = tuple(p for p in (cleaned.series, title) if p) + paragraphs
    year_value, year_source = detect_year(path, stated, profile, year, cleaned.removed)
    if title_year and year is None and year_source != "text":
        year_value, year_source = int(title_year), "text"

    sections = split_sections(body, lines, profile, country, levels)
    recognised = [s for s in sections if s.name != profile.unsectioned]
    if not recognised and country is None and tier is None:
        raise InputError(f"no recognisable narrative: no country, tier or section of the '{profile.name}' profile "
                         "was found; expected a pasted country narrative", path=str(path))
    if not recognised:
        warnings.append(f"{path}: no sections recognised; all text is shown as '{profile.unsectioned}'")
    names = [s.name for s in sections]
    if recognised:
        missing = profile.missing_parts(names, tier, year_value)
        if missing:
            warnings.append(f"{path}: parts not found: {', '.join(missing)} (a truncated paste?)")
    for name in sorted({n for n in names if names.count(n) > 1 and n != profile.unsectioned}):
        warnings.append(f"{path}: section '{name}' appears {names.count(name)} times; its parts are compared together")
    if tier is None and profile.has_tiers:
        warnings.append(f"{path}: no tier found ({profile.tier_expectation})")
    if year_value is None:
        warnings.append(f"{path}: no year found; name the file like cambodia-2019.txt or pass --old-year/--new-year")
    report = Report(
        path=str(path), profile=profile, country=country, year=year_value, year_source=year_source,
        tier=tier, title=title, sections=tuple(sections), units=tuple(units_of(sections, profile)),
        removed_chrome=cleaned.removed, warnings=tuple(warnings), encoding=cleaned.encoding, title_line=title_line,
    )
    if profile.has_tiers and (contradiction := tier_formula_warning(report)):
        report = replace(report, tier_formula=contradiction, warnings=report.warnings + (f"{path}: {contradiction}",))
    return report
