"""Which old part a new part continues, for reports whose parts are named after their headings (the Human Rights
Reports): a heading renamed ("g. Abuses in Internal Conflict" -> "g. Conflict-related Abuses"), re-nested (the
text of "e. Acceptable Conditions of Work" moved under its new sub-heading "Wage and Hour Laws:", the old heading
left empty), or two old parts merged into one ("Freedom of Expression:" folded into its parent "a. Freedom of
Expression, Including for Members of the Press and Other Media").

An old part is a candidate when the new year has no part of its name, or has one with no text; a new part is a
rename target on the same terms the other way round, and a merge target when it continues its own old part too.
A pair is scored by

- heading words: their Jaccard overlap, the list label ("e.", "Section 1.") and a trailing colon left out and
  hyphenated words split ("Conflict-related" is "conflict related");
- content: the share of the old part's sentences found in the new part, identical or nearly (word-sequence
  similarity >= CONTENT_SIMILARITY, tipdiff.pairing, each new sentence used once, most similar first), when
  at least MIN_FOUND are (one stock sentence, "Not applicable.", is no evidence);
- containment: all the words of the shorter heading in the longer ("i. Conflict-related Abuses" -> "c. War
  Crimes, ..., or Conflict-related Abuses"), counted only with some evidence besides: the same list label under
  the same numbered section ("d." in Section 2), or CONTAINED_CONTENT of the sentences;
- place: the same part before or after it in both years, with CONTAINED_CONTENT of the sentences ("Politically
  Motivated Reprisal against Individuals Located Outside the Country" -> "Transnational Repression", between
  the same two parts), which makes a rename but never beats a better score; between the same two parts on both
  sides, it is evidence for containment as the same label is ("d. Discrimination with Respect to Employment"
  -> "Discrimination (see section 6)" between "c." and "e.");
- a cross reference: a heading cut to fewer words and a closing "(see section 6)", with containment and the
  same label or place, is that part, even when most of its sentences went where the reference points;
- a run-in label: a sub-heading without a list label whose words (`name_words`) open a paragraph of a new part
  as a run-in label ("Corruption:" -> "Corruption: In August ..." in Section 4), with one of its sentences
  there, or that part its parent (the labelled part it stood under) or of its numbered section: merged into
  it (renamed, when the new part is a rename target). tipdiff.parts reads the reverse (a run-in label become a
  heading) as a split of the old part.

A rename needs a score >= RENAME_THRESHOLD; a merge into a part that continues its own old text needs the
content (or containment with content) to say so, never heading words alone. Pairs that reach the threshold
are taken best first by the sum of the evidence (heading overlap + content share, + 0.25 for the same label,
+ 0.25 for containment; ties in document order), one old
part to one new part for renames; several old parts may merge into one. A part split over several new parts is
not paired here: its sentences are aligned as moved across parts, and tipdiff.parts reports the split.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tipdiff.diff import words
from tipdiff.model import Report, Unit
from tipdiff.pairing import WordCodes, overlap, similar_pairs, similarity_at_least
from tipdiff.sides import unit_key_folded

RENAME_THRESHOLD = 0.5
CONTENT_SIMILARITY = 0.6  # the same as an edited sentence that moved (tipdiff.align.MOVED_EDIT_THRESHOLD)
MIN_FOUND = 2  # sentences found before the content counts at all
CONTAINED_CONTENT = 0.25  # share of sentences that, with one heading inside the other, makes a pair
_HEADING_STOP = {"and", "or", "of", "the", "in", "to", "for", "a", "an", "other", "including", "with", "on", "by"}
# a list label before a heading: "Section 1.", "e.", "IV.", "3." (the ones the Human Rights Reports use)
_LABEL = re.compile(r"^\s*(?:section\s+(\d+)\s*[.:]|([a-z]|[ivx]+|\d+)[.)])\s+", re.IGNORECASE)
LIST_LABEL = _LABEL


# a cross reference that ends a heading: "d. Discrimination (see section 6)", "(See also Section 2.d.)"
CROSS_REFERENCE = re.compile(r"\s*\(\s*(see(?:\s+also)?\s+[^()]*?)\s*\)\s*\.?\s*$", re.IGNORECASE)
# a run-in label that opens a paragraph: "Corruption: In August ...", at most 12 words, no sentence end before it
RUN_IN = re.compile(r"^((?:[^\s.:;!?]+\s+){0,11}[^\s.:;!?]+):\s")


def heading_text(heading: str) -> str:
    """The heading without its list label, a trailing colon and a closing cross reference:
    'e. Acceptable Conditions of Work:' -> 'Acceptable Conditions of Work', 'd. Discrimination (see section 6)'
    -> 'Discrimination'."""
    return CROSS_REFERENCE.sub("", _LABEL.sub("", heading, count=1).strip().rstrip(":").strip()).rstrip(":").strip()


def cross_reference(heading: str) -> str | None:
    """The cross reference a heading ends with ('d. Discrimination (see section 6)' -> 'see section 6'), or None."""
    match = CROSS_REFERENCE.search(heading.strip().rstrip(":"))
    return " ".join(match.group(1).split()) if match else None


def _heading(report: Report, name: str) -> str | None:
    return next((s.heading for s in report.sections if s.name == name and s.heading), None)


def name_words(text: str) -> frozenset[str]:
    """The words that name a part in a heading or a run-in label: list label, cross reference, stop words and
    hyphens left out ('e. Wage and Hour Laws:' -> {'wage', 'hour', 'laws'})."""
    return frozenset(w for part in words(heading_text(text)) for w in part.split("-") if w and w not in _HEADING_STOP)


def heading_words(report: Report, name: str) -> set[str]:
    """The words that name a part: its heading's (else its name's), label, stop words and hyphens left out, and
    the words a page template leaves at its end (the profile's `template_words`: 'Executive Summary Title')."""
    heading = _heading(report, name) or name.replace("-", " ")
    template = report.profile.template_words
    kept = words(heading_text(heading))
    while len(kept) > 2 and kept[-1].casefold() in template:  # "Land Title" keeps its word
        kept = kept[:-1]
    return set(name_words(" ".join(kept)))


def run_in_labels(report: Report) -> dict[frozenset[str], list[str]]:
    """The run-in labels that open paragraphs ('Corruption: In August ...', a heading the year writes in bold
    at the start of a paragraph), as their words (`name_words`) -> the parts that hold one, in document order."""
    out: dict[frozenset[str], list[str]] = {}
    for section in report.sections:
        for paragraph in section.paragraphs:
            match = RUN_IN.match(paragraph)
            label = name_words(match.group(1)) if match else frozenset()
            if label and section.name not in out.setdefault(label, []):
                out[label].append(section.name)
    return out


def numbered_sections(report: Report) -> dict[str, str]:
    """Part -> the number of the numbered section it stands in ('4' for 'Corruption:' after 'Section 4. ...'),
    the section's own title part included; parts before the first numbered section are left out."""
    out: dict[str, str] = {}
    for name, section, _ in _walk_labels(report):
        if section:
            out.setdefault(name, section)
    return out


def _walk_labels(report: Report) -> list[tuple[str, str, str]]:
    """(part, the numbered section it stands in, its own letter or '') for every part in order: ('d. Freedom
    of Movement' in Section 2) -> (name, '2', 'd'); a numbered section's own title part has no letter."""
    out: list[tuple[str, str, str]] = []
    section = ""
    for part in report.sections:
        match = _LABEL.match(part.heading or "")
        if match and match.group(1):
            section = match.group(1)
        out.append((part.name, section, match.group(2).lower() if match and not match.group(1) else ""))
    return out


def parents(report: Report) -> dict[str, str]:
    """Part -> the part it is nested under: the nearest part before it whose heading has a list label ('b.',
    'Section 4.'); parts before the first labelled heading are left out. 'Freedom of Peaceful Assembly' after
    'b. Freedoms of Peaceful Assembly and Association' -> that part."""
    out: dict[str, str] = {}
    parent = None
    for part in report.sections:
        if parent is not None and part.name != parent:
            out.setdefault(part.name, parent)
        if _LABEL.match(part.heading or ""):
            parent = part.name
    return out


def labelled_in(label_parts: list[str], found: dict[str, int], near: set[str]) -> str | None:
    """Which of the parts that open a paragraph with a part's heading as a run-in label continues it: the first
    (in document order) where some of its sentences are found (`found`: part -> sentences), else the first of
    `near` (its parent, or a part of its own numbered section); None when neither (a label of the same words
    elsewhere is no evidence)."""
    with_text = [n for n in label_parts if found.get(n, 0) >= 1]
    if with_text:
        return with_text[0]
    return next((n for n in label_parts if n in near), None)


def _labels(report: Report) -> dict[str, tuple[str, str]]:
    """Part -> (numbered section it stands in, its letter): ('2', 'd') for 'd. Freedom of Movement' in Section 2."""
    return {name: (section, letter) for name, section, letter in _walk_labels(report) if letter}


def _neighbours(names: list[str], name: str) -> set[tuple[str, str]]:
    """('before', part) and ('after', part) for the parts either side of `name`."""
    at = names.index(name)
    return ({("before", names[at - 1])} if at else set()) | ({("after", names[at + 1])} if at + 1 < len(names) else set())


def units_by_part(report: Report) -> dict[str, list[Unit]]:
    """`report.units_in` for every part at once (one pass, not one per part)."""
    parts: dict[str, list[Unit]] = {}
    for unit in report.units:
        parts.setdefault(unit.section, []).append(unit)
    return parts


def _found_in(old_units: dict[str, list[Unit]], new_units: dict[str, list[Unit]], olds: Sequence[str],
              news: Sequence[str]) -> dict[tuple[str, str], int]:
    """(old part, new part) -> how many of the old part's sentences the new part has, identical (by key) or
    nearly (similarity >= CONTENT_SIMILARITY); each sentence paired once, identical ones first, then the most
    similar. New sentences that stand unchanged in their own old part are left out (they are not available)."""
    old_keys = {n: {unit_key_folded(u.text, u.kind) for u in old_units.get(n, ())} for n in new_units}
    old_items = {(o, i): u for o in olds for i, u in enumerate(old_units.get(o, ()))}
    new_items = {(n, j): u for n in news for j, u in enumerate(new_units.get(n, ()))
                 if unit_key_folded(u.text, u.kind) not in old_keys.get(n, set())}
    found: dict[tuple[str, str], int] = {}
    used_new: set[tuple[str, int]] = set()
    by_key: dict[str, list[tuple[str, int]]] = {}
    for key, unit in new_items.items():
        by_key.setdefault(unit_key_folded(unit.text, unit.kind), []).append(key)
    free_old = []
    for (o, i), unit in old_items.items():
        same = [k for k in by_key.get(unit_key_folded(unit.text, unit.kind), ()) if k not in used_new]
        if same:
            used_new.add(same[0])
            found[(o, same[0][0])] = found.get((o, same[0][0]), 0) + 1
        else:
            free_old.append((o, i))
    # words as codes (one character a word, tipdiff.pairing.WordCodes): the same scores, computed faster; the
    # exact bounds (length, longest common subsequence) rule most pairs out before difflib scores them
    codes = WordCodes()
    old_words = {k: codes.encode(words(old_items[k].text)) for k in free_old}
    new_words = {k: codes.encode(words(u.text)) for k, u in new_items.items() if k not in used_new}
    scored = []
    for a, b in similar_pairs(old_words, new_words, CONTENT_SIMILARITY):
        score = similarity_at_least(old_words[a], new_words[b], CONTENT_SIMILARITY)
        if score is not None:
            scored.append((-score, a, b))
    used_old: set[tuple[str, int]] = set()
    for _, a, b in sorted(scored):
        if a not in used_old and b not in used_new:
            used_old.add(a)
            used_new.add(b)
            found[(a[0], b[0])] = found.get((a[0], b[0]), 0) + 1
    return found


def renamed_parts(old: Report, new: Report) -> dict[str, str]:
    """Old part -> the new part that continues it under another heading (renamed, re-nested, or merged with the
    new part's own old text); see the module docstring for the scores. Deterministic: ties go to document order."""
    old_names, new_names = old.section_names(), new.section_names()
    old_units, new_units = units_by_part(old), units_by_part(new)
    # with text the new part of its name lacks; or a heading alone (a numbered section's title), gone by name
    old_only = [n for n in old_names if (old_units.get(n) and not new_units.get(n)) or
                (not old_units.get(n) and n not in new_names)]
    if not old_only:
        return {}
    # a rename target: no old part of its name with text; a merge target: it continues its own old part too
    renamable = {n for n in new_names if not old_units.get(n)}
    targets = [n for n in new_names if n not in old_only and (n in renamable or new_units.get(n))]
    found = _found_in(old_units, new_units, old_only, targets)
    old_labels, new_labels = _labels(old), _labels(new)
    new_words = {n: heading_words(new, n) for n in targets}
    labels, old_sections, new_sections = run_in_labels(new), numbered_sections(old), numbered_sections(new)
    referenced = {n for n in renamable if cross_reference(_heading(new, n) or "")}
    old_parents = parents(old)
    candidates = []
    for o in old_only:
        o_words, size = heading_words(old, o), len(old_units.get(o, ()))
        # the heading now a run-in label opening a paragraph of a new part ("Corruption:" -> "Corruption: In ...")
        # (only a sub-heading without a list label: "d. Freedom of Movement" is no "Freedom of Movement:" of refugees)
        label_parts = [n for n in labels.get(frozenset(o_words), []) if n in new_words
                       and not _LABEL.match(_heading(old, o) or "")]
        near = {n for n in label_parts if n == old_parents.get(o) or
                (o in old_sections and new_sections.get(n) == old_sections[o])}
        labelled = labelled_in(label_parts, {n: found.get((o, n), 0) for n in label_parts}, near) if size else None
        for n in targets:
            if not size and n not in renamable:
                continue  # a heading alone is renamed, never merged
            # a single sentence is no evidence ("Not applicable." stands under many headings)
            content = found.get((o, n), 0) / size if found.get((o, n), 0) >= MIN_FOUND else 0.0
            heading = overlap(o_words, new_words[n])
            shared = o_words & new_words[n]
            contained = bool(shared) and len(shared) == min(len(o_words), len(new_words[n]))
            same_label = o in old_labels and old_labels[o] == new_labels.get(n)
            # the same place: between the same two parts in both years ("c." and "e." around a "d.")
            same_slot = len(_neighbours(old_names, o) & _neighbours(new_names, n)) == 2
            evidence = content >= CONTAINED_CONTENT or ((same_label or same_slot) and n in renamable)
            # the heading cut to a cross reference under its label or in its place ("d. Discrimination (see section
            # 6)"): that part goes on there, even when most of its sentences went where the reference points
            label = 1.0 if n == labelled or (evidence and contained and n in referenced) else 0.0
            if n in renamable:
                slot = RENAME_THRESHOLD if _neighbours(old_names, o) & _neighbours(new_names, n) and \
                    content >= CONTAINED_CONTENT else 0.0
                score = max(heading, content, 1.0 if contained and evidence else 0.0, slot, label)
            else:  # a merge: what the new part holds of the old one (or its heading as a run-in label there) must
                # say so, never the heading words alone
                score = max(content, RENAME_THRESHOLD if contained and content >= CONTAINED_CONTENT else 0.0, label)
            if score >= RENAME_THRESHOLD:
                # ranked by all the evidence at once: a part split in two goes on under the heading that shares its
                # words and label, even when the other half holds more of its sentences
                weight = heading + content + (0.25 if same_label else 0.0) + (0.25 if contained else 0.0) + label
                candidates.append((-weight, -score, -content, old_names.index(o), new_names.index(n), o, n))
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for _, _, negative_content, _, _, o, n in sorted(candidates):
        if o in mapping:
            continue
        if n in renamable and n in taken and -negative_content < RENAME_THRESHOLD:
            continue  # one old part per renamed heading; a second is a merge only when its text says so
        mapping[o] = n
        taken.add(n)
    return mapping
