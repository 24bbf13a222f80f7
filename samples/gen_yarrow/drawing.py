"""Drawing on a reportlab canvas: letterheads, security paper, seals, stamps, signatures."""

from __future__ import annotations

import math
import random

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

PORTRAIT = letter
LANDSCAPE = landscape(letter)
INK = HexColor("#1b1f2a")


def page(c: Canvas, size: tuple[float, float]) -> tuple[float, float]:
    c.setPageSize(size)
    c.setFillColor(INK)
    return size


def security_paper(c: Canvas, rnd: random.Random, size: tuple[float, float], tint: str = "#dfe9f2") -> None:
    """A guilloche of thin waves, as on certificate stock and transcript paper."""
    w, h = size
    c.saveState()
    c.setStrokeColor(HexColor(tint))
    c.setLineWidth(0.35)
    amp = rnd.uniform(4, 9)
    freq = rnd.uniform(0.02, 0.05)
    for row in range(0, int(h), 9):
        p = c.beginPath()
        p.moveTo(0, row)
        for x in range(0, int(w) + 6, 6):
            p.lineTo(x, row + amp * math.sin(freq * x + row * 0.13))
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def border(c: Canvas, size: tuple[float, float], style: str, colour: str = "#6a4b1f") -> None:
    w, h = size
    c.saveState()
    c.setStrokeColor(HexColor(colour))
    if style == "double":
        c.setLineWidth(3)
        c.rect(24, 24, w - 48, h - 48)
        c.setLineWidth(0.8)
        c.rect(32, 32, w - 64, h - 64)
    elif style == "corners":
        c.setLineWidth(1.5)
        for x, y, dx, dy in ((30, 30, 1, 1), (w - 30, 30, -1, 1), (30, h - 30, 1, -1), (w - 30, h - 30, -1, -1)):
            c.line(x, y, x + 70 * dx, y)
            c.line(x, y, x, y + 70 * dy)
    else:
        c.setLineWidth(1)
        c.rect(40, 40, w - 80, h - 80)
    c.restoreState()


def seal(c: Canvas, x: float, y: float, r: float, colour: str = "#8c1c13") -> None:
    """An embossed-looking seal with no words (a rosette of rings and rays)."""
    c.saveState()
    c.setStrokeColor(HexColor(colour))
    c.setFillColor(Color(0.85, 0.72, 0.3, alpha=0.35))
    p = c.beginPath()
    for i in range(49):
        a = 2 * math.pi * i / 48
        rr = r if i % 2 == 0 else r * 0.9
        px, py = x + rr * math.cos(a), y + rr * math.sin(a)
        if i == 0:
            p.moveTo(px, py)
        else:
            p.lineTo(px, py)
    c.drawPath(p, stroke=1, fill=1)
    c.setLineWidth(0.6)
    c.circle(x, y, r * 0.72)
    c.circle(x, y, r * 0.55)
    for i in range(12):
        a = 2 * math.pi * i / 12
        c.line(x + r * 0.2 * math.cos(a), y + r * 0.2 * math.sin(a), x + r * 0.5 * math.cos(a), y + r * 0.5 * math.sin(a))
    c.restoreState()


def stamp(c: Canvas, x: float, y: float, lines: list[str], angle: float, colour: str = "#b0282a") -> None:
    """A rubber stamp (RECEIVED / COPY), slightly rotated."""
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setStrokeColor(HexColor(colour))
    c.setFillColor(HexColor(colour))
    width = max(len(t) for t in lines) * 6.2 + 16
    c.setLineWidth(1.6)
    c.roundRect(0, 0, width, 16 * len(lines) + 8, 4)
    c.setFont("Helvetica-Bold", 10)
    for i, t in enumerate(reversed(lines)):
        c.drawString(8, 8 + i * 16, t)
    c.restoreState()


def letterhead(c: Canvas, size: tuple[float, float], name: str, lines: list[str], style: str, colour: str = "#203a5c") -> float:
    """Draws the issuer's letterhead; returns the y below it."""
    w, h = size
    c.saveState()
    c.setFillColor(HexColor(colour))
    if style == "centered":
        c.setFont("Times-Bold", 17)
        c.drawCentredString(w / 2, h - 62, name)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, h - 76, "  \u2022  ".join(lines))
        c.setStrokeColor(HexColor(colour))
        c.line(72, h - 84, w - 72, h - 84)
        y = h - 110
    elif style == "band":
        c.rect(0, h - 70, w, 70, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont("Helvetica-Bold", 16)
        c.drawString(54, h - 40, name)
        c.setFont("Helvetica", 8.5)
        c.drawString(54, h - 56, " | ".join(lines))
        y = h - 105
    elif style == "sidebar":
        c.rect(0, 0, 118, h, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont("Helvetica-Bold", 9)
        yy = h - 60
        for word in simpleSplit(name, "Helvetica-Bold", 9, 96):
            c.drawString(12, yy, word)
            yy -= 12
        c.setFont("Helvetica", 7)
        yy -= 8
        for t in lines:
            for part in simpleSplit(t, "Helvetica", 7, 96):
                c.drawString(12, yy, part)
                yy -= 9
        y = h - 72
    else:  # left
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, h - 58, name)
        c.setFont("Helvetica", 8.5)
        for i, t in enumerate(lines):
            c.drawString(72, h - 71 - i * 10, t)
        y = h - 90 - 10 * len(lines)
    c.restoreState()
    return y


def para(c: Canvas, text: str, x: float, y: float, width: float, font: str = "Times-Roman", size: float = 11.5, leading: float | None = None) -> float:
    """Wrapped text; returns the y below it."""
    lead = leading or size * 1.35
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y - lead * 0.4


def signature(c: Canvas, rnd: random.Random, x: float, y: float, name: str, role: str, cursive: bool = True) -> float:
    """A signature: a hand-drawn stroke or the name in an italic 'script', the typed name and role below."""
    c.saveState()
    c.setStrokeColor(HexColor("#1a2d6b"))
    c.setFillColor(HexColor("#1a2d6b"))
    if cursive:
        c.setFont("Times-BoldItalic", rnd.choice([17, 19, 21]))
        c.drawString(x + 4, y + 6, name.split()[0 if rnd.random() < 0.5 else -1].replace(",", ""))
    else:
        p = c.beginPath()
        p.moveTo(x, y + 8)
        for i in range(1, 30):
            p.lineTo(x + i * 5.2, y + 8 + rnd.uniform(-7, 9))
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()
    c.setLineWidth(0.5)
    c.line(x, y, x + 190, y)
    c.setFont("Helvetica", 10)
    c.drawString(x, y - 13, name)
    c.setFont("Helvetica-Oblique", 9)
    c.drawString(x, y - 25, role)
    return y - 40


def table(c: Canvas, x: float, y: float, rows: list[list[str]], widths: list[float], size: float = 9.5, head: bool = True, grid: bool = True) -> float:
    """A ruled table; returns the y below it."""
    lead = size * 1.7
    for i, row in enumerate(rows):
        c.setFont("Helvetica-Bold" if head and i == 0 else "Helvetica", size)
        cx = x
        for cell, wd in zip(row, widths, strict=True):
            c.drawString(cx + 3, y - lead + 5, cell)
            cx += wd
        if grid:
            c.setLineWidth(0.4)
            c.rect(x, y - lead, sum(widths), lead)
        y -= lead
    return y - 8


def footer(c: Canvas, size: tuple[float, float], text: str) -> None:
    c.setFont("Helvetica", 6.5)
    c.drawCentredString(size[0] / 2, 28, text)
