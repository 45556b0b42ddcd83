"""The fast paths of the comparison fold and of word splitting give exactly what the plain ones give: the fold
applied step by step (`comparison_key` skips a step whose characters are absent), and the grapheme-aware word
pattern (`words` uses the standard library's engine on ASCII text). Checked on random text over the characters
that matter and on every unit of the fixtures and the ../shared corpus."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from tipdiff import canonical
from tipdiff.diff import _WORD, words
from tipdiff.errors import TipdiffError
from tipdiff.ingest import load_report

_WHITESPACE = re.compile(r"\s+")


def _plain_key(text: str) -> str:
    """The comparison fold as the five steps, each over the whole text."""
    text = canonical._RANGE_DASH.sub("-", text)
    text = canonical._DASH.sub(" \u2014 ", text.translate(canonical._QUOTE_FOLD))
    text = canonical._DOTS.sub("...", text)
    text = canonical._BULLETS.sub("\u2022", text)
    return _WHITESPACE.sub(" ", text).strip()


def _plain_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


TRICKY = list("aZ09 _-.,;'\"`\t\n\r\x0b\x0c\x1c\x85\u00a0\u2003\u2028") + \
    ["\u2012", "\u2013", "\u2014", "\u2015", "\u2e3a", "\u2010", "\u2011", "\u2212", "\u2026", "\u2019", "\u201c",
     "\u00b4", "\u2022", "\u25aa", "e\u0301", "\U0001f469\u200d\U0001f4bb", "--", "...", ". . .", " - "]
text = st.lists(st.sampled_from(TRICKY), max_size=40).map("".join)


@settings(max_examples=3000, deadline=None)
@given(text)
def test_the_fold_is_the_five_steps(value: str) -> None:
    assert canonical.comparison_key.__wrapped__(value) == _plain_key(value)


@settings(max_examples=3000, deadline=None)
@given(text)
def test_ascii_words_are_the_grapheme_words(value: str) -> None:
    assert words(value) == _plain_words(value)


def _units(paths: list[Path]) -> list[str]:
    texts: list[str] = []
    for path in paths:
        try:
            report = load_report(path)
        except TipdiffError:
            continue
        texts += [unit.text for unit in report.units] + [unit.key for unit in report.units]
    return texts


def test_on_the_fixtures() -> None:
    texts = _units(sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".html")))
    assert len(texts) > 500
    for value in texts:
        assert canonical.comparison_key.__wrapped__(value) == _plain_key(value), value
        assert words(value) == _plain_words(value), value


def test_on_the_corpus(shared: Path) -> None:
    texts = _units(sorted((shared / "corpus" / "hrr" / "2023").glob("*.html"))[::4] +
                   sorted(shared.glob("cases/*/*")) + sorted(shared.glob("seeds/*")))
    assert len(texts) > 10000
    for value in texts:
        assert canonical.comparison_key.__wrapped__(value) == _plain_key(value), value
        assert words(value) == _plain_words(value), value
