"""Reading a source file into pages: the text layer where it is sane, OCR otherwise."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from extractors.ocr import ocr_image
from extractors.read_pdf import iter_text_pages
from pipeline.errors import ReadError
from pipeline.models import Page, SourceFile
from pipeline.settings import get_settings


def read_source(root: Path, source: SourceFile) -> list[Page]:
    """All pages of one file; raises ReadError when the file cannot be opened at all."""
    if source.media_type is None:
        raise ReadError(source.problem or "not a supported file")
    path = root / source.path
    if source.media_type == "application/pdf":
        return read_pdf(path, source.path)
    return read_image(path, source.path)


def read_pdf(path: Path, source: str) -> list[Page]:
    settings = get_settings()
    pages: list[Page] = []
    for plumber_page, page in iter_text_pages(path, source):
        if page.number > settings.max_pages:
            break
        if page.error is None and len(page.text.strip()) < settings.min_text_chars:
            image = plumber_page.to_image(resolution=settings.ocr_dpi).original
            page = ocr_image(image, source, page.number, page.width, page.height)
        pages.append(page)
    return pages


def read_image(path: Path, source: str) -> list[Page]:
    try:
        image = Image.open(path)
    except (UnidentifiedImageError, OSError) as e:
        raise ReadError(f"the image cannot be decoded ({e})") from e
    pages = []
    with image:
        for index in range(getattr(image, "n_frames", 1)):
            image.seek(index)
            frame = ImageOps.exif_transpose(image.convert("RGB"))
            dpi = _dpi(image)
            pages.append(ocr_image(frame, source, index + 1, frame.width * 72 / dpi,
                                   frame.height * 72 / dpi))
    return pages


def _dpi(image: Image.Image) -> float:
    dpi = image.info.get("dpi")
    value = float(dpi[0]) if isinstance(dpi, tuple) and dpi[0] else 0.0
    return value if 50 <= value <= 1200 else 300.0
