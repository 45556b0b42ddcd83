"""Findings are listed weightiest first, in one order shared by every output (tipdiff.finding_order): severity,
then the kind's weight, then document order. And part headings written as run-in labels are shown without
their colon wherever a user reads them."""

from __future__ import annotations

import json
import random
from pathlib import Path

from tipdiff.compare import analyse_files
from tipdiff.finding_order import kind_weight, ordered
from tipdiff.model import Change, Finding, SectionDiff, Unit, shown_heading


def _finding(rule: str, severity: str, section: str, new: str | None = None) -> Finding:
    return Finding(rule, severity, section, f"{rule} in {section}", None, new)


def _unit(section: str, n: int, text: str) -> Unit:
    return Unit(f"{section}-{n}", section, 0, text)


PARTS = (SectionDiff("overview", (Change("added", "overview", None, _unit("overview", 1, "Tier two now."), 0.0),)),
         SectionDiff("prosecution", tuple(Change("added", "prosecution", None, _unit("prosecution", n, t), 0.0)
                                          for n, t in enumerate(("Courts met twice.", "A judge was named.")))))


def test_kinds_weigh_standing_parts_people_bodies_figures_in_that_order() -> None:
    rules = ["sentence/figures-changed", "actor/named", "actor/person-named", "part/renamed", "recommendation/added",
             "tier/downgrade", "topic/new-emphasis", "custom/mine"]
    assert sorted(rules, key=kind_weight) == ["tier/downgrade", "recommendation/added", "part/renamed",
                                              "actor/person-named", "actor/named", "topic/new-emphasis",
                                              "sentence/figures-changed", "custom/mine"]
    assert kind_weight("status/formula") == kind_weight("designation/added") == kind_weight("tier/upgrade")


def test_severity_first_then_kind_then_document_order() -> None:
    findings = [
        _finding("actor/named", "info", "overview", "Tier two now."),
        _finding("part/dropped", "warning", "prosecution"),
        _finding("actor/person-named", "warning", "prosecution", "A judge was named."),
        _finding("actor/person-named", "warning", "overview", "Tier two now."),
        _finding("tier/downgrade", "error", "prosecution"),
        _finding("sentence/figures-changed", "info", "overview", "Tier two now."),
        _finding("part/renamed", "info", "prosecution"),
        _finding("actor/person-dropped", "info", "prosecution", "Courts met twice."),
    ]
    want = [("tier/downgrade", "prosecution"), ("part/dropped", "prosecution"), ("actor/person-named", "overview"),
            ("actor/person-named", "prosecution"), ("part/renamed", "prosecution"),
            ("actor/person-dropped", "prosecution"), ("actor/named", "overview"),
            ("sentence/figures-changed", "overview")]
    assert [(f.rule, f.section) for f in ordered(findings, PARTS)] == want
    for seed in range(5):  # whatever order the rules ran in
        shuffled = findings[:]
        random.Random(seed).shuffle(shuffled)
        assert [(f.rule, f.section) for f in ordered(shuffled, PARTS)] == want


def test_within_a_part_the_quoted_sentence_sets_the_order() -> None:
    later = _finding("actor/named", "info", "prosecution", "A judge was named.")
    earlier = _finding("actor/named", "info", "prosecution", "Courts met twice.")
    unquoted = _finding("actor/named", "info", "prosecution", "Not in the text.")
    assert ordered([unquoted, later, earlier], PARTS) == (earlier, later, unquoted)


def test_shown_heading_drops_a_run_in_colon_only() -> None:
    assert shown_heading("Corruption: ") == "Corruption"
    assert shown_heading("Wage and  Hour Laws:") == "Wage and Hour Laws"
    assert shown_heading("a. Freedom of Expression, Including for Members of the Press") == \
        "a. Freedom of Expression, Including for Members of the Press"


def test_thailand_2021_2022_every_output_in_one_weighted_order(run, shared: Path) -> None:
    old, new = (shared / "corpus" / "hrr" / str(y) / "thailand.html" for y in (2021, 2022))
    comparison = analyse_files(old, new)
    keys = [(("error", "warning", "info").index(f.severity), kind_weight(f.rule)) for f in comparison.findings]
    assert keys == sorted(keys)
    rules = [f.rule for f in comparison.findings]
    # the parts dropped (warnings) first, then the people named (warnings); then parts renamed or merged, people no
    # longer named, bodies and places, and figures last
    assert rules.index("part/dropped") < rules.index("actor/person-named") < rules.index("part/renamed")
    assert rules.index("actor/person-dropped") < rules.index("actor/named") < rules.index("sentence/figures-changed")
    data = json.loads(run("compare", old, new, "--format", "json", "--fail-on", "never").out)
    assert [f["message"] for f in data["findings"]] == [f.message for f in comparison.findings]
    markdown = run("compare", old, new, "--format", "markdown", "--fail-on", "never").out
    at = [markdown.index(f"`{f.rule}`, ") for f in comparison.findings[:3]]
    assert at == sorted(at)
    terminal = run("compare", old, new, "--fail-on", "never", "--color", "never", "--width", "400").out
    firsts = [line.split("  [")[0] for line in terminal.splitlines() if line.startswith(("WARNING ", "INFO "))]
    assert [line.split(None, 1)[1] for line in firsts] == [f.message for f in comparison.findings]
    # no heading shown with the colon of a run-in label ("Wage and Hour Laws:" merged into its parent)
    assert "\u201cWage and Hour Laws\u201d merged into" in terminal
    assert "PHYSICAL ABUSE, PUNISHMENT, AND TORTURE\n" in terminal.replace(" \u2500", "\n")  # its part's rule
    assert "### Physical Abuse, Punishment, and Torture\n" in markdown
    for text in (terminal, markdown):
        assert not [form for form in (":\u201d", "Torture:]", "Torture:\n") if form in text]
    names = [p for f in data["findings"] for key in ("old_part", "new_part") for p in f["data"].get(key, "").split("; ")]
    assert "Wage and Hour Laws" in names and not [p for p in names if p.endswith(":")]
