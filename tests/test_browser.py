"""The HTML pages in a real browser: Debian's Chromium, headless, driven by Playwright for Python.

Playwright's own browser download cannot work here (no network but package registries), so it is pointed at
the system Chromium (`apt-get install chromium`; .ci/run installs it when missing). The tests skip with the
reason only where Chromium or Playwright is not installed.

Checked as a reader would: the pages load with no console error, findings, word marks and the SVG are
visible, a moved-sentence link jumps to its target, the side-by-side switch works without a script, the
digest's table sorts with its script and reads without it. Screenshots are kept: tests/artifacts/ for every
run, and docs/report.png and docs/history.png for the README (rewritten when TIPDIFF_UPDATE_SCREENSHOTS=1).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES, ROOT, SERIES
from tipdiff.compare import analyse_files
from tipdiff.history import build_history
from tipdiff.render.html import render as render_report
from tipdiff.render.html_history import render as render_history

CHROMIUM = os.environ.get("TIPDIFF_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "tests" / "artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium; .ci/run does it)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is in the test extra: pip install '.[test]'")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


class Opened:
    def __init__(self, browser: Any, path: Path, *, javascript: bool = True) -> None:
        self.context = browser.new_context(viewport={"width": 1100, "height": 900}, java_script_enabled=javascript)
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.page.on("console", lambda m: self.problems.append(f"console {m.type}: {m.text}")
                     if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"request failed: {r.url}"))
        self.requests: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.as_uri())
        self.page.wait_for_load_state("load")

    def close(self) -> None:
        self.context.close()


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _keep(page: Any, name: str, *, full: bool = False) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path), full_page=full)
    return path


def _readme_shot(page: Any, name: str, height: int = 900) -> None:
    """docs/NAME for the README (the top `height` pixels): written when missing or when
    TIPDIFF_UPDATE_SCREENSHOTS=1, so a checkout's tests never dirty the tree by accident."""
    target = ROOT / "docs" / name
    if os.environ.get("TIPDIFF_UPDATE_SCREENSHOTS") or not target.exists():
        page.screenshot(path=str(target), full_page=True, clip={"x": 0, "y": 0, "width": 1100, "height": height})


def test_report_page_in_a_browser(browser: Any, tmp_path: Path) -> None:
    html = render_report(analyse_files(SERIES / "2020.txt", SERIES / "2021.txt"))
    opened = Opened(browser, _write(tmp_path, "report.html", html))
    page = opened.page
    assert opened.problems == []
    assert all(url.startswith("file:") for url in opened.requests), opened.requests
    findings = page.locator("li.finding")
    assert findings.count() >= 10 and findings.first.is_visible()
    assert page.locator("li.finding .badge").first.inner_text().strip().upper() in ("ERROR", "WARNING", "NOTE")
    assert page.locator(".inline del").first.is_visible() and page.locator(".inline ins").first.is_visible()
    assert page.locator(".side").first.is_hidden()
    _keep(page, "report.png")
    # a moved sentence's link jumps to where it stood the year before, and back
    moved = page.locator(".inline p.row.moved a.moved-note").first
    target_id = moved.get_attribute("href")[1:]
    moved.click()
    assert page.evaluate("location.hash") == "#" + target_id
    target = page.locator(f"#{target_id}")
    assert target.is_visible() and target.evaluate("e => e.matches(':target')")
    box = target.bounding_box()
    assert box is not None and -1 < box["y"] < 900  # scrolled into view (to within the sub-pixel rounding of a scroll)
    target.locator("a.moved-note").click()
    assert page.evaluate("location.hash") == "#" + moved.evaluate("e => e.closest('p').id")
    # a finding's link goes to the change it rests on
    link = page.locator("li.finding a").first
    link.click()
    assert page.locator(link.get_attribute("href")).is_visible()
    # the side-by-side view: a CSS-only switch
    page.locator("label[for=view-side]").click()
    assert page.locator(".side").first.is_visible() and page.locator(".inline").first.is_hidden()
    assert page.locator(".side td del").first.is_visible()
    _keep(page, "report-side-by-side.png")
    assert opened.problems == []
    opened.close()
    # the README's picture: a downgrade, its findings, figures and the first part's redline
    html = render_report(analyse_files(SERIES / "2021.txt", SERIES / "2022.txt"))
    readme = Opened(browser, _write(tmp_path, "downgrade.html", html))
    assert readme.problems == []
    _readme_shot(readme.page, "report.png", height=1600)
    readme.close()


