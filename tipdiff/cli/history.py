"""`tipdiff history DIR`: one country over the years."""

from __future__ import annotations

import argparse
from pathlib import Path

from tipdiff.cli.common import Commands, add_common, add_rules_options, options_from, terminal_text
from tipdiff.errors import EXIT_CLEAN
from tipdiff.history import build_history, year_files
from tipdiff.output import write_output


def cmd_history(args: argparse.Namespace) -> int:
    if args.format == "csv":  # one country's folder, or a root of many: one row per country-year
        from tipdiff.panel import build_panel, to_csv

        write_output(to_csv(build_panel(Path(args.folder), options_from(args))), args.output)
        return EXIT_CLEAN
    from tipdiff.render import history as render  # imports rich: only when a history is shown

    history = build_history(Path(args.folder), options_from(args))
    if args.format == "html":
        from tipdiff.render.html_history import render as render_html

        text = render_html(history)
    elif args.format == "markdown":
        text = render.render_markdown(history)
    else:
        text = terminal_text(args, lambda console: render.render_terminal(history, console))
    write_output(text, args.output, inputs=[path for _, path in year_files(Path(args.folder))])
    return EXIT_CLEAN


def add_history_parser(commands: Commands) -> None:
    history = commands.add_parser("history", help="one country over many years: tiers, streaks, recommendations",
                                  description="One country over the years: tier each year with streaks, first-time "
                                              "events, how long each recommendation has been carried, figures over "
                                              "the years, and which rules fired each year.")
    history.add_argument("folder", metavar="DIR", help="a folder of one country's reports named by year (with "
                         "--format csv also a root of COUNTRY/YEAR.* or YEAR/COUNTRY.* folders)")
    history.add_argument("--format", choices=("terminal", "markdown", "html", "csv"), default="terminal",
                         help="html: one page with an SVG tier timeline, figure charts and the recommendations "
                         "ledger; csv: one row per country-year (columns in docs/panel.md)")
    history.add_argument("--no-rules", action="store_true", help="tiers and figures only: run no rules")
    add_rules_options(history)
    add_common(history)
    history.set_defaults(run=cmd_history)
