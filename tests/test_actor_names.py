"""People and places as the reports name them (issue 12, item 3): people outside government in apposition or
after a role, a name without its possessive or its rank, offices that are no name, places in lists, and the
report's own definition of an acronym shown while the alias table keys the actor. In every era fixture, and on
the real Human Rights Report pages when ../shared is present. All sentences here are our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_actor_kinds import ERA_FILES, with_added

from conftest import FIXTURES
from tipdiff.compare import analyse_reports
from tipdiff.facts import extract_facts
from tipdiff.facts.persons import persons
from tipdiff.facts.semantic import semantic_counts
from tipdiff.facts.vocabulary import load_vocabulary
from tipdiff.ingest import load_report, report_from_text
from tipdiff.options import Options

PEOPLE = ("Police detained Sor Vanna, a labor activist, for a week. The journalist Mey Chanthy wrote about it, "
          "and opposition leader Keo Ratha was fined. A court sentenced Lim Sophal, the union leader, to prison.")
TITLED = ("Deputy Prime Minister General Tol Maren chaired the committee. Prime Minister Ouk Samnang’s son owned "
          "the compound. The Judge Advocate General reviewed the case.")


def actors_of(text: str, name: str = "veridia.txt") -> dict[str, tuple[str, str]]:
    """key -> (kind, name shown)."""
    return {a.key: (a.kind, a.name) for a in extract_facts(report_from_text(text, name)).actors.values()}


@pytest.mark.parametrize("path", ERA_FILES, ids=lambda p: p.name)
def test_people_outside_government_in_every_era(path: Path) -> None:
    found = actors_of(with_added(path, PEOPLE), path.name)
    for key in ("sor vanna", "mey chanthy", "keo ratha", "lim sophal"):
        assert found.get(key, ("", ""))[0] == "person", (key, found)


@pytest.mark.parametrize("path", ERA_FILES, ids=lambda p: p.name)
def test_a_name_without_its_possessive_or_rank_and_no_office_as_a_name(path: Path) -> None:
    found = actors_of(with_added(path, TITLED), path.name)
    assert found.get("tol maren") == ("person", "Tol Maren"), found
    assert found.get("ouk samnang") == ("person", "Ouk Samnang"), found
    assert not [k for k in found if "general" in k or "’s" in k or "'s" in k], found


def test_the_digest_counts_a_person_once_whatever_titles_or_possessive() -> None:
    vocabulary = load_vocabulary()
    names = {name for text in (TITLED, "Tol Maren resigned; General Tol Maren’s deputy stayed.")
             for name, _ in persons(text, vocabulary)}
    assert names == {"Tol Maren", "Ouk Samnang"}
    old = report_from_text("VERIDIA: Tier 2\n\nPROSECUTION\n\nThe court heard the case of Tol Maren.\n")
    new = report_from_text("VERIDIA: Tier 2\n\nPROSECUTION\n\nThe court heard the case of General Tol Maren’s "
                           "driver; opposition leader Keo Ratha spoke.\n")
    counts = semantic_counts(analyse_reports(old, new, Options()), vocabulary)
    assert counts["people named"] == 1  # Keo Ratha; Tol Maren was named last year under no title


@pytest.mark.parametrize("path", ERA_FILES, ids=lambda p: p.name)
def test_places_in_lists(path: Path) -> None:
    found = actors_of(with_added(path, "Recruiters sent victims to Fendar, Gorlia, and the Middle East, and "
                                       "from Kelvany or Dremia. In Sarn, Tavish workers struck; leaflets in "
                                       "Kessish, English, and Arabic were seized."), path.name)
    for key in ("fendar", "gorlia", "middle east", "kelvany", "dremia"):
        assert found.get(key, ("", ""))[0] == "place", (key, found)
    assert not {"tavish", "tavish workers", "english", "arabic", "kessish"} & set(found), found


def test_the_report_s_own_definition_is_shown_and_the_alias_keys_it_across_years() -> None:
    old = report_from_text("VERIDIA: Tier 2\n\nPROSECUTION\n\nThe Anti-Human Trafficking Juvenile Police (AHTJP) "
                           "raided two bars. The AHTJP arrested 12 suspects.\n")
    new = report_from_text("VERIDIA: Tier 2\n\nPROSECUTION\n\nThe AHTJP arrested 15 suspects. The Anti-Human "
                           "Trafficking and Juvenile Protection Department (AHTJP) raided four bars.\n")
    olds, news = (extract_facts(r).actors for r in (old, new))
    key = "anti-human trafficking and juvenile protection department"
    assert olds[key].name == "Anti-Human Trafficking Juvenile Police"  # the report's words, not the table's
    assert news[key].name == "Anti-Human Trafficking and Juvenile Protection Department"
    findings = [f.message for f in analyse_reports(old, new, Options()).findings if f.rule.startswith("actor/")]
    assert findings == []  # one body, defined in other words


def test_the_user_s_alias_name_is_shown(tmp_path: Path) -> None:
    own = tmp_path / "vocabulary.yaml"
    own.write_text("aliases:\n  Juvenile Police Department: [AHTJP]\n", encoding="utf-8")
    report = report_from_text("VERIDIA: Tier 2\n\nPROSECUTION\n\nThe Anti-Human Trafficking Juvenile Police "
                              "(AHTJP) raided two bars.\n")
    actors = extract_facts(report, load_vocabulary(str(own))).actors
    assert actors["juvenile police department"].name == "Juvenile Police Department"


def test_people_named_on_the_real_hrr_pages(shared: Path) -> None:
    """Facts from the real 2023 Cambodia and 2020 Thailand pages: activists, journalists and opposition
    figures named after a role or in apposition, with no honorific."""
    cambodia = {a.name for a in extract_facts(load_report(shared / "corpus/hrr/2023/cambodia.html")).actors.values()
                if a.kind == "person"}
    assert {"Kem Sokha", "Sam Rainsy", "Chhim Sithar", "Hun Sen"} <= cambodia, cambodia
    assert not [n for n in cambodia if n.endswith(("’s", "'s")) or n.split()[0] in ("General", "Prime")], cambodia
    thailand = {a.name for a in extract_facts(load_report(shared / "corpus/hrr/2020/thailand.html")).actors.values()
                if a.kind == "person"}
    assert "Wanchalearm Satsaksit" in thailand, thailand
    assert FIXTURES.is_dir()


def test_hyphenated_names_whole_and_portfolios_never_a_name() -> None:
    found = actors_of("VERIDIA: Tier 2\n\nPROSECUTION\n\nMinister Lena Vorn-Ashby met the governor, Tam Sok-Heng, "
                      "and the Minister of Home Affairs. Chief of General Staff Ivo Marren resigned.\n")
    people = {name for kind, name in found.values() if kind == "person"}
    assert people == {"Lena Vorn-Ashby", "Tam Sok-Heng", "Ivo Marren"}, found


def test_names_with_accents_prefixes_and_possessive_s_whole() -> None:
    """Real people's names as the reports spell them (facts): letters beyond ASCII, "Mac"/"O’" before a
    capital, a possessive written as a bare apostrophe after s."""
    vocabulary = load_vocabulary()
    found = {name for text in ("Aníbal Fernández, a senator, spoke.", "The journalist Lynne O’Donnell left.",
                               "Minister Ida Erämaa met the journalist Andrew MacGregor Marshall.",
                               "Prime Minister Juri Ratas’ party won.")
             for name, _ in persons(text, vocabulary)}
    assert found == {"Aníbal Fernández", "Lynne O’Donnell", "Ida Erämaa", "Andrew MacGregor Marshall",
                     "Juri Ratas"}, found
