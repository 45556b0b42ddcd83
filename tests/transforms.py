"""Copies of one narrative as other tools deliver it: re-wrapped (with and without word hyphenation), other quote
and dash styles, NFD, invisible characters and no-break spaces, other bullet glyphs and list layouts,
recommendations joined by semicolons. Each transform is `text -> text` and keeps every word of the narrative.

Hooks for other copies (the PDF helper adds typeset variants): add a text transform to TRANSFORMS (name ->
factory taking a `random.Random` and returning the transform), or a way of writing the text to a file to
WRITERS (name -> function returning the file's bytes and suffix).
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

Transform = Callable[[str], str]

_ITEM_HEADINGS = re.compile(r"^(PRIORITIZED RECOMMENDATIONS:?|Recommendations for [^\n:]+:)$", re.MULTILINE)
_INLINE_BULLET = " • "


def paragraphs(text: str) -> list[str]:
    return text.split("\n")


def _words_thrice(text: str) -> set[str]:
    counts: dict[str, int] = {}
    for word in re.findall(r"[A-Za-z]+", text):
        counts[word.lower()] = counts.get(word.lower(), 0) + 1
    return {w for w, n in counts.items() if n >= 3}


def rewrap(text: str, width: int, hyphenate: bool = False, rng: random.Random | None = None) -> str:
    """Every line wrapped greedily at `width` (breaking after a compound's hyphen where it helps, as `fmt` and
    e-mail clients do). With `hyphenate`, a long word that does not fit is broken as a typesetter would
    ("traffick-" / "ing"), only words the narrative writes at least three times, so that it still writes them
    whole twice elsewhere (the document is the judge of its own words)."""
    rng = rng or random.Random(0)
    dictionary = _words_thrice(text) if hyphenate else set()
    out: list[str] = []
    for line in text.split("\n"):
        current, previous_end = "", -1
        for match in re.finditer(r"\S+?-(?=[A-Za-z])|\S+", line):
            word = match.group(0)
            glue = "" if match.start() == previous_end else " "  # a compound split at its hyphen: no space
            previous_end = match.end()
            if not current:
                current = word
            elif len(current) + len(glue) + len(word) <= width:
                current += glue + word
            else:
                room = width - len(current) - 2
                if (hyphenate and glue and word.isalpha() and word.lower() in dictionary and len(word) >= 8
                        and room >= 3):
                    cut = rng.randint(3, min(room, len(word) - 3))
                    out.append(f"{current} {word[:cut]}-")
                    current = word[cut:]
                else:
                    out.append(current)
                    current = word
        out.append(current)
    return "\n".join(out)


def straight_typography(text: str) -> str:
    """Curly quotes and apostrophes straight, em dashes as " -- ", en dashes as "-", ellipses as "..."."""
    return (text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
            .replace("—", " -- ").replace("–", "-").replace("…", "..."))


def curly_typography(text: str) -> str:
    """Straight apostrophes curly, straight double quotes as “ ”, " -- " and spaced hyphens as em dashes."""
    text = re.sub(r"(?<=\w)'(?=\w)", "’", text)
    text = re.sub(r'"([^"\n]*)"', r"“\1”", text)
    return re.sub(r" -- | - ", "—", text)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def invisibles(text: str, rng: random.Random) -> str:
    """A BOM, soft hyphens and zero-width spaces inside long words, no-break and narrow spaces between words."""
    def word(match: re.Match[str]) -> str:
        w = match.group(0)
        if len(w) >= 8 and rng.random() < 0.2:
            cut = rng.randint(2, len(w) - 2)
            return w[:cut] + rng.choice(["\u00ad", "\u200b", "\u2060"]) + w[cut:]
        return w

    text = re.sub(r"[A-Za-z]+", word, text)
    text = re.sub(r"(?<=\w) (?=\w)", lambda m: rng.choice([" "] * 6 + ["\u00a0", "\u202f"]), text)
    return "\ufeff" + text


_SEMICOLON_LAYOUT = re.compile(r"(Recommendations for [^:\n]+:|RECOMMENDATIONS FOR [^:\n]+:) (.*;.*)")


def _items_block(text: str) -> tuple[int, int, list[str]] | None:
    """(start, end, items) of the recommendations: the inline "a. • b." paragraph, the paragraphs after a
    recommendations heading up to the next all-capitals heading, or the items after "Recommendations for X:"
    joined by semicolons (then `start` is the heading's own line, which a new layout must bring back)."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.count(_INLINE_BULLET) >= 2:
            return index, index + 1, line.split(_INLINE_BULLET)
        if match := _SEMICOLON_LAYOUT.fullmatch(line):
            items = [re.sub(r"^and ", "", item.strip()).rstrip(".") for item in match.group(2).split(";")]
            lines_out = [f"{item[0].upper()}{item[1:]}." for item in items]
            return index, index + 1, [match.group(1)] + lines_out
        if _ITEM_HEADINGS.fullmatch(line):
            end = index + 1
            while end < len(lines) and not (lines[end].isupper() and lines[end].strip()):
                end += 1
            return index + 1, end, [p for p in lines[index + 1:end] if p.strip()]
    return None


def bullets(text: str, marker: str, one_per_line: bool) -> str:
    """Recommendations with another bullet: "•", "▪", "*", "-", "–", "1.", "1)", "(a)", "i." (numbered markers
    count up); inline (glyphs only) or one item per line."""
    block = _items_block(text)
    if block is None:
        return text
    start, end, items = block
    lines = text.split("\n")
    head = [items.pop(0), ""] if items[0].endswith(":") else []

    def mark(n: int) -> str:
        if marker in ("1.", "1)"):
            return f"{n + 1}{marker[1]}"
        if marker == "(a)":
            return f"({'abcdefghijklmnopqrstuvwxyz'[n]})"
        if marker == "i.":
            return ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv",
                    "xv", "xvi", "xvii", "xviii"][n] + "."
        return marker

    if one_per_line or len(marker) > 1 or marker in "*-–":
        body = [f"{mark(n)} {item.strip()}" for n, item in enumerate(items)]
    else:
        body = [f" {marker} ".join(item.strip() for item in items)]
    return "\n".join(lines[:start] + head + body + ([""] if end - start > 1 else []) + lines[end:])