def test_report_reads_without_javascript_and_prints(browser: Any, tmp_path: Path) -> None:
    html = render_report(analyse_files(FIXTURES / "cambodia" / "cambodia-2019.txt",
                                       FIXTURES / "cambodia" / "cambodia-2022.txt"))
    opened = Opened(browser, _write(tmp_path, "report.html", html), javascript=False)
    page = opened.page
    assert page.locator("li.finding").first.is_visible() and page.locator(".inline del").first.is_visible()
    page.emulate_media(media="print")
    assert page.locator(".controls").is_hidden() and page.locator(".inline").first.is_visible()
    pdf = page.pdf() if hasattr(page, "pdf") else b""
    assert pdf.startswith(b"%PDF")
    assert opened.problems == []
    opened.close()


def test_history_page_in_a_browser(browser: Any, tmp_path: Path) -> None:
    opened = Opened(browser, _write(tmp_path, "history.html", render_history(build_history(SERIES))))
    page = opened.page
    assert opened.problems == []
    timeline = page.locator("svg.tier-timeline")
    assert timeline.is_visible()
    box = timeline.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 150
    assert page.locator("svg.tier-timeline circle").count() == 4
    assert page.locator("svg.figure-chart").count() == 3 and page.locator("svg.figure-chart").first.is_visible()
    assert page.locator("table.ledger").is_visible()
    _keep(page, "history.png", full=True)
    _readme_shot(page, "history.png", height=1500)
    opened.close()


def test_digest_index_sorts_with_its_script_and_reads_without(browser: Any, tmp_path: Path) -> None:
    from tipdiff.batch import pair_directories, run_batch
    from tipdiff.cli.batch import country_page, write_pages
    from tipdiff.options import Options

    old, new, out = tmp_path / "old", tmp_path / "new", tmp_path / "out"
    for folder in (old, new, out):
        folder.mkdir()
    shutil.copy(SERIES / "2020.txt", old / "veridia.txt")
    shutil.copy(SERIES / "2021.txt", new / "veridia.txt")
    shutil.copy(FIXTURES / "cambodia" / "cambodia-2019.txt", old / "cambodia.txt")
    shutil.copy(FIXTURES / "cambodia" / "cambodia-2022.txt", new / "cambodia.txt")
    pairing = pair_directories(old, new)
    write_pages(run_batch(pairing, Options(), jobs=1, page=country_page), pairing, out)
    opened = Opened(browser, out / "index.html")
    page = opened.page
    assert opened.problems == []
    first_cells = lambda: page.locator("#countries tbody tr td:first-child").all_inner_texts()  # noqa: E731
    assert first_cells() == ["Cambodia", "Veridia"]  # by findings: Cambodia has errors
    page.locator("#countries thead th button", has_text="Notes").click()
    page.locator("#countries thead th button", has_text="Notes").click()  # descending
    assert first_cells() == ["Veridia", "Cambodia"]  # 8 notes against 4
    page.locator("#countries a", has_text="Veridia").click()
    page.wait_for_load_state("load")
    assert page.url.endswith("/veridia.html") and page.locator("h1").inner_text() == "Veridia"
    assert opened.problems == []
    opened.close()
    quiet = Opened(browser, out / "index.html", javascript=False)
    assert quiet.page.locator("#countries tbody tr").count() == 2
    assert quiet.page.locator("#countries thead th button").count() == 0  # plain headings without the script
    quiet.close()


def test_a_split_and_a_merge_show_as_their_own_kind(browser: Any, tmp_path: Path) -> None:
    from test_splitmerge import PROSECUTION, PROTECTION, SPLIT, compared, narrative

    split = compared(narrative(PROSECUTION, PROTECTION), narrative(SPLIT, PROTECTION))
    opened = Opened(browser, _write(tmp_path, "split.html", render_report(split)))
    page = opened.page
    assert opened.problems == []
    row = page.locator(".inline .row.split")
    assert row.count() == 1 and row.is_visible()
    assert row.locator(".joined-note").inner_text() == "split into two"
    assert row.locator("p").count() == 3 and row.locator("ins").first.is_visible() and row.locator("del").first.is_visible()
    _keep(page, "report-split.png")
    page.locator("label[for=view-side]").click()
    cells = page.locator(".side tr.split td")
    assert cells.count() == 2 and cells.nth(1).locator("p").count() == 3 and cells.nth(1).is_visible()
    assert cells.nth(0).locator("del").first.is_visible() and cells.nth(0).locator("ins").count() == 0
    opened.close()
    merged = compared(narrative(SPLIT, PROTECTION), narrative(PROSECUTION, PROTECTION))
    opened = Opened(browser, _write(tmp_path, "merged.html", render_report(merged)))
    page = opened.page
    page.locator("label[for=view-side]").click()
    cells = page.locator(".side tr.merged td")
    assert cells.nth(0).locator("p").count() == 2 and cells.nth(0).locator("del").count() == 2
    assert cells.nth(1).locator(".joined-note").inner_text() == "merged from two"
    assert opened.problems == []
    opened.close()
