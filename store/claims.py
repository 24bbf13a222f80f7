"""Which packets of an inbox were processed, and who is processing which: "processed
exactly once" kept in the database of record, by the packet's content key.

A worker takes a packet with an INSERT of its claim (the content key is unique, so of two
workers on one inbox the second INSERT fails, on SQLite and PostgreSQL alike); the claim
becomes `done` in the transaction that stores the packet's results (`store_claimed`), so
the results and "processed" commit together or not at all. A worker killed mid-packet
leaves a `claimed` row: `reclaim_stale` removes, when a batch starts, those of dead
processes on this host and those whose heartbeat stopped longer ago than a timeout (a
worker renews `heartbeat_at` of its claims and of its run every few seconds: `heartbeat`),
which is how a dead worker of another host is told from a slow one. Also the `runs` table:
one row per batch.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.models import Manifest, PacketResult
from store.db import Store
from store.records import Stored, store_result
from store.tables import IntakeClaimRow, Packet, RunRow, utcnow


class ClaimLost(Exception):
    """This worker's claim is gone (another worker took the packet as stale): its results
    are not stored, the other worker's count."""


@dataclass(frozen=True)
class Worker:
    """Who claims: host and process (a dead pid on this host frees its claims at once)."""

    host: str = field(default_factory=socket.gethostname)
    pid: int = field(default_factory=os.getpid)
    token: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    @property
    def id(self) -> str:
        return f"{self.host}:{self.pid}:{self.token}"


@dataclass(frozen=True)
class Claim:
    """The answer to a claim: `taken` (this worker processes it), `done` (processed
    before: `packet_pk`), or `busy` (another worker has it: `by`)."""

    outcome: str
    packet_pk: int | None = None
    by: str | None = None


def _aware(at: dt.datetime) -> dt.datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)


def pid_alive(pid: int) -> bool:
    """Whether process `pid` of this host still runs. A zombie (killed, its parent gone
    too, not yet reaped: containers often have no init that reaps) is dead."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:  # ended meanwhile; or no /proc (not Linux): what kill said
        return not Path("/proc").is_dir()
    return stat[stat.rindex(")") + 2:].split()[0] not in ("Z", "X")


def claim(store: Store, key: str, name: str, worker: Worker, run_id: str | None) -> Claim:
    """Take the packet of content key `key` for `worker`, unless it was processed before
    (here or by `intake process`: a stored packet of that key) or another worker has it.
    A packet quarantined before, dropped in again unchanged, is taken again."""
    with store.session() as s:
        pk = s.scalar(select(Packet.id).where(Packet.content_key == key))
        done = s.scalar(select(IntakeClaimRow).where(IntakeClaimRow.content_key == key))
        if done is not None and done.state == "done":
            return Claim("done", packet_pk=done.packet_pk or pk)
        if pk is not None and done is None:
            return Claim("done", packet_pk=pk)
    try:
        with store.session() as s:
            now = utcnow()
            s.add(IntakeClaimRow(content_key=key, packet_name=name, state="claimed",
                                 worker=worker.id, host=worker.host, pid=worker.pid,
                                 run_id=run_id, claimed_at=now, heartbeat_at=now))
        return Claim("taken")
    except IntegrityError:
        pass
    with store.session() as s:
        row = s.scalar(select(IntakeClaimRow).where(IntakeClaimRow.content_key == key))
        if row is None:  # released meanwhile: the next run takes it
            return Claim("busy", by="a worker that just released it")
        if row.state == "done":
            return Claim("done", packet_pk=row.packet_pk)
        if row.state == "quarantined":
            taken = s.execute(
                update(IntakeClaimRow)
                .where(IntakeClaimRow.id == row.id, IntakeClaimRow.state == "quarantined")
                .values(state="claimed", worker=worker.id, host=worker.host, pid=worker.pid,
                        run_id=run_id, claimed_at=utcnow(), heartbeat_at=utcnow(),
                        finished_at=None, error=None))
            if taken.rowcount == 1:  # type: ignore[attr-defined]
                return Claim("taken")
        return Claim("busy", by=row.worker)


def _mark_done(worker: Worker, key: str) -> Any:
    def within(s: Session, stored: Stored) -> None:
        done = s.execute(
            update(IntakeClaimRow)
            .where(IntakeClaimRow.content_key == key, IntakeClaimRow.worker == worker.id,
                   IntakeClaimRow.state == "claimed")
            .values(state="done", finished_at=utcnow(), packet_pk=stored.packet_id))
        if done.rowcount != 1:  # type: ignore[attr-defined]
            raise ClaimLost(f"the claim of {key[:12]}… is no longer {worker.id}'s")
    return within


def store_claimed(store: Store, key: str, worker: Worker, result: PacketResult,
                  manifest: Manifest, packet_dir: Path) -> Stored:
    """Store the packet's results and mark its claim done, in one transaction; ClaimLost
    (and nothing stored) when the claim is no longer this worker's."""
    return store_result(store, result, manifest, packet_dir, within=_mark_done(worker, key))


