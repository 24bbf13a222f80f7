"""What the paper looks like apart from the words: borders, seals, signatures, stamps,
watermarks, security backgrounds and letterheads.

All drawing is seeded by the caller's `random.Random`, so the same document is drawn the
same way every run.
"""
from __future__ import annotations

import math
import random

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

NAVY = HexColor("#1d2f5a")
MAROON = HexColor("#6b1d2a")
FOREST = HexColor("#1f4d36")
GOLD = HexColor("#a8842c")
INK = HexColor("#1a1a1a")
STAMP_RED = HexColor("#b3242b")
BALLPOINT = HexColor("#23338a")


def border(c: Canvas, w: float, h: float, color: Color, style: str) -> None:
    """A frame: double rules, a rope of loops, or thin corners only."""
    c.saveState()
    c.setStrokeColor(color)
    if style == "double":
        c.setLineWidth(3)
        c.rect(24, 24, w - 48, h - 48)
        c.setLineWidth(0.8)
        c.rect(34, 34, w - 68, h - 68)
    elif style == "rope":
        c.setLineWidth(0.6)
        for inset in (22, 40):
            c.rect(inset, inset, w - 2 * inset, h - 2 * inset)
        step = 9.0
        for x0, y0, x1, _y1 in ((31, 31, w - 31, 31), (31, h - 31, w - 31, h - 31)):
            x = x0
            while x < x1:
                c.circle(x, y0, 5, stroke=1, fill=0)
                x += step
        for x0 in (31, w - 31):
            y = 31.0
            while y < h - 31:
                c.circle(x0, y, 5, stroke=1, fill=0)
                y += step
    elif style == "corners":
        c.setLineWidth(1.4)
        arm = 60
        for cx, cy, dx, dy in ((30, 30, 1, 1), (w - 30, 30, -1, 1), (30, h - 30, 1, -1), (w - 30, h - 30, -1, -1)):
            c.line(cx, cy, cx + dx * arm, cy)
            c.line(cx, cy, cx, cy + dy * arm)
    c.restoreState()


def security_background(c: Canvas, w: float, h: float, color: Color, rng: random.Random) -> None:
    """Fine wavy lines like bank-note paper, pale enough to print over."""
    c.saveState()
    c.setStrokeColor(color)
    c.setStrokeAlpha(0.18)
    c.setLineWidth(0.35)
    phase = rng.uniform(0, math.pi)
    for row in range(0, int(h), 7):
        p = c.beginPath()
        p.moveTo(0, row)
        for x in range(0, int(w) + 6, 6):
            p.lineTo(x, row + 2.5 * math.sin(x / 23.0 + phase + row / 40.0))
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def watermark(c: Canvas, w: float, h: float, text: str) -> None:
    c.saveState()
    c.setFillGray(0.91)
    c.setFont("Helvetica-Bold", 70)
    c.translate(w / 2, h / 2)
    c.rotate(32)
    c.drawCentredString(0, 0, text)
    c.restoreState()


def seal(c: Canvas, x: float, y: float, r: float, ring_text: str, color: Color) -> None:
    """An embossed-looking seal: serrated edge, two rings, text around, a star inside."""
    c.saveState()
    c.setStrokeColor(color)
    c.setFillColor(color)
    p = c.beginPath()
    teeth = 48
    for i in range(teeth * 2 + 1):
        a = math.pi * i / teeth
        rr = r if i % 2 == 0 else r * 0.93
        px, py = x + rr * math.cos(a), y + rr * math.sin(a)
        p.moveTo(px, py) if i == 0 else p.lineTo(px, py)
    c.setLineWidth(0.8)
    c.drawPath(p, stroke=1, fill=0)
    c.circle(x, y, r * 0.82, stroke=1, fill=0)
    c.circle(x, y, r * 0.55, stroke=1, fill=0)
    size = r * 0.16
    c.setFont("Times-Bold", size)
    n = len(ring_text)
    for i, ch in enumerate(ring_text):
        a = math.pi / 2 + math.pi * 0.92 - (2 * math.pi * 0.92) * i / max(n, 1)
        c.saveState()
        c.translate(x + r * 0.68 * math.cos(a), y + r * 0.68 * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, -size / 3, ch)
        c.restoreState()
    star = c.beginPath()
    for i in range(11):
        a = math.pi / 2 + math.pi * i / 5
        rr = r * 0.38 if i % 2 == 0 else r * 0.16
        px, py = x + rr * math.cos(a), y + rr * math.sin(a)
        star.moveTo(px, py) if i == 0 else star.lineTo(px, py)
    c.drawPath(star, stroke=0, fill=1)
    c.restoreState()


