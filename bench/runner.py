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


def texts(path: Path) -> dict[str, str]:
    """Plain text of a .txt file or of every .txt in a folder (run.py extracts HTML to text once, beforehand)."""
    files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
    return {file.stem: file.read_text(encoding="utf-8") for file in files}


def paired(old: Path, new: Path) -> list[tuple[str, str]]:
    a, b = texts(old), texts(new)
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
    if tool in ("tipdiff", "tipdiff-nocache"):
        from tipdiff.cli import main as tipdiff

        flags = ["--no-cache"] if tool == "tipdiff-nocache" else []
        with open(os.devnull, "w") as sink:
            sys.stdout, real = sink, sys.stdout
            code = tipdiff(["compare", str(old), str(new), "--format", "json", "--fail-on", "never", *flags])
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
