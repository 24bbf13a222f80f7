"""Which flow runs of the nightly flow, still `Running` on the Prefect server, are dead:
their worker was killed (SIGKILL, a power cut) and will never say so. Prefect leaves such
a run Running for ever, its deployment's concurrency slot held until its lease lapses;
`reconcile` (pipeline/flow.py) sets each one Crashed, which frees the slot at once.

A run is known by its row in the database of record (the batch's run id is the flow
run's id): on this host, dead when its process is gone; on another host, when its
heartbeat (store/claims.py) is older than a timeout. A flow run with no row was killed
before its batch began, or is just beginning: dead once it started longer ago than the
timeout. Plain functions: no Prefect here.
"""

from __future__ import annotations

import datetime as dt
import socket
from dataclasses import dataclass

from store.claims import RunLife, pid_alive


@dataclass(frozen=True)
class RunningFlow:
    """A flow run the server says is Running: its id (hex), name and start."""

    id: str
    name: str
    started: dt.datetime | None


def dead_because(run: RunningFlow, life: RunLife | None, now: dt.datetime,
                 stuck_after: dt.timedelta, here: str | None = None) -> str | None:
    """Why the flow run `run` is dead (its batch's record `life`), or None while it may
    be alive."""
    here = here or socket.gethostname()
    if life is None:
        if run.started is not None and now - run.started > stuck_after:
            return f"its batch never began, and it started {_ago(now - run.started)} ago"
        return None
    if life.host == here:
        return None if pid_alive(life.pid) else f"its process {life.pid} on {here} is gone"
    if now - life.last_sign > stuck_after:
        return f"no heartbeat from {life.host} for {_ago(now - life.last_sign)}"
    return None


def _ago(span: dt.timedelta) -> str:
    seconds = int(span.total_seconds())
    return f"{seconds} s" if seconds < 120 else f"{seconds // 60} min"
