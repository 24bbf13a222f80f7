"""Read models for the web app: the queue, a packet, a document, a page's file.

Plain frozen dataclasses, built inside one session and handed out after it closed; every
mutable thing carries its `version`, which the edit that follows must name.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, defer, selectinload

from core.models import Category, FlagCode, Severity
from scoring.flag_catalogue import GUIDELINE
from scoring.rules import default_rules
from store.db import Store
from store.files import stored_path
from store.rescoring import load_packet, packet_totals
from store.review_ops import NotFound
from store.tables import DocumentRow, FieldRow, FlagRow, Packet, PageRow, ProposalRow


def _aware(at: dt.datetime | None) -> dt.datetime | None:
    return at if at is None or at.tzinfo is not None else at.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class PageView:
    pk: int
    number: int
    width: float | None
    height: float | None


@dataclass(frozen=True)
class FieldView:
    pk: int
    name: str
    value: Any  # None: not stated / not read
    confidence: float
    page: int | None
    bbox: tuple[float, float, float, float] | None
    origin: str  # 'read' | 'reviewer'
    version: int
    reread_value: Any
    confirmed_by: str | None
    confirmed_at: dt.datetime | None


@dataclass(frozen=True)
class FlagView:
    pk: int
    code: str
    severity: str
    message: str
    guideline: str
    decision: str | None
    note: str | None
    decided_by: str | None
    decided_at: dt.datetime | None
    version: int


@dataclass(frozen=True)
class ProposalView:
    pk: int
    document_pk: int | None
    doc_key: str
    category: str
    points: float | None  # as scored; None: left to a reviewer
    adjusted_points: float | None
    counted: float  # what the totals count: adjusted points, 0 when rejected
    rule: str
    explanation: str
    citation: str
    status: str
    reason: str | None
    decided_by: str | None
    decided_at: dt.datetime | None
    version: int


@dataclass(frozen=True)
class TotalView:
    category: str
    label: str
    points: float
    required: int
    still_needed: float


@dataclass(frozen=True)
class DocumentSummary:
    pk: int
    doc_key: str
    source: str
    pages: list[int]
    kind: str
    flags: list[str]
    needs: list[str]  # why a person must look (empty: nothing to do)


@dataclass(frozen=True)
class PacketView:
    pk: int
    packet_id: str
    applicant: str
    program: str
    received: dt.date
    status: str
    version: int
    documents: list[DocumentSummary]
    proposals: list[ProposalView]
    totals: list[TotalView]
    requirements_met: bool
    still_needed: list[str]


@dataclass(frozen=True)
class DocumentView:
    pk: int
    doc_key: str
    packet_pk: int
    packet_id: str
    source: str
    kind: str
    kind_confidence: float
    text_source: str | None
    version: int
    pages: list[PageView]
    fields: list[FieldView]
    flags: list[FlagView]
    proposals: list[ProposalView]
    needs: list[str]
    unread: dict[str, str]
    prev_pk: int | None
    next_pk: int | None


@dataclass(frozen=True)
class QueueItem:
    packet_pk: int
    packet_id: str
    applicant: str
    program: str
    received: dt.date
    urgency: int  # higher: more urgent
    reasons: list[str]
    documents: list[DocumentSummary]  # the documents needing review
    status: str
    reviewers: list[str]


@dataclass(frozen=True)
class Queue:
    items: list[QueueItem]
    counts: dict[str, int]  # by reason kind (flag code, "low confidence", "amount left...")


def _name(user: Any) -> str | None:
    return None if user is None else str(user.name)


def _field_view(f: FieldRow) -> FieldView:
    bbox = tuple(f.bbox_json) if f.bbox_json else None
    return FieldView(f.id, f.name, f.value_json, f.confidence, f.page, bbox,  # type: ignore[arg-type]
                     f.origin, f.version, f.reread_value_json, _name(f.confirmer),
                     _aware(f.confirmed_at))


def guideline_of(code: str) -> str:
    try:
        return GUIDELINE.get(FlagCode(code), "")
    except ValueError:
        return ""


def _flag_view(f: FlagRow) -> FlagView:
    return FlagView(f.id, f.code, f.severity, f.message, guideline_of(f.code), f.decision,
                    f.note, _name(f.decider), _aware(f.decided_at), f.version)


def counted_points(p: ProposalRow) -> float:
    if p.status == "rejected":
        return 0.0
    if p.status == "adjusted":
        return p.adjusted_points or 0.0
    return p.points or 0.0


def _proposal_view(p: ProposalRow) -> ProposalView:
    return ProposalView(p.id, p.document_id, p.doc_key, p.category, p.points,
                        p.adjusted_points, counted_points(p), p.rule, p.explanation,
                        p.citation, p.status, p.reason, _name(p.decider),
                        _aware(p.decided_at), p.version)


def open_reasons(doc: DocumentRow) -> list[str]:
    """The routing reasons still open: a flag a reviewer decided, a field a reviewer set
    and an amount a reviewer adjusted no longer need a person."""
    decided = {f.code for f in doc.flags if f.decision is not None}
    reviewed = {f.name for f in doc.fields if f.origin == "reviewer"}
    set_rules = {p.rule for p in doc.packet.proposals
                 if p.document_id == doc.id and p.status != "proposed"}
    out = []
    for r in doc.routed_reasons_json or []:
        if r in decided:
            continue
        if r.startswith("field ") and r.split()[1] in reviewed:
            continue
        if r.startswith("amount left to a reviewer: rule ") and r.rsplit(" ", 1)[1] in set_rules:
            continue
        out.append(r)
    return out


def _summary(d: DocumentRow) -> DocumentSummary:
    return DocumentSummary(d.id, d.doc_key, d.source_file.path if d.source_file else "",
                           list(d.pages_json), d.kind, [f.code for f in d.flags],
                           open_reasons(d))


def _totals(packet: Packet) -> list[TotalView]:
    book = default_rules()
    out = []
    for cat, t in packet_totals(packet).items():
        label = book.categories[Category(cat)].label
        out.append(TotalView(cat, label, t.points, t.required, t.needed))
    return out


def _packet(s: Session, packet_pk: int) -> Packet:
    packet = load_packet(s, packet_pk)
    if packet is None:
        raise NotFound(f"no packet {packet_pk}")
    return packet


def packet_view(store: Store, packet_pk: int) -> PacketView:
    with store.session() as s:
        packet = _packet(s, packet_pk)
        totals = _totals(packet)
        needed = [f"{t.label}: {t.still_needed:g} more points needed ({t.points:g} of "
                  f"{t.required} credited)." for t in totals if t.still_needed > 0]
        return PacketView(
            packet.id, packet.packet_id, packet.applicant_name, packet.program,
            packet.received_date, packet.status, packet.version,
            [_summary(d) for d in packet.documents],
            [_proposal_view(p) for p in packet.proposals], totals,
            all(t.still_needed == 0 for t in totals), needed)


def document_view(store: Store, document_pk: int) -> DocumentView:
    with store.session() as s:
        packet_pk = s.scalar(select(DocumentRow.packet_id).where(DocumentRow.id == document_pk))
        if packet_pk is None:
            raise NotFound(f"no document {document_pk}")
        packet = _packet(s, packet_pk)
        doc = next(d for d in packet.documents if d.id == document_pk)
        ids = [d.id for d in packet.documents]
        i = ids.index(doc.id)
        wanted = set(doc.pages_json)
        pages = [PageView(p.id, p.number, p.width, p.height)
                 for p in (doc.source_file.pages if doc.source_file else [])
                 if p.number in wanted]
        reading: dict[str, Any] = next((d for d in packet.reading_json.get("documents", [])
                        if d.get("id") == doc.doc_key), {})
        return DocumentView(
            doc.id, doc.doc_key, packet.id, packet.packet_id,
            doc.source_file.path if doc.source_file else "", doc.kind, doc.kind_confidence,
            doc.text_source, doc.version, pages, [_field_view(f) for f in doc.fields],
            [_flag_view(f) for f in doc.flags],
            [_proposal_view(p) for p in packet.proposals if p.document_id == doc.id],
            open_reasons(doc), dict(reading.get("unread") or {}),
            ids[i - 1] if i > 0 else None, ids[i + 1] if i + 1 < len(ids) else None)


def _reason_kind(reason: str) -> str:
    if reason.startswith("field "):
        return "low confidence"
    if reason.startswith("amount left to a reviewer"):
        return "amount left to a reviewer"
    return reason


def _urgency(packet: Packet, docs: list[DocumentSummary]) -> int:
    """Rejects first, then low confidence, then everything else a person must see."""
    flags = {c for d in packet.documents for c in (f.code for f in d.flags
                                                   if f.severity == Severity.reject.value
                                                   and f.decision is None)}
    low = any(r.startswith("field ") for d in docs for r in d.needs)
    return (2 if flags else 0) + (1 if low else 0)


def queue(store: Store, program: str | None = None, reason: str | None = None,
          reviewer: str | None = None) -> Queue:
    """The packets not reviewed yet that have something for a person, most urgent first:
    rejects and low confidence first, then the oldest received. `reason` filters by a
    flag code, "low confidence" or "amount left to a reviewer"; `reviewer` by the name of
    someone who changed the packet."""
    with store.session() as s:
        below = selectinload(Packet.documents)
        query = select(Packet).where(Packet.status != "reviewed").options(
            defer(Packet.reading_json), defer(Packet.assessment_json),
            below.selectinload(DocumentRow.flags), below.selectinload(DocumentRow.fields),
            below.joinedload(DocumentRow.source_file), selectinload(Packet.proposals))
        names = _reviewers(s)
        if program:
            query = query.where(Packet.program == program.upper())
        items, counts = [], Counter[str]()
        for packet in s.scalars(query):
            docs = [_summary(d) for d in packet.documents]
            needing = [d for d in docs if d.needs]
            if not needing:
                continue
            reasons = list(dict.fromkeys(r for d in needing for r in d.needs))
            kinds = {_reason_kind(r) for r in reasons}
            if reason and reason not in kinds and reason not in reasons:
                continue
            who = names.get(packet.id, [])
            if reviewer and reviewer not in who:
                continue
            counts.update(kinds)
            items.append(QueueItem(packet.id, packet.packet_id, packet.applicant_name,
                                   packet.program, packet.received_date,
                                   _urgency(packet, docs), reasons, needing, packet.status,
                                   who))
        items.sort(key=lambda q: (-q.urgency, q.received, q.packet_pk))
        return Queue(items, dict(counts))


def _reviewers(s: Session) -> dict[int, list[str]]:
    """Per packet, the names of the users who changed something in it."""
    from store.tables import AuditEventRow, User

    rows = s.execute(select(AuditEventRow.packet_id, User.name)
                     .join(User, AuditEventRow.user_id == User.id).distinct()).tuples().all()
    out: dict[int, list[str]] = {}
    for packet_pk, name in sorted(rows, key=lambda r: (r[0] or 0, r[1])):
        if packet_pk is not None:
            out.setdefault(packet_pk, []).append(name)
    return out


def source_path(store: Store, page_pk: int) -> tuple[Path, int]:
    """The stored copy of a page's file and the page's number in it, looked up by the
    page's id only (never by a path from a request)."""
    with store.session() as s:
        page = s.get(PageRow, page_pk)
        if page is None:
            raise NotFound(f"no page {page_pk}")
        path = stored_path(store.files_dir, page.source_file.sha256)
        if not path.is_file():
            raise NotFound(f"the file of page {page_pk} is not in the file store")
        return path, page.number
