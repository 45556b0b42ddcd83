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


@lru_cache(maxsize=256)
def _after_title(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){TITLES} {re.escape(word)}(?!\w)")


def _words(name: str) -> list[str]:
    words = name.split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words = words[:-1]
    return words


def named_otherwise(name: str, folded_text: str) -> bool:
    """Whether `folded_text` (tipdiff.facts.vocabulary.fold of a whole report) names the person `name` (folded)
    in a shorter or fuller form (see the module docstring)."""
    words = _words(name)
    if len(words) < 2:
        return False
    for size in range(len(words) - 1, 1, -1):
        for start in range(len(words) - size + 1):
            run = re.escape(" ".join(words[start:start + size]))
            # "Liz Patricia Benavides" as it stands; "Pedro Castillo" or "Mario Montoya" only after a title
            lead = r"(?<!\w)" if start == 0 and size >= 3 else rf"(?<!\w){TITLES} "
            if re.search(rf"{lead}{run}(?!\w)", folded_text):
                return True
    first, last = words[0], words[-1]
    pair = re.compile(rf"(?<!\w){re.escape(first)} [“\"(][^”\")]{{1,{NICKNAME_GAP}}}[”\")] {re.escape(last)}(?!\w)")
    if pair.search(folded_text):
        return True
    surname = _PARTICLE.sub("", last)
    return len(surname) >= 3 and bool(_after_title(surname).search(folded_text))
