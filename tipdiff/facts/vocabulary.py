"""The fact layer's word lists (tipdiff/data/facts.yaml), optionally extended by a user's file."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from tipdiff.errors import RuleError


@dataclass(frozen=True)
class FigureKind:
    key: str
    label: str
    words: re.Pattern[str]


@dataclass(frozen=True)
class Vocabulary:
    figures: tuple[FigureKind, ...]
    person: re.Pattern[str]
    place_suffix: re.Pattern[str]
    place_preposition: re.Pattern[str]
    not_names: frozenset[str]
    aliases: dict[str, str]  # folded name or acronym -> canonical name
    currencies: dict[str, str] = field(default_factory=dict)
    body_heads: tuple[str, ...] = ()  # patterns of the words that make a capitalised run a body ("Ministry")
    apposition_roles: tuple[str, ...] = ()  # patterns of roles a name stands in apposition to ("commune chief")  # lower-case name after an amount -> unit shown

    def canonical(self, name: str) -> str:
        return self.aliases.get(fold(name), name)


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


def build_vocabulary(data: dict[str, Any], source: str) -> Vocabulary:
    try:
        figures = tuple(FigureKind(f["key"], f.get("label", f["key"].replace("_", " ")),
                                   re.compile("|".join(f"(?:{w})" for w in f["words"]), re.IGNORECASE))
                        for f in data.get("figures", []))
        roles = "|".join(f"(?:{r})" for r in data.get("person_roles", []))
        name = r"(?P<name>[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){1,3})"
        person = re.compile(rf"\b(?i:{roles}),? {name}")
        suffix = "|".join(re.escape(s) for s in data.get("place_suffixes", []))
        place_suffix = re.compile(rf"\b(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)? (?:{suffix}))(?![\w-])")
        prepositions = "|".join(re.escape(p) for p in data.get("place_prepositions", []))
        place_preposition = re.compile(rf"\b(?:{prepositions}) (?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){{0,2}})")
    except (KeyError, TypeError, re.error) as exc:
        raise RuleError(f"fact vocabulary is not valid ({exc}); see tipdiff/data/facts.yaml for the form",
                        path=source) from None
    aliases: dict[str, str] = {}
    for canonical, others in (data.get("aliases") or {}).items():
        aliases[fold(canonical)] = canonical
        for other in others or []:
            aliases[fold(other)] = canonical
    currencies = {str(k).lower(): str(v) for k, v in (data.get("currencies") or {}).items()}
    try:
        heads = tuple(str(h) for h in data.get("body_heads", []))
        roles_after = tuple(str(r) for r in data.get("apposition_roles", []))
        for pattern in heads + roles_after:
            re.compile(pattern)
    except (TypeError, re.error) as exc:
        raise RuleError(f"fact vocabulary is not valid ({exc}); see tipdiff/data/facts.yaml for the form",
                        path=source) from None
    return Vocabulary(figures, person, place_suffix, place_preposition, frozenset(data.get("not_names", [])), aliases,
                      currencies, heads, roles_after)


@lru_cache(maxsize=8)
def load_vocabulary(extra_path: str | None = None) -> Vocabulary:
    text = resources.files("tipdiff").joinpath("data/facts.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    source = "tipdiff/data/facts.yaml"
    if extra_path:
        path = Path(extra_path)
        try:
            extra = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except OSError as exc:
            raise RuleError(f"cannot read the vocabulary file ({exc.strerror})", path=extra_path) from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise RuleError(f"not valid YAML: {getattr(exc, 'problem', exc)}", path=extra_path,
                            line=mark.line + 1 if mark else None, column=mark.column + 1 if mark else None) from None
        if not isinstance(extra, dict):
            raise RuleError("expected a mapping like tipdiff/data/facts.yaml", path=extra_path)
        data, source = _merge(data, extra), extra_path
    return build_vocabulary(data, source)
