"""One timed measurement in a fresh process: `python bench/runner.py TOOL OLD NEW`, JSON on stdout.

Wall and CPU time and peak memory are the process's own (plus its children's, for tipdiff's workers), so
every tool pays for its own start-up and imports, as a user would.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path


def texts(path: Path) -> list[tuple[str, str]]:
    """(name, plain text) of a file or every report file of a folder: what the peers are given to diff (they do
    not read HTML, so they get tipdiff's extracted text; that extraction is not part of their time)."""
    from tipdiff.ingest import load_report
    from tipdiff.sections import join_sections

    files = sorted(p for p in path.iterdir() if p.suffix in (".html", ".txt")) if path.is_dir() else [path]
    out = []
    for file in files:
        report = load_report(file)
        out.append((file.stem, join_sections(report.title, report.sections, report.title_line)))
    return out


def paired(old: Path, new: Path) -> list[tuple[str, str]]:
    a, b = dict(texts(old)), dict(texts(new))
    return [(a[k], b[k]) for k in sorted(set(a) & set(b))]


def run_peer(tool: str, pairs: list[tuple[str, str]]) -> int:
    import difflib
    import re

    changes = 0
    for old, new in pairs:
        if tool == "difflib-sentences":
            split = re.compile(r"(?<=[.!?])\s+")
            changes += sum(1 for line in difflib.unified_diff(split.split(old), split.split(new), lineterm="")
                           if line[:1] in "+-")
        elif tool == "difflib-words":
            changes += sum(1 for tag, *_ in difflib.SequenceMatcher(None, old.split(), new.split(), autojunk=False)
                           .get_opcodes() if tag != "equal")
        elif tool == "redlines":
            from redlines import Redlines

            changes += len(Redlines(old, new).output_markdown)
    return changes


def main() -> None:
    tool, old, new = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    pairs = paired(old, new) if tool in ("difflib-sentences", "difflib-words", "redlines") else None
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    if tool == "tipdiff":
        from tipdiff.cli import main as tipdiff

        with open(os.devnull, "w") as sink:
            sys.stdout, real = sink, sys.stdout
            code = tipdiff(["compare", str(old), str(new), "--format", "json", "--fail-on", "never"])
            sys.stdout = real
        assert code == 0, f"tipdiff exited {code}"
    elif tool == "tipdiff-inprocess":
        from tipdiff.compare import analyse_files

        analyse_files(old, new)  # warm: imports and caches, as in a long-running process
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        analyse_files(old, new)
    elif tool == "git-word-diff":
        subprocess.run(["git", "diff", "--no-index", "--word-diff", "--no-color", str(old), str(new)],
                       stdout=subprocess.DEVNULL, check=False)
    else:
        run_peer(tool, pairs)
    wall = time.perf_counter() - start_wall
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time() - start_cpu + children.ru_utime + children.ru_stime
    print(json.dumps({"tool": tool, "wall": wall, "cpu": cpu,
                      "peak_mb": max(own.ru_maxrss, children.ru_maxrss) / 1024}))


if __name__ == "__main__":
    main()
