"""Headings that turn into run-in labels and back, and headings reduced to a cross reference: the same part,
never a part dropped (or a part new) while its heading's words still open a paragraph or stand under the same
label. Our own pages first, then the real pages of ../shared/corpus/hrr."""

from __future__ import annotations

from pathlib import Path

import pytest

from tipdiff.compare import analyse_files, compare_files
from tipdiff.model import Comparison
from tipdiff.partmatch import cross_reference, heading_text, name_words, run_in_labels
from tipdiff.parts import part_changes

INTRO = "<h2>Executive Summary</h2><p>Veridia is a republic with an elected parliament.</p>"
GRAFT_OLD = ("A customs chief was charged with taking kickbacks from importers.",
             "The anticorruption office opened nine inquiries into provincial budgets.",
             "Junior police officers paid for their own uniforms.")


def _page(path: Path, year: int, body: str) -> Path:
    path.write_text(f"<html><body><main><h1>{year} Country Reports on Human Rights Practices: Veridia</h1>{INTRO}"
                    f"{body}</main></body></html>", encoding="utf-8")
    return path


def _kinds(comparison: Comparison) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(c.kind, c.old, c.new) for c in part_changes(comparison)]


SECTION4 = "<h2>Section 4. Corruption in Government</h2><p>The law bans bribery by officials.</p>"
SECTION6 = "<h2>Section 6. Discrimination and Societal Abuses</h2><p>The constitution bans discrimination.</p>"


def test_run_in_label_is_read_with_its_words() -> None:
    assert name_words("Threats, Harassment, Surveillance, and Coercion") == \
        name_words("Threats, Harassment, Surveillance, or Coercion:")
    assert heading_text("d. Discrimination (see section 6)") == "Discrimination"
    assert heading_text("d. Discrimination (See Section 6).") == "Discrimination"
    assert cross_reference("d. Discrimination (see section 6)") == "see section 6"
    assert cross_reference("f. Status and Treatment of Internally Displaced Persons (IDPs)") is None


def test_heading_become_run_in_label_with_a_sentence_kept_is_merged(tmp_path: Path) -> None:
    old = _page(tmp_path / "old.html", 2021, SECTION4 + f"<h3>Graft:</h3><p>{' '.join(GRAFT_OLD)}</p>")
    new = _page(tmp_path / "new.html", 2022, SECTION4 + "<p><strong>Graft:</strong> A deputy minister resigned "
                f"after reports of a land deal. {GRAFT_OLD[2]}</p>")
    found = _kinds(compare_files(old, new))
    assert found == [("merged", ("Section 4. Corruption in Government", "Graft"),
                      ("Section 4. Corruption in Government",))]


def test_heading_become_run_in_label_of_its_parent_with_all_text_new_is_merged(tmp_path: Path) -> None:
    """No sentence kept, but the label opens a paragraph of the part the heading stood under."""
    old = _page(tmp_path / "old.html", 2021, "<h3>b. Freedoms of Assembly and Association</h3><p>Both are in the "
                "law.</p><h4>Freedom of Assembly</h4><p>Police broke up a march of farmers in May. Organisers of a "
                "vigil were fined.</p>")
    new = _page(tmp_path / "new.html", 2022, "<h3>b. Freedoms of Assembly and Association</h3><p>Both are in the "
                "law.</p><p><strong>Freedom of Assembly:</strong> Three regions banned rallies near ministries.</p>")
    assert [k[0] for k in _kinds(compare_files(old, new))] == ["merged"]


def test_same_label_words_far_away_without_its_sentences_are_no_evidence(tmp_path: Path) -> None:
    old = _page(tmp_path / "old.html", 2021, SECTION4 + f"<h3>Graft</h3><p>{' '.join(GRAFT_OLD)}</p>" + SECTION6)
    new = _page(tmp_path / "new.html", 2022, SECTION4 + SECTION6 + "<p><strong>Graft:</strong> Clerks asked "
                "disabled applicants for fees to register.</p>")
    assert _kinds(compare_files(old, new)) == [("dropped", ("Graft",), ())]


def test_a_label_of_other_words_is_no_evidence(tmp_path: Path) -> None:
    old = _page(tmp_path / "old.html", 2021, SECTION4 + f"<h3>Graft</h3><p>{' '.join(GRAFT_OLD[:2])}</p>")
    new = _page(tmp_path / "new.html", 2022, SECTION4 + "<p><strong>Graft Inquiries:</strong> A deputy minister "
                "resigned after reports of a land deal.</p>")
    assert _kinds(compare_files(old, new)) == [("dropped", ("Graft",), ())]


