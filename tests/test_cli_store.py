"""`intake process` and `intake batch` store what they processed; `intake users …` and
`intake db …`; all in their own process, on a database in the test's folder."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from store import NotFound, connect, packet_view, verify_login
from tests.cli_run import conference_packet, intake
from tests.render import write_manifest


def env(tmp_path: Path) -> dict[str, str]:
    return {"INTAKE_DATA_DIR": str(tmp_path / "data")}


def db(tmp_path: Path):  # noqa: ANN201
    return connect(f"sqlite:///{tmp_path / 'data' / 'intake.db'}", tmp_path / "data" / "files")


def test_process_stores_the_packet_once(tmp_path: Path) -> None:
    packet = conference_packet(tmp_path / "conf")
    first = intake("process", str(packet), "-o", str(tmp_path / "r.json"), env=env(tmp_path))
    assert first.returncode == 0, first.stderr
    assert "stored conf in sqlite:///" in first.stderr and "packet 1 (new)" in first.stderr
    again = intake("process", str(packet), "-o", str(tmp_path / "r.json"), env=env(tmp_path))
    assert "packet 1 (stored before, unchanged)" in again.stderr
    store = db(tmp_path)
    view = packet_view(store, 1)
    result = json.loads((tmp_path / "r.json").read_text())
    assert view.packet_id == "conf" and [t.points for t in view.totals] == \
        [t["points"] for t in result["totals"].values()]
    copies = list((tmp_path / "data" / "files").glob("*/*"))
    assert [c.read_bytes() for c in copies] == [(packet / "conf.pdf").read_bytes()]


def test_no_store_stores_nothing(tmp_path: Path) -> None:
    packet = conference_packet(tmp_path / "conf")
    done = intake("process", str(packet), "-q", "--no-store", env=env(tmp_path))
    assert done.returncode == 0 and json.loads(done.stdout)["packet_id"] == "conf"
    assert not (tmp_path / "data").exists()


def test_batch_stores_every_packet(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    conference_packet(inbox / "a")
    # the same certificate again in a later submission of the applicant
    write_manifest(inbox / "b", received_date="2027-02-01")
    shutil.copy(inbox / "a" / "conf.pdf", inbox / "b" / "conf.pdf")
    shutil.copytree(inbox / "a", inbox / "c")  # a copy of packet a: the same packet
    done = intake("batch", str(inbox), "-o", str(tmp_path / "out"), "--settle", "0",
                  env=env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "2 of 3 packets processed into" in done.stdout and "and stored in" in done.stdout
    # c is a's content again: skipped as processed before, archived all the same
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.json", "b.json"]
    assert sorted(p.name for p in next((tmp_path / "archive").iterdir()).iterdir()) == \
        ["a", "b", "c"]
    store = db(tmp_path)
    first, later = packet_view(store, 1), packet_view(store, 2)
    assert (first.packet_id, later.packet_id) == ("a", "b")
    with pytest.raises(NotFound):
        packet_view(store, 3)
    assert later.documents[0].flags == ["DUPLICATE"]  # credited in packet a already
    assert first.proposals and not later.proposals


def test_a_database_that_cannot_be_opened_is_exit_75(tmp_path: Path) -> None:
    packet = conference_packet(tmp_path / "conf")
    (tmp_path / "data").write_text("a file where the data folder should be")
    done = intake("process", str(packet), "-o", str(tmp_path / "r.json"), env=env(tmp_path))
    assert done.returncode == 75, done.stderr
    assert "Cannot open the database" in done.stderr and "Traceback" not in done.stderr
    assert (tmp_path / "r.json").exists()  # the result was written before


def test_users_are_added_listed_changed_and_deactivated(tmp_path: Path) -> None:
    e = env(tmp_path)
    added = subprocess.run(
        [*intake_argv(), "users", "add", "rita", "--role", "admin", "--password-stdin"],
        input="a long password\n", capture_output=True, text=True, env=full_env(e))
    assert added.returncode == 0, added.stderr
    assert "added admin rita" in added.stdout
    assert verify_login(db(tmp_path), "rita", "a long password") is not None
    short = subprocess.run([*intake_argv(), "users", "add", "sam", "--password-stdin"],
                           input="short\n", capture_output=True, text=True, env=full_env(e))
    assert short.returncode == 2 and "at least 8 characters" in short.stderr
    changed = subprocess.run([*intake_argv(), "users", "passwd", "rita", "--password-stdin"],
                             input="another long one\n", capture_output=True, text=True,
                             env=full_env(e))
    assert changed.returncode == 0, changed.stderr
    assert verify_login(db(tmp_path), "rita", "another long one") is not None
    listed = intake("users", "list", env=e)
    assert "rita" in listed.stdout and "admin" in listed.stdout
    assert intake("users", "deactivate", "rita", env=e).returncode == 0
    assert verify_login(db(tmp_path), "rita", "another long one") is None
    assert intake("users", "deactivate", "nobody", env=e).returncode == 2


def test_db_upgrade_and_history(tmp_path: Path) -> None:
    e = env(tmp_path)
    up = intake("db", "upgrade", env=e)
    assert up.returncode == 0 and "at revision 0004_heartbeats" in up.stdout
    packet = conference_packet(tmp_path / "conf")
    intake("process", str(packet), "-q", "-o", str(tmp_path / "r.json"), env=e)
    as_json = intake("db", "history", "conf", env=e)
    assert [ev["action"] for ev in json.loads(as_json.stdout)] == ["store_packet"]
    as_csv = intake("db", "history", "1", "--format", "csv", env=e)
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [r["action"] for r in rows] == ["store_packet"] and rows[0]["target"] == "conf"
    missing = intake("db", "history", "nope", env=e)
    assert missing.returncode == 2 and "No packet 'nope'" in missing.stderr


def test_help_does_not_import_the_store() -> None:
    done = subprocess.run([*intake_argv()[:1], "-c",
                           "import sys, pipeline.cli; print(sorted(m for m in sys.modules if "
                           "m.split('.')[0] in {'sqlalchemy', 'alembic', 'argon2', 'store'}))"],
                          capture_output=True, text=True, env=full_env({}))
    assert done.stdout.strip() == "[]", done.stderr


def intake_argv() -> list[str]:
    import sys
    return [sys.executable, "-m", "pipeline.cli"]


def full_env(extra: dict[str, str]) -> dict[str, str]:
    import os
    base = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    return {**base, **extra}
