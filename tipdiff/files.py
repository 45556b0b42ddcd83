"""Read a user's file safely: regular files only, and never more bytes than a limit.

A FIFO, a socket or a device (`/dev/zero`, `/dev/stdin` from a terminal) given as an input would block or never
end; such a path is refused at once, before anything is read. The size limit is applied to the bytes actually
read (a file that grows while it is read, or one whose size the file system misreports, is still cut off).
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from tipdiff.errors import TipdiffError

_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a directory"))


def describe_mode(mode: int) -> str:
    """'a named pipe (FIFO)', 'a socket', ... for a non-regular file's st_mode."""
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def read_regular(path: Path, limit: int, error: type[TipdiffError], *, expected: str,
                 too_big: str = "") -> bytes:
    """The bytes of a regular file of at most `limit` bytes.

    Errors (`error`, one line naming the path): no such file, a directory, a FIFO, socket or device, unreadable,
    or larger than `limit` (`too_big` is added to that message, e.g. what to do instead). The file is opened
    without blocking and checked with fstat on the open descriptor, so a path swapped for a FIFO between a check
    and the open cannot hang the run.
    """
    name = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise error(f"no such file; expected {expected}", path=name) from None
    except IsADirectoryError:
        raise error(f"is a directory; expected {expected}", path=name) from None
    except PermissionError:
        raise error("cannot be read (permission denied)", path=name) from None
    except OSError as exc:  # ENXIO: a socket, or a FIFO opened for writing elsewhere
        kind = "not a regular file"
        try:
            kind = describe_mode(os.stat(path).st_mode)
        except OSError:
            pass
        raise error(f"is {kind}, not a regular file ({exc.strerror}); expected {expected}", path=name) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise error(f"is {describe_mode(info.st_mode)}, not a regular file; expected {expected}", path=name)
        if info.st_size > limit:
            raise error(f"is {_megabytes(info.st_size)}; {too_big or 'expected under ' + _megabytes(limit)}",
                        path=name)
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1024 * 1024, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise error(f"is over {_megabytes(limit)} (it grew while it was read); "
                            f"{too_big or 'expected under ' + _megabytes(limit)}", path=name)
        return b"".join(chunks)
    except OSError as exc:
        raise error(f"cannot be read ({exc.strerror})", path=name) from None
    finally:
        os.close(fd)


STDIN = "-"  # as a file name: standard input (one of the two years, piped or pasted)


def read_stdin(limit: int, error: type[TipdiffError], *, too_big: str = "") -> bytes:
    """The bytes of standard input, at most `limit` (read until end of input, then checked).
    Errors (`error`, naming "<stdin>"): standard input is a terminal (nothing was piped), or over `limit`."""
    stream = sys.stdin.buffer if sys.stdin is not None else None
    if stream is None or stream.isatty():
        raise error("is a terminal, not piped text; pipe a narrative in (cat OLD.txt | tipdiff compare - NEW.txt)",
                    path="<stdin>")
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise error(f"is over {_megabytes(limit)}; {too_big or 'expected under ' + _megabytes(limit)}",
                    path="<stdin>")
    return data
