"""Drawing primitives: borders, seals, curved signatures, stamps, letterheads, tiled
security backgrounds, wrapped paragraphs and ruled tables (reportlab, standard fonts)."""

from __future__ import annotations

import math
import random

from reportlab.lib.colors import Color
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

INK = Color(0.08, 0.08, 0.12)
NAVY = Color(0.10, 0.18, 0.38)
MAROON = Color(0.45, 0.08, 0.12)
FOREST = Color(0.08, 0.32, 0.18)
GOLD = Color(0.70, 0.55, 0.18)
RED = Color(0.75, 0.10, 0.10)
GREY = Color(0.45, 0.45, 0.45)
PALETTE = [NAVY, MAROON, FOREST, Color(0.25, 0.25, 0.30)]

FAMILIES = {  # regular, bold, italic, bold-italic
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique"),
}


def fonts(rnd: random.Random, allow_courier: bool = False) -> tuple[str, str, str, str]:
    names = ["Helvetica", "Times"] + (["Courier"] if allow_courier else [])
    return FAMILIES[rnd.choice(names)]


def centered(c: Canvas, text: str, x: float, y: float, font: str, size: float, color: Color = INK) -> None:
    c.setFont(font, size)
    c.setFillColor(color)
    c.drawCentredString(x, y, text)


def para(c: Canvas, text: str, x: float, y: float, width: float, font: str, size: float,
         leading: float | None = None, color: Color = INK) -> float:
    """Draw a wrapped paragraph from top y; return the y below it."""
    lead = leading or size * 1.35
    c.setFont(font, size)
    c.setFillColor(color)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y


def border(c: Canvas, w: float, h: float, color: Color, style: int) -> None:
    c.setStrokeColor(color)
    if style == 0:  # double rule with corner squares
        c.setLineWidth(3)
        c.rect(24, 24, w - 48, h - 48)
        c.setLineWidth(0.8)
        c.rect(34, 34, w - 68, h - 68)
        for x, y in [(24, 24), (w - 36, 24), (24, h - 36), (w - 36, h - 36)]:
            c.setFillColor(color)
            c.rect(x, y, 12, 12, fill=1, stroke=0)
    elif style == 1:  # scalloped guilloche-like band
        c.setLineWidth(0.5)
        for i in range(6):
            c.rect(20 + i * 2.2, 20 + i * 2.2, w - 40 - i * 4.4, h - 40 - i * 4.4)
    else:  # thick single frame with inner dotted rule
        c.setLineWidth(6)
        c.rect(28, 28, w - 56, h - 56)
        c.setLineWidth(0.6)
        c.setDash(1, 3)
        c.rect(42, 42, w - 84, h - 84)
        c.setDash()


def seal(c: Canvas, x: float, y: float, r: float, text: str, color: Color = GOLD) -> None:
    c.saveState()
    c.setStrokeColor(color)
    c.setFillColor(Color(color.red, color.green, color.blue, alpha=0.15))
    c.circle(x, y, r, fill=1)
    c.setLineWidth(1.2)
    c.circle(x, y, r * 0.78)
    for i in range(36):  # serrated edge
        a = 2 * math.pi * i / 36
        c.line(x + r * math.cos(a), y + r * math.sin(a), x + r * 1.08 * math.cos(a), y + r * 1.08 * math.sin(a))
    c.setFillColor(color)
    c.setFont("Times-Bold", r * 0.22)
    n = len(text)
    for i, ch in enumerate(text):
        a = math.pi / 2 + math.pi * 0.85 * (0.5 - i / max(n - 1, 1))
        c.saveState()
        c.translate(x + r * 0.86 * math.cos(a), y + r * 0.86 * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, -r * 0.06, ch)
        c.restoreState()
    c.setFont("Times-Bold", r * 0.5)
    c.drawCentredString(x, y - r * 0.18, "\u2605")
    c.restoreState()


