"""Where the time goes: `python bench/hotspots.py OLD NEW [--jobs 1]` runs `tipdiff compare` in this process
under cProfile (output discarded) and prints, as JSON, the functions that took the most time of their own.

run.py calls it on one country and on a sample of the whole report (one process, so every country's work is
seen by the profiler) and writes the table into docs/performance.md, so a target that is missed is explained by
the same run that measured it.
"""

from __future__ import annotations

import cProfile
import io
import json
import os
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def where(key: tuple[str, int, str]) -> str:
    """`module.py:line(function)` with the path shortened to the package or library it belongs to."""
    path, line, function = key
    for marker in ("/site-packages/", "/lib/python3.", str(ROOT) + "/"):
        if marker in path:
            path = path.split(marker, 1)[1]
            path = path.split("/", 1)[1] if marker == "/lib/python3." else path
    return f"{path}:{line}({function})" if line else function


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from tipdiff.cli import main as tipdiff

    args = ["compare", *sys.argv[1:], "--format", "json", "--fail-on", "never"]
    profiler = cProfile.Profile()
    real = sys.stdout
    sys.stdout = io.StringIO()
    profiler.enable()
    code = tipdiff(args)
    profiler.disable()
    sys.stdout = real
    assert code == 0, f"tipdiff exited {code}"
    stats = pstats.Stats(profiler, stream=io.StringIO())
    total = sum(row[2] for row in stats.stats.values())  # type: ignore[attr-defined]
    rows = sorted(stats.stats.items(), key=lambda item: -item[1][2])[:int(os.environ.get("BENCH_TOP", "12"))]  # type: ignore[attr-defined]
    print(json.dumps({"total": total, "top": [{"function": where(key), "own": value[2], "calls": value[1]}
                                              for key, value in rows]}))


if __name__ == "__main__":
    main()
