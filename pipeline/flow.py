"""The Prefect flows. Each task is a one-line wrapper over a stage of pipeline/stages.py,
which holds the logic and is tested directly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow, task, unmapped
from prefect.cache_policies import NO_CACHE

from pipeline import stages
from pipeline.models import Document, Manifest, PacketResult, SourceFile


def stage(name: str):  # type: ignore[no-untyped-def]
    """A task that neither caches nor persists: stages pass live objects, in memory."""
    return task(name=name, cache_policy=NO_CACHE, persist_result=False)


@stage("ingest")
def ingest(packet: Path, overrides: dict[str, Any] | None,
           manifest_path: Path | None) -> stages.Intake:
    return stages.ingest(packet, overrides, manifest_path)


@stage("read")
def read(root: Path, source: SourceFile) -> stages.FileRead:
    return stages.read_file(root, source)


@stage("split")
def split(reads: list[stages.FileRead]) -> list[Document]:
    return stages.number_documents([d for r in reads for d in stages.split_file(r)])


@stage("classify")
def classify(docs: list[Document]) -> list[Document]:
    return [stages.classify_document(d) for d in docs]


@stage("extract")
def extract(docs: list[Document], manifest: Manifest) -> list[Document]:
    return [stages.extract_document(d, manifest) for d in docs]


@stage("validate")
def validate(docs: list[Document], manifest: Manifest) -> list[Document]:
    return stages.validate_documents(docs, manifest)


@stage("score")
def score(intake: stages.Intake, docs: list[Document]) -> PacketResult:
    return stages.score_packet(intake, docs)


@stage("write")
def write(result: PacketResult, out: Path) -> Path:
    return stages.write_result(result, out)


def _one_packet(packet: Path, out: Path | None, overrides: dict[str, Any] | None,
                manifest_path: Path | None) -> PacketResult:
    intake = ingest(packet, overrides, manifest_path)
    reads = read.map(unmapped(intake.root), intake.files).result()  # files in parallel
    docs = validate(extract(classify(split(reads)), intake.manifest), intake.manifest)
    result = score(intake, docs)
    if out is not None:
        write(result, out)
    return result


@flow(name="process_packet", log_prints=True)
def process_packet(packet: Path, out: Path | None = None,
                   overrides: dict[str, Any] | None = None,
                   manifest_path: Path | None = None) -> PacketResult:
    """ingest → read → split → classify → extract → validate → score → write."""
    return _one_packet(packet, out, overrides, manifest_path)


@flow(name="process_inbox")
def process_inbox(packets: list[Path], out_dir: Path) -> dict[str, str]:
    """A batch in one flow run, so Prefect's start-up is paid once, not per packet.
    A packet that fails is reported and the others go on."""
    from pipeline.inbox import run_each

    return run_each(packets, out_dir, lambda p, out: _one_packet(p, out, None, None))
