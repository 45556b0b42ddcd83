"""`tipdiff compare DIR_OLD DIR_NEW`: every country of two years, with progress and a digest."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tipdiff.errors import EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE


def _progress(enabled: bool):
    state = {"last": -1}

    def report(done: int, total: int, country: str) -> None:
        step = max(1, total // 10)
        if enabled and (done == total or done // step != state["last"]):
            state["last"] = done // step
            print(f"tipdiff: {done}/{total} compared ({country})", file=sys.stderr, flush=True)

    return report


def compare_directories(args: argparse.Namespace, console_text) -> int:
    from tipdiff.batch import pair_directories, run_batch
    from tipdiff.engine import SEVERITY_RANK
    from tipdiff.output import write_output
    from tipdiff.render import digest
    from tipdiff.rules_loader import load_config

    config = load_config(args.config)
    pairing = pair_directories(Path(args.old), Path(args.new))
    quiet = args.format != "terminal" and args.output is None and not sys.stderr.isatty()
    summaries = run_batch(pairing, config, tuple(args.rules), jobs=args.jobs, progress=_progress(not quiet))
    if args.format == "json":
        from tipdiff.render.json import dumps

        text = dumps(digest.digest_dict(summaries, pairing))
    elif args.format == "markdown":
        text = digest.render_markdown(summaries, pairing, max_items=args.max_items)
    else:
        text = console_text(lambda console: digest.render_terminal(summaries, pairing, console, max_items=args.max_items),
                            color=args.color, to_file=args.output is not None, width=args.width)
    write_output(text, args.output)
    if any(s.error for s in summaries) or pairing.problems:
        return EXIT_USAGE
    fail_on = args.fail_on or config.fail_on
    if fail_on != "never" and any(SEVERITY_RANK[sev] <= SEVERITY_RANK[fail_on] for s in summaries for sev, _, _ in s.findings):
        return EXIT_FINDINGS
    return EXIT_CLEAN
