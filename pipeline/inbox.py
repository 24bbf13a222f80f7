"""Finding packets in an inbox and running a batch of them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pipeline.ingest import DOCUMENT_SUFFIXES, is_document
from pipeline.manifest import manifest_path_for


def find_packets(inbox: Path) -> list[Path]:
    """Packet folders (with packet.json) and single files with NAME.json beside them (a PDF,
    or a photo or scan: PNG, JPEG, TIFF, by its name or recognised by its content), in name
    order. A file named as a document whose content is not one is still a packet: its
    result says why it could not be read."""
    if not inbox.is_dir():
        return []
    found = []
    for entry in sorted(inbox.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir() and (entry / "packet.json").exists():
            found.append(entry)
        elif entry.is_file() and entry.suffix.lower() != ".json" \
                and manifest_path_for(entry).exists() \
                and (entry.suffix.lower() in DOCUMENT_SUFFIXES or is_document(entry)):
            found.append(entry)
    return found


def result_path(out_dir: Path, packet: Path) -> Path:
    """Where a batch writes a packet's result: `<out dir>/<packet name>.json`."""
    return out_dir / f"{packet.stem if packet.is_file() else packet.name}.json"


def run_each(packets: list[Path], out_dir: Path,
             one: Callable[[Path, Path], object],
             done: Callable[[Path], None] | None = None) -> dict[str, str]:
    """`one(packet, result path)` for every packet; a packet that fails is reported with
    its reason and the others go on. `done(packet)` after each (progress)."""
    outcome: dict[str, str] = {}
    for packet in packets:
        out = result_path(out_dir, packet)
        try:
            one(packet, out)
            outcome[str(packet)] = "ok"
        except Exception as e:  # one bad packet never stops the batch
            outcome[str(packet)] = f"failed: {getattr(e, 'message', None) or e}"
        if done is not None:
            done(packet)
    return outcome
