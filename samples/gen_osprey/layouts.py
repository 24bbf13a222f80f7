"""Page layouts drawn with reportlab's standard fonts: certificates, letters, tables."""

import math

from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit

PORTRAIT = letter
LANDSCAPE = landscape(letter)


def wrap(c, text, x, y, width, font="Times-Roman", size=11.5, leading=None):
    """Draw wrapped text starting at baseline y; returns the y below the paragraph."""
    leading = leading or size * 1.35
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        c.drawString(x, y, line)
        y -= leading
    return y


def centred(c, text, y, font, size, width=None):
    width = width or c._pagesize[0]
    c.setFont(font, size)
    c.drawCentredString(width / 2, y, text)


def border(c, style, grey=0.35):
    w, h = c._pagesize
    c.setStrokeGray(grey)
    if style == "double":
        c.setLineWidth(3)
        c.rect(24, 24, w - 48, h - 48)
        c.setLineWidth(0.8)
        c.rect(34, 34, w - 68, h - 68)
    elif style == "rope":
        c.setLineWidth(1.2)
        for i in range(0, int(w - 60), 9):
            c.circle(30 + i, 30, 3)
            c.circle(30 + i, h - 30, 3)
        for i in range(0, int(h - 60), 9):
            c.circle(30, 30 + i, 3)
            c.circle(w - 30, 30 + i, 3)
    else:
        c.setLineWidth(1.5)
        c.rect(40, 40, w - 80, h - 80)
        c.line(40, h - 110, w - 40, h - 110)
    c.setStrokeGray(0)


def seal(c, x, y, r, ring_text):
    """A round seal with its text set along the ring."""
    c.setStrokeColorRGB(0.55, 0.42, 0.1)
    c.setLineWidth(2)
    c.circle(x, y, r)
    c.setLineWidth(0.6)
    c.circle(x, y, r - 9)
    for k in range(24):
        a = 2 * math.pi * k / 24
        c.line(x + (r - 20) * math.cos(a), y + (r - 20) * math.sin(a),
               x + (r - 14) * math.cos(a), y + (r - 14) * math.sin(a))
    c.setFillColorRGB(0.55, 0.42, 0.1)
    c.setFont("Helvetica-Bold", 5.5)
    n = len(ring_text)
    for i, ch in enumerate(ring_text):
        a = math.pi / 2 - 2 * math.pi * i / n
        c.saveState()
        c.translate(x + (r - 6) * math.cos(a) - 1.5, y + (r - 6) * math.sin(a) - 2)
        c.rotate(math.degrees(a) - 90)
        c.drawString(0, 0, ch)
        c.restoreState()
    c.setFillGray(0)
    c.setStrokeGray(0)


def stamp(c, x, y, lines, angle=8, rgb=(0.75, 0.1, 0.12)):
    """A rubber stamp such as RECEIVED with a date under it."""
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setStrokeColorRGB(*rgb)
    c.setFillColorRGB(*rgb)
    c.setLineWidth(1.8)
    c.roundRect(-6, -8 - 14 * (len(lines) - 1), 150, 26 + 14 * (len(lines) - 1), 5)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(4, 4, lines[0])
    c.setFont("Courier-Bold", 10)
    for i, line in enumerate(lines[1:]):
        c.drawString(4, -10 - 14 * i, line)
    c.restoreState()


def signature(c, x, y, name, role, script=True, width=190):
    """A signature line: a slanted 'handwritten' name above, the typed name below."""
    if script:
        c.saveState()
        c.setFillColorRGB(0.08, 0.12, 0.45)
        c.translate(x + 6, y + 6)
        c.skew(0, 12)
        c.setFont("Times-Italic", 17)
        c.drawString(0, 0, _scribble(name))
        c.restoreState()
    c.setLineWidth(0.6)
    c.line(x, y, x + width, y)
    c.setFont("Helvetica", 9.5)
    c.drawString(x, y - 12, name)
    if role:
        c.setFont("Helvetica-Oblique", 8.5)
        for i, part in enumerate(role.split("\n")):
            c.drawString(x, y - 24 - 11 * i, part)


def _scribble(name):
    """Initials and a surname as a hurried hand would write them (not the typed name)."""
    parts = name.replace(",", "").split()
    return "".join(p[0] for p in parts[:-1]) + " " + parts[-1][:4] + "~"


def letterhead(c, name, lines, style):
    w, h = c._pagesize
    if style == "two_column":
        c.setFont("Times-Bold", 15)
        c.drawString(60, h - 62, name)
        c.setFont("Helvetica", 8)
        for i, line in enumerate(lines):
            c.drawRightString(w - 60, h - 52 - 10 * i, line)
        c.setLineWidth(1.2)
        c.line(60, h - 84, w - 60, h - 84)
        return h - 120
    if style == "banner":
        c.setFillColorRGB(0.12, 0.26, 0.38)
        c.rect(0, h - 78, w, 78, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(60, h - 42, name)
        c.setFont("Helvetica", 8.5)
        c.drawString(60, h - 58, "  |  ".join(lines))
        c.setFillGray(0)
        return h - 115
    centred(c, name.upper(), h - 60, "Times-Bold", 14)
    c.setFont("Times-Italic", 9)
    for i, line in enumerate(lines):
        c.drawCentredString(w / 2, h - 75 - 11 * i, line)
    return h - 95 - 11 * len(lines)


def footer(c, text, page=None, pages=None):
    w = c._pagesize[0]
    c.setFont("Helvetica", 7)
    c.setFillGray(0.35)
    c.drawString(60, 30, text)
    if page:
        c.drawRightString(w - 60, 30, f"Page {page} of {pages}")
    c.setFillGray(0)


def table(c, x, y, widths, rows, size=8.5, head=True, leading=13):
    """A plain grid table; the first row is a header when head is set."""
    total = sum(widths)
    for r, row in enumerate(rows):
        font = "Helvetica-Bold" if head and r == 0 else "Helvetica"
        c.setFont(font, size)
        cx = x
        for cell, wd in zip(row, widths, strict=True):
            c.drawString(cx + 3, y - leading + 4, str(cell))
            cx += wd
        c.setLineWidth(0.4)
        c.line(x, y - leading, x + total, y - leading)
        y -= leading
    c.line(x, y, x, y + leading * len(rows))
    c.line(x + total, y, x + total, y + leading * len(rows))
    return y
