"""Letters, memoranda and employment verifications. The body paragraphs come from
wordings.py already filled with the document's facts."""

from __future__ import annotations

import random

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from . import draw
from .model import Doc, fmt

W, H = letter


def _close(c: Canvas, doc: Doc, rng: random.Random, y: float, font: str, x: float = 72) -> float:
    if y < 170:
        c.showPage()
        y = H - 90
    draw.text(c, x, y, doc.extra.get("closing", "Sincerely,"), font, 11)
    draw.signature(c, x, y - 40, 130, rng)
    y -= 58
    if doc.signer:
        draw.text(c, x, y, doc.signer.name, font, 11)
        if doc.signer.title:
            draw.text(c, x, y - 14, doc.signer.title, font, 10)
        y -= 28
    return y


def _body(c: Canvas, doc: Doc, y: float, font: str, size: float, x: float = 72,
          width: float = W - 144) -> float:
    for p in doc.extra.get("body", []):
        y = draw.para(c, x, y, p, font, size, width) - size * 0.8
        if y < 120:
            c.showPage()
            y = H - 90
    return y


def business_letter(c: Canvas, doc: Doc, rng: random.Random) -> int:
    reg, bold, _ = draw.FAMILIES[doc.extra.get("family", "times")]
    start = c.getPageNumber()
    x = 72 if doc.extra.get("head", 0) != 2 else 70
    if doc.extra.get("plain"):  # a private letter: the writer's address, no letterhead
        y = H - 80
        for line in doc.extra.get("home", []):
            draw.text(c, x, y, line, reg, 10.5)
            y -= 13
        y -= 14
    else:
        y = draw.letterhead(c, doc.org, W, H, doc.extra.get("head", 0), rng)
    if doc.get("issue_date"):
        draw.text(c, x, y, fmt(doc.get("issue_date"), doc.extra.get("datefmt", "long")), reg, 11)
        y -= 30
    for line in doc.extra.get("to", ["To Whom It May Concern:"]):
        draw.text(c, x, y, line, reg, 11)
        y -= 14
    y -= 10
    if doc.extra.get("re"):
        draw.text(c, x, y, "RE:  " + doc.extra["re"], bold, 11)
        y -= 24
    y = _body(c, doc, y, reg, doc.extra.get("size", 11), x, W - x - 72)
    if doc.extra.get("table"):
        y = _table(c, doc.extra["table"], x, y - 4, reg, bold) - 16
        for p in doc.extra.get("after", []):
            y = draw.para(c, x, y, p, reg, 11, W - x - 72) - 9
    y = _close(c, doc, rng, y - 6, reg, x)
    if doc.extra.get("stamp"):
        draw.stamp(c, W - 150, 150, doc.extra["stamp"], rng)
    if doc.extra.get("footer"):
        draw.footer(c, W, doc.extra["footer"])
    c.showPage()
    return c.getPageNumber() - start


def _table(c: Canvas, rows: list[list[str]], x: float, y: float, reg: str, bold: str) -> float:
    widths = [W - 2 * x - 270, 90, 90, 90][: len(rows[0])]
    c.setLineWidth(0.5)
    for i, row in enumerate(rows):
        cx = x
        c.setFillColorRGB(0.88, 0.9, 0.94) if i == 0 else c.setFillColorRGB(1, 1, 1)
        c.rect(x, y - 6, sum(widths), 20, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        for cell, wd in zip(row, widths, strict=False):
            font = bold if i == 0 else reg
            c.setFont(font, draw.fit(c, cell, font, 10, wd - 8))
            c.drawString(cx + 4, y, cell)
            cx += wd
        y -= 20
    return y


def memo(c: Canvas, doc: Doc, rng: random.Random) -> int:
    start = c.getPageNumber()
    col = doc.org.colour
    c.setFillColorRGB(*col)
    draw.text(c, 72, H - 72, doc.org.name.upper(), "Helvetica-Bold", 12)
    c.setFillColorRGB(0, 0, 0)
    draw.text(c, 72, H - 110, "MEMORANDUM", "Helvetica-Bold", 22)
    y = H - 145
    rows = [("TO:", doc.extra.get("memo_to", "IIMC Education Department"))]
    if doc.signer:
        rows.append(("FROM:", f"{doc.signer.name}, {doc.signer.title}"))
    if doc.get("issue_date"):
        rows.append(("DATE:", fmt(doc.get("issue_date"), doc.extra.get("datefmt", "long"))))
    rows.append(("SUBJECT:", doc.extra.get("re", "Verification of employment")))
    for k, v in rows:
        draw.text(c, 72, y, k, "Helvetica-Bold", 10.5)
        draw.text(c, 150, y, v, "Helvetica", 10.5)
        y -= 18
    c.setLineWidth(1.5)
    c.line(72, y + 4, W - 72, y + 4)
    y = _body(c, doc, y - 22, "Helvetica", 10.5)
    if doc.extra.get("table"):
        y = _table(c, doc.extra["table"], 72, y, "Helvetica", "Helvetica-Bold") - 16
    if doc.signer:  # initials by the FROM line
        draw.signature(c, 72, y - 20, 50, rng)
    draw.footer(c, W, doc.extra.get("footer", "Confidential personnel information"))
    c.showPage()
    return c.getPageNumber() - start
