"""Storing a processed packet: the result as read, its files, pages, documents and fields,
then the first assessment (which adds what only the store knows: evidence an earlier
packet of the applicant was credited with).

Idempotent by content: the same manifest and files again change nothing. A new reading of
the same packet (a newer release of the extractors) updates what was read and keeps every
reviewer value, noting a disagreeing new reading beside it (`reread_value`).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.models import FIELD_NAMES, Document, FieldValue, Manifest, PacketResult, SourceFile
from scoring.assess import unread
from store.db import Store
from store.files import keep_copy
from store.history import record
from store.rescoring import rescore
from store.tables import DocumentRow, FieldRow, Packet, PageRow, SourceFileRow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stored:
    packet_id: int  # the packet's row id (`packet_pk` elsewhere)
    created: bool
    reread: bool = False  # the packet was stored before and its reading changed


def content_key(manifest: Manifest, files: list[SourceFile]) -> str:
    """sha256 over the manifest and the sorted hashes of the files: the packet's identity."""
    text = json.dumps(manifest.model_dump(mode="json"), sort_keys=True) + "\n" + \
        "\n".join(sorted(f.sha256 for f in files))
    return hashlib.sha256(text.encode()).hexdigest()


def _pdf_sizes(path: Path) -> dict[int, tuple[float, float]]:
    """Page sizes of a PDF in points, for pages the result carries no reading of."""
    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # a damaged file was flagged when it was read already
    try:
        from pypdf import PdfReader

        reader = PdfReader(path)
        return {i: (float(p.mediabox.width), float(p.mediabox.height))
                for i, p in enumerate(reader.pages, start=1)}
    except Exception:  # a file that cannot be opened keeps unknown sizes
        log.debug("no page sizes for %s", path, exc_info=True)
        return {}
    finally:
        quiet.setLevel(level)


def _pages(result: PacketResult, packet_dir: Path) -> dict[tuple[str, int], PageRow]:
    """Every page a document covers: size, text source and text from the reading where
    the result still holds it (right after processing), else sizes from the file."""
    pages: dict[tuple[str, int], PageRow] = {}
    for doc in result.documents:
        for p in doc.page_data:
            pages[(doc.source, p.number)] = PageRow(
                number=p.number, width=p.width, height=p.height,
                text_source=p.text_source.value, rotation=p.rotation, text=p.text)
    sizes: dict[str, dict[int, tuple[float, float]]] = {}
    media = {f.path: f.media_type for f in result.files if f.problem is None}
    for doc in result.documents:
        for number in doc.pages:
            if (doc.source, number) in pages:
                continue
            if doc.source not in sizes:
                pdf = media.get(doc.source) == "application/pdf"
                sizes[doc.source] = _pdf_sizes(packet_dir / doc.source) if pdf else {}
            w, h = sizes[doc.source].get(number, (None, None))
            pages[(doc.source, number)] = PageRow(
                number=number, width=w, height=h,
                text_source=doc.text_source.value if doc.text_source else None)
    return pages


def _field_rows(doc: Document) -> list[FieldRow]:
    """The values read, and an empty row for every field not read (a reviewer fills it in),
    in the interface's order."""
    if unread(doc):
        return [_read_row(name, v) for name, v in doc.fields.items()]
    names = [n for n in FIELD_NAMES] + [n for n in doc.fields if n not in FIELD_NAMES]
    return [_read_row(n, doc.fields.get(n)) for n in names]


def _read_row(name: str, v: FieldValue | None) -> FieldRow:
    if v is None:
        return FieldRow(name=name, value_json=None, confidence=0.0, origin="read")
    return FieldRow(name=name, value_json=v.value, confidence=v.confidence, page=v.page,
                    bbox_json=list(v.bbox) if v.bbox else None, origin="read")


def _document_row(doc: Document, file_rows: dict[str, SourceFileRow]) -> DocumentRow:
    return DocumentRow(
        doc_key=doc.id, source_file=file_rows.get(doc.source), pages_json=list(doc.pages),
        kind=doc.kind.value, kind_confidence=doc.kind_confidence,
        text_source=doc.text_source.value if doc.text_source else None,
        routed_reasons_json=[], fields=_field_rows(doc))


def _reading_json(result: PacketResult) -> dict[str, Any]:
    return dict(json.loads(result.model_dump_json()))


# called inside the storing transaction, before its commit (store.claims marks the
# packet's claim done there: its results and "processed" commit together or not at all)
WithinStore = Callable[[Session, "Stored"], None]


def store_result(store: Store, result: PacketResult, manifest: Manifest,
                 packet_dir: Path, within: WithinStore | None = None) -> Stored:
    """Store a processed packet (see the module's docstring); copies its originals into
    the file store. `packet_dir` is the folder the result's file paths are relative to;
    `within(session, stored)` runs in the same transaction, before the commit."""
    key = content_key(manifest, result.files)
    reading = _reading_json(result)
    for f in result.files:
        keep_copy(store.files_dir, packet_dir / f.path, f.sha256)
    try:
        return _store(store, result, manifest, packet_dir, key, reading, within)
    except IntegrityError:  # stored by another process meanwhile: that one counts
        with store.session() as s:
            pk = s.scalar(select(Packet.id).where(Packet.content_key == key))
            if pk is None:
                raise
            stored = Stored(pk, created=False)
            if within is not None:
                within(s, stored)
        return stored


