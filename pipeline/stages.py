"""The pipeline's stages as plain functions on the shared model.

ingest → read → split → classify → extract → validate → score → write. The Prefect flow
(pipeline/flow.py) runs `run_packet`, the one composition of them, with each stage as a
task; `process` runs the same composition directly, for the eval and the tests.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from core.errors import ReadError
from core.models import (
    Document,
    Flag,
    FlagCode,
    Kind,
    Manifest,
    PacketResult,
    Page,
    SourceFile,
)
from extractors.classify import classify
from extractors.read import read_source
from extractors.split import split_pages
from pipeline.ingest import describe_file, list_packet_files
from pipeline.manifest import load_manifest
from scoring.assess import UNREAD, unread, validate_documents
from scoring.engine import ScoreResult, score
from scoring.flag_catalogue import severity_of

T = TypeVar("T")
__all__ = ["UNREAD", "unread"]  # moved to scoring.assess; kept here for the stages' callers


@dataclass(frozen=True)
class Intake:
    """A packet as found: where it is, its manifest and its files (hashed, sniffed)."""

    packet_id: str
    root: Path
    manifest: Manifest
    files: list[SourceFile]


@dataclass(frozen=True)
class FileRead:
    source: SourceFile
    pages: list[Page]
    error: ReadError | None = None


def ingest(packet: Path, overrides: dict[str, Any] | None = None,
           manifest_path: Path | None = None) -> Intake:
    root, paths = list_packet_files(packet)
    manifest = load_manifest(packet, overrides, manifest_path)
    files = [describe_file(p, root) for p in paths]
    return Intake(packet.stem if packet.is_file() else packet.name, root, manifest, files)


def read_file(root: Path, source: SourceFile) -> FileRead:
    try:
        return FileRead(source, read_source(root, source))
    except ReadError as e:
        return FileRead(source, [], e)


def split_file(read: FileRead) -> list[Document]:
    """The documents of one file; a file that cannot be opened, or whose every page is
    blank, is one flagged document: every file of a packet is accounted for."""
    if read.error is not None:
        code = FlagCode.UNSUPPORTED_FILE if read.error.unsupported else FlagCode.UNREADABLE
        return [_flagged(read.source.path, [1], code, f"{read.source.path}: {read.error.reason}")]
    pages = [p for p in read.pages if not p.blank]  # separator sheets are not documents
    if not pages:
        return [_blank_file(read)]
    docs: list[Document] = []
    for group in split_pages([p for p in pages if _usable(p)]):
        docs.append(Document(id="", source=read.source.path, pages=[p.number for p in group],
                             text_source=group[0].text_source, page_data=group))
    for page in pages:
        if not _usable(page):
            reason = page.error or "no text could be read from the page"
            docs.append(_flagged(page.source, [page.number], FlagCode.UNREADABLE,
                                 f"{page.source} page {page.number}: {reason}",
                                 text_source=page.text_source))
    return sorted(docs, key=lambda d: d.pages[0])


def _blank_file(read: FileRead) -> Document:
    numbers = [p.number for p in read.pages] or [1]
    what = "the file has no pages" if not read.pages else \
        "its only page is blank" if len(numbers) == 1 else f"all {len(numbers)} pages are blank"
    return _flagged(read.source.path, numbers, FlagCode.UNREADABLE,
                    f"{read.source.path}: blank: {what} (nothing to read; scan the document "
                    "again if it should hold text)",
                    text_source=read.pages[0].text_source if read.pages else None)


def _usable(page: Page) -> bool:
    return page.error is None and len(re.sub(r"\W", "", page.text)) >= 10


def _flagged(source: str, pages: list[int], code: FlagCode, message: str,
             **extra: Any) -> Document:
    return Document(id="", source=source, pages=pages, kind=Kind.other,
                    flags=[Flag(code=code, severity=severity_of(code), message=message)], **extra)


def classify_document(doc: Document) -> Document:
    if doc.page_data:
        doc.kind, doc.kind_confidence = classify(doc.text)
        doc.content_hash = content_hash(doc.text)
    return doc


def content_hash(text: str) -> str:
    return hashlib.sha256(re.sub(r"[^a-z0-9]", "", text.lower()).encode()).hexdigest()[:16]


def extract_document(doc: Document, manifest: Manifest) -> Document:
    from extractors.extract import extract_fields  # imported while reading: _warm_up
    from extractors.presence import unread_fields

    if doc.page_data:
        doc.fields = extract_fields(doc, manifest)
        doc.unread = unread_fields(doc, manifest)
    return doc


def _warm_up() -> None:
    """Import the extractors (spaCy, 0.6 s) while the first pages are OCR'd, not before."""
    threading.Thread(target=importlib.import_module, args=("extractors.extract",),
                     name="warm-up", daemon=True).start()


