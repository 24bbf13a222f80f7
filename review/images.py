"""Page images for the document view: one PNG per (file content, page, dpi), rendered once.

The caller resolves a page's integer id to a file through the store (`source_path`); no
path ever comes from the request. The cache key is the file's sha256, so a packet moved or
stored twice shares its images, and a changed file never shows a stale one. PDFs render
with pypdfium2, image files (PNG, JPEG, TIFF frames) with Pillow, turned upright by their
EXIF orientation as the reading did, so the field boxes (PDF points on the page as read)
line up when scaled by the page's size in points.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from pathlib import Path

from PIL import Image, ImageOps

DPI = 110
_HEX = frozenset("0123456789abcdef")
_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def is_sha256(text: str) -> bool:
    return len(text) == 64 and set(text) <= _HEX


def cache_path(cache_dir: Path, sha256: str, page: int, dpi: int = DPI) -> Path:
    if not is_sha256(sha256):
        raise ValueError("not a sha256 hex digest")
    return cache_dir / sha256[:2] / f"{sha256}-p{int(page)}-{int(dpi)}dpi.png"


def _lock(key: str) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(key, threading.Lock())


def _render_pdf(path: Path, page: int, dpi: int) -> Image.Image:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        if not 1 <= page <= len(pdf):
            raise LookupError(f"page {page} is not in the file")
        bitmap = pdf[page - 1].render(scale=dpi / 72)
        return bitmap.to_pil().convert("RGB")
    finally:
        pdf.close()


def _render_image(path: Path, page: int, dpi: int) -> Image.Image:
    with Image.open(path) as image:
        frames = getattr(image, "n_frames", 1)
        if not 1 <= page <= frames:
            raise LookupError(f"page {page} is not in the file")
        image.seek(page - 1)
        frame = ImageOps.exif_transpose(image.convert("RGB"))
        info = image.info.get("dpi")
        src_dpi = float(info[0]) if info and info[0] else 300.0
    if src_dpi > dpi:
        scale = dpi / src_dpi
        frame = frame.resize((max(1, round(frame.width * scale)),
                              max(1, round(frame.height * scale))), Image.Resampling.LANCZOS)
    return frame


def render_page(path: Path, page: int, cache_dir: Path, sha256: str | None = None,
                dpi: int = DPI) -> Path:
    """The PNG of one page of `path`, from the cache or rendered into it (atomically, so
    two requests for the same page never see half a file). Raises LookupError for a page
    the file does not have, ValueError for a file that is neither a PDF nor an image."""
    digest = sha256 or file_sha256(path)
    target = cache_path(cache_dir, digest, page, dpi)
    if target.exists():
        return target
    with _lock(target.name):
        if target.exists():
            return target
        with path.open("rb") as f:
            head = f.read(5)
        if head.startswith(b"%PDF"):
            image = _render_pdf(path, page, dpi)
        else:
            try:
                image = _render_image(path, page, dpi)
            except (OSError, Image.UnidentifiedImageError) as e:
                raise ValueError(f"cannot render {path.name}: {e}") from e
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".part")
        try:
            with os.fdopen(fd, "wb") as out:
                image.save(out, format="PNG", optimize=False)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return target
