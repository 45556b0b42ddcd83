"""Train the Punkt parameters tipdiff ships (tipdiff/data/punkt_en.json). Run by a developer, never at run time.

Training text: the State Department's own prose in ../shared/corpus/hrr (same authors and house style as the TIP
narratives), read as plain text. The output holds learned statistics only (abbreviation types, collocations,
sentence starters, orthographic context of frequent words), never sentences, plus a curated list of
abbreviations the corpus is too small to learn reliably ("Gen.", "No.", "Lt.").

    python tools/train_punkt.py ../shared/corpus/hrr tipdiff/data/punkt_en.json   # retrain from the corpus
    python tools/train_punkt.py --curate tipdiff/data/punkt_en.json               # only add CURATED_ABBREVIATIONS

`--curate` keeps every learned statistic as it is and only adds the curated abbreviations (what a new entry in
the list needs: retraining would also move collocations and orthographic statistics, and so other sentences).
tests/test_abbreviations.py checks that the shipped file holds every curated abbreviation and keeps a table of
sentences that must not break at them.
"""

from __future__ import annotations

import json
import sys
from html.parser import HTMLParser
from pathlib import Path

from nltk.tokenize.punkt import PunktTrainer

# Abbreviations usual in State Department country reports (Punkt's type: lower case, no final period). Each
# must not end a sentence: "Koh Kong Prov. on Monday", "7 yrs. in prison", "two Ph.D.'s", "Lt. Gen. Sok".
CURATED_ABBREVIATIONS = sorted({
    # countries and bodies
    "u.s", "u.n", "u.k", "e.u", "u.s.c", "u.a.e", "govt", "govts", "dept", "depts", "prov", "provs", "dist",
    # ranks and titles
    "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "brig", "insp", "supt", "gov", "sen",
    "rep", "hon", "pres", "amb", "dr", "mr", "mrs", "ms", "prof", "st", "mt", "jr", "sr", "h.e",
    # degrees
    "ph.d", "m.d", "b.a", "m.a", "ll.b", "ll.m",
    # laws and documents
    "no", "nos", "art", "arts", "sec", "para", "ch", "vol", "pp", "p", "fig", "cf", "al",
    # quantities and time
    "approx", "est", "yr", "yrs", "hrs", "mos", "ft", "a.m", "p.m",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    # other
    "e.g", "i.e", "etc", "vs", "inc", "ltd", "co", "corp",
})
KEEP_ORTHO_TYPES = 6000


class _Text(HTMLParser):
    """Collect visible paragraph text from a state.gov page (training only)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style", "nav", "header", "footer"):
            self._skip += 1
        if tag in ("p", "li", "h2", "h3", "h4", "br"):
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "nav", "header", "footer") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def page_text(path: Path) -> str:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    return "".join(parser.parts)


def curate(shipped: Path) -> None:
    """Add CURATED_ABBREVIATIONS to the shipped parameters; nothing else in the file changes."""
    data = json.loads(shipped.read_text(encoding="utf-8"))
    before = set(data["abbrev_types"])
    data["abbrev_types"] = sorted(before | set(CURATED_ABBREVIATIONS))
    shipped.write_text(json.dumps(data, indent=0, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"added {sorted(set(data['abbrev_types']) - before)} -> {shipped}")


def main(corpus: Path, out: Path, max_pages: int = 60) -> None:
    pages = sorted(corpus.glob("2023/*.html"))[:max_pages] + sorted(corpus.glob("*/cambodia.html"))
    trainer = PunktTrainer()
    trainer.INCLUDE_ALL_COLLOCS = False
    for page in pages:
        trainer.train(page_text(page), finalize=False)
    trainer.finalize_training()
    params = trainer.get_params()
    abbrevs = sorted(set(params.abbrev_types) | set(CURATED_ABBREVIATIONS))
    ortho = sorted(params.ortho_context.items(), key=lambda kv: (-bin(kv[1]).count("1"), kv[0]))
    frequent = dict(sorted(ortho[:KEEP_ORTHO_TYPES]))
    data = {
        "about": "Punkt parameters for tipdiff, trained on State Department country reports; see tools/train_punkt.py.",
        "abbrev_types": abbrevs,
        "collocations": sorted([list(c) for c in params.collocations]),
        "sent_starters": sorted(params.sent_starters),
        "ortho_context": frequent,
    }
    out.write_text(json.dumps(data, indent=0, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(abbrevs)} abbreviations, {len(data['collocations'])} collocations, "
          f"{len(data['sent_starters'])} starters, {len(frequent)} ortho types -> {out}")


if __name__ == "__main__":
    if sys.argv[1] == "--curate":
        curate(Path(sys.argv[2]))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]))
