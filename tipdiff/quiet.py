"""Keep third-party libraries off tipdiff's stderr: their complaints become one warning in the report.

A PDF library reading a damaged file logs ("Ignoring wrong pointing object"), issues Python warnings, prints,
or (a C library) writes to descriptor 2 directly. A user must see tipdiff's one line, never a stream of
another program's messages beside it. `library_output()` captures all four kinds for the duration of a call,
whatever the library: a handler on the root logger (so `logging.lastResort` is never used), the warnings
filter, `sys.stderr`, and descriptor 2 (redirected to a temporary file). What was captured is returned, so the
caller can say in the report that the library complained, and how often.
"""

from __future__ import annotations

import io
import logging
import os
import sys
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr

from tipdiff.wording import count


class _Collect(logging.Handler):
    def __init__(self, into: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.into.append(f"{record.name}: {record.getMessage()}")
        except Exception:  # noqa: BLE001 -- a library's malformed log call must not break the read
            self.into.append(f"{record.name}: {record.msg!r}")


@contextmanager
def _descriptor_2(into: list[str]) -> Iterator[None]:
    """Descriptor 2 goes to a temporary file for the block (what a C library writes directly)."""
    try:
        saved = os.dup(2)
    except OSError:  # no descriptor 2 at all: nothing can be written there anyway
        yield
        return
    with tempfile.TemporaryFile() as sink:
        try:
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
        os.dup2(sink.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            into.extend(line for line in sink.read().decode("utf-8", "replace").splitlines() if line.strip())


@contextmanager
def library_output() -> Iterator[list[str]]:
    """Capture what libraries log (WARNING and above), warn or write to stderr during the block; the list
    yielded is filled with one line per message when the block ends (also when it raises)."""
    captured: list[str] = []
    root = logging.getLogger()
    handler = _Collect(captured)
    root.addHandler(handler)
    python_stderr = io.StringIO()
    try:
        with warnings.catch_warnings(record=True) as caught, redirect_stderr(python_stderr), _descriptor_2(captured):
            warnings.simplefilter("always")
            try:
                yield captured
            finally:
                captured.extend(f"{w.category.__name__}: {w.message}" for w in caught or [])
    finally:
        root.removeHandler(handler)
        captured.extend(line for line in python_stderr.getvalue().splitlines() if line.strip())


def summary(captured: list[str], what: str) -> str | None:
    """One warning line for a report ("the PDF reader reported 3 problems, the first: ..."), or None."""
    if not captured:
        return None
    first = " ".join(captured[0].split())
    first = first if len(first) <= 120 else first[:119] + "…"
    return f"{what} reported {count(len(captured), 'problem', digits=True)} while reading it; the first: {first}"
