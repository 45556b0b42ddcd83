"""The fact layer on its own: what each version states, with the sentence it rests on."""

from conftest import FIXTURES, SEED_2019, SERIES
from tipdiff.facts import extract_facts
from tipdiff.facts.status import FORMULA_NOT_SIGNIFICANT, FORMULA_SIGNIFICANT
from tipdiff.ingest import load_report, report_from_text


def facts(path):
    return extract_facts(load_report(path))


def test_tier_move_formula_and_efforts() -> None:
    f2019, f2020, f2021, f2022 = (facts(SERIES / f"{y}.txt") for y in (2019, 2020, 2021, 2022))
    assert [f.tier.value for f in (f2019, f2020, f2021, f2022)] == ["Tier 2", "Tier 2 Watch List",
                                                                   "Tier 2 Watch List", "Tier 3"]
    assert [f.move.value for f in (f2019, f2020, f2021, f2022)] == ["remained", "downgraded", "remained", "downgraded"]
    assert f2019.formula.value == FORMULA_SIGNIFICANT and f2022.formula.value == FORMULA_NOT_SIGNIFICANT
    assert f2019.increasing_efforts.value == "demonstrated increasing efforts"
    assert f2020.increasing_efforts.value == "did not demonstrate increasing efforts"
    assert f2021.waiver is not None and f2020.waiver is None
    assert "state_sponsor" in f2022.designations and not f2021.designations


def test_part_verdicts_keep_their_qualifier() -> None:
    assert {k: v.value for k, v in facts(SERIES / "2022.txt").verdicts.items()} == {
        "prosecution": "decreased", "protection": "decreased", "prevention": "decreased"}
    assert facts(FIXTURES / "cambodia" / "cambodia-2019.txt").verdicts["prosecution"].value == "maintained insufficient"


def test_figures_with_prior_year_split_and_not_reported() -> None:
    f2019 = facts(SERIES / "2019.txt").figures
    convictions = f2019["convictions"]
    assert (convictions.value, convictions.prior, convictions.prior_year) == (31, 22, 2017)
    identified = f2019["victims_identified"]
    assert (identified.value, identified.labor, identified.sex) == (143, 97, 46)
    f2022 = facts(SERIES / "2022.txt").figures
    assert f2022["victims_identified"].value is None and f2022["victims_identified"].prior == 160
    assert f2022["labor_inspections"].value is None and f2022["labor_inspections"].prior == 1700
    assert f2022["investigations"].value == 88, "the overview's summary must not override the part's figure"


def test_nearest_number_names_the_figure() -> None:
    cambodia = facts(FIXTURES / "cambodia" / "cambodia-2019.txt").figures
    assert (cambodia["trainings"].value, cambodia["trainings"].prior) == (234, 66)
    assert (cambodia["arrests"].value, cambodia["arrests"].prior) == (150, None), "'unreported' is not zero"


def test_zero_is_kept_apart_from_not_reported() -> None:
    report = report_from_text("VERIDIA: Tier 2\n\nPROSECUTION\n\nCourts convicted 0 traffickers (none in 2019).\n")
    figure = extract_facts(report).figures["convictions"]
    assert (figure.value, figure.prior, figure.reported) == (0, 0, True)


def test_actors_acronyms_persons_places_laws() -> None:
    actors = facts(SERIES / "2022.txt").actors
    by_name = {a.name: a.kind for a in actors.values()}
    assert by_name["Anti-Human Trafficking Police Unit"] == "body"
    assert by_name["Arlen Voss"] == "person" and by_name["Marcus Dellan"] == "person"
    assert by_name["Port Delmar"] == "place" and by_name["Sarn province"] == "place"
    assert by_name["2011 Law on the Suppression of Human Trafficking"] == "law"
    assert "Veridia" not in by_name and "Kessa" not in by_name


def test_an_acronym_alone_is_the_same_actor_as_its_long_form() -> None:
    report = report_from_text("VERIDIA: Tier 2\n\nPREVENTION\n\nThe government maintained prevention efforts. "
                              "The NCCT met twice.\n")
    assert [a.name for a in extract_facts(report).actors.values()] == ["National Committee for Counter Trafficking"]


def test_real_2019_cambodia_facts(shared) -> None:
    f = facts(SEED_2019)
    assert (f.tier.value, f.move.value) == ("Tier 2 Watch List", "downgraded")
    assert f.increasing_efforts.value == "did not demonstrate increasing efforts"
    assert f.verdicts["protection"].value == "decreased"
    assert (f.figures["prosecutions"].value, f.figures["prosecutions"].prior) == (421, 207)
    assert (f.figures["convictions"].value, f.figures["convictions"].prior) == (125, 129)
    # the deportees screened at the border are no victims assisted; the source's malformed "(70,5000 in 2017)" is
    # kept as written, never guessed
    assert f.figures["migrants_screened"].prior is None and "70,5000" in f.figures["migrants_screened"].prior_text
    assert "victims_assisted" not in f.figures
    names = {a.name for a in f.actors.values()}
    assert {"National Committee for Counter Trafficking", "Phnom Penh"} <= names
    assert len(f.recommendations) == 14


