"""What is read as an actor on the shapes of the Human Rights Reports: an organisation or a company is never a
place, a name is never a fragment of a longer one nor fused with the next, lower-case particles belong to a
person's name, and a person spelled one letter apart in two years is one person. Fire/quiet pairs in our own
words, then the real pages by path."""

from __future__ import annotations

from pathlib import Path

import pytest

from tipdiff.compare import analyse_files, analyse_reports
from tipdiff.facts import extract_facts
from tipdiff.facts.variants import one_respelling
from tipdiff.ingest import load_report, report_from_text
from tipdiff.options import Options


def kinds(sentences: str) -> dict[str, str]:
    """Actor name -> kind, read from `sentences` in a one-part Veridia report."""
    report = report_from_text("VERIDIA: Tier 2\n\nPROTECTION\n\n" + sentences + "\n")
    return {a.name: a.kind for a in extract_facts(report).actors.values()}


# --- organisations and companies are never places -------------------------------------------------------------

def test_a_source_after_according_to_is_no_place_but_a_place_after_to_is() -> None:
    quiet = kinds("According to Intersex Veridia, surgeries went on. According to Kessa Equality Network, "
                  "families forced therapy.")
    assert quiet == {}, quiet
    assert kinds("Victims were moved to Kessa and Ostria.") == {"Kessa": "place", "Ostria": "place"}


def test_companies_and_brands_are_no_places() -> None:
    found = kinds("The mayor refused to pay the fee to Dorlan Tech Plus Company for two trucks. A lingerie maker, "
                  "a supplier to Marla Jeans and Tova Brand, owed wages. Workers from Velta Garment Factory in "
                  "Sarn Province were dismissed. Students at Kessa University protested.")
    assert found == {"Sarn Province": "place"}, found


def test_a_place_word_as_a_modifier_names_the_place_before_it() -> None:
    assert kinds("In July a Port Delmar city councilor was arrested.") == {"Port Delmar": "place"}
    assert kinds("Victims were held in Port Delmar city.") == {"Port Delmar city": "place"}
    assert kinds("Citing state media, the group reported abuses. Egyptian state media agreed.") == {}


def test_adjectives_titles_and_owned_things_are_no_places() -> None:
    found = kinds("Fighting went on in Houthi-held areas and in Russia-occupied Crimea. See the part on "
                  "Discrimination with Respect to Employment and Occupation. Refugees fled in Russia’s February "
                  "offensive; others waited in Cox’s Bazar.")
    assert found == {"Crimea": "place", "Cox’s Bazar": "place"}, found


def test_a_surname_alone_is_the_person_not_a_place() -> None:
    found = kinds("The journalist Tor Velan fled. Officials gave protection to Velan in Sarn.")
    assert found == {"Tor Velan": "person", "Sarn": "place"}, found


# --- fragments and fused spans --------------------------------------------------------------------------------

def test_a_name_cut_from_a_longer_one_is_no_place_and_a_long_place_is_whole() -> None:
    found = kinds("A soldier from Internal Security Operations Command took him away. The Labor Protection in "
                  "Fishing Work law applies. He was shot in Amphoe Wang Wiset District of Trang Province. "
                  "Officials in Nakhon Si Thammarat Province and in Rif Dimashq Governorate March 9 met.")
    assert "Internal Security Operations" not in found and "Fishing Work" not in found, found
    assert {"Amphoe Wang Wiset District", "Nakhon Si Thammarat Province"} <= set(found), found
    assert found.get("Rif Dimashq Governorate") == "place", found


def test_no_opening_words_or_dates_in_a_body_name() -> None:
    found = kinds("In April the National Ethics Commission (NEC) opened a case. Police in July charged two "
                  "men. See Freedom of Peaceful Assembly, August arrests. In July the Government Drug "
                  "Organization sued a doctor.")
    assert found == {"National Ethics Commission": "body", "Government Drug Organization": "body"}, found


def test_a_heading_and_a_plural_acronym_are_no_body() -> None:
    assert kinds("Retribution against Rights Defenders (RDs): Police watched activists.") == {}
    assert kinds("The Border Labor Office (BLO) inspected farms.") == {"Border Labor Office": "body"}


def test_a_list_of_bodies_is_read_as_several_and_a_listed_portfolio_as_one() -> None:
    found = kinds("In meetings with the ECU, National Assembly, the NEB, the Veridian Rights Committee (VRC), "
                  "and NGOs, she raised concerns. The Ministry of Social Affairs, Veterans, and Youth "
                  "Rehabilitation and the Ministry of Labor, Invalids and Social Affairs met.")
    assert found == {"National Assembly": "body", "Veridian Rights Committee": "body",
                     "Ministry of Social Affairs, Veterans, and Youth Rehabilitation": "body",
                     "Ministry of Labor, Invalids and Social Affairs": "body"}, found


def test_a_body_and_the_person_named_after_it_are_two_actors() -> None:
    found = kinds("In August the deputy secretary-general of the National Ethics Commission, Tor Velan, was "
                  "dismissed. Initially Mira Osk, the secretary of the High Council, agreed.")
    assert found == {"National Ethics Commission": "body", "Tor Velan": "person", "Mira Osk": "person",
                     "High Council": "body"}, found
    quiet = kinds("He was threatened by the mayor of Pervo, Nikol Oblast. A workshop on Violence Against "
                  "Children, the permanent secretary said, was useful.")
    assert not [n for n, k in quiet.items() if k == "person"], quiet


