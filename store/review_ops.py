"""What a reviewer does: correct a field, decide a flag, confirm/adjust/reject a proposal.

Every change names the version of the row it was made on (optimistic locking): when the
row changed since, `StaleEdit` says who changed it, when, and to what, and nothing is
written. A correction reruns validation and scoring for the whole packet (no OCR,
store/rescoring.py) within the same transaction, and every change is an audit event.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from core.models import BOOL_FIELDS, DATE_FIELDS, NUMBER_FIELDS, ProposalStatus, Total
from store.db import Store
from store.history import record
from store.rescoring import Rescored, load_packet, packet_totals, rescore
from store.tables import DocumentRow, FieldRow, FlagRow, Packet, ProposalRow
from store.tables import User as UserRow
from store.users import User

Value = str | float | bool | None
FLAG_DECISIONS = ("accepted", "overridden")
PROPOSAL_ACTIONS = {"confirm": ProposalStatus.confirmed, "adjust": ProposalStatus.adjusted,
                    "reject": ProposalStatus.rejected}


class StaleEdit(Exception):
    """The row changed since the reviewer saw it: the value now, who set it and when."""

    def __init__(self, current_value: Any, by: str | None, at: dt.datetime | None,
                 current_version: int) -> None:
        who = by or "the pipeline"
        super().__init__(f"changed meanwhile by {who}: now {current_value!r}")
        self.current_value = current_value
        self.by = by
        self.at = at
        self.current_version = current_version


class NotFound(LookupError):
    """No row with that id."""


class BadValue(ValueError):
    """A value that does not fit the field (a date that is no date, hours that are no
    number) or a decision that is not one; the message says what would."""


@dataclass
class Change:
    """What a change did: the row's new value and version, and what rescoring changed."""

    target_pk: int
    value: Any
    version: int
    flags_added: list[tuple[str, str, str]] = field(default_factory=list)
    flags_removed: list[tuple[str, str, str]] = field(default_factory=list)
    proposals_changed: list[dict[str, Any]] = field(default_factory=list)
    totals_before: dict[str, Total] = field(default_factory=dict)
    totals_after: dict[str, Total] = field(default_factory=dict)

    @classmethod
    def of(cls, pk: int, value: Any, version: int, rescored: Rescored | None,
           totals: dict[str, Total] | None = None) -> Change:
        if rescored is None:
            t = totals or {}
            return cls(pk, value, version, totals_before=t, totals_after=t)
        return cls(pk, value, version, rescored.flags_added, rescored.flags_removed,
                   rescored.proposals_changed, rescored.totals_before, rescored.totals_after)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(at: dt.datetime | None) -> dt.datetime | None:
    return at if at is None or at.tzinfo is not None else at.replace(tzinfo=dt.UTC)


def coerce_value(name: str, value: Value) -> Value:
    """A reviewer's value as the field holds it: dates ISO (YYYY-MM-DD or MM/DD/YYYY typed),
    numbers as numbers, yes/no as booleans; empty text clears the field."""
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            return None
    if value is None:
        return None
    if name in DATE_FIELDS:
        return _date(str(value))
    if name in NUMBER_FIELDS:
        if isinstance(value, bool):
            raise BadValue(f"{name} is a number, not yes/no")
        try:
            number = float(str(value).replace(",", ""))
        except ValueError:
            raise BadValue(f"{name} must be a number, e.g. 12 or 1.5 (got {value!r})") from None
        if number < 0 or number != number:
            raise BadValue(f"{name} cannot be negative")
        return number
    if name in BOOL_FIELDS:
        if isinstance(value, bool):
            return value
        word = str(value).lower()
        if word in {"yes", "true", "y", "1"}:
            return True
        if word in {"no", "false", "n", "0"}:
            return False
        raise BadValue(f"{name} is yes or no (got {value!r})")
    return value if isinstance(value, str) else str(value)


def _date(text: str) -> str:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if m:
        try:
            return dt.date(int(m[3]), int(m[1]), int(m[2])).isoformat()
        except ValueError:
            pass
    raise BadValue(f"not a date: {text!r} (write 2024-05-01 or 05/01/2024)")


