"""Content-addressed copies of a packet's original files (`<files dir>/ab/abcdef…`).

Pages are rendered from the copy, so a packet's images still show after its inbox folder
moved or was emptied; a copy is found by the hash stored in the database (by row id),
never by a path taken from a request.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

_HEX = frozenset("0123456789abcdef")


def stored_path(files_dir: Path, sha256: str) -> Path:
    """Where the copy of the file with this hash lives; refuses anything but a hash."""
    if len(sha256) != 64 or not set(sha256) <= _HEX:
        raise ValueError(f"not a sha256 hex digest: {sha256[:80]!r}")
    return files_dir / sha256[:2] / sha256


def keep_copy(files_dir: Path, source: Path, sha256: str) -> Path | None:
    """Copy `source` into the file store unless a copy with its hash is there already;
    None when the source is gone (a result stored after its inbox moved). The copy is
    written under a temporary name and moved in place, so no reader sees half a file."""
    target = stored_path(files_dir, sha256)
    if target.exists():
        return target
    if not source.is_file():
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{sha256}.{os.getpid()}.tmp")
    digest = hashlib.sha256()
    with source.open("rb") as src, tmp.open("wb") as dst:
        while chunk := src.read(1 << 20):
            digest.update(chunk)
            dst.write(chunk)
    if digest.hexdigest() != sha256:  # changed since it was read: keep nothing wrong
        tmp.unlink()
        return None
    tmp.replace(target)
    return target


def copy_exists(files_dir: Path, sha256: str) -> bool:
    return stored_path(files_dir, sha256).is_file()


__all__ = ["copy_exists", "keep_copy", "stored_path"]
