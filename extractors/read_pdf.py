"""Born-digital PDF pages through pdfplumber: words with boxes, font sizes and weights;
the security-paper background (tiny, rotated, faint characters) set aside first
(extractors/background.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from core.errors import ReadError
from core.models import Page, TextSource, Word
from extractors.background import CharTest
from extractors.layout import words_to_lines


def open_pdf(path: Path) -> pdfplumber.PDF:
    """Open a PDF, turning pdfminer's many failures into one ReadError with the reason."""
    try:
        pdf = pdfplumber.open(path)
        _ = pdf.pages  # forces the page tree to be parsed
    except (PDFPasswordIncorrect, PDFEncryptionError) as e:
        raise ReadError("the PDF is encrypted (password protected); ask the applicant for an "
                        "unprotected copy or remove the password with qpdf --decrypt") from e
    except (PdfminerException, PDFSyntaxError) as e:
        cause = e.args[0] if e.args else e
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise ReadError("the PDF is encrypted (password protected); remove the password "
                            "with qpdf --decrypt") from e
        raise ReadError(f"the PDF is damaged and cannot be parsed ({_describe(cause)})") from e
    except Exception as e:  # pdfminer raises bare exceptions on broken files
        raise ReadError(f"the PDF is damaged and cannot be parsed ({_describe(e)})") from e
    if not pdf.pages:
        pdf.close()
        raise ReadError("the PDF has no pages")
    return pdf


def _describe(e: object) -> str:
    return f"{type(e).__name__}: {e}" if isinstance(e, BaseException) else str(e)


def page_words(page: pdfplumber.page.Page) -> list[Word]:
    """The page's words, without its background characters."""
    background = CharTest(page.chars, [*page.rects, *page.curves])
    foreground = page.filter(lambda obj: obj.get("object_type") != "char"
                             or not background(obj))
    raw = foreground.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False)
    return [
        Word(
            text=w["text"],
            bbox=(float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"])),
            size=float(w.get("size") or 0.0),
            bold="bold" in str(w.get("fontname", "")).lower(),
        )
        for w in raw
        if w["text"].strip()
    ]


def read_text_layer(page: pdfplumber.page.Page, source: str, number: int) -> Page:
    return Page(
        source=source, number=number, width=float(page.width), height=float(page.height),
        text_source=TextSource.pdf_text, lines=words_to_lines(page_words(page)),
    )


def iter_text_pages(path: Path, source: str) -> Iterator[tuple[pdfplumber.page.Page, Page]]:
    """Each pdfplumber page with what its text layer says (possibly nothing)."""
    with open_pdf(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            try:
                yield page, read_text_layer(page, source, number)
            except Exception as e:  # one bad page never fails the file
                yield page, Page(source=source, number=number, width=float(page.width),
                                 height=float(page.height), text_source=TextSource.pdf_text,
                                 error=f"page {number} could not be parsed ({_describe(e)})")
            finally:
                page.close()
