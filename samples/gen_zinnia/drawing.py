"""Drawing primitives: security paper (guilloche), seals, stamps, letterheads, text blocks."""

from __future__ import annotations

import math

from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit

PORTRAIT = letter
LANDSCAPE = landscape(letter)


def new_page(c, size):
    c.setPageSize(size)
    return size


def guilloche(c, w, h, color, rng, margin=28):
    """A security-paper border: interlaced sine bands and a faint rosette in the middle."""
    r, g, b = color
    c.saveState()
    c.setStrokeColorRGB(min(1, r + 0.45), min(1, g + 0.45), min(1, b + 0.45))
    c.setLineWidth(0.35)
    phase = rng.uniform(0, math.pi)
    for k in range(7):
        for edge in ("top", "bottom"):
            p = c.beginPath()
            y0 = h - margin - 9 if edge == "top" else margin + 9
            for i in range(0, 241):
                x = margin + (w - 2 * margin) * i / 240
                y = y0 + 8 * math.sin(i / 6.0 + phase + k * 0.9)
                p.moveTo(x, y) if i == 0 else p.lineTo(x, y)
            c.drawPath(p, stroke=1, fill=0)
        for edge in ("left", "right"):
            p = c.beginPath()
            x0 = margin + 9 if edge == "left" else w - margin - 9
            for i in range(0, 181):
                y = margin + (h - 2 * margin) * i / 180
                x = x0 + 8 * math.sin(i / 5.0 + phase + k * 0.9)
                p.moveTo(x, y) if i == 0 else p.lineTo(x, y)
            c.drawPath(p, stroke=1, fill=0)
    c.setStrokeColorRGB(min(1, r + 0.62), min(1, g + 0.62), min(1, b + 0.62))
    cx, cy = w / 2, h / 2
    for k in range(24):
        p = c.beginPath()
        for i in range(0, 361, 3):
            t = math.radians(i)
            rad = 150 + 28 * math.sin(7 * t + k * 0.26)
            x, y = cx + rad * math.cos(t), cy + 0.62 * rad * math.sin(t)
            p.moveTo(x, y) if i == 0 else p.lineTo(x, y)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def frame(c, w, h, color, double=True, margin=24):
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setLineWidth(3)
    c.rect(margin, margin, w - 2 * margin, h - 2 * margin)
    if double:
        c.setLineWidth(0.8)
        c.rect(margin + 7, margin + 7, w - 2 * margin - 14, h - 2 * margin - 14)
    c.restoreState()


