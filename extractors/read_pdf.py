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
    rotated = [c for c in foreground.chars if not c.get("upright", True)]
    # text turned a quarter counter-clockwise reads bottom to top (a side bar's name)
    upward = sum(1 for c in rotated if c["matrix"][1] > 0) * 2 > len(rotated)
    raw = foreground.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False,
                                   char_dir_rotated="btt" if upward else "ttb")
    words = [w for w in raw if w["text"].strip()]
    upright = [w for w in words if w.get("upright", True)]
    return [_word(w) for w in upright] + _columns([w for w in words if not w.get("upright", True)],
                                                  upward)


def _word(w: dict) -> Word:  # type: ignore[type-arg]
    return Word(text=w["text"],
                bbox=(float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"])),
                size=float(w.get("size") or 0.0),
                bold="bold" in str(w.get("fontname", "")).lower())


def _columns(words: list[dict], upward: bool) -> list[Word]:  # type: ignore[type-arg]
    """Turned words, one column a line: a column's words joined in reading order (bottom
    to top when turned counter-clockwise) into one word over the column's box, so the
    name set up a side bar reads as one line ("Northmark University Municipal Clerks
    Institute"), not as words stacked in reverse."""
    columns: list[list[dict]] = []  # type: ignore[type-arg]
    for w in sorted(words, key=lambda w: (round(float(w["x0"])), float(w["top"]))):
        if columns and abs(float(columns[-1][0]["x0"]) - float(w["x0"])) <= 2.0:
            columns[-1].append(w)
        else:
            columns.append([w])
    out = []
    for column in columns:
        column.sort(key=lambda w: float(w["top"]), reverse=upward)
        first = column[0]
        text = column[0]["text"]
        for prev, w in zip(column, column[1:], strict=False):
            gap = (float(prev["top"]) - float(w["bottom"])) if upward else \
                (float(w["top"]) - float(prev["bottom"]))
            # pieces of one word split by the extractor stand closer than a space
            text += ("" if gap < 0.15 * float(w.get("size") or 10.0) else " ") + w["text"]
        out.append(Word(
            text=text,
            bbox=(min(float(w["x0"]) for w in column), min(float(w["top"]) for w in column),
                  max(float(w["x1"]) for w in column), max(float(w["bottom"]) for w in column)),
            size=float(first.get("size") or 0.0),
            bold="bold" in str(first.get("fontname", "")).lower()))
    return out


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
