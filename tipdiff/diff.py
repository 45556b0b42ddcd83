"""Word-level diffs of edited sentences with diff-match-patch, on whole characters and over the typography fold.

Text is cut into tokens: words, runs of whitespace, and single other characters. Every token is made of whole
grapheme clusters (the `regex` module's `\\X`, Unicode UAX #29), so a diff never separates a letter from its
combining accent, nor splits a flag or a joined emoji. Each token is compared by its typography key
(`tipdiff.canonical.comparison_key`: curly and straight quotes, dash styles with the spaces around them,
"…" and "..." are equal), mapped to one private-use character, diffed, then given diff-match-patch's semantic
cleanup so the result reads as whole-phrase edits. `Diff_Timeout` is 0: a long sentence is diffed completely,
never cut short after the library's default one second.

Kept runs quote the new year's text; deleted runs the old year's. `apply_ops(ops, "new")` gives `new` exactly;
`apply_ops(ops, "old")` gives `old` up to typography inside kept runs (identical when the typography agrees).
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex
from diff_match_patch import diff_match_patch

from tipdiff.canonical import comparison_key
from tipdiff.model import Change, WordOp

# A word: grapheme clusters that start with a word character, joined by inner apostrophes, hyphens, dots and
# commas ("anti-trafficking", "government's", "70,225", "U.S"), and digit ranges ("2019–2023"). A dash with the spaces around it is one token,
# so "a—b" and "a -- b" are the same three tokens.
_WORD_RE = r"(?:(?=\w)\X)+(?:(?:[’'.,\-\u2010\u2011]|(?<=\d)[\u2012\u2013](?=\d))(?:(?=\w)\X)+)*"
_TOKEN = regex.compile(r"\s*(?:-{2,}|[\u2012\u2013\u2014\u2015])\s*|\s+-\s+|\.\.\.|" + _WORD_RE + r"|\s+|\X",
                       regex.V1)
_WORD = regex.compile(_WORD_RE, regex.V1)
_PRIVATE = 0xE000  # codes for tokens: the BMP private-use area, then plane 15 for very long texts
_PRIVATE_BMP = 6400


def tokens(text: str) -> list[str]:
    """Tokens of `text` (their concatenation is `text`): words, whitespace runs, dashes, other graphemes."""
    found: list[str] = _TOKEN.findall(text)
    return found


# The same words on ASCII text, where every grapheme cluster that starts with a word character is that one
# character (no combining marks, no joiners; "\r\n" starts with no word character): the standard library's
# engine, several times faster than the grapheme-aware one (tests/test_diff.py checks both agree).
_ASCII_WORD = re.compile(r"\w+(?:[',.\-]\w+)*")


def words(text: str) -> list[str]:
    """Lower-cased words of `text`, each a run of whole grapheme clusters."""
    found: list[str] = (_ASCII_WORD if text.isascii() else _WORD).findall(text)
    return [w.lower() for w in found]


def token_key(token: str) -> str:
    """What a token is compared by: whitespace is one space, a dash is a dash, quotes fold (see canonical)."""
    if token.isspace():
        return " "
    key = comparison_key(token)
    return "\u2014" if key in ("-", "\u2014") else key


@lru_cache(maxsize=1)
def _engine() -> diff_match_patch:
    engine = diff_match_patch()
    engine.Diff_Timeout = 0  # never stop early: a truncated diff would report wrong edits
    return engine


def change_words(change: Change, *, kept: str = "new") -> tuple[WordOp, ...]:
    """The word diff of an edited unit (() when the words did not change); computed when a renderer asks, so a
    digest never pays for it, and kept for the run (a change is shown by several renderers). `kept="old"`
    quotes kept runs in the old year's spelling (the same runs otherwise), for showing the old side alone."""
    if not change.text_changed or change.old is None or change.new is None:
        return ()
    return _cached_diff(change.old_text, change.new_text, kept)  # a split's or merge's units joined


@lru_cache(maxsize=4096)
def _cached_diff(old: str, new: str, kept: str) -> tuple[WordOp, ...]:
    return word_diff(old, new, kept=kept)


def word_diff(old: str, new: str, *, kept: str = "new") -> tuple[WordOp, ...]:
    """Runs of kept (op 0), deleted (-1) and inserted (1) text; kept+inserted gives `new`, kept+deleted `old`
    (exactly with `kept="old"`, where kept runs quote the old text; up to typography otherwise)."""
    codes: dict[str, str] = {}

    def encode(parts: list[str]) -> str:
        out = []
        for token in parts:
            key = token_key(token)
            code = codes.get(key)
            if code is None:
                n = len(codes)
                code = chr(_PRIVATE + n) if n < _PRIVATE_BMP else chr(0xF0000 + n - _PRIVATE_BMP)
                codes[key] = code
            out.append(code)
        return "".join(out)

    old_tokens, new_tokens = tokens(old), tokens(new)
    engine = _engine()
    diffs = engine.diff_main(encode(old_tokens), encode(new_tokens), False)
    engine.diff_cleanupSemantic(diffs)
    ops: list[WordOp] = []
    i = j = 0  # positions in old_tokens and new_tokens
    for op, chunk in diffs:
        n = len(chunk)
        if op == 0:
            text = "".join(old_tokens[i:i + n] if kept == "old" else new_tokens[j:j + n])
            i, j = i + n, j + n
        elif op == -1:
            text = "".join(old_tokens[i:i + n])
            i += n
        else:
            text = "".join(new_tokens[j:j + n])
            j += n
        if ops and ops[-1].op == op:
            ops[-1] = WordOp(op, ops[-1].text + text)
        elif text:
            ops.append(WordOp(op, text))
    return tuple(ops)


def apply_ops(ops: tuple[WordOp, ...], side: str = "new") -> str:
    keep = 1 if side == "new" else -1
    return "".join(op.text for op in ops if op.op in (0, keep))
