"""Benchmark tipdiff against what a user would otherwise reach for, on the same inputs, in one run:

    python bench/run.py            # writes docs/performance.md (needs ../shared for the whole-report rows)

Peers: `git diff --no-index --word-diff` on the files as they are; Python's difflib over sentences and over
words, and the redlines package, given tipdiff's extracted plain text. Each measurement runs in a fresh
process (start-up and imports included) and is repeated; the table shows the median.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TIPDIFF_SHARED", ROOT.parent / "shared"))
PEERS = ("git-word-diff", "difflib-sentences", "difflib-words", "redlines")


def as_text(source: Path, into: Path) -> Path:
    """Plain-text copies (tipdiff's extraction) for the peers, which do not read HTML: made once, not timed."""
    from tipdiff.ingest import load_report
    from tipdiff.sections import join_sections

    into.mkdir(parents=True, exist_ok=True)
    for file in sorted(p for p in source.iterdir() if p.suffix in (".html", ".txt")):
        report = load_report(file)
        (into / f"{file.stem}.txt").write_text(join_sections(report.title, report.sections, report.title_line),
                                               encoding="utf-8")
    return into


def measure(tool: str, old: Path, new: Path, repeat: int) -> dict:
    runs = []
    for _ in range(repeat):
        done = subprocess.run([sys.executable, str(ROOT / "bench" / "runner.py"), tool, str(old), str(new)],
                              capture_output=True, text=True, cwd=ROOT)
        if done.returncode != 0:
            raise SystemExit(f"bench: {tool} failed on {old} {new}: {done.stderr.strip().splitlines()[-1:]}")
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return {key: statistics.median(r[key] for r in runs) for key in ("wall", "cpu", "peak_mb")}


def subset(folder: Path, names: list[str], into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    for name in names:
        os.symlink(folder / name, into / name)
    return into


def import_time(repeat: int = 5) -> tuple[float, float]:
    def timed(code: str) -> float:
        samples = []
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            samples.append(time.perf_counter() - start)
        return statistics.median(samples)

    bare = timed("pass")
    return timed("import tipdiff.cli") - bare, timed("from tipdiff.compare import analyse_files") - bare


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown CPU") \
        if Path("/proc/cpuinfo").exists() else platform.processor()
    memory = ""
    if Path("/proc/meminfo").exists():
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB memory"
    return f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; Python {platform.python_version()}"


def seconds(value: float) -> str:
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def row(label: str, tipdiff: dict, peers: dict[str, dict]) -> str:
    cells = [label, seconds(tipdiff["wall"]), seconds(tipdiff["cpu"]), f"{tipdiff['peak_mb']:.0f} MB"]
    for peer in PEERS:
        p = peers.get(peer)
        ratio = tipdiff["wall"] / p["wall"] if p else 0
        cells.append("—" if p is None else f"{seconds(p['wall'])} (×{ratio:.1f})" if ratio < 100 else
                     f"{seconds(p['wall'])} (×{ratio:.0f})")
    return "| " + " | ".join(cells) + " |"


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="tipdiff-bench-"))
    pair = work / "pair"  # the fixture pair alone in a folder: no other years, so no history is built
    pair.mkdir()
    fixture_old = Path(shutil.copy(ROOT / "fixtures" / "series" / "veridia" / "2021.txt", pair / "2021.txt"))
    fixture_new = Path(shutil.copy(ROOT / "fixtures" / "series" / "veridia" / "2022.txt", pair / "2022.txt"))
    lines = [
        "# Performance", "",
        f"Measured by `python bench/run.py` on {date.today().isoformat()}, on {machine()}.", "",
        "Each cell is the median of several runs of a fresh process: start-up and imports are included, as a",
        "user would pay them. tipdiff reads the files itself (HTML included), splits, aligns, runs the rule pack",
        "and writes its JSON; difflib and redlines are given tipdiff's extracted plain text (so their time",
        "leaves out reading HTML); `git diff --no-index --word-diff` reads the files as they are. (×N) is",
        "tipdiff's wall time divided by that peer's: below 1 tipdiff is faster.", "",
    ]
    sys.path.insert(0, str(ROOT))
    table = ["| input | tipdiff wall | tipdiff CPU | tipdiff peak memory | " + " | ".join(PEERS) + " |",
             "|---|---:|---:|---:|" + "---:|" * len(PEERS)]
    inprocess = measure("tipdiff-inprocess", fixture_old, fixture_new, 5)
    cli = measure("tipdiff", fixture_old, fixture_new, 5)
    peers = {peer: measure(peer, fixture_old, fixture_new, 5) for peer in PEERS}
    table.append(row("one country (fixture, .txt)", cli, peers))
    scaling: list[tuple[int, float]] = []
    if SHARED.is_dir():
        hrr = SHARED / "corpus" / "hrr"
        both = sorted(set(p.name for p in (hrr / "2022").glob("*.html")) & set(p.name for p in (hrr / "2023").glob("*.html")))
        for count in (10, 50, len(both)):
            names = both[:: max(1, len(both) // count)][:count] if count < len(both) else both
            old = subset(hrr / "2022", names, work / f"{count}" / "2022")
            new = subset(hrr / "2023", names, work / f"{count}" / "2023")
            old_text, new_text = as_text(old, work / f"{count}" / "2022-text"), as_text(new, work / f"{count}" / "2023-text")
            repeat = 3 if count < len(both) else 2
            mine = measure("tipdiff", old, new, repeat)
            theirs = {peer: measure(peer, old, new, repeat) if peer == "git-word-diff" else
                      measure(peer, old_text, new_text, repeat) for peer in PEERS}
            label = f"{count} countries (HRR 2022 vs 2023, .html)" if count < len(both) else \
                f"whole report: {count} countries (HRR 2022 vs 2023)"
            table.append(row(label, mine, theirs))
            scaling.append((count, mine["wall"]))
    shutil.rmtree(work)
    lines += table
    imported_cli, imported_library = import_time()
    lines += ["", "## Targets", "",
              f"- One-country compare in-process (warm): **{inprocess['wall'] * 1000:.0f} ms** (target: under 100 ms).",
              f"- `tipdiff compare` end to end on one country: **{cli['wall']:.2f} s** (target: under 0.5 s).",
              f"- Import time: `import tipdiff.cli` {imported_cli * 1000:.0f} ms; the compare library "
              f"{imported_library * 1000:.0f} ms (nltk, rich and jsonschema are imported only when used)."]
    if scaling:
        per = [f"{n}: {wall / n * 1000:.0f} ms per country" for n, wall in scaling]
        lines += [f"- Whole report: **{scaling[-1][1]:.1f} s** wall on {os.cpu_count()} cores (target: under 10 s); "
                  f"cost per country by size: {', '.join(per)}."]
    notes = ROOT / "bench" / "notes.md"
    if notes.exists():
        lines += ["", notes.read_text(encoding="utf-8").strip()]
    out = ROOT / "docs" / "performance.md"
    tmp = out.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(out)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