def signature(c: Canvas, x: float, y: float, width: float, rng: random.Random, color: Color = BALLPOINT) -> None:
    """A signature as a pen would leave it: a run of loops drawn as Bezier curves."""
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(1.1)
    p = c.beginPath()
    p.moveTo(x, y + rng.uniform(2, 8))
    cx = x
    while cx < x + width:
        step = rng.uniform(8, 20)
        h = rng.uniform(6, 18)
        p.curveTo(cx + step * 0.3, y + h, cx + step * 0.7, y - h * 0.4, cx + step, y + rng.uniform(-2, 5))
        cx += step
    c.drawPath(p, stroke=1, fill=0)
    c.line(x + width * 0.1, y - 4, x + width * 0.9, y - 2)
    c.restoreState()


def signature_block(c: Canvas, x: float, y: float, name: str, role: str, rng: random.Random,
                    font: str = "Helvetica", centred: bool = True) -> None:
    """A signature over a rule, with the printed name and the role under it."""
    width = 170
    left = x - width / 2 if centred else x
    signature(c, left + 12, y + 10, width - 30, rng)
    c.setStrokeGray(0.3)
    c.setLineWidth(0.5)
    c.line(left, y + 4, left + width, y + 4)
    c.setFillColor(INK)
    c.setFont(font, 9.5)
    draw = c.drawCentredString if centred else c.drawString
    draw(left + width / 2 if centred else left, y - 8, name)
    if role:
        c.setFont(font, 8)
        draw(left + width / 2 if centred else left, y - 18, role)


def received_stamp(c: Canvas, x: float, y: float, date_text: str, angle: float) -> None:
    """An office's rubber stamp: RECEIVED over a date, in red, slightly crooked."""
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setStrokeColor(STAMP_RED)
    c.setFillColor(STAMP_RED)
    c.setLineWidth(1.6)
    c.roundRect(-62, -22, 124, 44, 6, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 14)
    c.drawCentredString(0, 4, "RECEIVED")
    c.setFont("Courier-Bold", 9)
    c.drawCentredString(0, -13, date_text.upper())
    c.restoreState()


def qr_box(c: Canvas, x: float, y: float, size: float, rng: random.Random) -> None:
    """A verification code square: three finder squares and a seeded module grid."""
    n = 21
    m = size / n
    c.saveState()
    c.setFillColor(INK)
    for row in range(n):
        for col in range(n):
            finder = (row < 7 and col < 7) or (row < 7 and col >= n - 7) or (row >= n - 7 and col < 7)
            if finder:
                rr, cc = row % 14 if row < 7 else row - (n - 7), col if col < 7 else col - (n - 7)
                on = rr in (0, 6) or cc in (0, 6) or (2 <= rr <= 4 and 2 <= cc <= 4)
            else:
                on = rng.random() < 0.45
            if on:
                c.rect(x + col * m, y + (n - 1 - row) * m, m, m, stroke=0, fill=1)
    c.restoreState()


def handwritten(c: Canvas, x: float, y: float, lines: list[str], angle: float = 4.0) -> None:
    """A note added by hand in ballpoint, slanted."""
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setFillColor(BALLPOINT)
    c.setFont("Times-Italic", 12)
    for i, line in enumerate(lines):
        c.drawString(0, -i * 15, line)
    c.restoreState()


def letterhead(c: Canvas, w: float, h: float, name: str, lines: list[str], style: str, color: Color) -> float:
    """A letterhead; returns the y below it where the letter may start."""
    c.saveState()
    if style == "banner":
        c.setFillColor(color)
        c.rect(0, h - 78, w, 78, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(54, h - 40, name)
        c.setFont("Helvetica", 8.5)
        c.drawString(54, h - 58, "  \u2022  ".join(lines))
        top = h - 110
    elif style == "centred":
        c.setFillColor(color)
        c.setFont("Times-Bold", 18)
        c.drawCentredString(w / 2, h - 60, name.upper())
        c.setFont("Times-Roman", 9.5)
        for i, line in enumerate(lines):
            c.drawCentredString(w / 2, h - 76 - i * 11, line)
        c.setStrokeColor(color)
        c.setLineWidth(1.2)
        y = h - 82 - len(lines) * 11
        c.line(60, y, w - 60, y)
        top = y - 30
    else:  # "left": crest-like emblem at the left, text beside it, rule at the right
        c.setStrokeColor(color)
        c.setFillColor(color)
        c.setLineWidth(1.5)
        c.circle(78, h - 70, 22, stroke=1, fill=0)
        c.setFont("Times-Bold", 16)
        c.drawCentredString(78, h - 76, name[:1])
        c.setFont("Helvetica-Bold", 13)
        c.drawString(112, h - 62, name)
        c.setFont("Helvetica", 8.5)
        for i, line in enumerate(lines):
            c.drawString(112, h - 76 - i * 10, line)
        top = h - 120
    c.restoreState()
    return top
