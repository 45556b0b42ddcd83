"""The digest ranks countries by what changed in substance (parts renamed or dropped, people newly named,
figures changed), not by the share of changed sentences, which is high for every country of an HRR pair."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import FIXTURES
from tipdiff.compare import analyse_files
from tipdiff.facts.semantic import semantic_counts
from tipdiff.facts.vocabulary import load_vocabulary

ERAS = FIXTURES / "eras"
BASE = (ERAS / "veridia-2018.txt").read_text(encoding="utf-8")


def _reworded(text: str) -> str:
    """Many sentences touched, nothing of substance: a word changed in each."""
    return text.replace("The government", "The national government").replace("traffickers", "offenders")


def _substantive(text: str) -> str:
    """Few sentences touched: a person newly named, a figure changed, the profile part dropped."""
    text = text.replace("Courts convicted 14 traffickers", "Courts convicted 4 traffickers")
    text = text.replace("The MSWF referred 200 victims", "A deputy governor, Kol Varin, hid 12 victims; the MSWF "
                        "referred 200 victims")
    return text.split("\nTRAFFICKING PROFILE")[0] + "\n"


def test_semantic_counts_of_one_comparison(tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(BASE, encoding="utf-8")
    new.write_text(_substantive(BASE), encoding="utf-8")
    counts = semantic_counts(analyse_files(old, new), load_vocabulary())
    # one figure changed (14 -> 4 traffickers convicted); the 12 victims hidden are a figure stated for the first
    # time in an edited sentence, not a changed one (tipdiff.facts.edited_figures)
    assert (counts["parts dropped"], counts["people named"], counts["figures changed"]) == (1, 1, 1)
    new.write_text(_reworded(BASE), encoding="utf-8")
    counts = semantic_counts(analyse_files(old, new), load_vocabulary())
    assert (counts["parts dropped"], counts["people named"], counts["figures changed"]) == (0, 0, 0)


def test_digest_ranks_substance_above_share_of_changed_sentences(run, tmp_path: Path) -> None:
    old, new = tmp_path / "2018", tmp_path / "2019"
    old.mkdir()
    new.mkdir()
    for country in ("arcadia", "borduria"):
        text = BASE.replace("Veridia", country.title()).replace("VERIDIA", country.upper())
        (old / f"{country}.txt").write_text(text, encoding="utf-8")
    (new / "arcadia.txt").write_text(_reworded(BASE).replace("Veridia", "Arcadia").replace("VERIDIA", "ARCADIA"),
                                     encoding="utf-8")
    (new / "borduria.txt").write_text(_substantive(BASE).replace("Veridia", "Borduria").replace("VERIDIA", "BORDURIA"),
                                      encoding="utf-8")
    data = json.loads(run("compare", old, new, "--format", "json", "--jobs", "1").out)
    by_country = {c["country"]: c for c in data["countries"]}
    assert by_country["Arcadia"]["changed_share"] > by_country["Borduria"]["changed_share"]
    assert by_country["Borduria"]["score"] > by_country["Arcadia"]["score"]
    markdown = run("compare", old, new, "--format", "markdown", "--jobs", "1").out
    ranking = markdown.split("## Most changed in substance")[1]
    assert ranking.index("Borduria") < ranking.index("Arcadia")


def test_digest_lists_the_people_newly_named(run, tmp_path: Path) -> None:
    """Through the CLI: the names, in the order the new report names them, in the line and in the JSON."""
    old, new = tmp_path / "2018", tmp_path / "2019"
    old.mkdir()
    new.mkdir()
    (old / "veridia.txt").write_text(BASE, encoding="utf-8")
    text = BASE.replace("The MSWF referred 200 victims", "A deputy governor, Kol Varin, hid 12 victims; a police "
                        "chief, Sem Dara, took bribes; the MSWF referred 200 victims")
    (new / "veridia.txt").write_text(text, encoding="utf-8")
    data = json.loads(run("compare", old, new, "--format", "json", "--jobs", "1").out)
    assert data["countries"][0]["people_named"] == ["Kol Varin", "Sem Dara"]
    markdown = run("compare", old, new, "--format", "markdown", "--jobs", "1").out
    assert "2 people newly named (Kol Varin and Sem Dara)" in markdown
    assert markdown == run("compare", old, new, "--format", "markdown", "--jobs", "1").out  # the same every run
