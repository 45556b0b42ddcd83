"""figure_changed: a reported figure (investigations, prosecutions, convictions, victims identified, ...)
changed, or stopped or started being reported. "Did not report" is never read as zero.

The old value is the old report's own figure when it has one, else the value the new report gives for the
year before ("12 traffickers (30 in 2020)").
Options:
  keys: figure kinds to watch (default all; see tipdiff/data/facts.yaml).
  change: value | unreported | reported (default value). unreported: was a number, now "did not report";
          reported: the reverse.
  direction: up | down | any (default any), for change: value.
  min_percent / max_percent: the size of the change, in percent of the old value, that fires
          (default 0 and no maximum; a change from 0 counts as 100 percent).
Placeholders: label, old_value, new_value, percent, verb ("rose" / "fell"), prior_year.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tipdiff.checks import Context, Hit

TYPE = "figure_changed"
OPTIONS = {"type": "object", "additionalProperties": False,
           "properties": {"keys": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                          "change": {"enum": ["value", "unreported", "reported"]},
                          "direction": {"enum": ["up", "down", "any"]},
                          "min_percent": {"type": "number", "minimum": 0},
                          "max_percent": {"type": "number", "minimum": 0}}}
PLACEHOLDERS = ("label", "old_value", "new_value", "percent", "verb", "prior_year")


def _fmt(value: int | None) -> str:
    return "not reported" if value is None else f"{value:,}"


def check(rule, context: Context) -> list[Hit]:
    from tipdiff.checks import Hit

    options = rule.options
    keys = options.get("keys") or sorted(set(context.old.figures) | set(context.new.figures))
    change = options.get("change", "value")
    hits = []
    for key in keys:
        old_fig, new_fig = context.old.figures.get(key), context.new.figures.get(key)
        if new_fig is None or (rule.sections and new_fig.section not in rule.sections):
            continue
        if old_fig is not None:
            old_value, old_known, old_quote = old_fig.value, True, old_fig.sentence
        else:
            old_value, old_known, old_quote = new_fig.prior, new_fig.prior is not None, None
        new_value = new_fig.value
        if change == "unreported":
            fires = new_value is None and old_value is not None
        elif change == "reported":
            fires = new_value is not None and old_fig is not None and old_fig.value is None
        else:
            fires = new_value is not None and old_value is not None and old_known and new_value != old_value
        if not fires:
            continue
        percent = None
        if change == "value":
            percent = 100.0 if old_value == 0 else (new_value - old_value) / old_value * 100
            direction = options.get("direction", "any")
            if (direction == "up" and percent <= 0) or (direction == "down" and percent >= 0):
                continue
            if abs(percent) < options.get("min_percent", 0):
                continue
            if "max_percent" in options and abs(percent) >= options["max_percent"]:
                continue
        hits.append(Hit(new_fig.section, old_quote, new_fig.sentence, subject=key, values={
            "label": new_fig.label, "old_value": _fmt(old_value), "new_value": _fmt(new_value),
            "percent": "" if percent is None else f"{percent:+.0f}%",
            "verb": "" if percent is None else ("rose" if percent > 0 else "fell"),
            "prior_year": str(new_fig.prior_year or ""), "old": _fmt(old_value), "new": _fmt(new_value)}))
    return hits
