"""Report profiles: where each part of a narrative starts, declared as data (tipdiff/profiles/*.yaml).

A profile is read bounded and checked against tipdiff/schemas/profile.schema.json (errors at file:line:column,
exit 2), then compiled once into patterns that run under the time budget (tipdiff.patterns); `{country}` in a
heading or opener is filled in per report.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import regex
import yaml

from tipdiff.errors import InputError
from tipdiff.files import read_regular
from tipdiff.patterns import BudgetPattern, compile_pattern, shown
from tipdiff.yamlfile import MAX_YAML_BYTES, decode_yaml, error_at, parse_yaml, shipped_validator, validate


@dataclass(frozen=True)
class SectionSpec:
    name: str
    headings: tuple[str, ...] = ()  # patterns; "{country}" is filled in per report (Profile.section_pattern)
    openers: tuple[str, ...] = ()
    bullet: str | None = None
    items: tuple[str, ...] = ()
    inline_items: tuple[str, ...] = ()
    title: str | None = None  # how the part is named in a summary ("Trafficking profile"); default: the name


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    unsectioned: str
    chrome: tuple[BudgetPattern, ...]
    title: BudgetPattern | None
    country: tuple[BudgetPattern, ...]
    tier: tuple[BudgetPattern, ...]
    year: tuple[BudgetPattern, ...]
    sections: tuple[SectionSpec, ...]
    source: str = field(default="", compare=False)
    detect: BudgetPattern | None = None  # picks this profile for a file whose text matches (--profile auto)
    html_text: bool = False  # decode HTML entities and drop stray tags before reading
    year_sources: tuple[str, ...] = ("option", "file name", "text", "page title", "citation", "figures")
    required_sections: tuple[str, ...] = ()
    required_since: dict[str, int] = field(default_factory=dict, compare=False, hash=False)  # part -> first year
    # part -> the first year whose narratives open with it (an undated narrative opening with it is that recent)
    first_part_since: dict[str, int] = field(default_factory=dict, compare=False, hash=False)
    # reading of the minimum-standards formula ("significant") -> the placements it fits
    formula_tiers: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)
    headings_are_sections: bool = False  # every heading of a page opens a part named after it
    heading_levels: tuple[int, int] = (2, 4)  # which heading levels (h2-h4) open parts; deeper ones stay text
    # words a page template leaves at the end of a heading, no part of its name ("Executive Summary Title")
    template_words: frozenset[str] = frozenset()
    has_tiers: bool = True
    # which of the shipped rule pack's rules apply: True all, False none, else the groups or ids listed ("actor"
    # is every rule under rules/actor/); rules the user adds (--rules, .tipdiff.yaml) run unless this is False
    rules: bool | tuple[str, ...] = True
    tiers: tuple[str, ...] = ()  # the ranked placements, best first (Tier 1 ... Tier 3)
    other_tiers: tuple[str, ...] = ()  # placements outside the ranking (Special Case): a move with no direction
    other_tier_sections: tuple[str, ...] = ()  # the parts required of a narrative at an unranked placement
    running_headers: tuple[BudgetPattern, ...] = ()  # a printed page's header/footer lines (the PDF reader)
    title_example: str = ""  # a title as the report prints it ("CAMBODIA: TIER 3"), for messages
    chart_figures: tuple[str, ...] = ()  # figure kinds the history page charts (keys of the fact vocabulary)
    roles: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)
    # other ways a placement is written ("Tier 2 WL", "T2WL", "Tier Two"): regular expressions per placement
    tier_spellings: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)
    split_at_headings: bool = False  # fields run together on one line are cut at each "label:" heading
    # roles name the parts the fact layer and the summaries lean on: summary (where the tier is stated),
    # recommendations (the list carried year to year), verdicts (parts with an efforts formula), no_figures.
    digest: str = field(default="", compare=False)  # SHA-256 of the profile's YAML (keys the parse cache)
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False)  # heading/opener -> line

    def __str__(self) -> str:
        return self.name

    def role(self, name: str) -> tuple[str, ...]:
        """The parts that play a role ('summary', 'recommendations', 'verdicts', 'no_figures'); () if none."""
        return self.roles.get(name, ())

    def part(self, role: str) -> str | None:
        """The one part that plays a role ('recommendations' -> 'recommendations'), or None."""
        parts = self.role(role)
        return parts[0] if parts else None

    def title_of(self, section: str) -> str:
        """A part's display name: its `title:` in the profile, else the name with a capital."""
        spec = self.spec(section)
        if spec and spec.title:
            return spec.title
        return "Outside any part" if section == self.unsectioned else section[:1].upper() + section[1:]

    def canonical_tier(self, raw: str | None) -> str | None:
        """'TIER 2 WATCH LIST' -> 'Tier 2 Watch List': the profile's spelling of a placement, or None."""
        if raw is None:
            return None
        folded = " ".join(raw.split()).casefold()
        for tier in self.tiers + self.other_tiers:
            if tier.casefold() == folded or any(re.fullmatch(spelling, " ".join(raw.split()), re.IGNORECASE)
                                                for spelling in self.tier_spellings.get(tier, ())):
                return tier
        return None

    @property
    def tier_pattern(self) -> str:
        """A regular expression group of every placement and its other spellings ('Tier 2 WL'), longest
        placement first ('Tier 2 Watch List' before 'Tier 2'), for the fact layer's formulas."""
        return tier_alternation(self.tiers + self.other_tiers, self.tier_spellings, capture=True)

    @property
    def tier_expectation(self) -> str:
        """What a reader should look for when no tier was found, for messages."""
        if self.title_example:
            return f"expected a title like '{self.title_example}' or a sentence stating the placement"
        return "expected a title or a sentence stating the placement, as the profile's title and tier patterns read"

    def era_year(self, found: set[str] | list[str], year: int | None) -> int | None:
        """The year whose parts a narrative is expected to have: `year` when known; else the earliest year its
        shape fits, from the parts it has (`required_since`: a "prosecution" part dates it 2004 or later) and,
        for `found` in document order, the part it opens with (`first_part_since`: opening with the overview
        dates it 2017 or later); a shape nothing dates is of the earliest era. None (every part expected) when
        the profile declares no eras."""
        if year is not None or not self.required_since:
            return year
        dated = [self.required_since[name] for name in found if name in self.required_since]
        if isinstance(found, list):
            first = next((name for name in found if name != self.unsectioned), None)
            if first in self.first_part_since:
                dated.append(self.first_part_since[first])
        return max(dated, default=min(self.required_since.values()) - 1)

    def missing_parts(self, found: set[str] | list[str], tier: str | None, year: int | None) -> list[str]:
        """The parts a complete narrative of `year` has that `found` lacks: `required_sections` (only
        `other_tier_sections` at an unranked placement), less those `required_since` says began after `year`;
        with the year unknown, after the earliest year the narrative's shape fits (`era_year`). Where parts are
        named after headings, a heading that adds words after the required ones holds it ("Executive Summary
        Title" on the real 2022 Brazil page is the executive summary)."""
        unranked = tier is not None and tier in self.other_tiers
        required = self.other_tier_sections if unranked else self.required_sections
        year = self.era_year(found, year)
        return [name for name in required if name not in found
                and not (self.headings_are_sections and any(f.startswith(name + "-") for f in found))
                and (year is None or year >= self.required_since.get(name, year))]

    def tier_steps(self, old: str | None, new: str | None) -> int | None:
        """How many ranked placements `new` lies below `old` (negative: above); None when either is unranked."""
        if old is None or new is None or old not in self.tiers or new not in self.tiers:
            return None
        return self.tiers.index(new) - self.tiers.index(old)

    def tier_move(self, old: str | None, new: str | None) -> str | None:
        """The one place a tier move is named: 'downgraded', 'upgraded', 'moved' (to or from an unranked
        placement), or None when either is unknown or they are the same."""
        if not old or not new or old == new:
            return None
        steps = self.tier_steps(old, new)
        if steps is None:
            return "moved"
        return "downgraded" if steps > 0 else "upgraded"

    @property
    def section_names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.sections) + (self.unsectioned,)

    def spec(self, name: str) -> SectionSpec | None:
        return next((spec for spec in self.sections if spec.name == name), None)

    def section_pattern(self, template: str, country: str | None) -> BudgetPattern:
        """A heading or opener with `{country}` filled in (the detected name, escaped; any name when unknown),
        compiled once per (template, country) and run under the time budget."""
        return _section_pattern(template, country, self.source, self.lines.get(template))

