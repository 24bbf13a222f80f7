"""Alembic on both backends: `upgrade head` on an empty database, and on a database made
by the previous revision with a packet in it; the migrated schema is the tables'."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from store import connect, current_revision, head_revision, upgrade
from store.tables import Base


def test_upgrade_head_on_an_empty_database(store_url: str, tmp_path: Path) -> None:
    store = connect(store_url, tmp_path / "files")
    assert current_revision(store) is None
    upgrade(store)
    assert current_revision(store) == head_revision()
    with store.engine.connect() as c:
        assert compare_metadata(MigrationContext.configure(c), Base.metadata) == []
    upgrade(store)  # again: nothing to do
    store.close()


def test_upgrade_from_the_previous_revision_keeps_the_data(store_url: str,
                                                           tmp_path: Path) -> None:
    store = connect(store_url, tmp_path / "files")
    upgrade(store, "0001_initial")
    assert "evidence_key" not in {c["name"] for c in inspect(store.engine).get_columns("documents")}
    now = dt.datetime(2026, 11, 2, 9, 30, tzinfo=dt.UTC)
    with store.engine.begin() as c:
        c.execute(text(
            "INSERT INTO packets (packet_id, content_key, program, applicant_name, "
            "received_date, manifest_json, reading_json, assessment_json, status, created_at, "
            "updated_at, version) VALUES ('p1', 'k1', 'CMC', 'Maria L. Gonzalez', "
            ":received, :m, :r, :a, 'needs_review', :now, :now, 1)"),
            {"received": dt.date(2026, 11, 2), "m": json.dumps({}), "r": json.dumps({}),
             "a": json.dumps({}), "now": now})
        packet = c.execute(text("SELECT id FROM packets")).scalar_one()
        c.execute(text(
            "INSERT INTO documents (packet_id, doc_key, pages_json, kind, kind_confidence, "
            "routed_reasons_json, version) VALUES (:p, 'doc-01', '[1]', 'certificate', 0.9, "
            "'[]', 1)"), {"p": packet})
    upgrade(store)
    assert current_revision(store) == head_revision()
    with store.engine.connect() as c:
        assert c.execute(text("SELECT doc_key, evidence_key FROM documents")).one() == \
            ("doc-01", None)
        assert c.execute(text("SELECT applicant_name FROM packets")).scalar_one() == \
            "Maria L. Gonzalez"
        assert compare_metadata(MigrationContext.configure(c), Base.metadata) == []
    store.close()
