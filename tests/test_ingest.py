from pathlib import Path

import pytest

from conftest import SERIES
from tipdiff.errors import InputError
from tipdiff.ingest import load_report


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


NARRATIVE = ("VERIDIA: Tier 2\n\nThe Government of Veridia does not fully meet the minimum standards for "
             "eliminating trafficking but is making significant efforts to do so.\n\nPROSECUTION\n\n"
             "The government increased law enforcement efforts. Police investigated 84 cases (61 in 2017).\n")


def test_chrome_is_removed_and_recorded() -> None:
    report = load_report(SERIES / "2019.txt")
    assert report.removed_chrome[0].startswith("An official website of the United States Government")
    assert report.removed_chrome[-2:] == ("U.S. Department of State", "The Lessons of 1989: Freedom and Our Future")
    assert all("official website" not in s.text and "Lessons of 1989" not in s.text for s in report.sections)


def test_crlf_and_non_breaking_spaces_are_normalised() -> None:
    raw = (SERIES / "2021.txt").read_bytes()
    assert b"\r\n" in raw and "\u00a0".encode() in raw
    report = load_report(SERIES / "2021.txt")
    assert report.tier == "Tier 2 Watch List"
    assert all("\r" not in u.text and "\u00a0" not in u.text for u in report.units)
    assert any("1.2 billion veros" in u.text for u in report.units)


def test_cp1252_is_read_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "veridia-2019.txt", NARRATIVE.replace("increased", "increased\u2019").encode("cp1252"))
    report = load_report(path)
    assert report.encoding == "cp1252"
    assert any("read as cp1252" in w for w in report.warnings)
    assert any("increased\u2019" in u.text for u in report.units)


@pytest.mark.parametrize("title, country, tier", [
    ("CAMBODIA: Tier 2 Watch List", "Cambodia", "Tier 2 Watch List"),
    ("CAMBODIA: TIER 3", "Cambodia", "Tier 3"),
    ("CAMBODIA (Tier 3)", "Cambodia", "Tier 3"),
    ("BOSNIA AND HERZEGOVINA: Tier 2", "Bosnia and Herzegovina", "Tier 2"),
    ("SAINT VINCENT AND THE GRENADINES: Tier 1", "Saint Vincent and the Grenadines", "Tier 1"),
])
def test_country_and_tier_from_the_title(tmp_path: Path, title: str, country: str, tier: str) -> None:
    body = NARRATIVE.split("\n", 1)[1].replace("Veridia", country)
    report = load_report(write(tmp_path, "x-2020.txt", f"{title}\n{body}"))
    assert (report.country, report.tier) == (country, tier)


def test_country_and_tier_from_the_text_when_there_is_no_title(tmp_path: Path) -> None:
    text = NARRATIVE.split("\n", 1)[1].replace(
        "do so.", "do so. Therefore Veridia was downgraded to Tier 2 Watch List.")
    report = load_report(write(tmp_path, "veridia.txt", text))
    assert (report.country, report.tier) == ("Veridia", "Tier 2 Watch List")


def test_year_sources_in_order_of_trust(tmp_path: Path) -> None:
    assert load_report(write(tmp_path, "veridia-2019.txt", NARRATIVE), year=2021).year == 2021
    assert load_report(write(tmp_path, "2019.txt", NARRATIVE)).year_source == "file name"
    stated = load_report(write(tmp_path, "stated.txt", NARRATIVE + "\nFrom the 2018 Trafficking in Persons Report.\n"))
    assert (stated.year, stated.year_source) == (2018, "text")
    inferred = load_report(write(tmp_path, "veridia.txt", NARRATIVE))
    assert (inferred.year, inferred.year_source) == (2019, "figures")


@pytest.mark.parametrize("name, data, expected", [
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b"\n \n\t\n", "is empty"),
    ("binary.txt", bytes(range(256)) * 8, "binary"),
    ("chrome.txt", b"Official websites use .gov\nU.S. Department of State\n", "only page chrome"),
    ("prose.txt", b"A recipe for soup.\n\nBoil the water and add salt.\n", "no recognisable narrative"),
])
def test_bad_inputs_say_what_was_expected(tmp_path: Path, name: str, data: bytes, expected: str) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(InputError) as caught:
        load_report(path)
    assert expected in str(caught.value) and str(path) in str(caught.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_report(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        load_report(tmp_path)


def test_input_files_are_never_modified() -> None:
    before = {p: p.read_bytes() for p in SERIES.glob("*.txt")}
    for path in before:
        load_report(path)
    assert before == {p: p.read_bytes() for p in SERIES.glob("*.txt")}
