"""Validation and scoring again, from the stored reading with every reviewer value applied.

No page is read again: the documents are rebuilt from the packet's reading (the result as
the pipeline gave it), the reviewer's values replace what was read, the pages' stored text
stands in for the words (duplicate detection compares it), and `scoring.assess` gives the
flags, proposals and totals. Flags and proposals that still exist keep their rows, their
decisions and their versions (matched by document + code, and document + category + rule).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from core.models import (
    Document,
    FieldValue,
    FlagCode,
    Line,
    Manifest,
    PacketResult,
    Page,
    Proposal,
    ProposalStatus,
    ProposalTrace,
    Total,
)
from core.names import names_match
from scoring.assess import UNREAD, assess, unread
from scoring.duplicates import credit_key
from scoring.engine import ScoreResult, decided_totals
from store.tables import (
    DocumentRow,
    FieldRow,
    FlagRow,
    Packet,
    PageRow,
    ProposalRow,
    SourceFileRow,
)

LOW_CONFIDENCE = 0.8  # a read value below this goes to a reviewer ("field X below 0.80")


@dataclass
class Rescored:
    """What one rescoring changed, by the result's document ids."""

    flags_added: list[tuple[str, str, str]] = field(default_factory=list)  # doc, code, message
    flags_removed: list[tuple[str, str, str]] = field(default_factory=list)
    proposals_changed: list[dict[str, Any]] = field(default_factory=list)
    totals_before: dict[str, Total] = field(default_factory=dict)
    totals_after: dict[str, Total] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.flags_added or self.flags_removed or self.proposals_changed)


def load_packet(session: Session, packet_pk: int) -> Packet | None:
    """The packet with every row below it, in a handful of queries (not one per row)."""
    docs = selectinload(Packet.documents)
    return session.scalars(select(Packet).where(Packet.id == packet_pk).options(
        selectinload(Packet.files).selectinload(SourceFileRow.pages),
        docs.selectinload(DocumentRow.fields).joinedload(FieldRow.confirmer),
        docs.selectinload(DocumentRow.flags).joinedload(FlagRow.decider),
        docs.joinedload(DocumentRow.source_file),
        selectinload(Packet.proposals).joinedload(ProposalRow.decider),
    ).execution_options(populate_existing=True)).one_or_none()


def reading_of(packet: Packet) -> PacketResult:
    return PacketResult.model_validate(packet.reading_json)


def manifest_of(packet: Packet) -> Manifest:
    return Manifest.model_validate(packet.manifest_json)


def _page_data(doc: Document, pages: dict[tuple[str, int], PageRow]) -> list[Page]:
    out = []
    for number in doc.pages:
        row = pages.get((doc.source, number))
        if row is None or row.text is None:
            continue
        lines = [Line(text=t, words=[], bbox=(0.0, 0.0, 0.0, 0.0))
                 for t in row.text.split("\n")] if row.text else []
        out.append(Page(source=doc.source, number=number, width=row.width or 0.0,
                        height=row.height or 0.0, text_source=row.text_source or "pdf_text",
                        lines=lines, rotation=row.rotation))
    return out


def apply_reviewer_values(doc: Document, row: DocumentRow) -> None:
    for f in row.fields:
        if f.origin != "reviewer":
            continue
        if f.value_json is None:
            doc.fields.pop(f.name, None)
        else:
            bbox = tuple(f.bbox_json) if f.bbox_json else None
            doc.fields[f.name] = FieldValue(value=f.value_json, confidence=1.0, page=f.page,
                                            bbox=bbox)  # type: ignore[arg-type]


def rebuild_documents(packet: Packet) -> list[Document]:
    """The packet's documents as read, with the reviewer's values, before validation (only
    the flags of files or pages that could not be read are kept: they come from reading)."""
    reading = reading_of(packet)
    pages = {(f.path, p.number): p for f in packet.files for p in f.pages}
    rows = {r.doc_key: r for r in packet.documents}
    docs = []
    for doc in reading.documents:
        read_flags = doc.flags
        doc.flags = [f for f in read_flags if f.code in UNREAD]
        if not unread(doc):
            doc.page_data = _page_data(doc, pages)
            if not doc.page_data:  # stored from a result file, without the pages' text:
                # a near copy found by comparing words cannot be found again; keep it
                doc.flags += [f for f in read_flags if f.code == FlagCode.DUPLICATE]
        if (row := rows.get(doc.id)) is not None:
            apply_reviewer_values(doc, row)
        docs.append(doc)
    return docs


