"""`mentioned` (is an actor named anywhere in the other year's text) answers as the regular expression it
replaces, `(?<!\\w)FORM(?!\\w)`, on any text: it runs in linear time on a whole report pasted as one narrative."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tipdiff.facts.actors import _names

ALPHABET = "aAbé_1٣ -’.,'\n"  # letters, an accented one, underscore, digits (an Arabic-Indic too), punctuation
texts = st.text(alphabet=ALPHABET, max_size=40)


@settings(max_examples=500, deadline=None)
@given(texts, texts)
def test_names_is_the_whole_word_search(form: str, text: str) -> None:
    expected = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) is not None
    assert _names(form, text) == expected


@settings(max_examples=300, deadline=None)
@given(texts, st.integers(min_value=0, max_value=40), st.integers(min_value=0, max_value=40))
def test_a_piece_of_the_text_is_named_when_it_stands_as_words(text: str, a: int, b: int) -> None:
    form = text[min(a, b):max(a, b)]
    expected = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) is not None
    assert _names(form, text) == expected


def test_examples() -> None:
    assert _names("Malaysia", "workers from Malaysia, Thailand")
    assert not _names("Malaysia", "Malaysian workers")
    assert _names("Ministry of Labor", "the Ministry of Labor’s inspectors")
    assert not _names("Ministry of Labo", "the Ministry of Labor")
