"""Exit codes and the exceptions that carry them (INTERFACE.md, "Exit codes")."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    ok = 0
    bad_input = 2  # bad invocation or bad manifest
    unreadable_packet = 3  # the packet could not be read at all


class IntakeError(Exception):
    """Base of the project's errors: a message that says what to do, and an exit code."""

    exit_code = ExitCode.bad_input

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ManifestError(IntakeError):
    """The manifest is missing, not JSON, or has a bad key; `key` names it."""

    def __init__(self, message: str, key: str | None = None) -> None:
        super().__init__(message)
        self.key = key


class PacketError(IntakeError):
    """The packet as a whole cannot be read (no such path, no documents, not a PDF)."""

    exit_code = ExitCode.unreadable_packet


class ReadError(Exception):
    """One file or page could not be read; becomes a flag, never fails the packet."""

    def __init__(self, reason: str, unsupported: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.unsupported = unsupported  # UNSUPPORTED_FILE, else UNREADABLE