def _packet_of(session: Session, model: type[Any], pk: int) -> int | None:
    if model is Packet:
        return session.scalar(select(Packet.id).where(Packet.id == pk))
    if model is ProposalRow:
        return session.scalar(select(ProposalRow.packet_id).where(ProposalRow.id == pk))
    return session.scalar(select(DocumentRow.packet_id).join(model)
                          .where(model.id == pk))


def _get(session: Session, model: type[Any], pk: int, what: str) -> Any:
    """The row, read after taking the write lock of its packet: one change of a packet at
    a time (its rescoring touches many rows), on PostgreSQL (the packet's row lock) as on
    SQLite (the database's write lock), so the version compared is the current one. The
    whole packet is loaded at once: it is rescored next."""
    packet_pk = _packet_of(session, model, pk)
    if packet_pk is None:
        raise NotFound(f"no {what} {pk}")
    session.execute(update(Packet).where(Packet.id == packet_pk).values(updated_at=_now())
                    .execution_options(synchronize_session=False))
    # held for the session: its identity map keeps loaded rows only while referenced
    session.info.setdefault("loaded", []).append(load_packet(session, packet_pk))
    row = session.get(model, pk)
    if row is None:  # deleted meanwhile (a new reading of the packet)
        raise NotFound(f"no {what} {pk}")
    return row


