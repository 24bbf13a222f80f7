"""Marks that make a page look like mailed paper: seals, signatures, stamps, letterheads.

Everything is drawn with reportlab primitives and a seeded `random.Random`, so the same
seed gives the same curves. Nothing here prints a fact a truth records, except where the
caller passes the text (a letterhead's organisation, a signer's printed name).
"""

from __future__ import annotations

import math
import random

from reportlab.lib.colors import Color, black
from reportlab.pdfgen.canvas import Canvas

INK_BLUE = Color(0.10, 0.16, 0.45)
GOLD = Color(0.72, 0.56, 0.18)
MAROON = Color(0.48, 0.08, 0.12)
GREEN = Color(0.10, 0.36, 0.22)
STAMP_RED = Color(0.78, 0.12, 0.12)
PALE = Color(0.90, 0.92, 0.96)


def signature(c: Canvas, x: float, y: float, width: float, rng: random.Random,
              color: Color = INK_BLUE) -> None:
    """A handwritten-looking scrawl: a chain of Bezier loops, a flourish underneath."""
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(rng.uniform(0.8, 1.4))
    path = c.beginPath()
    px, py = x, y + rng.uniform(2, 8)
    path.moveTo(px, py)
    steps = rng.randint(5, 9)
    for _ in range(steps):
        dx = width / steps
        h = rng.uniform(6, 20)
        path.curveTo(px + dx * 0.2, py + h, px + dx * 0.7, py - h * 0.6, px + dx, py + rng.uniform(-3, 3))
        px += dx
    c.drawPath(path, stroke=1, fill=0)
    flourish = c.beginPath()
    flourish.moveTo(x + width * 0.1, y - 2)
    flourish.curveTo(x + width * 0.4, y - 8, x + width * 0.8, y + 2, x + width * 1.05, y - 4)
    c.drawPath(flourish, stroke=1, fill=0)
    c.restoreState()


def signature_block(c: Canvas, x: float, y: float, name: str, role: str, rng: random.Random,
                    font: str = "Helvetica", size: float = 9, width: float = 150) -> None:
    """A scrawl above a rule, the printed name and role below it."""
    signature(c, x + 8, y + 6, width - 30, rng)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)
    c.line(x, y, x + width, y)
    c.setFillColor(black)
    c.setFont(font, size)
    c.drawString(x, y - size - 2, name)
    if role:
        c.setFont(font, size - 1)
        c.drawString(x, y - 2 * size - 3, role)


def seal(c: Canvas, x: float, y: float, r: float, ring_text: str, color: Color = GOLD,
         centre: str = "") -> None:
    """An embossed-looking seal: notched rim, two rings, text round the ring, a star."""
    c.saveState()
    c.setStrokeColor(color)
    c.setFillColor(color)
    notches = 36
    path = c.beginPath()
    for i in range(notches * 2 + 1):
        a = math.pi * i / notches
        rr = r if i % 2 == 0 else r * 0.93
        px, py = x + rr * math.cos(a), y + rr * math.sin(a)
        if i == 0:
            path.moveTo(px, py)
        else:
            path.lineTo(px, py)
    c.setLineWidth(1)
    c.drawPath(path, stroke=1, fill=0)
    c.circle(x, y, r * 0.82, stroke=1, fill=0)
    c.circle(x, y, r * 0.55, stroke=1, fill=0)
    c.setFont("Times-Bold", max(5.0, r * 0.13))
    text = ring_text.upper()
    span = math.pi * 1.6
    for i, ch in enumerate(text):
        a = math.pi * 0.5 + span / 2 - span * i / max(1, len(text) - 1)
        c.saveState()
        c.translate(x + r * 0.67 * math.cos(a), y + r * 0.67 * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, -2, ch)
        c.restoreState()
    star(c, x, y, r * 0.3, color)
    if centre:
        c.setFont("Times-Bold", r * 0.16)
        c.drawCentredString(x, y - r * 0.45, centre)
    c.restoreState()


def star(c: Canvas, x: float, y: float, r: float, color: Color) -> None:
    """A filled five-point star."""
    c.saveState()
    c.setFillColor(color)
    path = c.beginPath()
    for i in range(11):
        a = math.pi / 2 + math.pi * i / 5
        rr = r if i % 2 == 0 else r * 0.42
        px, py = x + rr * math.cos(a), y + rr * math.sin(a)
        if i == 0:
            path.moveTo(px, py)
        else:
            path.lineTo(px, py)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


