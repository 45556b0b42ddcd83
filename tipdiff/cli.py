"""Command line: arguments in, exit code out. Each subcommand is one function returning an exit code; errors
are mapped to exit codes in `main` only. The work itself lives in the library (tipdiff.compare and friends).
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
from pathlib import Path
from typing import Callable, NoReturn, Sequence

from tipdiff import __version__
from tipdiff.errors import EXIT_CLEAN, EXIT_FINDINGS, EXIT_INTERNAL, EXIT_USAGE, TipdiffError, UsageError

FORMATS = ("terminal", "json", "markdown")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake as one line through UsageError instead of exiting itself."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


def _console_text(render: Callable[..., None], *, color: str, to_file: bool, width: int | None) -> str:
    from rich.console import Console

    tty = not to_file and sys.stdout.isatty()
    no_color = bool(os.environ.get("NO_COLOR"))
    use_color = color == "always" or (color == "auto" and tty and not no_color)
    if width is None:
        width = shutil.get_terminal_size((80, 24)).columns if tty else 80
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system="standard" if use_color else None,
                      force_terminal=use_color, highlight=False, emoji=False, markup=False, legacy_windows=False)
    render(console)
    text = buffer.getvalue()
    # rich pads wrapped lines to the full width; without colour those spaces are only noise in files and diffs
    return text if use_color else "\n".join(line.rstrip() for line in text.split("\n"))


def _year(value: str) -> int:
    if not value.isdigit() or not 1900 <= int(value) <= 2100:
        raise argparse.ArgumentTypeError(f"'{value}' is not a year (expected four digits, e.g. 2019)")
    return int(value)


def _count(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a count (expected a whole number of at least 1)")
    return int(value)


def _width(value: str) -> int:
    if not value.isdigit() or not 40 <= int(value) <= 1000:
        raise argparse.ArgumentTypeError(f"'{value}' is not a width (expected 40 to 1000 columns)")
    return int(value)


def cmd_compare(args: argparse.Namespace) -> int:
    if Path(args.old).is_dir() or Path(args.new).is_dir():
        from tipdiff.cli_batch import compare_directories

        return compare_directories(args, _console_text)
    from tipdiff.compare import analyse_files
    from tipdiff.engine import fails
    from tipdiff.output import write_output
    from tipdiff.profile import load_profile
    from tipdiff.rules_loader import load_config

    config = load_config(args.config)
    comparison = analyse_files(args.old, args.new, config=config, rule_dirs=tuple(args.rules),
                               use_rules=not args.no_rules, profile=args.profile,
                               old_year=args.old_year, new_year=args.new_year)
    comparison = _with_other_years(comparison, Path(args.old), Path(args.new), config)
    names = load_profile(comparison.old.profile).section_names
    if args.section and args.section not in names:
        raise UsageError(f"--section: unknown part '{args.section}'; expected one of: {', '.join(names)}")
    if args.format == "json":
        from tipdiff.render.json import comparison_dict, dumps

        text = dumps(comparison_dict(comparison))
    elif args.format == "markdown":
        from tipdiff.render.markdown import render as render_markdown

        text = render_markdown(comparison, max_items=args.max_items)
    else:
        from tipdiff.render.terminal import render

        text = _console_text(lambda console: render(comparison, console, only_section=args.section),
                             color=args.color, to_file=args.output is not None, width=args.width)
    write_output(text, args.output)
    return EXIT_FINDINGS if fails(comparison.findings, args.fail_on or config.fail_on) else EXIT_CLEAN


def _with_other_years(comparison, old: Path, new: Path, config):
    """When both files sit in one folder with other years of the country, add what the history says."""
    from tipdiff.history import build_history, with_history, year_files

    if old.parent.resolve() != new.parent.resolve() or comparison.new.year is None:
        return comparison
    try:
        files = year_files(new.parent)
    except TipdiffError:
        return comparison
    if len(files) < 3 or not any(y == comparison.new.year for y, _ in files):
        return comparison
    upto = [(y, p) for y, p in files if y <= comparison.new.year]
    if len(upto) < 3:
        return comparison
    return with_history(comparison, build_history(new.parent, config, until=comparison.new.year))


def cmd_history(args: argparse.Namespace) -> int:
    from tipdiff.history import build_history
    from tipdiff.output import write_output
    from tipdiff.render import history as render
    from tipdiff.rules_loader import load_config

    history = build_history(Path(args.folder), load_config(args.config))
    if args.format == "markdown":
        text = render.render_markdown(history)
    else:
        text = _console_text(lambda console: render.render_terminal(history, console), color=args.color,
                             to_file=args.output is not None, width=args.width)
    write_output(text, args.output)
    return EXIT_CLEAN


def cmd_sections(args: argparse.Namespace) -> int:
    from tipdiff.ingest import load_report
    from tipdiff.output import write_output

    report = load_report(args.file, args.profile or "auto", args.year)
    if args.format == "json":
        from tipdiff.render.json import dumps, report_dict

        text = dumps(report_dict(report, with_units=args.units))
    else:
        from tipdiff.render.terminal import render_sections

        text = _console_text(lambda console: render_sections(report, console), color=args.color,
                             to_file=args.output is not None, width=args.width)
    write_output(text, args.output)
    return EXIT_CLEAN


def _rules_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="FILE", help="project config (default: .tipdiff.yaml here, if any)")
    parser.add_argument("--rules", metavar="DIR", action="append", default=[],
                        help="another folder of rules (repeatable); a rule of the same id overrides the shipped one")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", default=None, help="report series: auto (the default: from the text), a shipped profile (tip, factbook) or a .yaml file")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour in the terminal report (auto: only on a terminal, and not when NO_COLOR is set)")
    parser.add_argument("--width", type=_width, default=None, help="columns for the terminal report (default: "
                        "the terminal's width, 80 when piped)")
    parser.add_argument("-o", "--output", default=None, help="write the report to this file (atomically)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="tipdiff", description="What changed between two years of a Trafficking in Persons "
                     "Report country narrative, and what the change means.")
    parser.add_argument("--version", action="version", version=f"tipdiff {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    compare = commands.add_parser("compare", help="compare two years of one country (or of every country)",
                                  description="Compare two years of one country's narrative, part by part; "
                                              "given two directories, every country in them, with a digest.")
    compare.add_argument("old", metavar="OLD", help="the earlier year: a narrative (.txt, .html) or a directory")
    compare.add_argument("new", metavar="NEW", help="the later year: a narrative or a directory")
    compare.add_argument("--jobs", type=_count, default=None, help="with directories: processes (default: every core)")
    compare.add_argument("--format", choices=FORMATS, default="terminal")
    compare.add_argument("--section", metavar="NAME", help="show only this part (overview, recommendations, "
                         "prosecution, protection, prevention, profile, unsectioned)")
    compare.add_argument("--old-year", type=_year, help="the old file's year, when neither its name nor its text says")
    compare.add_argument("--new-year", type=_year, help="the new file's year")
    compare.add_argument("--fail-on", choices=("error", "warning", "info", "never"), default=None,
                         help="exit 1 when a finding is at or above this severity (default: the config's, else error)")
    compare.add_argument("--no-rules", action="store_true", help="text changes only: run no rules")
    compare.add_argument("--max-items", type=_count, default=None, metavar="N",
                         help="with --format markdown: at most N items per list (the rest is counted)")
    _rules_options(compare)
    _common(compare)
    compare.set_defaults(run=cmd_compare)

    sections = commands.add_parser("sections", help="show how a file is split into parts",
                                   description="Show how a narrative is split into parts, to check a new paste.")
    sections.add_argument("file", metavar="FILE")
    sections.add_argument("--format", choices=("terminal", "json"), default="terminal")
    sections.add_argument("--year", type=_year, help="the file's year, when neither its name nor its text says")
    sections.add_argument("--units", action="store_true", help="with --format json: list every sentence / item too")
    _common(sections)
    sections.set_defaults(run=cmd_sections)

    history = commands.add_parser("history", help="one country over many years: tiers, streaks, recommendations",
                                  description="One country over the years: tier each year with streaks, first-time "
                                              "events, how long each recommendation has been carried, figures over "
                                              "the years, and which rules fired each year.")
    history.add_argument("folder", metavar="DIR", help="a folder of one country's reports named by year")
    history.add_argument("--format", choices=("terminal", "markdown"), default="terminal")
    history.add_argument("--config", metavar="FILE", help="project config (default: .tipdiff.yaml here, if any)")
    _common(history)
    history.set_defaults(run=cmd_history)

    from tipdiff.cli_check import add_check_parser
    from tipdiff.cli_rules import add_rules_parser
    from tipdiff.cli_split import add_split_parser

    add_check_parser(commands, _rules_options)
    add_rules_parser(commands, _rules_options)
    add_split_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not getattr(args, "run", None):
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        return args.run(args)
    except TipdiffError as exc:
        print(f"tipdiff: error: {exc.one_line()}", file=sys.stderr)
        return exc.exit_code
    except SystemExit as exc:  # --help and --version exit through argparse
        return int(exc.code or 0)
    except KeyboardInterrupt:
        print("tipdiff: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_CLEAN
    except Exception as exc:  # a bug in tipdiff: say so in one line; TIPDIFF_DEBUG=1 shows the traceback
        if os.environ.get("TIPDIFF_DEBUG"):
            raise
        print(f"tipdiff: internal error: {type(exc).__name__}: {exc} (set TIPDIFF_DEBUG=1 for a traceback; "
              "please report it)", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
