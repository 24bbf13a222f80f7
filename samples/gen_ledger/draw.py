"""Drawing helpers: fonts, wrapped text, borders, seals, stamps, signatures, letterheads."""

from __future__ import annotations

import math
import os
import random

import reportlab
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from .world import Org

_FONT_DIR = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, file in (("Vera", "Vera.ttf"), ("Vera-Bold", "VeraBd.ttf"),
                       ("Vera-Italic", "VeraIt.ttf"), ("Vera-BoldItalic", "VeraBI.ttf")):
        pdfmetrics.registerFont(TTFont(name, os.path.join(_FONT_DIR, file)))
    _registered = True


# font families: regular, bold, italic
FAMILIES = {
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "vera": ("Vera", "Vera-Bold", "Vera-Italic"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}


def fit(c: Canvas, text: str, font: str, size: float, width: float) -> float:
    """The largest size <= size at which text fits in width."""
    w = pdfmetrics.stringWidth(text, font, size)
    return size if w <= width else size * width / w


def centred(c: Canvas, x: float, y: float, text: str, font: str, size: float,
            width: float | None = None) -> None:
    if width:
        size = fit(c, text, font, size, width)
    c.setFont(font, size)
    c.drawCentredString(x, y, text)


def text(c: Canvas, x: float, y: float, s: str, font: str, size: float) -> None:
    c.setFont(font, size)
    c.drawString(x, y, s)


def para(c: Canvas, x: float, y: float, s: str, font: str, size: float, width: float,
         leading: float | None = None) -> float:
    """Wrapped paragraph from its first baseline y; returns the y below it."""
    leading = leading or size * 1.35
    c.setFont(font, size)
    for line in simpleSplit(s, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    return y


def border(c: Canvas, w: float, h: float, colour, style: int) -> None:
    c.saveState()
    c.setStrokeColorRGB(*colour)
    if style == 0:  # double rule
        c.setLineWidth(3)
        c.rect(24, 24, w - 48, h - 48)
        c.setLineWidth(0.8)
        c.rect(32, 32, w - 64, h - 64)
    elif style == 1:  # corner ornaments
        c.setLineWidth(1.5)
        c.rect(30, 30, w - 60, h - 60)
        for cx, cy in ((30, 30), (w - 30, 30), (30, h - 30), (w - 30, h - 30)):
            c.circle(cx, cy, 9, stroke=1, fill=0)
            c.circle(cx, cy, 4, stroke=0, fill=1)
    else:  # guilloche-like band of arcs
        c.setLineWidth(0.4)
        for i in range(0, int(w - 60), 9):
            c.arc(30 + i, 22, 30 + i + 18, 40)
            c.arc(30 + i, h - 40, 30 + i + 18, h - 22)
        for j in range(0, int(h - 80), 9):
            c.arc(22, 40 + j, 40, 40 + j + 18)
            c.arc(w - 40, 40 + j, w - 22, 40 + j + 18)
        c.setLineWidth(1.2)
        c.rect(44, 44, w - 88, h - 88)
    c.restoreState()


def seal(c: Canvas, cx: float, cy: float, r: float, org: Org, rng: random.Random,
         ring_text: str | None = None) -> None:
    """A round seal: two rings, the issuer's initials, a ring of small letters."""
    c.saveState()
    col = org.colour
    c.setStrokeColorRGB(*col)
    c.setFillColorRGB(*col)
    c.setLineWidth(1.6)
    c.circle(cx, cy, r)
    c.setLineWidth(0.6)
    c.circle(cx, cy, r * 0.72)
    for k in range(36):  # serrated edge
        a = 2 * math.pi * k / 36
        c.line(cx + r * math.cos(a), cy + r * math.sin(a),
               cx + (r + 4) * math.cos(a), cy + (r + 4) * math.sin(a))
    c.setFont("Times-Bold", r * 0.38)
    c.drawCentredString(cx, cy - r * 0.12, org.short[:5])
    ring = (ring_text or "OFFICIAL SEAL").upper()
    size = r * 0.17
    c.setFont("Helvetica", size)
    start = 90 + rng.uniform(-20, 20) + len(ring) * 4.5
    for i, ch in enumerate(ring):
        a = math.radians(start - i * 9)
        c.saveState()
        c.translate(cx + r * 0.84 * math.cos(a), cy + r * 0.84 * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, -size / 3, ch)
        c.restoreState()
    c.restoreState()


def signature(c: Canvas, x: float, y: float, w: float, rng: random.Random,
              colour=(0.05, 0.1, 0.35)) -> None:
    """A hand-drawn-looking signature: a run of connected Bezier loops."""
    c.saveState()
    c.setStrokeColorRGB(*colour)
    c.setLineWidth(rng.uniform(0.8, 1.3))
    p = c.beginPath()
    px, py = x, y + rng.uniform(2, 8)
    p.moveTo(px, py)
    n = rng.randint(5, 9)
    for _ in range(n):
        nx = px + w / n
        ny = y + rng.uniform(-2, 14)
        p.curveTo(px + rng.uniform(-6, 10), py + rng.uniform(8, 22),
                  nx + rng.uniform(-12, 4), ny - rng.uniform(6, 16), nx, ny)
        px, py = nx, ny
    p.moveTo(x - 4, y - 2)
    p.curveTo(x + w * 0.3, y - 8, x + w * 0.7, y + 4, x + w + 6, y - 3)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def stamp(c: Canvas, x: float, y: float, lines: list[str], rng: random.Random,
          colour=(0.7, 0.1, 0.1)) -> None:
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-12, 12))
    c.setStrokeColorRGB(*colour)
    c.setFillColorRGB(*colour)
    c.setLineWidth(1.5)
    wmax = max(pdfmetrics.stringWidth(s, "Helvetica-Bold", 10) for s in lines) + 16
    hgt = 14 * len(lines) + 8
    c.roundRect(-wmax / 2, -hgt / 2, wmax, hgt, 4)
    c.setFont("Helvetica-Bold", 10)
    for i, s in enumerate(lines):
        c.drawCentredString(0, hgt / 2 - 15 - i * 14, s)
    c.restoreState()


