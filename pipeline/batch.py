"""`intake batch`: an inbox processed exactly once, as plain functions (the Prefect flow
and the CLI call these; the tests call them directly).

For each packet ready in the inbox (pipeline/inbox.py): ingest it (its manifest and file
hashes give its content key), claim it in the database of record (store/claims.py: a
packet processed before, or taken by another worker, is skipped), process it, store its
results and mark the claim done in one transaction, and only then move it to the archive
(pipeline/archive.py). A packet that fails is moved to quarantine with its error beside
it, and the others go on. A database that fails stops the batch (exit 75) and leaves the
packets in the inbox for the next run.

Transient errors (pipeline/transient.py: a Tesseract killed from outside, the database
busy) are tried again a few times, a few seconds apart; a packet still failing so is left
in the inbox, its claim given back, for the next run: its input is not at fault, so it is
not quarantined (where it would wait for a person). While the batch runs, a heartbeat
renews its claims and its run in the database every few seconds (`claim_timeout` / 4,
at most 15 s): a worker of another host whose heartbeat stopped is known dead.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import logging
import os
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from core.errors import IntakeError, StoreError
from pipeline.archive import day_folder, move_packet, quarantine
from pipeline.inbox import Scan, Skipped, result_path, scan_inbox
from pipeline.transient import describe, is_transient, retrying

if TYPE_CHECKING:
    from core.models import PacketResult
    from pipeline.stages import Intake
    from store import Store
    from store.claims import Worker

# a test's hook: sleep this long (seconds; "1" means a minute) after a packet's results
# are committed and before it is moved, so a test can kill the batch exactly there
PAUSE_AFTER_STORE = "INTAKE_TEST_PAUSE_AFTER_STORE"

GONE = "gone from the inbox meanwhile (another worker took it)"
DEFERRED = "left in the inbox for the next run"

log = logging.getLogger("intake")
T = TypeVar("T")

# (packet, its intake, result path) -> result: the stages, directly or as a flow run
Process = Callable[[Path, "Intake", Path], "PacketResult"]
LOOKAHEAD = 3  # packets read ahead, per reading slot, while one waits to be stored in order


@dataclass(frozen=True)
class BatchOptions:
    inbox: Path
    out_dir: Path
    archive: Path | None = None  # default INBOX/../archive
    quarantine: Path | None = None  # default INBOX/../quarantine
    settle: float = 30.0
    jobs: int = 2
    claim_timeout: float = 300.0  # a claim whose heartbeat is older: its worker is dead
    move: bool = True

    @property
    def heartbeat_every(self) -> float:
        """Seconds between heartbeats: several beats within the claim timeout."""
        return min(15.0, self.claim_timeout / 4)

    @property
    def archive_dir(self) -> Path:
        return self.archive or self.inbox.resolve().parent / "archive"

    @property
    def quarantine_dir(self) -> Path:
        return self.quarantine or self.inbox.resolve().parent / "quarantine"


@dataclass
class Outcome:
    """What became of one packet: `processed`, `skipped` or `quarantined`, and why."""

    name: str
    state: str
    why: str = ""
    result: PacketResult | None = None
    moved_to: Path | None = None
    packet_pk: int | None = None
    seconds: float = 0.0


@dataclass
class BatchRun:
    """One run: what it found, what became of each packet, when."""

    run_id: str
    started: dt.datetime
    scan: Scan = field(default_factory=Scan)
    outcomes: list[Outcome] = field(default_factory=list)
    freed_claims: list[str] = field(default_factory=list)
    finished: dt.datetime | None = None
    seconds: float = 0.0

    @property
    def quarantined(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.state == "quarantined"]

    @property
    def processed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.state == "processed"]

    def counts(self) -> dict[str, int]:
        states = Counter(o.state for o in self.outcomes)
        return {"found": len(self.scan.packets), "processed": states["processed"],
                "skipped": states["skipped"] + len(self.scan.skipped),
                "quarantined": states["quarantined"]}

    def report(self) -> dict[str, Any]:
        """The run report: counts, pages read, documents, flags by code, time, and every
        packet and skipped entry with why."""
        results = [o.result for o in self.processed if o.result is not None]
        flags = Counter(f.code.value for r in results for d in r.documents for f in d.flags)
        return {
            "run_id": self.run_id,
            "started": self.started.isoformat(),
            "finished": self.finished.isoformat() if self.finished else None,
            "seconds": round(self.seconds, 3),
            "counts": self.counts(),
            "pages": sum(len(d.pages) for r in results for d in r.documents),
            "documents": sum(len(r.documents) for r in results),
            "flags": dict(sorted(flags.items())),
            "stale_claims_freed": self.freed_claims,
            "packets": [{"packet": o.name, "state": o.state, "why": o.why,
                         "packet_pk": o.packet_pk,
                         "moved_to": str(o.moved_to) if o.moved_to else None,
                         "seconds": round(o.seconds, 3)} for o in self.outcomes],
            "skipped": [{"entry": s.path.name, "why": s.why} for s in self.scan.skipped],
        }


def _error_text(e: BaseException) -> str:
    if isinstance(e, IntakeError):
        return e.message
    return f"internal error ({type(e).__name__}: {e}); this is a bug: please report it"


def _pause_after_store() -> None:
    value = os.environ.get(PAUSE_AFTER_STORE)
    if value:
        seconds = float(value)
        time.sleep(60.0 if seconds == 1 else seconds)


class Batch:
    """The run of one inbox by one worker (a process): `run()` does it all."""

    def __init__(self, options: BatchOptions, db: Store | None,
                 process: Process | None = None, worker: Worker | None = None,
                 run_id: str | None = None) -> None:
        self.options = options
        self.db = db
        self._process = process
        if db is not None and worker is None:
            from store.claims import Worker
            worker = Worker()
        self.worker = worker
        self.run = BatchRun(run_id=run_id or uuid.uuid4().hex,
                            started=dt.datetime.now(dt.UTC))
        self._done_beating = threading.Event()
        self.today = dt.date.today()
        # packets of this run whose content another packet of the run has: archived at the
        # end, once that one's results are committed
        self._repeats: list[tuple[Outcome, Path, str]] = []
        self._repeats_lock = threading.Lock()
        self._turns: list[threading.Event] = []
        self._index = threading.local()  # this thread's packet number in the scan
        self._reading = threading.BoundedSemaphore(max(1, options.jobs))  # reading slots

    def process(self, packet: Path, intake: Intake, out: Path) -> PacketResult:
        """The stages; a transient error tried again here (a Prefect task given as
        `process` retries by itself)."""
        if self._process is not None:
            return self._process(packet, intake, out)
        from pipeline import stages
        return retrying(lambda: stages.run_packet(intake, out))

    def _db(self, fn: Callable[..., T], /, *args: Any) -> T:
        """`fn(*args)`, a call of the store, tried again while the database is busy; a
        StoreError if it still fails."""
        from store.claims import ClaimLost

        try:
            return retrying(lambda: fn(*args))
        except (IntakeError, ClaimLost):
            raise
        except Exception as e:
            raise self._db_error(e) from None

    def _heartbeat(self) -> None:
        """Renew this worker's claims and run until the batch ends (a beat that fails is
        tried at the next one: the claim timeout allows several)."""
        from store.claims import heartbeat

        assert self.db is not None and self.worker is not None
        while not self._done_beating.wait(self.options.heartbeat_every):
            try:
                heartbeat(self.db, self.worker, self.run.run_id)
            except Exception as e:
                log.debug("heartbeat failed: %s", e)

    # ------------------------------------------------------------ the run

    def begin(self) -> Scan:
        """Free stale claims, record the run, scan the inbox."""
        if self.db is not None and self.worker is not None:
            from store.claims import reclaim_stale, start_run
            self.run.freed_claims = reclaim_stale(
                self.db, self.worker, dt.timedelta(seconds=self.options.claim_timeout))
            start_run(self.db, self.run.run_id, self.worker)
            threading.Thread(target=self._heartbeat, name="heartbeat", daemon=True).start()
        self.run.scan = scan_inbox(self.options.inbox, self.options.settle)
        return self.run.scan

    def execute(self, done: Callable[[Outcome], None] | None = None) -> BatchRun:
        """Process the packets found, `jobs` at a time; `done(outcome)` after each. Each
        packet's thread runs in a copy of the caller's context (a Prefect flow's run
        context reaches the packet tasks it starts there)."""
        try:
            return self._execute(done)
        finally:
            self._done_beating.set()

    def _execute(self, done: Callable[[Outcome], None] | None) -> BatchRun:
        t0 = time.perf_counter()
        packets = self.run.scan.packets
        jobs = max(1, min(self.options.jobs, len(packets) or 1))
        failure: StoreError | None = None
        self._turns = [threading.Event() for _ in packets]
        # `jobs` packets are read at a time; one read waits for its turn to be stored
        # without holding a reading slot (a long scan ahead of it in the inbox's order
        # would otherwise stall every slot behind it), up to LOOKAHEAD such waits a slot
        threads = min(len(packets) or 1, jobs * (1 + LOOKAHEAD))
        with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="packet") as pool:
            futures = {pool.submit(contextvars.copy_context().run, self.one, p, i): p
                       for i, p in enumerate(packets)}
            for future in as_completed(futures):
                try:
                    outcome = future.result()
                except StoreError as e:  # the database failed: stop, packets stay
                    failure = failure or e
                    for f in futures:
                        f.cancel()
                    for turn in self._turns:  # none waits for a packet never run
                        turn.set()
                    continue
                except Exception as e:  # e.g. the archive cannot be written: said, not fatal
                    outcome = Outcome(futures[future].name, "quarantined", _error_text(e))
                self.run.outcomes.append(outcome)
                if done is not None:
                    done(outcome)
        if failure is None:
            self._archive_repeats()
        order = {p.name: i for i, p in enumerate(packets)}
        self.run.outcomes.sort(key=lambda o: order.get(o.name, len(order)))
        self.run.seconds = time.perf_counter() - t0
        self.run.finished = dt.datetime.now(dt.UTC)
        if failure is not None:
            raise failure
        if self.db is not None:
            from store.claims import finish_run
            finish_run(self.db, self.run.run_id, self.run.counts(), self.run.report())
        return self.run

    # ------------------------------------------------------------ one packet

    def one(self, packet: Path, index: int | None = None) -> Outcome:
        """Packet number `index` of the scan: read while others are read, stored only
        after every packet before it in the inbox's order was stored (or failed), so what
        an earlier packet of the applicant was credited with does not depend on which
        reading finished first."""
        t0 = time.perf_counter()
        self._index.value = index
        self._reading.acquire()
        self._index.reading = True
        try:
            outcome = self._one(packet)
        finally:
            self._done_reading()
            if index is not None and index < len(self._turns):
                self._turns[index].set()
        outcome.seconds = time.perf_counter() - t0
        return outcome

    def _done_reading(self) -> None:
        """Free this thread's reading slot (once)."""
        if getattr(self._index, "reading", False):
            self._index.reading = False
            self._reading.release()

    def _wait_for_turn(self) -> None:
        self._done_reading()
        index = getattr(self._index, "value", None)
        if index is None:
            return
        for turn in self._turns[:index]:
            turn.wait()

    def _one(self, packet: Path) -> Outcome:
        from pipeline import stages

        try:
            intake = stages.ingest(packet)
        except Exception as e:  # a bad manifest, an empty folder: the packet's fault
            if not packet.exists():
                return Outcome(packet.name, "skipped", GONE)
            return self._quarantine(packet, _error_text(e))
        if self.db is not None and self.worker is not None:
            from store import content_key
            key = content_key(intake.manifest, intake.files)
            return self._claimed(packet, intake, key)
        return self._processed(packet, intake, None)

    def _claimed(self, packet: Path, intake: Intake, key: str) -> Outcome:
        from store.claims import claim

        assert self.db is not None and self.worker is not None
        name = packet.name
        got = self._db(claim, self.db, key, name, self.worker, self.run.run_id)
        if got.outcome == "done":
            moved = self._archive(packet)
            return Outcome(name, "skipped", f"processed before (packet {got.packet_pk}, "
                           "same content)" + ("; moved to the archive" if moved else ""),
                           moved_to=moved, packet_pk=got.packet_pk)
        if got.outcome == "busy" and got.by == self.worker.id:
            outcome = Outcome(name, "skipped", "same content as another packet of this run")
            with self._repeats_lock:
                self._repeats.append((outcome, packet, key))
            return outcome
        if got.outcome == "busy":
            return Outcome(name, "skipped", f"being processed by {got.by}")
        return self._processed(packet, intake, key)

    def _processed(self, packet: Path, intake: Intake, key: str | None) -> Outcome:
        from pipeline import stages

        name = packet.name
        out = result_path(self.options.out_dir, packet)
        try:
            result = self.process(packet, intake, out)
        except Exception as e:
            if is_transient(e):  # not the packet's fault: the next run tries it again
                if key is not None:
                    self._release(key)
                return Outcome(name, "skipped", f"{DEFERRED}: {describe(e)} (a transient "
                               "error, still there after retries)")
            return self._quarantine(packet, _error_text(e), key)
        pk = None
        if self.db is not None and key is not None and self.worker is not None:
            from store.claims import ClaimLost, store_claimed
            self._wait_for_turn()
            try:
                pk = self._db(store_claimed, self.db, key, self.worker, result,
                              intake.manifest, intake.root).packet_id
            except ClaimLost:
                return Outcome(name, "skipped", "taken over by another worker as stale")
            except StoreError:
                self._release(key)
                raise
            _pause_after_store()
        moved = self._archive(packet)
        why = "nothing in it could be read (see its flags)" if stages.nothing_readable(result) \
            else ""
        return Outcome(name, "processed", why, result=result, moved_to=moved, packet_pk=pk)

    def _archive_repeats(self) -> None:
        """The packets whose content another packet of this run had: archived now that
        it is committed; left in the inbox when it failed (the next run retries)."""
        from store.claims import claim

        for outcome, packet, key in self._repeats:
            assert self.db is not None and self.worker is not None
            got = self._db(claim, self.db, key, packet.name, self.worker, self.run.run_id)
            if got.outcome == "done":
                outcome.moved_to = self._archive(packet)
                outcome.packet_pk = got.packet_pk
                outcome.why = f"processed before (packet {got.packet_pk}, same content, " \
                              "in this run)" + ("; moved to the archive"
                                                 if outcome.moved_to else "")
            else:
                if got.outcome == "taken":  # the other one failed: not ours to process now
                    from store.claims import release
                    release(self.db, key, self.worker)
                outcome.why += " (which was not processed: left for the next run)"

    def _archive(self, packet: Path) -> Path | None:
        if not self.options.move:
            return None
        return move_packet(packet, day_folder(self.options.archive_dir, self.today))

    def _quarantine(self, packet: Path, error: str, key: str | None = None) -> Outcome:
        if key is not None and self.db is not None and self.worker is not None:
            from store.claims import quarantine_claim
            self._db(quarantine_claim, self.db, key, self.worker, error)
        if not self.options.move:
            return Outcome(packet.name, "quarantined", error)
        moved = quarantine(packet, day_folder(self.options.quarantine_dir, self.today), error)
        if moved is None:  # another worker quarantined it first
            return Outcome(packet.name, "skipped", GONE)
        return Outcome(packet.name, "quarantined", error, moved_to=moved)

    def _release(self, key: str) -> None:
        if self.db is None or self.worker is None:
            return
        from store.claims import release
        try:
            release(self.db, key, self.worker)
        except Exception:  # the database is failing: the claim goes stale, freed later
            pass

    def _db_error(self, e: Exception) -> StoreError:
        from store.db import shown_url
        url = shown_url(self.db.url) if self.db is not None else "?"
        first = (str(e).splitlines() or [type(e).__name__])[0]
        return StoreError(f"Cannot store in the database {url}: {first}")


def skipped_lines(skipped: list[Skipped]) -> list[str]:
    return [f"{s.path.name}: {s.why}" for s in skipped]


def run_inbox(options: BatchOptions, db: Store | None,
              process: Process | None = None, run_id: str | None = None) -> BatchRun:
    """One whole batch: free stale claims, scan, process, move, report (what the
    nightly flow runs, with its flow run's id as the run's)."""
    batch = Batch(options, db, process, run_id=run_id)
    batch.begin()
    return batch.execute()
