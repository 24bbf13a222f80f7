"""One bounded pool of OCR workers for the whole process, and the OCR cache.

Tesseract runs as a subprocess, so threads give real parallelism; each runs one
Tesseract thread (OMP_THREAD_LIMIT=1), the fastest setting on few cores. Submission
blocks while a few pages per worker are waiting, so a long packet is streamed through the
pool instead of being rasterized into memory all at once.

A worker takes the waiting pages, up to BATCH, into one Tesseract run (its start-up is
paid once: see extractors.tesseract.words). Pages are only batched when they are
already waiting, so a short packet or the last pages of a long one are not held back.

Results are cached by the source file's content hash, the page and the OCR settings:
a packet processed twice is OCR'd once.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from core.models import Page
from core.settings import get_settings
from extractors.ocr import OCR_VERSION, PageImage, Raster, ocr_pages
from extractors.ocr_repair import repaired

BATCH = 5  # pages per Tesseract run at most (bench ratio: 0.84 with 1, 0.89 with 3, 0.92+ with 5)
BATCH_PIXELS = 35_000_000  # taking stops at this many pixels (four letter pages at 300 dpi)
_pool: ThreadPoolExecutor | None = None
_slots: threading.BoundedSemaphore | None = None
_lock = threading.Lock()
RENDER_LOCK = threading.Lock()  # pdfium is not thread-safe: one page rendered at a time


@dataclass(frozen=True)
class _Job:
    page: PageImage
    file_sha: str
    future: Future[Page]


_waiting: queue.SimpleQueue[_Job] = queue.SimpleQueue()


def _executor() -> tuple[ThreadPoolExecutor, threading.BoundedSemaphore]:
    global _pool, _slots
    with _lock:
        if _pool is None or _slots is None:
            workers = get_settings().ocr_workers
            _pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ocr")
            _slots = threading.BoundedSemaphore((BATCH + 1) * workers)
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


def submit(render: Callable[[], Raster], file_sha: str, source: str, number: int,
           width_pt: float, height_pt: float) -> Future[Page]:
    """OCR a page in the pool (render runs here, under the pdfium lock); cached pages
    come back at once without rendering."""
    hit = cached(file_sha, number)
    if hit is not None:
        done: Future[Page] = Future()
        done.set_result(repaired(hit.model_copy(update={"source": source})))
        return done
    pool, slots = _executor()
    slots.acquire()
    future: Future[Page] = Future()
    try:
        with RENDER_LOCK:
            raster = render()
        page = PageImage(raster.image, source, number, width_pt, height_pt, raster.low_res)
        _waiting.put(_Job(page, file_sha, future))
        pool.submit(_ocr_waiting)  # one run per page submitted; a run may find none left
    except BaseException:
        slots.release()
        raise
    future.add_done_callback(lambda _: slots.release())
    return future


def _ocr_waiting() -> None:
    """OCR the pages waiting (up to BATCH) in one go, store them, resolve their futures.
    Should a batch fail, each of its pages is tried alone, so one bad page fails alone."""
    jobs: list[_Job] = []
    pixels = 0
    while len(jobs) < BATCH and pixels < BATCH_PIXELS:
        try:
            jobs.append(_waiting.get_nowait())
        except queue.Empty:
            break
        pixels += jobs[-1].page.image.width * jobs[-1].page.image.height
    try:
        try:
            _resolve(jobs, ocr_pages([job.page for job in jobs]))
        except Exception as e:
            if len(jobs) == 1:  # the page's reader decides what to make of it
                jobs[0].future.set_exception(e)
            else:
                for job in jobs:
                    try:
                        _resolve([job], ocr_pages([job.page]))
                    except Exception as alone:
                        job.future.set_exception(alone)
    except BaseException as e:  # interrupted: nobody may wait for ever
        for job in jobs:
            if not job.future.done():
                job.future.set_exception(e)
        raise
    finally:
        for job in jobs:
            job.page.image.close()


def _resolve(jobs: list[_Job], pages: list[Page]) -> None:
    """Pages read are stored; a page that failed (a Tesseract run that timed out) is not,
    so the next run tries it again."""
    for job, page in zip(jobs, pages, strict=True):
        if not job.future.done():
            if page.error is None:
                _store(job.file_sha, page)
            job.future.set_result(repaired(page))
