"""The database of record's tables (SQLAlchemy 2 declarative, typed).

One packet as read is kept whole (`Packet.reading_json`, the result before any review);
the rows below it are what a reviewer works on: fields with their reviewer values,
flags and proposals with their decisions, and the audit trail of every change. Every row
a reviewer changes has a `version` (optimistic locking: an edit names the version it was
made on, and a stale one is refused). Migrations: store/migrations (Alembic).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, Any: JSON}


class UtcDateTime(DateTime):
    """Timezone-aware datetimes (PostgreSQL `timestamptz`; SQLite keeps text)."""

    cache_ok = True

    def __init__(self) -> None:
        super().__init__(timezone=True)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # 'reviewer' | 'admin'
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    session_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)


class Packet(Base):
    __tablename__ = "packets"

    id: Mapped[int] = mapped_column(primary_key=True)
    packet_id: Mapped[str] = mapped_column(String(255), index=True)
    content_key: Mapped[str] = mapped_column(String(64), unique=True)
    program: Mapped[str] = mapped_column(String(8))
    applicant_name: Mapped[str] = mapped_column(String(255), index=True)
    applicant_member_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    received_date: Mapped[dt.date] = mapped_column(Date)
    manifest_json: Mapped[dict[str, Any]] = mapped_column(JSON)
    reading_json: Mapped[dict[str, Any]] = mapped_column(JSON)
    # the latest assessment (scoring.assess on the reading with reviewer values): totals,
    # still needed and the status update as scoring gave them, before reviewer decisions
    assessment_json: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="needs_review")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    files: Mapped[list[SourceFileRow]] = relationship(
        back_populates="packet", cascade="all, delete-orphan", order_by="SourceFileRow.id")
    documents: Mapped[list[DocumentRow]] = relationship(
        back_populates="packet", cascade="all, delete-orphan", order_by="DocumentRow.id")
    proposals: Mapped[list[ProposalRow]] = relationship(
        back_populates="packet", cascade="all, delete-orphan", order_by="ProposalRow.id")


class SourceFileRow(Base):
    __tablename__ = "source_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    packet_id: Mapped[int] = mapped_column(ForeignKey("packets.id", ondelete="CASCADE"),
                                           index=True)
    path: Mapped[str] = mapped_column(String(1024))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str | None] = mapped_column(String(64), nullable=True)
    problem: Mapped[str | None] = mapped_column(Text, nullable=True)

    packet: Mapped[Packet] = relationship(back_populates="files")
    pages: Mapped[list[PageRow]] = relationship(
        back_populates="source_file", cascade="all, delete-orphan", order_by="PageRow.number")


class PageRow(Base):
    __tablename__ = "pages"
    __table_args__ = (UniqueConstraint("source_file_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_file_id: Mapped[int] = mapped_column(
        ForeignKey("source_files.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    width: Mapped[float | None] = mapped_column(Float, nullable=True)
    height: Mapped[float | None] = mapped_column(Float, nullable=True)
    text_source: Mapped[str | None] = mapped_column(String(16), nullable=True)
    rotation: Mapped[int] = mapped_column(Integer, default=0)
    # the page's text as read, line by line: duplicate detection compares documents' words
    # when a correction reruns validation (no OCR then)
    text: Mapped[str | None] = mapped_column(Text, nullable=True)

    source_file: Mapped[SourceFileRow] = relationship(back_populates="pages")


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    packet_id: Mapped[int] = mapped_column(ForeignKey("packets.id", ondelete="CASCADE"),
                                           index=True)
    doc_key: Mapped[str] = mapped_column(String(32))
    source_file_id: Mapped[int | None] = mapped_column(
        ForeignKey("source_files.id", ondelete="CASCADE"), nullable=True)
    pages_json: Mapped[list[Any]] = mapped_column(JSON)
    kind: Mapped[str] = mapped_column(String(32))
    kind_confidence: Mapped[float] = mapped_column(Float, default=0.0)
    text_source: Mapped[str | None] = mapped_column(String(16), nullable=True)
    routed_reasons_json: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # the document's evidence (kind, title, dates, hours; normalized) for duplicates across
    # packets; null when too thin to compare (revision 0002)
    evidence_key: Mapped[str | None] = mapped_column(String(512), nullable=True, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    packet: Mapped[Packet] = relationship(back_populates="documents")
    source_file: Mapped[SourceFileRow | None] = relationship()
    fields: Mapped[list[FieldRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="FieldRow.id")
    flags: Mapped[list[FlagRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="FlagRow.id")


class FieldRow(Base):
    __tablename__ = "fields"
    __table_args__ = (UniqueConstraint("document_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                             index=True)
    name: Mapped[str] = mapped_column(String(64))
    value_json: Mapped[Any] = mapped_column(JSON, nullable=True)  # null: not stated / not read
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    page: Mapped[int | None] = mapped_column(Integer, nullable=True)
    bbox_json: Mapped[list[Any] | None] = mapped_column(JSON, nullable=True)
    origin: Mapped[str] = mapped_column(String(16), default="read")  # 'read' | 'reviewer'
    confirmed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    reread_value_json: Mapped[Any] = mapped_column(JSON, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    document: Mapped[DocumentRow] = relationship(back_populates="fields")
    confirmer: Mapped[User | None] = relationship()


class FlagRow(Base):
    __tablename__ = "flags"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                             index=True)
    code: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16))
    message: Mapped[str] = mapped_column(Text)
    decision: Mapped[str | None] = mapped_column(String(16), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    document: Mapped[DocumentRow] = relationship(back_populates="flags")
    decider: Mapped[User | None] = relationship()


class ProposalRow(Base):
    __tablename__ = "proposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    packet_id: Mapped[int] = mapped_column(ForeignKey("packets.id", ondelete="CASCADE"),
                                           index=True)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), nullable=True)
    # the result's document id ('doc-03', or the manifest's pseudo-document)
    doc_key: Mapped[str] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(48))
    points: Mapped[float | None] = mapped_column(Float, nullable=True)
    rule: Mapped[str] = mapped_column(String(128))
    explanation: Mapped[str] = mapped_column(Text)
    citation: Mapped[str] = mapped_column(Text, default="")
    trace_json: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="proposed")
    adjusted_points: Mapped[float | None] = mapped_column(Float, nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    packet: Mapped[Packet] = relationship(back_populates="proposals")
    decider: Mapped[User | None] = relationship()


class AuditEventRow(Base):
    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_packet_at", "packet_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    packet_id: Mapped[int | None] = mapped_column(
        ForeignKey("packets.id", ondelete="CASCADE"), nullable=True)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), nullable=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)
    action: Mapped[str] = mapped_column(String(48))
    target: Mapped[str] = mapped_column(String(255), default="")
    before_json: Mapped[Any] = mapped_column(JSON, nullable=True)
    after_json: Mapped[Any] = mapped_column(JSON, nullable=True)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)

    user: Mapped[User | None] = relationship()


class RunRow(Base):
    """One `intake batch` run: when, by which worker, what it counted and reported. Its
    `heartbeat_at` is renewed while the run lives (a run of the nightly flow has the
    Prefect flow run's id as `run_id`: how a stuck flow run is told from a live one)."""

    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[str] = mapped_column(String(64), unique=True)
    worker: Mapped[str] = mapped_column(String(255))
    started_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    heartbeat_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    counts_json: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    report_json: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class IntakeClaimRow(Base):
    """A packet of an inbox taken by one worker, by its content key (unique: two workers
    never take the same packet); `done` in the same transaction that stores its results,
    so "processed exactly once" is this row, never a file's name or time."""

    __tablename__ = "intake_claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_key: Mapped[str] = mapped_column(String(64), unique=True)
    packet_name: Mapped[str] = mapped_column(String(1024))
    state: Mapped[str] = mapped_column(String(16))  # 'claimed' | 'done' | 'quarantined'
    worker: Mapped[str] = mapped_column(String(255))
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    run_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    claimed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime(), default=utcnow)
    # renewed by the worker while it holds the claim: a claim of another host whose
    # heartbeat stopped is freed after a few missed beats, not after a long fixed time
    heartbeat_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    packet_pk: Mapped[int | None] = mapped_column(
        ForeignKey("packets.id", ondelete="SET NULL"), nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