def letterhead(c: Canvas, org: Org, w: float, h: float, style: int, rng: random.Random) -> float:
    """Draws the sender's letterhead; returns the y where the letter may start."""
    c.saveState()
    col = org.colour
    if style == 0:  # centred name over a rule
        c.setFillColorRGB(*col)
        centred(c, w / 2, h - 62, org.name, "Times-Bold", 17, w - 120)
        c.setFont("Times-Italic", 9.5)
        c.drawCentredString(w / 2, h - 77, "  |  ".join(org.address))
        c.setStrokeColorRGB(*col)
        c.setLineWidth(1.2)
        c.line(60, h - 86, w - 60, h - 86)
        y = h - 120
    elif style == 1:  # logo block left, address right
        c.setFillColorRGB(*col)
        c.rect(54, h - 96, 46, 46, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        centred(c, 77, h - 78, org.short[:4], "Helvetica-Bold", 13, 42)
        c.setFillColorRGB(*col)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(110, h - 68, org.name) if pdfmetrics.stringWidth(
            org.name, "Helvetica-Bold", 13) < w - 300 else para(
            c, 110, h - 62, org.name, "Helvetica-Bold", 12, w - 320)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        for i, line in enumerate(org.address):
            c.setFont("Helvetica", 8)
            c.drawRightString(w - 54, h - 62 - i * 10, line)
        y = h - 130
    else:  # coloured side bar with the name running down
        c.setFillColorRGB(*col)
        c.rect(0, 0, 38, h, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.saveState()
        c.translate(25, 60)
        c.rotate(90)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(0, 0, org.name.upper())
        c.restoreState()
        c.setFillColorRGB(*col)
        c.setFont("Vera-Bold", 14)
        c.drawString(70, h - 64, org.name) if pdfmetrics.stringWidth(
            org.name, "Vera-Bold", 14) < w - 110 else para(c, 70, h - 60, org.name, "Vera-Bold", 12, w - 120)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.setFont("Vera", 8)
        c.drawString(70, h - 90, "  ·  ".join(org.address))
        y = h - 125
    c.restoreState()
    return y


def security_background(c: Canvas, w: float, h: float, word: str, rng: random.Random) -> None:
    """Light tiled micro-text and wavy lines, as on transcript paper."""
    c.saveState()
    c.setFillColorRGB(0.86, 0.9, 0.95)
    c.setFont("Helvetica", 5)
    line = (word + "  ") * 30
    for y in range(20, int(h), 11):
        c.drawString(-rng.uniform(0, 30), y, line)
    c.setStrokeColorRGB(0.82, 0.86, 0.93)
    c.setLineWidth(0.4)
    for k in range(14):
        p = c.beginPath()
        y0 = 40 + k * (h - 80) / 14
        p.moveTo(0, y0)
        for x in range(0, int(w) + 40, 40):
            p.curveTo(x + 10, y0 + 8, x + 30, y0 - 8, x + 40, y0)
        c.drawPath(p)
    c.restoreState()


def footer(c: Canvas, w: float, s: str, page: int | None = None, pages: int | None = None) -> None:
    c.saveState()
    c.setFillColorRGB(0.35, 0.35, 0.35)
    c.setFont("Helvetica", 7)
    c.drawString(54, 30, s)
    if page is not None:
        c.drawRightString(w - 54, 30, f"Page {page} of {pages}")
    c.restoreState()
