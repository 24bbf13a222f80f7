"""Paper and ink: fonts, borders, security backgrounds (guilloche, waves, microtext,
tint), seals, scribbled signatures, rubber stamps and letterheads."""

import math

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_TTF = {
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSerif-Italic": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf",
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSansCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuSansCond-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibSerif-Italic": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
}
_done = False


def register_fonts():
    global _done
    if _done:
        return
    for name, path in _TTF.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _done = True


# Font families: (regular, bold, italic)
FAMILIES = [
    ("Times-Roman", "Times-Bold", "Times-Italic"),
    ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    ("LibSerif", "LibSerif-Bold", "LibSerif-Italic"),
    ("DejaVuSansCond", "DejaVuSansCond-Bold", "DejaVuSansCond"),
    ("LibNarrow", "LibNarrow-Bold", "LibNarrow"),
    ("Palatino", None, None),
]


def family(rng):
    f = rng.choice(FAMILIES[:-1])
    return f


INKS = [
    Color(0.05, 0.1, 0.35),
    Color(0.35, 0.05, 0.08),
    Color(0.05, 0.25, 0.12),
    Color(0.1, 0.1, 0.1),
    Color(0.3, 0.2, 0.02),
    Color(0.2, 0.05, 0.3),
]


def tint(c, w, h, color):
    c.saveState()
    c.setFillColor(color)
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.restoreState()


def guilloche(c, cx, cy, r, rng, color=None, loops=None):
    c.saveState()
    c.setStrokeColor(color or Color(0.55, 0.65, 0.8))
    c.setLineWidth(0.35)
    R, rr, dd = r, r * rng.uniform(0.18, 0.32), r * rng.uniform(0.4, 0.7)
    loops = loops or rng.randint(24, 40)
    p = c.beginPath()
    steps = 900
    for i in range(steps + 1):
        t = 2 * math.pi * loops * i / steps / 3
        x = (R - rr) * math.cos(t) + dd * math.cos((R - rr) / rr * t)
        y = (R - rr) * math.sin(t) - dd * math.sin((R - rr) / rr * t)
        x, y = cx + x * 0.55, cy + y * 0.55
        p.moveTo(x, y) if i == 0 else p.lineTo(x, y)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def waves(c, w, h, rng, color=None, n=38):
    c.saveState()
    c.setStrokeColor(color or Color(0.75, 0.82, 0.72))
    c.setLineWidth(0.3)
    amp, per = rng.uniform(4, 10), rng.uniform(60, 140)
    for k in range(n):
        y0 = h * k / n
        p = c.beginPath()
        for i in range(0, int(w) + 8, 8):
            y = y0 + amp * math.sin((i + k * 9) / per * 2 * math.pi)
            p.moveTo(i, y) if i == 0 else p.lineTo(i, y)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def microtext(c, w, y, text, color=None):
    c.saveState()
    c.setFillColor(color or Color(0.6, 0.6, 0.6))
    c.setFont("Helvetica", 3)
    s = (text.upper() + " \u2022 ") * 60
    c.drawString(20, y, s[:400])
    c.restoreState()


def security(c, w, h, rng, style=None):
    style = style or rng.choice(["guilloche", "waves", "tint_waves", "micro"])
    if style in ("tint_waves", "tint"):
        tint(
            c,
            w,
            h,
            rng.choice([Color(0.96, 0.97, 0.92), Color(0.95, 0.96, 0.99), Color(0.99, 0.96, 0.93)]),
        )
    if style in ("waves", "tint_waves"):
        waves(c, w, h, rng)
    if style == "guilloche":
        tint(c, w, h, Color(0.97, 0.97, 0.99))
        guilloche(c, w / 2, h / 2, min(w, h) * 0.55, rng)
    if style == "micro":
        for k in range(0, int(h), 90):
            microtext(c, w, k + 12, "original document security paper void if copied")


def border(c, w, h, rng, ink, style=None):
    style = style or rng.choice(["double", "thick", "corners", "rope", "thin"])
    c.saveState()
    c.setStrokeColor(ink)
    m = rng.choice([22, 28, 36])
    if style == "double":
        c.setLineWidth(3)
        c.rect(m, m, w - 2 * m, h - 2 * m)
        c.setLineWidth(0.8)
        c.rect(m + 7, m + 7, w - 2 * m - 14, h - 2 * m - 14)
    elif style == "thick":
        c.setLineWidth(9)
        c.rect(m, m, w - 2 * m, h - 2 * m)
    elif style == "corners":
        c.setLineWidth(1.2)
        c.rect(m, m, w - 2 * m, h - 2 * m)
        for x, y in ((m, m), (w - m, m), (m, h - m), (w - m, h - m)):
            c.circle(x, y, 12, stroke=1, fill=0)
            c.circle(x, y, 7, stroke=1, fill=0)
    elif style == "rope":
        c.setLineWidth(0.6)
        for k in range(4):
            c.rect(m + 2 * k, m + 2 * k, w - 2 * m - 4 * k, h - 2 * m - 4 * k)
        c.setDash(2, 3)
        c.setLineWidth(2)
        c.rect(m + 12, m + 12, w - 2 * m - 24, h - 2 * m - 24)
    else:
        c.setLineWidth(0.5)
        c.rect(m, m, w - 2 * m, h - 2 * m)
    c.restoreState()


