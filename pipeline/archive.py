"""Moving a packet out of the inbox, whole: to the archive once its results are committed,
or to quarantine with its error beside it. Nothing is ever deleted.

A folder packet moves by one rename (whole or not at all on one file system); a file
packet moves its document first, then its NAME.json: whoever renamed the document owns the
move, so two workers finishing the same packet never split it. A name already taken in
the day's folder gets a suffix (`-2`, `-3`, …).
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from pipeline.inbox import packet_paths


def day_folder(base: Path, today: dt.date | None = None) -> Path:
    return base / (today or dt.date.today()).isoformat()


def _free_stem(folder: Path, packet: Path) -> str:
    """A name for the packet in `folder` that none of its paths (nor ERROR.txt) has."""
    stem = packet.name if packet.is_dir() else packet.stem
    names = {p.name for p in folder.iterdir()} if folder.exists() else set()

    def taken(s: str) -> bool:
        suffixes = [packet.suffix, ".json", ".ERROR.txt"] if packet.is_file() else \
            ["", ".ERROR.txt"]
        return any(s + suffix in names for suffix in suffixes)

    n, candidate = 1, stem
    while taken(candidate):
        n += 1
        candidate = f"{stem}-{n}"
    return candidate


def move_packet(packet: Path, folder: Path) -> Path | None:
    """Move the packet (folder, or file and its manifest) into `folder`; the packet's new
    path, or None when it was gone (another worker moved it)."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = _free_stem(folder, packet)
    paths = packet_paths(packet)
    if not paths[0].exists():
        return None
    main = folder / (stem + ("" if packet.is_dir() else packet.suffix))
    try:
        shutil.move(str(paths[0]), str(main))
    except FileNotFoundError:
        return None
    for rest in paths[1:]:
        try:
            shutil.move(str(rest), str(folder / f"{stem}{rest.suffix}"))
        except FileNotFoundError:
            pass
    return main


def error_note(moved: Path) -> Path:
    """Where the error of a quarantined packet is written: beside it, `NAME.ERROR.txt`."""
    stem = moved.name if moved.is_dir() else moved.stem
    return moved.parent / f"{stem}.ERROR.txt"


def quarantine(packet: Path, folder: Path, error: str) -> Path | None:
    """Move a packet that failed into `folder` and write why beside it."""
    moved = move_packet(packet, folder)
    if moved is not None:
        error_note(moved).write_text(
            f"{packet.name} could not be processed:\n\n{error}\n\n"
            "Correct it and put it back in the inbox; the next run takes it.\n",
            encoding="utf-8")
    return moved
