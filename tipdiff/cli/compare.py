"""`tipdiff compare OLD NEW`: two years of one country (two directories: every country, see cli/batch.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from tipdiff.cli.batch import compare_directories
from tipdiff.cli.common import (
    FORMATS,
    Commands,
    add_common,
    add_fail_on,
    add_rules_options,
    count,
    options_from,
    terminal_text,
    year,
)
from tipdiff.compare import analyse_reports
from tipdiff.engine import fails
from tipdiff.errors import EXIT_CLEAN, EXIT_FINDINGS, TipdiffError, UsageError
from tipdiff.files import STDIN
from tipdiff.history import build_history, with_history
from tipdiff.ingest import load_report
from tipdiff.layouts import year_files
from tipdiff.model import Comparison, Report
from tipdiff.options import Options
from tipdiff.output import output_target, write_output
from tipdiff.render.common import restricted
from tipdiff.render.json import comparison_dict, dumps
from tipdiff.render.markdown import render as render_markdown


def cmd_compare(args: argparse.Namespace) -> int:
    options = options_from(args)
    if args.max_items is not None and args.format in ("json", "html"):
        raise UsageError(f"--max-items: shortens the terminal and Markdown reports; --format {args.format} "
                         "gives every item (drop --max-items)")
    if args.old == STDIN and args.new == STDIN:
        raise UsageError("OLD and NEW are both '-': standard input can be only one of the two years")
    if STDIN in (args.old, args.new):
        if Path(args.new if args.old == STDIN else args.old).is_dir():
            raise UsageError("'-' (standard input) is one narrative; compare it with a file, not a directory")
    elif Path(args.old).is_dir() or Path(args.new).is_dir():
        return compare_directories(args, options)
    old_path, new_path = Path(args.old), Path(args.new)
    output_target(args.output, inputs=input_files(old_path, new_path))  # a wrong -o stops before any reading
    old = load_report(old_path, options.profile, options.old_year, cache=options.cache)
    new = load_report(new_path, options.profile, options.new_year, cache=options.cache)
    comparison = analyse_reports(old, new, options)
    comparison = with_other_years(comparison, old_path, new_path, options)
    names = comparison.profile.section_names
    if options.section and options.section not in names:
        raise UsageError(f"--section: unknown part '{options.section}'; expected one of: {', '.join(names)}")
    shown = restricted(comparison, options.section)  # --section: that part's changes and findings only
    if args.format == "json":
        text = dumps(comparison_dict(shown))
    elif args.format == "markdown":
        text = render_markdown(comparison, max_items=args.max_items, only_section=options.section)
    elif args.format == "html":
        from tipdiff.render.html import render as render_html  # imports jinja2: only for an HTML report

        text = render_html(comparison, only_section=options.section)
    else:
        from tipdiff.render.terminal import render  # imports rich: only for a terminal report

        text = terminal_text(args, lambda console: render(comparison, console, only_section=options.section,
                                                          max_items=args.max_items))
    write_output(text, args.output, inputs=input_files(old_path, new_path))
    return EXIT_FINDINGS if fails(shown.findings, options.fail_on) else EXIT_CLEAN


def input_files(old: Path, new: Path) -> list[Path]:
    """What -o must never replace: the two files, and the other years beside them that the history reads."""
    found = [path for path in (old, new) if str(path) != STDIN]
    for folder in {path.parent for path in found}:
        try:
            found += [path for _, path in year_files(folder)]
        except TipdiffError:
            pass
    return found


def with_other_years(comparison: Comparison, old: Path, new: Path, options: Options) -> Comparison:
    """When both files sit in one folder with other years of the country, add what the history says. The two
    Reports already read are lent to the history, so no file is read twice."""
    if STDIN in (str(old), str(new)) or old.parent.resolve() != new.parent.resolve() or comparison.new.year is None:
        return comparison
    try:
        files = year_files(new.parent)
    except TipdiffError:
        return comparison
    upto = [(y, p) for y, p in files if y <= comparison.new.year]
    if len(upto) < 3 or not any(y == comparison.new.year for y, _ in files):
        return comparison
    years = {p.resolve(): y for y, p in upto}
    reports: dict[Path, Report] = {Path(r.path).resolve(): r for r in (comparison.old, comparison.new)
                                   if years.get(Path(r.path).resolve()) == r.year}
    return with_history(comparison, build_history(new.parent, options, until=comparison.new.year, reports=reports))


def add_compare_parser(commands: Commands) -> None:
    compare = commands.add_parser("compare", help="compare two years of one country (or of every country)",
                                  description="Compare two years of one country's narrative, part by part; "
                                              "given two directories, every country in them, with a digest.")
    compare.add_argument("old", metavar="OLD", help="the earlier year: a narrative (.txt, .html, .pdf), '-' for "
                         "standard input, or a directory")
    compare.add_argument("new", metavar="NEW", help="the later year: a narrative, '-', or a directory")
    compare.add_argument("--jobs", type=count, default=None, help="with directories: processes (default: every core)")
    compare.add_argument("--format", choices=FORMATS, default="terminal",
                         help="html: one self-contained page (with directories: -o OUT/ gets an index page and "
                         "one page per country)")
    compare.add_argument("--section", metavar="NAME", help="only this part's changes and findings, in every "
                         "format, and the exit code counts only its findings; the tier move and the formula are "
                         "findings of 'overview' (the header still gives both tiers). TIP parts: overview, "
                         "recommendations, prosecution, protection, prevention, profile, unsectioned")
    compare.add_argument("--old-year", type=year, help="the old file's year, when neither its name nor its text says")
    compare.add_argument("--new-year", type=year, help="the new file's year")
    add_fail_on(compare)
    compare.add_argument("--no-rules", action="store_true", help="text changes only: run no rules")
    compare.add_argument("--max-items", type=count, default=None, metavar="N",
                         help="terminal and markdown: at most N items per list (findings, each part's changes; "
                         "with directories, the ranking), the rest counted; not with json or html")
    add_rules_options(compare)
    add_common(compare)
    compare.set_defaults(run=cmd_compare)