def seal(c, x, y, r, rng, text="OFFICIAL SEAL", color=None):
    color = color or rng.choice(
        [Color(0.75, 0.55, 0.1), Color(0.6, 0.1, 0.1), Color(0.15, 0.3, 0.55)]
    )
    c.saveState()
    c.setFillColor(color)
    c.setStrokeColor(color)
    n = 28
    p = c.beginPath()
    for i in range(2 * n + 1):
        a = math.pi * i / n
        rad = r if i % 2 == 0 else r * 0.88
        px, py = x + rad * math.cos(a), y + rad * math.sin(a)
        p.moveTo(px, py) if i == 0 else p.lineTo(px, py)
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(Color(1, 1, 1))
    c.circle(x, y, r * 0.74, stroke=0, fill=1)
    c.setFillColor(color)
    c.circle(x, y, r * 0.5, stroke=0, fill=1)
    c.setFont("Helvetica-Bold", max(4, r * 0.13))
    t = text.upper()[:30]
    for i, ch in enumerate(t):
        a = math.pi / 2 + math.pi * 0.9 - 1.8 * math.pi * i / max(1, len(t) - 1) / 1.0 * 0.5
        c.saveState()
        c.translate(x + r * 0.62 * math.cos(a), y + r * 0.62 * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    c.restoreState()


def signature(c, x, y, rng, width=120, ink=None):
    """A scribble: a few Bezier loops, never letters (no text layer)."""
    c.saveState()
    c.setStrokeColor(ink or Color(0.08, 0.12, 0.45))
    c.setLineWidth(rng.uniform(0.8, 1.4))
    p = c.beginPath()
    p.moveTo(x, y)
    px = x
    for _ in range(rng.randint(4, 7)):
        nx = px + width / 6 * rng.uniform(0.7, 1.3)
        p.curveTo(
            px + rng.uniform(-10, 20),
            y + rng.uniform(8, 22),
            nx + rng.uniform(-20, 5),
            y + rng.uniform(-12, 4),
            nx,
            y + rng.uniform(-4, 6),
        )
        px = nx
    p.moveTo(x + rng.uniform(0, 20), y - 4)
    p.lineTo(px + 8, y - rng.uniform(2, 8))
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def stamp(c, x, y, lines, rng, color=None, angle=None):
    color = color or rng.choice(
        [Color(0.75, 0.1, 0.15), Color(0.1, 0.2, 0.65), Color(0.2, 0.45, 0.2)]
    )
    c.saveState()
    c.translate(x, y)
    c.rotate(angle if angle is not None else rng.uniform(-12, 12))
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setLineWidth(1.8)
    wdt = max(len(t) for t in lines) * 7.2 + 16
    hgt = 16 * len(lines) + 8
    c.roundRect(-wdt / 2, -hgt / 2, wdt, hgt, 5, stroke=1, fill=0)
    for i, t in enumerate(lines):
        c.setFont("Courier-Bold" if i == 0 else "Courier", 12 if i == 0 else 10)
        c.drawCentredString(0, hgt / 2 - 16 - 15 * i, t)
    c.restoreState()


def wrap(c, text, font, size, width):
    out, line = [], ""
    for word in text.split():
        t = (line + " " + word).strip()
        if c.stringWidth(t, font, size) > width and line:
            out.append(line)
            line = word
        else:
            line = t
    if line:
        out.append(line)
    return out


def para(c, x, y, text, font, size, width, leading=None, align="left"):
    leading = leading or size * 1.35
    c.setFont(font, size)
    for ln in wrap(c, text, font, size, width):
        if align == "center":
            c.drawCentredString(x + width / 2, y, ln)
        else:
            c.drawString(x, y, ln)
        y -= leading
    return y


def letterhead(c, w, h, rng, org, lines, ink, fam, style=None):
    """Draws a letterhead; returns the y where the body may start."""
    style = style or rng.choice(["center_rule", "left_block", "band", "side_logo"])
    c.saveState()
    c.setFillColor(ink)
    c.setStrokeColor(ink)
    if style == "center_rule":
        c.setFont(fam[1], 17)
        c.drawCentredString(w / 2, h - 60, org)
        c.setFont(fam[0], 9)
        for i, t in enumerate(lines):
            c.drawCentredString(w / 2, h - 76 - 11 * i, t)
        c.setLineWidth(1.2)
        c.line(60, h - 82 - 11 * len(lines), w - 60, h - 82 - 11 * len(lines))
        y = h - 110 - 11 * len(lines)
    elif style == "left_block":
        c.rect(60, h - 92, 8, 46, stroke=0, fill=1)
        c.setFont(fam[1], 15)
        c.drawString(78, h - 62, org)
        c.setFont(fam[0], 8.5)
        for i, t in enumerate(lines):
            c.drawString(78, h - 76 - 10 * i, t)
        y = h - 130
    elif style == "band":
        c.rect(0, h - 70, w, 70, stroke=0, fill=1)
        c.setFillColor(Color(1, 1, 1))
        c.setFont(fam[1], 16)
        c.drawString(50, h - 40, org)
        c.setFont(fam[0], 8.5)
        c.drawString(50, h - 56, "  |  ".join(lines))
        y = h - 110
    else:
        c.circle(88, h - 72, 26, stroke=1, fill=0)
        c.setFont(fam[1], 14)
        c.drawCentredString(88, h - 77, "".join(wd[0] for wd in org.split()[:3] if wd[0].isalpha()))
        c.setFont(fam[1], 14)
        c.drawString(126, h - 64, org)
        c.setFont(fam[0], 8.5)
        for i, t in enumerate(lines):
            c.drawString(126, h - 78 - 10 * i, t)
        y = h - 128
    c.restoreState()
    return y


def footer(c, w, text, fam, ink=None):
    c.saveState()
    c.setFillColor(ink or Color(0.35, 0.35, 0.35))
    c.setFont(fam[0], 7.5)
    c.drawCentredString(w / 2, 30, text)
    c.restoreState()