# ---------------------------------------------------------------- credit in earlier packets

def same_applicant(a: Packet, b: tuple[str, str | None]) -> bool:
    name, member_id = b
    if a.applicant_member_id and member_id:
        return a.applicant_member_id == member_id
    return names_match(a.applicant_name, name)


def file_key(sha256: str, pages: list[int]) -> str:
    return f"file|{sha256}|{','.join(str(p) for p in pages)}"


def credited_earlier(session: Session, packet: Packet) -> dict[str, str]:
    """The evidence earlier stored packets of the applicant were credited with (a proposal
    not rejected), by file and by evidence key: where ("packet P, doc-03"). Two small
    queries, whatever the number of packets: the applicants, then the credited documents
    of the applicant's packets."""
    earlier = session.execute(
        select(Packet.id, Packet.applicant_name, Packet.applicant_member_id)
        .where(Packet.id < packet.id)).tuples().all()
    mine = [pk for pk, name, member in earlier if same_applicant(packet, (name, member))]
    if not mine:
        return {}
    credited = select(ProposalRow.id).where(
        ProposalRow.document_id == DocumentRow.id,
        ProposalRow.status != ProposalStatus.rejected.value).exists()
    rows = session.execute(
        select(Packet.packet_id, DocumentRow.doc_key, DocumentRow.evidence_key,
               DocumentRow.pages_json, SourceFileRow.sha256)
        .join(DocumentRow, DocumentRow.packet_id == Packet.id)
        .outerjoin(SourceFileRow, SourceFileRow.id == DocumentRow.source_file_id)
        .where(Packet.id.in_(mine), credited)
        .order_by(Packet.id, DocumentRow.id)).tuples().all()
    found: dict[str, str] = {}
    for packet_id, doc_key, evidence, pages, sha in rows:
        where = f"packet {packet_id}, {doc_key}"
        if evidence:
            found.setdefault(evidence, where)
        if sha:
            found.setdefault(file_key(sha, list(pages)), where)
    return found


def document_keys(doc: Document, shas: dict[str, str]) -> list[str]:
    keys = [file_key(shas[doc.source], doc.pages)] if doc.source in shas else []
    if (key := credit_key(doc)) is not None:
        keys.append(key)
    return keys


# ---------------------------------------------------------------- totals and reasons

def proposal_model(row: ProposalRow) -> Proposal:
    """A proposal row as the result's model, with the points a reviewer decided."""
    points = row.adjusted_points if row.status == ProposalStatus.adjusted else row.points
    return Proposal(document_id=row.doc_key, category=row.category, points=points,
                    rule=row.rule, explanation=row.explanation, status=row.status,
                    citation=row.citation,
                    trace=ProposalTrace.model_validate(row.trace_json or {}))


def packet_totals(packet: Packet) -> dict[str, Total]:
    """Credited totals with the reviewer's decisions (adjusted points, rejected 0)."""
    totals = decided_totals([proposal_model(p) for p in packet.proposals],
                            manifest_of(packet).program)
    return {str(cat): t for cat, t in totals.items()}


def routed_reasons(doc: Document, proposals: list[Proposal]) -> list[str]:
    """Why a person must look at the document: its flags, read values of low confidence,
    amounts the rules leave to a reviewer."""
    reasons = list(dict.fromkeys(f.code.value for f in doc.flags))
    reasons += [f"field {name} below {LOW_CONFIDENCE:.2f}" for name, v in doc.fields.items()
                if v.confidence < LOW_CONFIDENCE]
    reasons += [f"amount left to a reviewer: rule {p.rule}" for p in proposals
                if p.points is None]
    return reasons


# ---------------------------------------------------------------- the rescoring