def received_stamp(c: Canvas, x: float, y: float, date_text: str, rng: random.Random,
                   office: str = "EDUCATION DEPT.") -> None:
    """A slanted red 'RECEIVED' rubber stamp, as the clerk's office or IIMC adds it."""
    c.saveState()
    c.translate(x, y)
    c.rotate(rng.uniform(-12, 12))
    c.setStrokeColor(STAMP_RED)
    c.setFillColor(STAMP_RED)
    c.setLineWidth(1.6)
    c.roundRect(-62, -24, 124, 50, 6, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 15)
    c.drawCentredString(0, 8, "RECEIVED")
    c.setFont("Courier-Bold", 10)
    c.drawCentredString(0, -6, date_text)
    c.setFont("Helvetica", 6.5)
    c.drawCentredString(0, -18, office)
    c.restoreState()


def letterhead(c: Canvas, w: float, h: float, org: str, lines: list[str], style: int,
               color: Color = INK_BLUE) -> float:
    """Draw a letterhead in one of four styles; return the y below which the body starts."""
    c.saveState()
    c.setFillColor(color)
    if style == 0:  # centred name, rule under it
        c.setFont("Times-Bold", 17)
        c.drawCentredString(w / 2, h - 60, org)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, h - 74, "  |  ".join(lines))
        c.setStrokeColor(color)
        c.line(60, h - 82, w - 60, h - 82)
        top = h - 110
    elif style == 1:  # left block with a coloured square emblem
        c.rect(60, h - 92, 34, 34, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(104, h - 70, org)
        c.setFont("Helvetica", 8)
        for i, line in enumerate(lines):
            c.drawString(104, h - 82 - 9 * i, line)
        top = h - 120 - 9 * max(0, len(lines) - 2)
    elif style == 2:  # full-width band
        c.rect(0, h - 70, w, 70, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.setFont("Helvetica-Bold", 16)
        c.drawString(56, h - 36, org.upper())
        c.setFont("Helvetica", 8)
        c.drawString(56, h - 54, "  \u2022  ".join(lines[:3]))
        top = h - 105
    else:  # right-aligned, small caps feel, address in the footer
        c.setFont("Times-BoldItalic", 15)
        c.drawRightString(w - 60, h - 58, org)
        c.setStrokeColor(color)
        c.setLineWidth(2)
        c.line(w - 260, h - 66, w - 60, h - 66)
        c.setFont("Times-Roman", 8)
        c.drawCentredString(w / 2, 34, " \u2022 ".join(lines))
        top = h - 100
    c.restoreState()
    return top


def watermark(c: Canvas, w: float, h: float, text: str, alpha_grey: float = 0.93) -> None:
    """Large pale diagonal text behind the content (draw it first)."""
    c.saveState()
    c.setFillColor(Color(alpha_grey, alpha_grey, alpha_grey))
    c.translate(w / 2, h / 2)
    c.rotate(35)
    c.setFont("Helvetica-Bold", 54)
    c.drawCentredString(0, 0, text)
    c.restoreState()


def security_background(c: Canvas, w: float, h: float, rng: random.Random) -> None:
    """Security paper: a fine pale guilloche of interfering sine waves over the page."""
    c.saveState()
    c.setStrokeColor(Color(0.86, 0.90, 0.86))
    c.setLineWidth(0.3)
    phase = rng.uniform(0, math.pi)
    for k in range(0, int(h), 14):
        path = c.beginPath()
        path.moveTo(0, k)
        for xx in range(0, int(w) + 8, 8):
            path.lineTo(xx, k + 5 * math.sin(xx / 23.0 + phase + k / 40.0))
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def border(c: Canvas, w: float, h: float, style: int, color: Color = GOLD) -> None:
    """Certificate frames: double rule, ornamented corners, thick-thin, or a dotted chain."""
    c.saveState()
    c.setStrokeColor(color)
    if style == 0:
        c.setLineWidth(3)
        c.rect(24, 24, w - 48, h - 48)
        c.setLineWidth(0.8)
        c.rect(32, 32, w - 64, h - 64)
    elif style == 1:
        c.setLineWidth(1.2)
        c.rect(30, 30, w - 60, h - 60)
        for cx, cy in ((30, 30), (w - 30, 30), (30, h - 30), (w - 30, h - 30)):
            c.circle(cx, cy, 9, stroke=1, fill=0)
            c.circle(cx, cy, 4, stroke=1, fill=0)
    elif style == 2:
        c.setLineWidth(7)
        c.rect(20, 20, w - 40, h - 40)
        c.setLineWidth(0.5)
        c.rect(34, 34, w - 68, h - 68)
    else:
        c.setLineWidth(1)
        c.setDash(2, 3)
        c.rect(28, 28, w - 56, h - 56)
        c.setDash()
        c.setLineWidth(0.5)
        c.rect(36, 36, w - 72, h - 72)
    c.restoreState()
