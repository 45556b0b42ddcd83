from tipdiff.sentences import split_items, split_sentences


def test_abbreviations_numbers_and_parentheses_do_not_split() -> None:
    text = ("The U.S. Department of State met Gen. Sok Phal. Decree No. 5 took effect. The budget was 4.9 billion "
            "riels ($1.19 million). Police screened 70,225 migrants (70,5000 in 2017). Courts convicted 10.")
    assert split_sentences(text) == [
        "The U.S. Department of State met Gen. Sok Phal.",
        "Decree No. 5 took effect.",
        "The budget was 4.9 billion riels ($1.19 million).",
        "Police screened 70,225 migrants (70,5000 in 2017).",
        "Courts convicted 10.",
    ]


def test_sentence_ending_in_an_abbreviation_still_ends() -> None:
    assert split_sentences("He returned to the U.S. The government did not report data.") == [
        "He returned to the U.S.", "The government did not report data."]


def test_each_bullet_is_an_item() -> None:
    items = split_items("Do one thing. • Do another; carefully. • Do a third.", ("•",))
    assert items == ["Do one thing.", "Do another; carefully.", "Do a third."]


def test_semicolon_items_drop_the_joining_and() -> None:
    assert split_items("Enact a law; open a shelter; and fund a hotline.", ("•", ";")) == [
        "Enact a law", "open a shelter", "fund a hotline."]


def test_no_nltk_data_is_needed(monkeypatch) -> None:
    """The tokenizer is built from shipped parameters: an empty NLTK data path must not matter."""
    import nltk

    monkeypatch.setattr(nltk.data, "path", [])
    from tipdiff import sentences

    sentences._tokenizer.cache_clear()
    assert split_sentences("One. Two.") == ["One.", "Two."]
