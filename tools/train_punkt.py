"""Train the Punkt parameters tipdiff ships (tipdiff/data/punkt_en.json). Run by a developer, never at run time.

Training text: the State Department's own prose in ../shared/corpus/hrr (same authors and house style as the TIP
narratives), read as plain text. The output holds learned statistics only (abbreviation types, collocations,
sentence starters, orthographic context of frequent words), never sentences, plus a curated list of
abbreviations the corpus is too small to learn reliably ("Gen.", "No.", "Lt.").

    python tools/train_punkt.py ../shared/corpus/hrr tipdiff/data/punkt_en.json
"""

from __future__ import annotations

import json
import sys
from html.parser import HTMLParser
from pathlib import Path

from nltk.tokenize.punkt import PunktTrainer

CURATED_ABBREVIATIONS = sorted({
    "u.s", "u.n", "u.k", "e.u", "u.s.c", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "brig",
    "gov", "sen", "rep", "hon", "pres", "amb", "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "no", "nos",
    "art", "arts", "sec", "para", "ch", "vol", "pp", "p", "e.g", "i.e", "etc", "vs", "approx", "est", "inc",
    "ltd", "co", "corp", "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "a.m", "p.m", "h.e", "mt", "ft", "fig", "cf", "al",
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
    main(Path(sys.argv[1]), Path(sys.argv[2]))
