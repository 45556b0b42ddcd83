"""The fact layer's word lists (tipdiff/data/facts.yaml), optionally extended by a user's file; every pattern
runs under the time budget (tipdiff.patterns)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex
import yaml

from tipdiff.errors import RuleError
from tipdiff.patterns import IGNORECASE, BudgetPattern, compile_pattern, shown
from tipdiff.yamlfile import error_at, parse_yaml, read_yaml, shipped_validator, validate

# A person's name: two to four capitalised words, a word joined by hyphens whatever their case ("Hasanbegovic-
# Ahmetovic", "Chan-o-cha"). Letters as Unicode classes (these patterns run in the `regex` module): "Fernández",
# "Erämaa"; a "Mac", "Mc" or "O’" before a capital is part of the word ("MacGregor", "O’Donnell"). Between two
# capitalised words, the lower-case particles of Portuguese, Spanish, Dutch, German, French, Italian, Malay and
# Arabic names belong to the name ("Luiz Inácio Lula da Silva", "Ursula von der Leyen", "Anwar bin Ibrahim",
# "Siti binti Aziz"), as does an article joined by a hyphen ("Ahmad al-Rashid"); never before the first
# capitalised word or after the last.
NAME_WORD = r"(?:Ma?c|O[’'])?\p{Lu}[\p{Ll}’']+(?:-\p{L}[\p{Ll}’']*)*"
NAME_PARTICLE = r"(?:da|das|de|del|della|der|des|di|do|dos|du|la|le|van|von|ten|ter|bin|binti|bint|ibn)"
_LATER_WORD = rf"(?:{NAME_WORD}|(?:al|el|ad|ash|as|at|az|ul)-\p{{Lu}}[\p{{Ll}}’']+)"
NAME = rf"(?P<name>(?<![\p{{L}}’'-]){NAME_WORD}(?: (?:{NAME_PARTICLE} ){{0,2}}{_LATER_WORD}){{1,3}})"


# Small words inside a place's name ("Rio de Janeiro", "Ciudad del Este", "Mato Grosso do Sul").
PLACE_PARTICLE = r"(?:de|do|da|dos|das|del|di|du|des)"

_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"}
# Capitalised words that open a sentence or a clause and a month: never a word of a body's name, so a name
# starts after them ("In April the National Anti-Corruption Commission") and ends before them ("Police in July").
OPENERS = _MONTHS | {"In", "On", "At", "By", "During", "Since", "As", "However", "According", "Despite", "After",
                     "Before", "Following", "When", "While", "Also", "Additionally", "Meanwhile", "Later", "Then",
                     "Initially", "Subsequently", "Reportedly", "Separately", "Previously", "Similarly", "Finally",
                     "Ultimately", "Eventually", "Earlier", "Recently", "Moreover", "Furthermore", "Nevertheless",
                     "Nonetheless", "Instead", "Likewise", "Consequently", "Accordingly", "Notably"}
# Capitalised words that open a sentence before a name but never begin one: conjunctions ("Although Ministry of
# Labor inspectors ...") and determiners ("Other state institutions", "Many county officials"). Only taken off
# the front of a name (a closed class of English words): "Torture and Other Cruel ..." keeps its "Other".
LEADERS = OPENERS | {"Although", "Though", "Because", "Unless", "Whereas", "Whether", "Until", "Once", "If",
                     "Where", "Thus", "Therefore", "Hence", "Yet", "But", "And", "Or", "So", "Other", "Some",
                     "Many", "Most", "Several", "Each", "Every", "Various", "Numerous", "Few", "Such", "Both",
                     "Neither", "Either", "Any", "Another", "Only", "Even", "Still"}


@dataclass(frozen=True)
class FigureKind:
    key: str
    label: str
    words: BudgetPattern
    units: frozenset[str] = frozenset({"count"})  # count, percent, amount: the values this figure may take
    objects: BudgetPattern | None = None  # what must be counted ("officials"), when the words alone are not enough
    reaches: str | None = None  # the kind a count of the people these events reach is ("234 trainings to 6,321 officers")

    def takes(self, unit: str) -> bool:
        """Whether a value in `unit` ("" a count, "%", a currency) can be this figure: a count of convictions
        never takes "$1 million", a budget never takes "two"."""
        return unit_class(unit) in self.units


@dataclass(frozen=True)
class Vocabulary:
    figures: tuple[FigureKind, ...]
    person: BudgetPattern
    place_suffix: BudgetPattern
    place_preposition: BudgetPattern
    not_names: frozenset[str]
    aliases: dict[str, str]  # folded name or acronym -> canonical name
    currencies: dict[str, str] = field(default_factory=dict)  # lower-case name after an amount -> unit shown
    body_heads: tuple[str, ...] = ()  # patterns of the words that make a capitalised run a body ("Ministry")
    apposition_roles: tuple[str, ...] = ()  # patterns of roles a name stands in apposition to ("commune chief")
    source: str = "tipdiff/data/facts.yaml"  # the file the lists were last extended from (errors name it)
    not_actors: tuple[str, ...] = ()  # names never read as an actor: the reports' own titles (plain words)
    user_names: frozenset[str] = frozenset()  # folded canonical names of the user's own aliases: shown as written
    place_words: tuple[str, ...] = ()  # the `place_suffixes` as written ("province", "district")

    def canonical(self, name: str) -> str:
        return self.aliases.get(fold(name), name)


def unit_class(unit: str) -> str:
    """'' -> count, '%' -> percent, any currency ('USD', 'riels') -> amount."""
    return "count" if not unit else "percent" if unit == "%" else "amount"


def fold(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    return re.sub(r"[\s’']+", " ", name).casefold()


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = merged[key] + value
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def build_vocabulary(data: dict[str, Any], source: str, lines: dict[str, int] | None = None, *,
                     trusted: bool = False, user_aliases: dict[str, Any] | None = None) -> Vocabulary:
    """Compile the word lists into patterns that run under the time budget (tipdiff.patterns). An invalid
    pattern is an error at source:line naming it; a pattern built from several words, when it runs past the
    budget, is named by its list and its words. `trusted` (the shipped lists alone, which the test suite
    compiles): each pattern compiled when first used. `user_aliases`: the user's file's `aliases:`, whose
    names are always shown as the user wrote them (a shipped alias names the actor, shown as the report writes
    it)."""
    lines = lines or {}

    def compiled(pattern: str, words: list[str], label: str, flags: int = IGNORECASE) -> BudgetPattern:
        line = next((lines[w] for w in words if w in lines), None)
        return compile_pattern(pattern, source, line, flags=flags, label="vocabulary pattern", lazy=trusted,
                               shown_as=f"{label} {', '.join(shown(w, 40) for w in words[-3:])}"
                                        + (f" (or one of {len(words) - 3} more)" if len(words) > 3 else ""))

    for word in [w for f in data.get("figures", []) for w in f["words"] + f.get("objects", [])] + \
            list(data.get("person_roles", [])):
        compiled(word, [word], "vocabulary pattern")  # each alone first, so an error names the one that is wrong
    figures = tuple(FigureKind(f["key"], f.get("label", f["key"].replace("_", " ")),
                               compiled("|".join(f"(?:{w})" for w in f["words"]), f["words"],
                                        f"figures {f['key']}: pattern"),
                               frozenset(f.get("units", ["count"])),
                               compiled("|".join(f"(?:{w})" for w in f["objects"]), f["objects"],
                                        f"figures {f['key']}: objects") if f.get("objects") else None,
                               f.get("reaches"))
                    for f in data.get("figures", []))
    keys = {kind.key for kind in figures}
    for kind in figures:
        if kind.reaches is not None and kind.reaches not in keys:
            raise RuleError(f"{source}:{lines.get(kind.reaches, 1)}:1: figures {kind.key}: reaches "
                            f"'{kind.reaches}', expected the key of one of the figures")
    role_list = list(data.get("person_roles", []))
    roles = "|".join(f"(?:{r})" for r in role_list)
    person = compiled(rf"\b(?i:{roles}),? {NAME}", role_list, "person_roles: one of", flags=0)
    suffixes = list(data.get("place_suffixes", []))
    suffix = "|".join(regex.escape(s) for s in suffixes)
    place_suffix = compiled(rf"\b(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? (?:{suffix}))(?![\w-])", suffixes,
                            "place_suffixes:", flags=0)
    preps = list(data.get("place_prepositions", []))
    prepositions = "|".join(regex.escape(p) for p in preps)
    place_name = rf"(?P<name>[A-Z][\w’'-]+(?: (?:{PLACE_PARTICLE} )?[A-Z][\w’'-]+){{0,2}})"
    place_preposition = compiled(rf"\b(?:{prepositions}) (?:the )?{place_name}", preps, "place_prepositions:",
                                 flags=0)
    aliases: dict[str, str] = {}
    for canonical, others in (data.get("aliases") or {}).items():
        aliases[fold(canonical)] = canonical
        for other in others or []:
            aliases[fold(other)] = canonical
    currencies = {str(k).lower(): str(v) for k, v in (data.get("currencies") or {}).items()}
    heads = tuple(str(h) for h in data.get("body_heads", []))
    roles_after = tuple(str(r) for r in data.get("apposition_roles", []))
    for word in heads + roles_after:  # each alone, so an invalid one is named at its line now, not mid-run
        compiled(word, [word], "vocabulary pattern", flags=0)
    return Vocabulary(figures, person, place_suffix, place_preposition, frozenset(data.get("not_names", [])), aliases,
                      currencies, heads, roles_after, source,
                      tuple(sorted((str(t) for t in data.get("not_actors", [])), key=lambda t: (-len(t), t))),
                      frozenset(fold(str(name)) for name in (user_aliases or {})), tuple(suffixes))


def _lines(root: yaml.Node | None) -> dict[str, int]:
    found: dict[str, int] = {}
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            found.setdefault(str(node.value), node.start_mark.line + 1)
        elif isinstance(node, (yaml.SequenceNode, yaml.MappingNode)):
            stack.extend(node.value if isinstance(node, yaml.SequenceNode) else [v for _, v in node.value])
    return found


@lru_cache(maxsize=8)
def load_vocabulary(extra_path: str | None = None) -> Vocabulary:
    """The shipped word lists (tipdiff/data/facts.yaml), extended by a user's file: read bounded, checked
    against schemas/vocabulary.schema.json, errors (RuleError, exit 2) at file:line:column."""
    text = resources.files("tipdiff").joinpath("data/facts.yaml").read_text(encoding="utf-8")
    source = "tipdiff/data/facts.yaml"
    data, root = parse_yaml(text, source, RuleError)
    lines = _lines(root)
    user_aliases: dict[str, Any] | None = None
    if extra_path:
        extra, extra_root = read_yaml(Path(extra_path), RuleError)
        extra = {} if extra is None else extra
        if not isinstance(extra, dict):
            raise error_at(RuleError, extra_path, extra_root, "expected a mapping like tipdiff/data/facts.yaml")
        validate(extra, shipped_validator("vocabulary.schema.json"), extra_path, extra_root, RuleError)
        data, source, lines = _merge(data, extra), extra_path, _lines(extra_root)
        user_aliases = extra.get("aliases") if isinstance(extra.get("aliases"), dict) else None
    return build_vocabulary(data, source, lines, trusted=not extra_path, user_aliases=user_aliases)
