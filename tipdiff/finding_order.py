"""The order findings are listed in, the same in every output (terminal, Markdown, HTML, JSON): the most
important first. Part of the model layer: it reads Findings and SectionDiffs only, and every renderer shows
`Comparison.findings` in the order made here (tipdiff.engine sorts once, with `ordered`).

The key, in turn (docs/rules.md, "The order of findings"):

1. severity: error, then warning, then info (SEVERITY_RANK);
2. the kind's weight (KIND_ORDER, by the rule id's family): the country's standing (tier move, minimum-standards
   formula, status, designations, verdicts), then recommendations, then parts renamed, merged, split, dropped
   or added, then people named or no longer named, then bodies, places and laws, then topics, then figures and
   edited sentences; a rule of another family (a user's) after all of these;
3. document order: the part's place in the comparison (its order of parts; a part only the caller's
   `section_order` knows comes after them), then the place in that part of the first change whose text
   holds the finding's quote (new year first, then old); a finding that quotes no change of its part last;
4. then the rule id, the finding's subject and its message, so equal keys never depend on the order the
   rules ran in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tipdiff.model import Finding, SectionDiff

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
# rule-id prefixes, weightiest first; a rule matches the first (longest listed first within a step) that it starts with
KIND_ORDER: tuple[tuple[str, ...], ...] = (
    ("tier/", "status/", "designation/", "verdict/"),
    ("recommendation/",),
    ("part/",),
    ("actor/person-",),
    ("actor/",),
    ("topic/",),
    ("figure/", "sentence/"),
)


def kind_weight(rule: str) -> int:
    """The step of KIND_ORDER a rule id belongs to (0 weightiest); len(KIND_ORDER) for any other family."""
    for weight, prefixes in enumerate(KIND_ORDER):
        if rule.startswith(prefixes):
            return weight
    return len(KIND_ORDER)


Places = dict[str, tuple[list[tuple[str, ...]], dict[str, int]]]


def _places(sections: Sequence[SectionDiff]) -> Places:
    """Part -> (the texts of its changes in order (new wording, then old, then each unit's own), each text ->
    the first change that holds it as a whole)."""
    out: Places = {}
    for section in sections:
        changes = [(c.new_text, c.old_text, *(u.text for u in c.new_units + c.old_units)) for c in section.changes]
        first: dict[str, int] = {}
        for at, texts in enumerate(changes):
            for text in texts:
                first.setdefault(text, at)
        out[section.name] = (changes, first)
    return out


def _position(finding: Finding, places: Places) -> int:
    """Where in its part the finding's quote stands: the index of the first change that holds it whole, else
    the first whose text contains it (the new quote looked for first), else after every change."""
    changes, first = places.get(finding.section, ([], {}))
    for quote in (finding.new, finding.old):
        if not quote:
            continue
        if quote in first:
            return first[quote]
        for at, texts in enumerate(changes):
            if any(text and quote in text for text in texts):
                return at
    return len(changes)


def ordered(findings: Iterable[Finding], sections: Sequence[SectionDiff],
            section_order: Sequence[str] = ()) -> tuple[Finding, ...]:
    """The findings in the order every output lists them (see the module docstring). Deterministic: the same
    findings and parts give the same order, whatever order the findings come in."""
    places = _places(sections)
    part_rank = {s.name: i for i, s in enumerate(sections)}
    for name in section_order:
        part_rank.setdefault(name, len(part_rank))

    def key(finding: Finding) -> tuple[int, int, int, int, str, str, str]:
        return (SEVERITY_RANK.get(finding.severity, len(SEVERITY_RANK)), kind_weight(finding.rule),
                part_rank.get(finding.section, len(part_rank)), _position(finding, places), finding.rule,
                dict(finding.data).get("subject", ""), finding.message)

    return tuple(sorted(findings, key=key))
