"""Marks of real paper drawn with reportlab: borders, seals, signatures, stamps, logos.

Signatures are Bézier scribbles (no text layer, like ink), seals are rings of small text,
the "RECEIVED" stamp is rotated and coloured as an office's date stamp; none of them adds
words that could be mistaken for a fact of the document except where a real one would
(the stamp's date is the day the IIMC received the mail, not a date of the work).
"""

from __future__ import annotations

import math
from random import Random

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

INK = HexColor("#1b2a4a")
GREY = HexColor("#666666")


def border(c: Canvas, w: float, h: float, style: int, color: Color = INK) -> None:
    c.saveState()
    c.setStrokeColor(color)
    if style == 0:  # double rule
        c.setLineWidth(3)
        c.rect(24, 24, w - 48, h - 48)
        c.setLineWidth(0.8)
        c.rect(32, 32, w - 64, h - 64)
    elif style == 1:  # guilloche-like band of loops
        c.setLineWidth(0.4)
        for i in range(0, int(w - 60), 9):
            c.circle(30 + i, 30, 7)
            c.circle(30 + i, h - 30, 7)
        for j in range(0, int(h - 60), 9):
            c.circle(30, 30 + j, 7)
            c.circle(w - 30, 30 + j, 7)
    elif style == 2:  # corner brackets
        c.setLineWidth(2)
        for x, y, dx, dy in ((40, 40, 1, 1), (w - 40, 40, -1, 1), (40, h - 40, 1, -1),
                             (w - 40, h - 40, -1, -1)):
            c.line(x, y, x + 60 * dx, y)
            c.line(x, y, x, y + 60 * dy)
    else:  # thin single rule with a shaded band
        c.setFillColor(HexColor("#eef2f7"))
        c.rect(18, 18, w - 36, h - 36, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.rect(34, 34, w - 68, h - 68, stroke=0, fill=1)
        c.setLineWidth(1)
        c.rect(34, 34, w - 68, h - 68)
    c.restoreState()


def watermark(c: Canvas, w: float, h: float, text: str) -> None:
    """Faint diagonal repeated text of security paper."""
    c.saveState()
    c.setFillColor(HexColor("#f1f1f1"))
    c.setFont("Helvetica", 9)
    c.translate(w / 2, h / 2)
    c.rotate(30)
    for row in range(-14, 15):
        c.drawString(-w, row * 34, ("  " + text) * 12)
    c.restoreState()


def seal(c: Canvas, x: float, y: float, r: float, text: str, color: Color = INK) -> None:
    c.saveState()
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setLineWidth(1.2)
    c.circle(x, y, r)
    c.circle(x, y, r * 0.72)
    for k in range(36):  # serrated edge
        a = 2 * math.pi * k / 36
        c.line(x + r * math.cos(a), y + r * math.sin(a),
               x + (r + 4) * math.cos(a), y + (r + 4) * math.sin(a))
    c.setFont("Helvetica-Bold", max(5.0, r / 6))
    n = len(text)
    for i, ch in enumerate(text):
        a = math.pi / 2 - 2 * math.pi * i / n
        c.saveState()
        c.translate(x + r * 0.86 * math.cos(a), y + r * 0.86 * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, -2, ch)
        c.restoreState()
    c.setFont("Times-Bold", r / 2.2)
    c.drawCentredString(x, y - r / 6, "★")
    c.restoreState()


def signature(c: Canvas, x: float, y: float, rng: Random, width: float = 120) -> None:
    """A handwritten-looking scribble drawn as curves (no text)."""
    c.saveState()
    c.setStrokeColor(HexColor(rng.choice(["#14213d", "#1d3557", "#202020", "#0b3d91"])))
    c.setLineWidth(rng.uniform(0.8, 1.4))
    p = c.beginPath()
    p.moveTo(x, y)
    cx = x
    for _ in range(rng.randint(5, 8)):
        step = width / 7
        p.curveTo(cx + step * 0.3, y + rng.uniform(4, 16), cx + step * 0.7,
                  y - rng.uniform(2, 10), cx + step, y + rng.uniform(-3, 5))
        cx += step
    c.drawPath(p, stroke=1, fill=0)
    c.line(x + width * 0.1, y - 6, x + width * 0.9, y - 3)
    c.restoreState()


def sign_block(c: Canvas, x: float, y: float, name: str, title: str, rng: Random,
               centred: bool = False, font: str = "Helvetica", size: float = 9) -> None:
    """Signature scribble over a rule, then the printed name and title below."""
    sx = x - 60 if centred else x
    signature(c, sx, y + 14, rng)
    c.setLineWidth(0.5)
    c.line(sx - 10, y + 6, sx + 140, y + 6)
    c.setFont(font, size)
    if centred:
        c.drawCentredString(x + 10, y - 6, name)
        c.setFont(font, size - 1)
        c.drawCentredString(x + 10, y - 17, title)
    else:
        c.drawString(sx, y - 6, name)
        c.setFont(font, size - 1)
        c.drawString(sx, y - 17, title)


def received_stamp(c: Canvas, x: float, y: float, date_text: str, angle: float) -> None:
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    red = HexColor("#b3261e")
    c.setStrokeColor(red)
    c.setFillColor(red)
    c.setLineWidth(1.5)
    c.roundRect(-62, -22, 124, 44, 6)
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(0, 5, "RECEIVED")
    c.setFont("Helvetica", 8)
    c.drawCentredString(0, -12, date_text + "  EDUCATION DEPT.")
    c.restoreState()


def initials_logo(c: Canvas, x: float, y: float, letters: str, size: float, shape: int,
                  color: Color = INK) -> None:
    c.saveState()
    c.setFillColor(color)
    c.setStrokeColor(color)
    if shape == 0:
        c.circle(x + size / 2, y + size / 2, size / 2, stroke=0, fill=1)
    elif shape == 1:
        c.rect(x, y, size, size, stroke=0, fill=1)
    else:
        p = c.beginPath()
        p.moveTo(x + size / 2, y + size)
        p.lineTo(x + size, y + size / 2)
        p.lineTo(x + size / 2, y)
        p.lineTo(x, y + size / 2)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(HexColor("#ffffff"))
    c.setFont("Times-Bold", size * 0.38)
    c.drawCentredString(x + size / 2, y + size * 0.36, letters)
    c.restoreState()


def letterhead(c: Canvas, w: float, h: float, org: str, lines: list[str], rng: Random,
               style: int, color: Color = INK) -> float:
    """Draw a letterhead; returns the y below it where the body may start."""
    letters = "".join(p[0] for p in org.replace("&", "").split() if p[0].isupper())[:3]
    c.saveState()
    c.setFillColor(color)
    if style == 0:  # logo left, name right of it, rule under
        initials_logo(c, 60, h - 100, letters, 48, rng.randint(0, 2), color)
        c.setFont("Times-Bold", 17)
        c.drawString(120, h - 70, org)
        c.setFont("Times-Roman", 9)
        for i, ln in enumerate(lines):
            c.drawString(120, h - 84 - 11 * i, ln)
        c.setStrokeColor(color)
        c.line(60, h - 110, w - 60, h - 110)
        y = h - 140
    elif style == 1:  # centred caps
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(w / 2, h - 60, org.upper())
        c.setFont("Helvetica", 8.5)
        c.drawCentredString(w / 2, h - 74, "  |  ".join(lines))
        c.setStrokeColor(color)
        c.setLineWidth(2)
        c.line(w / 2 - 150, h - 82, w / 2 + 150, h - 82)
        y = h - 115
    else:  # coloured band with white text
        c.rect(0, h - 80, w, 80, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont("Helvetica-Bold", 16)
        c.drawString(60, h - 45, org)
        c.setFont("Helvetica", 8)
        c.drawString(60, h - 60, "   ".join(lines))
        y = h - 115
    c.restoreState()
    return y


def footer(c: Canvas, w: float, text: str, size: float = 7) -> None:
    c.saveState()
    c.setFont("Helvetica-Oblique", size)
    c.setFillColor(GREY)
    c.drawCentredString(w / 2, 30, text)
    c.restoreState()


def wrap(c: Canvas, text: str, x: float, y: float, width: float, font: str, size: float,
         leading: float | None = None) -> float:
    """Draw wrapped text; returns the next y."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    leading = leading or size * 1.35
    c.setFont(font, size)
    for para in text.split("\n"):
        line = ""
        for word in para.split():
            trial = (line + " " + word).strip()
            if stringWidth(trial, font, size) > width and line:
                c.drawString(x, y, line)
                y -= leading
                line = word
            else:
                line = trial
        if line:
            c.drawString(x, y, line)
        y -= leading
    return y
