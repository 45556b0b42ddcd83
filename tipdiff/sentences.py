"""Split narrative text into sentences with NLTK's Punkt, using parameters shipped in the package.

NLTK's own `sent_tokenize` loads `punkt_tab` from a data directory that users offline do not have, so the
parameters (trained by tools/train_punkt.py on State Department prose, plus curated abbreviations) are read
from tipdiff/data/punkt_en.json and the tokenizer is built once, on first use.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

BULLET = "•"
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    # Imported here: nltk costs a quarter of a second to import, and `tipdiff --help` should not pay it.
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    data = json.loads(resources.files("tipdiff").joinpath("data/punkt_en.json").read_text(encoding="utf-8"))
    params = PunktParameters()
    params.abbrev_types = set(data["abbrev_types"])
    params.collocations = {tuple(pair) for pair in data["collocations"]}
    params.sent_starters = set(data["sent_starters"])
    for word, flags in data["ortho_context"].items():
        params.add_ortho_context(word, flags)
    return PunktSentenceTokenizer(params)


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph, whitespace inside each folded to single spaces."""
    return list(_split_cached(text.strip()))


@lru_cache(maxsize=8192)
def _split_cached(text: str) -> tuple[str, ...]:
    """Cached by paragraph: most paragraphs come back unchanged the next year, and Punkt is the costly part."""
    if not text:
        return ()
    spans = _tokenizer().span_tokenize(text)
    return tuple(_SPACE.sub(" ", text[start:end]).strip() for start, end in spans if text[start:end].strip())


def split_items(text: str, separators: tuple[str, ...]) -> list[str]:
    """Items of a recommendations paragraph: the first separator present splits it ("•", then ";").

    "•" stands for every bullet glyph (•, ·, ▪, ◦, ...) standing between spaces; an item's own list marker
    ("* ", "- ", "1. ", "(a) ", "i. ") is not part of its text. ";" splits the older one-paragraph layout, and
    a leading "and" of the last item goes.
    """
    # imported here: tipdiff.ingest imports this module while it initialises
    from tipdiff.ingest.canonical import BULLET_GLYPHS
    from tipdiff.ingest.reflow import LIST_MARKER

    def clean(part: str) -> str:
        part = part.strip()
        while (marker := LIST_MARKER.match(part)) is not None:
            part = part[marker.end():]
        return _SPACE.sub(" ", part.strip(" " + BULLET_GLYPHS))

    for separator in separators:
        if separator == BULLET:
            parts = re.split(r"(?:^|\s)[" + re.escape(BULLET_GLYPHS) + r"](?=\s|$)", text)
            if len(parts) < 2:
                continue
        elif separator in text:
            parts = text.split(separator)
            if separator == ";":
                parts = [re.sub(r"^\s*and\s+", "", part) for part in parts]
        else:
            continue
        return [item for item in map(clean, parts) if item.strip(" .;")]
    item = clean(text)
    return [item] if item else []