def test_a_body_named_after_the_country_is_a_body_and_the_country_is_not() -> None:
    found = kinds("The Veridia National Police Commission met. Veridians and the Veridian government agreed.")
    assert found == {"Veridia National Police Commission": "body"}, found


# --- particles inside a person's name -------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("Former President Luiz Inácio Lula da Silva won.", "Luiz Inácio Lula da Silva"),
    ("They met President Ursula von der Leyen.", "Ursula von der Leyen"),
    ("The activist Anwar bin Ibrahim spoke.", "Anwar bin Ibrahim"),
    ("The journalist Siti binti Aziz spoke.", "Siti binti Aziz"),
    ("The journalist Ahmad al-Rashid spoke.", "Ahmad al-Rashid"),
    ("The lawyer Leody de Guzman spoke.", "Leody de Guzman"),
])
def test_lower_case_particles_between_name_words_are_the_name(sentence: str, name: str) -> None:
    assert kinds(sentence) == {name: "person"}


def test_a_particle_before_or_after_the_name_is_not_the_name() -> None:
    assert kinds("The journalist Sok Dara de facto led the group.") == {"Sok Dara": "person"}
    assert kinds("The journalist da Silva spoke.") == {}


# --- one person spelled two ways ------------------------------------------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("Luis Inácio Lula da Silva", "Luiz Inácio Lula da Silva"), ("Prayut Chan-o-cha", "Prayuth Chan-o-cha"),
    ("Mohamed Salah", "Mohammed Salah"), ("Sor Vannak", "Sor Vannakh")])
def test_one_letter_apart_in_one_word_is_one_person(first: str, second: str) -> None:
    assert one_respelling(first, second) and one_respelling(second, first)


@pytest.mark.parametrize("first, second", [
    ("Hun Sen", "Hun Manet"), ("Sok Dara", "Sok Tara"), ("Hun Sen", "Hun Sem"), ("Kem Sokha", "Kem Sokha"),
    ("Marek Ostrava Dell", "Marec Ostrava Dall"), ("Dara", "Darra"), ("Sok Dara", "Sok Dara Vann")])
def test_different_names_are_different_people(first: str, second: str) -> None:
    assert not one_respelling(first, second)


def test_a_respelled_person_is_one_note_not_one_new_and_one_gone() -> None:
    old = report_from_text("VERIDIA: Tier 3\n\nPROSECUTION\n\nCourts heard that tycoon Luiz Vannak Dell owned "
                           "a compound. Courts heard that tycoon Hun Sen owned land.\n")
    new = report_from_text("VERIDIA: Tier 3\n\nPROSECUTION\n\nCourts heard that tycoon Luis Vannak Dell owned "
                           "a compound. Courts heard that tycoon Hun Manet owned land.\n")
    found = sorted(f.message for f in analyse_reports(old, new, Options()).findings if f.rule.startswith("actor/"))
    assert found == ["Named for the first time: Hun Manet", "No longer named: Hun Sen",
                     "Spelled differently: Luis Vannak Dell (was Luiz Vannak Dell)"], found


# --- the real pages -------------------------------------------------------------------------------------------

def actor_messages(shared: Path, old: str, new: str) -> list[str]:
    comparison = analyse_files(shared / "corpus/hrr" / old, shared / "corpus/hrr" / new)
    return [f.message for f in comparison.findings if f.rule.startswith("actor/")]


def test_thailand_2021_to_2022_reads_no_organisation_as_a_place_and_no_fused_body(shared: Path) -> None:
    messages = actor_messages(shared, "2021/thailand.html", "2022/thailand.html")
    text = "\n".join(messages)
    for junk in ("Intersex Thailand", "Marriage Equality Network", "Ponlavit Tech Plus", "Lane Bryant",
                 "Victoria Secret", "Bangkok city", "Assembly, August", "Retribution against",
                 "Commission, Prayad", "In April the", "Thammasat University"):
        assert junk not in text, (junk, messages)
    assert "Named for the first time: Prayad Puangchampa" in messages, messages
    assert "No longer named (place): Amphoe Wang Wiset District" in messages, messages


def test_thailand_and_malaysia_and_cambodia_fragments_on_the_real_pages(shared: Path) -> None:
    def names(path: str) -> dict[str, str]:
        return {a.name: a.kind for a in extract_facts(load_report(shared / "corpus/hrr" / path)).actors.values()}
    thailand = names("2020/thailand.html")
    assert "Internal Security Operations" not in thailand and "Body Fashion Factory" not in thailand
    assert not [n for n in names("2021/thailand.html") if "Fishing Work" in n]
    assert "Police in July" not in names("2022/malaysia.html")
    cambodia = names("2019/cambodia.html")
    assert not [n for n in cambodia if "ACU," in n], cambodia
    assert cambodia.get("National Assembly") == "body" and cambodia.get("Cambodian Human Rights Committee") == "body"


def test_brazil_2022_to_2023_lula_spelled_two_ways_is_one_note(shared: Path) -> None:
    messages = actor_messages(shared, "2022/brazil.html", "2023/brazil.html")
    lula = [m for m in messages if "Lula" in m]
    assert lula == ["Spelled differently: Luis Inácio Lula da Silva (was Luiz Inácio Lula da Silva)"], lula
