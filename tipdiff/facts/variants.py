"""One person, two spellings: "Luis Inácio Lula da Silva" in one year and "Luiz Inácio Lula da Silva" in the next.

The reports transliterate names, and a name is sometimes spelled one letter apart from one year to the next. Read
as two people, one spelling is "newly named" and the other "no longer named", though nobody came or went. Two
names are one person's when they have the same number of words (two or more), every word but one is the same,
and that one word (four letters or more in both spellings, starting with the same letter) differs by one edit: a
letter changed, added or removed ("Luis"/"Luiz", "Prayut"/"Prayuth", "Inácio"/"Inacio"). A three-letter first
word may differ by one vowel for another, its length kept, when every other word is the same ("Hun Sen"/"Hon
Sen", "Hun Manet"/"Hon Manet": a transliteration's vowel). Different surnames ("Hun Sen"/"Hun Manet"), a
different first letter ("Sok Dara"/"Sok Tara"), a short word's consonant ("Sam Rainsy"/"Sar Rainsy", "Kem
Sokha"/"Ken Sokha") or any other short word ("Sen"/"Sem") are different people. Used by
tipdiff.ruletypes.set_member: the pair is one `respelled` finding, never a person newly named and another no
longer named.
"""

from __future__ import annotations

from collections.abc import Mapping

from tipdiff.facts.base import Actor

_VOWELS = "aeiouy"  # a transliteration's vowel: "Hun"/"Hon"


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by exactly one letter changed, added or removed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    index = next((i for i, (x, y) in enumerate(zip(short, long[:len(short)], strict=True)) if x != y), len(short))
    return short[index:] == long[index + 1:]


def one_respelling(first: str, second: str) -> bool:
    """Whether two names are one person's spelled two ways (module docstring): same words (two or more) but one,
    which differs by one edit, has four letters or more in both and starts with the same letter, or is the
    three-letter first word with one vowel changed for another. Case-blind."""
    words, others = first.casefold().split(), second.casefold().split()
    if len(words) != len(others) or len(words) < 2:
        return False
    differ = [(a, b) for a, b in zip(words, others, strict=True) if a != b]
    if len(differ) != 1:
        return False
    a, b = differ[0]
    if len(a) == len(b) == 3 and a == words[0]:  # "Hun Sen"/"Hon Sen": the other words are the same
        changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        return len(changed) == 1 and changed[0][0] in _VOWELS and changed[0][1] in _VOWELS
    return min(len(a), len(b)) >= 4 and a[0] == b[0] and _one_edit(a, b)



def respelled(old: Mapping[str, Actor], new: Mapping[str, Actor]) -> list[tuple[Actor, Actor]]:
    """(old person, new person) for each person named in one year only whose name is another spelling of a
    person named in the other year only (`one_respelling`); a name with two such matches pairs with none (which
    one is meant is unknown). Sorted by the new name's key."""
    gone = [actor for key, actor in sorted(old.items()) if actor.kind == "person" and key not in new]
    came = [actor for key, actor in sorted(new.items()) if actor.kind == "person" and key not in old]
    matches = {(o.key, n.key): (o, n) for o in gone for n in came if one_respelling(o.name, n.name)}
    olds = [o for o, _ in matches]
    news = [n for _, n in matches]
    return sorted((pair for (o, n), pair in matches.items() if olds.count(o) == 1 and news.count(n) == 1),
                  key=lambda pair: pair[1].key)
