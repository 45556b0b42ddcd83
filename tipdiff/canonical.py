"""The canonical text layer: one text from every paste, page and PDF, and the fold used to compare two years.

Every reader (txt in `tipdiff.ingest.text`, HTML in `tipdiff.ingest.html`, PDF in `tipdiff.ingest.pdf`) passes
the text it extracted through `canonical_text` before paragraphs, parts and sentences are found:

- line ends (CRLF, CR, U+2028/U+2029, NEL, VT, FF) become "\\n";
- soft hyphens, zero-width spaces and joiners, word joiners and byte-order marks are removed (a zero-width
  joiner inside an emoji sequence is kept); a soft hyphen at a line end joins the word across the break;
- every kind of space (tab, no-break, narrow no-break, figure, thin, hair, em, ideographic, ...) becomes " ";
- presentation forms are folded: the Latin ligatures U+FB00-FB06 ("ﬁ" -> "fi") and fullwidth ASCII and
  signs U+FF01-FF5E, U+FFE0-FFE6 ("Ａ" -> "A");
- the result is in Unicode NFC (composed accents: "e" + U+0301 -> "é").

This is the text reports quote: each year keeps its own quotes, dashes and bullets.

For comparison (alignment, word diffs, rules) `comparison_key` folds what is only typography on top of that:
curly and straight quotes and apostrophes, en/em dashes, the horizontal bar and "--" (with the spaces around
them), the ellipsis character and "..." (or ". . ."), bullet glyphs, and runs of whitespace. Two units with the
same key read the same to a reader; `item_key` also ignores an item's first-letter case and final punctuation
(recommendations written as bullets or as one paragraph joined by semicolons); `unit_key`, what units are
aligned and counted by, also drops the commas between words (`without_word_commas`: not those inside numbers, no
other mark). The folds are Unicode tables
(`unicodedata`), not guesses: only characters whose compatibility decomposition is the plain form are folded.

Readers call: `canonical_text(text) -> str` (whole extracted text, line breaks kept) or `canonical_line(line)`
(one paragraph or line: also trims and collapses spaces).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex

# Line separators other than "\n"; "\r\n" first so it becomes one break.
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
# A soft hyphen at the end of a line marks where a word was broken: the word is joined back.
_SOFT_HYPHEN_BREAK = re.compile(r"\u00ad[ \t]*\n[ \t]*")
# Zero-width joiner between two pictographs (family or profession emoji) is part of the character; kept.
_ZWJ_OUTSIDE_EMOJI = regex.compile(r"(?<!\p{Extended_Pictographic}\p{M}*)\u200d|\u200d(?!\p{Extended_Pictographic})")
# Soft hyphen, zero-width space / non-joiner, word joiner, Mongolian vowel separator, invisible operators, BOM.
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u2060-\u2064\u180e\ufeff]")
# Every horizontal space that is not " ": tab, no-break, Ogham, en/em/thin/hair..., narrow no-break,
# medium mathematical, ideographic.
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Presentation forms folded to their compatibility decomposition (Latin ligatures, fullwidth ASCII and signs).
_PRESENTATION = re.compile(r"[\ufb00-\ufb06\uff01-\uff5e\uffe0-\uffe6]")
_RUNS = re.compile(r" {2,}")


def _fold_presentation(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group(0))


def canonical_text(text: str) -> str:
    """The canonical form of extracted text (str -> str, line breaks kept as "\\n"; see the module docstring).

    Idempotent: canonical_text(canonical_text(t)) == canonical_text(t). Never raises.
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = _SOFT_HYPHEN_BREAK.sub("", text)
    if "\u200d" in text:
        text = _ZWJ_OUTSIDE_EMOJI.sub("", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _PRESENTATION.sub(_fold_presentation, text)
    return unicodedata.normalize("NFC", text)


def canonical_line(line: str) -> str:
    """One line or paragraph in canonical form, trimmed, runs of spaces collapsed, line breaks as spaces."""
    return _RUNS.sub(" ", canonical_text(line).replace("\n", " ")).strip()


# --- the comparison fold -------------------------------------------------------------------------------------

_QUOTE_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'", "\u0060": "'",
    "\u00b4": "'", "\u2039": "'", "\u203a": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2212": "-", "\u2043": "-",
    "\u2026": "...",
})
# Bullet glyphs of every era and source (state.gov "•", PDF "▪", pastes "·", "◦", "‣", "●", "∙", "■", "►", "➢").
BULLET_GLYPHS = "•·▪‣◦●∙■□►▸➢⦁"
_BULLETS = re.compile("[" + re.escape(BULLET_GLYPHS) + "]")
# Digit–digit ranges: an en dash is a hyphen ("2019–2023" = "2019-2023").
_RANGE_DASH = re.compile(r"(?<=\d)[\u2012\u2013](?=\d)")
# A dash between words: en/em dash, figure dash, horizontal bar, "--", or a hyphen with a space on both sides;
# the spaces around it are typography too.
_DASH = re.compile(r"\s*(?:-{2,}|[\u2012\u2013\u2014\u2015\u2e3a\u2e3b])\s*|\s+-\s+")
# _DASH matches somewhere exactly when this does (a "--", a dash character, or a hyphen between whitespace).
_DASH_PRESENT = re.compile(r"--|[\u2012\u2013\u2014\u2015\u2e3a\u2e3b]|\s-\s")
_DOTS = re.compile(r"\s*\.(?: ?\.){2}")
_ITEM_END = re.compile(r"[\s.;,:]+$")


