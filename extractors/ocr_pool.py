"""One bounded pool of OCR workers for the whole process, and the OCR cache.

Tesseract runs as a subprocess, so threads give real parallelism; each runs one
Tesseract thread (OMP_THREAD_LIMIT=1), the fastest setting on few cores. Submission
blocks while twice as many pages as workers are waiting, so a long packet is streamed
through the pool instead of being rasterized into memory all at once.

Results are cached by the source file's content hash, the page and the OCR settings:
a packet processed twice is OCR'd once.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PIL import Image

from extractors.ocr import OCR_VERSION, ocr_image
from pipeline.models import Page
from pipeline.settings import get_settings

_pool: ThreadPoolExecutor | None = None
_slots: threading.BoundedSemaphore | None = None
_lock = threading.Lock()
RENDER_LOCK = threading.Lock()  # pdfium is not thread-safe: one page rendered at a time


def _executor() -> tuple[ThreadPoolExecutor, threading.BoundedSemaphore]:
    global _pool, _slots
    with _lock:
        if _pool is None or _slots is None:
            workers = get_settings().ocr_workers
            _pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr")
            _slots = threading.BoundedSemaphore(2 * workers)
        return _pool, _slots


def cache_path(file_sha: str, page: int) -> Path:
    s = get_settings()
    key = hashlib.sha256(
        f"{file_sha}:{page}:{s.ocr_dpi}:{s.ocr_lang}:{OCR_VERSION}".encode()
    ).hexdigest()
    return s.cache_dir / "ocr" / key[:2] / f"{key}.json"


def cached(file_sha: str, page: int) -> Page | None:
    path = cache_path(file_sha, page)
    try:
        return Page.model_validate_json(path.read_text())
    except (OSError, ValueError):
        return None


def _store(file_sha: str, page: Page) -> None:
    path = cache_path(file_sha, page.number)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{threading.get_ident()}.tmp")
    tmp.write_text(page.model_dump_json())
    tmp.replace(path)


def submit(render: Callable[[], Image.Image], file_sha: str, source: str, number: int,
           width_pt: float, height_pt: float) -> Future[Page]:
    """OCR a page in the pool (render runs here, under the pdfium lock); cached pages
    come back at once without rendering."""
    hit = cached(file_sha, number)
    if hit is not None:
        done: Future[Page] = Future()
        done.set_result(hit.model_copy(update={"source": source}))
        return done
    pool, slots = _executor()
    slots.acquire()
    try:
        with RENDER_LOCK:
            image = render()
        future = pool.submit(_ocr_and_store, image, file_sha, source, number, width_pt, height_pt)
    except BaseException:
        slots.release()
        raise
    future.add_done_callback(lambda _: slots.release())
    return future


def _ocr_and_store(image: Image.Image, file_sha: str, source: str, number: int,
                   width_pt: float, height_pt: float) -> Page:
    try:
        page = ocr_image(image, source, number, width_pt, height_pt)
    finally:
        image.close()
    _store(file_sha, page)
    return page