def semicolons(text: str, inline: bool) -> str:
    """Recommendations as the older layout: "RECOMMENDATIONS FOR COUNTRY:" then one paragraph, items joined
    by semicolons, "and" before the last, first letters lower-case (inline: heading and items in one paragraph)."""
    block = _items_block(text)
    country = re.match(r"([A-Z][A-Z .'-]+?):", text.lstrip("\ufeff"))
    if block is None or country is None:
        return text
    start, end, items = block
    lines = text.split("\n")
    if items[0].endswith(":"):
        items.pop(0)
    if lines[start - 1:start] and _ITEM_HEADINGS.fullmatch(lines[start - 1]):
        start -= 1
    parts = []
    for n, item in enumerate(items):
        item = item.strip().rstrip(".")
        if n and item[:2].istitle():
            item = item[0].lower() + item[1:]
        parts.append(item)
    joined = "; ".join(parts[:-1]) + f"; and {parts[-1]}." if len(parts) > 1 else parts[0] + "."
    heading = f"RECOMMENDATIONS FOR {country.group(1).strip()}:"
    body = ([f"{heading} {joined}"] if inline else [heading, "", joined]) + ([""] if end - start > 1 else [])
    return "\n".join(lines[:start] + body + lines[end:])


MARKERS = ["•", "▪", "·", "◦", "*", "-", "–", "1.", "1)", "(a)", "i."]

def _rewrap(rng: random.Random) -> Transform:
    width = rng.randint(40, 200)
    return lambda text: rewrap(text, width)


def _rewrap_hyphenated(rng: random.Random) -> Transform:
    width, breaks = rng.randint(40, 200), random.Random(rng.random())
    return lambda text: rewrap(text, width, hyphenate=True, rng=breaks)


def _invisibles(rng: random.Random) -> Transform:
    places = random.Random(rng.random())
    return lambda text: invisibles(text, places)


def _bullets(rng: random.Random) -> Transform:
    marker, one_per_line = rng.choice(MARKERS), rng.random() < 0.5
    return lambda text: bullets(text, marker, one_per_line)


