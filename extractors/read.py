"""Reading a source file into pages: the PDF's text layer where it is sane, OCR otherwise
(image-only pages, garbage text layers, a text layer that is only a stamp on a scan)."""

from __future__ import annotations

import io
import re
import threading
import warnings
from concurrent.futures import Future
from functools import partial
from pathlib import Path

import pdfplumber
from PIL import Image, ImageOps, UnidentifiedImageError

from core.errors import ReadError
from core.models import Page, SourceFile, TextSource
from core.settings import get_settings
from extractors import ocr_pool
from extractors.background import set_aside
from extractors.ocr import Raster
from extractors.read_pdf import iter_text_pages

# read_image refuses an image over Pillow's pixel limit itself, as an UNSUPPORTED_FILE with
# the reason; Pillow's own warning for it would only be noise on the terminal.
warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)

WORDLIKE = re.compile(r"^(?:[A-Za-z][a-z'’-]*[a-z]|[A-Z]{2,}|[A-Za-z]|\d[\d.,/:-]*|[&/–—-])[.,;:!?)]*$")


class PagesRead:
    """A running count of the pages read in this process (text layer or OCR), for a progress
    display to poll while a file's pages are still being read."""

    def __init__(self) -> None:
        self._count = 0
        self._lock = threading.Lock()

    def add(self, _: object = None) -> None:
        with self._lock:
            self._count += 1

    @property
    def count(self) -> int:
        return self._count


PAGES_READ = PagesRead()


def _over_limit(source: str, number: int, width: float, height: float,
                text_source: TextSource = TextSource.pdf_text) -> Page:
    """The first page past INTAKE_MAX_PAGES: it stands for the rest, flagged, never dropped."""
    limit = get_settings().max_pages
    return Page(source=source, number=number, width=width, height=height,
                text_source=text_source,
                error=f"page {number} and the pages after it were not read: the file has more "
                      f"than {limit} pages (INTAKE_MAX_PAGES); split it or raise the limit")


def read_source(root: Path, source: SourceFile) -> list[Page]:
    """All pages of one file; raises ReadError when the file cannot be opened at all."""
    if source.media_type is None:
        raise ReadError(source.problem or "not a supported file")
    path = root / source.path
    pages = read_pdf(path, source) if source.media_type == "application/pdf" \
        else read_image(path, source)
    return [set_aside(page) for page in pages]


def text_layer_ok(plumber_page: pdfplumber.page.Page, page: Page) -> bool:
    """A text layer worth trusting: enough characters, mostly word-like, and not just a
    stamp printed over a full-page scan."""
    if page.error is not None:
        return True  # nothing better to do with it; the error says why
    words = [w.text for line in page.lines for w in line.words]
    chars = sum(len(w) for w in words)
    if chars < get_settings().min_text_chars:
        return False
    wordlike = sum(len(w) for w in words if WORDLIKE.match(w) and "(cid:" not in w)
    if wordlike / chars < 0.6:
        return False
    return not (_covered_by_image(plumber_page) and chars < 200)


def _covered_by_image(plumber_page: pdfplumber.page.Page) -> bool:
    area = float(plumber_page.width * plumber_page.height) or 1.0
    covered = sum(float((i["x1"] - i["x0"]) * (i["bottom"] - i["top"]))
                  for i in plumber_page.images)
    return covered / area > 0.5


def read_pdf(path: Path, source: SourceFile) -> list[Page]:
    settings = get_settings()
    pages: list[Page | Future[Page]] = []
    for plumber_page, page in iter_text_pages(path, source.path):
        if page.number > settings.max_pages:
            pages.append(_over_limit(source.path, page.number, page.width, page.height))
            break
        if text_layer_ok(plumber_page, page):
            pages.append(page)
            PAGES_READ.add()
            continue
        future = ocr_pool.submit(
            partial(_rasterize, plumber_page, settings.ocr_dpi),
            source.sha256, source.path, page.number, page.width, page.height)
        future.add_done_callback(PAGES_READ.add)
        pages.append(future)
    return [p.result() if isinstance(p, Future) else p for p in pages]