def test_a_lettered_heading_is_never_taken_for_a_run_in_label_of_its_words(tmp_path: Path) -> None:
    """Refugee parts open a paragraph with "Freedom of Movement:"; the lettered part of that name is another."""
    refugees = "<h3>f. Protection of Refugees</h3><p>Refugees need permits to travel.</p>"
    old = _page(tmp_path / "old.html", 2020, "<h3>d. Freedom of Movement</h3><p>Citizens may travel freely. Checkpoints "
                f"stood on every highway.</p>{refugees}")
    new = _page(tmp_path / "new.html", 2021, "<h3>d. Freedom of Movement and the Right to Leave the Country</h3><p>"
                "Citizens may travel freely.</p>" + refugees.replace("</p>", "</p><p><strong>Freedom of Movement:"
                                                                    "</strong> Checkpoints stood on every highway.</p>"))
    assert _kinds(compare_files(old, new)) == [
        ("renamed", ("d. Freedom of Movement",), ("d. Freedom of Movement and the Right to Leave the Country",))]


def test_run_in_label_become_heading_is_a_split_not_a_new_part(tmp_path: Path) -> None:
    old = _page(tmp_path / "old.html", 2021, SECTION4 + "<p><strong>Graft:</strong> A deputy minister resigned "
                "after reports of a land deal.</p>")
    new = _page(tmp_path / "new.html", 2022, SECTION4 + "<h3>Graft</h3><p>Auditors found unpaid taxes at two state "
                "banks. A mayor was jailed for selling permits.</p>")
    assert _kinds(compare_files(old, new)) == [
        ("split", ("Section 4. Corruption in Government",), ("Section 4. Corruption in Government", "Graft"))]


def test_a_new_heading_never_written_as_a_label_is_a_new_part(tmp_path: Path) -> None:
    old = _page(tmp_path / "old.html", 2021, SECTION4 + "<p>A deputy minister resigned after reports of a land "
                "deal.</p>")
    new = _page(tmp_path / "new.html", 2022, SECTION4 + "<h3>Graft</h3><p>Auditors found unpaid taxes at two state "
                "banks. A mayor was jailed for selling permits.</p>")
    assert _kinds(compare_files(old, new)) == [("added", (), ("Graft",))]


WORK = ("The labor code bans discrimination in hiring.", "Women earned less than men for the same work.",
        "Few employers hired workers with disabilities.")


@pytest.mark.parametrize(("moved", "note"), [
    ((WORK[1],), "reduced to a cross reference (see section 6); 1 of its 3 sentences moved to \u201cWomen\u201d"),
    ((WORK[1], WORK[2]), "reduced to a cross reference (see section 6); 2 of its 3 sentences moved to \u201cWomen\u201d"),
])
def test_heading_reduced_to_a_cross_reference_is_renamed_and_says_where_its_text_went(
        tmp_path: Path, moved: tuple[str, ...], note: str) -> None:
    """Some of its sentences now stand in "Women" (most of them, in the second case): still the part of the
    cross reference, saying where its text went."""
    women = "<h2>Section 6. Discrimination and Societal Abuses</h2><h3>Women</h3><p>Rape is a crime.</p>"
    old = _page(tmp_path / "old.html", 2022, women + "<h2>Section 7. Worker Rights</h2><h3>d. Discrimination with "
                f"Respect to Employment and Occupation</h3><p>{' '.join(WORK)}</p>")
    new = _page(tmp_path / "new.html", 2023, women.replace("</p>", f" {' '.join(moved)}</p>") + "<h2>Section 7. "
                "Worker Rights</h2><h3>d. Discrimination (see section 6)</h3>")
    assert [(c.kind, c.new, c.note) for c in part_changes(compare_files(old, new))] == [
        ("renamed", ("d. Discrimination (see section 6)",), note)]


def test_heading_cut_to_fewer_words_under_its_label_is_renamed(tmp_path: Path) -> None:
    old = _page(tmp_path / "old.html", 2022, "<h2>Section 7. Worker Rights</h2><h3>d. Discrimination with Respect "
                f"to Employment and Occupation</h3><p>{' '.join(WORK)}</p>")
    new = _page(tmp_path / "new.html", 2023, "<h2>Section 7. Worker Rights</h2><h3>d. Discrimination</h3>")
    changes = part_changes(compare_files(old, new))
    assert [(c.kind, c.note) for c in changes] == [("renamed", "left without text; none of its 3 sentences found "
                                                                "elsewhere")]


def test_heading_reduced_to_a_cross_reference_in_its_place_without_its_label_is_renamed(tmp_path: Path) -> None:
    around = ("<h2>Section 7. Worker Rights</h2><h3>c. Child Labor</h3><p>Children under 15 may not work.</p>{}"
              "<h3>e. Acceptable Conditions of Work</h3><p>The minimum wage was raised.</p>")
    old = _page(tmp_path / "old.html", 2022, around.format("<h3>d. Discrimination with Respect to Employment</h3>"
                                                           f"<p>{' '.join(WORK)}</p>"))
    new = _page(tmp_path / "new.html", 2023, around.format("<h3>Discrimination (see section 6)</h3>"))
    assert [(c.kind, c.new) for c in part_changes(compare_files(old, new))] == [
        ("renamed", ("Discrimination (see section 6)",))]


