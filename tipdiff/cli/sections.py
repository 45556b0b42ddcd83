"""`tipdiff sections FILE`: how a file is split into parts, to check a new paste."""

from __future__ import annotations

import argparse

from tipdiff.cli.common import Commands, add_common, add_config_option, options_from, terminal_text, year
from tipdiff.errors import EXIT_CLEAN
from tipdiff.ingest import load_report
from tipdiff.output import write_output


def cmd_sections(args: argparse.Namespace) -> int:
    options = options_from(args)
    report = load_report(args.file, options.profile, args.year, cache=options.cache)
    if args.format == "json":
        from tipdiff.render.json import dumps, report_dict

        text = dumps(report_dict(report, with_units=args.units))
    else:
        from tipdiff.render.terminal import render_sections  # imports rich: only for a terminal report

        text = terminal_text(args, lambda console: render_sections(report, console, units=args.units))
    write_output(text, args.output, inputs=[args.file])
    return EXIT_CLEAN


def add_sections_parser(commands: Commands) -> None:
    sections = commands.add_parser("sections", help="show how a file is split into parts",
                                   description="Show how a narrative is split into parts, to check a new paste.")
    sections.add_argument("file", metavar="FILE")
    sections.add_argument("--format", choices=("terminal", "json"), default="terminal")
    sections.add_argument("--year", type=year, help="the file's year, when neither its name nor its text says")
    sections.add_argument("--units", action="store_true", help="list every sentence / item too, with its id (terminal: after the "
                          "table; json: a 'units' list)")
    add_config_option(sections)
    add_common(sections)
    sections.set_defaults(run=cmd_sections)
