"""Record tipdiff's full JSON output (with each report's units) for the fixture pairs and the ../shared corpus.

Used to check that a speed change leaves every output byte-identical: record with the code before the change,
record again after, compare the folders (`diff -r`). tests/test_identical_outputs.py compares the fast paths
against the plain ones in the same way, in process.

    python tools/record_outputs.py OUT_DIR [--shared ../shared] [--sample N]

Each pair becomes OUT_DIR/<name>.json. `--sample N` takes every k-th of the whole-report HRR pairs so that N
are kept (all by default).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pairs(shared: Path | None, sample: int | None) -> list[tuple[str, Path, Path]]:
    """(name, old, new) for every pair: fixtures, then cases, seeds, Factbook versions, HRR years."""
    out: list[tuple[str, Path, Path]] = []
    series = sorted((ROOT / "fixtures" / "series" / "veridia").glob("*.txt"))
    out += [(f"fixture-veridia-{a.stem}-{b.stem}", a, b) for a, b in zip(series, series[1:], strict=False)]
    cambodia = ROOT / "fixtures" / "cambodia"
    out.append(("fixture-cambodia", cambodia / "cambodia-2019.txt", cambodia / "cambodia-2022.txt"))
    out.append(("fixture-format-html", ROOT / "fixtures" / "formats" / "veridia-2016-old-format.txt",
                ROOT / "fixtures" / "html" / "veridia-2021.html"))
    if shared is None:
        return out
    for case in sorted(p for p in (shared / "cases").iterdir() if p.is_dir()):
        files = sorted(p for p in case.iterdir() if p.suffix in (".txt", ".html", ".pdf"))
        if len(files) == 2:
            out.append((f"case-{case.name}", files[0], files[1]))
    for country in sorted((shared / "corpus" / "factbook").iterdir()):
        versions = sorted(country.glob("*.txt"))
        out += [(f"factbook-{country.name}-{a.stem}", a, b) for a, b in zip(versions, versions[1:], strict=False)]
    hrr = shared / "corpus" / "hrr"
    years = sorted(p.name for p in hrr.iterdir())
    for country in ("cambodia", "thailand"):
        pages = [hrr / y / f"{country}.html" for y in years if (hrr / y / f"{country}.html").exists()]
        out += [(f"hrr-{country}-{a.parent.name}", a, b) for a, b in zip(pages, pages[1:], strict=False)
                if a.parent.name != "2022"]
    both = sorted({p.name for p in (hrr / "2022").glob("*.html")} & {p.name for p in (hrr / "2023").glob("*.html")})
    if sample:
        both = both[:: max(1, len(both) // sample)][:sample]
    out += [(f"hrr-2022-2023-{Path(n).stem}", hrr / "2022" / n, hrr / "2023" / n) for n in both]
    return out


def record(name: str, old: Path, new: Path) -> str:
    """The JSON tipdiff writes for the pair, plus both reports' units (the sentence boundaries)."""
    from tipdiff.compare import analyse_files
    from tipdiff.errors import TipdiffError
    from tipdiff.render.json import _unit, comparison_dict, dumps

    try:
        comparison = analyse_files(old, new)
    except TipdiffError as error:
        return f"error: {error}\n"
    data = comparison_dict(comparison)
    data["old_units"] = [_unit(u) for u in comparison.old.units]
    data["new_units"] = [_unit(u) for u in comparison.new.units]
    return dumps(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("TIPDIFF_SHARED", ROOT.parent / "shared")))
    parser.add_argument("--sample", type=int, default=None)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    shared = args.shared if args.shared.is_dir() else None
    todo = pairs(shared, args.sample)
    for name, old, new in todo:
        text = record(name, old, new)
        # paths differ between checkouts only through the shared folder and the project root: make them relative
        text = text.replace(str(ROOT) + "/", "").replace(str(shared) + "/" if shared else "\0", "shared/")
        (args.out / f"{name}.json").write_text(text, encoding="utf-8")
    print(f"{len(todo)} pairs -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
