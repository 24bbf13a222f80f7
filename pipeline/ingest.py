"""Finding a packet's files, hashing them and sniffing what they really are.

Files are only read, never moved or changed: the packet stays as the clerk left it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from core.errors import IntakeError, PacketError
from core.models import SourceFile
from core.settings import get_settings

NOT_DOCUMENTS = {"packet.json", "truth.json"}
MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)
KNOWN_OTHERS = (
    (b"PK\x03\x04", "a ZIP archive (e.g. a Word .docx or Excel file)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"GIF8", "a GIF image"),
    (b"{\\rtf", "an RTF document"),
)


def list_packet_files(packet: Path) -> tuple[Path, list[Path]]:
    """The packet's root folder and its document files in packet order (path order)."""
    if not packet.exists():
        raise IntakeError(f"No such packet: {packet} (give a packet folder or a PDF)")
    if packet.is_file():
        return packet.parent, [packet]
    files = sorted(
        (p for p in packet.rglob("*") if p.is_file() and _is_candidate(p, packet)),
        key=lambda p: p.relative_to(packet).as_posix(),
    )
    if not files:
        raise PacketError(f"Packet folder {packet} holds no files besides its manifest.")
    return packet, files


def _is_candidate(path: Path, root: Path) -> bool:
    rel = path.relative_to(root)
    if any(part.startswith(".") for part in rel.parts):
        return False
    return path.name not in NOT_DOCUMENTS and not path.name.endswith(".truth.json")


def describe_file(path: Path, root: Path) -> SourceFile:
    """Hash the file and sniff its type from its content, not its name."""
    data = path.read_bytes()
    rel = path.relative_to(root).as_posix()
    media_type, problem = sniff(data)
    limit = get_settings().max_file_mb
    if media_type and len(data) > limit * 1024 * 1024:
        media_type, problem = None, f"file is {len(data) / 2**20:.0f} MB, over the {limit:g} MB limit"
    if problem and media_type is None and path.suffix.lower() not in {".pdf", ".png", ".jpg",
                                                                       ".jpeg", ".tif", ".tiff"}:
        problem = f"{problem}; '{path.suffix or 'no'}' files are not documents the pipeline reads"
    return SourceFile(
        path=rel, sha256=hashlib.sha256(data).hexdigest(), size=len(data),
        media_type=media_type, problem=problem,
    )


def sniff(data: bytes) -> tuple[str | None, str | None]:
    """(media type, None) for a supported file, else (None, why not)."""
    if not data:
        return None, "empty file (0 bytes)"
    head = data[:1024]
    for magic, media_type in MAGIC:
        if head.startswith(magic):
            return media_type, None
    if b"%PDF-" in head:  # junk before the header, which readers tolerate
        return "application/pdf", None
    for magic, what in KNOWN_OTHERS:
        if head.startswith(magic):
            return None, f"content is {what}, not a PDF or image"
    if _looks_like_text(head):
        return None, "content is plain text, not a PDF or image"
    return None, "content is not a PDF, PNG, JPEG or TIFF"


def _looks_like_text(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
