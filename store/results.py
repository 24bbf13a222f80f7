"""The reviewed result: the result JSON of a packet with the reviewer's values, decisions
and totals; every value, flag and proposal a person decided carries a `review` (who,
when, and what was read or scored before), docs/interface.md."""

from __future__ import annotations

import datetime as dt

from core.models import (
    Category,
    CategoryStatus,
    FieldValue,
    Flag,
    FlagCode,
    PacketResult,
    Review,
    Severity,
)
from scoring.engine import still_needed
from scoring.rules import default_rules
from store.db import Store
from store.rescoring import load_packet, packet_totals, proposal_model, reading_of
from store.review_ops import NotFound
from store.tables import DocumentRow, FieldRow, Packet


def _aware(at: dt.datetime | None) -> dt.datetime:
    at = at or dt.datetime.now(dt.UTC)
    return at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)


def _field(row: FieldRow, read: FieldValue | None) -> FieldValue | None:
    if row.origin != "reviewer":
        return read
    if row.value_json is None:
        return None
    read_value = read.value if read is not None else None
    review = Review(by=row.confirmer.name if row.confirmer else "?", at=_aware(row.confirmed_at),
                    read_value=read_value if read_value != row.value_json else None,
                    reread_value=row.reread_value_json)
    bbox = tuple(row.bbox_json) if row.bbox_json else None
    return FieldValue(value=row.value_json, confidence=1.0, page=row.page, bbox=bbox,  # type: ignore[arg-type]
                      review=review)


def _fields(doc_row: DocumentRow, read: dict[str, FieldValue]) -> dict[str, FieldValue]:
    out: dict[str, FieldValue] = {}
    rows = {f.name: f for f in doc_row.fields}
    for name in list(read) + [n for n in rows if n not in read]:
        row = rows.get(name)
        value = read.get(name) if row is None else _field(row, read.get(name))
        if value is not None:
            out[name] = value
    return out


def reviewed_result(store: Store, packet_pk: int) -> PacketResult:
    with store.session() as s:
        packet = load_packet(s, packet_pk)
        if packet is None:
            raise NotFound(f"no packet {packet_pk}")
        return _reviewed(packet)


def _reviewed(packet: Packet) -> PacketResult:
    result = reading_of(packet)
    rows = {d.doc_key: d for d in packet.documents}
    for doc in result.documents:
        row = rows.get(doc.id)
        if row is None:
            continue
        doc.fields = _fields(row, doc.fields)
        doc.flags = [Flag(code=FlagCode(f.code), severity=Severity(f.severity), message=f.message,
                          review=None if f.decision is None else Review(
                              by=f.decider.name if f.decider else "?", at=_aware(f.decided_at),
                              decision=f.decision, note=f.note))
                     for f in row.flags]
    proposals = []
    for p in packet.proposals:
        model = proposal_model(p)
        if p.status != "proposed":
            model.review = Review(by=p.decider.name if p.decider else "?",
                                  at=_aware(p.decided_at), note=p.reason,
                                  proposed_points=p.points if p.status == "adjusted" else None)
        proposals.append(model)
    result.proposals = proposals
    totals = packet_totals(packet)
    book = default_rules()
    result.totals = {Category(k): t for k, t in totals.items()}
    result.requirements_met = all(t.needed == 0 for t in totals.values())
    result.still_needed = still_needed(result.totals, book)
    assessment = packet.assessment_json or {}
    if assessment.get("status"):
        from core.models import StatusUpdate

        status = StatusUpdate.model_validate(assessment["status"])
        status.categories = [
            CategoryStatus(category=c.category, label=c.label,
                           earned=totals[c.category.value].points if c.category.value in totals
                           else c.earned, raw=c.raw, required=c.required,
                           still_needed=totals[c.category.value].needed
                           if c.category.value in totals else c.still_needed)
            for c in status.categories]
        status.requirements_met = result.requirements_met
        status.awaiting_review = sum(1 for p in packet.proposals
                                     if p.status == "proposed" and p.points is None)
        result.status = status
    return result