def seal(c, cx, cy, r, text, color, embossed=False):
    """A round seal with its legend set around the rim."""
    c.saveState()
    if embossed:
        c.setStrokeColorRGB(0.78, 0.78, 0.74)
        c.setFillColorRGB(0.93, 0.93, 0.90)
    else:
        c.setStrokeColorRGB(*color)
        c.setFillColorRGB(*color)
    c.setLineWidth(1.6)
    c.circle(cx, cy, r, stroke=1, fill=0)
    c.circle(cx, cy, r * 0.72, stroke=1, fill=0)
    for i in range(36):
        a = math.radians(i * 10)
        c.line(cx + r * 0.76 * math.cos(a), cy + r * 0.76 * math.sin(a),
               cx + r * 0.80 * math.cos(a), cy + r * 0.80 * math.sin(a))
    c.setFont("Times-Bold", max(5, r / 6.5))
    legend = text.upper() + "  *  "
    n = len(legend)
    for i, ch in enumerate(legend):
        a = math.pi / 2 - 2 * math.pi * i / n
        c.saveState()
        c.translate(cx + r * 0.86 * math.cos(a), cy + r * 0.86 * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    c.setFont("Times-Bold", r / 3.2)
    c.drawCentredString(cx, cy - r / 9, "SEAL")
    c.restoreState()


def stamp(c, x, y, lines, angle, color=(0.55, 0.1, 0.12)):
    """A rubber stamp (RECEIVED / COPY), rotated, in a box."""
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(1.8)
    width = max(c.stringWidth(s, "Helvetica-Bold", 11) for s in lines) + 16
    height = 15 * len(lines) + 8
    c.roundRect(0, 0, width, height, 4)
    for i, s in enumerate(lines):
        c.setFont("Helvetica-Bold", 11 if i == 0 else 9)
        c.drawCentredString(width / 2, height - 16 - 15 * i, s)
    c.restoreState()


def signature(c, x, y, rng, width=120):
    """A scrawled signature: strokes only, no text."""
    c.saveState()
    c.setStrokeColorRGB(0.08, 0.12, 0.38)
    c.setLineWidth(1.1)
    p = c.beginPath()
    p.moveTo(x, y)
    n = rng.randint(5, 8)
    for i in range(1, n + 1):
        p.curveTo(x + width * (i - 0.7) / n, y + rng.uniform(6, 20),
                  x + width * (i - 0.3) / n, y - rng.uniform(2, 10),
                  x + width * i / n, y + rng.uniform(-3, 6))
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def sign_block(c, x, y, name, role, rng, width=170, font="Helvetica"):
    signature(c, x + 10, y + 12, rng, width - 40)
    c.setLineWidth(0.6)
    c.line(x, y, x + width, y)
    c.setFont(font, 10)
    c.drawString(x, y - 12, name)
    if role:
        c.setFont(font + ("-Oblique" if font == "Helvetica" else ""), 8.5)
        c.drawString(x, y - 23, role)


def paragraph(c, text, x, y, width, font="Times-Roman", size=11, leading=None):
    """Draw wrapped text from the top line at `y`; returns the y below it."""
    leading = leading or size * 1.35
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    return y


def centred(c, text, y, w, font, size, color=(0, 0, 0)):
    c.setFillColorRGB(*color)
    c.setFont(font, size)
    c.drawCentredString(w / 2, y, text)
    c.setFillColorRGB(0, 0, 0)


def letterhead(c, style, org, address, w, h, rng, color=(0.1, 0.2, 0.4), sub=None):
    """Letterheads in several styles; returns the y where the body may begin."""
    c.saveState()
    if style == "rule":
        c.setFillColorRGB(*color)
        c.setFont("Times-Bold", 17)
        c.drawCentredString(w / 2, h - 60, org)
        c.setFont("Times-Roman", 9.5)
        c.setFillColorRGB(0.25, 0.25, 0.25)
        c.drawCentredString(w / 2, h - 74, address)
        if sub:
            c.drawCentredString(w / 2, h - 86, sub)
        c.setStrokeColorRGB(*color)
        c.setLineWidth(1.4)
        c.line(60, h - 94, w - 60, h - 94)
        y = h - 125
    elif style == "bar":
        c.setFillColorRGB(*color)
        c.rect(0, h - 80, 22, 80, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, h - 45, org.upper())
        c.setFont("Helvetica", 8.5)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawString(40, h - 60, address)
        if sub:
            c.drawString(40, h - 71, sub)
        y = h - 115
    elif style == "banner":
        c.setFillColorRGB(*color)
        c.rect(0, h - 70, w, 70, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(50, h - 38, org)
        c.setFont("Helvetica", 8.5)
        c.drawString(50, h - 54, address + (f"  |  {sub}" if sub else ""))
        y = h - 110
    else:  # "side": name at left, address column at right
        c.setFillColorRGB(*color)
        seal(c, 78, h - 62, 26, org[:28], color)
        c.setFont("Times-Bold", 14)
        c.drawString(115, h - 55, org)
        c.setFont("Times-Italic", 9)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        for i, part in enumerate(address.split(", ")):
            c.drawRightString(w - 50, h - 40 - 11 * i, part)
        if sub:
            c.drawString(115, h - 69, sub)
        y = h - 120
    c.restoreState()
    return y


def footer(c, text, w, size=7.5):
    c.saveState()
    c.setFont("Helvetica", size)
    c.setFillColorRGB(0.4, 0.4, 0.4)
    c.drawCentredString(w / 2, 30, text)
    c.restoreState()


def table(c, x, y, rows, widths, font="Helvetica", size=9, header=True, leading=14, grid=True):
    """A simple ruled table; returns the y below it."""
    c.saveState()
    total = sum(widths)
    for r, row in enumerate(rows):
        c.setFont(font + ("-Bold" if header and r == 0 else ""), size)
        cx = x
        for cell, wd in zip(row, widths, strict=False):
            c.drawString(cx + 3, y - leading + 4, str(cell))
            cx += wd
        if grid:
            c.setLineWidth(0.4)
            c.line(x, y - leading, x + total, y - leading)
        y -= leading
    if grid:
        c.setLineWidth(0.6)
        c.rect(x, y, total, leading * len(rows))
    c.restoreState()
    return y - 8