def quarantine_claim(store: Store, key: str, worker: Worker, error: str) -> None:
    """The packet failed: its claim says so (and why); the same content again is retried."""
    with store.session() as s:
        s.execute(update(IntakeClaimRow)
                  .where(IntakeClaimRow.content_key == key, IntakeClaimRow.worker == worker.id)
                  .values(state="quarantined", finished_at=utcnow(), error=error[:4000]))


def release(store: Store, key: str, worker: Worker) -> None:
    """Give a claimed packet back (not processed: the next run takes it)."""
    with store.session() as s:
        s.execute(delete(IntakeClaimRow).where(IntakeClaimRow.content_key == key,
                                               IntakeClaimRow.worker == worker.id,
                                               IntakeClaimRow.state == "claimed"))


def reclaim_stale(store: Store, worker: Worker, timeout: dt.timedelta) -> list[str]:
    """Remove the claims of dead workers: a pid no longer running on this host, or a
    heartbeat (the claim's time, for a claim that never beat) older than `timeout`.
    Returns the names of the packets freed."""
    cutoff = utcnow() - timeout
    freed = []
    with store.session() as s:
        rows = s.scalars(select(IntakeClaimRow).where(IntakeClaimRow.state == "claimed")).all()
        for row in rows:
            dead = row.host == worker.host and row.pid != worker.pid and not pid_alive(row.pid)
            if dead or _aware(row.heartbeat_at or row.claimed_at) < cutoff:
                gone = s.execute(delete(IntakeClaimRow).where(
                    IntakeClaimRow.id == row.id, IntakeClaimRow.worker == row.worker,
                    IntakeClaimRow.state == "claimed"))
                if gone.rowcount == 1:  # type: ignore[attr-defined]
                    freed.append(row.packet_name)
    return freed


def heartbeat(store: Store, worker: Worker, run_id: str | None) -> int:
    """The worker is alive: renew the heartbeat of its claims and of its run. Returns the
    number of claims renewed."""
    now = utcnow()
    with store.session() as s:
        renewed = s.execute(update(IntakeClaimRow)
                            .where(IntakeClaimRow.worker == worker.id,
                                   IntakeClaimRow.state == "claimed")
                            .values(heartbeat_at=now))
        if run_id is not None:
            s.execute(update(RunRow).where(RunRow.run_id == run_id).values(heartbeat_at=now))
    return int(renewed.rowcount)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class RunLife:
    """What the database knows of a run's worker: who, since when, its last heartbeat."""

    run_id: str
    worker: str
    started_at: dt.datetime
    heartbeat_at: dt.datetime | None
    finished_at: dt.datetime | None

    @property
    def host(self) -> str:
        return self.worker.rsplit(":", 2)[0]

    @property
    def pid(self) -> int:
        return int(self.worker.rsplit(":", 2)[1])

    @property
    def last_sign(self) -> dt.datetime:
        """When the run was last known alive."""
        return _aware(self.heartbeat_at or self.started_at)


def run_lives(store: Store, run_ids: list[str]) -> dict[str, RunLife]:
    """The runs of these ids that the database has (a run killed before it was recorded
    has none), by id."""
    if not run_ids:
        return {}
    with store.session() as s:
        rows = s.scalars(select(RunRow).where(RunRow.run_id.in_(run_ids))).all()
        return {r.run_id: RunLife(r.run_id, r.worker, _aware(r.started_at),
                                  r.heartbeat_at and _aware(r.heartbeat_at),
                                  r.finished_at and _aware(r.finished_at)) for r in rows}


def claims(store: Store) -> list[dict[str, Any]]:
    """Every claim, oldest first (for the tests and the report)."""
    with store.session() as s:
        rows = s.scalars(select(IntakeClaimRow).order_by(IntakeClaimRow.id)).all()
        return [{"content_key": r.content_key, "packet_name": r.packet_name, "state": r.state,
                 "worker": r.worker, "packet_pk": r.packet_pk, "error": r.error,
                 "heartbeat_at": r.heartbeat_at and _aware(r.heartbeat_at)}
                for r in rows]


def start_run(store: Store, run_id: str, worker: Worker) -> None:
    now = utcnow()
    with store.session() as s:
        s.add(RunRow(run_id=run_id, worker=worker.id, started_at=now, heartbeat_at=now))


def finish_run(store: Store, run_id: str, counts: dict[str, Any],
               report: dict[str, Any]) -> None:
    with store.session() as s:
        s.execute(update(RunRow).where(RunRow.run_id == run_id)
                  .values(finished_at=utcnow(), counts_json=counts, report_json=report))


def runs(store: Store) -> list[dict[str, Any]]:
    """Every batch run, oldest first: id, worker, times, counts and report."""
    with store.session() as s:
        rows = s.scalars(select(RunRow).order_by(RunRow.id)).all()
        return [{"run_id": r.run_id, "worker": r.worker, "started_at": r.started_at,
                 "finished_at": r.finished_at, "counts": r.counts_json,
                 "report": r.report_json} for r in rows]