def _store(store: Store, result: PacketResult, manifest: Manifest, packet_dir: Path,
           key: str, reading: dict[str, Any], within: WithinStore | None) -> Stored:
    with store.session() as s:
        packet = s.scalar(select(Packet).where(Packet.content_key == key))
        if packet is not None:
            if packet.reading_json == reading:
                stored = Stored(packet.id, created=False)
            else:
                _reread(s, packet, result, reading, packet_dir)
                stored = Stored(packet.id, created=False, reread=True)
        else:
            packet = _new_packet(s, result, manifest, key, reading, packet_dir)
            record(s, packet.id, "store_packet", target=result.packet_id,
                   after={"documents": len(result.documents), "files": len(result.files)})
            stored = Stored(packet.id, created=True)
        if within is not None:
            within(s, stored)
        return stored


def _new_packet(s: Session, result: PacketResult, manifest: Manifest, key: str,
                reading: dict[str, Any], packet_dir: Path) -> Packet:
    pages = _pages(result, packet_dir)
    file_rows = {}
    for f in result.files:
        row = SourceFileRow(path=f.path, sha256=f.sha256, size=f.size,
                            media_type=f.media_type, problem=f.problem)
        row.pages = sorted((p for (src, _), p in pages.items() if src == f.path),
                           key=lambda p: p.number)
        file_rows[f.path] = row
    packet = Packet(
        packet_id=result.packet_id, content_key=key, program=manifest.program.value,
        applicant_name=manifest.applicant.name, applicant_member_id=manifest.applicant.member_id,
        received_date=manifest.received_date,
        manifest_json=manifest.model_dump(mode="json"), reading_json=reading,
        assessment_json={}, status="needs_review",
        files=list(file_rows.values()),
        documents=[_document_row(d, file_rows) for d in result.documents])
    s.add(packet)
    s.flush()
    rescore(s, packet)
    return packet


# ---------------------------------------------------------------- a new reading

def _reread_fields(row: DocumentRow, doc: Document) -> list[dict[str, Any]]:
    """Read rows take the new reading; a reviewer's value stays, and a new reading that
    disagrees with it is kept beside it (`reread_value`), shown, not applied."""
    changed = []
    by_name = {f.name: f for f in row.fields}
    wanted = _field_rows(doc)
    for new in wanted:
        old = by_name.get(new.name)
        if old is None:
            row.fields.append(new)
            changed.append({"field": new.name, "before": None, "after": new.value_json})
        elif old.origin == "reviewer":
            reread = new.value_json if new.value_json != old.value_json else None
            if reread != old.reread_value_json:
                old.reread_value_json = reread
                old.version += 1
                changed.append({"field": new.name, "reread_value": reread})
        elif (old.value_json, old.confidence, old.page, old.bbox_json) != \
                (new.value_json, new.confidence, new.page, new.bbox_json):
            changed.append({"field": new.name, "before": old.value_json,
                            "after": new.value_json})
            old.value_json, old.confidence = new.value_json, new.confidence
            old.page, old.bbox_json = new.page, new.bbox_json
            old.version += 1
    names = {n.name for n in wanted}
    for old in row.fields:
        if old.name not in names and old.origin == "read" and old.value_json is not None:
            changed.append({"field": old.name, "before": old.value_json, "after": None})
            old.value_json, old.confidence, old.page, old.bbox_json = None, 0.0, None, None
            old.version += 1
    return changed


def _reread(s: Session, packet: Packet, result: PacketResult, reading: dict[str, Any],
            packet_dir: Path) -> None:
    file_rows = {f.path: f for f in packet.files}
    for (src, number), page in _pages(result, packet_dir).items():
        frow = file_rows.get(src)
        if frow is None:
            continue
        have = {p.number: p for p in frow.pages}
        if number not in have:
            frow.pages.append(page)
        elif page.text is not None:
            have[number].text = page.text
    rows = {r.doc_key: r for r in packet.documents}
    kept: list[DocumentRow] = []
    changes: list[dict[str, Any]] = []
    for doc in result.documents:
        row = rows.pop(doc.id, None)
        if row is not None and row.source_file is not None and \
                row.source_file.path == doc.source and row.pages_json == doc.pages:
            row.kind, row.kind_confidence = doc.kind.value, doc.kind_confidence
            fields = _reread_fields(row, doc)
            if fields:
                changes.append({"document": doc.id, "fields": fields})
        else:
            row = _document_row(doc, file_rows)
            changes.append({"document": doc.id, "new": True})
        kept.append(row)
    changes += [{"document": key, "removed": True} for key in rows]
    packet.documents[:] = kept
    packet.reading_json = reading
    packet.version += 1
    s.flush()
    outcome = rescore(s, packet)
    record(s, packet.id, "reread_packet", target=packet.packet_id, after={
        "changes": changes, "flags_added": outcome.flags_added,
        "flags_removed": outcome.flags_removed})