def signature(c: Canvas, x: float, y: float, width: float, rnd: random.Random) -> None:
    """A scrawl of connected Bezier curves (no text)."""
    c.saveState()
    c.setStrokeColor(Color(0.05, 0.1, 0.35))
    c.setLineWidth(rnd.uniform(0.9, 1.5))
    p = c.beginPath()
    px, py = x, y + rnd.uniform(2, 8)
    p.moveTo(px, py)
    steps = rnd.randint(4, 7)
    for i in range(steps):
        nx = x + width * (i + 1) / steps
        ny = y + rnd.uniform(0, 14)
        p.curveTo(px + rnd.uniform(-10, 20), py + rnd.uniform(8, 22), nx - rnd.uniform(-8, 18),
                  ny - rnd.uniform(6, 18), nx, ny)
        px, py = nx, ny
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def sign_block(c: Canvas, x: float, y: float, name: str, title: str, font: str, rnd: random.Random,
               width: float = 160) -> None:
    signature(c, x + 6, y + 4, width - 20, rnd)
    c.setStrokeColor(INK)
    c.setLineWidth(0.6)
    c.line(x, y, x + width, y)
    c.setFillColor(INK)
    c.setFont(font, 10)
    c.drawString(x, y - 12, name)
    c.setFont(font, 8.5)
    c.drawString(x, y - 23, title)


def received_stamp(c: Canvas, x: float, y: float, when: str, rnd: random.Random) -> None:
    c.saveState()
    c.translate(x, y)
    c.rotate(rnd.uniform(-12, 12))
    c.setStrokeColor(Color(0.8, 0.1, 0.1, alpha=0.8))
    c.setFillColor(Color(0.8, 0.1, 0.1, alpha=0.8))
    c.setLineWidth(1.6)
    c.roundRect(0, 0, 128, 44, 6)
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(64, 27, "RECEIVED")
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(64, 7, when)
    c.restoreState()


def security_background(c: Canvas, w: float, h: float, phrase: str, color: Color) -> None:
    """Light tiled text over the whole sheet, drawn first (security paper)."""
    c.saveState()
    c.setFillColor(Color(color.red, color.green, color.blue, alpha=0.10))
    c.setFont("Helvetica", 5.5)
    row = (phrase.upper() + "  \u2022  ") * 12
    y, k = h - 8, 0
    while y > 0:
        c.drawString(-40 + (k % 3) * 17, y, row)
        y -= 9
        k += 1
    c.restoreState()


def letterhead(c: Canvas, w: float, h: float, org: str, address: str, style: int, color: Color,
               rnd: random.Random) -> float:
    """Draw a letterhead; return the y where the letter's text may start."""
    if style == 0:  # centered, rule beneath
        centered(c, org, w / 2, h - 62, "Times-Bold", 17, color)
        centered(c, address, w / 2, h - 78, "Times-Italic", 9, GREY)
        c.setStrokeColor(color)
        c.setLineWidth(1.4)
        c.line(60, h - 88, w - 60, h - 88)
        c.setFillColor(INK)
        return h - 120
    if style == 1:  # solid band across the top, white type
        c.setFillColor(color)
        c.rect(0, h - 78, w, 78, fill=1, stroke=0)
        c.setFillColor(Color(1, 1, 1))
        c.setFont("Helvetica-Bold", 16)
        c.drawString(60, h - 44, org)
        c.setFont("Helvetica", 8.5)
        c.drawString(60, h - 60, address)
        c.setFillColor(INK)
        return h - 112
    # side bar on the left with a monogram; address in the footer
    c.setFillColor(color)
    c.rect(0, 0, 38, h, fill=1, stroke=0)
    initials = "".join(p[0] for p in org.split() if p[0].isupper())[:4]
    c.setFillColor(Color(1, 1, 1))
    c.setFont("Helvetica-Bold", 11)
    c.saveState()
    c.translate(25, h / 2)
    c.rotate(90)
    c.drawCentredString(0, 0, initials)
    c.restoreState()
    c.setFillColor(color)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(70, h - 62, org)
    footer(c, w, address)
    c.setFillColor(INK)
    return h - 104


def footer(c: Canvas, w: float, text: str) -> None:
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.line(60, 46, w - 60, 46)
    centered(c, text, w / 2, 34, "Helvetica", 7.5, GREY)


def table(c: Canvas, x: float, y: float, widths: list[float], rows: list[list[str]], font: str,
          bold: str, size: float = 9, ruled: bool = True) -> float:
    """Rows from top y, the first row a header; return y below the table."""
    lead = size * 1.7
    for r, row in enumerate(rows):
        c.setFont(bold if r == 0 else font, size)
        c.setFillColor(INK)
        cx = x
        for cell, wd in zip(row, widths, strict=True):
            c.drawString(cx + 3, y - lead + size * 0.55, cell)
            cx += wd
        if ruled or r == 0:
            c.setStrokeColor(GREY)
            c.setLineWidth(0.5 if r else 0.9)
            c.line(x, y - lead, x + sum(widths), y - lead)
        y -= lead
    return y
