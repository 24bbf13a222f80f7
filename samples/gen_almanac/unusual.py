"""Files that are no readable document: a word-processor file named .pdf, blank pages.

The word-processor file is a small zip in the Office layout, written with a fixed time
stamp so that it is the same bytes on every run.
"""

from __future__ import annotations

import io
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from .model import Doc

DOCX_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                           'openxmlformats.org/package/2006/content-types"/>',
    "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document><w:body><w:p><w:r>'
                         '<w:t>To whom it may concern: this confirms committee service.</w:t>'
                         '</w:r></w:p></w:body></w:document>',
}


def word_file() -> bytes:
    """A .docx (zip) body, to be saved under a .pdf name."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in DOCX_PARTS.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 5, 9, 30, 0))
            z.writestr(info, text)
    return buf.getvalue()


def unsupported() -> Doc:
    return Doc("other", {}, lambda c: None, flags=["UNSUPPORTED_FILE"])


def blank_pages(n: int) -> Doc:
    """A PDF of `n` white pages: one document, UNREADABLE (interface.md)."""

    def draw(c: Canvas) -> None:
        for _ in range(n):
            c.setPageSize(letter)
            c.showPage()

    return Doc("other", {}, draw, n, flags=["UNREADABLE"])
