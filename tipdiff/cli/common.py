"""What the subcommands share: the parser class, argument types, the option groups, the options object built
from the flags, and terminal output through rich."""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn, TypeAlias

from tipdiff.engine import FAIL_LEVELS
from tipdiff.errors import UsageError
from tipdiff.options import Options, resolve_options

if TYPE_CHECKING:
    from rich.console import Console


FORMATS = ("terminal", "json", "markdown", "html")


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake as one line through UsageError instead of exiting itself."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see '{self.prog} --help')")


Commands: TypeAlias = "argparse._SubParsersAction[Parser]"  # the `add_subparsers` object each command module adds its parser to


def wants_color(color: str, *, to_file: bool) -> bool:
    """What --color asks for: 'always' colours, 'never' does not, 'auto' colours only when writing to a terminal
    (not to a file given with -o, nor through a pipe) and NO_COLOR is unset or empty (https://no-color.org)."""
    tty = not to_file and sys.stdout.isatty()
    return color == "always" or (color == "auto" and tty and not os.environ.get("NO_COLOR"))


def console_text(render: Callable[[Console], None], *, color: str, to_file: bool, width: int | None) -> str:
    """What `render` prints on a rich Console, as text (rich is imported only when a terminal report is made)."""
    from rich.console import Console

    tty = not to_file and sys.stdout.isatty()
    use_color = wants_color(color, to_file=to_file)
    if width is None:
        width = shutil.get_terminal_size((80, 24)).columns if tty else 80
    buffer = io.StringIO()
    # no_color given, never read by rich from NO_COLOR itself: --color always is the user's own choice and wins
    console = Console(file=buffer, width=width, color_system="standard" if use_color else None,
                      force_terminal=use_color, no_color=not use_color, highlight=False, emoji=False, markup=False,
                      legacy_windows=False)
    render(console)
    text = buffer.getvalue()
    # rich pads wrapped lines to the full width; without colour those spaces are only noise in files and diffs
    return text if use_color else "\n".join(line.rstrip() for line in text.split("\n"))


def terminal_text(args: argparse.Namespace, render: Callable[[Console], None]) -> str:
    """console_text with the command's --color, --width and -o."""
    return console_text(render, color=args.color, to_file=args.output is not None, width=args.width)


def year(value: str) -> int:
    if not value.isdigit() or not 1900 <= int(value) <= 2100:
        raise argparse.ArgumentTypeError(f"'{value}' is not a year (expected four digits, e.g. 2019)")
    return int(value)


def count(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a count (expected a whole number of at least 1)")
    return int(value)


def width(value: str) -> int:
    if not value.isdigit() or not 40 <= int(value) <= 1000:
        raise argparse.ArgumentTypeError(f"'{value}' is not a width (expected 40 to 1000 columns)")
    return int(value)


def add_config_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="FILE", help="project config (default: the nearest .tipdiff.yaml "
                        "here or in a folder above)")


def add_rules_options(parser: argparse.ArgumentParser) -> None:
    add_config_option(parser)
    parser.add_argument("--rules", metavar="DIR", action="append", default=[],
                        help="another folder of rules (repeatable); a rule of the same id overrides the shipped one")


def add_fail_on(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--fail-on", choices=FAIL_LEVELS, default=None,
                        help="exit 1 when a finding is at or above this severity (default: the config's, else error)")


def add_color(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                        help="colour in the terminal report (auto: only on a terminal, and not when NO_COLOR is set)")


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", default=None, help="report series: auto (the default: from the text), a "
                        "shipped profile (tip, factbook, hrr) or a .yaml file")
    add_color(parser)
    parser.add_argument("--width", type=width, default=None, help="columns for the terminal report (default: "
                        "the terminal's width, 80 when piped)")
    parser.add_argument("-o", "--output", default=None, help="write the report to this file (atomically)")
    parser.add_argument("--no-cache", action="store_true", help="read every file afresh: neither use nor write "
                        "the parse cache ($XDG_CACHE_HOME/tipdiff, default ~/.cache/tipdiff)")


def options_from(args: argparse.Namespace) -> Options:
    """The one options object: this command's flags (those it has) merged with the project config."""
    flags: dict[str, Any] = vars(args)
    return resolve_options(config_path=flags.get("config"), profile=flags.get("profile"),
                           rule_dirs=tuple(flags.get("rules") or ()), use_rules=not flags.get("no_rules", False),
                           fail_on=flags.get("fail_on"), section=flags.get("section"),
                           old_year=flags.get("old_year"), new_year=flags.get("new_year"),
                           use_cache=not flags.get("no_cache", False))
