"""reportlab helpers for the cedar set: fonts, borders, seals, stamps, letterheads,
signatures, wrapped text and tables.  Standard fonts only (real text layers)."""
from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

SERIF = "Times-Roman"
SERIF_B = "Times-Bold"
SERIF_I = "Times-Italic"
SERIF_BI = "Times-BoldItalic"
SANS = "Helvetica"
SANS_B = "Helvetica-Bold"
SANS_I = "Helvetica-Oblique"
MONO = "Courier"
MONO_B = "Courier-Bold"

NAVY = colors.HexColor("#1f2f5a")
MAROON = colors.HexColor("#6b1f2a")
FOREST = colors.HexColor("#1f4d33")
GOLD = colors.HexColor("#b08d2c")
SLATE = colors.HexColor("#44505e")
RED = colors.HexColor("#b3202a")
STAMP_BLUE = colors.HexColor("#2a3f9a")


def text(c, x, y, s, font=SANS, size=10, color=colors.black, align="left"):
    c.setFillColor(color)
    c.setFont(font, size)
    if align == "center":
        c.drawCentredString(x, y, s)
    elif align == "right":
        c.drawRightString(x, y, s)
    else:
        c.drawString(x, y, s)


def wrap(s, font, size, width):
    words, lines, cur = s.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def para(c, x, y, s, width, font=SERIF, size=11, leading=None, color=colors.black, align="left"):
    """Draw a wrapped paragraph from baseline y downwards; returns the y below it."""
    leading = leading or size * 1.35
    for line in wrap(s, font, size, width):
        if align == "center":
            text(c, x + width / 2, y, line, font, size, color, "center")
        else:
            text(c, x, y, line, font, size, color)
        y -= leading
    return y


def paras(c, x, y, blocks, width, font=SERIF, size=11, gap=8):
    for b in blocks:
        y = para(c, x, y, b, width, font, size) - gap
    return y


def table(c, x, y, widths, rows, font=SANS, size=9, head_font=SANS_B, row_h=None,
          grid=True, head_fill=colors.HexColor("#e4e7ec"), zebra=None):
    """rows[0] is the header. Returns the y below the table."""
    row_h = row_h or size * 1.9
    total = sum(widths)
    for i, row in enumerate(rows):
        top = y - i * row_h
        if i == 0 and head_fill is not None:
            c.setFillColor(head_fill)
            c.rect(x, top - row_h, total, row_h, stroke=0, fill=1)
        elif zebra is not None and i % 2 == 0:
            c.setFillColor(zebra)
            c.rect(x, top - row_h, total, row_h, stroke=0, fill=1)
        cx = x
        for j, cell in enumerate(row):
            f = head_font if i == 0 else font
            s = str(cell)
            if j > 0 and _numeric(s):
                text(c, cx + widths[j] - 4, top - row_h + row_h * 0.32, s, f, size, align="right")
            else:
                text(c, cx + 4, top - row_h + row_h * 0.32, s, f, size)
            cx += widths[j]
    if grid:
        c.setStrokeColor(colors.HexColor("#7a7f88"))
        c.setLineWidth(0.5)
        n = len(rows)
        for i in range(n + 1):
            c.line(x, y - i * row_h, x + total, y - i * row_h)
        cx = x
        for w in widths + [0]:
            c.line(cx, y, cx, y - n * row_h)
            cx += w
    return y - len(rows) * row_h


def _numeric(s):
    try:
        float(s)
        return True
    except ValueError:
        return False


def border(c, w, h, style="double", color=NAVY, inset=28):
    c.saveState()
    c.setStrokeColor(color)
    if style == "double":
        c.setLineWidth(3)
        c.rect(inset, inset, w - 2 * inset, h - 2 * inset)
        c.setLineWidth(0.8)
        c.rect(inset + 7, inset + 7, w - 2 * inset - 14, h - 2 * inset - 14)
    elif style == "guilloche":
        c.setLineWidth(0.4)
        for k in range(6):
            d = inset + k * 2.2
            c.rect(d, d, w - 2 * d, h - 2 * d)
        # corner rosettes
        for (cx, cy) in ((inset + 22, inset + 22), (w - inset - 22, inset + 22),
                         (inset + 22, h - inset - 22), (w - inset - 22, h - inset - 22)):
            for k in range(12):
                a = k * math.pi / 6
                c.circle(cx + 7 * math.cos(a), cy + 7 * math.sin(a), 7, stroke=1, fill=0)
    elif style == "dashed":
        c.setLineWidth(1.2)
        c.setDash(6, 3)
        c.rect(inset, inset, w - 2 * inset, h - 2 * inset)
        c.setDash()
    elif style == "bar":
        c.setFillColor(color)
        c.rect(0, 0, 34, h, stroke=0, fill=1)
        c.setFillColor(GOLD)
        c.rect(34, 0, 5, h, stroke=0, fill=1)
    elif style == "corners":
        c.setLineWidth(2)
        L = 60
        for (x0, y0, dx, dy) in ((inset, inset, 1, 1), (w - inset, inset, -1, 1),
                                 (inset, h - inset, 1, -1), (w - inset, h - inset, -1, -1)):
            c.line(x0, y0, x0 + dx * L, y0)
            c.line(x0, y0, x0, y0 + dy * L)
    c.restoreState()


