"""Which errors are worth trying again: a Tesseract process that was killed (the kernel's
out-of-memory killer, an operator), the machine briefly out of processes or file handles,
a database that was busy or briefly away. Everything else is the packet's own (a bad
manifest, an unreadable file) or a bug, and trying again would only fail again.

The one classification for both paths of a batch: the plain one retries a packet itself
(pipeline/batch.py), the Prefect one through the packet task's `retry_condition_fn`
(pipeline/flow.py).
"""

from __future__ import annotations

import errno
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from typing import TypeVar

from core.errors import IntakeError

T = TypeVar("T")

# a Tesseract ended by one of these was stopped from outside, not by its input; SIGSEGV
# and SIGABRT (a crash on the page) are left out: the same page would crash it again
KILLED_BY = frozenset({signal.SIGKILL, signal.SIGTERM, signal.SIGHUP})
# the machine out of processes, memory or file handles for a moment (a fork that failed)
BUSY_ERRNOS = frozenset({errno.EAGAIN, errno.ENOMEM, errno.EMFILE, errno.ENFILE, errno.EINTR})
DATABASE_MODULES = ("sqlalchemy", "psycopg", "sqlite3")

# how often, and after how long, a packet that hit a transient error is tried again
RETRIES = 2
RETRY_DELAYS = (2.0, 10.0)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception and those it was raised from or during, each once."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _one_transient(exc: BaseException) -> bool:
    if isinstance(exc, IntakeError):
        return False  # the packet's own, or the configuration's: said to a person
    from pytesseract import TesseractError

    if isinstance(exc, TesseractError | subprocess.CalledProcessError):
        status = exc.status if isinstance(exc, TesseractError) else exc.returncode
        return isinstance(status, int) and status < 0 and -status in KILLED_BY
    if isinstance(exc, OSError) and not isinstance(exc, FileNotFoundError):
        return exc.errno in BUSY_ERRNOS
    if type(exc).__module__.split(".")[0] in DATABASE_MODULES:
        from store.db import database_busy
        return database_busy(exc)
    return False


def is_transient(exc: BaseException) -> bool:
    """True when `exc` (or an error it was raised from) is a transient one: a Tesseract
    killed by a signal, the machine briefly out of resources, the database busy. Never
    for the project's own errors (a bad manifest, a packet that cannot be read)."""
    if isinstance(exc, IntakeError):
        return False
    return any(_one_transient(e) for e in _chain(exc))


def describe(exc: BaseException) -> str:
    """A transient error as a clerk reads it: what happened, not a type name."""
    from pytesseract import TesseractError

    for e in _chain(exc):
        if isinstance(e, TesseractError | subprocess.CalledProcessError) and _one_transient(e):
            status = e.status if isinstance(e, TesseractError) else e.returncode
            return f"Tesseract was stopped by {signal.Signals(-status).name}"
        if isinstance(e, OSError) and _one_transient(e):
            return f"the machine was short of resources ({e.strerror or e})"
        if _one_transient(e):
            first = (str(e).splitlines() or [type(e).__name__])[0]
            return f"the database was busy or away ({first})"
    return str(exc)


def retrying(fn: Callable[[], T], retries: int = RETRIES,
             delays: tuple[float, ...] | None = None,
             sleep: Callable[[float], None] = time.sleep) -> T:
    """`fn()`, called again after a transient error up to `retries` more times (waiting
    `delays[i]`, the last repeated; RETRY_DELAYS by default); any other error, or the last
    transient one, raised."""
    delays = RETRY_DELAYS if delays is None else delays
    attempt = 0
    while True:
        try:
            return fn()
        except Exception as e:
            if attempt >= retries or not is_transient(e):
                raise
            sleep(delays[min(attempt, len(delays) - 1)] if delays else 0.0)
            attempt += 1
