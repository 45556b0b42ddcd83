"""Benchmark tipdiff against what a user would otherwise reach for, on the same inputs, in one run:

    python bench/run.py [--big-timeout SECONDS]   # prints and writes docs/performance.md (needs ../shared)

Every peer diffs the same text: tipdiff reads the HTML pages itself, and its own extraction of each page (plain
text, made once beforehand, not timed) is what `git diff --no-index --word-diff`, difflib and redlines are given.
git is also timed on the real pages (copied, never symlinked: git compares a symlink's target path, not the
page). Each measurement runs in a fresh process (start-up and imports included); the table shows the median.

Rows: one country (the fixture pair) with every peer; the whole report (HRR 2022 vs 2023, every country) cold
(an empty parse cache) and warm (the same cache again), against git's word diff; a 9 MB narrative pair built
from the whole report's extracted text; peak memory of each. Then a profile (bench/hotspots.py) of one country and
of a sample of the whole report in one process: the functions that take the time.

tipdiff's bytecode is compiled beforehand and PYTHONDONTWRITEBYTECODE is dropped from the measured processes'
environment, as on a user's installed copy (with it set, every run would compile tipdiff's source again).
"""

from __future__ import annotations

import argparse
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
BIG_BYTES = 9_000_000


def extract(pages: list[Path], into: Path) -> Path:
    """tipdiff's plain text of each page, for the peers that do not read HTML: made once, not timed."""
    from tipdiff.ingest import load_report
    from tipdiff.sections import join_sections

    into.mkdir(parents=True, exist_ok=True)
    for page in pages:
        report = load_report(page)
        (into / f"{page.stem}.txt").write_text(join_sections(report.title, report.sections, report.title_line),
                                               encoding="utf-8")
    return into


def copies(pages: list[Path], into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    for page in pages:
        shutil.copyfile(page, into / page.name)
    return into


def environment() -> dict[str, str]:
    """The measured processes' environment: a user's, whose installed tipdiff has its bytecode compiled."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def measure(tool: str, old: Path, new: Path, repeat: int, *, cache: Path | None = None,
            timeout: float | None = None) -> dict[str, float] | None:
    """Median wall, CPU and peak memory of `repeat` fresh processes; None when one ran past `timeout`."""
    env = environment()
    if cache is not None:
        env["XDG_CACHE_HOME"] = str(cache)
    runs = []
    for _ in range(repeat):
        try:
            done = subprocess.run([sys.executable, str(ROOT / "bench" / "runner.py"), tool, str(old), str(new)],
                                  capture_output=True, text=True, cwd=ROOT, env=env, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None
        if done.returncode != 0:
            raise SystemExit(f"bench: {tool} failed on {old} {new}: {done.stderr.strip().splitlines()[-1:]}")
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return {key: statistics.median(r[key] for r in runs) for key in ("wall", "cpu", "peak_mb")}


def import_time(repeat: int = 5) -> tuple[float, float]:
    def timed(code: str) -> float:
        samples = []
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, env=environment())
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


def row(label: str, tipdiff: dict[str, float], peers: dict[str, dict[str, float] | None]) -> str:
    cells = [label, seconds(tipdiff["wall"]), seconds(tipdiff["cpu"]), f"{tipdiff['peak_mb']:.0f} MB"]
    for peer in PEERS:
        p = peers.get(peer)
        ratio = tipdiff["wall"] / p["wall"] if p else 0
        cells.append("—" if p is None else f"{seconds(p['wall'])} (×{ratio:.1f})" if ratio < 100 else
                     f"{seconds(p['wall'])} (×{ratio:.0f})")
    return "| " + " | ".join(cells) + " |"


def big_pair(texts_old: Path, texts_new: Path, into: Path) -> tuple[Path, Path]:
    """One narrative of about 9 MB: the whole report's extracted countries joined, old and new year alike."""
    into.mkdir(parents=True, exist_ok=True)
    old_parts, new_parts, size = [], [], 0
    for old in sorted(texts_old.glob("*.txt")):
        new = texts_new / old.name
        if not new.exists():
            continue
        text = old.read_text(encoding="utf-8")
        old_parts.append(text)
        new_parts.append(new.read_text(encoding="utf-8"))
        size += len(text.encode("utf-8"))
        if size >= BIG_BYTES:
            break
    (into / "narrative-2022.txt").write_text("\n\n".join(old_parts), encoding="utf-8")
    (into / "narrative-2023.txt").write_text("\n\n".join(new_parts), encoding="utf-8")
    return into / "narrative-2022.txt", into / "narrative-2023.txt"


def profile(old: Path, new: Path, *flags: str) -> list[str]:
    """Markdown rows of bench/hotspots.py's top functions for `tipdiff compare OLD NEW FLAGS` in one process."""
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "hotspots.py"), str(old), str(new), *flags],
                          capture_output=True, text=True, cwd=ROOT, env=environment(), check=True)
    data = json.loads(done.stdout.strip().splitlines()[-1])
    rows = ["| function (own time) | calls | seconds | share |", "|---|---:|---:|---:|"]
    rows += [f"| `{row['function']}` | {row['calls']:,} | {row['own']:.2f} | {row['own'] / data['total']:.0%} |"
             for row in data["top"]]
    return [f"Profiled total {data['total']:.2f} s (the profiler's own overhead included).", ""] + rows