def _sync_flags(row: DocumentRow, doc: Document, out: Rescored) -> None:
    old: dict[str, list[FlagRow]] = defaultdict(list)
    for f in row.flags:
        old[f.code].append(f)
    keep: list[FlagRow] = []
    for flag in doc.flags:
        rows = old.get(flag.code.value)
        if rows:
            f = rows.pop(0)
            if (f.message, f.severity) != (flag.message, flag.severity.value):
                f.message, f.severity, f.version = flag.message, flag.severity.value, f.version + 1
            keep.append(f)
        else:
            keep.append(FlagRow(code=flag.code.value, severity=flag.severity.value,
                                message=flag.message))
            out.flags_added.append((row.doc_key, flag.code.value, flag.message))
    for rows in old.values():
        out.flags_removed += [(row.doc_key, f.code, f.message) for f in rows]
    row.flags[:] = keep


def _sync_proposals(packet: Packet, proposals: list[Proposal],
                    doc_rows: dict[str, DocumentRow], out: Rescored) -> None:
    old = {(p.doc_key, p.category, p.rule): p for p in packet.proposals}
    keep: list[ProposalRow] = []
    for p in proposals:
        trace = p.trace.model_dump(mode="json")
        key = (p.document_id, p.category.value, p.rule)
        row = old.pop(key, None)
        doc_row = doc_rows.get(p.document_id)
        if row is None:
            row = ProposalRow(doc_key=p.document_id, category=p.category.value, rule=p.rule,
                              points=p.points, explanation=p.explanation, citation=p.citation,
                              trace_json=trace, status=ProposalStatus.proposed.value,
                              document_id=doc_row.id if doc_row else None)
            out.proposals_changed.append({"document": p.document_id, "rule": p.rule,
                                          "category": p.category.value, "before": None,
                                          "after": p.points})
        elif (row.points, row.explanation, row.trace_json) != (p.points, p.explanation, trace):
            if row.points != p.points:
                out.proposals_changed.append({"document": p.document_id, "rule": p.rule,
                                              "category": p.category.value,
                                              "before": row.points, "after": p.points})
            row.points, row.explanation, row.citation = p.points, p.explanation, p.citation
            row.trace_json = trace
            row.version += 1
        keep.append(row)
    for row in old.values():
        out.proposals_changed.append({"document": row.doc_key, "rule": row.rule,
                                      "category": row.category, "before": row.points,
                                      "after": None, "removed": True})
    packet.proposals[:] = keep


def rescore(session: Session, packet: Packet) -> Rescored:
    """Validation and scoring of the packet again (no OCR), its flags, proposals, routing
    reasons and assessment replaced; decisions on what still exists are kept."""
    out = Rescored(totals_before=packet_totals(packet) if packet.proposals else {})
    docs = rebuild_documents(packet)
    shas = {f.path: f.sha256 for f in packet.files}
    earlier = credited_earlier(session, packet)

    def credited_before(doc: Document) -> str | None:
        return next((earlier[k] for k in document_keys(doc, shas) if k in earlier), None)

    rows = {r.doc_key: r for r in packet.documents}
    overrides = {key: frozenset(FlagCode(f.code) for f in r.flags if f.decision == "overridden")
                 for key, r in rows.items()}

    def overridden(doc: Document) -> frozenset[FlagCode]:
        return overrides.get(doc.id, frozenset())

    result: ScoreResult = assess(docs, manifest_of(packet), credited_before, overridden)
    by_doc: dict[str, list[Proposal]] = defaultdict(list)
    for p in result.proposals:
        by_doc[p.document_id].append(p)
    for doc in docs:
        row = rows.get(doc.id)
        if row is None:
            continue
        _sync_flags(row, doc, out)
        row.evidence_key = credit_key(doc)
        reasons = routed_reasons(doc, by_doc.get(doc.id, []))
        if reasons != row.routed_reasons_json:
            row.routed_reasons_json = reasons
    _sync_proposals(packet, result.proposals, rows, out)
    packet.assessment_json = result.model_dump(mode="json")
    packet.updated_at = dt.datetime.now(dt.UTC)
    session.flush()
    out.totals_after = packet_totals(packet)
    return out
