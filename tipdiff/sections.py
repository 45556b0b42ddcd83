"""Split a narrative's paragraphs into its parts (overview, recommendations, prosecution, ...).

A part starts at a heading ("PROSECUTION", "Recommendations for Cambodia:"), at a formula sentence that opens it
("The government decreased protection efforts."), or, for recommendations written as "a • b • c", at the first
bulleted paragraph. All of these are declared in the report profile. Text before any part is 'unsectioned':
shown, never dropped.
"""

from __future__ import annotations

import re

from tipdiff.canonical import BULLET_GLYPHS, unit_key
from tipdiff.model import Section, Unit
from tipdiff.profile import Profile
from tipdiff.reflow import LIST_MARKER
from tipdiff.sentences import split_items, split_sentences
from tipdiff.text_headings import guessed_levels

MAX_HEADING_CHARS = 80


def _heading(paragraph: str, profile: Profile, country: str | None) -> tuple[str, str, str] | None:
    """(section name, heading text, remainder) when the paragraph is or starts with a heading."""
    for spec in profile.sections:
        for template in spec.headings:
            pattern = profile.section_pattern(template, country)
            if len(paragraph) <= MAX_HEADING_CHARS and pattern.fullmatch(paragraph):
                return spec.name, paragraph, ""
            match = pattern.match(paragraph)
            if match and match.group(0).endswith(":"):
                return spec.name, match.group(0), paragraph[match.end():].strip()
            # a heading the profile writes without its colon, run into its paragraph with one ("Trafficking
            # Profile: As reported ...", a paste that lost the heading's line break)
            if match and match.group(0) and paragraph.startswith(":", match.end()):
                return spec.name, match.group(0) + ":", paragraph[match.end() + 1:].strip()
    return None


def _opener(paragraph: str, profile: Profile, country: str | None) -> str | None:
    for spec in profile.sections:
        if any(profile.section_pattern(t, country).match(paragraph) for t in spec.openers):
            return spec.name
    return None


def _bulleted(paragraph: str, profile: Profile, following: str | None = None) -> str | None:
    """The part a bulleted list opens: one paragraph with two or more inline bullets (any glyph), or a list
    item ("* ", "1. ", "(a) ") followed by another (the same list copied as one item per line)."""
    for spec in profile.sections:
        if not spec.bullet:
            continue
        glyphs = BULLET_GLYPHS if spec.bullet in BULLET_GLYPHS else spec.bullet
        if len(re.findall(r"(?:^|\s)[" + re.escape(glyphs) + r"](?=\s)", paragraph)) >= 2:
            return spec.name
        if following is not None and LIST_MARKER.match(paragraph) and LIST_MARKER.match(following):
            return spec.name
    return None


def stands_alone(line: str, profile: Profile) -> bool:
    """A line that is a paragraph by itself wherever it stands: a heading, the title, or page chrome."""
    if any(pattern.fullmatch(line) for pattern in profile.chrome):
        return True
    if len(line) > MAX_HEADING_CHARS:
        return False
    if profile.title is not None and profile.title.fullmatch(line):
        return True
    found = _heading(line, profile, None)
    return found is not None and not found[2]


def opens_part(line: str, profile: Profile) -> bool:
    """A line that starts a part: a heading followed by text ("Recommendations for X: ...") or an opener."""
    return _heading(line, profile, None) is not None or _opener(line, profile, None) is not None


def heading_slug(heading: str) -> str:
    """A part name from a page heading: 'c. Torture and Other Cruel ...' -> 'torture-and-other-cruel-...'."""
    text = re.sub(r"^(?:Section \d+\.?\s*)?(?:[a-z]\.\s+)?", "", heading.strip())
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return slug[:60].rstrip("-") or "section"


def _split_by_headings(paragraphs: tuple[str, ...], lines: tuple[int, ...], levels: tuple[int, ...],
                       profile: Profile) -> list[Section]:
    sections: list[Section] = []
    seen: dict[str, int] = {}
    body: list[str] = []
    heading: str | None = None
    name, start = profile.unsectioned, lines[0] if lines else 1
    low, high = profile.heading_levels
    for paragraph, line, level in zip(paragraphs, lines, levels, strict=True):
        if low <= level <= high:
            if body or heading:
                sections.append(Section(name, heading, tuple(body), start))
            slug = heading_slug(paragraph)
            seen[slug] = seen.get(slug, 0) + 1
            name = slug if seen[slug] == 1 else f"{slug}-{seen[slug]}"
            heading, body, start = paragraph, [], line
        else:
            body.append(paragraph)
    if body or heading:
        sections.append(Section(name, heading, tuple(body), start))
    return sections


# Where a sentence starts inside a paragraph: after a sentence's end and spaces.
_SENTENCE_START = re.compile(r"(?<=[.!?])[”\"’')]?\s+(?=[A-Z“\"])")
# Sentences of a paragraph before a part's opener within which the opener still opens the whole paragraph.
MAX_LEAD_SENTENCES = 1


def _opener_inside(paragraph: str, profile: Profile, country: str | None, parts: set[str]) -> tuple[int, str] | None:
    """(where, part) of the first sentence inside the paragraph, not its first, that opens one of `parts`."""
    for boundary in _SENTENCE_START.finditer(paragraph):
        rest = paragraph[boundary.end():]
        for spec in profile.sections:
            if spec.name in parts and any(profile.section_pattern(t, country).match(rest) for t in spec.openers):
                return boundary.end(), spec.name
    return None


