"""`tipdiff history DIR`: one country over the years."""

from __future__ import annotations

import argparse
from pathlib import Path

from tipdiff.cli.common import Commands, add_common, add_rules_options, options_from, terminal_text
from tipdiff.errors import EXIT_CLEAN
from tipdiff.history import build_history
from tipdiff.output import write_output


def cmd_history(args: argparse.Namespace) -> int:
    from tipdiff.render import history as render  # imports rich: only when a history is shown

    history = build_history(Path(args.folder), options_from(args))
    if args.format == "markdown":
        text = render.render_markdown(history)
    else:
        text = terminal_text(args, lambda console: render.render_terminal(history, console))
    write_output(text, args.output)
    return EXIT_CLEAN


def add_history_parser(commands: Commands) -> None:
    history = commands.add_parser("history", help="one country over many years: tiers, streaks, recommendations",
                                  description="One country over the years: tier each year with streaks, first-time "
                                              "events, how long each recommendation has been carried, figures over "
                                              "the years, and which rules fired each year.")
    history.add_argument("folder", metavar="DIR", help="a folder of one country's reports named by year")
    history.add_argument("--format", choices=("terminal", "markdown"), default="terminal")
    history.add_argument("--no-rules", action="store_true", help="tiers and figures only: run no rules")
    add_rules_options(history)
    add_common(history)
    history.set_defaults(run=cmd_history)