def _semicolons(rng: random.Random) -> Transform:
    inline = rng.random() < 0.5
    return lambda text: semicolons(text, inline)


# name -> factory(rng) -> transform; the PDF helper may add its own.
TRANSFORMS: dict[str, Callable[[random.Random], Transform]] = {
    "rewrap": _rewrap,
    "rewrap-hyphenated": _rewrap_hyphenated,
    "straight": lambda rng: straight_typography,
    "curly": lambda rng: curly_typography,
    "nfd": lambda rng: nfd,
    "invisibles": _invisibles,
    "bullets": _bullets,
    "semicolons": _semicolons,
}
# The order a combination is applied in: list layout first, wrapping and characters last (as a copy is made).
ORDER = ["semicolons", "bullets", "straight", "curly", "rewrap", "rewrap-hyphenated", "invisibles", "nfd"]

# name -> write(text) -> (file bytes, file suffix); the PDF helper may add typeset writers.
WRITERS: dict[str, Callable[[str], tuple[bytes, str]]] = {"txt": lambda t: (t.encode("utf-8"), ".txt")}


def apply(text: str, names: list[str], seed: int) -> str:
    """`text` through the named transforms (in ORDER; "rewrap" and "rewrap-hyphenated" are one choice)."""
    rng = random.Random(seed)
    chosen = [n for n in ORDER if n in names]
    if "rewrap" in chosen and "rewrap-hyphenated" in chosen:
        chosen.remove("rewrap")
    for name in chosen:
        text = TRANSFORMS[name](rng)(text)
    return text


# --- real edits, to check that a copy in another shape still shows them and only them ------------------------

def figure_spots(text: str) -> list[tuple[int, re.Match[str]]]:
    """(line, match) of every figure of the narrative body that `change_figure` may change."""
    lines = text.split("\n")
    return [(i, m) for i, line in enumerate(lines[2:], start=2) if line.count(" ") > 8
            for m in re.finditer(r"(?<![\d,.])\d{2,3}(?![\d,])", line)]


def change_figure(text: str, rng: random.Random) -> str:
    """One figure of the narrative body (two or three digits, not the title) changed by one."""
    lines = text.split("\n")
    spots = figure_spots(text)
    index, match = rng.choice(spots)
    line = lines[index]
    lines[index] = line[:match.start()] + str(int(match.group(0)) + 1) + line[match.end():]
    return "\n".join(lines)


def drop_item(text: str, rng: random.Random) -> str:
    """One recommendation left out."""
    block = _items_block(text)
    assert block is not None, "the narrative has recommendations"
    start, end, items = block
    lines = text.split("\n")
    if items[0].endswith(":"):  # the semicolon layout
        items.pop(0)
        del items[rng.randrange(len(items))]
        parts = [item.rstrip(".") for item in items]
        joined = "; ".join(parts[:-1]) + f"; and {parts[-1]}." if len(parts) > 1 else parts[0] + "."
        heading = _SEMICOLON_LAYOUT.fullmatch(lines[start]).group(1)  # type: ignore[union-attr]
        return "\n".join(lines[:start] + [f"{heading} {joined}"] + lines[end:])
    del items[rng.randrange(len(items))]
    if end - start == 1:
        body = [_INLINE_BULLET.join(item.strip() for item in items)]
    else:
        body = [line for item in items for line in (item, "")]
    return "\n".join(lines[:start] + body + lines[end:])


def reword(text: str, rng: random.Random) -> str:
    """One word of a body sentence replaced by another ("increased" -> "stalled")."""
    lines = text.split("\n")
    spots = [(i, m) for i, line in enumerate(lines[2:], start=2) if line.count(" ") > 8
             for m in re.finditer(r"(?<![\w-])[a-z]{6,}(?![\w-])", line)]
    index, match = rng.choice(spots)
    line = lines[index]
    lines[index] = line[:match.start()] + "stalled" + line[match.end():]
    return "\n".join(lines)


EDITS: dict[str, Callable[[str, random.Random], str]] = {"figure": change_figure, "drop recommendation": drop_item,
                                                        "reword": reword}
