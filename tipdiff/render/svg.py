"""Charts for the history page, drawn as SVG by this module: the tier timeline (years by tier, streaks as
bars) and small line charts of a figure over the years, where "not reported" is a gap, never a zero.

Drawn here rather than with a charting library: the charts are a few dozen shapes, and hand-written SVG
gives the same bytes for the same input on every machine (coordinates rounded to one decimal, no ids or
timestamps invented by a library), with no dependency to pin. All text is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from tipdiff import wording

FONT = "font-family=\"Helvetica, Arial, sans-serif\""
RANKED_COLOURS = ("#1b7837", "#7fbc41", "#e08214", "#b2182b")  # best to worst (TIP: Tier 1 ... Tier 3)
OTHER_COLOUR = "#6a51a3"  # placements outside the ranking (Special Case)


def _n(value: float) -> str:
    """A coordinate with at most one decimal, no '-0' and no trailing '.0' (same bytes everywhere)."""
    text = f"{round(value, 1):.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _text(x: float, y: float, body: str, *, anchor: str = "middle", size: int = 12, weight: str = "normal",
          fill: str = "#1b1b1b") -> str:
    return (f'<text x="{_n(x)}" y="{_n(y)}" text-anchor="{anchor}" font-size="{size}" font-weight="{weight}" '
            f'fill="{fill}" {FONT}>{escape(body)}</text>')


@dataclass(frozen=True)
class TierPoint:
    year: int
    tier: str | None
    streak: int


def _colours(ranked: tuple[str, ...], others: tuple[str, ...]) -> dict[str, str]:
    colours = {tier: RANKED_COLOURS[min(len(RANKED_COLOURS) - 1, round(i * (len(RANKED_COLOURS) - 1) /
                                                                          max(1, len(ranked) - 1)))]
               for i, tier in enumerate(ranked)}
    return colours | {tier: OTHER_COLOUR for tier in others}


def tier_timeline(country: str, points: list[TierPoint], ranked: tuple[str, ...],
                  others: tuple[str, ...] = ()) -> Markup:
    """Years across, placements down (the profile's ranked tiers, best at the top, then any unranked placement
    the years use, e.g. Special Case); a dot per year, a bar through each run of years at the same tier with its
    length, a line for each move. A year whose tier was not found has no dot."""
    used = {p.tier for p in points}
    tiers = list(ranked) + [t for t in others if t in used] + sorted(t for t in used if t and t not in ranked + others)
    colour_of = _colours(ranked, others)
    years = [p.year for p in points]
    first, last = min(years), max(years)
    left, top, step_x, step_y = 150, 30, 64, 40
    width = left + step_x * (last - first) + 60
    height = top + step_y * (len(tiers) - 1) + 60

    def x(year: int) -> float:
        return left + step_x * (year - first)

    def y(tier: str) -> float:
        return top + step_y * tiers.index(tier)

    label = f"{country}: tier by year, {first} to {last}"
    out = [(f'<svg xmlns="http://www.w3.org/2000/svg" class="tier-timeline" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}">'),
           f"<title>{escape(label)}</title>"]
    for tier in tiers:
        out.append(f'<line x1="{left - 10}" y1="{_n(y(tier))}" x2="{_n(width - 30)}" y2="{_n(y(tier))}" '
                   f'stroke="#e3e3e3" stroke-width="1"/>')
        out.append(_text(left - 16, y(tier) + 4, tier, anchor="end"))
    for year in range(first, last + 1):
        out.append(_text(x(year), height - 12, str(year), size=11, fill="#5c5c5c"))
    placed = [p for p in points if p.tier in tiers]
    # runs of consecutive years at one tier: a thick bar with the run's length
    run: list[TierPoint] = []
    runs: list[list[TierPoint]] = []
    for point in placed:
        if run and point.tier == run[-1].tier and point.year == run[-1].year + 1:
            run.append(point)
        else:
            if run:
                runs.append(run)
            run = [point]
    if run:
        runs.append(run)
    for index in range(1, len(placed)):
        before, after = placed[index - 1], placed[index]
        if before.tier != after.tier or after.year != before.year + 1:
            dash = "" if after.year == before.year + 1 else ' stroke-dasharray="4 3"'
            out.append(f'<line class="move" x1="{_n(x(before.year))}" y1="{_n(y(before.tier or ""))}" '
                       f'x2="{_n(x(after.year))}" y2="{_n(y(after.tier or ""))}" stroke="#7a7a7a" '
                       f'stroke-width="2"{dash}/>')
    for run in runs:
        tier = run[0].tier or ""
        colour = colour_of.get(tier, "#444")
        if len(run) > 1:
            out.append(f'<line class="streak" x1="{_n(x(run[0].year))}" y1="{_n(y(tier))}" x2="{_n(x(run[-1].year))}" '
                       f'y2="{_n(y(tier))}" stroke="{colour}" stroke-width="10" stroke-linecap="round" opacity="0.45"/>')
            middle = (x(run[0].year) + x(run[-1].year)) / 2
            out.append(_text(middle, y(tier) - 12, wording.count(len(run), "year"), size=11, weight="bold", fill=colour))
    for point in placed:
        tier = point.tier or ""
        out.append(f'<circle cx="{_n(x(point.year))}" cy="{_n(y(tier))}" r="7" fill="{colour_of.get(tier, "#444")}" '
                   f'stroke="#fff" stroke-width="2"><title>{point.year}: {escape(tier)}</title></circle>')
    out.append("</svg>")
    return Markup("".join(out))


def figure_chart(label: str, series: list[tuple[int, int | float | None]], years: list[int]) -> Markup:
    """A small line chart of one figure: a dot and its value per reported year; a year the report says was
    not reported gets an 'n/r' mark on the axis and breaks the line; a year without the figure is blank."""
    width, height, left, right, top, bottom = 300, 160, 16, 16, 38, 34
    values = {year: value for year, value in series}
    numbers = [v for v in values.values() if isinstance(v, (int, float))]
    high = max(numbers) if numbers else 1
    high = high or 1
    span_x = max(1, len(years) - 1)

    def x(year: int) -> float:
        return left + (width - left - right) * years.index(year) / span_x

    def y(value: float) -> float:
        return top + (height - top - bottom) * (1 - value / high)

    title = f"{label} by year"
    out = [(f'<svg xmlns="http://www.w3.org/2000/svg" class="figure-chart" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">'),
           f"<title>{escape(title)}</title>", _text(left, 14, label.capitalize(), anchor="start", size=13, weight="bold"),
           (f'<line x1="{left}" y1="{_n(height - bottom)}" x2="{width - right}" y2="{_n(height - bottom)}" '
           f'stroke="#bdbdbd" stroke-width="1"/>')]
    segment: list[str] = []
    segments: list[list[str]] = []
    for year in years:
        value = values.get(year, "missing")
        if isinstance(value, (int, float)):
            segment.append(f"{_n(x(year))},{_n(y(value))}")
        else:
            if segment:
                segments.append(segment)
            segment = []
    if segment:
        segments.append(segment)
    for points in segments:
        if len(points) > 1:
            out.append(f'<polyline points="{" ".join(points)}" fill="none" stroke="#0b4f8a" stroke-width="2"/>')
    for year in years:
        value = values.get(year, "missing")
        out.append(_text(x(year), height - bottom + 14, f"’{year % 100:02d}", size=10, fill="#5c5c5c"))
        if isinstance(value, (int, float)):
            out.append(f'<circle cx="{_n(x(year))}" cy="{_n(y(value))}" r="3.5" fill="#0b4f8a">'
                       f"<title>{year}: {value:,}</title></circle>")
            out.append(_text(x(year), y(value) - 7, f"{value:,}", size=10))
        elif value is None:
            out.append(_text(x(year), height - bottom - 4, "n/r", size=10, fill="#a4161a"))
    out.append("</svg>")
    return Markup("".join(out))
