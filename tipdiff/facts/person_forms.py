"""A person still named in a shorter or fuller form: never "no longer named" (issue 12 trial 8, real HRR pages).

The reports write a person in full once and shorter after, and the next year may keep only the shorter form:
"Dina Boluarte" -> "President Boluarte", "José Pedro Castillo Terrones" -> "Pedro Castillo", "Liz Patricia
Benavides Vargas" -> "Liz Patricia Benavides", "Jatupat Boonpattararaksa" -> "Jatupat “Pai Dao Din”
Boonpattararaksa". A person is still named when the other text writes

- three or more of the name's words next to each other, in the name's order, from its first word ("liz
  patricia benavides"), or two or more after a title ("then President Pedro Castillo", "General Mario
  Montoya"; without one, two words may be another person's name: "Alaa Abdel Fattah" is not "Esraa Abdel
  Fattah", nor "Juan Carlos Ruiz" "Juan Carlos Hinojosa");
- the name's first and last words with a nickname in quotes or parentheses between them (at most
  `NICKNAME_GAP` characters);
- the name's last word (a particle such as "al-" and a suffix such as "Jr" left out) right after a title
  (`TITLES`: "President Sisi", "Prime Minister Hasina"). Only the last word: in a name written family name
  first ("Hun Sen") the first word is shared by relatives ("Prime Minister Hun Manet"), so it is never enough.
  A relative with the same surname and title is taken for the person: "President Deby" (the son) keeps
  "Idriss Deby Itno" (the father) named; the finding that misses is a drop, never a false one.
"""

from __future__ import annotations

import re
from functools import lru_cache

NICKNAME_GAP = 40
_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|ar)-")
# Titles and offices written before a surname; folded (lower case).
TITLES = (r"(?:president|vice president|prime minister|deputy prime minister|minister|attorney general|"
          r"prosecutor general|general|lieutenant general|major general|colonel|senator|governor|judge|justice|"
          r"chief justice|king|queen|prince|princess|sheikh|sheikha|chairman|chairperson|chair|commissioner|"
          r"ambassador|mayor|speaker|mr\.?|mrs\.?|ms\.?|dr\.?)")


_TITLE_BEFORE = re.compile(rf"(?<!\w){TITLES} $")
_TITLE_REACH = 40  # characters before a name searched for its title (the longest title is about half that)


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _stands(text: str, phrase: str, titled: bool) -> bool:
    """Whether `phrase` stands in `text` as whole words (no word character after it, none before it), after one
    of `TITLES` when `titled`: str.find for the phrase, the title read only where it stands (a search of the
    whole text with the titles in front took 30 ms a name on a 120 kB report)."""
    start = text.find(phrase)
    while start != -1:
        end = start + len(phrase)
        if end == len(text) or not _word_char(text[end]):
            if titled:
                if _TITLE_BEFORE.search(text, max(0, start - _TITLE_REACH), start):
                    return True
            elif start == 0 or not _word_char(text[start - 1]):
                return True
        start = text.find(phrase, start + 1)
    return False


def _words(name: str) -> list[str]:
    words = name.split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words = words[:-1]
    return words


@lru_cache(maxsize=4)
def _text_words(folded_text: str) -> frozenset[str]:
    """Every run of word characters of a report, once per text."""
    return frozenset(re.findall(r"\w+", folded_text))


def _in_text(words: list[str], present: frozenset[str]) -> bool:
    """Whether every run of word characters of `words` stands in the text: a form searched for (bounded by
    non-word characters at both ends, its words by spaces) can match only then; a set lookup, not a search."""
    return all(part in present for word in words for part in re.findall(r"\w+", word))


def named_otherwise(name: str, folded_text: str) -> bool:
    """Whether `folded_text` (tipdiff.facts.vocabulary.fold of a whole report) names the person `name` (folded)
    in a shorter or fuller form (see the module docstring)."""
    words = _words(name)
    if len(words) < 2:
        return False
    present = _text_words(folded_text)
    for size in range(len(words) - 1, 1, -1):
        for start in range(len(words) - size + 1):
            if not _in_text(words[start:start + size], present):
                continue
            # "Liz Patricia Benavides" as it stands; "Pedro Castillo" or "Mario Montoya" only after a title
            if _stands(folded_text, " ".join(words[start:start + size]), titled=not (start == 0 and size >= 3)):
                return True
    first, last = words[0], words[-1]
    surname = _PARTICLE.sub("", last)
    if _in_text([first, last], present):
        pair = re.compile(rf"(?<!\w){re.escape(first)} [“\"(][^”\")]{{1,{NICKNAME_GAP}}}[”\")] {re.escape(last)}(?!\w)")
        if pair.search(folded_text):
            return True
    return len(surname) >= 3 and _in_text([surname], present) and _stands(folded_text, surname, titled=True)