def _unbreak(paragraphs: tuple[str, ...], lines: tuple[int, ...], profile: Profile,
             country: str | None) -> tuple[tuple[str, ...], tuple[int, ...], list[str | None]]:
    """Paragraphs with a part opener that lost its paragraph break put back at a paragraph's start, and the part
    each paragraph opens (None for most). A paste can join two paragraphs at a part's edge ("... pending trial.
    The government maintained insufficient law enforcement efforts, ..."), or a sentence can be added before a
    part's opening sentence; with no paragraph that starts with the part's opener, the part would be lost and
    its sentences read as the part before (false "new recommendation" findings, figures taken from other parts).
    Only a part none of whose openers starts a paragraph is looked for inside one. The opener then starts a
    paragraph of its own, unless the paragraph is no list and at most MAX_LEAD_SENTENCES stand before it: such a
    paragraph opens the part whole (a sentence added before the opener belongs to the part it stands in). The
    words and their order are kept; each paragraph's opener is read once, here."""
    opened = [_opener(paragraph, profile, country) for paragraph in paragraphs]
    missing = {spec.name for spec in profile.sections if spec.openers} - {name for name in opened if name}
    if not missing:
        return paragraphs, lines, opened
    out: list[str] = []
    out_lines: list[int] = []
    out_opened: list[str | None] = []
    for paragraph, line, opens in zip(paragraphs, lines, opened, strict=True):
        found = _opener_inside(paragraph, profile, country, missing)
        if found is None:
            out.append(paragraph)
            out_lines.append(line)
            out_opened.append(opens)
            continue
        where, name = found
        missing.discard(name)
        lead = paragraph[:where].strip()
        if _bulleted(lead, profile) is not None or len(split_sentences(lead)) > MAX_LEAD_SENTENCES:
            out += [lead, paragraph[where:].strip()]
            out_lines += [line, line]
            out_opened += [_opener(lead, profile, country), name]
        else:
            out.append(paragraph)
            out_lines.append(line)
            out_opened.append(name)
    return tuple(out), tuple(out_lines), out_opened


def split_sections(paragraphs: tuple[str, ...], lines: tuple[int, ...], profile: Profile,
                   country: str | None, levels: tuple[int, ...] = ()) -> list[Section]:
    if profile.headings_are_sections and not any(levels):  # a page copied as text or printed: no markup
        paragraphs, lines, levels = guessed_levels(paragraphs, lines)
    if profile.headings_are_sections and any(levels):
        return _split_by_headings(paragraphs, lines, levels, profile)
    paragraphs, lines, openers = _unbreak(paragraphs, lines, profile, country)
    sections: list[Section] = []
    body: list[str] = []
    heading: str | None = None
    name, start = profile.unsectioned, lines[0] if lines else 1
    inline = False

    def close() -> None:
        if body or heading:
            sections.append(Section(name, heading, tuple(body), start, inline))

    for index, (paragraph, line) in enumerate(zip(paragraphs, lines, strict=True)):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        found = _heading(paragraph, profile, country)
        if found:
            close()
            name, heading, rest = found
            body, start, inline = ([rest] if rest else []), line, bool(rest)
            continue
        opened = openers[index] or _bulleted(paragraph, profile, following)
        if opened and opened != name:
            close()
            name, heading, body, start, inline = opened, None, [], line, False
        body.append(paragraph)
    close()
    return sections


def units_of(sections: list[Section], profile: Profile) -> list[Unit]:
    """Sentences, or items in a part that declares item separators; ids count within each part name."""
    units: list[Unit] = []
    counters: dict[str, int] = {}
    paragraph_counters: dict[str, int] = {}
    for section in sections:
        spec = profile.spec(section.name)
        for number, paragraph in enumerate(section.paragraphs):
            p_index = paragraph_counters.get(section.name, 0)
            paragraph_counters[section.name] = p_index + 1
            if spec and spec.inline_items and (section.inline and number == 0 or len(section.paragraphs) == 1):
                # the older layout: the whole list in one paragraph, items joined by semicolons
                pieces, kind = split_items(paragraph, spec.items + spec.inline_items), "item"
            elif spec and spec.items:
                pieces, kind = split_items(paragraph, spec.items), "item"
            else:
                pieces, kind = split_sentences(paragraph), "sentence"
            for piece in pieces:
                n = counters.get(section.name, 0) + 1
                counters[section.name] = n
                units.append(Unit(f"{section.name}-{n}", section.name, p_index, piece, kind, unit_key(piece, kind)))
    return units


def join_sections(title: str | None, sections: tuple[Section, ...], title_line: int | None = None) -> str:
    """The cleaned text back from its parts: each part's heading and paragraphs, the title where it stood."""
    blocks: list[str] = []
    placed = title is None
    for section in sections:
        if title is not None and not placed and (title_line is None or section.line > title_line):
            blocks.append(title)
            placed = True
        paragraphs = list(section.paragraphs)
        if section.heading and section.inline and paragraphs:
            paragraphs[0] = f"{section.heading} {paragraphs[0]}"
        elif section.heading:
            blocks.append(section.heading)
        blocks.extend(paragraphs)
    if title is not None and not placed:
        blocks.append(title)
    return "\n\n".join(blocks)
