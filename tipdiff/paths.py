"""What a report file's name says: the one place for the year-in-a-name pattern and the report file suffixes
(used by the batch pairing, history folders, `tipdiff check` layouts and the year a file is read as)."""

from __future__ import annotations

import re
from pathlib import Path

YEAR = r"(?:19|20)\d\d"  # a report year: 1900-2099
YEAR_IN_NAME = re.compile(rf"(?<!\d)({YEAR})(?!\d)")  # "cambodia-2019", "2019": not "20190"
REPORT_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".pdf"})


def year_of_name(path: Path) -> int | None:
    """The year a file's name gives ('cambodia-2019.txt' -> 2019), or None."""
    match = YEAR_IN_NAME.search(path.stem)
    return int(match.group(1)) if match else None


def is_report_file(path: Path) -> bool:
    """A regular file with a report suffix (.txt, .text, .html, .htm, .pdf; any case)."""
    return path.suffix.lower() in REPORT_SUFFIXES and path.is_file()


def without_year(stem: str) -> str:
    """'cambodia 2019' -> 'cambodia': a name with its year taken out."""
    return re.sub(rf"\s*\b{YEAR}\b\s*", " ", stem).strip()
