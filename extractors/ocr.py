"""Tesseract OCR through pytesseract: words with boxes (PDF points) and confidences."""

from __future__ import annotations

import os
import shutil

import pytesseract
from PIL import Image, ImageOps

from extractors.layout import words_to_lines
from pipeline.errors import IntakeError
from pipeline.models import Page, TextSource, Word
from pipeline.settings import get_settings

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one Tesseract thread per worker is fastest


class TesseractMissing(IntakeError):
    pass


def check_tesseract() -> None:
    if shutil.which("tesseract") is None:
        raise TesseractMissing(
            "Tesseract is not installed; scanned pages cannot be read. "
            "Install it with: apt-get install tesseract-ocr"
        )


def ocr_image(image: Image.Image, source: str, number: int, width_pt: float,
              height_pt: float) -> Page:
    """OCR one page image; boxes are scaled to the page's size in points, origin top-left."""
    check_tesseract()
    gray = ImageOps.grayscale(image)
    data = pytesseract.image_to_data(
        gray, lang=get_settings().ocr_lang, config="--psm 3",
        output_type=pytesseract.Output.DICT,
    )
    sx, sy = width_pt / gray.width, height_pt / gray.height
    words = [
        Word(
            text=text.strip(),
            bbox=(left * sx, top * sy, (left + w) * sx, (top + h) * sy),
            confidence=max(0.0, min(1.0, float(conf) / 100.0)),
            size=h * sy,
        )
        for text, conf, left, top, w, h in zip(
            data["text"], data["conf"], data["left"], data["top"], data["width"],
            data["height"], strict=True,
        )
        if text.strip() and float(conf) >= 0
    ]
    return Page(source=source, number=number, width=width_pt, height=height_pt,
                text_source=TextSource.ocr, lines=words_to_lines(words))
