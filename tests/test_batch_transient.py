"""A packet whose Tesseract is killed (a real `tesseract` process ended by SIGKILL, as the
out-of-memory killer would) is read again and processed; one whose Tesseract is killed at
every try is left in the inbox for the next run, its claim given back, not quarantined.
The claims' heartbeat: a claim of another host stays while it beats, and is freed once
its beat is older than the timeout."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
import time
from pathlib import Path

import pdfplumber
import pytest
from sqlalchemy import update

import pipeline.transient
from core.settings import get_settings
from pipeline.batch import DEFERRED, BatchOptions, run_inbox
from store import Store, connect, upgrade
from store.claims import Worker, claim, claims, heartbeat, reclaim_stale, start_run
from store.tables import IntakeClaimRow, utcnow
from tests.render import render_pdf, write_manifest
from tests.test_batch_crash import CERTS

REAL = shutil.which("tesseract")


def one_scan_packet(folder: Path, work: Path, cert: int = 1) -> Path:
    """One phone-scanned certificate (a JPEG, CERTS[cert]): one Tesseract run reads it."""
    write_manifest(folder)
    pdf = render_pdf(work / "c.pdf", [CERTS[cert]])
    with pdfplumber.open(pdf) as doc:
        image = doc.pages[0].to_image(resolution=300).original.convert("RGB")
    image.save(folder / "scan.jpg", "JPEG", dpi=(300, 300))
    return folder


@pytest.fixture
def killer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A `tesseract` first on PATH that kills itself with SIGKILL for the first N word
    readings (N in the file it returns), then runs the real one (or, when the file says
    `fail`, fails as on a file it cannot read); OCR cache of its own."""
    assert REAL is not None
    kills = tmp_path / "kills"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "tesseract").write_text(f"""#!/bin/sh
case "$*" in *"--psm 0"*|*--version*|*--list-langs*) exec {REAL} "$@";; esac
left=$(cat {kills})
if [ "$left" = fail ]; then echo "Error in pixReadStream" >&2; exit 1; fi
if [ "$left" -gt 0 ]; then echo $((left - 1)) > {kills}; kill -KILL $$; fi
exec {REAL} "$@"
""")
    (bin_dir / "tesseract").chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{__import__('os').environ['PATH']}")
    monkeypatch.setenv("INTAKE_CACHE_DIR", str(tmp_path / "ocr-cache"))
    monkeypatch.setattr(pipeline.transient, "RETRY_DELAYS", (0.0,))
    get_settings.cache_clear()
    yield kills
    get_settings.cache_clear()


def _store(tmp_path: Path) -> Store:
    store = connect(f"sqlite:///{tmp_path / 'intake.db'}", tmp_path / "files")
    upgrade(store)
    return store


def test_a_packet_whose_tesseract_was_killed_is_read_again(killer: Path,
                                                           tmp_path: Path) -> None:
    killer.write_text("1")
    one_scan_packet(tmp_path / "inbox" / "scan", tmp_path / "work")
    store = _store(tmp_path)
    run = run_inbox(BatchOptions(inbox=tmp_path / "inbox", out_dir=tmp_path / "out",
                                 settle=0), store)
    assert [(o.name, o.state) for o in run.outcomes] == [("scan", "processed")]
    assert killer.read_text().strip() == "0"  # it was killed once, then read
    assert [c["state"] for c in claims(store)] == ["done"]
    assert run.outcomes[0].result is not None and run.outcomes[0].result.documents
    store.close()


def test_a_packet_whose_tesseract_is_always_killed_waits_for_the_next_run(
        killer: Path, tmp_path: Path) -> None:
    killer.write_text("99")
    inbox = tmp_path / "inbox"
    one_scan_packet(inbox / "scan", tmp_path / "work")
    store = _store(tmp_path)
    options = BatchOptions(inbox=inbox, out_dir=tmp_path / "out", settle=0)
    run = run_inbox(options, store)
    (outcome,) = run.outcomes
    assert outcome.state == "skipped" and outcome.why.startswith(DEFERRED)
    assert "Tesseract was stopped by SIGKILL" in outcome.why
    assert killer.read_text().strip() == "96"  # tried three times: once and two retries
    assert [p.name for p in inbox.iterdir()] == ["scan"]  # not quarantined, not moved
    assert not (tmp_path / "quarantine").exists()
    assert claims(store) == []  # given back
    assert run.quarantined == []

    killer.write_text("0")  # the next night, Tesseract is fine
    again = run_inbox(options, store)
    assert [(o.name, o.state) for o in again.outcomes] == [("scan", "processed")]
    store.close()


def test_a_claim_of_another_host_is_freed_when_its_heartbeat_stops(store: Store) -> None:
    elsewhere = Worker(host="another-host", pid=1)
    me = Worker()
    start_run(store, "run-elsewhere", elsewhere)
    assert claim(store, "e" * 64, "of-another-host", elsewhere, "run-elsewhere").outcome == \
        "taken"
    an_hour_ago = utcnow() - dt.timedelta(hours=1)
    with store.session() as s:  # claimed an hour ago, and beating since
        s.execute(update(IntakeClaimRow).values(claimed_at=an_hour_ago))
    assert heartbeat(store, elsewhere, "run-elsewhere") == 1
    assert reclaim_stale(store, me, dt.timedelta(minutes=5)) == []  # alive: kept
    with store.session() as s:  # then its beat stopped ten minutes ago
        s.execute(update(IntakeClaimRow).values(
            heartbeat_at=utcnow() - dt.timedelta(minutes=10)))
    assert reclaim_stale(store, me, dt.timedelta(minutes=5)) == ["of-another-host"]
    assert claims(store) == []


