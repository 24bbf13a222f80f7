"""Drawing helpers: frames, seals, stamps, signatures, letterheads, tables."""
import math

from reportlab.lib.colors import Color

SERIFS = ["Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"]
SANS = ["Helvetica", "Helvetica-Bold", "Helvetica-Oblique"]


def ink(rng):
    return rng.choice([Color(0.1, 0.15, 0.45), Color(0.45, 0.1, 0.1), Color(0.1, 0.3, 0.2),
                       Color(0.2, 0.2, 0.2)])


def centre(c, text, y, font, size, w):
    c.setFont(font, size)
    c.drawCentredString(w / 2, y, text)


def wrap(c, text, x, y, width, font, size, lead=None):
    """Draw text wrapped to width; return the y below it."""
    lead = lead or size * 1.35
    c.setFont(font, size)
    line = ""
    for word in text.split():
        trial = (line + " " + word).strip()
        if c.stringWidth(trial, font, size) > width and line:
            c.drawString(x, y, line)
            y -= lead
            line = word
        else:
            line = trial
    if line:
        c.drawString(x, y, line)
        y -= lead
    return y


def frame(c, w, h, rng, double=True):
    c.saveState()
    c.setStrokeColor(ink(rng))
    m = rng.choice([24, 30, 36])
    c.setLineWidth(rng.choice([2, 3, 4]))
    c.rect(m, m, w - 2 * m, h - 2 * m)
    if double:
        c.setLineWidth(0.8)
        c.rect(m + 7, m + 7, w - 2 * m - 14, h - 2 * m - 14)
    c.restoreState()


def seal(c, x, y, r, rng, label="SEAL"):
    c.saveState()
    col = rng.choice([Color(0.75, 0.6, 0.1), Color(0.6, 0.1, 0.1), Color(0.2, 0.3, 0.6)])
    c.setStrokeColor(col)
    c.setFillColor(col)
    n = 24
    pts = []
    for i in range(2 * n):
        rr = r if i % 2 == 0 else r * 0.88
        a = math.pi * i / n
        pts.append((x + rr * math.cos(a), y + rr * math.sin(a)))
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    c.drawPath(p, stroke=1, fill=0)
    c.circle(x, y, r * 0.7)
    c.setFont("Helvetica-Bold", max(5, r / 5))
    c.drawCentredString(x, y - r / 12, label)
    c.restoreState()


def signature(c, x, y, name, title, rng, width=170):
    """A scribble over a line, with the typed name and title below it."""
    c.saveState()
    c.setStrokeColor(Color(0.1, 0.1, 0.35))
    c.setLineWidth(0.9)
    p = c.beginPath()
    p.moveTo(x + 5, y + 8)
    for i in range(1, 14):
        p.curveTo(x + i * 11 - 6, y + 8 + rng.uniform(-9, 14), x + i * 11 - 3,
                  y + 8 + rng.uniform(-9, 14), x + i * 11, y + 8 + rng.uniform(-4, 6))
    c.drawPath(p)
    c.setStrokeColor(Color(0, 0, 0))
    c.setLineWidth(0.5)
    c.line(x, y, x + width, y)
    c.setFont(rng.choice(["Helvetica", "Times-Roman"]), 10)
    if name:
        c.drawString(x, y - 12, name)
    c.setFont("Helvetica-Oblique", 8.5)
    if title:
        c.drawString(x, y - 23, title)
    c.restoreState()


def stamp(c, x, y, text, rng, angle=None):
    c.saveState()
    c.translate(x, y)
    c.rotate(angle if angle is not None else rng.uniform(-14, 14))
    col = rng.choice([Color(0.7, 0.1, 0.1, alpha=0.8), Color(0.1, 0.2, 0.6, alpha=0.8)])
    c.setStrokeColor(col)
    c.setFillColor(col)
    c.setLineWidth(1.6)
    tw = c.stringWidth(text, "Helvetica-Bold", 11)
    c.roundRect(-6, -6, tw + 12, 22, 4)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(0, 0, text)
    c.restoreState()


def letterhead(c, w, h, org, lines, rng):
    """Letterhead at the top; returns the y where the body may start."""
    k = rng.randrange(3)
    col = ink(rng)
    c.saveState()
    c.setFillColor(col)
    if k == 0:
        c.setFont("Times-Bold", 18)
        c.drawCentredString(w / 2, h - 60, org)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, h - 74, " | ".join(lines))
        c.setStrokeColor(col)
        c.line(60, h - 82, w - 60, h - 82)
        y = h - 115
    elif k == 1:
        c.rect(0, h - 70, w, 70, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.setFont("Helvetica-Bold", 16)
        c.drawString(60, h - 42, org)
        c.setFont("Helvetica", 8.5)
        c.drawString(60, h - 58, "  ".join(lines))
        y = h - 110
    else:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, h - 55, org.upper())
        c.setFont("Helvetica", 8.5)
        for i, ln in enumerate(lines):
            c.drawRightString(w - 60, h - 45 - 11 * i, ln)
        c.setStrokeColor(col)
        c.setLineWidth(2)
        c.line(60, h - 85, w - 60, h - 85)
        y = h - 120
    c.restoreState()
    return y


def footer(c, w, text, rng):
    c.saveState()
    c.setFont(rng.choice(["Helvetica", "Times-Italic"]), 7.5)
    c.setFillColor(Color(0.35, 0.35, 0.35))
    c.drawCentredString(w / 2, 34, text)
    c.restoreState()


def table(c, x, y, cols, rows, widths, rng, size=9):
    """A ruled table; returns the y below it."""
    c.saveState()
    rh = size + 7
    c.setLineWidth(0.5)
    tw = sum(widths)
    c.setFillColor(Color(0.88, 0.9, 0.93))
    c.rect(x, y - rh + 4, tw, rh, stroke=0, fill=1)
    c.setFillColor(Color(0, 0, 0))
    for r_i, row in enumerate([cols] + rows):
        cx = x
        c.setFont("Helvetica-Bold" if r_i == 0 else "Helvetica", size)
        for cell, wd in zip(row, widths, strict=False):
            c.drawString(cx + 3, y - rh + 9, str(cell))
            cx += wd
        c.line(x, y - rh + 4, x + tw, y - rh + 4)
        y -= rh
    c.restoreState()
    return y - 6
