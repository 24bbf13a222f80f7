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
# What a file that is not a PDF or image is, and what to do instead: (magic, offset, what).
KNOWN_OTHERS = (
    (b"PK\x03\x04", 0, "a Word or Excel document (or another ZIP archive): print it to PDF "
                        "or save it as PDF, and add the PDF"),
    (b"\xd0\xcf\x11\xe0", 0, "an old Microsoft Office document (.doc, .xls): print it to PDF "
                               "and add the PDF"),
    (b"{\\rtf", 0, "an RTF document: print it to PDF and add the PDF"),
    (b"GIF8", 0, "a GIF image: save it as PNG or PDF"),
    (b"ftypheic", 4, "a HEIC photo (as iPhones take them): export it as JPEG"),
    (b"ftypheix", 4, "a HEIC photo (as iPhones take them): export it as JPEG"),
    (b"ftypmif1", 4, "a HEIF photo: export it as JPEG"),
    (b"WEBP", 8, "a WebP image: save it as PNG or JPEG"),
    (b"Rar!", 0, "a RAR archive: unpack it and add its PDFs or images"),
    (b"\x1f\x8b", 0, "a gzip archive: unpack it and add its PDFs or images"),
)
READABLE = "PDF, PNG, JPEG or TIFF"
# The names such files usually have (what a file is still comes from its content).
DOCUMENT_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")


def list_packet_files(packet: Path) -> tuple[Path, list[Path]]:
    """The packet's root folder and its document files in packet order (path order)."""
    if not packet.exists():
        raise IntakeError(f"No such packet: {packet} (give a packet folder, or one PDF or "
                          "image file)")
    if packet.is_file() and packet.suffix.lower() == ".json":
        raise IntakeError(f"{packet} is a manifest, not a packet: give the packet folder, or "
                          "the PDF or image file beside the manifest")
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
    rel = path.relative_to(root).as_posix()
    try:
        data = path.read_bytes()
    except OSError as e:  # kept as a flagged document, like any file that cannot be opened
        return SourceFile(path=rel, sha256="", size=0, media_type=None,
                          problem=f"the file cannot be opened ({e.strerror or e}): copy it "
                                  "again")
    media_type, problem = sniff(data)
    limit = get_settings().max_file_mb
    if media_type and len(data) > limit * 1024 * 1024:
        media_type, problem = None, (f"the file is {len(data) / 2**20:.0f} MB, over the "
                                     f"{limit:g} MB limit (INTAKE_MAX_FILE_MB): scan it at a "
                                     "lower resolution or split it")
    return SourceFile(
        path=rel, sha256=hashlib.sha256(data).hexdigest(), size=len(data),
        media_type=media_type, problem=problem,
    )


def sniff(data: bytes) -> tuple[str | None, str | None]:
    """(media type, None) for a supported file, else (None, why not)."""
    if not data:
        return None, "empty file (0 bytes), probably an incomplete copy: copy or scan it again"
    head = data[:1024]
    for magic, media_type in MAGIC:
        if head.startswith(magic):
            return media_type, None
    if b"%PDF-" in head:  # junk before the header, which readers tolerate
        return "application/pdf", None
    for magic, offset, what in KNOWN_OTHERS:
        if head[offset:offset + len(magic)] == magic:
            return None, f"not a {READABLE}: the content is {what}"
    if _looks_like_text(head):
        return None, f"not a {READABLE}: the content is plain text: print it to PDF"
    return None, f"not a {READABLE} (its content is of no known kind): save or scan it as a PDF"


def is_document(path: Path) -> bool:
    """True when the file's content is a PDF or an image the pipeline reads."""
    try:
        with path.open("rb") as f:
            return sniff(f.read(1024))[0] is not None
    except OSError:
        return False


def _looks_like_text(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
