"""`tipdiff history DIR`: one country over the years (or, as CSV, every country under a root)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tipdiff.cli.common import Commands, add_common, add_rules_options, options_from, terminal_text
from tipdiff.errors import EXIT_CLEAN
from tipdiff.history import build_history
from tipdiff.layouts import country_files
from tipdiff.output import write_output


def cmd_history(args: argparse.Namespace) -> int:
    root = Path(args.folder)
    if args.format == "csv":  # one country's folder, or a root of many: one row per country-year
        from tipdiff.panel import build_panel, to_csv

        notes: list[str] = []
        text = to_csv(build_panel(root, options_from(args), country=args.country, notes=notes))
        for note in notes:  # the CSV is data only; which file stood for a year goes to stderr
            print(f"tipdiff: note: {note}", file=sys.stderr)
        write_output(text, args.output)
        return EXIT_CLEAN
    name, files = country_files(root, args.country)
    history = build_history(root / name, options_from(args), files=files)
    if args.format == "json":
        from tipdiff.render.history_json import render as render_json

        write_output(render_json(history), args.output, inputs=[path for _, path in files])
        return EXIT_CLEAN
    from tipdiff.render import history as render  # imports rich: only when a history is shown

    if args.format == "html":
        from tipdiff.render.html_history import render as render_html

        text = render_html(history)
    elif args.format == "markdown":
        text = render.render_markdown(history)
    else:
        text = terminal_text(args, lambda console: render.render_terminal(history, console))
    write_output(text, args.output, inputs=[path for _, path in files])
    return EXIT_CLEAN


def add_history_parser(commands: Commands) -> None:
    history = commands.add_parser(
        "history", help="one country over many years: tiers, streaks, recommendations",
        description="One country over the years: tier each year with streaks, first-time events, how long each "
                    "recommendation has been carried, figures over the years, and which rules fired each year. "
                    "DIR is one country's folder of files named by year (2019.txt, cambodia-2019.txt, dated "
                    "snapshots such as 2024-07-04_7e848a31.txt), or a root of COUNTRY/YEAR.* or YEAR/COUNTRY.* "
                    "folders with --country. A file's year is the one its text states when the report series "
                    "reads it (the Factbook's '(2023)'), else the one in its name. When several files give one "
                    "year, those with the same words are read as one, else the last by name is used; a note "
                    "names the others.")
    history.add_argument("folder", metavar="DIR", help="one country's folder of reports named by year, or a root "
                         "of COUNTRY/YEAR.* or YEAR/COUNTRY.* folders (with --country, or --format csv for all)")
    history.add_argument("--country", metavar="NAME", default=None,
                         help="the country to follow under a root of many (cambodia, 'Cote d'Ivoire'; case, accents "
                         "and hyphens do not matter); with --format csv, that country's rows only")
    history.add_argument("--format", choices=("terminal", "json", "markdown", "html", "csv"), default="terminal",
                         help="json: everything the other formats show, as data (schema: "
                         "tipdiff/schemas/history.schema.json); html: one page with an SVG tier timeline, figure "
                         "charts and the recommendations ledger; csv: one row per country-year (columns in "
                         "docs/panel.md)")
    history.add_argument("--no-rules", action="store_true", help="tiers and figures only: run no rules")
    add_rules_options(history)
    add_common(history)
    history.set_defaults(run=cmd_history)
