"""tipdiff loads only NLTK's Punkt module (tipdiff.sentences._punkt_module); the sentence boundaries must be
exactly those of `nltk.tokenize.punkt.PunktSentenceTokenizer` imported the usual way, with the shipped
parameters, on every paragraph of the whole ../shared corpus — and the units of every report read through
the fast paths (parse cache, unchanged paragraphs) must be those sentences."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from tipdiff.cache import ReportCache
from tipdiff.errors import TipdiffError
from tipdiff.ingest import load_report
from tipdiff.sentences import split_sentences

_SPACE = re.compile(r"\s+")


def _reference() -> Any:
    """NLTK's tokenizer as NLTK documents it, built from tipdiff's shipped parameters."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    data = json.loads(resources.files("tipdiff").joinpath("data/punkt_en.json").read_text(encoding="utf-8"))
    params = PunktParameters()
    params.abbrev_types = set(data["abbrev_types"])
    params.collocations = {tuple(pair) for pair in data["collocations"]}
    params.sent_starters = set(data["sent_starters"])
    for word, flags in data["ortho_context"].items():
        params.add_ortho_context(word, flags)
    return PunktSentenceTokenizer(params)


def _reference_sentences(tokenizer: Any, paragraph: str) -> list[str]:
    text = paragraph.strip()
    return [_SPACE.sub(" ", text[a:b]).strip() for a, b in tokenizer.span_tokenize(text) if text[a:b].strip()]


def _corpus(shared: Path) -> list[Path]:
    files = [p for p in shared.rglob("*") if p.is_file() and p.suffix in (".txt", ".html", ".pdf")]
    return sorted(p for p in files if "hooks" not in p.parts)


def _new_modules(code: str) -> list[str]:
    probe = f"import sys; before = set(sys.modules); {code}; print(sorted(set(sys.modules) - before))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return list(json.loads(done.stdout.replace("'", '"')))


def test_only_punkt_is_imported_not_all_of_nltk() -> None:
    ours = _new_modules("from tipdiff.sentences import split_sentences; split_sentences('One. Two.')")
    whole = _new_modules("import nltk")
    # nltk's package init (taggers, parsers, corpus readers ...) never runs; the modules Punkt needed are taken out
    # of sys.modules again, so that a later `import nltk` initialises nltk properly
    assert not [m for m in ours if m == "nltk" or m.startswith("nltk.")]
    assert "nltk.corpus" in whole and len(ours) < len(whole) / 2


def test_nltk_imported_later_is_whole() -> None:
    code = ("from tipdiff.sentences import split_sentences; split_sentences('One. Two.'); import nltk; "
            "print(nltk.tokenize.punkt.PunktSentenceTokenizer.__name__, callable(nltk.word_tokenize))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["PunktSentenceTokenizer", "True"]


@pytest.mark.slow
def test_boundaries_identical_to_nltk_punkt_on_the_whole_corpus(shared: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))  # the parse cache is written and then read back
    tokenizer = _reference()
    paragraphs = 0
    rejected: set[Path] = set()
    files = _corpus(shared)
    for path in files:
        for attempt in ("cold", "warm"):
            try:
                report = load_report(path, cache=ReportCache())
            except TipdiffError:
                rejected.add(path)  # not a narrative tipdiff reads (a notes file, a PDF without the pdf extra)
                break
            by_name: dict[str, list[str]] = {}
            for section in report.sections:
                by_name.setdefault(section.name, []).extend(section.paragraphs)
            units: dict[tuple[str, int], list[str]] = {}
            for unit in report.units:
                if unit.kind == "sentence":
                    units.setdefault((unit.section, unit.paragraph), []).append(unit.text)
            for (name, index), sentences in units.items():
                paragraph = by_name[name][index]
                reference = _reference_sentences(tokenizer, paragraph)
                assert sentences == reference, f"{path} ({attempt}): {paragraph[:80]!r}"
                assert split_sentences(paragraph) == reference
                paragraphs += 1
    assert paragraphs > 10000 and len(rejected) < len(files) / 20, sorted(rejected)