def number_documents(docs: list[Document]) -> list[Document]:
    for n, doc in enumerate(docs, start=1):
        doc.id = f"doc-{n:02d}"
    return docs


def packet_result(intake: Intake, docs: list[Document], outcome: ScoreResult) -> PacketResult:
    return PacketResult(
        packet_id=intake.packet_id, program=intake.manifest.program,
        applicant=intake.manifest.applicant,
        prior_designation_date=intake.manifest.prior_designation_date,
        received_date=intake.manifest.received_date, files=intake.files, documents=docs,
        proposals=outcome.proposals, totals=outcome.totals,
        requirements_met=outcome.requirements_met, still_needed=outcome.still_needed,
        status=outcome.status,
    )


def write_result(result: PacketResult, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(out.suffix + ".tmp")
    tmp.write_text(json.dumps(result.model_dump(mode="json"), indent=2) + "\n", encoding="utf-8")
    tmp.replace(out)
    return out


class Runner(Protocol):
    """How a stage is run: directly (`direct`) or as a Prefect task (pipeline/flow.py)."""

    def __call__(self, name: str, fn: Callable[..., T], /, *args: Any) -> T: ...


def direct(name: str, fn: Callable[..., T], /, *args: Any) -> T:
    return fn(*args)


def split_files(reads: list[FileRead]) -> list[Document]:
    return number_documents([doc for read in reads for doc in split_file(read)])


def classify_documents(docs: list[Document]) -> list[Document]:
    return [classify_document(doc) for doc in docs]


def extract_documents(docs: list[Document], manifest: Manifest) -> list[Document]:
    return [extract_document(doc, manifest) for doc in docs]


def assess(docs: list[Document], manifest: Manifest, run: Runner = direct) -> ScoreResult:
    """`scoring.assess` (validate → score), its two steps run as two stages: the progress
    shown and the Prefect tasks keep "validate" and "score"."""
    docs = run("validate", validate_documents, docs, manifest)
    return run("score", score, docs, manifest)


def run_packet(intake: Intake, out: Path | None = None, run: Runner = direct) -> PacketResult:
    """The one composition of the stages, for the plain pipeline and the Prefect flow alike:
    read → split → classify → extract → validate → score (→ write)."""
    reads = run("read", read_files, intake)
    docs = run("split", split_files, reads)
    docs = run("classify", classify_documents, docs)
    docs = run("extract", extract_documents, docs, intake.manifest)
    result = packet_result(intake, docs, assess(docs, intake.manifest, run))
    if out is not None:
        run("write", write_result, result, out)
    return result


def process(packet: Path, overrides: dict[str, Any] | None = None,
            manifest_path: Path | None = None, out: Path | None = None) -> PacketResult:
    """The whole pipeline for one packet, without Prefect."""
    return run_packet(ingest(packet, overrides, manifest_path), out)


def read_files(intake: Intake) -> list[FileRead]:
    """Every file, read concurrently (their OCR pages share one bounded pool)."""
    _warm_up()
    with ThreadPoolExecutor(max_workers=4, thread_name_prefix="read") as pool:
        return list(pool.map(lambda f: read_file(intake.root, f), intake.files))


def nothing_readable(result: PacketResult) -> bool:
    """True when no document of the packet could be read at all (exit code 3)."""
    return all(unread(d) for d in result.documents)
