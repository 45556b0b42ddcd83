"""All countries at once: pairing by name with aliases, a digest, and a bad file that does not stop the batch."""

import json
import shutil
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from conftest import FIXTURES, SERIES
from tipdiff.batch import country_key, pair_directories


def test_country_names_and_aliases() -> None:
    assert country_key(Path("burma.html"))[0] == country_key(Path("myanmar.txt"))[0]
    assert country_key(Path("cote-divoire.html"))[0] == country_key(Path("Côte d'Ivoire.txt"))[0]
    assert country_key(Path("the-bahamas.html"))[0] == country_key(Path("thebahamas.html"))[0]
    assert country_key(Path("cambodia-2019.txt")) == country_key(Path("cambodia.txt"))


@pytest.fixture
def years(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "2021", tmp_path / "2022"
    old.mkdir()
    new.mkdir()
    shutil.copy(SERIES / "2021.txt", old / "veridia.txt")
    shutil.copy(SERIES / "2022.txt", new / "veridia.txt")
    shutil.copy(FIXTURES / "cambodia" / "cambodia-2019.txt", old / "cambodia.txt")
    shutil.copy(FIXTURES / "cambodia" / "cambodia-2022.txt", new / "cambodia.txt")
    shutil.copy(FIXTURES / "cambodia" / "cambodia-2019.txt", old / "burma.txt")
    (new / "myanmar.txt").write_text("")  # an empty paste: reported, the rest completes
    shutil.copy(SERIES / "2019.txt", old / "ruritania.txt")  # only in the old year
    return old, new


def test_digest_pairs_countries_and_survives_a_bad_file(run, years: tuple[Path, Path]) -> None:
    old, new = years
    result = run("compare", old, new, "--jobs", "2")
    assert result.code == 2, "a country whose file could not be read makes the batch exit 2"
    assert "only in the old year: Ruritania" in result.out
    assert "Burma: error:" in result.out and "is empty" in result.out
    assert "Veridia" in result.out and "downgraded" in result.out
    markdown = run("compare", old, new, "--format", "markdown").out
    assert "| Veridia | downgraded one tier | Tier 2 Watch List | Tier 3 |" in markdown
    data = json.loads(run("compare", old, new, "--format", "json").out)
    assert [c["country"] for c in data["countries"]] == ["Burma", "Cambodia", "Veridia"]
    assert data["only_old"] == ["Ruritania"]


def test_duplicate_countries_in_a_directory(run, years: tuple[Path, Path]) -> None:
    old, new = years
    shutil.copy(SERIES / "2021.txt", old / "VERIDIA.TXT".lower().replace("veridia", "veridia_"))
    pairing = pair_directories(old, new)
    assert any("are both Veridia" in p for p in pairing.problems)
    assert "Veridia" not in [c for c, _, _ in pairing.pairs]


@pytest.mark.slow
def test_whole_report_2022_vs_2023(run, shared, tmp_path: Path) -> None:
    hrr = shared / "corpus" / "hrr"
    out = tmp_path / "digest.json"
    result = run("compare", hrr / "2022", hrr / "2023", "--format", "json", "-o", out)
    assert result.code == 0, result.err
    data = json.loads(out.read_text(encoding="utf-8"))
    countries = data["countries"]
    assert len(countries) == 191 and not [c for c in countries if c["error"]]
    assert data["only_old"] == ["Burma", "Mauritania", "Republic of the Congo"] and data["only_new"] == []
    assert all(c["old_year"] == 2022 and c["new_year"] == 2023 for c in countries)
    assert all(c["tier_move"] is None for c in countries), "the human rights reports have no tiers"
    jsonschema.validate(data, json.loads(resources.files("tipdiff").joinpath("schemas/digest.schema.json")
                                         .read_text(encoding="utf-8")))
    assert data["has_tiers"] is False and sum(c["semantic"]["parts_renamed"] for c in countries) > 0
    cambodia = next(c for c in countries if c["country"] == "Cambodia")
    assert cambodia["units_old"] > 300 and cambodia["counts"]["unchanged"] > 0
    terminal = run("compare", hrr / "2022", hrr / "2023", "--max-items", "5")
    assert "191 countries compared" in terminal.out and "Most changed" in terminal.out


def test_folders_without_a_country_in_common_are_a_usage_error(run, tmp_path: Path) -> None:
    old, new = tmp_path / "2021", tmp_path / "2022"
    old.mkdir()
    new.mkdir()
    shutil.copy(SERIES / "2021.txt", old / "veridia.txt")
    for folders in ((old, new), (new, old)):  # one side empty, either way round
        result = run("compare", *folders)
        assert result.code == 2 and "no country in common" in result.out + result.err, result
    shutil.copy(SERIES / "2022.txt", new / "ruritania.txt")
    result = run("compare", old, new)
    assert result.code == 2 and "1 country only in the old folder, 1 country only in the new one" in result.err


def test_wrong_output_stops_a_batch_before_it_starts(run, years: tuple[Path, Path], tmp_path: Path) -> None:
    """-o is checked before any country is compared: an input, a folder, a missing folder, an input folder."""
    old, new = years
    before = sorted(p.name for p in old.iterdir())
    cases = [(["-o", str(old / "veridia.txt")], "never overwrites an input"),
             (["-o", str(tmp_path)], "is a directory"),
             (["-o", str(tmp_path / "missing" / "digest.md")], "its folder does not exist"),
             (["--format", "html", "-o", str(old)], "is the input folder"),
             (["--format", "html", "-o", str(new) + "/"], "is the input folder")]
    for flags, expected in cases:
        result = run("compare", old, new, *flags)
        assert result.code == 2 and expected in result.err, (flags, result)
        assert "compared (" not in result.err, "the batch ran before -o was refused"
    assert sorted(p.name for p in old.iterdir()) == before


def test_folders_of_files_named_by_year_take_the_country_from_the_text(run, tmp_path: Path) -> None:
    """Two folders each holding one narrative named by its year only ("2021.txt"): the digest names the
    country the text names, never a blank (the trial's ': 1% changed')."""
    old, new = tmp_path / "a", tmp_path / "b"
    old.mkdir()
    new.mkdir()
    shutil.copy(SERIES / "2021.txt", old / "2021.txt")
    shutil.copy(SERIES / "2022.txt", new / "2022.txt")
    data = json.loads(run("compare", old, new, "--format", "json", "--fail-on", "never").out)
    assert [c["country"] for c in data["countries"]] == ["Veridia"]
    assert "Veridia: " in run("compare", old, new, "--fail-on", "never", "--color", "never").out
