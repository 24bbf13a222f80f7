"""reportlab drawing: certificates, letters, HR letters, transcripts, agendas (standard 14 fonts)."""

from __future__ import annotations

import math
import random

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit

FAMILIES = [("Times-Roman", "Times-Bold", "Times-Italic"),
            ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
            ("Courier", "Courier-Bold", "Courier-Oblique"),
            ("Times-Roman", "Helvetica-Bold", "Times-BoldItalic")]
INKS = [colors.HexColor("#1f3a5f"), colors.HexColor("#5a1e1e"), colors.HexColor("#1e4d2b"),
        colors.HexColor("#3b2b5c"), colors.black]


def seal(c, x, y, r, ink, text="OFFICIAL SEAL", points=24):
    c.saveState()
    c.setStrokeColor(ink)
    c.setFillColor(colors.Color(0.85, 0.72, 0.2))
    path = c.beginPath()
    for i in range(points * 2 + 1):
        a = math.pi * i / points
        rr = r if i % 2 == 0 else r * 0.88
        px, py = x + rr * math.cos(a), y + rr * math.sin(a)
        path.moveTo(px, py) if i == 0 else path.lineTo(px, py)
    c.drawPath(path, fill=1, stroke=1)
    c.setFillColor(colors.white)
    c.circle(x, y, r * 0.72, fill=1, stroke=1)
    c.circle(x, y, r * 0.55, fill=0, stroke=1)
    c.setFillColor(ink)
    c.setFont("Helvetica-Bold", max(5, r * 0.13))
    for i, ch in enumerate(text):
        a = math.pi / 2 + math.pi * 0.9 - i * (1.8 * math.pi / max(len(text), 1))
        c.saveState()
        c.translate(x + r * 0.63 * math.cos(a), y + r * 0.63 * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.drawCentredString(0, 0, ch)
        c.restoreState()
    c.restoreState()


def scribble(c, x, y, w, rng: random.Random, ink=colors.HexColor("#0b2a6b")):
    c.saveState()
    c.setStrokeColor(ink)
    c.setLineWidth(1.1)
    p = c.beginPath()
    p.moveTo(x, y)
    cx = x
    for _ in range(rng.randint(4, 7)):
        nx = cx + w / 6
        p.curveTo(cx + rng.uniform(0, 15), y + rng.uniform(8, 22), nx - rng.uniform(0, 15),
                  y - rng.uniform(4, 14), nx, y + rng.uniform(-3, 3))
        cx = nx
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def sig_block(c, x, y, name, title, rng, font, w=180):
    scribble(c, x + 10, y + 14, w - 40, rng)
    c.setLineWidth(0.6)
    c.line(x, y, x + w, y)
    c.setFont(font, 10)
    c.drawCentredString(x + w / 2, y - 12, name)
    c.setFont(font, 8.5)
    c.drawCentredString(x + w / 2, y - 23, title)


def border(c, W, H, ink, style):
    c.saveState()
    c.setStrokeColor(ink)
    if style == 0:  # double rule with corner rosettes
        c.setLineWidth(4)
        c.rect(22, 22, W - 44, H - 44)
        c.setLineWidth(1)
        c.rect(32, 32, W - 64, H - 64)
        for cx, cy in ((32, 32), (W - 32, 32), (32, H - 32), (W - 32, H - 32)):
            for k in range(3):
                c.circle(cx, cy, 5 + 4 * k)
    elif style == 1:  # guilloche-like wave band
        c.setLineWidth(0.5)
        for k in range(4):
            p = c.beginPath()
            p.moveTo(26, 26 + k)
            for i in range(0, int(W - 52), 6):
                p.lineTo(26 + i, 26 + k * 2 + 4 * math.sin(i / 9 + k))
            c.drawPath(p)
            p = c.beginPath()
            p.moveTo(26, H - 26)
            for i in range(0, int(W - 52), 6):
                p.lineTo(26 + i, H - 26 - k * 2 - 4 * math.sin(i / 9 + k))
            c.drawPath(p)
        c.setLineWidth(2)
        c.rect(40, 40, W - 80, H - 80)
    else:  # thin frame with a colored side bar
        c.setFillColor(ink)
        c.rect(0, 0, 46, H, fill=1, stroke=0)
        c.setLineWidth(0.8)
        c.rect(60, 20, W - 80, H - 40)
    c.restoreState()


def centered(c, text, y, font, size, W, x0=0, width=None):
    width = width or W
    c.setFont(font, size)
    for line in simpleSplit(text, font, size, width - 120):
        c.drawCentredString(x0 + width / 2, y, line)
        y -= size * 1.3
    return y


def certificate(c, p: dict, rng: random.Random):
    """p: headline, org, name, phrase, achieved, title, lines(list), signers[(name,title)], orient, seal."""
    W, H = landscape(letter) if p["orient"] == "landscape" else letter
    c.setPageSize((W, H))
    reg, bold, ital = p["fonts"]
    ink = p["ink"]
    border(c, W, H, ink, p["border"])
    x0 = 46 if p["border"] == 2 else 0
    width = W - x0
    y = H - 90
    c.setFillColor(ink)
    y = centered(c, p["org"], y, bold, 15, W, x0, width)
    if p.get("suborg"):
        y = centered(c, p["suborg"], y - 2, ital, 11, W, x0, width)
    y = centered(c, p["headline"], y - 26, bold if p["orient"] == "portrait" else ital, 30, W, x0, width)
    c.setFillColor(colors.black)
    y = centered(c, p["phrase"], y - 14, ital, 13, W, x0, width)
    y = centered(c, p["name"], y - 14, bold, 26, W, x0, width)
    c.setLineWidth(0.5)
    c.line(x0 + width * 0.25, y + 18, x0 + width * 0.75, y + 18)
    y = centered(c, p["achieved"], y - 6, reg, 13, W, x0, width)
    if p.get("title"):
        y = centered(c, p["title"], y - 6, bold, 17, W, x0, width)
    for line in p["lines"]:
        y = centered(c, line, y - 4, reg, 12, W, x0, width)
    sy = 120 if p["orient"] == "landscape" else 150
    signers = p["signers"]
    slots = [x0 + width / 2 - 90] if len(signers) == 1 else [x0 + 80, x0 + width - 260]
    for (n, t), sx in zip(signers, slots, strict=False):
        sig_block(c, sx, sy, n, t, rng, reg)
    if p.get("seal"):
        sx = x0 + width / 2 if len(signers) > 1 else x0 + width - 130
        seal(c, sx, 105 if len(signers) > 1 else 150, 38, ink, p["seal"])
    if p.get("footer"):
        c.setFont(reg, 7.5)
        c.drawString(x0 + 70, 46, p["footer"])
    c.showPage()
    return 1


def letterhead(c, W, H, lh: dict, style: int, fonts):
    reg, bold, ital = fonts
    ink = lh.get("ink", colors.black)
    c.setFillColor(ink)
    if style == 0:
        c.setFont(bold, 16)
        c.drawCentredString(W / 2, H - 60, lh["org"])
        c.setFont(reg, 9)
        c.drawCentredString(W / 2, H - 74, lh["address"])
        c.setStrokeColor(ink)
        c.setLineWidth(1.5)
        c.line(60, H - 82, W - 60, H - 82)
        top = H - 110
    elif style == 1:
        seal(c, 90, H - 75, 28, ink, lh.get("short", "SEAL"))
        c.setFont(bold, 14)
        c.drawString(130, H - 68, lh["org"])
        c.setFont(ital, 9)
        c.drawString(130, H - 82, lh["address"])
        top = H - 125
    else:
        c.rect(0, H - 70, W, 70, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont(bold, 15)
        c.drawString(50, H - 40, lh["org"])
        c.setFont(reg, 8.5)
        c.drawString(50, H - 56, lh["address"])
        top = H - 105
    c.setFillColor(colors.black)
    return top


def letter_page(c, p: dict, rng: random.Random):
    """p: lh{org,address,short,ink}, lh_style, date, inside(list), subject, salutation, paras, close, signer."""
    W, H = letter
    c.setPageSize(letter)
    reg, bold, ital = p["fonts"]
    y = letterhead(c, W, H, p["lh"], p["lh_style"], p["fonts"])
    c.setFont(reg, 11)
    if p.get("date"):
        c.drawString(72, y, p["date"])
        y -= 30
    for line in p.get("inside", []):
        c.drawString(72, y, line)
        y -= 14
    y -= 12
    if p.get("subject"):
        c.setFont(bold, 11)
        c.drawString(72, y, p["subject"])
        y -= 24
    c.setFont(reg, 11)
    c.drawString(72, y, p.get("salutation", "To Whom It May Concern:"))
    y -= 22
    for para in p["paras"]:
        for line in simpleSplit(para, reg, 11, W - 144):
            c.drawString(72, y, line)
            y -= 14.5
        y -= 9
    for row in p.get("table", []):
        c.setFont(bold, 10.5)
        c.drawString(90, y, row[0])
        c.setFont(reg, 10.5)
        c.drawString(250, y, row[1])
        y -= 15
    y -= 10
    c.setFont(reg, 11)
    c.drawString(72, y, p.get("close", "Sincerely,"))
    scribble(c, 80, y - 30, 150, rng)
    c.drawString(72, y - 52, p["signer"][0])
    c.setFont(ital, 10)
    c.drawString(72, y - 65, p["signer"][1])
    if p.get("footer"):
        c.setFont(reg, 7)
        c.drawCentredString(W / 2, 36, p["footer"])
    c.showPage()
    return 1


def transcript(c, p: dict, rng: random.Random):
    """p: school, address, name, student_id, terms[(term, [(code, title, cr, grade)])], degree_line, registrar."""
    W, H = letter
    c.setPageSize(letter)
    reg, bold, _ = p["fonts"]
    pages = 0
    terms = list(p["terms"])
    chunks = [terms[: (len(terms) + 1) // 2], terms[(len(terms) + 1) // 2:]] if len(terms) > 3 else [terms]
    for i, chunk in enumerate(chunks):
        c.setFillColor(colors.Color(0.93, 0.95, 0.98))
        c.rect(0, 0, W, H, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont(bold, 14)
        c.drawCentredString(W / 2, H - 50, p["school"])
        c.setFont(reg, 9)
        c.drawCentredString(W / 2, H - 63, p["address"])
        c.setFont(bold, 11)
        c.drawCentredString(W / 2, H - 82, "OFFICIAL ACADEMIC TRANSCRIPT")
        c.setFont(reg, 9)
        c.drawString(50, H - 105, f"Student: {p['name']}")
        c.drawString(330, H - 105, f"Student ID: {p['student_id']}")
        c.drawString(50, H - 117, f"Date Issued: {p['issued']}")
        c.drawRightString(W - 50, H - 117, f"Page {i + 1} of {len(chunks)}")
        y = H - 145
        for term, rows in chunk:
            c.setFont(bold, 9.5)
            c.drawString(50, y, term)
            y -= 13
            c.setFont(reg, 8.5)
            for code, title, cr, gr in rows:
                c.drawString(60, y, code)
                c.drawString(130, y, title)
                c.drawRightString(430, y, f"{cr:.1f}")
                c.drawString(460, y, gr)
                y -= 11.5
            y -= 8
        if i == len(chunks) - 1:
            c.setFont(bold, 10)
            c.drawString(50, y - 10, p["degree_line"])
            c.setFont(reg, 9)
            c.drawString(50, y - 24, p["total_line"])
            seal(c, W - 110, 110, 36, colors.HexColor("#1f3a5f"), p["school"].upper()[:22])
            scribble(c, 60, 100, 140, rng)
            c.line(50, 92, 230, 92)
            c.drawString(50, 80, p["registrar"])
        c.setFont(reg, 6.5)
        c.drawCentredString(W / 2, 30, "This transcript is not official without the seal and the Registrar's signature.")
        c.showPage()
        pages += 1
    return pages


def agenda(c, p: dict, rng: random.Random):
    """p: org, title, dates_line, location, days[(label, [(time, session, room)])]."""
    W, H = letter
    c.setPageSize(letter)
    reg, bold, ital = p["fonts"]
    c.setFillColor(p["ink"])
    c.rect(0, H - 95, W, 95, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont(bold, 17)
    c.drawCentredString(W / 2, H - 40, p["title"])
    c.setFont(reg, 10.5)
    c.drawCentredString(W / 2, H - 58, p["org"])
    c.drawCentredString(W / 2, H - 74, f"{p['dates_line']}  |  {p['location']}")
    c.setFillColor(colors.black)
    y = H - 125
    for label, rows in p["days"]:
        c.setFont(bold, 11.5)
        c.drawString(60, y, label)
        y -= 16
        for t, s, room in rows:
            c.setFont(bold, 9.5)
            c.drawString(70, y, t)
            c.setFont(reg, 9.5)
            c.drawString(190, y, s)
            c.setFont(ital, 8.5)
            c.drawRightString(W - 60, y, room)
            y -= 13
        y -= 10
    c.setFont(ital, 8)
    c.drawCentredString(W / 2, 40, "Agenda subject to change. Sessions qualify for continuing education credit as noted.")
    c.showPage()
    return 1
