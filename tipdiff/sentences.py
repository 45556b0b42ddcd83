"""Split narrative text into sentences with NLTK's Punkt, using parameters shipped in the package.

NLTK's own `sent_tokenize` loads `punkt_tab` from a data directory that users offline do not have, so the
parameters (trained by tools/train_punkt.py on State Department prose, plus curated abbreviations) are read
from tipdiff/data/punkt_en.json and the tokenizer is built once, on first use.

Only NLTK's Punkt module is loaded (`_punkt_module`), not the whole of nltk: importing any nltk submodule the
usual way first runs nltk's package initialisation, which imports every corpus reader, tagger and parser
(0.3-0.5 s, most of a one-country run). The module itself is NLTK's own, unchanged;
tests/test_sentences_corpus.py proves the boundaries identical to `nltk.tokenize.punkt.PunktSentenceTokenizer`
imported the usual way, over the whole ../shared corpus.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
import sys
from functools import lru_cache
from importlib import resources
from types import ModuleType
from typing import Any

from tipdiff.canonical import BULLET_GLYPHS
from tipdiff.reflow import LIST_MARKER

BULLET = "•"
_SPACE = re.compile(r"\s+")
_PUNKT = "nltk.tokenize.punkt"


def _punkt_module() -> ModuleType:
    """NLTK's `nltk.tokenize.punkt` without running the `nltk` and `nltk.tokenize` package initialisers.

    The two packages are entered in `sys.modules` as bare modules made from their own import specs (so their
    submodules are found where nltk installed them), Punkt and the few modules it imports are loaded, and then
    every nltk module this loaded is taken out of `sys.modules` again (the returned module keeps what it
    needs): a later `import nltk` by anyone else in the process runs nltk's real initialisation from scratch.
    When nltk is already imported, its Punkt is used as it is.
    """
    if "nltk" in sys.modules:
        return importlib.import_module(_PUNKT)
    before = set(sys.modules)
    try:
        for package in ("nltk", "nltk.tokenize"):
            spec = importlib.util.find_spec(package)
            if spec is None:
                raise ModuleNotFoundError(f"No module named {package!r}; install tipdiff's dependencies", name=package)
            sys.modules[package] = importlib.util.module_from_spec(spec)
        return importlib.import_module(_PUNKT)
    finally:
        for name in set(sys.modules) - before:
            if name == "nltk" or name.startswith("nltk."):
                del sys.modules[name]


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    punkt = _punkt_module()
    data = json.loads(resources.files("tipdiff").joinpath("data/punkt_en.json").read_text(encoding="utf-8"))
    params = punkt.PunktParameters()
    params.abbrev_types = set(data["abbrev_types"])
    params.collocations = {tuple(pair) for pair in data["collocations"]}
    params.sent_starters = set(data["sent_starters"])
    for word, flags in data["ortho_context"].items():
        params.add_ortho_context(word, flags)
    return punkt.PunktSentenceTokenizer(params)


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph, whitespace inside each folded to single spaces."""
    return list(_split_cached(text.strip()))


@lru_cache(maxsize=1 << 16)
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
