"""The parse cache: a report file read once is not read again while neither it nor tipdiff changes.

Reading a report (HTML parsing, the canonical text layer, parts, Punkt sentences) is most of a comparison's
cost; the same year's file is compared again and again (next year's report, a rule edit, a batch re-run). The
cache keeps each file's `Report` as plain JSON under `$XDG_CACHE_HOME/tipdiff/reports/` (default
`~/.cache/tipdiff/reports/`), keyed by:

- the SHA-256 of the file's bytes (never its name or modification time),
- tipdiff's version and a fingerprint of its own code and data (every .py/.json/.yaml file of the package) and
  of NLTK's Punkt module, so a changed reader or splitter never meets an old entry,
- how it was read: the path as given (it is quoted in messages and gives the year), the year option, and the
  profile (`auto`, or the given profile's name and the digest of its YAML).

An entry is never trusted: it is JSON, not pickle (nothing in it runs); its first line must repeat its own key
and the SHA-256 of the rest (a flipped bit, a cut-off write or a hand edit is caught), and every field is
checked for type and shape before a `Report` is built from it. A missing, truncated, corrupt, foreign
or stale entry is ignored, the file is read as usual and the entry is written again (atomically: a temporary
file renamed into place, so concurrent batch workers never see half an entry). When the folder cannot be
written the comparison goes on uncached. `--no-cache` (Options.use_cache False) neither reads nor writes.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import tempfile
from dataclasses import fields
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from tipdiff import __version__
from tipdiff.model import Report, Section, Unit
from tipdiff.profile import AUTO, Profile, load_profile

FORMAT = 1  # the layout of an entry; bumped when the fields below change


def cache_folder() -> Path:
    """$XDG_CACHE_HOME/tipdiff/reports, else ~/.cache/tipdiff/reports (the XDG base directory default)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".cache"
    return root / "tipdiff" / "reports"


def _package_files() -> list[tuple[str, bytes]]:
    root = resources.files("tipdiff")
    found: list[tuple[str, bytes]] = []

    def walk(node: Any, prefix: str) -> None:
        for entry in node.iterdir():
            name = f"{prefix}{entry.name}"
            if entry.is_dir():
                if entry.name != "__pycache__":
                    walk(entry, name + "/")
            elif entry.name.endswith((".py", ".json", ".yaml")):
                found.append((name, entry.read_bytes()))

    walk(root, "")
    return sorted(found)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """SHA-256 over tipdiff's version, its package files and NLTK's Punkt source (a few ms, once a process)."""
    digest = hashlib.sha256(f"tipdiff {__version__} cache {FORMAT}\0".encode())
    for name, data in _package_files():
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    spec = importlib.util.find_spec("nltk")
    punkt = Path(spec.origin).parent / "tokenize" / "punkt.py" if spec and spec.origin else None
    digest.update(punkt.read_bytes() if punkt and punkt.is_file() else b"no punkt")
    return digest.hexdigest()


def _profile_key(profile: Profile | str | None) -> str | None:
    """What the profile contributes to the key; None for a profile built in code (no YAML digest): not cached."""
    if profile is None or profile == AUTO:
        return AUTO
    if isinstance(profile, str):
        profile = load_profile(profile)
    return f"{profile.name}:{profile.digest}" if profile.digest else None