def read_image(path: Path, source: SourceFile) -> list[Page]:
    try:
        image = Image.open(path)
        frames = getattr(image, "n_frames", 1)
    except Image.DecompressionBombError as e:
        raise ReadError(_too_many_pixels("more than twice that")) from e
    except (UnidentifiedImageError, OSError) as e:
        raise ReadError(f"the image cannot be decoded ({e})") from e
    if Image.MAX_IMAGE_PIXELS and image.width * image.height > Image.MAX_IMAGE_PIXELS:
        image.close()
        raise ReadError(_too_many_pixels(f"{image.width} x {image.height}"))
    futures = []
    with image:
        for index in range(min(frames, get_settings().max_pages)):
            try:
                image.seek(index)
                frame = ImageOps.exif_transpose(image.convert("RGB"))
            except OSError as e:
                raise ReadError(f"frame {index + 1} of the image cannot be decoded ({e})") from e
            dpi = _dpi(image)
            width_pt, height_pt = frame.width * 72 / dpi, frame.height * 72 / dpi
            raster = Raster(no_finer_than_needed(frame, dpi), low_res=dpi < LOW_DPI)
            guessed = _page_dpi(frame) if "dpi" not in image.info else None
            if guessed is not None and guessed < OCR_MIN_DPI:
                # a screenshot or a small image that states no resolution: a page of it is
                # about 11 inches long, so 850 x 1100 pixels is 100 dpi; enlarged to the OCR
                # resolution, Tesseract reads its small type
                width_pt, height_pt = frame.width * 72 / guessed, frame.height * 72 / guessed
                scale = get_settings().ocr_dpi / guessed
                big = frame.resize((round(frame.width * scale), round(frame.height * scale)),
                                   Image.Resampling.LANCZOS)
                raster = Raster(big, low_res=True)
            future = ocr_pool.submit(partial(_same, raster), source.sha256, source.path,
                                     index + 1, width_pt, height_pt)
            future.add_done_callback(PAGES_READ.add)
            futures.append(future)
        over = frames > get_settings().max_pages
    read = [f.result() for f in futures]
    if over and read:
        read.append(_over_limit(source.path, len(read) + 1, read[-1].width, read[-1].height,
                                TextSource.ocr))
    return read


def _too_many_pixels(detail: object) -> str:
    return (f"the image is larger than Pillow's limit of {Image.MAX_IMAGE_PIXELS} pixels "
            f"({detail}; possibly a decompression bomb): scan or photograph it again at "
            "300 dpi")


OCR_MIN_DPI = 200  # scans below this are enlarged to the OCR resolution
LOW_DPI = 250  # scans below this are thresholded locally (see extractors/ocr.py)


def _rasterize(plumber_page: pdfplumber.page.Page, dpi: int) -> Raster:
    """The page image for OCR: the scan embedded in the page itself where the page is one
    plain full-page scan of at least 200 dpi (no rendering, its own resolution), else the
    page rendered at the OCR resolution (pdfium's enlargement of a low-resolution scan
    reads better than a plain bicubic one: measured on the 150 dpi samples)."""
    scan = embedded_scan(plumber_page)
    scan_dpi = scan.width / (float(plumber_page.width) / 72) if scan is not None else 0.0
    if scan is not None and scan_dpi >= OCR_MIN_DPI:
        return Raster(no_finer_than_needed(scan, scan_dpi), low_res=scan_dpi < LOW_DPI)
    image: Image.Image = plumber_page.to_image(resolution=dpi).original.convert("L")
    return Raster(image, low_res=scan is not None)  # a scan enlarged to the OCR resolution


def no_finer_than_needed(image: Image.Image, dpi: float) -> Image.Image:
    """A scan of twice the OCR resolution or more, reduced by a whole factor (a 600 dpi
    scan to 300): Tesseract is tuned for text at about 300 dpi, and every page image
    would otherwise cost four times the memory and time."""
    factor = int(dpi // get_settings().ocr_dpi)
    return image.reduce(factor) if factor >= 2 else image


def _name(obj: object) -> str:
    return str(getattr(obj, "name", obj))


def embedded_scan(plumber_page: pdfplumber.page.Page) -> Image.Image | None:
    """The single full-page JPEG or 8-bit Flate image of a scanned page, decoded; None for
    anything else (several images, masks, other codecs, a rotated placement)."""
    images = plumber_page.images
    if len(images) != 1:
        return None
    im = images[0]
    box_w, box_h = float(im["x1"] - im["x0"]), float(im["bottom"] - im["top"])
    if box_w * box_h < 0.9 * float(plumber_page.width * plumber_page.height):
        return None
    w, h = im["srcsize"]
    if (w > h) != (box_w > box_h) or im["stream"].get("SMask") or im["stream"].get("Decode"):
        return None
    filters = [_name(f) for f, _ in im["stream"].get_filters()]
    try:
        scan: Image.Image
        if filters == ["DCTDecode"]:
            jpeg = Image.open(io.BytesIO(im["stream"].get_rawdata()))
            jpeg.draft("L", jpeg.size)
            scan = jpeg
        elif filters == ["FlateDecode"] and im["bits"] == 8:
            spaces = [_name(c) for c in im["colorspace"]]
            mode = {"DeviceGray": "L", "DeviceRGB": "RGB"}.get(spaces[0] if spaces else "")
            if mode is None:
                return None
            scan = Image.frombytes(mode, (w, h), im["stream"].get_data())
        else:
            return None
        return scan.convert("L") if scan.mode in ("L", "RGB") else None
    except (OSError, ValueError, Image.DecompressionBombError):
        return None  # the page is rendered instead, at the OCR resolution


def _same(raster: Raster) -> Raster:
    return raster


PAGE_INCHES = 11.0  # the long side of a letter page


def _page_dpi(image: Image.Image) -> float:
    """The resolution of an image taken to be a whole page (its long side 11 inches)."""
    return max(image.width, image.height) / PAGE_INCHES


def _dpi(image: Image.Image) -> float:
    dpi = image.info.get("dpi")
    value = float(dpi[0]) if isinstance(dpi, tuple) and dpi[0] else 0.0
    return value if 50 <= value <= 1200 else 300.0
