"""Word-level diffs of edited sentences with diff-match-patch.

Words (and the spaces and punctuation between them) are mapped to single characters, diffed, then given
diff-match-patch's semantic cleanup so the result reads as whole-phrase edits. `Diff_Timeout` is 0: a long
sentence is diffed completely, never cut short after the library's default one second.
"""

from __future__ import annotations

import re
from functools import lru_cache

from diff_match_patch import diff_match_patch

from tipdiff.model import WordOp

_TOKEN = re.compile(r"\w+(?:[’'.,-]\w+)*|\s+|[^\w\s]")
_WORD = re.compile(r"\w+(?:[’'.,-]\w+)*")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


@lru_cache(maxsize=1)
def _engine() -> diff_match_patch:
    engine = diff_match_patch()
    engine.Diff_Timeout = 0  # never stop early: a truncated diff would report wrong edits
    return engine


def word_diff(old: str, new: str) -> tuple[WordOp, ...]:
    """Runs of kept, deleted and inserted text; joining kept+inserted gives `new`, kept+deleted gives `old`."""
    vocabulary: dict[str, str] = {}
    table: list[str] = []

    def encode(text: str) -> str:
        out = []
        for token in tokens(text):
            code = vocabulary.get(token)
            if code is None:
                code = chr(0xE000 + len(table)) if len(table) < 6400 else chr(0xF0000 + len(table) - 6400)
                vocabulary[token] = code
                table.append(token)
            out.append(code)
        return "".join(out)

    a, b = encode(old), encode(new)
    engine = _engine()
    diffs = engine.diff_main(a, b, False)
    engine.diff_cleanupSemantic(diffs)
    ops: list[WordOp] = []

    def decode(code: str) -> str:
        point = ord(code)
        return table[point - 0xE000] if point < 0xF0000 else table[point - 0xF0000 + 6400]

    for op, chunk in diffs:
        text = "".join(decode(c) for c in chunk)
        if ops and ops[-1].op == op:
            ops[-1] = WordOp(op, ops[-1].text + text)
        elif text:
            ops.append(WordOp(op, text))
    return tuple(ops)


def apply_ops(ops: tuple[WordOp, ...], side: str = "new") -> str:
    keep = 1 if side == "new" else -1
    return "".join(op.text for op in ops if op.op in (0, keep))
