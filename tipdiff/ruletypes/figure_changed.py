"""figure_changed: a reported figure (investigations, prosecutions, convictions, victims identified, ...)
changed, or stopped or started being reported. "Did not report" is never read as zero.

The old value is the old report's own figure when it has one, else the value the new report gives for the
year before ("12 traffickers (30 in 2020)"). Values are compared only in the same unit (a count, a percentage,
riels, U.S. dollars; see tipdiff.facts.quantities): "2.3 billion riels" against "1.9 billion riels" is a change
of +21%, "$560,000" against "1.9 billion riels" is not compared. Values are shown with their units, as written.
The two figures compared are one statement followed across the years (tipdiff.facts.pairs): when a part gives
two figures of a kind and one stops being reported, the other is not taken for it; figures of different parts
(neither the summary) are not compared unless their sentences are aligned as one. A kind's other statements
("arresting eight foreigners suspected of child sex tourism" beside the part's 150 arrests) are each compared
with the sentence they became, and quoted, so a change in one is never hidden by the kind's main figure.
Options:
  keys: figure kinds to watch (default all; see tipdiff/data/facts.yaml).
  change: value | unreported | reported (default value). unreported: was a number, now "did not report";
          reported: the reverse, or a figure the old text does not give that the new one says went unreported
          the year before ("convicted 40 traffickers (unreported in 2023)").
  direction: up | down | any (default any), for change: value.
  min_percent / max_percent: the size of the change, in percent of the old value, that fires
          (default 0 and no maximum; a change from 0 counts as 100 percent).
Placeholders: label, old_value, new_value, percent, verb ("rose" / "fell"), prior_year, change_words ("fell 9%,
from 33 to 30", "rose from zero to 12": tipdiff.wording.change_words).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tipdiff.facts.figures import NOT_REPORTED
from tipdiff.facts.quantities import show
from tipdiff.ruletypes.base import Context, Hit
from tipdiff.wording import change_words

if TYPE_CHECKING:
    from tipdiff.rules_loader import Rule  # only a type: the loader imports the rule types

TYPE = "figure_changed"
OPTIONS = {"type": "object", "additionalProperties": False,
           "properties": {"keys": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                          "change": {"enum": ["value", "unreported", "reported"]},
                          "direction": {"enum": ["up", "down", "any"]},
                          "min_percent": {"type": "number", "minimum": 0},
                          "max_percent": {"type": "number", "minimum": 0}}}
PLACEHOLDERS = ("label", "old_value", "new_value", "percent", "verb", "prior_year", "change_words")


def _fmt(value: int | float | None, unit: str = "", text: str = "") -> str:
    return show(value, unit, text)


def check(rule: Rule, context: Context) -> list[Hit]:
    options = rule.options
    keys = options.get("keys") or sorted(set(context.old.figures) | set(context.new.figures))
    change = options.get("change", "value")
    hits = []
    wanted = set(keys)
    pairs = [*(p for key in keys if (p := context.figure_pairs.get(key)) is not None),
             *(p for p in context.other_figure_pairs if p.key in wanted)]
    for pair in pairs:
        key = pair.key
        if pair.new is None or (rule.sections and pair.new.section not in rule.sections):
            continue
        if not pair.same:
            continue  # two statements (another agency's count, another part's): shown, never compared
        old_fig, new_fig = pair.old, pair.new
        subject = key if pair is context.figure_pairs.get(key) else f"{key}: {new_fig.sentence}"
        if old_fig is not None:
            old_value, old_known, old_quote = old_fig.value, True, old_fig.sentence
            old_unit, old_text = old_fig.unit, old_fig.value_text
        else:
            old_value, old_known, old_quote = new_fig.prior, new_fig.prior is not None, None
            old_unit, old_text = new_fig.prior_unit or new_fig.unit, new_fig.prior_value_text
        new_value = new_fig.value
        if old_value == 0 and not old_unit:
            old_unit = new_fig.unit  # "none in 2019" is zero of whatever is counted
        if old_value is not None and new_value is not None and old_unit != new_fig.unit:
            continue  # another unit (riels one year, dollars the next): not comparable
        if change == "unreported":
            fires = new_value is None and old_value is not None
        elif change == "reported":
            # the old text said it was not reported; or, with no such figure in the old text, the new one says
            # last year's went unreported ("convicted 40 traffickers (unreported in 2023)")
            fires = new_value is not None and (old_fig.value is None if old_fig is not None else
                                               new_fig.prior is None and bool(NOT_REPORTED.search(new_fig.prior_text)))
        else:
            fires = new_value is not None and old_value is not None and old_known and new_value != old_value
        if not fires:
            continue
        percent = None
        if change == "value" and new_value is not None and old_value is not None:
            percent = 100.0 if old_value == 0 else (new_value - old_value) / old_value * 100
            direction = options.get("direction", "any")
            if (direction == "up" and percent <= 0) or (direction == "down" and percent >= 0):
                continue
            if abs(percent) < options.get("min_percent", 0):
                continue
            if "max_percent" in options and abs(percent) >= options["max_percent"]:
                continue
        hits.append(Hit(new_fig.section, old_quote, new_fig.sentence, subject=subject, values={
            "label": new_fig.label, "old_value": _fmt(old_value, old_unit, old_text),
            "new_value": _fmt(new_value, new_fig.unit, new_fig.value_text),
            "percent": "" if percent is None else f"{percent:+.0f}%",
            "verb": "" if percent is None else ("rose" if percent > 0 else "fell"),
            "change_words": "" if percent is None or old_value is None or new_value is None else change_words(
                old_value, new_value, _fmt(old_value, old_unit, old_text), _fmt(new_value, new_fig.unit, new_fig.value_text),
                new_fig.unit),
            "prior_year": str(new_fig.prior_year or ""), "old": _fmt(old_value, old_unit, old_text), "new": _fmt(new_value, new_fig.unit, new_fig.value_text)}))
    return hits