def tier_alternation(names: tuple[str, ...], spellings: dict[str, tuple[str, ...]], capture: bool = False) -> str:
    """'(Tier\\s+2\\s+Watch\\s+List|Tier 2 WL|...|Tier\\s+1|...)': placements with longer names first, so
    'Tier 2 Watch List' is never read as 'Tier 2'; each alternative ends at a word's end."""
    if not names:
        return "(?!)"
    alternatives = []
    for name in sorted(names, key=len, reverse=True):
        alternatives += [f"(?:{s})" for s in spellings.get(name, ())]
        alternatives.append(re.escape(name).replace(r"\ ", r"\s+"))
    body = "|".join(alternatives)
    return f"({body})(?!\\w)" if capture else f"(?:{body})(?!\\w)"




ANY_COUNTRY = r"[A-Z][\w'’ .-]*?"


@lru_cache(maxsize=4096)
def _section_pattern(template: str, country: str | None, source: str, line: int | None) -> BudgetPattern:
    filled = template.replace("{country}", regex.escape(country) if country else ANY_COUNTRY)
    return compile_pattern(filled, source, line, error=InputError)


def _lines(root: yaml.Node | None) -> dict[str, int]:
    """Line of every string in the profile (the first place it appears), for errors about a pattern."""
    found: dict[str, int] = {}
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode) and isinstance(node.value, str):
            found.setdefault(node.value, node.start_mark.line + 1)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(value for _, value in node.value)
    return found


