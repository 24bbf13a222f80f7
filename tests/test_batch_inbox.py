"""`intake batch` on an inbox: what it finds and leaves (and why), packets processed
once by their content, moved to the archive only after their results are committed, a
bad packet quarantined with its error beside it, and the exit codes; the claims that keep
two workers off one packet, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pipeline.batch import Batch, BatchOptions
from pipeline.inbox import scan_inbox
from store import Store, connect, content_key, upgrade
from store.claims import (
    ClaimLost,
    Worker,
    claim,
    claims,
    reclaim_stale,
    runs,
    store_claimed,
)
from store.tables import AuditEventRow, Packet
from tests.cli_run import conference_packet, intake
from tests.render import render_pdf, write_manifest
from tests.store_fixtures import BORN_DIGITAL, sample

OLD = time.time() - 3600  # an hour ago: settled


def settled(*paths: Path) -> None:
    """Give every file and folder under `paths` an mtime an hour ago (written long since)."""
    for p in paths:
        for q in [p, *p.rglob("*")] if p.is_dir() else [p]:
            os.utime(q, (OLD, OLD))


def env(tmp_path: Path) -> dict[str, str]:
    return {"INTAKE_DATA_DIR": str(tmp_path / "data")}


def db(tmp_path: Path) -> Store:
    return connect(f"sqlite:///{tmp_path / 'data' / 'intake.db'}", tmp_path / "data" / "files")


def count(store: Store, table: type) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(table)) or 0)


# ---------------------------------------------------------------- what the inbox holds

def test_the_scan_says_what_it_found_and_what_it_left_and_why(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    conference_packet(inbox / "ready")
    (inbox / "no-manifest").mkdir()
    render_pdf(inbox / "no-manifest" / "x.pdf", [["Certificate"]])
    render_pdf(inbox / "loose.pdf", [["Certificate"]])
    render_pdf(inbox / "single.pdf", [["Certificate"]])
    write_manifest(tmp_path / "m")
    shutil.move(tmp_path / "m" / "packet.json", inbox / "single.json")
    conference_packet(inbox / "copying")
    (inbox / "copying" / "scan0002.pdf.part").write_bytes(b"%PDF-1.4 half")
    (inbox / "~scan0003.pdf").write_bytes(b"%PDF-1.4 half")
    (inbox / "orphan.json").write_text("{}")
    (inbox / "single.truth.json").write_text("{}")  # a sample's ground truth: part of it
    (inbox / "orphan.truth.json").write_text("{}")  # none of any packet's
    (inbox / ".hidden").write_text("never mentioned")
    settled(inbox)
    conference_packet(inbox / "fresh")  # written just now

    scan = scan_inbox(inbox, settle=30)
    assert [p.name for p in scan.packets] == ["ready", "single.pdf"]
    why = {s.path.name: s.why for s in scan.skipped}
    assert why["no-manifest"] == "a folder without packet.json (no manifest)"
    assert why["loose.pdf"] == "a loose file: no NAME.json manifest beside it"
    assert why["copying"] == "still being written: scan0002.pdf.part has a temporary name"
    assert why["~scan0003.pdf"] == "still being written: a temporary name"
    assert why["orphan.json"] == "a manifest without its PDF or image file"
    assert why["fresh"].startswith("still being written: ") and "settle time 30 s" in why["fresh"]
    assert ".hidden" not in why and "single.json" not in why and "single.truth.json" not in why
    assert why["orphan.truth.json"] == "a manifest without its PDF or image file"
    # with no settle time the fresh packet is ready; the temporary names never are
    assert [p.name for p in scan_inbox(inbox, settle=0).packets] == ["fresh", "ready",
                                                                    "single.pdf"]


# ---------------------------------------------------------------- the command

def test_batch_archives_quarantines_and_says_so(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    conference_packet(inbox / "good")
    bad = inbox / "bad"
    write_manifest(bad, program="QQQ")
    render_pdf(bad / "x.pdf", [["Certificate of Completion"]])
    (inbox / "loose.pdf").write_bytes((inbox / "good" / "conf.pdf").read_bytes())
    settled(inbox)
    done = intake("batch", str(inbox), "-o", str(tmp_path / "out"), "--report",
                  str(tmp_path / "report.json"), "--summary", env=env(tmp_path))
    assert done.returncode == 4, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert "left loose.pdf: a loose file: no NAME.json manifest beside it" in done.stderr
    assert "bad: quarantined: Bad manifest" in done.stderr and "'program'" in done.stderr
    assert "1 of 2 packets processed into" in done.stdout
    assert "cmc_education" in done.stdout and "cmc_experience" in done.stdout  # --summary

    (day,) = (tmp_path / "archive").iterdir()
    assert [p.name for p in day.iterdir()] == ["good"]
    assert (day / "good" / "conf.pdf").read_bytes()[:5] == b"%PDF-"
    (qday,) = (tmp_path / "quarantine").iterdir()
    assert sorted(p.name for p in qday.iterdir()) == ["bad", "bad.ERROR.txt"]
    assert "'program'" in (qday / "bad.ERROR.txt").read_text()
    assert sorted(p.name for p in (qday / "bad").iterdir()) == ["packet.json", "x.pdf"]
    assert [p.name for p in inbox.iterdir()] == ["loose.pdf"]  # left, never deleted

    report = json.loads((tmp_path / "report.json").read_text())
    assert report["counts"] == {"found": 2, "processed": 1, "skipped": 1, "quarantined": 1}
    assert report["documents"] == 1 and report["pages"] == 1
    assert [(p["packet"], p["state"]) for p in report["packets"]] == \
        [("bad", "quarantined"), ("good", "processed")]
    store = db(tmp_path)
    (run,) = runs(store)
    assert run["counts"] == report["counts"] and run["report"]["run_id"] == report["run_id"]
    assert run["finished_at"] is not None
    assert [(c["packet_name"], c["state"]) for c in claims(store)] == [("good", "done")]


def test_the_same_packets_again_are_skipped_and_nothing_new_is_stored(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    originals = tmp_path / "mail"
    conference_packet(originals / "a")
    shutil.copytree(BORN_DIGITAL / "cmc-r5-duplicates", originals / "b")
    shutil.copytree(originals / "a", originals / "a-copy")  # the same packet, renamed
    shutil.copytree(originals, inbox)
    settled(inbox)
    first = intake("batch", str(inbox), "-o", str(tmp_path / "out"), env=env(tmp_path))
    assert first.returncode == 0, first.stderr
    assert "2 of 3 packets processed" in first.stdout
    store = db(tmp_path)
    packets, events = count(store, Packet), count(store, AuditEventRow)
    assert packets == 2

    shutil.copytree(originals, inbox, dirs_exist_ok=True)  # the same mail again
    settled(inbox)
    again = intake("batch", str(inbox), "-o", str(tmp_path / "out"), "--report",
                   str(tmp_path / "again.json"), env=env(tmp_path))
    assert again.returncode == 0, again.stderr
    report = json.loads((tmp_path / "again.json").read_text())
    assert report["counts"] == {"found": 3, "processed": 0, "skipped": 3, "quarantined": 0}
    assert all(p["why"].startswith("processed before (packet ") for p in report["packets"])
    assert (count(store, Packet), count(store, AuditEventRow)) == (packets, events)
    assert list(inbox.iterdir()) == []  # consumed: moved to the archive beside the first
    (day,) = (tmp_path / "archive").iterdir()
    assert sorted(p.name for p in day.iterdir()) == \
        ["a", "a-2", "a-copy", "a-copy-2", "b", "b-2"]


def test_an_empty_inbox_is_nothing_to_do_and_a_missing_one_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "inbox").mkdir()
    done = intake("batch", str(tmp_path / "inbox"), "-o", str(tmp_path / "out"),
                  env=env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "0 of 0 packets processed" in done.stdout
    missing = intake("batch", str(tmp_path / "nowhere"), env=env(tmp_path))
    assert missing.returncode == 2 and "No such inbox folder" in missing.stderr


def test_no_move_leaves_the_inbox_as_it_was(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    conference_packet(inbox / "a")
    settled(inbox)
    done = intake("batch", str(inbox), "-o", str(tmp_path / "out"), "--no-move",
                  env=env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert [p.name for p in inbox.iterdir()] == ["a"] and not (tmp_path / "archive").exists()


# ---------------------------------------------------------------- claims (both backends)

def test_two_workers_never_take_the_same_packet(store: Store, tmp_path: Path) -> None:
    one, two = Worker(), Worker()
    assert claim(store, "k" * 64, "a", one, None).outcome == "taken"
    busy = claim(store, "k" * 64, "a", two, None)
    assert (busy.outcome, busy.by) == ("busy", one.id)
    assert claim(store, "k" * 64, "a", one, None).outcome == "busy"  # even itself


def test_the_claim_is_done_with_the_results_or_not_at_all(store: Store) -> None:
    done = sample("cmc-r3-education-spill")
    key = content_key(done.manifest, done.result.files)
    one, two = Worker(), Worker()
    assert claim(store, key, "spill", one, None).outcome == "taken"
    with pytest.raises(ClaimLost):  # not two's claim: nothing is stored
        store_claimed(store, key, two, done.result, done.manifest, done.root)
    assert count(store, Packet) == 0
    stored = store_claimed(store, key, one, done.result, done.manifest, done.root)
    assert stored.created and count(store, Packet) == 1
    later = claim(store, key, "spill", two, None)
    assert (later.outcome, later.packet_pk) == ("done", stored.packet_id)


def test_stale_claims_are_freed_at_start_up(store: Store) -> None:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead = Worker(pid=int(gone.stdout))  # a process of this host that has ended
    alive = Worker()
    elsewhere = Worker(host="another-host", pid=1)
    assert claim(store, "a" * 64, "of-the-dead", dead, None).outcome == "taken"
    assert claim(store, "b" * 64, "of-the-living", alive, None).outcome == "taken"
    assert claim(store, "c" * 64, "of-another-host", elsewhere, None).outcome == "taken"
    me = Worker()
    assert reclaim_stale(store, me, dt.timedelta(hours=1)) == ["of-the-dead"]
    assert claim(store, "a" * 64, "of-the-dead", me, None).outcome == "taken"
    # another host's pid cannot be checked from here: freed only after the timeout
    assert sorted(reclaim_stale(store, me, dt.timedelta(seconds=0))) == \
        ["of-another-host", "of-the-dead", "of-the-living"]
    assert claims(store) == []


def test_a_batch_over_a_database_on_either_backend(store: Store, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(BORN_DIGITAL / "cmc-r1-letter-flags", inbox / "flags")
    shutil.copytree(BORN_DIGITAL / "cmc-r3-education-spill", inbox / "spill")
    options = BatchOptions(inbox=inbox, out_dir=tmp_path / "out", settle=0, jobs=2)
    batch = Batch(options, store)
    batch.begin()
    run = batch.execute()
    assert [(o.name, o.state) for o in run.outcomes] == [("flags", "processed"),
                                                         ("spill", "processed")]
    assert count(store, Packet) == 2
    assert sorted(c["state"] for c in claims(store)) == ["done", "done"]
    assert not list(inbox.iterdir())
    report = run.report()
    assert report["flags"] == {"FIRST_PERSON": 1, "RELATIVE_AUTHOR": 1}
    assert report["documents"] == 12


def test_the_store_is_migrated_to_the_night_tables(tmp_path: Path) -> None:
    s = connect(f"sqlite:///{tmp_path / 'x.db'}", tmp_path / "files")
    upgrade(s)
    assert runs(s) == [] and claims(s) == []
    s.close()
