"""Finding packets in an inbox and running a batch of them.

`scan_inbox` says what it found and what it left and why: a folder without a manifest, a
loose file, a file still being written (changed within the settle time, or a scanner's
temporary name) is left where it is for the next run.
"""

from __future__ import annotations

import fnmatch
import time
from collections.abc import Callable
from dataclasses import dataclass, field
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


# what scanners and copy tools call a file they are still writing
TEMPORARY_NAMES = ("*.tmp", "~*", "*.part", "*.partial", "*.crdownload", "*.filepart",
                   "*.download", "*.!ut", ".~lock*")


@dataclass(frozen=True)
class Skipped:
    path: Path
    why: str


@dataclass
class Scan:
    """An inbox as found: the packets ready to process, and what was left and why."""

    packets: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def packet_paths(packet: Path) -> list[Path]:
    """Every path a packet is made of: its folder, or the file and its NAME.json."""
    if packet.is_dir():
        return [packet]
    manifest = manifest_path_for(packet)
    return [packet, manifest] if manifest.exists() else [packet]


def _is_temporary(name: str) -> bool:
    return any(fnmatch.fnmatch(name.lower(), pattern) for pattern in TEMPORARY_NAMES)


def _unsettled(paths: list[Path], settle: float, now: float) -> str | None:
    """Why a packet is still being written (a temporary name, or a file changed less than
    `settle` seconds ago), or None."""
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files += [f for f in p.rglob("*")]
        else:
            files.append(p)
    for f in files:
        if _is_temporary(f.name):
            return f"still being written: {f.name} has a temporary name"
    for f in [*files, *[p for p in paths if p.is_dir()]]:
        try:
            age = now - f.stat().st_mtime
        except OSError:
            return f"still being written: {f.name} changed while the inbox was read"
        if age < settle:
            return f"still being written: {f.name} changed {max(age, 0):.0f} s ago " \
                   f"(settle time {settle:g} s)"
    return None


def _truth_of(entry: Path, packets: set[Path]) -> bool:
    """`NAME.truth.json` beside the single-file packet NAME: a sample's ground truth (what
    `intake eval` reads), part of that sample, not a manifest without its file."""
    return entry.name.endswith(".truth.json") and any(
        p.is_file() and p.stem == entry.name[:-len(".truth.json")] for p in packets)


def scan_inbox(inbox: Path, settle: float = 0.0, now: float | None = None) -> Scan:
    """The packets of an inbox (as `find_packets`) that are ready, and every other entry
    with why it was left: no manifest, a loose file, a manifest without its file, or still
    being written. Hidden entries (`.name`) and samples' ground truth are not mentioned."""
    now = time.time() if now is None else now
    scan = Scan()
    found = set(find_packets(inbox))
    manifests_used = {manifest_path_for(p) for p in found if p.is_file()}
    for entry in sorted(inbox.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry in found:
            why = _unsettled(packet_paths(entry), settle, now)
            if why is None:
                scan.packets.append(entry)
            else:
                scan.skipped.append(Skipped(entry, why))
        elif entry in manifests_used or _truth_of(entry, found):
            continue  # part of a packet: its manifest, or a sample's ground truth
        elif entry.is_dir():
            scan.skipped.append(Skipped(entry, "a folder without packet.json (no manifest)"))
        elif _is_temporary(entry.name):
            scan.skipped.append(Skipped(entry, "still being written: a temporary name"))
        elif entry.suffix.lower() == ".json":
            scan.skipped.append(Skipped(entry, "a manifest without its PDF or image file"))
        else:
            scan.skipped.append(Skipped(entry, "a loose file: no NAME.json manifest beside it"
                                        if entry.suffix.lower() in DOCUMENT_SUFFIXES else
                                        "a loose file: not a PDF or image with NAME.json"))
    return scan


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
