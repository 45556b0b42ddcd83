"""Command line: arguments in, exit code out. One module per subcommand (compare, sections, history, check,
rules, split), each with one function returning an exit code; errors are mapped to exit codes here, in `main`,
and nowhere else. The work itself lives in the library (tipdiff.compare and friends).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from tipdiff import __version__
from tipdiff.cli.check import add_check_parser
from tipdiff.cli.common import Parser
from tipdiff.cli.compare import add_compare_parser
from tipdiff.cli.history import add_history_parser
from tipdiff.cli.rules import add_rules_parser
from tipdiff.cli.sections import add_sections_parser
from tipdiff.cli.split import add_split_parser
from tipdiff.errors import EXIT_CLEAN, EXIT_INTERNAL, EXIT_USAGE, TipdiffError
from tipdiff.output import flush_stdout, stdout_failure

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="tipdiff", description="What changed between two years of a Trafficking in Persons "
                    "Report country narrative, and what the change means.")
    parser.add_argument("--version", action="version", version=f"tipdiff {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    add_compare_parser(commands)
    add_sections_parser(commands)
    add_history_parser(commands)
    add_check_parser(commands)
    add_rules_parser(commands)
    add_split_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the exit code: 0 clean, 1 findings at or above the fail level, 2 usage, input or rule
    errors (one line on stderr), 3 a bug in tipdiff, 130 interrupted."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not getattr(args, "run", None):
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        code: int = args.run(args)
        flush_stdout()  # a report printed to an unwritable stdout (> /dev/full) is an error here, not at exit
        return code
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
        if isinstance(exc, OSError) and (failed := stdout_failure(exc)) is not None:
            print(f"tipdiff: error: {failed.one_line()}", file=sys.stderr)  # print() to > /dev/full: exit 2
            return failed.exit_code
        if os.environ.get("TIPDIFF_DEBUG"):
            raise
        print(f"tipdiff: internal error: {type(exc).__name__}: {exc} (set TIPDIFF_DEBUG=1 for a traceback; "
              "please report it)", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
