"""`tipdiff check`: validate new or changed report files and compare each with the previous year."""

from __future__ import annotations

import argparse
from pathlib import Path

from tipdiff.check import DEFAULT_LAYOUT, Layout, check_paths
from tipdiff.cli.common import Commands, add_fail_on, add_rules_options, options_from
from tipdiff.engine import fails
from tipdiff.errors import EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE
from tipdiff.wording import count

LABEL = {"error": "ERROR", "warning": "WARNING", "info": "NOTE"}


def cmd_check(args: argparse.Namespace) -> int:
    options = options_from(args)
    fail_on = options.fail_on
    layout = Layout.parse(args.layout) if args.layout is not None else None
    root = Path(args.root) if args.root is not None else None
    results = check_paths([Path(p) for p in args.files], options, root=root, layout=layout)
    malformed = failing = 0
    for result in results:
        if result.problems:
            malformed += 1
            for problem in result.problems:
                print(f"{result.path}: error: {problem}")
            for warning in result.warnings:
                print(f"{result.path}: warning: {warning}")
            continue
        comparison = result.comparison
        # the text's own warnings (its tier against its formula) count as warnings at --fail-on
        warned = bool(result.warnings) and fail_on in ("warning", "info")
        if comparison is None:
            for warning in result.warnings:
                print(f"{result.path}: warning: {warning}")
            for note in result.notes:
                print(f"{result.path}: note: {note}")
            failing += warned
            continue
        failed = fails(comparison.findings, fail_on) or warned
        failing += failed
        print(f"{result.path}: {comparison.new.country} {comparison.new.year}, {comparison.new.tier}; "
              f"compared with {result.previous} ({comparison.old.tier})")
        for warning in result.warnings:
            print(f"  WARNING {warning} [the file's own text]")
        shown = [f for f in comparison.findings if args.verbose or f.severity != "info"]
        for finding in shown:
            print(f"  {LABEL[finding.severity]:7} {finding.message} [{finding.rule}]")
        counts = {s: sum(1 for f in comparison.findings if f.severity == s) for s in ("error", "warning", "info")}
        counts["warning"] += len(result.warnings)
        print(f"  {count(counts['error'], 'error', digits=True)}, {count(counts['warning'], 'warning', digits=True)}, "
              f"{count(counts['info'], 'note', digits=True)}"
              + (f"; fails at --fail-on {fail_on}" if failed else ""))
    print(f"checked {count(len(results), 'file', digits=True)}: {malformed} malformed, {failing} with findings at or above {fail_on}")
    if malformed:
        return EXIT_USAGE
    return EXIT_FINDINGS if failing else EXIT_CLEAN


def add_check_parser(commands: Commands) -> None:
    check = commands.add_parser(
        "check", help="validate new report files and compare each with the country's previous year",
        description="Validate report files kept as .../COUNTRY/YEAR.EXT (anywhere in the repository: each "
                    "file's folder names the country, its name the year) and compare each with the same country's "
                    "previous year, from the working tree or else the HEAD commit (a renamed report is compared with "
                    "what it was). Files that are no report are skipped with a note. Without FILEs, every report "
                    "under ROOT is checked. Read-only. Exit 0 clean, 1 findings at or above --fail-on, 2 a "
                    "malformed report.")
    check.add_argument("files", metavar="FILE", nargs="*", help="report files to check (pre-commit passes them)")
    check.add_argument("--root", default=None, help="where to look for reports when no FILE is given, and what "
                       "--layout and the paths shown are relative to (default: here)")
    check.add_argument("--layout", default=None, help="another layout under ROOT, e.g. "
                       f"'tip/{{country}}-{{year}}.txt' (default: each file's own path, {DEFAULT_LAYOUT})")
    add_fail_on(check)
    check.add_argument("-v", "--verbose", action="store_true", help="list notes (info findings) too")
    add_rules_options(check)
    check.set_defaults(run=cmd_check)
