"""`tipdiff compare DIR_OLD DIR_NEW`: every country of two years, with progress and a digest."""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from tipdiff.batch import CountrySummary, Pairing, pair_directories, run_batch
from tipdiff.cli.common import terminal_text
from tipdiff.engine import SEVERITY_RANK
from tipdiff.errors import EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, OutputError, UsageError
from tipdiff.model import Comparison
from tipdiff.options import Options
from tipdiff.output import output_target, write_output
from tipdiff.profile import available_profiles, load_profile
from tipdiff.wording import count


def _progress(enabled: bool) -> Callable[[int, int, str], None]:
    state = {"last": -1}

    def report(done: int, total: int, country: str) -> None:
        step = max(1, total // 10)
        if enabled and (done == total or done // step != state["last"]):
            state["last"] = done // step
            print(f"tipdiff: {done}/{total} compared ({country})", file=sys.stderr, flush=True)

    return report


def compare_directories(args: argparse.Namespace, options: Options) -> int:
    """Every country in two folders, with every flag of `compare` applied to each pair."""
    from tipdiff.render import digest  # imports rich: only when a digest is made

    if options.section is not None and options.profile is None:
        names = sorted({n for name in available_profiles() for n in load_profile(name).section_names})
        if options.section not in names:
            raise UsageError(f"--section: unknown part '{options.section}'; expected one of: {', '.join(names)}")
    pairing = pair_directories(Path(args.old), Path(args.new))
    quiet = args.format != "terminal" and args.output is None and not sys.stderr.isatty()
    if not pairing.pairs:
        raise UsageError(f"{args.old} and {args.new} have no country in common: nothing to compare "
                         f"({count(len(pairing.only_old), 'country', digits=True)} only in the old folder, "
                         f"{count(len(pairing.only_new), 'country', digits=True)} only in the new one)")
    if args.format == "html":
        folder = html_folder(args.output, inputs=(Path(args.old), Path(args.new)))
        page = functools.partial(country_page, only_section=options.section)
        summaries = run_batch(pairing, options, jobs=args.jobs, progress=_progress(not quiet), page=page)
        write_pages(summaries, pairing, folder, inputs=_inputs(pairing))
        return _exit_code(summaries, pairing, options)
    output_target(args.output, inputs=_inputs(pairing))  # a wrong -o stops the run before it starts
    summaries = run_batch(pairing, options, jobs=args.jobs, progress=_progress(not quiet))
    if args.format == "json":
        from tipdiff.render.json import dumps

        text = dumps(digest.digest_dict(summaries, pairing))
    elif args.format == "markdown":
        text = digest.render_markdown(summaries, pairing, max_items=args.max_items)
    else:
        text = terminal_text(args, lambda console: digest.render_terminal(summaries, pairing, console,
                                                                          max_items=args.max_items))
    write_output(text, args.output, inputs=_inputs(pairing))
    return _exit_code(summaries, pairing, options)


def _inputs(pairing: Pairing) -> list[Path]:
    """Every report the run reads: no output may be written over one of them."""
    return [path for _, old, new in pairing.pairs for path in (old, new)]


def _exit_code(summaries: list[CountrySummary], pairing: Pairing, options: Options) -> int:
    if any(s.error for s in summaries) or pairing.problems:
        return EXIT_USAGE
    fail_on = options.fail_on
    if fail_on != "never" and any(SEVERITY_RANK[sev] <= SEVERITY_RANK[fail_on]
                                  for s in summaries for sev, _, _ in s.findings):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def country_page(comparison: Comparison, only_section: str | None = None) -> str:
    """One country's report page, linking back to the index (runs in the worker that compared it); with
    --section, that part only, as the index counts it."""
    from tipdiff.render.html import render

    return render(comparison, back="index.html", only_section=only_section)


def html_folder(output: str | None, *, inputs: Iterable[Path] = ()) -> Path:
    """The folder the HTML digest goes to: -o OUT/ (created when missing; its parent must exist), never one of
    the input folders (its pages would be read as reports by the next run)."""
    if output is None or output == "-":
        raise UsageError("--format html with two directories writes a folder of pages: give -o OUT/")
    folder = Path(output)
    for source in inputs:
        if folder.is_dir() and source.is_dir() and folder.samefile(source):
            raise OutputError(f"is the input folder {source}; the pages would sit among the reports: choose "
                              "another folder", path=output)
    if folder.exists() and not folder.is_dir():
        raise OutputError("is a file; with two directories, --format html needs a folder for its pages", path=output)
    if not folder.exists():
        if not folder.parent.is_dir() and str(folder.parent):
            raise OutputError("cannot be created: its parent folder does not exist", path=output)
        folder.mkdir()
    return folder


def write_pages(summaries: list[CountrySummary], pairing: Pairing, folder: Path, *,
                inputs: Iterable[Path] = ()) -> None:
    """index.html and one page per country, each written atomically and never over one of `inputs`."""
    inputs = list(inputs)
    from tipdiff.render.html_digest import INDEX, error_page, page_name, render_index

    for summary in summaries:
        page = summary.page if summary.page is not None else error_page(summary)
        write_output(page, str(folder / page_name(summary.country)), inputs=inputs)
    write_output(render_index(summaries, pairing), str(folder / INDEX), inputs=inputs)