class ReportCache:
    """Reports by file content and how they were read, in one folder (see the module docstring)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or cache_folder()

    def key(self, data: bytes, path: Path, profile: Profile | str | None, year: int | None) -> str | None:
        """The entry's name (hex SHA-256), or None when this reading cannot be cached."""
        how = _profile_key(profile)
        if how is None:
            return None
        parts = [code_fingerprint(), hashlib.sha256(data).hexdigest(), str(path), how, str(year)]
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, profile: Profile | str | None) -> Report | None:
        """The cached report, or None when there is none or it does not pass every check."""
        if not covers_every_field():
            return None
        try:
            header, _, body = self._file(key).read_bytes().partition(b"\n")
            if json.loads(header) != {"format": FORMAT, "key": key, "sha256": hashlib.sha256(body).hexdigest()}:
                return None
            return _report(json.loads(body), profile)
        except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError):
            return None

    def put(self, key: str, report: Report) -> None:
        """Write the entry atomically; a folder that cannot be written only means no cache."""
        if not covers_every_field():
            return
        target = self._file(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
            try:
                body = json.dumps(_entry(report), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
                header = {"format": FORMAT, "key": key, "sha256": hashlib.sha256(body).hexdigest()}
                with os.fdopen(handle, "wb") as out:
                    out.write(json.dumps(header).encode("ascii") + b"\n" + body)
                os.replace(temporary, target)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError:
            return


# What an entry holds of each dataclass: a field added to one of them and not here turns the cache off (and
# tests/test_cache.py fails), so an entry never silently drops what a reader found.
STORED_FIELDS = {
    Report: ("path", "profile", "country", "year", "year_source", "tier", "title", "sections", "units",
             "removed_chrome", "warnings", "encoding", "title_line", "tier_formula"),
    Section: ("name", "heading", "paragraphs", "line", "inline"),
    Unit: ("id", "section", "paragraph", "text", "kind", "key"),
}


@lru_cache(maxsize=1)
def covers_every_field() -> bool:
    return all(tuple(f.name for f in fields(kind)) == stored for kind, stored in STORED_FIELDS.items())


def _entry(report: Report) -> dict[str, Any]:
    return {
        "profile": report.profile.name,
        "path": report.path, "country": report.country, "year": report.year, "year_source": report.year_source,
        "tier": report.tier, "title": report.title, "encoding": report.encoding, "title_line": report.title_line,
        "tier_formula": report.tier_formula,
        "removed_chrome": list(report.removed_chrome), "warnings": list(report.warnings),
        "sections": [[s.name, s.heading, list(s.paragraphs), s.line, s.inline] for s in report.sections],
        "units": [[u.id, u.section, u.paragraph, u.text, u.kind, u.key] for u in report.units],
    }


def _text(value: Any, optional: bool = False) -> Any:
    if (value is None and optional) or isinstance(value, str):
        return value
    raise TypeError("expected text")


def _number(value: Any, optional: bool = False) -> Any:
    if (value is None and optional) or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise TypeError("expected a whole number")


def _list(value: Any, length: int | None = None) -> list[Any]:
    if not isinstance(value, list) or (length is not None and len(value) != length):
        raise TypeError("expected a list")
    return value


def _texts(value: Any) -> tuple[str, ...]:
    return tuple(_text(v) for v in _list(value))


def _report(data: Any, profile: Profile | str | None) -> Report:
    """A Report from an entry, every field checked (TypeError/KeyError/ValueError when anything is off)."""
    if not isinstance(data, dict):
        raise TypeError("expected a mapping")
    if isinstance(profile, Profile):
        resolved = profile
    else:
        resolved = load_profile(_text(data["profile"]) if profile in (None, AUTO) else str(profile))
    if resolved.name != data["profile"]:
        raise ValueError("profile differs")
    sections = []
    for entry in _list(data["sections"]):
        name, heading, paragraphs, line, inline = _list(entry, 5)
        if not isinstance(inline, bool):
            raise TypeError("expected true or false")
        sections.append(Section(_text(name), _text(heading, True), _texts(paragraphs), _number(line), inline))
    units = []
    for entry in _list(data["units"]):
        unit_id, section, paragraph, text, kind, key = _list(entry, 6)
        units.append(Unit(_text(unit_id), _text(section), _number(paragraph), _text(text), _text(kind), _text(key)))
    return Report(
        path=_text(data["path"]), profile=resolved, country=_text(data["country"], True),
        year=_number(data["year"], True), year_source=_text(data["year_source"]), tier=_text(data["tier"], True),
        title=_text(data["title"], True), sections=tuple(sections), units=tuple(units),
        removed_chrome=_texts(data["removed_chrome"]), warnings=_texts(data["warnings"]),
        encoding=_text(data["encoding"]), title_line=_number(data["title_line"], True),
        tier_formula=_text(data["tier_formula"], True),
    )
