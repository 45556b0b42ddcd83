"""The digest in every format says what a newsletter can paste: '1 part renamed', '2 people newly named', every
kind of change counted (split and merged too), no tier slot for a series without tiers, and JSON with
snake_case keys that validates against tipdiff/schemas/digest.schema.json."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from htmlcheck import Page
from rich.console import Console

from tipdiff.batch import CountrySummary, Pairing
from tipdiff.facts.semantic import KINDS
from tipdiff.model import CHANGE_KINDS
from tipdiff.render import digest
from tipdiff.render.html_digest import render_index

SCHEMA = json.loads(resources.files("tipdiff").joinpath("schemas/digest.schema.json").read_text(encoding="utf-8"))
HRR_SAMPLE = ("cambodia", "ghana", "norway")
# a count of one followed by a plural noun: '1 parts', 'one people', '1 figures changed'
BAD_SINGULAR = re.compile(r"\b(?:1|one) (?:people|[a-z]+s)\b(?! into| from)", re.IGNORECASE)


def _summary(country: str, n: int, *, tiers: bool) -> CountrySummary:
    counts = {kind: n for kind in CHANGE_KINDS}
    return CountrySummary(country, f"old/{country}.txt", f"new/{country}.txt", 2022, 2023,
                          "Tier 2" if tiers else None, "Tier 3" if tiers and n == 1 else ("Tier 2" if tiers else None),
                          counts, 10 * n, 10 * n, (("warning", "r/x", "something changed"),) * n,
                          tier_move="downgraded" if tiers and n == 1 else None, tier_steps=1 if tiers and n == 1 else 0,
                          semantic=dict.fromkeys(KINDS, n), has_tiers=tiers)


def _every_format(summaries: list[CountrySummary]) -> dict[str, str]:
    pairing = Pairing((), (), (), ())
    console = Console(record=True, width=200, color_system=None)
    digest.render_terminal(summaries, pairing, console)
    index = Page(render_index(summaries, pairing))
    texts = {"terminal": console.export_text(), "markdown": digest.render_markdown(summaries, pairing),
             "html": " ".join(e.text for e in index.tags("main"))}
    return {name: " ".join(text.split()) for name, text in texts.items()} | {
        "json": json.dumps(digest.digest_dict(summaries, pairing))}


@pytest.mark.parametrize("tiers", [True, False], ids=["tip", "hrr"])
def test_counts_of_one_are_singular_in_every_format(tiers: bool) -> None:
    outputs = _every_format([_summary("Arcadia", 1, tiers=tiers), _summary("Borduria", 2, tiers=tiers)])
    for name in ("terminal", "markdown", "html"):
        text = outputs[name]
        assert BAD_SINGULAR.findall(text) == [], name
        assert "1 part renamed" in text and "2 parts renamed" in text, name
        assert "1 person newly named" in text and "2 people newly named" in text, name
        assert "1 figure changed" in text and "2 figures changed" in text, name
    for name in ("terminal", "markdown"):  # every kind of change is counted in the country line
        assert "1 split into two, 1 merged from two" in outputs[name], name


def test_split_and_merged_are_columns_of_the_html_digest() -> None:
    summaries = [_summary("Arcadia", 1, tiers=True), _summary("Borduria", 2, tiers=True)]
    page = Page(render_index(summaries, Pairing((), (), (), ())))
    headings = [th.text for th in page.tags("th")]
    assert {"Split", "Merged", "Edited", "Score"} <= set(headings)
    assert {"Old tier", "New tier", "Move"} <= set(headings)


def test_a_series_without_tiers_shows_no_tier_slot() -> None:
    outputs = _every_format([_summary("Arcadia", 1, tiers=False), _summary("Borduria", 2, tiers=False)])
    for name in ("terminal", "markdown", "html"):
        assert "tier" not in outputs[name].lower(), name
    page = Page(render_index([_summary("Arcadia", 1, tiers=False)], Pairing((), (), (), ())))
    assert not [th for th in page.tags("th") if "tier" in th.text.lower() or th.text == "Move"]
    assert json.loads(outputs["json"])["has_tiers"] is False


def test_digest_json_has_snake_case_keys_and_validates() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    error = CountrySummary("Cote d'Ivoire", "a.txt", "b.txt", error="b.txt: the file is empty")
    data = json.loads(_every_format([_summary("Arcadia", 1, tiers=True), error])["json"])
    jsonschema.validate(data, SCHEMA)

    def keys(value: object) -> list[str]:
        if isinstance(value, dict):
            return [k for k, v in value.items() for k in (k, *keys(v))]
        if isinstance(value, list):
            return [k for item in value for k in keys(item)]
        return []

    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", key) for key in keys(data)), keys(data)
    assert data["countries"][0]["semantic"]["parts_renamed"] == 1
    data["countries"][0]["semantic"]["parts renamed"] = 1
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


@pytest.fixture
def hrr_sample(shared: Path, tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "2022", tmp_path / "2023"
    old.mkdir()
    new.mkdir()
    for country in HRR_SAMPLE:
        (old / f"{country}.html").symlink_to(shared / "corpus" / "hrr" / "2022" / f"{country}.html")
        (new / f"{country}.html").symlink_to(shared / "corpus" / "hrr" / "2023" / f"{country}.html")
    return old, new


def test_hrr_digest_in_every_format(run, hrr_sample: tuple[Path, Path], tmp_path: Path) -> None:
    old, new = hrr_sample
    data = json.loads(run("compare", old, new, "--format", "json", "--jobs", "1").out)
    jsonschema.validate(data, SCHEMA)
    assert data["has_tiers"] is False
    cambodia = next(c for c in data["countries"] if c["country"] == "Cambodia")
    # Section 4's new heading, Section 5's (it differs past the part name's 60 characters), and "d.
    # Discrimination with Respect to ..." now "d. Discrimination (see section 6)"
    assert cambodia["semantic"]["parts_renamed"] == 3 and cambodia["counts"]["split"] >= 1
    out = tmp_path / "site"
    assert run("compare", old, new, "--format", "html", "-o", out, "--jobs", "1").code == 0
    index = Page((out / "index.html").read_text(encoding="utf-8"))
    texts = {"terminal": run("compare", old, new, "--jobs", "1").out,
             "markdown": run("compare", old, new, "--format", "markdown", "--jobs", "1").out,
             "html": " ".join(e.text for e in index.tags("main"))}
    for name, text in texts.items():
        text = " ".join(text.split())
        assert BAD_SINGULAR.findall(text) == [], name
        assert "tier" not in text.lower(), name
        assert "Cambodia" in text and "3 parts renamed" in text and "1 part dropped" in text, name


def test_the_html_table_without_findings_is_most_changed_first() -> None:
    small, large = _summary("Arcadia", 1, tiers=False), _summary("Borduria", 2, tiers=False)
    small, large = (CountrySummary(**{**s.__dict__, "findings": ()}) for s in (small, large))
    page = Page(render_index([small, large], Pairing((), (), (), ())))
    rows = [a.text for a in page.tags("a") if a.attrs.get("href", "").endswith(".html")]
    assert rows[-2:] == ["Borduria", "Arcadia"]


def test_people_newly_named_are_listed_by_name_bounded_in_every_format() -> None:
    named = ("Tola Menhir", "Rin Sovan", "Dara Kosal", "Hem Bora", "Chan Rithy", "Sok Vanna", "Keo Dara")
    semantic = dict.fromkeys(KINDS, 0) | {"people named": 7, "people dropped": 1}
    summary = CountrySummary("Arcadia", "old/arcadia.txt", "new/arcadia.txt", 2022, 2023, None, None,
                             {"edited": 3}, 10, 10, semantic=semantic, has_tiers=False,
                             people_named=named, people_dropped=("Marcus Dellan",))
    outputs = _every_format([summary])
    for name in ("terminal", "markdown", "html"):
        text = outputs[name]
        assert ("7 people newly named (Tola Menhir, Rin Sovan, Dara Kosal, Hem Bora, Chan Rithy and 2 more)"
                in text), (name, text)
        assert "1 person no longer named (Marcus Dellan)" in text, name
        assert "Keo Dara" not in text, name  # bounded: the rest are counted
    data = json.loads(outputs["json"])
    jsonschema.validate(data, SCHEMA)
    country = data["countries"][0]
    assert country["people_named"] == list(named)  # all of them, in the order the report names them
    assert country["people_dropped"] == ["Marcus Dellan"]