def seal(c, x, y, r, ring_text, center_text="", color=GOLD):
    """An embossed-looking round seal with text round the ring."""
    c.saveState()
    c.setStrokeColor(color)
    c.setFillColor(colors.Color(color.red, color.green, color.blue, alpha=0.12))
    c.setLineWidth(1.5)
    c.circle(x, y, r, stroke=1, fill=1)
    c.setLineWidth(0.6)
    c.circle(x, y, r - 6, stroke=1, fill=0)
    c.circle(x, y, r * 0.55, stroke=1, fill=0)
    # serrated edge
    n = 48
    p = c.beginPath()
    for k in range(n + 1):
        a = 2 * math.pi * k / n
        rr = r + (3 if k % 2 else 0)
        px, py = x + rr * math.cos(a), y + rr * math.sin(a)
        (p.moveTo if k == 0 else p.lineTo)(px, py)
    c.drawPath(p, stroke=1, fill=0)
    c.setFillColor(color)
    size = max(5.0, r / 7.5)
    c.setFont(SANS_B, size)
    s = ring_text.upper()
    span = min(2 * math.pi * 0.85, len(s) * size * 0.75 / (r - 11))
    start = math.pi / 2 + span / 2
    for i, ch in enumerate(s):
        a = start - span * (i + 0.5) / len(s)
        c.saveState()
        c.translate(x + (r - 11) * math.cos(a), y + (r - 11) * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, -size / 3, ch)
        c.restoreState()
    if center_text:
        c.setFont(SERIF_B, r / 4.2)
        c.drawCentredString(x, y - r / 12, center_text)
    c.restoreState()


def stamp(c, x, y, label, sub="", color=RED, angle=12, w=150, h=44):
    """A rubber stamp: a rotated box with a label and an optional second line."""
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setLineWidth(2.2)
    c.roundRect(-w / 2, -h / 2, w, h, 6, stroke=1, fill=0)
    c.setLineWidth(0.8)
    c.roundRect(-w / 2 + 3, -h / 2 + 3, w - 6, h - 6, 4, stroke=1, fill=0)
    c.setFont(SANS_B, 15 if sub else 17)
    c.drawCentredString(0, 3 if sub else -6, label)
    if sub:
        c.setFont(SANS_B, 8.5)
        c.drawCentredString(0, -12, sub)
    c.restoreState()


def signature(c, x, y, rng, width=130, color=STAMP_BLUE):
    """A handwritten-looking scrawl (no text)."""
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(1.1)
    p = c.beginPath()
    px, py = x, y + rng.uniform(0, 6)
    p.moveTo(px, py)
    steps = rng.randint(5, 8)
    for k in range(steps):
        nx = x + width * (k + 1) / steps
        ny = y + rng.uniform(-4, 14)
        p.curveTo(px + rng.uniform(5, 25), py + rng.uniform(8, 22),
                  nx - rng.uniform(5, 25), ny - rng.uniform(8, 18), nx, ny)
        px, py = nx, ny
    c.drawPath(p, stroke=1, fill=0)
    c.line(x + width * 0.1, y - 3, x + width * 0.6, y - 1)
    c.restoreState()


def sign_block(c, x, y, rng, name, office, line_w=180, font=SERIF, size=10):
    """Signature scrawl over a rule, the typed name and office under it."""
    signature(c, x + 8, y + 6, rng, width=min(140, line_w - 20))
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.6)
    c.line(x, y, x + line_w, y)
    text(c, x, y - 13, name, font, size)
    if office:
        text(c, x, y - 26, office, font, size - 1)


def letterhead(c, w, h, org, lines, style="rule", color=NAVY, mark=None):
    """Draw a letterhead at the top; returns the y where the body may start."""
    if style == "rule":
        text(c, 72, h - 62, org, SERIF_B, 17, color)
        yy = h - 78
        for ln in lines:
            text(c, 72, yy, ln, SANS, 8.5, SLATE)
            yy -= 11
        c.setStrokeColor(color)
        c.setLineWidth(1.4)
        c.line(72, yy - 2, w - 72, yy - 2)
        return yy - 30
    if style == "centered":
        if mark:
            seal(c, w / 2, h - 62, 24, mark, "", color)
            top = h - 104
        else:
            top = h - 60
        text(c, w / 2, top, org.upper(), SERIF_B, 14, color, "center")
        yy = top - 14
        for ln in lines:
            text(c, w / 2, yy, ln, SERIF_I, 9, SLATE, "center")
            yy -= 11
        return yy - 26
    if style == "band":
        c.setFillColor(color)
        c.rect(0, h - 86, w, 86, stroke=0, fill=1)
        text(c, 60, h - 48, org, SANS_B, 18, colors.white)
        text(c, 60, h - 66, "  |  ".join(lines), SANS, 8, colors.white)
        return h - 120
    if style == "right":
        c.setFillColor(color)
        c.rect(72, h - 90, 40, 40, stroke=0, fill=1)
        text(c, 92, h - 76, (mark or org[:1]).upper(), SANS_B, 20, colors.white, "center")
        text(c, w - 72, h - 60, org, SANS_B, 13, color, "right")
        yy = h - 73
        for ln in lines:
            text(c, w - 72, yy, ln, SANS, 8, SLATE, "right")
            yy -= 10
        return min(yy, h - 100) - 24
    raise ValueError(style)


def footer(c, w, s, color=SLATE, rule=True):
    if rule:
        c.setStrokeColor(color)
        c.setLineWidth(0.5)
        c.line(72, 52, w - 72, 52)
    text(c, w / 2, 40, s, SANS, 7.5, color, "center")


def page_no(c, w, n, of, prefix="Page"):
    text(c, w - 72, 28, f"{prefix} {n} of {of}", SANS, 7.5, SLATE, "right")


def watermark(c, w, h, s, color=colors.HexColor("#d9dde6"), size=54, angle=35):
    c.saveState()
    c.setFillColor(color)
    c.translate(w / 2, h / 2)
    c.rotate(angle)
    c.setFont(SANS_B, size)
    c.drawCentredString(0, 0, s)
    c.restoreState()
