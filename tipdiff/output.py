"""Write outputs atomically: a temporary file beside the target, then one rename. No half-written file, ever."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from tipdiff.errors import OutputError


def write_output(text: str, path: str | None) -> None:
    if path is None or path == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError("cannot be written: its folder does not exist", path=path)
    if target.is_dir():
        raise OutputError("is a directory; expected a file path for the output", path=path)
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot be written ({exc.strerror})", path=path) from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException as exc:
        Path(temp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot be written ({exc.strerror})", path=path) from None
        raise
