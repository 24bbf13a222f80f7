"""Exit codes and the exceptions that carry them (INTERFACE.md, "Exit codes")."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    ok = 0
    bad_input = 2  # bad invocation, manifest or setting; the message names it
    unreadable_packet = 3  # the packet could not be read at all
    quarantined = 4  # a batch moved some packets to quarantine; the others were processed
    cannot_store = 75  # the database of record could not be reached or written (EX_TEMPFAIL)
    cannot_write = 73  # the result could not be written (sysexits EX_CANTCREAT); 4 is kept for a batch with packets quarantined
    internal = 70  # a bug: one line says so; --verbose shows the traceback


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


class SettingsError(IntakeError):
    """An INTAKE_* setting is out of its bounds or of the wrong type; `name` names it."""

    def __init__(self, message: str, name: str | None = None) -> None:
        super().__init__(message)
        self.name = name


class OutputError(IntakeError):
    """The result cannot be written where it was asked to go."""

    exit_code = ExitCode.cannot_write


class StoreError(IntakeError):
    """The database of record cannot be opened, migrated or written (the result JSON, if
    asked for, is written already)."""

    exit_code = ExitCode.cannot_store


class PacketError(IntakeError):
    """The packet as a whole cannot be read (no such path, no documents, not a PDF)."""

    exit_code = ExitCode.unreadable_packet


class ReadError(Exception):
    """One file or page could not be read; becomes a flag, never fails the packet."""

    def __init__(self, reason: str, unsupported: bool = True) -> None:
        super().__init__(reason)
        self.reason = reason
        self.unsupported = unsupported  # UNSUPPORTED_FILE, else UNREADABLE
