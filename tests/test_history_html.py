"""The history page and its SVG: tier timeline with streaks, figure charts where "not reported" is a gap
(never a zero), the recommendations ledger; self-contained and the same bytes every time."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from htmlcheck import Page

from conftest import SERIES
from tipdiff.history import build_history
from tipdiff.render.html_history import render
from tipdiff.render.svg import TierPoint, figure_chart, tier_timeline


def test_history_page_has_timeline_charts_and_ledger() -> None:
    html = render(build_history(SERIES))
    page = Page(html)
    assert page.tags("h1")[0].text == "Veridia"
    assert page.outside_resources() == [] and page.tags("script") == []
    [timeline] = [e for e in page.tags("svg") if "tier-timeline" in e.classes]
    assert timeline.children_tags.count("circle") == 4  # one dot per year
    streaks = [e for e in page.tags("line") if "streak" in e.classes]
    assert len(streaks) == 1  # Tier 2 Watch List in 2020 and 2021
    assert "two years" in timeline.text
    charts = [e for e in page.tags("svg") if "figure-chart" in e.classes]
    assert [c.attrs["aria-label"] for c in charts] == ["prosecutions by year", "convictions by year",
                                                        "victims identified by year"]
    ledger = page.by_class("ledger", "table")[0]
    assert "Status" in ledger.text and "carried for four years" in ledger.text and "dropped in" in ledger.text


def test_not_reported_is_a_gap_never_a_zero() -> None:
    years = [2019, 2020, 2021, 2022]
    svg = str(figure_chart("victims identified", [(2019, 143), (2020, 120), (2021, None), (2022, 160)], years))
    # the line is cut at 2021: two polylines would need two points each; 2022 stands alone as a dot
    lines = re.findall(r'<polyline points="([^"]+)"', svg)
    assert len(lines) == 1 and len(lines[0].split()) == 2
    assert svg.count("<circle") == 3
    assert ">n/r<" in svg
    # no point is drawn at the zero line for the unreported year
    baseline = re.search(r'<line x1="\d+" y1="([\d.]+)"', svg).group(1)
    assert f'cy="{baseline}"' not in svg
    # a year with no such figure at all: no dot and no n/r mark
    missing = str(figure_chart("convictions", [(2019, 5), (2022, 7)], years))
    assert missing.count("<circle") == 2 and "n/r" not in missing and "<polyline" not in missing


def test_zero_is_drawn_as_zero() -> None:
    svg = str(figure_chart("convictions", [(2019, 4), (2020, 0)], [2019, 2020]))
    assert svg.count("<circle") == 2 and ">0<" in svg and "n/r" not in svg


def test_timeline_marks_moves_and_gaps_and_escapes_names() -> None:
    points = [TierPoint(2016, "Tier 2", 1), TierPoint(2017, "Tier 2", 2), TierPoint(2019, "Tier 3", 1),
              TierPoint(2020, None, 1)]
    svg = str(tier_timeline("<Côte & d'Ivoire>", points, ("Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3")))
    assert "&lt;Côte &amp; d&#39;Ivoire&gt;" in svg and "<Côte" not in svg
    assert svg.count("<circle") == 3  # the year without a tier has no dot
    assert 'class="move"' in svg and 'stroke-dasharray="4 3"' in svg  # 2017 -> 2019 skips a year
    assert svg.count('class="streak"') == 1


def _render_in_fresh_process() -> bytes:
    code = ("import sys; from pathlib import Path; from tipdiff.history import build_history; "
            "from tipdiff.render.html_history import render; "
            f"sys.stdout.buffer.write(render(build_history(Path({str(SERIES)!r}))).encode())")
    return subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                          env={"PYTHONHASHSEED": "random", "PATH": "/usr/bin:/bin"}).stdout


def test_history_html_and_svg_are_byte_identical_across_runs() -> None:
    first, second = _render_in_fresh_process(), _render_in_fresh_process()
    assert first == second and b"<svg" in first
    assert first.decode() == render(build_history(Path(SERIES)))
