"""figures_edited: a sentence edited between the years that states a quantity with another value ("arrested 45
protesters" -> "arrested 60 protesters", "2.3 billion riels" -> "1.9 billion riels"), whatever the figure
counts. The TIP rules read named figures (convictions, victims identified: figure_changed); this type is for
reports with no fixed list of figures (the Human Rights Reports), and for the digest's "figures changed" count
(tipdiff.facts.semantic), which counts the same sentences.

The figures are the quantities of tipdiff.facts.quantities (counts, percentages, amounts with scale words and
currencies), less numbers that are no figure ("no one", "the one who", a day of a month, a section number);
two figures are one quantity when they have the same unit and count the same thing (the words right after
them: "94 cases" and "79 cases"; tipdiff.facts.edited_figures). A sentence whose figures are the same, in any
order, is quiet; so is one that only drops a figure or states one for the first time (a rewritten sentence
"one paramilitary ranger was killed" -> "a military officer was injured"). No options.
Placeholders: old_figures, new_figures (the old and new figures of the quantities that changed, as written,
in sentence order, joined by ", ").
Scope: the rule's `sections` (default: all parts). One finding per edited sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tipdiff.facts.semantic import changed_figures
from tipdiff.facts.vocabulary import load_vocabulary
from tipdiff.ruletypes.base import Context, Hit

if TYPE_CHECKING:
    from tipdiff.rules_loader import Rule  # only a type: the loader imports the rule types

TYPE = "figures_edited"
OPTIONS = {"type": "object", "additionalProperties": False, "properties": {}}
PLACEHOLDERS = ("old_figures", "new_figures")


def check(rule: Rule, context: Context) -> list[Hit]:
    vocabulary = context.vocabulary or load_vocabulary()
    hits = []
    for section in context.comparison.sections:
        if rule.sections and section.name not in rule.sections:
            continue
        for change in section.changes:
            figures = changed_figures(change, vocabulary)
            if figures is None or change.old is None or change.new is None:
                continue
            old, new = figures
            hits.append(Hit(section.name, change.old.text, change.new.text, change.new.id,
                            {"old_figures": ", ".join(old), "new_figures": ", ".join(new)}))
    return hits