def target(value: float, limit: float, unit: str = "s") -> str:
    return f"**{value:.2f} {unit}** (target <= {limit} {unit}: {'met' if value <= limit else 'missed'})"


def main() -> None:
    parser = argparse.ArgumentParser(description="tipdiff's benchmark; writes docs/performance.md")
    parser.add_argument("--big-timeout", type=float, default=900.0, help="give up on the 9 MB pair after this")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="tipdiff-bench-"))
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "tipdiff")], check=True,
                   stdout=subprocess.DEVNULL, env=environment())
    pair = work / "pair"  # the fixture pair alone in a folder: no other years, so no history is built
    pair.mkdir()
    fixture_old = Path(shutil.copy(ROOT / "fixtures" / "series" / "veridia" / "2021.txt", pair / "2021.txt"))
    fixture_new = Path(shutil.copy(ROOT / "fixtures" / "series" / "veridia" / "2022.txt", pair / "2022.txt"))
    sys.path.insert(0, str(ROOT))
    lines = [
        "# Performance", "",
        f"Measured by `python bench/run.py` on {date.today().isoformat()}, on {machine()}.", "",
        "Each cell is the median of several runs of a fresh process: start-up and imports are included, as a",
        "user would pay them. tipdiff reads the files itself (HTML included), splits, aligns, runs the rule pack",
        "and writes its JSON; every peer is given tipdiff's extracted plain text of the same pages (so its time",
        "leaves out reading HTML); git is also timed on the real pages. (×N) is tipdiff's wall time divided by",
        "that peer's: below 1 tipdiff is faster.", "",
        "| input | tipdiff wall | tipdiff CPU | tipdiff peak memory | " + " | ".join(PEERS) + " |",
        "|---|---:|---:|---:|" + "---:|" * len(PEERS),
    ]
    cache = work / "cache"
    cold_one = measure("tipdiff-nocache", fixture_old, fixture_new, 7)
    measure("tipdiff", fixture_old, fixture_new, 1, cache=cache)
    warm_one = measure("tipdiff", fixture_old, fixture_new, 7, cache=cache)
    inprocess = measure("tipdiff-inprocess", fixture_old, fixture_new, 5)
    assert cold_one and warm_one and inprocess
    peers = {peer: measure(peer, fixture_old, fixture_new, 5) for peer in PEERS}
    lines.append(row("one country (fixture, .txt)", cold_one, peers))
    targets = [
        f"- `tipdiff compare OLD NEW` on one country, median of 7 fresh processes: {target(cold_one['wall'], 0.3)} "
        f"without the cache (`--no-cache`), {warm_one['wall']:.2f} s with it; in-process (warm) "
        f"{inprocess['wall'] * 1000:.0f} ms.",
    ]
    if SHARED.is_dir():
        hrr = SHARED / "corpus" / "hrr"
        names = sorted({p.name for p in (hrr / "2022").glob("*.html")} & {p.name for p in (hrr / "2023").glob("*.html")})
        old_pages = copies([hrr / "2022" / n for n in names], work / "pages" / "2022")
        new_pages = copies([hrr / "2023" / n for n in names], work / "pages" / "2023")
        old_text = extract(sorted(old_pages.iterdir()), work / "text" / "2022")
        new_text = extract(sorted(new_pages.iterdir()), work / "text" / "2023")
        whole_cache = work / "whole-cache"
        cold = measure("tipdiff", old_pages, new_pages, 1, cache=whole_cache)  # an empty cache: every page read
        warm = measure("tipdiff", old_pages, new_pages, 2, cache=whole_cache)
        git_text = measure("git-word-diff", old_text, new_text, 3)
        git_pages = measure("git-word-diff", old_pages, new_pages, 3)
        sentences = measure("difflib-sentences", old_text, new_text, 3)
        assert cold and warm and git_text and git_pages and sentences
        label = f"whole report: {len(names)} countries (HRR 2022 vs 2023)"
        lines.append(row(f"{label}, cold cache", cold, {"git-word-diff": git_text, "difflib-sentences": sentences}))
        lines.append(row(f"{label}, warm cache", warm, {"git-word-diff": git_text, "difflib-sentences": sentences}))
        lines.append(f"| git on the real pages (.html) | | | | {seconds(git_pages['wall'])} | | | |")
        big_old, big_new = big_pair(old_text, new_text, work / "big")
        size = big_old.stat().st_size / 1e6
        big = measure("tipdiff-nocache", big_old, big_new, 1, timeout=args.big_timeout)
        git_big = measure("git-word-diff", big_old, big_new, 1)
        assert git_big
        if big:
            lines.append(row(f"one {size:.1f} MB narrative pair (.txt)", big, {"git-word-diff": git_big}))
        targets += [
            f"- Whole report, cold (empty parse cache), both cores: {cold['wall']:.1f} s, "
            f"**×{cold['wall'] / git_text['wall']:.1f}** git's word diff of the same text ({git_text['wall']:.2f} s; "
            f"on the real pages {git_pages['wall']:.2f} s) (target <= ×2.0: "
            f"{'met' if cold['wall'] <= 2 * git_text['wall'] else 'missed'}); warm {warm['wall']:.1f} s, "
            f"×{warm['wall'] / git_text['wall']:.1f}.",
            f"- Peak memory, whole report: {target(max(cold['peak_mb'], warm['peak_mb']), 1024, 'MB')}.",
            (f"- The {size:.1f} MB narrative pair: {target(big['wall'], 15)}, peak {big['peak_mb']:.0f} MB "
             f"(target < 1024 MB)." if big else
             f"- The {size:.1f} MB narrative pair: **did not finish within {args.big_timeout:.0f} s** (target <= 15 s); "
             "see the notes below."),
        ]
    profiles = ["", "## Where the time goes (cProfile, same run)", "", "One country, `--no-cache`:", ""]
    profiles += profile(fixture_old, fixture_new, "--no-cache")
    if SHARED.is_dir():
        sample = sorted((work / "pages" / "2022").iterdir())[::8]
        sample_old = copies(sample, work / "sample" / "2022")
        sample_new = copies([work / "pages" / "2023" / p.name for p in sample], work / "sample" / "2023")
        profiles += ["", f"Whole report, every 8th country ({len(sample)}), in one process (`--jobs 1 --no-cache`):",
                     ""] + profile(sample_old, sample_new, "--jobs", "1", "--no-cache")
    shutil.rmtree(work)
    imported_cli, imported_library = import_time()
    targets.append(f"- Import time: `import tipdiff.cli` {imported_cli * 1000:.0f} ms; the compare library "
                   f"{imported_library * 1000:.0f} ms (NLTK's Punkt module alone, rich, jsonschema and the PDF "
                   "libraries only when used).")
    lines += ["", "## Targets", ""] + targets + profiles
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