@lru_cache(maxsize=16384)
def comparison_key(text: str) -> str:
    """`text` with typography folded (str -> str): what two years are compared by, never shown to a reader.

    Expects canonical text (`canonical_text`); quotes, dashes, ellipses, bullets and whitespace are folded as the
    module docstring lists. Case, words, digits and other punctuation are kept: they are edits.
    """
    # each fold only where its characters are present: most sentences need one or two of them (the result is
    # the same as applying all five; tests/test_canonical.py checks that on the corpus and on random text)
    if not text.isascii():
        if "\u2012" in text or "\u2013" in text:
            text = _RANGE_DASH.sub("-", text)
        text = text.translate(_QUOTE_FOLD)
    elif "`" in text:
        text = text.translate(_QUOTE_FOLD)
    if _DASH_PRESENT.search(text):
        text = _DASH.sub(" \u2014 ", text)
    if ".." in text or ". ." in text:
        text = _DOTS.sub("...", text)
    if not text.isascii():
        text = _BULLETS.sub("\u2022", text)
    return " ".join(text.split())  # str.split and re's \s agree on what whitespace is (str.isspace)


_PATTERN_FOLD = {k: v for k, v in _QUOTE_FOLD.items() if len(v) == 1 and v in "'\"-"}


def fold_pattern(source: str) -> str:
    """A user's regular expression made to match `comparison_key` text: its quote, apostrophe and hyphen
    variants become the plain characters (they are literals in any pattern, so the meaning is kept)."""
    return source.translate(_PATTERN_FOLD)


def item_key(text: str) -> str:
    """`comparison_key` for a list item (a recommendation): first-letter case and final punctuation ignored,
    so "; and fund the hotline" in a semicolon paragraph and "Fund the hotline." as a bullet are one item."""
    key = _ITEM_END.sub("", comparison_key(text))
    return key[:1].lower() + key[1:]


# A comma that is not inside a number ("1,500" keeps its comma: "1,500" and "15,00" are different figures).
_WORD_COMMA = re.compile(r"\s*,(?!(?<=\d,)\d)\s*")


def without_word_commas(key: str) -> str:
    """A comparison key with the commas between words dropped: "therefore, Cambodia remained" and "therefore
    Cambodia remained", or a serial comma added to a list, say the same words (the Factbook republishes its
    summaries with commas moved and nothing else changed). Commas inside numbers stay; so do every other mark
    (a semicolon or colon can change what a clause belongs to, and those are left for a reader to see)."""
    if "," not in key:
        return key
    return " ".join(_WORD_COMMA.sub(" ", key).split())


def unit_key(text: str, kind: str) -> str:
    """The key two units are aligned and counted by, for a unit of the given kind ("item" or "sentence"): the
    comparison fold (`item_key` / `comparison_key`) and the commas between words (`without_word_commas`). Two
    units with one key count as unchanged; a comma-only difference is listed with the typography."""
    return without_word_commas(item_key(text) if kind == "item" else comparison_key(text))
