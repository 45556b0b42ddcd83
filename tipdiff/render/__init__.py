"""Renderers: a Comparison in, text out. They read the model; the model never knows about them."""

from __future__ import annotations

from tipdiff.model import SectionDiff


def typography_note(sections: tuple[SectionDiff, ...]) -> str | None:
    """One sentence for every renderer's summary: how many units differ only in typography, per part; None when
    there are none. 'typography' is quotes, dashes, ellipses, bullets, spacing, commas between words (tipdiff.canonical)."""
    parts = [(s.title, s.typography) for s in sections if s.typography]
    if not parts:
        return None
    total = sum(n for _, n in parts)
    where = ", ".join(f"{title} {n}" for title, n in parts)
    unit = "unit differs" if total == 1 else "units differ"
    return (f"{total} {unit} only in typography (quotes, dashes, commas, bullets, spacing) and count as unchanged: "
            f"{where}.")