def parse_profile(text: str, source: str, *, trusted: bool = False) -> Profile:
    """A profile from YAML text: bounded (tipdiff.yamlfile), checked against schemas/profile.schema.json (a
    shipped profile, `trusted`, is checked by the test suite instead), every pattern compiled with its
    file:line (a trusted profile's when first used: tipdiff.patterns). Errors: InputError (exit 2) at
    file:line:column."""
    data, root = parse_yaml(text, source, InputError)
    if not isinstance(data, dict):
        raise error_at(InputError, source, root, "expected a report profile mapping with 'name' and 'sections'")
    if not trusted:
        validate(data, shipped_validator("profile.schema.json"), source, root, InputError)
    lines = _lines(root)

    def pattern(key: str, value: str, group: str | None = None, tiers: str = "(?!)") -> BudgetPattern:
        """`value` compiled at its file:line; `{tier}` in it stands for any placement as the profile spells it."""
        compiled = compile_pattern(value.replace("{tier}", tiers), source, lines.get(value), error=InputError,
                                   label=f"{key} pattern", shown_as=f"{key} pattern {shown(value)}", lazy=trusted)
        if not trusted and group is not None and group not in compiled.compiled.groupindex:
            raise InputError(f"{key} pattern {shown(value)} has no group named '{group}'; write it as "
                             f"(?P<{group}>...) around the {group}", path=source, line=lines.get(value))
        return compiled

    sections = tuple(
        SectionSpec(
            name=str(spec["name"]),
            headings=tuple(spec.get("headings", ())),
            openers=tuple(spec.get("openers", ())),
            bullet=spec.get("bullet"),
            items=tuple(spec.get("items", ())),
            inline_items=tuple(spec.get("inline_items", ())),
            title=spec.get("title"),
        )
        for spec in data["sections"]
    )
    for spec in sections:  # an invalid heading or opener is an error now, not in the middle of a run
        for template in spec.headings + spec.openers:
            pattern(f"sections.{spec.name}", template.replace("{country}", ANY_COUNTRY))
    title = data.get("title")
    spellings = {str(k): tuple(str(v) for v in ([vs] if isinstance(vs, str) else vs or ()))
                 for k, vs in (data.get("tier_spellings") or {}).items()}
    for placement, patterns in spellings.items():  # each alone first, so an error names the one that is wrong
        for spelling in patterns:
            pattern(f"tier_spellings.{placement}", spelling)
    tiers = tier_alternation(tuple(str(t) for t in data.get("tiers", ())) +
                             tuple(str(t) for t in data.get("other_tiers", ())), spellings)
    levels = tuple(data.get("heading_levels", (2, 4)))
    return Profile(
        name=str(data["name"]),
        description=str(data.get("description", "")),
        unsectioned=str(data.get("unsectioned", "unsectioned")),
        chrome=tuple(pattern("chrome", p) for p in data.get("chrome", ())),
        title=pattern("title", title, "country", tiers) if title else None,
        country=tuple(pattern("country", p, "country", tiers) for p in data.get("country", ())),
        tier=tuple(pattern("tier", p, "tier", tiers) for p in data.get("tier", ())),
        year=tuple(pattern("year", p, "year") for p in data.get("year", ())),
        sections=sections,
        source=source,
        detect=pattern("detect", data["detect"]) if data.get("detect") else None,
        html_text=bool(data.get("html_text", False)),
        year_sources=tuple(data.get("year_sources", ("option", "file name", "text", "page title", "citation", "figures"))),
        required_sections=tuple(data.get("required_sections", ())),
        required_since={str(k): int(v) for k, v in (data.get("required_since") or {}).items()},
        first_part_since={str(k): int(v) for k, v in (data.get("first_part_since") or {}).items()},
        formula_tiers={str(k): tuple(str(t) for t in v) for k, v in (data.get("formula_tiers") or {}).items()},
        headings_are_sections=bool(data.get("headings_are_sections", False)),
        heading_levels=(int(levels[0]), int(levels[1])),
        template_words=frozenset(str(w).casefold() for w in data.get("template_words", ())),
        has_tiers=bool(data.get("has_tiers", True)),
        rules=_rules(data.get("rules", True)),
        tiers=tuple(str(t) for t in data.get("tiers", ())),
        other_tiers=tuple(str(t) for t in data.get("other_tiers", ())),
        other_tier_sections=tuple(str(t) for t in data.get("other_tier_sections", ())),
        running_headers=tuple(pattern("running_headers", p) for p in data.get("running_headers", ())),
        title_example=str(data.get("title_example", "")),
        chart_figures=tuple(str(k) for k in data.get("chart_figures", ())),
        roles={str(k): tuple([v] if isinstance(v, str) else v) for k, v in (data.get("roles") or {}).items()},
        digest=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        tier_spellings=spellings,
        split_at_headings=bool(data.get("split_at_headings", False)),
        lines=lines,
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


def _rules(value: object) -> bool | tuple[str, ...]:
    """A profile's `rules`: true, false, or the list of rule groups and ids of the shipped pack that apply."""
    return tuple(str(v) for v in value) if isinstance(value, list) else bool(value)


def applies(profile: Profile, rule_id: str, shipped: bool) -> bool:
    """Whether a rule runs on reports of this profile: none when its `rules` is false; a rule the user added
    always otherwise; a shipped rule when `rules` is true or lists its id or its group ("actor" for
    "actor/person-named")."""
    if profile.rules is False:
        return False
    if profile.rules is True or not shipped:
        return True
    return any(rule_id == entry or rule_id.startswith(entry.rstrip("/") + "/") for entry in profile.rules)


@cache
def load_profile(name_or_path: str = DEFAULT) -> Profile:
    """A shipped profile by name ("tip"), or a profile file by path."""
    path = Path(name_or_path)
    if path.suffix in (".yaml", ".yml"):
        data = read_regular(path, MAX_YAML_BYTES, InputError, expected="a report profile (.yaml)")
        return parse_profile(decode_yaml(data, str(path), InputError), str(path))
    shipped = resources.files("tipdiff").joinpath(f"profiles/{name_or_path}.yaml")
    if not shipped.is_file():
        names = ", ".join(sorted(available_profiles()))
        raise InputError(f"unknown report profile '{name_or_path}'; expected auto, one of: {names}, or a .yaml path")
    return parse_profile(shipped.read_text(encoding="utf-8"), f"tipdiff/profiles/{name_or_path}.yaml", trusted=True)


def available_profiles() -> list[str]:
    folder = resources.files("tipdiff").joinpath("profiles")
    return sorted(entry.name.removesuffix(".yaml") for entry in folder.iterdir() if entry.name.endswith(".yaml"))
