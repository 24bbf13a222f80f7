"""Crash safety with real processes: `intake batch` killed with SIGKILL while Tesseract
reads a scanned packet, and again right after a packet's results were committed (before it
moved), then run again: every packet is processed exactly once, none lost or duplicated in
the database, the archive or the inbox. On SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from sqlalchemy import select

from pipeline.batch import PAUSE_AFTER_STORE
from store import Store, connect, upgrade
from store.claims import claims
from store.tables import Packet
from tests.cli_run import ROOT, conference_packet
from tests.render import render_pdf, write_manifest
from tests.store_fixtures import BORN_DIGITAL

CERTS = [
    ["Certificate of Completion", "This certifies that Maria L. Gonzalez",
     f"has successfully completed {title}", "at the Northwest Clerks Institute on April 9, 2024",
     f"{hours} contact hours"]
    for title, hours in (("Budgeting for Clerks", 8), ("Records Retention", 6),
                         ("Parliamentary Procedure", 4))
]


def scanned_packet(folder: Path, work: Path) -> Path:
    """A packet of three phone-scanned certificates (JPEG): read by OCR only."""
    write_manifest(folder)
    for i, lines in enumerate(CERTS, start=1):
        pdf = render_pdf(work / f"born{i}" / "c.pdf", [lines])
        with pdfplumber.open(pdf) as doc:
            image = doc.pages[0].to_image(resolution=300).original.convert("RGB")
        image.save(folder / f"scan{i}.jpg", "JPEG", dpi=(300, 300))
    return folder


def descendants(pid: int) -> list[tuple[int, str]]:
    """(pid, command name) of every process below `pid` (from /proc)."""
    children: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
        names[int(entry.name)] = name
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append((child, names[child]))
            todo.append(child)
    return found


def wait_for(what: str, ready: Callable[[], bool], proc: subprocess.Popen[str],
             limit: float = 300) -> None:
    """Poll until `ready()`; fail (with the batch's output) if the batch ended first."""
    end = time.monotonic() + limit
    while not ready():
        if proc.poll() is not None:
            out, errs = proc.communicate()
            pytest.fail(f"the batch ended before {what}: {proc.returncode}\n{out}\n{errs}")
        if time.monotonic() > end:
            pytest.fail(f"never saw {what}")
        time.sleep(0.05)


class Night:
    """An inbox, its archive, a database, and `intake batch` run on them."""

    def __init__(self, tmp_path: Path, url: str) -> None:
        self.tmp = tmp_path
        self.inbox = tmp_path / "night" / "inbox"
        self.archive = tmp_path / "night" / "archive"
        self.url = url
        self.env = {**{k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")},
                    "INTAKE_DATABASE_URL": url, "INTAKE_DATA_DIR": str(tmp_path / "data"),
                    # a cache of its own: the scanned packet is really read by Tesseract
                    "INTAKE_CACHE_DIR": str(tmp_path / "ocr-cache")}
        self.store: Store = connect(url, tmp_path / "data" / "files")

    def start(self, report: str = "report.json", **extra: str) -> subprocess.Popen[str]:
        args = [sys.executable, "-m", "pipeline.cli", "batch", str(self.inbox), "-o",
                str(self.tmp / "out"), "--settle", "0", "--jobs", "1", "--report",
                str(self.tmp / report)]
        return subprocess.Popen(args, cwd=ROOT, env={**self.env, **extra}, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)

    def kill(self, proc: subprocess.Popen[str]) -> None:
        os.killpg(proc.pid, signal.SIGKILL)  # the batch and its Tesseracts, as a crash would
        proc.communicate()

    def claim_states(self) -> dict[str, str]:
        try:
            return {c["packet_name"]: c["state"] for c in claims(self.store)}
        except Exception:  # the tables are being created by the batch's migration
            return {}

    def stored_keys(self) -> list[str]:
        with self.store.session() as s:
            return list(s.scalars(select(Packet.content_key)))

    def in_inbox(self) -> list[str]:
        return sorted(p.name for p in self.inbox.iterdir())

    def in_archive(self) -> list[str]:
        return sorted(p.name for day in self.archive.iterdir() for p in day.iterdir()) \
            if self.archive.exists() else []


@pytest.fixture(params=["sqlite", "postgresql"])
def night(request: pytest.FixtureRequest, tmp_path: Path) -> Night:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'intake.db'}"
    else:
        url = request.getfixturevalue("postgres_cluster").new_database()
    n = Night(tmp_path, url)
    upgrade(n.store)
    return n


def test_killed_during_ocr_and_after_a_store_every_packet_is_processed_once(
        night: Night, tmp_path: Path) -> None:
    scanned_packet(night.inbox / "a-scan", tmp_path / "work")
    conference_packet(night.inbox / "b-conf")
    shutil.copytree(BORN_DIGITAL / "cmc-r3-education-spill", night.inbox / "c-spill")
    shutil.copytree(BORN_DIGITAL / "cmc-r1-letter-flags", night.inbox / "d-flags")
    names = ["a-scan", "b-conf", "c-spill", "d-flags"]

    # 1. killed while Tesseract reads the scanned packet
    first = night.start()
    wait_for("Tesseract reading a-scan", lambda: night.claim_states().get("a-scan") ==
             "claimed" and any(n == "tesseract" for _, n in descendants(first.pid)), first)
    night.kill(first)
    assert night.stored_keys() == [] and night.in_inbox() == names
    assert night.in_archive() == [] and night.claim_states() == {"a-scan": "claimed"}

    # 2. run again (the dead worker's claim is freed), killed right after the first commit
    second = night.start(**{PAUSE_AFTER_STORE: "1"})
    wait_for("a-scan stored", lambda: night.claim_states().get("a-scan") == "done", second)
    night.kill(second)
    assert len(night.stored_keys()) == 1 and night.in_inbox() == names  # not moved yet
    assert night.in_archive() == []

    # 3. run again to the end: a-scan is not processed twice, the others once
    third = night.start()
    out, errs = third.communicate(timeout=600)
    assert third.returncode == 0, errs
    report = json.loads((tmp_path / "report.json").read_text())
    assert [(p["packet"], p["state"]) for p in report["packets"]] == \
        [("a-scan", "skipped"), ("b-conf", "processed"), ("c-spill", "processed"),
         ("d-flags", "processed")]
    assert report["packets"][0]["why"].startswith("processed before")

    keys = night.stored_keys()
    assert len(keys) == 4 and len(set(keys)) == 4  # each packet once in the database
    assert night.claim_states() == {n: "done" for n in names}
    assert night.in_inbox() == [] and night.in_archive() == names  # each once in the archive
    with night.store.session() as s:
        ids = sorted(s.scalars(select(Packet.packet_id)))
    assert ids == names
    # the archive holds the originals whole
    assert sorted(p.name for p in next(night.archive.iterdir()).joinpath("a-scan").iterdir()) \
        == ["packet.json", "scan1.jpg", "scan2.jpg", "scan3.jpg"]

    # 4. and a fourth run over the empty inbox does nothing
    fourth = night.start()
    out, errs = fourth.communicate(timeout=600)
    assert fourth.returncode == 0, errs
    assert len(night.stored_keys()) == 4
    night.store.close()