def test_people_in_apposition_without_an_honorific() -> None:
    report = report_from_text("VERIDIA: Tier 3\n\nPROSECUTION\n\nPolice questioned a district governor, Tola Menhir, "
                              "about a raid. Courts acquitted Rin Sovan, a former commune chief, of selling children. "
                              "A court in Port Delmar, the capital, heard the case.\n")
    people = sorted(a.name for a in extract_facts(report).actors.values() if a.kind == "person")
    assert people == ["Rin Sovan", "Tola Menhir"]


def test_bodies_by_their_full_names() -> None:
    report = report_from_text("VERIDIA: Tier 2\n\nPREVENTION\n\nThe Ministry of Labor and Vocational Training and the "
                              "Supreme Court met with the National Committee for Migrant Welfare. Officials of the "
                              "Department of Immigration attended; Deputy Police Commissioner Arlen Voss did not.\n")
    bodies = sorted(a.name for a in extract_facts(report).actors.values() if a.kind == "body")
    assert bodies == ["Department of Immigration", "Ministry of Labor and Vocational Training",
                      "National Committee for Migrant Welfare", "Supreme Court"]


def test_acronyms_resolve_against_the_whole_report_whatever_the_order() -> None:
    paragraphs = ["The BLO inspected 40 farms.", "The Border Labor Office (BLO) was created in 2019.",
                  "The NCCT met twice.", "The National Committee to Counter Trafficking (NCCT) drafted a plan."]
    keys = set()
    for order in (paragraphs, paragraphs[::-1], paragraphs[1:] + paragraphs[:1]):
        report = report_from_text("VERIDIA: Tier 2\n\nPREVENTION\n\n" + "\n\n".join(order) + "\n")
        keys.add(tuple(sorted((a.key, a.name) for a in extract_facts(report).actors.values() if a.kind == "body")))
    # the alias table keys the NCCT (so it is one actor in every year), the report's own definition names it
    assert keys == {(("border labor office", "Border Labor Office"),
                     ("national committee for counter trafficking", "National Committee to Counter Trafficking"))}


def test_the_user_alias_table_overrides_the_shipped_one(tmp_path) -> None:
    from tipdiff.facts.vocabulary import load_vocabulary

    extra = tmp_path / "vocabulary.yaml"
    extra.write_text("aliases:\n  Border Labour Office: [BLO, Border Labor Office]\n"
                     "  NCCT secretariat: [NCCT]\n", encoding="utf-8")
    report = report_from_text("VERIDIA: Tier 2\n\nPREVENTION\n\nThe Border Labor Office (BLO) inspected farms. "
                              "The NCCT met twice.\n")
    names = {a.name for a in extract_facts(report, load_vocabulary(str(extra))).actors.values()}
    assert names == {"Border Labour Office", "NCCT secretariat"}


def test_amounts_with_scale_words_and_currencies() -> None:
    report = report_from_text("VERIDIA: Tier 2\n\nPREVENTION\n\nThe government allocated 2.3 billion riels ($560,000) "
                              "to the council (1.9 billion riels ($470,000) in 2020). Labor inspections covered "
                              "21 percent of farms (15 percent in 2020). Police arrested two suspects (five in 2020).\n")
    figures = extract_facts(report).figures
    budget = figures["budget"]
    assert (budget.value, budget.unit, budget.value_text, budget.prior, budget.prior_unit, budget.converted) == (
        2_300_000_000, "riels", "2.3 billion riels", 1_900_000_000, "riels", "$560,000")
    assert (figures["labor_inspections"].value, figures["labor_inspections"].unit) == (21, "%")
    assert (figures["arrests"].value, figures["arrests"].prior) == (2, 5)


def test_not_reported_unreported_and_zero_stay_apart() -> None:
    report = report_from_text("VERIDIA: Tier 2\n\nPROSECUTION\n\nThe government did not report the number of "
                              "investigations (12 in 2020). Courts convicted 0 traffickers (unreported in 2020). "
                              "Police made no arrests (none in 2020).\n")
    figures = extract_facts(report).figures
    assert (figures["investigations"].value, figures["investigations"].prior) == (None, 12)
    assert (figures["convictions"].value, figures["convictions"].prior) == (0, None)
