"""The one place Tesseract is run (through pytesseract): word recognition on one image or
on several as a list file, and orientation detection (OSD). Every run is stopped after
the configured timeout (`Settings.ocr_timeout_s`, per page), raising OcrTimeout.

What Tesseract gives back travels as TesseractWord; nothing here knows about pages,
preprocessing or the project's models.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import pytesseract
from PIL import Image

from core.errors import IntakeError
from core.settings import get_settings

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one Tesseract thread per worker is fastest
SCRATCH = "/dev/shm" if os.path.isdir("/dev/shm") else None  # page images in memory, not on disk
OSD_CONFIG = "--psm 0 -c min_characters_to_try=30"
OSD_MIN_CONFIDENCE = 1.5  # Tesseract's orientation confidence below which it is unsure
T = TypeVar("T")


class TesseractMissing(IntakeError):
    pass


class OcrTimeout(Exception):
    """A Tesseract run took longer than allowed; it was stopped."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"OCR timed out after {seconds:g} s")


@lru_cache(maxsize=1)
def check() -> None:
    """Once per process: every OCR'd page would otherwise search PATH again."""
    if shutil.which("tesseract") is None:
        raise TesseractMissing(
            "Tesseract is not installed; scanned pages cannot be read. "
            "Install it with: apt-get install tesseract-ocr"
        )


@dataclass(frozen=True)
class TesseractWord:
    """One word as Tesseract read it, on the image it was given (pixels, origin top-left)."""

    line: tuple[int, int, int]  # Tesseract's block, paragraph and line numbers
    text: str  # stripped, never empty
    confidence: float  # 0-100
    box: tuple[float, float, float, float]


def _timeout(pages: int) -> float:
    return get_settings().ocr_timeout_s * pages


def _run(run: Callable[[float], T], seconds: float) -> T:
    """Call `run` (a pytesseract call given its timeout), a timeout raised as OcrTimeout."""
    try:
        return run(seconds)
    except RuntimeError as e:
        if "timeout" in str(e).lower():
            raise OcrTimeout(get_settings().ocr_timeout_s) from e
        raise


def words(images: list[Image.Image], config: str) -> list[list[TesseractWord]]:
    """Every word Tesseract reads on each image, in its order. Several images go to one
    Tesseract run as a list file: its start-up (loading the model) is paid once, which
    saves 60 to 100 ms a page (measured on 300 dpi pages). The run may take
    `ocr_timeout_s` per image."""
    with tempfile.TemporaryDirectory(dir=SCRATCH) as tmp:
        paths = [f"{tmp}/{i}.pgm" for i in range(len(images))]
        for image, path in zip(images, paths, strict=True):
            # uncompressed: far cheaper to write than pytesseract's PNG; and Tesseract
            # reads PGM with less system time than BMP (measured: 40 ms a page less)
            image.save(path, "PPM")
        source = paths[0]
        if len(paths) > 1:
            source = f"{tmp}/pages.txt"
            Path(source).write_text("\n".join(paths) + "\n")

        def run(timeout: float) -> dict[str, list[Any]]:
            return pytesseract.image_to_data(  # type: ignore[no-any-return]
                source, lang=get_settings().ocr_lang,
                config=f"{config} -c tessedit_do_invert=0",
                output_type=pytesseract.Output.DICT, timeout=timeout)

        data = _run(run, _timeout(len(images)))
    return _words_of(data, len(images))


def _words_of(data: dict[str, list[Any]], pages: int) -> list[list[TesseractWord]]:
    """Tesseract's TSV columns as words, per page of the run."""
    out: list[list[TesseractWord]] = [[] for _ in range(pages)]
    for i, raw in enumerate(data["text"]):
        text = str(raw).strip()
        if not text:
            continue
        left, top = int(data["left"][i]), int(data["top"][i])
        box = (left, top, left + int(data["width"][i]), top + int(data["height"][i]))
        line = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        out[int(data["page_num"][i]) - 1].append(
            TesseractWord(line, text, float(data["conf"][i]), box))
    return out


def orientation(image: Image.Image) -> int | None:
    """Tesseract's OSD: the clockwise quarter turn that makes the page upright; None when
    it is unsure, finds too little text or fails."""
    def run(timeout: float) -> str:
        return str(pytesseract.image_to_osd(image, config=OSD_CONFIG, timeout=timeout))

    try:
        osd = _run(run, _timeout(1))
    except pytesseract.TesseractError:
        return None
    rotate = re.search(r"Rotate:\s*(\d+)", osd)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", osd)
    if not rotate or not conf or float(conf.group(1)) < OSD_MIN_CONFIDENCE:
        return None
    return int(rotate.group(1)) % 360