def test_a_batch_beats_for_its_claims_while_it_processes(tmp_path: Path) -> None:
    from pipeline import stages
    from store.claims import runs
    from tests.cli_run import conference_packet

    conference_packet(tmp_path / "inbox" / "conf")
    store = _store(tmp_path)
    beats: list[dt.datetime] = []

    def slow(packet: Path, intake: stages.Intake, out: Path) -> object:
        """Read the packet once the heartbeat has renewed its claim twice."""
        first = claims(store)[0]["heartbeat_at"]
        for _ in range(3000):  # a bound, not a timing: the beats come every 0.05 s
            now = claims(store)[0]["heartbeat_at"]
            if now != (beats[-1] if beats else first):
                beats.append(now)
            if len(beats) == 2:
                break
            time.sleep(0.01)
        return stages.run_packet(intake, out)

    run = run_inbox(BatchOptions(inbox=tmp_path / "inbox", out_dir=tmp_path / "out",
                                 settle=0, claim_timeout=0.2), store, slow)  # type: ignore[arg-type]
    assert [(o.name, o.state) for o in run.outcomes] == [("conf", "processed")]
    assert len(beats) == 2 and beats[0] < beats[1]
    (row,) = runs(store)
    assert row["run_id"] == run.run_id
    store.close()


def test_a_running_flow_run_is_dead_by_its_pid_here_and_its_heartbeat_elsewhere() -> None:
    import os
    import socket
    import subprocess
    import sys

    from pipeline.reconcile import RunningFlow, dead_because
    from store.claims import RunLife

    here = socket.gethostname()
    now = utcnow()
    limit = dt.timedelta(minutes=5)
    gone = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True).stdout)
    run = RunningFlow("f" * 32, "calm-otter", now - dt.timedelta(hours=2))

    def life(host: str, pid: int, beat: dt.timedelta) -> RunLife:
        return RunLife("f" * 32, f"{host}:{pid}:abc", now - dt.timedelta(hours=2),
                       now - beat, None)
    # this host: by its process, whatever its heartbeat says
    assert dead_because(run, life(here, os.getpid(), dt.timedelta(hours=1)), now, limit) \
        is None
    assert "is gone" in str(dead_because(run, life(here, gone, dt.timedelta(0)), now, limit))
    # another host: by its heartbeat
    assert dead_because(run, life("far", 1, dt.timedelta(minutes=1)), now, limit) is None
    assert "no heartbeat from far for 10 min" == \
        dead_because(run, life("far", 1, dt.timedelta(minutes=10)), now, limit)
    # no batch recorded: dead once it started longer ago than the limit
    assert "never began" in str(dead_because(run, None, now, limit))
    young = RunningFlow("e" * 32, "new-run", now - dt.timedelta(seconds=20))
    assert dead_because(young, None, now, limit) is None


def test_a_killed_process_not_yet_reaped_is_dead() -> None:
    import signal
    import subprocess
    import sys

    from store.claims import pid_alive

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        assert pid_alive(child.pid)
        child.send_signal(signal.SIGKILL)
        # not waited for: a zombie, as a flow run's process whose parent died with it
        # stays where nothing reaps it
        for _ in range(1000):
            stat = Path(f"/proc/{child.pid}/stat").read_text()
            if stat[stat.rindex(")") + 2] == "Z":
                break
            time.sleep(0.01)
        assert not pid_alive(child.pid)
    finally:
        child.wait()
    assert not pid_alive(child.pid)


def test_a_long_packet_ahead_does_not_stall_the_reading_of_those_behind(
        tmp_path: Path) -> None:
    """Two reading slots, four packets: while the first is still being read, the three
    behind it are all read (each waits for its turn to be stored without holding a
    slot), and they are stored in the inbox's order once the first is."""
    from pipeline import stages

    inbox = tmp_path / "inbox"
    for i, name in enumerate(["a-long", "b", "c", "d"]):
        folder = inbox / name
        write_manifest(folder, received_date=f"2026-11-0{i + 1}")
        render_pdf(folder / "cert.pdf", [CERTS[i % len(CERTS)]])
    others_read = threading.Event()
    read: list[str] = []
    lock = threading.Lock()

    def process(packet: Path, intake, out: Path):  # type: ignore[no-untyped-def]
        if packet.name == "a-long":  # a long scan: it ends only once the others are read
            assert others_read.wait(60), f"the packets behind it were not read: {read}"
        result = stages.run_packet(intake, out)
        with lock:
            read.append(packet.name)
            if {"b", "c", "d"} <= set(read):
                others_read.set()
        return result

    store = _store(tmp_path)
    run = run_inbox(BatchOptions(inbox=inbox, out_dir=tmp_path / "out", settle=0, jobs=2),
                    store, process)
    assert [(o.name, o.state) for o in run.outcomes] == \
        [("a-long", "processed"), ("b", "processed"), ("c", "processed"), ("d", "processed")]
    assert read[-1] == "a-long"
    stored = [c["packet_name"] for c in sorted(claims(store), key=lambda c: c["packet_pk"])]
    assert stored == ["a-long", "b", "c", "d"]
