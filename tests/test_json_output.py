"""The JSON result validates against the shipped schema, has stable ids, and is byte-identical run to run."""

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from conftest import FIXTURES, SEED_2019, series_steps

SCHEMA = json.loads(resources.files("tipdiff").joinpath("schemas/result.schema.json").read_text(encoding="utf-8"))


def test_the_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("old, new", [s[:2] for s in series_steps()] + [
    (FIXTURES / "cambodia" / "cambodia-2019.txt", FIXTURES / "cambodia" / "cambodia-2022.txt")],
    ids=lambda p: p.name)
def test_results_validate_and_repeat_byte_for_byte(run, old: Path, new: Path) -> None:
    first = run("compare", old, new, "--format", "json").out
    assert first == run("compare", old, new, "--format", "json").out
    data = json.loads(first)
    jsonschema.validate(data, SCHEMA)
    assert data["schema_version"] == "1.0"
    ids = [f["id"] for f in data["findings"]]
    assert len(ids) == len(set(ids)), "finding ids are unique"
    change_ids = [c["id"] for s in data["sections"] for c in s["changes"]]
    assert len(change_ids) == len(set(change_ids))


def test_real_seed_against_a_fixture_validates(run, shared) -> None:
    data = json.loads(run("compare", SEED_2019, FIXTURES / "cambodia" / "cambodia-2022.txt", "--format", "json").out)
    jsonschema.validate(data, SCHEMA)
    assert data["old"]["country"] == data["new"]["country"] == "Cambodia"


@pytest.mark.parametrize("country", ["cambodia", "peru"])
def test_real_human_rights_report_pairs_validate(run, shared, country: str) -> None:
    """Parts named after headings give unit ids such as 'section-1-...-12' (issue 12 trial: 811 errors before)."""
    hrr = shared / "corpus" / "hrr"
    result = run("compare", hrr / "2022" / f"{country}.html", hrr / "2023" / f"{country}.html", "--format", "json",
                 "--fail-on", "never")
    data = json.loads(result.out)
    errors = list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(data))
    assert errors == [], errors[0].message if errors else ""
    ids = [c[side]["id"] for s in data["sections"] for c in s["changes"] for side in ("old", "new") if c[side]]
    assert any("-" in i.rsplit("-", 1)[0] for i in ids), "some unit is in a part named by a heading of several words"


def test_an_invalid_result_is_rejected() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"schema_version": "1.0"}, SCHEMA)
