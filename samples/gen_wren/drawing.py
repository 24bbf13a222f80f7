"""Page furniture: canvases, letterheads, security paper, seals, stamps, signatures, text."""

from __future__ import annotations

import math
import random
from typing import IO

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

W, H = letter
INK = Color(0.08, 0.1, 0.2)


def new_canvas(path: str | IO[bytes], title: str) -> Canvas:
    c = Canvas(path, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    return c


def security_paper(c: Canvas, rng: random.Random, w: float = W, h: float = H) -> None:
    """A pale guilloche of crossing sine waves, like cheque or certificate stock."""
    hue = rng.choice([(0.82, 0.9, 0.84), (0.86, 0.86, 0.94), (0.93, 0.88, 0.82)])
    c.saveState()
    c.setStrokeColor(Color(*hue))
    c.setLineWidth(0.35)
    phase = rng.uniform(0, 6)
    for k in range(0, int(h), 9):
        p = c.beginPath()
        p.moveTo(0, k)
        for x in range(0, int(w) + 8, 8):
            p.lineTo(x, k + 5 * math.sin(x / 23.0 + phase + k / 40.0))
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def border(c: Canvas, rng: random.Random, w: float = W, h: float = H) -> None:
    c.saveState()
    col = rng.choice([Color(0.45, 0.3, 0.1), Color(0.1, 0.25, 0.45), Color(0.2, 0.35, 0.2)])
    c.setStrokeColor(col)
    c.setLineWidth(4)
    c.rect(24, 24, w - 48, h - 48)
    c.setLineWidth(0.8)
    c.rect(32, 32, w - 64, h - 64)
    c.restoreState()


def seal(c: Canvas, x: float, y: float, r: float, words: str, rng: random.Random) -> None:
    """An embossed-looking round seal with its words around the rim."""
    c.saveState()
    gold = rng.choice([Color(0.78, 0.62, 0.2), Color(0.6, 0.1, 0.12), Color(0.2, 0.3, 0.55)])
    c.setFillColor(gold)
    c.setStrokeColor(gold)
    points = 36
    p = c.beginPath()
    for i in range(points * 2):
        a = math.pi * i / points
        rr = r if i % 2 == 0 else r * 0.9
        px = x + rr * math.cos(a)
        py = y + rr * math.sin(a)
        if i == 0:
            p.moveTo(px, py)
        else:
            p.lineTo(px, py)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(Color(1, 1, 1))
    c.circle(x, y, r * 0.74, stroke=0, fill=1)
    c.setFillColor(gold)
    c.setFont("Times-Bold", max(5, r / 7))
    n = len(words)
    for i, ch in enumerate(words):
        a = math.pi / 2 - 2 * math.pi * i / max(n, 1)
        c.saveState()
        c.translate(x + r * 0.6 * math.cos(a), y + r * 0.6 * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    c.circle(x, y, r * 0.35, stroke=1, fill=0)
    c.restoreState()


def stamp(c: Canvas, x: float, y: float, lines: list[str], angle: float) -> None:
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    red = Color(0.75, 0.12, 0.15, alpha=0.85)
    c.setStrokeColor(red)
    c.setFillColor(red)
    c.setLineWidth(1.6)
    wmax = max(len(s) for s in lines) * 6.4 + 14
    c.roundRect(0, 0, wmax, 16 * len(lines) + 8, 4)
    c.setFont("Courier-Bold", 10)
    for i, s in enumerate(lines):
        c.drawCentredString(wmax / 2, 16 * (len(lines) - i) - 6, s)
    c.restoreState()


def signature(c: Canvas, x: float, y: float, name: str, rng: random.Random, scrawl: bool = True) -> None:
    """A hand signature: a slanted cursive rendering of the name, or a drawn scrawl."""
    c.saveState()
    c.setStrokeColor(Color(0.05, 0.1, 0.45))
    c.setFillColor(Color(0.05, 0.1, 0.45))
    if scrawl:
        p = c.beginPath()
        p.moveTo(x, y)
        for i in range(1, 40):
            p.curveTo(x + i * 4 - 2, y + rng.uniform(-2, 14), x + i * 4, y + rng.uniform(-8, 6),
                      x + i * 4 + 2, y + rng.uniform(-3, 5))
        c.setLineWidth(1.1)
        c.drawPath(p, stroke=1, fill=0)
    else:
        c.translate(x, y)
        c.skew(0, 12)
        c.setFont("Times-BoldItalic", 19)
        c.drawString(0, 0, name)
    c.restoreState()


def letterhead(c: Canvas, name: str, lines: list[str], rng: random.Random, style: int) -> float:
    """Draws a letterhead; returns the y where the letter's body may start."""
    c.saveState()
    if style == 0:
        c.setFont("Times-Bold", 17)
        c.drawCentredString(W / 2, H - 62, name)
        c.setFont("Times-Roman", 9.5)
        c.drawCentredString(W / 2, H - 77, "  \u2022  ".join(lines))
        c.setLineWidth(1.2)
        c.line(60, H - 86, W - 60, H - 86)
        y = H - 120
    elif style == 1:
        c.setFillColor(Color(0.12, 0.24, 0.4))
        c.rect(0, H - 70, W, 70, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.setFont("Helvetica-Bold", 15)
        c.drawString(60, H - 42, name.upper())
        c.setFont("Helvetica", 8.5)
        c.drawString(60, H - 58, " | ".join(lines))
        y = H - 110
    else:
        seal(c, 86, H - 78, 30, "OFFICIAL * " + name[:24].upper() + " * ", rng)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(128, H - 70, name)
        c.setFont("Helvetica", 8.5)
        for i, s in enumerate(lines):
            c.drawString(128, H - 84 - 10 * i, s)
        y = H - 140
    c.restoreState()
    return y


def para(c: Canvas, text: str, x: float, y: float, width: float, font: str = "Times-Roman",
         size: float = 11.0, leading: float | None = None) -> float:
    lead = leading or size * 1.35
    c.setFont(font, size)
    c.setFillColor(black)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y - lead * 0.4


def table(c: Canvas, rows: list[list[str]], x: float, y: float, widths: list[float],
          size: float = 9.0, head: bool = True, grid: bool = True) -> float:
    row_h = size * 1.8
    for r, row in enumerate(rows):
        cx = x
        for cell, wcol in zip(row, widths, strict=True):
            c.setFont("Helvetica-Bold" if head and r == 0 else "Helvetica", size)
            c.drawString(cx + 3, y - size - 2, cell)
            if grid:
                c.setLineWidth(0.4)
                c.rect(cx, y - row_h, wcol, row_h)
            cx += wcol
        y -= row_h
    return y - 8


def footer(c: Canvas, text: str, page_label: str = "") -> None:
    c.saveState()
    c.setFont("Helvetica", 6.5)
    c.setFillColor(Color(0.35, 0.35, 0.35))
    c.drawString(50, 30, text)
    if page_label:
        c.drawRightString(W - 50, 30, page_label)
    c.restoreState()
