"""Which errors a packet is tried again for, on real exceptions: a Tesseract process
really killed by SIGKILL (through pytesseract, as the OCR runs it), a real SQLite database
locked by another connection, a real PostgreSQL serialization failure and a refused
connection; and never for bad input."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytesseract
import pytest
from PIL import Image
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError, OperationalError

from core.errors import IntakeError, ManifestError
from pipeline.transient import is_transient, retrying
from tests.pg_cluster import Cluster


def _tesseract_error(tmp_path: Path, script: str) -> pytesseract.TesseractError:
    """What pytesseract raises when its `tesseract` ends as `script` makes it end."""
    fake = tmp_path / "tesseract"
    fake.write_text(f"#!/bin/sh\n{script}\n")
    fake.chmod(0o755)
    saved = pytesseract.pytesseract.tesseract_cmd
    pytesseract.pytesseract.tesseract_cmd = str(fake)
    try:
        with pytest.raises(pytesseract.TesseractError) as caught:
            pytesseract.image_to_string(Image.new("L", (40, 20), 255))
    finally:
        pytesseract.pytesseract.tesseract_cmd = saved
    return caught.value


def test_a_tesseract_killed_by_sigkill_is_transient_one_that_crashed_is_not(
        tmp_path: Path) -> None:
    killed = _tesseract_error(tmp_path, "kill -KILL $$")
    assert killed.status == -9 and is_transient(killed)
    crashed = _tesseract_error(tmp_path, "kill -SEGV $$")  # a crash on the page: again
    assert crashed.status == -11 and not is_transient(crashed)
    refused = _tesseract_error(tmp_path, "echo 'Error, could not read input' >&2; exit 1")
    assert refused.status == 1 and not is_transient(refused)
    # raised from within another error (the OCR pool hands it on): still transient
    try:
        try:
            raise killed
        except pytesseract.TesseractError as e:
            raise RuntimeError("reading page 3 failed") from e
    except RuntimeError as wrapped:
        assert is_transient(wrapped)


def test_a_locked_sqlite_database_is_transient(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x INTEGER PRIMARY KEY)")
    holder.execute("BEGIN EXCLUSIVE")  # another writer holds the lock
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
    try:
        with pytest.raises(OperationalError) as locked, engine.begin() as c:
            c.execute(text("INSERT INTO t VALUES (1)"))
        assert "database is locked" in str(locked.value)
        assert is_transient(locked.value)
        holder.execute("COMMIT")
        with engine.begin() as c:
            c.execute(text("INSERT INTO t VALUES (1)"))
        with pytest.raises(IntegrityError) as duplicate, engine.begin() as c:
            c.execute(text("INSERT INTO t VALUES (1)"))
        assert not is_transient(duplicate.value)  # a constraint: the same again fails
        with pytest.raises(OperationalError) as missing, engine.begin() as c:
            c.execute(text("SELECT * FROM no_such_table"))
        assert not is_transient(missing.value)
    finally:
        engine.dispose()
        holder.close()


def test_postgresql_serialization_failures_and_refused_connections_are_transient(
        postgres_cluster: Cluster) -> None:
    url = postgres_cluster.new_database()
    engine = create_engine(url, isolation_level="SERIALIZABLE")
    with engine.begin() as c:
        c.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER)"))
        c.execute(text("INSERT INTO t VALUES (1, 0)"))
    one, two = engine.connect(), engine.connect()
    try:
        one.begin(), two.begin()
        one.execute(text("SELECT n FROM t WHERE id = 1")).scalar()
        two.execute(text("SELECT n FROM t WHERE id = 1")).scalar()
        one.execute(text("UPDATE t SET n = 1 WHERE id = 1"))
        one.commit()
        with pytest.raises(OperationalError) as conflict:
            two.execute(text("UPDATE t SET n = 2 WHERE id = 1"))
        assert getattr(conflict.value.orig, "sqlstate", None) == "40001"
        assert is_transient(conflict.value)
        two.rollback()
    finally:
        one.close(), two.close()
        engine.dispose()
    from tests.pg_cluster import _free_port
    away = create_engine(f"postgresql+psycopg://postgres@127.0.0.1:{_free_port()}/x")
    with pytest.raises(OperationalError) as refused:
        away.connect()
    assert is_transient(refused.value)


def test_bad_input_is_never_transient() -> None:
    assert not is_transient(ManifestError("packet.json: program 'QQQ' is not CMC or MMC"))
    assert not is_transient(IntakeError("no documents in the packet"))
    assert not is_transient(FileNotFoundError(2, "No such file"))
    assert not is_transient(ValueError("a bug"))
    assert is_transient(BlockingIOError(11, "Resource temporarily unavailable"))


def test_retrying_tries_again_for_transient_errors_only() -> None:
    calls: list[int] = []
    waits: list[float] = []
    locked = OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked"))

    def flaky() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise locked
        return "stored"
    assert retrying(flaky, retries=2, delays=(1.0, 5.0), sleep=waits.append) == "stored"
    assert waits == [1.0, 5.0]

    calls.clear()

    def always_locked() -> None:
        calls.append(1)
        raise locked
    with pytest.raises(OperationalError):  # still locked after the retries: raised
        retrying(always_locked, retries=1, delays=(0.0,), sleep=waits.append)
    assert len(calls) == 2

    bad: list[int] = []

    def manifest() -> None:
        bad.append(1)
        raise ManifestError("bad")
    with pytest.raises(ManifestError):
        retrying(manifest, retries=5, delays=(0.0,), sleep=waits.append)
    assert bad == [1]  # bad input: tried once

