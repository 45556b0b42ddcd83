"""One error type for everything a user can get wrong, mapped to exit codes in one place.

Exit codes: 0 clean, 1 findings at or above the fail level, 2 usage / input / rule errors,
3 an internal error (a bug in tipdiff, never the user's input).
"""

from __future__ import annotations

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3


class TipdiffError(Exception):
    """A problem the user can fix; the message is one line naming the file, the place and what was expected."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 column: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        super().__init__(self.one_line())

    def one_line(self) -> str:
        place = ""
        if self.path:
            place = self.path
            if self.line is not None:
                place += f":{self.line}"
                if self.column is not None:
                    place += f":{self.column}"
            place += ": "
        return (place + self.message).replace("\n", " ")


class UsageError(TipdiffError):
    """Wrong arguments on the command line."""


class InputError(TipdiffError):
    """A report file that cannot be read or holds no recognisable narrative."""


class RuleError(TipdiffError):
    """A rule file or configuration that is not valid."""


class OutputError(TipdiffError):
    """An output that cannot be written."""
