"""Read a pasted narrative: bytes to clean paragraphs, with nothing lost silently.

Decoding is UTF-8 (with or without BOM), then UTF-16 when a BOM says so, then cp1252 with a warning. The decoded
text goes through the canonical text layer (`tipdiff.canonical.canonical_text`: NFC, ligatures and
fullwidth forms folded, invisible characters removed, every space a space) before paragraphs are found. Page chrome (profile `chrome`) is removed only at the top and
bottom of the page, and every removed line is kept in `removed`.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from tipdiff.canonical import canonical_line, canonical_text
from tipdiff.errors import InputError
from tipdiff.files import STDIN, read_regular, read_stdin
from tipdiff.profile import Profile
from tipdiff.reflow import Boundaries, reflow
from tipdiff.sections import opens_part, stands_alone
from tipdiff.wording import count

MAX_BYTES = 10 * 1024 * 1024  # one country's narrative is a few hundred KB at most
MAX_PDF_BYTES = 200 * 1024 * 1024  # a whole-report PDF is large


@dataclass(frozen=True)
class CleanText:
    paragraphs: tuple[str, ...]
    lines: tuple[int, ...]  # 1-based source line of each paragraph
    removed: tuple[str, ...]
    warnings: tuple[str, ...]
    encoding: str
    levels: tuple[int, ...] = ()  # heading level of each paragraph (HTML input); empty for plain text
    series: str | None = None  # the report series a saved page says it belongs to

    def level(self, index: int) -> int:
        return self.levels[index] if self.levels else 0


def _too_big(limit: int) -> str:
    return (f"one country's narrative is expected to be under {limit // (1024 * 1024)} MB "
            "(split a whole report with `tipdiff split`)")


def read_bytes(path: Path) -> bytes:
    """A report file's bytes: a regular file only (a FIFO, socket or device is refused at once), at most
    MAX_BYTES (MAX_PDF_BYTES for a .pdf) counted as they are read (tipdiff.files.read_regular)."""
    limit = MAX_PDF_BYTES if path.suffix.lower() == ".pdf" else MAX_BYTES
    if str(path) == STDIN:  # the content says whether it is a PDF, and so which limit applies
        data = read_stdin(MAX_PDF_BYTES, InputError, too_big=_too_big(MAX_PDF_BYTES))
        if not data.startswith(b"%PDF") and len(data) > MAX_BYTES:
            raise InputError(f"is over {MAX_BYTES // (1024 * 1024)} MB; {_too_big(MAX_BYTES)}", path="<stdin>")
        return data
    return read_regular(path, limit, InputError, expected="a report narrative (.txt, .html, .pdf)",
                        too_big=_too_big(limit))


def decode(data: bytes, path: str) -> tuple[str, str, list[str]]:
    """Text, the encoding used, and warnings."""
    warnings: list[str] = []
    if not data.strip():
        raise InputError("is empty; expected a report narrative", path=path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16", warnings
    nuls = data.count(b"\x00")
    if nuls:
        if nuls > len(data) // 100 or b"\x00\x00" in data[:4096]:
            raise InputError("looks like a binary file (NUL bytes); expected a plain-text narrative", path=path)
        warnings.append(f"{path}: removed {count(nuls, 'NUL byte', digits=True)}")
        data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8-sig"), "utf-8", warnings
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        if text.count("\ufffd") > max(8, len(text) // 200):
            raise InputError(f"is neither UTF-8 nor cp1252 text (byte {exc.start}); expected a plain-text "
                             "narrative", path=path) from None
        warnings.append(f"{path}: not valid UTF-8 (byte {exc.start}); read as cp1252")
        return text, "cp1252", warnings


def normalise_line(line: str) -> str:
    """One line in canonical form, trimmed, spaces collapsed (see `canonical_line`)."""
    return canonical_line(line)


def boundaries(profile: Profile) -> Boundaries:
    """Lines the profile says stand apart (headings, title, chrome) or open a part, for re-flowing."""
    return Boundaries(standalone=lambda line: stands_alone(line, profile), opens=lambda line: opens_part(line, profile),
                      chrome=lambda line: any(pattern.fullmatch(line) for pattern in profile.chrome))


def _paragraphs(text: str, boundaries: Boundaries) -> tuple[list[str], list[int]]:
    """Paragraphs of canonical text and the 1-based line each starts on: hard-wrapped lines re-flowed
    (`tipdiff.reflow`), one paragraph per line as state.gov pastes them kept."""
    paragraphs: list[str] = []
    starts: list[int] = []
    for index, paragraph in reflow(text.split("\n"), boundaries):
        line = canonical_line(paragraph)
        if line:
            paragraphs.append(line)
            starts.append(index + 1)
    return paragraphs, starts


class _TextOnly(HTMLParser):
    """Text of an HTML fragment, entities decoded (for profiles whose text is stored as HTML)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_fragment_text(text: str) -> str:
    parser = _TextOnly()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts)


def strip_chrome(paragraphs: list[str], profile: Profile, *others: list[Any]) -> list[str]:
    """Remove chrome paragraphs at the top and bottom (keeping parallel lists in step); return what went."""
    removed: list[str] = []

    def is_chrome(paragraph: str) -> bool:
        return any(pattern.fullmatch(paragraph) for pattern in profile.chrome)

    while paragraphs and is_chrome(paragraphs[0]):
        removed.append(paragraphs.pop(0))
        for other in others:
            other.pop(0)
    tail: list[str] = []
    while paragraphs and is_chrome(paragraphs[-1]):
        tail.insert(0, paragraphs.pop())
        for other in others:
            other.pop()
    return removed + tail


def clean(data: bytes, path: str, profile: Profile) -> CleanText:
    text, encoding, warnings = decode(data, path)
    if profile.html_text:
        text = html_fragment_text(text)
    if "\ufffd" in text and encoding == "utf-8":
        warnings.append(f"{path}: contains replacement characters (\ufffd); some characters were lost before tipdiff")
    paragraphs, starts = _paragraphs(canonical_text(text), boundaries(profile))
    removed = strip_chrome(paragraphs, profile, starts)
    if not paragraphs:
        raise InputError("holds only page chrome; expected a report narrative", path=path)
    return CleanText(tuple(paragraphs), tuple(starts), tuple(removed), tuple(warnings), encoding)
