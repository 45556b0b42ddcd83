"""Report profiles: where each part of a narrative starts, declared as data (tipdiff/profiles/*.yaml).

A profile is compiled once into regular expressions; `{country}` in a pattern is filled in per report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from tipdiff.errors import InputError


@dataclass(frozen=True)
class SectionSpec:
    name: str
    headings: tuple[str, ...] = ()
    openers: tuple[str, ...] = ()
    bullet: str | None = None
    items: tuple[str, ...] = ()
    inline_items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    unsectioned: str
    chrome: tuple[re.Pattern[str], ...]
    title: re.Pattern[str] | None
    country: tuple[re.Pattern[str], ...]
    tier: tuple[re.Pattern[str], ...]
    year: tuple[re.Pattern[str], ...]
    sections: tuple[SectionSpec, ...]
    source: str = field(default="", compare=False)
    detect: re.Pattern[str] | None = None  # picks this profile for a file whose text matches (--profile auto)
    html_text: bool = False  # decode HTML entities and drop stray tags before reading
    year_sources: tuple[str, ...] = ("option", "file name", "text", "figures")
    required_sections: tuple[str, ...] = ()
    headings_are_sections: bool = False  # every heading of a page opens a part named after it
    heading_levels: tuple[int, int] = (2, 4)  # which heading levels (h2-h4) open parts; deeper ones stay text
    has_tiers: bool = True
    rules: bool = True  # whether the TIP rule pack applies

    def __str__(self) -> str:
        return self.name

    @property
    def section_names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.sections) + (self.unsectioned,)

    def spec(self, name: str) -> SectionSpec | None:
        return next((spec for spec in self.sections if spec.name == name), None)


def _compile(path: str, key: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise InputError(f"profile pattern under '{key}' is not a valid regular expression: {exc}", path=path)


def parse_profile(text: str, source: str) -> Profile:
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or "name" not in data or "sections" not in data:
        raise InputError("expected a report profile mapping with 'name' and 'sections'", path=source)
    sections = tuple(
        SectionSpec(
            name=str(spec["name"]),
            headings=tuple(spec.get("headings", ())),
            openers=tuple(spec.get("openers", ())),
            bullet=spec.get("bullet"),
            items=tuple(spec.get("items", ())),
            inline_items=tuple(spec.get("inline_items", ())),
        )
        for spec in data["sections"]
    )
    title = data.get("title")
    return Profile(
        name=str(data["name"]),
        description=str(data.get("description", "")),
        unsectioned=str(data.get("unsectioned", "unsectioned")),
        chrome=tuple(_compile(source, "chrome", p) for p in data.get("chrome", ())),
        title=_compile(source, "title", title) if title else None,
        country=tuple(_compile(source, "country", p) for p in data.get("country", ())),
        tier=tuple(_compile(source, "tier", p) for p in data.get("tier", ())),
        year=tuple(_compile(source, "year", p) for p in data.get("year", ())),
        sections=sections,
        source=source,
        detect=_compile(source, "detect", data["detect"]) if data.get("detect") else None,
        html_text=bool(data.get("html_text", False)),
        year_sources=tuple(data.get("year_sources", ("option", "file name", "text", "figures"))),
        required_sections=tuple(data.get("required_sections", ())),
        headings_are_sections=bool(data.get("headings_are_sections", False)),
        heading_levels=tuple(data.get("heading_levels", (2, 4))),
        has_tiers=bool(data.get("has_tiers", True)),
        rules=bool(data.get("rules", True)),
    )


AUTO = "auto"
DEFAULT = "tip"


def detect_profile(head: str) -> Profile:
    """The shipped profile whose `detect` pattern matches the start of a file; the TIP profile otherwise."""
    for name in available_profiles():
        profile = load_profile(name)
        if profile.detect is not None and profile.detect.search(head):
            return profile
    return load_profile(DEFAULT)


@lru_cache(maxsize=None)
def load_profile(name_or_path: str = DEFAULT) -> Profile:
    """A shipped profile by name ("tip"), or a profile file by path."""
    path = Path(name_or_path)
    if path.suffix in (".yaml", ".yml"):
        if not path.is_file():
            raise InputError("no such profile file", path=str(path))
        return parse_profile(path.read_text(encoding="utf-8"), str(path))
    shipped = resources.files("tipdiff").joinpath(f"profiles/{name_or_path}.yaml")
    if not shipped.is_file():
        names = ", ".join(sorted(available_profiles()))
        raise InputError(f"unknown report profile '{name_or_path}'; expected auto, one of: {names}, or a .yaml path")
    return parse_profile(shipped.read_text(encoding="utf-8"), f"tipdiff/profiles/{name_or_path}.yaml")


def available_profiles() -> list[str]:
    folder = resources.files("tipdiff").joinpath("profiles")
    return sorted(entry.name.removesuffix(".yaml") for entry in folder.iterdir() if entry.name.endswith(".yaml"))
