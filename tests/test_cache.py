"""The parse cache (tipdiff.cache): a hit gives the very report a fresh read gives; nothing in the cache is
trusted; --no-cache neither reads nor writes."""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path

import pytest

import tipdiff.ingest as ingest
from conftest import FIXTURES, SERIES
from tipdiff.cache import ReportCache, cache_folder, covers_every_field
from tipdiff.ingest import load_report

HTML = FIXTURES / "html" / "veridia-2021.html"


@pytest.fixture
def cache(tmp_path: Path) -> ReportCache:
    return ReportCache(tmp_path / "reports")


def entries(cache: ReportCache) -> list[Path]:
    return sorted(cache.folder.rglob("*.json")) if cache.folder.exists() else []


def _no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was read although the cache had it")

    monkeypatch.setattr(ingest, "report_from_bytes", fail)


@pytest.mark.parametrize("path", [SERIES / "2021.txt", HTML, FIXTURES / "formats" / "veridia-2016-old-format.txt"])
def test_a_hit_is_the_report_a_fresh_read_gives(path: Path, cache: ReportCache,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = load_report(path)
    assert load_report(path, cache=cache) == fresh  # cold: read and stored
    assert len(entries(cache)) == 1
    _no_reading(monkeypatch)
    warm = load_report(path, cache=cache)
    assert warm == fresh and warm.units == fresh.units and warm.profile is fresh.profile


def test_the_key_is_the_content_not_the_name_or_time(tmp_path: Path, cache: ReportCache) -> None:
    copy = tmp_path / "2021.txt"
    shutil.copy(SERIES / "2021.txt", copy)
    before = load_report(copy, cache=cache)
    text = copy.read_text(encoding="utf-8")
    copy.write_text(text.replace("Veridia", "Westland"), encoding="utf-8")
    after = load_report(copy, cache=cache)
    assert after == load_report(copy) and after.units != before.units
    assert len(entries(cache)) == 2


def test_year_and_profile_are_part_of_the_key(cache: ReportCache, tmp_path: Path) -> None:
    path = SERIES / "2021.txt"
    assert load_report(path, year=2030, cache=cache).year == 2030
    assert load_report(path, cache=cache).year == 2021
    shipped = Path(str(resources.files("tipdiff").joinpath("profiles/tip.yaml"))).read_text(encoding="utf-8")
    custom = tmp_path / "custom.yaml"
    custom.write_text(shipped.replace("name: tip", "name: custom", 1), encoding="utf-8")
    assert load_report(path, str(custom), cache=cache).profile.name == "custom"
    assert load_report(path, cache=cache).profile.name == "tip"
    assert len(entries(cache)) == 3


def _body(text: bytes) -> dict:  # type: ignore[type-arg]
    return json.loads(text.partition(b"\n")[2])


DAMAGE = {
    "truncated": lambda text: text[: len(text) // 2],
    "garbage": lambda text: b"\x00\xff garbage",
    "empty": lambda text: b"",
    "a flipped byte": lambda text: text[:-40] + bytes([text[-40] ^ 1]) + text[-39:],
    "another entry's file": lambda text: text.replace(text[8:60], b"0" * 52, 1),
    "an older layout": lambda text: text.replace(b'"format": 1', b'"format": 0', 1),
    "read with another profile": lambda text: text.partition(b"\n")[0] + b"\n" + json.dumps(
        {**_body(text), "profile": "hrr"}).encode(),
}
# well-formed entries (their checksum recomputed) that do not hold a report: caught by the field checks
MALFORMED = {
    "units of the wrong types": lambda body: {**body, "units": [[1, 2, 3, 4, 5, 6]]},
    "a section that is a string": lambda body: {**body, "sections": ["abcde"]},
    "a year that is a boolean": lambda body: {**body, "year": True},
    "a field missing": lambda body: {k: v for k, v in body.items() if k != "tier"},
    "a list": lambda body: [],
}


def _resealed(text: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    import hashlib

    header = json.loads(text.partition(b"\n")[0])
    body = json.dumps(change(_body(text))).encode()
    return json.dumps({**header, "sha256": hashlib.sha256(body).hexdigest()}).encode() + b"\n" + body


@pytest.mark.parametrize("damage", list(DAMAGE) + list(MALFORMED))
def test_a_damaged_or_stale_entry_is_ignored_and_written_again(damage: str, cache: ReportCache) -> None:
    path = SERIES / "2020.txt"
    fresh = load_report(path)
    load_report(path, cache=cache)
    [entry] = entries(cache)
    good = entry.read_bytes()
    entry.write_bytes(DAMAGE[damage](good) if damage in DAMAGE else _resealed(good, MALFORMED[damage]))
    assert load_report(path, cache=cache) == fresh
    assert entry.read_bytes() == good  # written again, whole


def test_an_entry_from_other_code_is_never_met(cache: ReportCache, monkeypatch: pytest.MonkeyPatch) -> None:
    import tipdiff.cache as module

    path = SERIES / "2020.txt"
    load_report(path, cache=cache)
    monkeypatch.setattr(module, "code_fingerprint", lambda: "another version of tipdiff")
    load_report(path, cache=cache)
    assert len(entries(cache)) == 2


def test_an_unwritable_folder_only_means_no_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    cache = ReportCache(blocker / "reports")
    assert load_report(SERIES / "2020.txt", cache=cache) == load_report(SERIES / "2020.txt")


def test_every_field_of_a_report_is_stored() -> None:
    # a field added to Report, Section or Unit must be added to tipdiff.cache.STORED_FIELDS too
    assert covers_every_field()


def test_the_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_folder() == tmp_path / "tipdiff" / "reports"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")  # the XDG spec: only absolute paths count
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_folder() == tmp_path / "home" / ".cache" / "tipdiff" / "reports"


def test_the_cli_caches_unless_told_not_to(run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = tmp_path / "tipdiff" / "reports"
    pair = tmp_path / "pair"  # alone in a folder: no other years to read for the history line
    pair.mkdir()
    old, new = shutil.copy(SERIES / "2020.txt", pair), shutil.copy(SERIES / "2021.txt", pair)
    assert run("compare", old, new, "--format", "json", "--no-cache").code in (0, 1)
    assert not folder.exists()
    first = run("compare", old, new, "--format", "json")
    assert len(list(folder.rglob("*.json"))) == 2
    second = run("compare", old, new, "--format", "json")
    assert second.out == first.out and second.code == first.code
