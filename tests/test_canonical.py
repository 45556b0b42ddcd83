"""The canonical text layer and the comparison fold, one table row per kind of character."""

from __future__ import annotations

import unicodedata

import pytest

from tipdiff.canonical import (
    canonical_line,
    canonical_text,
    comparison_key,
    item_key,
)

CANONICAL = [
    ("\ufb01nancial \ufb02ows, sta\ufb00 e\ufb03cient", "financial flows, staff efficient"),
    ("\ufb04 \ufb05 \ufb06", "ffl st st"),
    ("ＡＢＣ１２３！", "ABC123!"),
    ("attache\u0301s", "attachés"),
    ("anti\u00adtrafficking", "antitrafficking"),
    ("traffick\u00ad\ning", "trafficking"),
    ("zero\u200bwidth\u200c\u2060joined\ufeff", "zerowidthjoined"),
    ("no\u00a0break\u202fnarrow\u2009thin\u3000wide\ttab", "no break narrow thin wide tab"),
    ("a\r\nb\rc\u2028d", "a\nb\nc\nd"),
    # a zero-width joiner inside an emoji sequence is part of the character
    ("\U0001f469\u200d\U0001f52c", "\U0001f469\u200d\U0001f52c"),
]


@pytest.mark.parametrize(("raw", "expected"), CANONICAL)
def test_canonical_text(raw: str, expected: str) -> None:
    assert canonical_text(raw) == expected
    assert canonical_text(expected) == expected  # idempotent


def test_canonical_line_collapses_and_trims() -> None:
    assert canonical_line("  two\u00a0\u00a0spaces \n next ") == "two spaces next"


def test_canonical_text_is_nfc() -> None:
    assert unicodedata.is_normalized("NFC", canonical_text(unicodedata.normalize("NFD", "Bến Tre, Siem Réap")))


SAME = [
    ("the government’s “plan”", "the government's \"plan\""),
    ("coercion—particularly", "coercion -- particularly"),
    ("coercion – particularly", "coercion - particularly"),
    ("2019–2023", "2019-2023"),
    ("and so on…", "and so on..."),
    ("and so on . . .", "and so on..."),
    ("• item", "▪ item"),
    ("two  spaces", "two spaces"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_typographic_variants_compare_equal(a: str, b: str) -> None:
    assert comparison_key(a) == comparison_key(b)


DIFFERENT = [
    ("Tier 2", "Tier 3"),
    ("anti-trafficking", "anti trafficking"),
    ("The government", "the government"),
    ("ended.", "ended"),
    ("70,225", "70.225"),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_edits_still_differ(a: str, b: str) -> None:
    assert comparison_key(a) != comparison_key(b)


def test_item_key_ignores_first_letter_case_and_final_punctuation() -> None:
    assert item_key("fund the national hotline") == item_key("Fund the national hotline.")
    assert item_key("Fund the hotline;") == item_key("fund the hotline")
    assert item_key("Fund the hotline") != item_key("Fund the shelter")
