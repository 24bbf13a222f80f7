"""Finding packets in an inbox and running a batch of them."""

from __future__ import annotations

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


def run_batch(packets: list[Path], out_dir: Path, prefect: bool) -> dict[str, str]:
    if prefect:
        from pipeline.flow import process_inbox
        return process_inbox(packets, out_dir)
    from pipeline import stages
    outcome = {}
    for packet in packets:
        try:
            result = stages.process(packet)
            stages.write_result(result, out_dir / f"{result.packet_id}.json")
            outcome[str(packet)] = "ok"
        except Exception as e:  # one bad packet never stops the batch
            outcome[str(packet)] = f"failed: {e}"
    return outcome
