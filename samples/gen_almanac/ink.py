"""Small text helpers shared by the layouts: wrapped paragraphs, label/value rows, tables."""

from __future__ import annotations

from reportlab.lib.colors import Color, black
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "Helvetica-Oblique": "Helvetica-BoldOblique", "Times-Italic": "Times-BoldItalic"}


def bold(font: str) -> str:
    """The bold face of a standard family."""
    return BOLD.get(font, font)


def para(c: Canvas, text: str, x: float, y: float, width: float, font: str = "Times-Roman",
         size: float = 11, leading: float | None = None, align: str = "left") -> float:
    """Draw wrapped text from the top line `y` down; return the y under the last line."""
    lead = leading or size * 1.35
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        if align == "centre":
            c.drawCentredString(x + width / 2, y, line)
        else:
            c.drawString(x, y, line)
        y -= lead
    return y


def centred(c: Canvas, w: float, y: float, text: str, font: str, size: float,
            color: Color = black) -> None:
    c.setFillColor(color)
    c.setFont(font, size)
    c.drawCentredString(w / 2, y, text)
    c.setFillColor(black)


def table(c: Canvas, x: float, y: float, widths: list[float], rows: list[list[str]],
          font: str = "Helvetica", size: float = 9, header: bool = True, row_h: float = 16,
          grid: bool = True) -> float:
    """A ruled table; the first row bold when `header`. Returns the y under it."""
    c.setLineWidth(0.5)
    total = sum(widths)
    for r, row in enumerate(rows):
        is_head = header and r == 0
        if is_head:
            c.setFillColor(Color(0.88, 0.89, 0.92))
            c.rect(x, y - row_h + 4, total, row_h, stroke=0, fill=1)
            c.setFillColor(black)
        c.setFont(bold(font) if is_head else font, size)
        cx = x
        for wdt, cell in zip(widths, row, strict=False):
            c.drawString(cx + 3, y - row_h + 9, cell)
            cx += wdt
        if grid:
            c.line(x, y - row_h + 4, x + total, y - row_h + 4)
        y -= row_h
    if grid:
        c.line(x, y + row_h * len(rows) + 4, x + total, y + row_h * len(rows) + 4)
        cx = x
        for wdt in [*widths, 0]:
            c.line(cx, y + 4, cx, y + row_h * len(rows) + 4)
            cx += wdt
    return y


def label_rows(c: Canvas, x: float, y: float, pairs: list[tuple[str, str]], label_w: float = 130,
               font: str = "Helvetica", size: float = 10, lead: float = 17) -> float:
    """'Label:  value' lines, labels bold."""
    for label, value in pairs:
        c.setFont(bold(font), size)
        c.drawString(x, y, label)
        c.setFont(font, size)
        c.drawString(x + label_w, y, value)
        y -= lead
    return y
