"""Write a report where the user asked (`-o PATH`, or standard output), safely.

- A regular file is written atomically: a temporary file beside it, then one rename. No half-written file ever;
  SIGINT and SIGTERM are held back while the temporary file exists, so an interrupted run leaves either the
  old file or the new one, and never a temporary file.
- A new file gets the mode the user's umask gives (as `>` would); an existing file keeps its mode.
- An input of the run is never replaced, however its path is spelt (`./x/../old.txt`, a symlink, a hard link):
  the output and every input are compared by device and inode.
- A symlink is written through: the file it points to is replaced atomically and the link stays a link.
- A device, a FIFO or the run's own standard output (`/dev/stdout`, `/dev/fd/1`, `/dev/null`) is written
  through, never replaced by a file.
- Standard output that cannot be written (`> /dev/full`, a closed descriptor) is an OutputError (exit 2), and
  nothing is left to fail again when Python exits.
"""

from __future__ import annotations

import errno
import os
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from tipdiff.errors import OutputError

_HELD = {signal.SIGINT, signal.SIGTERM}


def _silence_stdout() -> None:
    """Point descriptor 1 at /dev/null, so Python's own flush at exit does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout replaced by an object without a descriptor
        pass


@contextmanager
def _stdout_errors() -> Iterator[None]:
    """A closed pipe is re-raised as BrokenPipeError (the reader's choice); any other OSError writing standard
    output becomes an OutputError. Either way, standard output is silenced first."""
    try:
        yield
    except BrokenPipeError:
        _silence_stdout()
        raise
    except OSError as exc:
        _silence_stdout()
        raise OutputError(f"cannot write the report to standard output ({exc.strerror or exc})") from None


def flush_stdout() -> None:
    """Flush standard output; a failure (other than a closed pipe, which is the reader's choice and re-raised
    as BrokenPipeError) is an OutputError."""
    with _stdout_errors():
        sys.stdout.flush()


_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF}


def stdout_failure(exc: OSError) -> OutputError | None:
    """For an OSError that escaped a command: an OutputError when it is standard output that cannot be
    written (a `print` to `> /dev/full`), else None (then it is a bug)."""
    if exc.errno not in _OUTPUT_ERRNOS or exc.filename is not None:
        return None
    _silence_stdout()
    return OutputError(f"cannot write the report to standard output ({exc.strerror or exc})")


def _write_stdout(text: str) -> None:
    with _stdout_errors():
        sys.stdout.write(text)
    flush_stdout()


def _identity(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def _stdout_identity() -> tuple[int, int] | None:
    try:
        info = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        return None
    return info.st_dev, info.st_ino


def user_file_mode() -> int:
    """The mode a new file gets from the user's umask (0o666 minus the umask), as a shell's `>` gives."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


@contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM wait until the block ends (then they act as usual): a temporary file is never left
    behind by an interruption. Only the main thread can hold them; elsewhere this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _refuse_inputs(target: str, inputs: Iterable[str | os.PathLike[str]]) -> None:
    me = _identity(target)
    if me is None:
        return
    for source in inputs:
        if _identity(source) == me:
            raise OutputError(f"is the input {source}; tipdiff never overwrites an input: choose another output "
                              "path", path=target)


def _write_through(text: str, target: str) -> None:
    """A device or FIFO: write into it, as `>` would (it is never replaced)."""
    try:
        with open(target, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
    except OSError as exc:
        raise OutputError(f"cannot be written ({exc.strerror or exc})", path=target) from None


def _replace_atomically(text: str, real: Path, shown: str) -> None:
    """Write `real` (a regular file or a new one) through a temporary file beside it and one rename."""
    folder = real.parent
    try:
        mode = stat.S_IMODE(os.stat(real).st_mode)
    except FileNotFoundError:
        mode = user_file_mode()
    except OSError as exc:
        raise OutputError(f"cannot be written ({exc.strerror})", path=shown) from None
    with _signals_held():
        try:
            handle, temp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=folder)
        except OSError as exc:
            raise OutputError(f"cannot be written ({exc.strerror})", path=shown) from None
        try:
            os.fchmod(handle, mode)
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temp, real)
        except BaseException as exc:
            Path(temp).unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise OutputError(f"cannot be written ({exc.strerror or exc})", path=shown) from None
            raise


def output_target(path: str | None, *, inputs: Iterable[str | os.PathLike[str]] = ()) -> str | Path:
    """Where `write_output` would write, checked without writing: "stdout", "through" (a device or FIFO) or the
    real path of a regular file to replace. Called before a long run too, so a wrong -o stops it at once.
    Errors: OutputError (exit 2) naming the path and the reason."""
    if path is None or path == "-":
        return "stdout"
    _refuse_inputs(path, inputs)
    try:
        info: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        if exc.errno == errno.ENOTDIR:
            raise OutputError("cannot be written: a part of its path is not a folder", path=path) from None
        raise OutputError(f"cannot be written ({exc.strerror})", path=path) from None
    if info is not None:
        if (info.st_dev, info.st_ino) == _stdout_identity():
            return "stdout"  # /dev/stdout, /dev/fd/1, or the very file stdout is redirected to
        if stat.S_ISDIR(info.st_mode):
            raise OutputError("is a directory; expected a file path for the output", path=path)
        if not stat.S_ISREG(info.st_mode):
            return "through"
    real = Path(os.path.realpath(path))  # a symlink (or a chain of them) is written through, never replaced
    if not real.parent.is_dir():
        raise OutputError("cannot be written: its folder does not exist", path=path)
    return real


def write_output(text: str, path: str | None, *, inputs: Iterable[str | os.PathLike[str]] = ()) -> None:
    """Write `text` to `path` (None or '-': standard output), never over one of `inputs` (the files the run
    read). Errors: OutputError (exit 2) naming the path and the reason."""
    target = output_target(path, inputs=inputs)
    if target == "stdout":
        _write_stdout(text)
    elif target == "through":
        _write_through(text, str(path))
    else:
        _replace_atomically(text, Path(target), str(path))
