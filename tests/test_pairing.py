"""The alignment's shortcuts are exact: the bounds never fall below difflib's ratio, the prefix index finds every
pair a full scan finds, and the whole alignment is the same with the shortcuts as with a scan of every pair."""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Hashable, Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tipdiff.align as align_module
import tipdiff.splitmerge as splitmerge_module
from conftest import FIXTURES, SERIES
from tipdiff.compare import analyse_files
from tipdiff.ingest import load_report
from tipdiff.pairing import (
    COMMON,
    WordCodes,
    passes_prefilter,
    passes_prefilter_with,
    ratio_bound,
    similar_pairs,
    similarity,
    similarity_at_least,
)
from tipdiff.render.json import comparison_dict, dumps

VOCABULARY = ["the", "government", "police", "victims", "courts", "convicted", "two", "traffickers", "in", "2019",
              "and", "of", "did", "not", "report", "shelter", "labor", "sex", "trafficking", "law"]
sentence = st.lists(st.sampled_from(VOCABULARY), min_size=0, max_size=30)


@settings(max_examples=400, deadline=None)
@given(sentence, sentence)
def test_the_bound_is_never_below_difflib(a: list[str], b: list[str]) -> None:
    assert ratio_bound(a, b) >= similarity(a, b)


@settings(max_examples=300, deadline=None)
@given(sentence, sentence, st.sampled_from([0.25, 0.4, 0.5, 0.6, 0.75, 0.8]))
def test_the_bounded_score_is_difflibs_when_it_reaches_the_threshold(a: list[str], b: list[str],
                                                                     needed: float) -> None:
    score = similarity(a, b)
    assert similarity_at_least(a, b, needed) == (score if score >= needed else None)


def test_a_ratio_exactly_at_the_threshold_is_kept() -> None:
    a = "a b c d e".split()
    b = "a b c x y".split()  # 2 * 3 / 10 = 0.6 exactly
    assert similarity(a, b) == 0.6 and similarity_at_least(a, b, 0.6) == 0.6


def _brute(old: dict[int, Sequence[str]], new: dict[int, Sequence[str]], threshold: float) -> set[tuple[int, int]]:
    return {(i, j) for i, j in itertools.product(old, new) if old[i] and new[j] and similarity(old[i], new[j]) >= threshold}


@settings(max_examples=150, deadline=None)
@given(st.lists(sentence, max_size=12), st.lists(sentence, max_size=12), st.sampled_from([0.4, 0.6, 0.75]))
def test_the_prefix_index_finds_every_pair_a_full_scan_finds(olds: list[list[str]], news: list[list[str]],
                                                              threshold: float) -> None:
    old = dict(enumerate(olds))
    new = dict(enumerate(news))
    assert _brute(old, new, threshold) <= similar_pairs(old, new, threshold)


def test_on_real_sentences_too(shared: Path) -> None:
    hrr = shared / "corpus" / "hrr"
    old = [u.text.lower().split() for u in load_report(hrr / "2022" / "cambodia.html").units]
    new = [u.text.lower().split() for u in load_report(hrr / "2023" / "cambodia.html").units]
    rng = random.Random(7)
    old_sample, new_sample = dict(enumerate(rng.sample(old, 150))), dict(enumerate(rng.sample(new, 150)))
    for threshold in (0.4, 0.6, 0.75):
        found = similar_pairs(old_sample, new_sample, threshold)
        assert _brute(old_sample, new_sample, threshold) <= found
    for a, b in itertools.product(list(old_sample.values())[:40], list(new_sample.values())[:40]):
        assert ratio_bound(a, b) >= similarity(a, b)


def _every_pair(old: dict[Hashable, Sequence[str]], new: dict[Hashable, Sequence[str]], threshold: float,
                olds: object = None, news: object = None, near: object = None) -> set[tuple[Hashable, Hashable]]:
    """The plain path: every pair of units with words is a candidate."""
    left = [k for k in (old if olds is None else olds) if old[k]]  # type: ignore[attr-defined]
    right = [k for k in (new if news is None else news) if new[k]]  # type: ignore[attr-defined]
    return set(itertools.product(left, right))


def _plain_score(a: Sequence[str], b: Sequence[str], needed: float) -> float | None:
    score = similarity(a, b)
    return score if score >= needed else None


def _outputs(pairs: list[tuple[Path, Path]]) -> list[str]:
    return [dumps(comparison_dict(analyse_files(a, b))) for a, b in pairs]


def test_alignment_is_the_same_as_scoring_every_pair(monkeypatch: pytest.MonkeyPatch, shared: Path) -> None:
    hrr = shared / "corpus" / "hrr"
    pairs = [(SERIES / "2019.txt", SERIES / "2020.txt"), (SERIES / "2020.txt", SERIES / "2021.txt"),
             (SERIES / "2021.txt", SERIES / "2022.txt"),
             (FIXTURES / "cambodia" / "cambodia-2019.txt", FIXTURES / "cambodia" / "cambodia-2022.txt"),
             (hrr / "2023" / "cambodia.html", hrr / "2024" / "cambodia.html"),
             (hrr / "2022" / "thailand.html", hrr / "2023" / "thailand.html")]
    fast = _outputs(pairs)
    monkeypatch.setattr(align_module, "similar_pairs", _every_pair)
    monkeypatch.setattr(align_module, "within_bounds", lambda a, b, needed: True)  # every bound off: difflib decides
    monkeypatch.setattr(splitmerge_module, "similar_pairs", _every_pair)
    monkeypatch.setattr(splitmerge_module, "similarity_at_least", _plain_score)
    assert _outputs(pairs) == fast
    assert any(json.loads(out)["sections"] for out in fast)


_WORDS = st.lists(st.sampled_from(["the", "of", "police", "victims", "court", "2023", "ministry", "and", "labor"]),
                  max_size=30)


@settings(max_examples=300, deadline=None)
@given(_WORDS, _WORDS)
def test_word_codes_measure_as_the_words(a: list[str], b: list[str]) -> None:
    """One character per word: the ratio, its bound and the word-set prefilter are those of the word lists."""
    codes = WordCodes()
    code_a, code_b = codes.encode(a), codes.encode(b)
    assert len(code_a) == len(a) and (code_a == code_b) == (a == b)
    assert similarity(code_a, code_b) == similarity(a, b)
    assert ratio_bound(code_a, code_b) == ratio_bound(a, b)
    set_a, set_b = set(code_a), set(code_b)
    for prefilter in (0.2, 0.5):
        assert passes_prefilter_with(set_a, set_b, set_a - codes.common, set_b - codes.common, prefilter) == \
            passes_prefilter(set(a), set(b), prefilter)
    assert {codes.encode([w]) for w in COMMON} == codes.common


def test_word_codes_skip_the_surrogates() -> None:
    codes = WordCodes()
    code = codes.encode(f"w{n}" for n in range(0xE000))
    assert len(set(code)) == 0xE000 and not any(0xD800 <= ord(c) <= 0xDFFF for c in code)
    code.encode("utf-8")  # every code is a character that can be written out
