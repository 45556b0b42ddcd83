"""`tipdiff check`: validate new or changed report files and compare each with the previous year."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tipdiff.check import DEFAULT_LAYOUT, Layout, check_paths
from tipdiff.cli.common import (
    Commands,
    add_color,
    add_fail_on,
    add_rules_options,
    console_text,
    options_from,
    wants_color,
)
from tipdiff.engine import fails
from tipdiff.errors import EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE
from tipdiff.model import Comparison
from tipdiff.render.common import tiers_shown
from tipdiff.wording import count

if TYPE_CHECKING:
    from rich.console import Console

LABEL = {"error": "ERROR", "warning": "WARNING", "info": "NOTE"}

# a line of the report as (text, style) pieces; a style is a severity (coloured as in the compare report,
# tipdiff.render.terminal.SEVERITY_STYLE), "path", "rule" or None (plain)
Line = list[tuple[str, str | None]]


def cmd_check(args: argparse.Namespace) -> int:
    options = options_from(args)
    fail_on = options.fail_on
    layout = Layout.parse(args.layout) if args.layout is not None else None
    root = Path(args.root) if args.root is not None else None
    results = check_paths([Path(p) for p in args.files], options, root=root, layout=layout)
    malformed = failing = 0
    lines: list[Line] = []
    for result in results:
        if result.problems:
            malformed += 1
            lines += [[(f"{result.path}: ", "path"), ("error:", "error"), (f" {p}", None)] for p in result.problems]
            lines += [[(f"{result.path}: ", "path"), ("warning:", "warning"), (f" {w}", None)] for w in result.warnings]
            continue
        comparison = result.comparison
        # the text's own warnings (its tier against its formula) count as warnings at --fail-on
        warned = bool(result.warnings) and fail_on in ("warning", "info")
        if comparison is None:
            lines += [[(f"{result.path}: ", "path"), ("warning:", "warning"), (f" {w}", None)] for w in result.warnings]
            lines += [[(f"{result.path}: ", "path"), ("note:", "rule"), (f" {n}", None)] for n in result.notes]
            failing += warned
            continue
        failed = fails(comparison.findings, fail_on) or warned
        failing += failed
        lines.append([(f"{result.path}: ", "path"), (_header(comparison, result.previous), None)])
        lines += [[("  ", None), ("WARNING", "warning"), (f" {w} ", None), ("[the file's own text]", "rule")]
                  for w in result.warnings]
        shown = [f for f in comparison.findings if args.verbose or f.severity != "info"]
        lines += [[("  ", None), (LABEL[f.severity], f.severity), (" " * (8 - len(LABEL[f.severity])) + f"{f.message} ",
                   None), (f"[{f.rule}]", "rule")] for f in shown]
        counts = {s: sum(1 for f in comparison.findings if f.severity == s) for s in ("error", "warning", "info")}
        counts["warning"] += len(result.warnings)
        lines.append([(f"  {count(counts['error'], 'error', digits=True)}, "
                       f"{count(counts['warning'], 'warning', digits=True)}, "
                       f"{count(counts['info'], 'note', digits=True)}", None),
                      (f"; fails at --fail-on {fail_on}" if failed else "", "error")])
    lines.append([(f"checked {count(len(results), 'file', digits=True)}: {malformed} malformed, {failing} with "
                   f"findings at or above {fail_on}", None)])
    sys.stdout.write(_text(lines, args.color))
    if malformed:
        return EXIT_USAGE
    return EXIT_FINDINGS if failing else EXIT_CLEAN


def _header(comparison: Comparison, previous: str | None) -> str:
    """'Veridia 2020, Tier 2 Watch List; compared with veridia/2019.txt (Tier 2)', with 'tier not found' for a
    report without one, and no tier slot for a series that places no country on a tier (the human rights
    reports: 'Thailand 2023; compared with thailand/2022.html'), as every report header (render.common.tiers_shown)."""
    new = comparison.new
    tiers = tiers_shown(comparison)
    if tiers is None:
        return f"{new.country} {new.year}; compared with {previous}"
    return f"{new.country} {new.year}, {tiers[1]}; compared with {previous} ({tiers[0]})"


def _text(lines: list[Line], color: str) -> str:
    """The report as text: plain, or with ANSI colours when --color asks for them (tipdiff.cli.common.wants_color:
    auto colours only on a terminal and never when NO_COLOR is set). A line is never wrapped: each stays one line
    for the tools that read it (pre-commit, grep)."""
    if not wants_color(color, to_file=False):
        return "".join("".join(text for text, _ in line) + "\n" for line in lines)
    from rich.text import Text

    from tipdiff.render.terminal import SEVERITY_STYLE

    styles = {**SEVERITY_STYLE, "path": "bold", "rule": "dim"}

    def render(console: Console) -> None:
        for line in lines:
            console.print(Text.assemble(*((text, styles[style] if style else "") for text, style in line if text)),
                          soft_wrap=True)

    return console_text(render, color="always", to_file=False, width=None)


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
    add_color(check)
    add_rules_options(check)
    check.set_defaults(run=cmd_check)
