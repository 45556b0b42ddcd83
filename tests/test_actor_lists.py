"""Two names listed with "and" are two actors, and a capitalised phrase that names a document, a ranking, a company
or a group is no person (the HRR trial, 2022->2023 pages). Each kind: sentences that fire, look-alikes that stay
quiet (our own words), and the real pages by path.

1. A body's name runs into the next name across "and": split where the sentence says names are listed ("the NGOs
   X and Y", "rights groups, including X and Y"), where a body ending in its head is followed by another body
   ("the Senate and National Assembly"), and where a list closes with ", and" after a single name; a kind or an
   owner written as an acronym before the name ("the NGOs X", "the UN X") is no part of it, so one body reads the
   same in every sentence. Names with "and" inside stay whole.
2. A person reader took a title for a person: a lower-case portfolio running on through a verb ("the minister of
   culture replied to the ... Index"), "the General" of a title read as a rank, a name ending in a document's or
   a group's noun.
3. A document a body wrote read as a body ("the Department of State’s ... Statement", "the Supreme Court Annual
   Report"): the body alone, or nothing when the title cannot be told from the body's own name.
4. An office and its holder written after a body ("the Supreme Court Chairperson X"): the body, and X a person.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import actor_kinds as kinds
from conftest import real_actor_kinds as real
from tipdiff.compare import analyse_files, analyse_reports
from tipdiff.ingest import report_from_text
from tipdiff.options import Options


def _actor_findings(old_body: str, new_body: str) -> list[str]:
    old, new = (report_from_text(f"VERIDIA: Tier 2\n\nPROSECUTION\n\n{body}\n", f"veridia-{year}.txt")
                for body, year in ((old_body, 2023), (new_body, 2024)))
    return [f.message for f in analyse_reports(old, new, Options()).findings if f.rule.startswith("actor/")]


# 1. Two names across "and".
@pytest.mark.parametrize(("body", "expected"), [
    ("On May 2, the NGOs Green Aid Council for Migrants and Fairhaven published a study.",
     {"Green Aid Council for Migrants": "body"}),
    ("Several NGOs, including the Green Aid Council for Migrants and Open Doors Now, objected to the rule.",
     {"Green Aid Council for Migrants": "body"}),
    ("Rights groups such as the Green Aid Council for Migrants and Harbor Watch Collective filed appeals.",
     {"Green Aid Council for Migrants": "body"}),
    ("The Senate and National Assembly passed the budget.", {"National Assembly": "body"}),
    ("The Supreme Court and Constitutional Court both heard the appeal.",
     {"Supreme Court": "body", "Constitutional Court": "body"}),
    ("Officers of the Ministry of Finance, the State Tax Committee, and Customs Service met twice.",
     {"Ministry of Finance": "body", "State Tax Committee": "body"}),
    ("The UN Human Rights Committee asked for data.", {"Human Rights Committee": "body"}),
    ("Bodies such as the Inquiry Office of Kessa, Office of the Police Review Director in Sarn, and Ostrian "
     "Incident Response Team looked into it.", {"Inquiry Office of Kessa": "body",
                                                "Office of the Police Review Director in Sarn": "body"}),
    ("In May the NGOs Vale Foundation, Ostrian Helsinki Committee, Lawyers Council for Rights, Kersa Fund, and "
     "Network of Experts petitioned the court.", {"Ostrian Helsinki Committee": "body",
                                                  "Lawyers Council for Rights": "body"}),
])
def test_two_names_across_and_are_two(body: str, expected: dict[str, str]) -> None:
    assert kinds(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Ministry of Labor and Social Welfare inspected farms.", {"Ministry of Labor and Social Welfare": "body"}),
    ("The Commission on Human Rights and Administrative Justice opened a case.",
     {"Commission on Human Rights and Administrative Justice": "body"}),
    ("The Court of Bosnia and Herzegovina heard the case.", {"Court of Bosnia and Herzegovina": "body"}),
    ("The Police and Prisons Service opened a clinic.", {"Police and Prisons Service": "body"}),
    ("The Ministry of Police and Fire Services met.", {"Ministry of Police and Fire Services": "body"}),
    ("Officers trained with NGOs and the Ministries of Health, Labor, and Justice.",
     {"Ministries of Health, Labor, and Justice": "body"}),
    ("Several groups, including the Ministry of Labor and Social Welfare, signed the plan.",
     {"Ministry of Labor and Social Welfare": "body"}),
    ("The Ministry of Social Affairs, Veterans, and Youth Rehabilitation met.",
     {"Ministry of Social Affairs, Veterans, and Youth Rehabilitation": "body"}),
    ("The NGO Green Aid Council for Migrants and Refugees published a study.",
     {"Green Aid Council for Migrants and Refugees": "body"}),
    ("In October, Veridia’s State Commission on Prisoners of War, Hostages, and Missing Persons met.",
     {"Veridia’s State Commission on Prisoners of War, Hostages, and Missing Persons": "body"}),
])
def test_one_name_with_and_inside_stays_whole(body: str, expected: dict[str, str]) -> None:
    assert kinds(body) == expected


def test_one_body_reads_the_same_in_a_list_and_alone() -> None:
    listed = "On May 2, the NGOs Green Aid Council for Migrants and Fairhaven published a study."
    alone = "The Green Aid Council for Migrants filed an appeal."
    assert _actor_findings(listed, alone) == []
    assert _actor_findings(listed, "Courts heard no appeals.") == [
        "No longer named (body): Green Aid Council for Migrants"]


# 2. Titles read as persons.
@pytest.mark.parametrize("body", [
    "In May the minister of culture replied to the Global Media Freedom Ranking with a statement.",
    "The minister of labor welcomed the Annual Press Index published abroad.",
    "The court applied the General Restitution Law to the claim.",
    "In June the General Dockworkers Union called a strike.",
    "Twelve employees of the Veridian General Warehouse Company were charged.",
    "The 1996 General Framework Agreement ended the war.",
    "The Minister of Migration and Asylum Dellanos announced a rule.",
    "The minister of defense authorized the Veridian Population Registry to act.",
])
def test_a_title_is_no_person(body: str) -> None:
    assert not [n for n, k in kinds(body).items() if k == "person"], kinds(body)


@pytest.mark.parametrize(("body", "name"), [
    ("Police said the minister of health Sok Dara approved the plan.", "Sok Dara"),
    ("The minister of foreign affairs and international cooperation Sok Dara met them.", "Sok Dara"),
    ("General Tol Maren ordered the raid.", "Tol Maren"),
    ("Police detained activist Nathan Law after the march.", "Nathan Law"),
    ("Gunmen kidnapped Senator Ama Dellano, a member of the ruling party.", "Ama Dellano"),
    ("A court jailed former Minister of Roads and current member of parliament Dara Sevan.", "Dara Sevan"),
    ("A court jailed former Minister of Trade under former President Sok Dara, Chan Rithy Vann (known as Bo).",
     "Chan Rithy Vann"),
])
def test_a_person_after_a_role_is_still_read(body: str, name: str) -> None:
    assert kinds(body).get(name) == "person", kinds(body)


def test_a_ranking_is_never_named_for_the_first_time_but_a_person_is() -> None:
    old = "The government decreased law enforcement efforts."
    new = ("The minister of culture replied to the Global Media Freedom Ranking. Police questioned a district "
           "governor, Tola Menhir, about a raid.")
    assert _actor_findings(old, new) == ["Named for the first time: Tola Menhir"]


# The real pages.
def test_real_greek_ngos_are_read_one_by_one(shared: Path) -> None:
    greece = real(shared, 2022, "greece")
    assert greece.get("Greek Council for Refugees") == "body"
    assert not [n for n in greece if "Oxfam" in n or "Solidarity Now" in n or "Refugee Support" in n], greece
    assert "Council for Refugees" not in greece
    hrr = shared / "corpus" / "hrr"
    findings = [f.message for f in analyse_files(hrr / "2022" / "greece.html", hrr / "2023" / "greece.html").findings
                if f.rule.startswith("actor/")]
    assert not [m for m in findings if "Council for Refugees" in m], findings  # named both years
    assert "Named for the first time: Ilias Kasidiaris" in findings  # a real person still fires


def test_real_freedom_ranking_is_no_person(shared: Path) -> None:
    madagascar = real(shared, 2022, "madagascar")
    assert not [n for n, k in madagascar.items() if k == "person" and "Ranking" in n], madagascar
    assert madagascar.get("Mbola Rajaonah") == "person"
    hrr = shared / "corpus" / "hrr"
    findings = [f.message for f in analyse_files(hrr / "2022" / "madagascar.html",
                                                 hrr / "2023" / "madagascar.html").findings
                if f.rule.startswith("actor/person")]
    assert "No longer named: Mbola Rajaonah" in findings and not [m for m in findings if "Ranking" in m], findings
    assert "Named for the first time: Harry Laurent Rahajason" in findings  # after a minister's portfolio


# 3. A document a body wrote, read as a body: the body alone is named.
@pytest.mark.parametrize(("body", "expected"), [
    ("Readers may consult the Department of State’s Investment Climate Statement for Veridia.",
     {"Department of State": "body"}),
    ("Readers may consult the Department of Labor’s List of Goods Produced by Forced Labor.",
     {"Department of Labor": "body"}),
    ("The Supreme Court Annual Report counted the cases.", {"Supreme Court": "body"}),
    ("A Security Council Resolution renewed the mission.", {"Security Council": "body"}),
    ("The Veridian Ministry of Labor and Employment Annual Report counted the cases.", {}),
])
def test_a_document_is_no_body(body: str, expected: dict[str, str]) -> None:
    assert kinds(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Ministry of Women’s Affairs ran a campaign.", {"Ministry of Women’s Affairs": "body"}),
    ("The Attorney General’s Office charged him.", {"Attorney General’s Office": "body"}),
    ("The Ministry of Labor’s Department of Mines inspected the site.",
     {"Ministry of Labor’s Department of Mines": "body"}),
    ("The Department for Business, Energy, and Industrial Strategy ran a survey.",
     {"Department for Business, Energy, and Industrial Strategy": "body"}),
])
def test_a_body_s_own_name_stays(body: str, expected: dict[str, str]) -> None:
    assert kinds(body) == expected


def test_a_report_title_reworded_is_no_change() -> None:
    old = "See the Department of State’s Investment Climate Statement for Veridia."
    new = "See the Department of State’s International Narcotics Control Strategy Report."
    assert _actor_findings(old, new) == []


def test_real_report_titles_are_no_bodies(shared: Path) -> None:
    hrr = shared / "corpus" / "hrr"
    for country in ("botswana", "liberia", "rwanda"):
        findings = [f.message for f in analyse_files(hrr / "2022" / f"{country}.html",
                                                     hrr / "2023" / f"{country}.html").findings
                    if f.rule.startswith("actor/")]
        assert not [m for m in findings if "Statement" in m or "Report" in m or "List of" in m], (country, findings)


# 4. An office and its holder written after a body: the body, and the holder a person.
@pytest.mark.parametrize(("body", "expected"), [
    ("The Supreme Court Chairperson Vellan Drask was arrested.", {"Supreme Court": "body", "Vellan Drask": "person"}),
    ("The Ministry of Health’s Permanent Secretary Oren Malu resigned.",
     {"Ministry of Health": "body", "Oren Malu": "person"}),
    ("The Security Intelligence Agency Director Sok Dara spoke.", {"Security Intelligence Agency": "body"}),
    ("Police Spokesperson Rae Tamun denied the claim.", {"Rae Tamun": "person"}),
    ("The People’s Consultative Agency Deputy Chairperson Yan Doru spoke.",
     {"People’s Consultative Agency": "body", "Yan Doru": "person"}),
    ("The Veridian Workers Party Chairman Sok Dara Vann (Bong) was sworn in.", {"Sok Dara Vann": "person"}),
    ("The Supreme Court Chief Justice Myro Nikol retired.", {"Supreme Court": "body"}),
    ("The army spokesperson Major General Lul Dara Koang denied it.", {"Lul Dara Koang": "person"}),
])
def test_an_office_and_its_holder_are_no_part_of_a_body(body: str, expected: dict[str, str]) -> None:
    assert kinds(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("The Office of the Prosecutor General charged him.", {"Office of the Prosecutor General": "body"}),
    ("The Office of the Director of Public Prosecutions charged him.",
     {"Office of the Director of Public Prosecutions": "body"}),
    ("The Office of the President issued a decree.", {"Office of the President": "body"}),
    ("The Office of the Chief Ombudsman opened a case.", {"Office of the Chief Ombudsman": "body"}),
    ("A spokesperson for the ministry denied it.", {}),
])
def test_an_office_in_a_body_s_name_stays(body: str, expected: dict[str, str]) -> None:
    assert kinds(body) == expected


def test_real_office_holders_are_people_not_bodies(shared: Path) -> None:
    ukraine = real(shared, 2023, "ukraine")
    assert not [n for n in ukraine if "Chairperson" in n], ukraine
    assert ukraine.get("Vsevolod Knyazev") == "person"
    zambia = real(shared, 2023, "zambia")
    assert not [n for n in zambia if "Spokesperson" in n or "Permanent Secretary" in n], zambia
    nepal = real(shared, 2022, "nepal")  # the party chairman's other name in parentheses is no acronym
    assert nepal.get("Pushpa Kamal Dahal") == "person" and not [n for n in nepal if "Chairman" in n], nepal
