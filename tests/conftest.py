"""Shared test helpers: fixture paths, ../shared (skipped with a reason when absent), the CLI runner, a repository
of reports from the fixture series, and the actor readers of the actor tests."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from tipdiff.cli import main
from tipdiff.facts import extract_facts
from tipdiff.ingest import load_report, report_from_text

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SERIES = FIXTURES / "series" / "veridia"
SHARED = Path(os.environ.get("TIPDIFF_SHARED", ROOT.parent / "shared"))
SEED_2019 = SHARED / "seeds" / "001_400fad6f8fbbb8b9.txt"
GOLDEN = Path(__file__).resolve().parent / "golden"


def series_steps() -> list[tuple[Path, Path, Path]]:
    """(old, new, labels) for each consecutive step of the fixture series."""
    steps = []
    for labels in sorted(SERIES.glob("*.labels.yaml")):
        data = yaml.safe_load(labels.read_text(encoding="utf-8"))
        steps.append((SERIES / data["old"], SERIES / data["new"], labels))
    return steps


@pytest.fixture(autouse=True)
def _parse_cache_in_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The parse cache (tipdiff.cache) goes to this run's temporary folder, never the developer's ~/.cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache"))


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared is not present at {SHARED} (a user's clone has none; CI has it)")
    return SHARED


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """Run the CLI in-process, as a user would type it; returns exit code, stdout, stderr."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "80")

    def _run(*argv: str) -> Run:
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return _run


def one_line_error(result: Run, code: int = 2) -> str:
    """What a user sees for bad input: exit `code`, one line on stderr starting 'tipdiff: error: ', no traceback."""
    assert result.code == code, (result.code, result.err)
    assert result.err.startswith("tipdiff: error: ") and len(result.err.strip().splitlines()) == 1, result.err
    assert "Traceback" not in result.err
    return result.err


def check_golden(name: str, text: str) -> None:
    """Compare with tests/golden/NAME; TIPDIFF_UPDATE_GOLDEN=1 rewrites it (then review the diff)."""
    path = GOLDEN / name
    if os.environ.get("TIPDIFF_UPDATE_GOLDEN") or not path.exists():
        path.write_text(text, encoding="utf-8")
        if not os.environ.get("TIPDIFF_UPDATE_GOLDEN"):
            pytest.fail(f"golden file {path} did not exist; it was written now, review and commit it")
    assert text == path.read_text(encoding="utf-8"), f"output differs from {path}"


def actor_kinds(body: str) -> dict[str, str]:
    """Name -> kind of every actor a sentence of ours names, read as the prosecution part of a narrative."""
    narrative = "VERIDIA: Tier 2\n\nPROSECUTION\n\n" + body + "\n"
    actors = extract_facts(report_from_text(narrative, "veridia-2024.txt")).actors
    return {a.name: a.kind for a in actors.values()}


def real_actor_kinds(shared: Path, year: int, country: str) -> dict[str, str]:
    """Name -> kind of every actor of a real HRR page in ../shared."""
    actors = extract_facts(load_report(shared / "corpus" / "hrr" / str(year) / f"{country}.html")).actors
    return {a.name: a.kind for a in actors.values()}


def series_repo(tmp_path: Path) -> Path:
    """A repository of reports, reports/veridia/2019-2021.txt, copied from the fixture series."""
    root = tmp_path / "reports"
    (root / "veridia").mkdir(parents=True)
    for year in (2019, 2020, 2021):
        shutil.copy(SERIES / f"{year}.txt", root / "veridia" / f"{year}.txt")
    return root

