"""What every digest format (terminal, Markdown, HTML, JSON) says the same way about one country: the counts of
changed sentences ('171 edited, 1 split into two'), what changed in substance ('1 part renamed, 3 people newly
named'), a year no file gave, and whether the report series has tiers at all. Reads CountrySummary only."""

from __future__ import annotations

from dataclasses import dataclass

from tipdiff.batch import CountrySummary
from tipdiff.render.common import counts_line
from tipdiff.wording import count, names_shown, sentence, tier_move


@dataclass(frozen=True)
class Substance:
    """One count of tipdiff.facts.semantic as the digest shows it."""

    key: str  # the key of CountrySummary.semantic ('parts renamed')
    json_key: str  # the digest JSON's key ('parts_renamed')
    heading: str  # the ranked table's column ('Parts renamed')
    noun: str  # counted with wording.count ('part' -> '1 part', '2 parts')
    verb: str  # what happened to them ('renamed')

    def phrase(self, n: int) -> str:
        """'1 part renamed', '4 parts dropped', '1 person newly named'."""
        return f"{count(n, self.noun, digits=True)} {self.verb}"


SUBSTANCE = (Substance("parts renamed", "parts_renamed", "Parts renamed", "part", "renamed"),
             Substance("parts merged", "parts_merged", "Parts merged", "part", "merged"),
             Substance("parts split", "parts_split", "Parts split", "part", "split"),
             Substance("parts dropped", "parts_dropped", "Parts dropped", "part", "dropped"),
             Substance("parts added", "parts_added", "Parts added", "part", "added"),
             Substance("people named", "people_named", "People named", "person", "newly named"),
             Substance("people dropped", "people_dropped", "People dropped", "person", "no longer named"),
             Substance("figures changed", "figures_changed", "Figures changed", "figure", "changed"),
             Substance("serious findings", "serious_findings", "Serious findings", "serious finding", "raised"))
RANKED = tuple(s for s in SUBSTANCE if s.key in ("parts renamed", "parts dropped", "people named", "figures changed"))
JSON_KEYS = {s.key: s.json_key for s in SUBSTANCE} | {"tier moved": "tier_moved"}


NAMES_SHOWN = 5  # people listed by name in a country's line; the rest are counted ("and 3 more")


def substance(summary: CountrySummary) -> str:
    """'1 part renamed, 4 parts dropped, 3 people newly named (A, B and C)' ('' when nothing changed in
    substance); at most NAMES_SHOWN names, in the order the report names them, then 'and K more'. The tier move
    and the findings are said elsewhere in every digest, so they are not repeated here."""
    names = {"people named": summary.people_named, "people dropped": summary.people_dropped}
    phrases = []
    for s in SUBSTANCE:
        if summary.semantic.get(s.key) and s.key != "serious findings":
            listed = names.get(s.key, ())
            phrases.append(s.phrase(summary.semantic[s.key]) + (f" ({names_shown(list(listed), NAMES_SHOWN)})"
                                                                  if listed else ""))
    return ", ".join(phrases)


def unknown_years(summary: CountrySummary) -> str:
    """'the new file's year is unknown (give --new-year)' / both files' years; '' when both are known."""
    sides = [side for side, year in (("old", summary.old_year), ("new", summary.new_year)) if year is None]
    if not sides:
        return ""
    if len(sides) == 2:
        return "neither file's year is known (give --old-year and --new-year)"
    return f"the {sides[0]} file's year is unknown (give --{sides[0]}-year)"


def line(summary: CountrySummary) -> str:
    """One country's digest line, in sentences: '86% changed (171 edited, 8 moved, 1 split into two, ...); 1 part
    renamed. <The most serious finding.> The new file's year is unknown (give --new-year).'"""
    top = next((message for severity, _, message in summary.findings if severity != "info"), "")
    first = "; ".join(p for p in (f"{summary.changed_share:.0%} changed ({counts_line(summary.counts)})",
                                  substance(summary)) if p)
    return " ".join(sentence(p) for p in (first, top, unknown_years(summary)) if p)


def move(summary: CountrySummary) -> str:
    """The tier move in the digest's tables: 'downgraded one tier', 'upgraded two tiers', 'moved' (to or from
    an unranked placement); '' when the tier did not change."""
    if not summary.tier_move:
        return ""
    words = tier_move(summary.old_tier, summary.new_tier, summary.tier_steps)
    return words.split(",")[0] if words else summary.tier_move


def year(value: int | None) -> str:
    return "year unknown" if value is None else str(value)


def span(summaries: list[CountrySummary]) -> str:
    """' 2022 → 2023' when every country compared the same two years ('year unknown' for a year no file
    gave), else ''."""
    years = {(s.old_year, s.new_year) for s in summaries if s.error is None}
    if len(years) != 1:
        return ""
    old, new = next(iter(years))
    return f" {year(old)} → {year(new)}"


def has_tiers(summaries: list[CountrySummary]) -> bool:
    """Whether the countries were read with a profile that places them on tiers (the TIP Report does, the human
    rights reports do not): a digest without tiers shows no tier column or section at all."""
    compared = [s for s in summaries if s.error is None]
    return any(s.has_tiers for s in compared) if compared else True


def ranked(summaries: list[CountrySummary]) -> list[CountrySummary]:
    """Countries by what changed in substance (tipdiff.facts.semantic: parts renamed or dropped, people newly
    named, figures changed, tier moves, serious findings), then by the share of changed sentences."""
    return sorted((s for s in summaries if s.error is None),
                  key=lambda s: (-s.score, -round(s.changed_share, 4), s.country))
