"""The audit trail: every change, who made it, when, what it was before and after, why;
read back per packet and exported as JSON or CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.db import Store
from store.tables import AuditEventRow, DocumentRow, Packet


def record(session: Session, packet_id: int | None, action: str, *, target: str = "",
           before: Any = None, after: Any = None, user_id: int | None = None,
           document_id: int | None = None, reason: str | None = None) -> AuditEventRow:
    event = AuditEventRow(packet_id=packet_id, document_id=document_id, user_id=user_id,
                          at=dt.datetime.now(dt.UTC), action=action, target=target,
                          before_json=before, after_json=after, reason=reason)
    session.add(event)
    return event


@dataclass(frozen=True)
class AuditEvent:
    id: int
    at: dt.datetime
    user: str | None  # the user's name; None: the pipeline
    action: str
    document: str | None  # the result's document id
    target: str
    before: Any
    after: Any
    reason: str | None


def find_packet(store: Store, name: str) -> int | None:
    """A packet's number from its `packet_id` (the newest stored with it) or its number."""
    with store.session() as s:
        pk = s.scalars(select(Packet.id).where(Packet.packet_id == name)
                       .order_by(Packet.id.desc())).first()
        if pk is None and name.isdigit():
            pk = s.scalar(select(Packet.id).where(Packet.id == int(name)))
        return pk


def history(store: Store, packet_pk: int) -> list[AuditEvent]:
    """The packet's audit events, oldest first."""
    with store.session() as s:
        rows = s.scalars(select(AuditEventRow).where(AuditEventRow.packet_id == packet_pk)
                         .order_by(AuditEventRow.at, AuditEventRow.id)).all()
        docs = dict(s.execute(select(DocumentRow.id, DocumentRow.doc_key)
                              .where(DocumentRow.packet_id == packet_pk)).tuples().all())
        return [AuditEvent(r.id, _aware(r.at), r.user.name if r.user else None, r.action,
                           docs.get(r.document_id) if r.document_id else None, r.target,
                           r.before_json, r.after_json, r.reason) for r in rows]


def _aware(at: dt.datetime) -> dt.datetime:
    """SQLite hands times back without their zone; they were written in UTC."""
    return at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)


CSV_COLUMNS = ("id", "at", "user", "action", "document", "target", "before", "after",
               "reason")


def export_history(store: Store, packet_pk: int, fmt: str = "json") -> str:
    """The packet's history as JSON (a list of events) or CSV (before/after as JSON text)."""
    events = history(store, packet_pk)
    if fmt == "json":
        return json.dumps([_plain(e) for e in events], indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for e in events:
            d = _plain(e)
            writer.writerow([d["id"], d["at"], d["user"] or "", d["action"],
                             d["document"] or "", d["target"],
                             "" if e.before is None else json.dumps(e.before, ensure_ascii=False),
                             "" if e.after is None else json.dumps(e.after, ensure_ascii=False),
                             d["reason"] or ""])
        return out.getvalue()
    raise ValueError(f"unknown format {fmt!r}: give json or csv")


def _plain(e: AuditEvent) -> dict[str, Any]:
    d = asdict(e)
    d["at"] = e.at.isoformat()
    return d