def _user_name(session: Session, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    row = session.get(UserRow, user_id)
    return row.name if row else None


def _touch(packet: Packet) -> None:
    packet.version += 1
    packet.updated_at = _now()
    if packet.status == "needs_review":
        packet.status = "in_review"


def correct_field(store: Store, field_pk: int, value: Value, expected_version: int,
                  user: User, reason: str | None = None) -> Change:
    """Set a field to the reviewer's value (None or "" clears it), then rescore the packet."""
    with store.session() as s:
        row: FieldRow = _get(s, FieldRow, field_pk, "field")
        if row.version != expected_version:
            raise StaleEdit(row.value_json, _user_name(s, row.confirmed_by),
                            _aware(row.confirmed_at), row.version)
        new = coerce_value(row.name, value)
        doc = row.document
        packet = doc.packet
        before = {"value": row.value_json, "origin": row.origin}
        row.value_json = new
        row.origin = "reviewer"
        row.confidence = 1.0
        row.confirmed_by, row.confirmed_at = user.id, _now()
        row.reread_value_json = None
        row.version += 1
        _touch(packet)
        s.flush()
        record(s, packet.id, "correct_field" if before["value"] != new else "confirm_field",
               target=f"{doc.doc_key} {row.name}", before=before,
               after={"value": new, "origin": "reviewer"}, user_id=user.id,
               document_id=doc.id, reason=reason)
        rescored = rescore(s, packet)
        _record_rescore(s, packet, rescored, user, doc.id, doc.doc_key)
        return Change.of(row.id, new, row.version, rescored)


def _record_rescore(s: Session, packet: Packet, rescored: Rescored, user: User,
                    document_id: int | None, doc_key: str) -> None:
    if rescored.changed:
        record(s, packet.id, "rescore", target=doc_key, user_id=user.id,
               document_id=document_id,
               before={"flags": rescored.flags_removed,
                       "totals": _plain_totals(rescored.totals_before)},
               after={"flags": rescored.flags_added, "proposals": rescored.proposals_changed,
                      "totals": _plain_totals(rescored.totals_after)})


def _plain_totals(totals: dict[str, Total]) -> dict[str, Any]:
    return {k: t.model_dump(mode="json") for k, t in totals.items()}


def decide_flag(store: Store, flag_pk: int, decision: str, note: str | None,
                expected_version: int, user: User) -> Change:
    """Accept a flag (it stands) or override it (the reviewer says it does not apply);
    overriding needs a note."""
    if decision not in FLAG_DECISIONS:
        raise BadValue(f"decision {decision!r} is not one of {', '.join(FLAG_DECISIONS)}")
    note = (note or "").strip() or None
    if decision == "overridden" and note is None:
        raise BadValue("overriding a flag needs a note saying why")
    with store.session() as s:
        row: FlagRow = _get(s, FlagRow, flag_pk, "flag")
        if row.version != expected_version:
            raise StaleEdit(row.decision, _user_name(s, row.decided_by),
                            _aware(row.decided_at), row.version)
        before = {"decision": row.decision, "note": row.note}
        row.decision, row.note = decision, note
        row.decided_by, row.decided_at = user.id, _now()
        row.version += 1
        packet = row.document.packet
        _touch(packet)
        record(s, packet.id, "decide_flag", target=f"{row.document.doc_key} {row.code}",
               before=before, after={"decision": decision, "note": note}, user_id=user.id,
               document_id=row.document_id, reason=note)
        s.flush()
        rescored = rescore(s, packet)  # an overridden reject flag no longer stops the credit
        _record_rescore(s, packet, rescored, user, row.document_id, row.document.doc_key)
        return Change.of(row.id, decision, row.version, rescored)


def decide_proposal(store: Store, proposal_pk: int, action: str, points: float | None = None,
                    reason: str | None = None, *, expected_version: int,
                    user: User) -> Change:
    """Confirm a proposal, adjust its points (with a reason) or reject it (with a reason);
    the totals count adjusted points and nothing for a rejected proposal."""
    status = PROPOSAL_ACTIONS.get(action)
    if status is None:
        raise BadValue(f"action {action!r} is not one of {', '.join(PROPOSAL_ACTIONS)}")
    reason = (reason or "").strip() or None
    if status in (ProposalStatus.adjusted, ProposalStatus.rejected) and reason is None:
        raise BadValue(f"to {action} a proposal, give the reason")
    if status == ProposalStatus.adjusted:
        if points is None or points < 0:
            raise BadValue("adjusting a proposal needs its points (0 or more)")
    with store.session() as s:
        row: ProposalRow = _get(s, ProposalRow, proposal_pk, "proposal")
        if row.version != expected_version:
            raise StaleEdit(_proposal_state(row), _user_name(s, row.decided_by),
                            _aware(row.decided_at), row.version)
        if status == ProposalStatus.confirmed and row.points is None:
            raise BadValue("the rules leave this amount to a reviewer: adjust it with the "
                           "points and the reason")
        before = _proposal_state(row)
        row.status = status.value
        row.adjusted_points = float(points) if status == ProposalStatus.adjusted \
            and points is not None else None
        row.reason = reason
        row.decided_by, row.decided_at = user.id, _now()
        row.version += 1
        packet = row.packet
        _touch(packet)
        s.flush()
        after = _proposal_state(row)
        record(s, packet.id, f"{action}_proposal", target=f"{row.doc_key} {row.rule}",
               before=before, after=after, user_id=user.id, document_id=row.document_id,
               reason=reason)
        return Change.of(row.id, after, row.version, None, packet_totals(packet))


def _proposal_state(row: ProposalRow) -> dict[str, Any]:
    return {"status": row.status, "points": row.points, "adjusted_points": row.adjusted_points,
            "reason": row.reason}


def set_packet_status(store: Store, packet_pk: int, status: str, expected_version: int,
                      user: User) -> int:
    """Mark a packet reviewed (or back in review); returns its new version."""
    if status not in ("needs_review", "in_review", "reviewed"):
        raise BadValue(f"status {status!r} is not needs_review, in_review or reviewed")
    with store.session() as s:
        packet: Packet = _get(s, Packet, packet_pk, "packet")
        if packet.version != expected_version:
            raise StaleEdit(packet.status, None, _aware(packet.updated_at), packet.version)
        before = packet.status
        packet.status = status
        packet.version += 1
        packet.updated_at = _now()
        record(s, packet.id, "set_status", target=packet.packet_id, before=before,
               after=status, user_id=user.id)
        return packet.version
