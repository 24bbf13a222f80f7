"""Finding packets in an inbox and running a batch of them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pipeline.manifest import manifest_path_for


def find_packets(inbox: Path) -> list[Path]:
    """Packet folders (with packet.json) and single PDFs (with NAME.json), in name order."""
    if not inbox.is_dir():
        return []
    found = []
    for entry in sorted(inbox.iterdir()):
        if entry.is_dir() and (entry / "packet.json").exists():
            found.append(entry)
        elif entry.suffix.lower() == ".pdf" and manifest_path_for(entry).exists():
            found.append(entry)
    return found


def run_each(packets: list[Path], out_dir: Path,
             one: Callable[[Path, Path], object]) -> dict[str, str]:
    """`one(packet, result path)` for every packet; a packet that fails is reported with
    its reason and the others go on."""
    outcome: dict[str, str] = {}
    for packet in packets:
        out = out_dir / f"{packet.stem if packet.is_file() else packet.name}.json"
        try:
            one(packet, out)
            outcome[str(packet)] = "ok"
        except Exception as e:  # one bad packet never stops the batch
            outcome[str(packet)] = f"failed: {e}"
    return outcome
