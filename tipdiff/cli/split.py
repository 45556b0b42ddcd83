"""`tipdiff split REPORT.pdf -o DIR/`: one text file per country from a whole-report PDF."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from tipdiff.cli.common import Commands
from tipdiff.errors import EXIT_CLEAN, InputError, OutputError
from tipdiff.ingest.pdf import read_pdf, split_countries
from tipdiff.ingest.text import read_bytes
from tipdiff.output import write_output
from tipdiff.profile import AUTO, Profile, detect_profile, load_profile
from tipdiff.quiet import library_output, summary
from tipdiff.wording import count


def cmd_split(args: argparse.Namespace) -> int:

    source = Path(args.report)
    data = read_bytes(source)
    problems = None
    if data.startswith(b"%PDF"):
        with library_output() as captured:  # the PDF library's own messages never reach stderr
            pdf = read_pdf(data, str(source), args.profile)
        problems = summary(captured, "the PDF library")
        text = pdf.text
        raw = "\n".join(pdf.removed) + "\n" + text  # the running header names the year
    else:
        raw = text = data.decode("utf-8", errors="replace")
    profile = detect_profile(raw[:4096]) if args.profile == AUTO else load_profile(args.profile)
    if profile.title is None:
        raise InputError(f"cannot be split with the {profile.name} profile: it has no title pattern for a "
                         "country heading", path=str(source))
    countries, before = split_countries(text, profile)
    if not countries:
        example = f", such as '{profile.title_example}'" if profile.title_example else ""
        raise InputError(f"has no country headings (expected lines the {profile.name} profile's title pattern "
                         f"matches{example})", path=str(source))
    year = args.year or _stated_year(raw, profile)
    folder = Path(args.output)
    if folder.exists() and not folder.is_dir():
        raise OutputError("is a file; split writes one file per country into a folder: give -o DIR/",
                          path=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot be created ({exc.strerror})", path=str(folder)) from None
    names: dict[str, int] = {}
    for heading, body in countries:
        match = profile.title.fullmatch(heading)
        country = (match.groupdict().get("country") if match else None) or heading
        slug = re.sub(r"[^a-z0-9]+", "-", country.casefold()).strip("-")
        names[slug] = names.get(slug, 0) + 1
        if names[slug] > 1:
            raise InputError(f"names {country} twice; expected one narrative per country", path=str(source))
        write_output(body, str(folder / (f"{slug}-{year}.txt" if year else f"{slug}.txt")), inputs=[source])
    print(f"wrote {count(len(countries), 'country file', digits=True)} to {folder}"
          + (f" ({count(before, 'paragraph', digits=True)} before the first country heading "
             f"{'was' if before == 1 else 'were'} not part of any country)" if before else ""))
    if year is None:
        print(f"note: {source}: the report states no year, so the files are named COUNTRY.txt; give --year to "
              "name them COUNTRY-YEAR.txt (tipdiff reads a file's year from its name)")
    if problems:
        print(f"note: {source}: {problems}")
    return EXIT_CLEAN


def _stated_year(text: str, profile: Profile) -> int | None:
    """The first year the profile's `year` patterns find in the text (the running header names it)."""
    for pattern in profile.year:
        if (match := pattern.search(text)) and match.groupdict().get("year"):
            return int(match.group("year"))
    return None


def add_split_parser(commands: Commands) -> None:
    split = commands.add_parser("split", help="split a whole-report PDF into one file per country",
                                description="Split a whole-report PDF (or its text) at the country headings "
                                            "('CAMBODIA: TIER 3') into DIR/COUNTRY-YEAR.txt files.")
    split.add_argument("report", metavar="REPORT", help="the report PDF (needs the pdf extra) or its text")
    split.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the country files")
    split.add_argument("--year", type=int, default=None, help="the report's year, when its text does not say")
    split.add_argument("--profile", default=AUTO, metavar="PROFILE",
                       help="report series whose title pattern marks each country's heading: auto (the default: "
                            "from the text), a shipped profile (tip, factbook, hrr) or a .yaml file")
    split.set_defaults(run=cmd_split)
