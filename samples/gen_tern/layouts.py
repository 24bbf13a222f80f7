"""Drawing helpers: letterheads, borders, seals, stamps, signatures, tables, wrapped text."""

import math

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit

PORTRAIT = letter
LANDSCAPE = landscape(letter)

INKS = [
    colors.HexColor(h) for h in ("#1b2a4a", "#5a1e1e", "#1e4a2e", "#333333", "#2c3e6b", "#4b2c5e")
]
FACES = [
    ("Times-Roman", "Times-Bold", "Times-Italic"),
    ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    ("Courier", "Courier-Bold", "Courier-Oblique"),
]


def wrap(c, text, x, y, width, font="Times-Roman", size=11, leading=None, align="left"):
    """Draw wrapped text starting at baseline y; return the y below the last line."""
    leading = leading or size * 1.35
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        if align == "center":
            c.drawCentredString(x + width / 2, y, line)
        elif align == "right":
            c.drawRightString(x + width, y, line)
        else:
            c.drawString(x, y, line)
        y -= leading
    return y


def border(c, w, h, ink, style):
    c.saveState()
    c.setStrokeColor(ink)
    if style == "double":
        c.setLineWidth(3)
        c.rect(28, 28, w - 56, h - 56)
        c.setLineWidth(0.8)
        c.rect(38, 38, w - 76, h - 76)
    elif style == "corners":
        c.setLineWidth(1.5)
        c.rect(36, 36, w - 72, h - 72)
        for x, y in ((36, 36), (w - 36, 36), (36, h - 36), (w - 36, h - 36)):
            c.circle(x, y, 9, stroke=1, fill=0)
    elif style == "guilloche":
        c.setLineWidth(0.4)
        for i in range(6):
            c.rect(26 + i * 2.2, 26 + i * 2.2, w - 52 - i * 4.4, h - 52 - i * 4.4)
    elif style == "band":
        c.setFillColor(ink)
        c.rect(0, 0, 46, h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#c9a227"))
        c.rect(46, 0, 5, h, stroke=0, fill=1)
    c.restoreState()


def seal(c, x, y, r, text, ink):
    """A round seal: two rings, the issuer's name around, a star in the middle."""
    c.saveState()
    c.setStrokeColor(ink)
    c.setFillColor(ink)
    c.setLineWidth(1.6)
    c.circle(x, y, r)
    c.setLineWidth(0.6)
    c.circle(x, y, r - 7)
    c.setFont("Helvetica-Bold", 6.5)
    n = len(text)
    for i, ch in enumerate(text):
        a = math.pi / 2 + math.pi * 0.85 - (i + 0.5) * (2 * math.pi * 0.85) / max(n, 1)
        c.saveState()
        c.translate(x + (r - 5) * math.cos(a) - 0, y + (r - 5) * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, -2, ch)
        c.restoreState()
    p = c.beginPath()
    for k in range(10):
        rr = r * 0.38 if k % 2 == 0 else r * 0.16
        a = math.pi / 2 + k * math.pi / 5
        (p.moveTo if k == 0 else p.lineTo)(x + rr * math.cos(a), y + rr * math.sin(a))
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.restoreState()


def signature(c, x, y, width, name, role, rnd, ink, script=True):
    """A signature scrawl over a rule, with the printed name and role below."""
    c.saveState()
    if script:
        c.setStrokeColor(colors.HexColor("#1a237e"))
        c.setLineWidth(0.9)
        p = c.beginPath()
        px, py = x + 8, y + 8
        p.moveTo(px, py)
        for _i in range(9):
            px += width * 0.08
            py = y + 6 + rnd.uniform(-5, 9)
            p.curveTo(px - 6, py + 8, px - 2, py - 8, px, py)
        c.drawPath(p)
    c.setStrokeColor(ink)
    c.setLineWidth(0.6)
    c.line(x, y, x + width, y)
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 9.5)
    c.drawCentredString(x + width / 2, y - 12, name)
    if role:
        c.setFont("Helvetica-Oblique", 8.5)
        c.drawCentredString(x + width / 2, y - 23, role)
    c.restoreState()


def stamp(c, x, y, text, rnd, ink=colors.HexColor("#8b1a1a")):
    """A rubber stamp box, slightly rotated (text stays in the text layer)."""
    c.saveState()
    c.translate(x, y)
    c.rotate(rnd.uniform(-6, 6))
    c.setStrokeColor(ink)
    c.setFillColor(ink)
    c.setLineWidth(1.4)
    lines = text.split("\n")
    wd = max(c.stringWidth(t, "Courier-Bold", 9) for t in lines) + 14
    c.rect(0, -4 - 11 * (len(lines) - 1), wd, 16 + 11 * (len(lines) - 1))
    c.setFont("Courier-Bold", 9)
    for i, t in enumerate(lines):
        c.drawString(7, 3 - 11 * i, t)
    c.restoreState()


def letterhead(c, w, h, org, lines, ink, align, face):
    """Letterhead at the top: left, centered or right; returns y below it."""
    reg, bold, ital = face
    c.saveState()
    c.setFillColor(ink)
    y = h - 60
    if align == "center":
        c.setFont(bold, 15)
        c.drawCentredString(w / 2, y, org)
        c.setFont(reg, 8.5)
        for i, t in enumerate(lines):
            c.drawCentredString(w / 2, y - 14 - 10.5 * i, t)
        yy = y - 18 - 10.5 * len(lines)
        c.setStrokeColor(ink)
        c.setLineWidth(1.2)
        c.line(72, yy, w - 72, yy)
    elif align == "right":
        c.setFont(bold, 14)
        c.drawRightString(w - 72, y, org)
        c.setFont(reg, 8.5)
        for i, t in enumerate(lines):
            c.drawRightString(w - 72, y - 14 - 10.5 * i, t)
        yy = y - 18 - 10.5 * len(lines)
        c.setStrokeColor(ink)
        c.setLineWidth(0.5)
        c.line(w - 260, yy, w - 72, yy)
    else:
        c.rect(72, y - 14, 30, 30, stroke=0, fill=1)
        c.setFont(bold, 14)
        c.drawString(110, y + 2, org)
        c.setFont(reg, 8.5)
        c.drawString(110, y - 10, "  |  ".join(lines))
        yy = y - 26
        c.setStrokeColor(ink)
        c.setLineWidth(2)
        c.line(72, yy, w - 72, yy)
    c.restoreState()
    return yy - 30


def table(
    c,
    x,
    y,
    cols,
    rows,
    widths,
    font="Helvetica",
    size=8.5,
    head_font="Helvetica-Bold",
    shade=None,
    rule=True,
):
    """A simple ruled table; returns the y below it."""
    lead = size * 1.55
    c.setFont(head_font, size)
    xx = x
    for col, wd in zip(cols, widths, strict=False):
        c.drawString(xx + 2, y, col)
        xx += wd
    if rule:
        c.setLineWidth(0.6)
        c.line(x, y - 3, x + sum(widths), y - 3)
    y -= lead
    c.setFont(font, size)
    for i, row in enumerate(rows):
        if shade is not None and i % 2 == 1:
            c.saveState()
            c.setFillColor(shade)
            c.rect(x, y - 3, sum(widths), lead, stroke=0, fill=1)
            c.restoreState()
        xx = x
        for val, wd in zip(row, widths, strict=False):
            c.drawString(xx + 2, y, str(val))
            xx += wd
        y -= lead
    return y