def test_a_cross_reference_under_another_label_is_not_the_same_part(tmp_path: Path) -> None:
    old = _page(tmp_path / "old.html", 2022, "<h2>Section 7. Worker Rights</h2><h3>d. Wage Protection</h3>"
                "<p>Employers must pay wages monthly. Inspectors found late pay at two mines.</p>")
    new = _page(tmp_path / "new.html", 2023, "<h2>Section 7. Worker Rights</h2><h3>d. Discrimination (see section "
                "6)</h3>")
    assert _kinds(compare_files(old, new)) == [("dropped", ("d. Wage Protection",), ())]


# --- the real pages ----------------------------------------------------------------------------------------------

def _pair(shared: Path, country: str, year: int) -> Comparison:
    hrr = shared / "corpus" / "hrr"
    return compare_files(hrr / str(year) / f"{country}.html", hrr / str(year + 1) / f"{country}.html")


def test_thailand_2021_2022_corruption_label_merged_and_real_cuts_dropped(shared: Path) -> None:
    """'Corruption:' (an h3 in 2021) opens a paragraph of Section 4 in 2022: merged. The other three parts the
    2021 page has and 2022 lacks are real cuts: their headings are nowhere in 2022 (neither heading nor run-in
    label) and at most one sentence of each went on."""
    comparison = _pair(shared, "thailand", 2021)
    found = _kinds(comparison)
    section4 = "Section 4. Corruption and Lack of Transparency in Government"
    assert ("merged", (section4, "Corruption"), (section4,)) in found
    assert {old[0] for kind, old, _ in found if kind == "dropped"} == {
        "Politically Motivated Reprisal against Individuals Located Outside the Country",
        "Physical Abuse, Punishment, and Torture", "HIV and AIDS Social Stigma"}
    assert not run_in_labels(comparison.new).get(name_words("Physical Abuse, Punishment, and Torture"))


def test_cambodia_2020_2021_freedom_of_movement_renamed_not_merged_into_refugees(shared: Path) -> None:
    found = _kinds(_pair(shared, "cambodia", 2020))
    assert ("renamed", ("d. Freedom of Movement",), ("d. Freedom of Movement and the Right to Leave the Country",)) \
        in found
    assert not [k for k in found if k[0] == "merged" and "d. Freedom of Movement" in k[1]]


def test_thailand_2020_2021_corruption_heading_split_from_its_label(shared: Path) -> None:
    found = _kinds(_pair(shared, "thailand", 2020))
    section4 = "Section 4. Corruption and Lack of Transparency in Government"
    assert ("split", (section4,), (section4, "Corruption")) in found
    assert not [k for k in found if k[0] == "added" and k[2] == ("Corruption",)]


@pytest.mark.parametrize(("country", "old_part", "into"), [
    ("algeria", "National Security", "a. Freedom of Expression, Including for Members of the Press and Other Media"),
    ("australia", "Freedom of Peaceful Assembly", "b. Freedoms of Peaceful Assembly and Association"),
    ("sudan", "Prison and Detention Center Conditions",
     "c. Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment, and Other Related Abuses"),
])
def test_2022_2023_headings_become_run_in_labels_are_merged(shared: Path, country: str, old_part: str,
                                                             into: str) -> None:
    found = _kinds(_pair(shared, country, 2022))
    assert ("merged", (into, old_part), (into,)) in found
    assert not [k for k in found if k[0] == "dropped" and k[1] == (old_part,)]


def test_cambodia_2023_2024_transnational_repression_labels_become_headings(shared: Path) -> None:
    found = _kinds(_pair(shared, "cambodia", 2023))
    split = next(new for kind, old, new in found if kind == "split" and old == ("f. Transnational Repression",))
    assert {"Bilateral Pressure", "Threats, Harassment, Surveillance, or Coercion"} <= set(split)
    assert not [k for k in found if k[0] == "added" and k[2][0] in split]


@pytest.mark.parametrize(("country", "moved"), [("afghanistan", "none of its 16 sentences found elsewhere"),
                                                ("argentina", "6 of its 13 sentences moved to \u201cWomen\u201d"),
                                                ("moldova", "10 of its 14 sentences moved to \u201cWomen\u201d")])
def test_2022_2023_discrimination_reduced_to_a_cross_reference(shared: Path, country: str, moved: str) -> None:
    hrr = shared / "corpus" / "hrr"
    comparison = analyse_files(hrr / "2022" / f"{country}.html", hrr / "2023" / f"{country}.html")
    messages = [f.message for f in comparison.findings if f.rule.startswith("part/")]
    assert ("Part renamed: \u201cd. Discrimination with Respect to Employment and Occupation\u201d is now "
            f"\u201cd. Discrimination (see section 6)\u201d: reduced to a cross reference (see section 6); {moved}"
            in messages), messages
    assert not [m for m in messages if m.startswith("Part dropped") and "Discrimination" in m]


def test_russia_2022_2023_cross_reference_without_its_label_renamed(shared: Path) -> None:
    found = _kinds(_pair(shared, "russia", 2022))
    assert ("renamed", ("d. Discrimination with Respect to Employment and Occupation",),
            ("Discrimination (see section 6)",)) in found
