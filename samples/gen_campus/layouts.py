"""Reportlab drawing: transcripts, letters, certificates, diplomas, resolutions."""
from __future__ import annotations

import math
import random

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth

FAMILIES = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "cour": ("Courier", "Courier-Bold", "Courier-Oblique"),
}
W, H = letter


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = t
    if cur:
        lines.append(cur)
    return lines


def seal(c, x, y, r, text: str, color=(0.15, 0.25, 0.5)) -> None:
    c.saveState()
    c.setStrokeColorRGB(*color)
    c.setFillColorRGB(*color)
    c.setLineWidth(1.4)
    c.circle(x, y, r)
    c.circle(x, y, r * 0.78)
    for i in range(24):
        a = 2 * math.pi * i / 24
        c.line(x + r * 0.8 * math.cos(a), y + r * 0.8 * math.sin(a),
               x + r * 0.95 * math.cos(a), y + r * 0.95 * math.sin(a))
    c.setFont("Times-Bold", r * 0.22)
    c.drawCentredString(x, y - r * 0.08, text[:14].upper())
    c.restoreState()


def scribble(c, rng: random.Random, x, y, w=120) -> None:
    c.saveState()
    c.setStrokeColorRGB(0.05, 0.1, 0.35)
    c.setLineWidth(1.1)
    p = c.beginPath()
    p.moveTo(x, y)
    for i in range(1, 7):
        p.curveTo(x + w * (i - 0.7) / 6, y + rng.uniform(-4, 16), x + w * (i - 0.3) / 6,
                  y + rng.uniform(-12, 8), x + w * i / 6, y + rng.uniform(-3, 5))
    c.drawPath(p)
    c.restoreState()


def paragraphs(c, paras, x, y, width, font, size, lead=None) -> float:
    lead = lead or size * 1.38
    c.setFont(font, size)
    for para in paras:
        for ln in wrap(para, font, size, width):
            c.drawString(x, y, ln)
            y -= lead
        y -= lead * 0.6
    return y


# ------------------------------------------------------------------ transcripts
def transcript(c, rng: random.Random, d: dict) -> int:
    """Draws a multi-page transcript; returns its page count."""
    fam = FAMILIES[d["family"]]
    terms = d["terms"]
    per_page = d.get("terms_per_page", 2)
    chunks = [terms[i:i + per_page] for i in range(0, len(terms), per_page)]
    n = len(chunks) + (1 if d.get("legend_page") else 0)
    unit_label = {"quarter": "Qtr Units", "semester": "Cr Hrs", "credit": "Credits"}[d["units"]]
    for pi, chunk in enumerate(chunks, 1):
        c.setPageSize(letter)
        _transcript_header(c, d, fam, pi, n)
        y = H - 210
        for term in chunk:
            c.setFont(fam[1], 9.5)
            c.drawString(54, y, term["name"].upper())
            y -= 4
            c.line(54, y, W - 54, y)
            y -= 13
            c.setFont(fam[1], 8)
            for x, t in ((54, "Course"), (130, "Title"), (400, unit_label), (460, "Grade"), (510, "Pts")):
                c.drawString(x, y, t)
            y -= 12
            c.setFont(fam[0], 8.5)
            for code, title, u, g in term["rows"]:
                c.drawString(54, y, code)
                c.drawString(130, y, title)
                c.drawRightString(430, y, f"{u:.1f}" if d["units"] != "credit" else f"{u:.2f}")
                c.drawString(462, y, g)
                c.drawRightString(530, y, f"{u * {'A': 4, 'A-': 3.7, 'B+': 3.3, 'B': 3}.get(g, 0):.1f}")
                y -= 11.5
            c.setFont(fam[2], 8)
            c.drawString(130, y, f"Term: Attempted {term['units']:.1f}  Earned {term['units']:.1f}  "
                         f"GPA {term['gpa']:.2f}")
            y -= 24
        if pi == len(chunks):
            y = _transcript_summary(c, d, fam, y)
        c.setFont(fam[2], 7.5)
        c.drawCentredString(W / 2, 40, d["footer"])
        c.drawRightString(W - 54, 28, f"Page {pi} of {n}")
        c.showPage()
    if d.get("legend_page"):
        c.setPageSize(letter)
        c.setFont(fam[1], 11)
        c.drawCentredString(W / 2, H - 60, "TRANSCRIPT LEGEND AND EXPLANATION OF GRADES")
        legend = [
            f"Accreditation: {d['provider']} is accredited by a regional accrediting commission.",
            f"Unit of credit: {'one quarter unit equals two-thirds of a semester hour' if d['units'] == 'quarter' else 'the semester credit hour; one credit hour represents fifteen hours of instruction'}.",
            "Grades: A 4.0, A- 3.7, B+ 3.3, B 3.0, B- 2.7, C+ 2.3, C 2.0, D 1.0, F 0.0; CR credit, "
            "not computed in the grade point average; W withdrawal; I incomplete; R repeated course.",
            "Course numbering: 100-299 lower division; 300-499 upper division; 500 and above graduate.",
            "This transcript is official only when printed on security paper bearing the signature "
            "of the Registrar and the raised seal of the institution. A black and white copy is not "
            "an original. Federal law prohibits release of this record to any other party without "
            "the written consent of the student.",
        ]
        paragraphs(c, legend, 60, H - 100, W - 120, fam[0], 8.5)
        c.setFont(fam[2], 7.5)
        c.drawRightString(W - 54, 28, f"Page {n} of {n}")
        c.showPage()
    return n


def _transcript_header(c, d, fam, pi, n) -> None:
    style = d["style"]
    if style in ("univ", "canada"):
        c.setFillColorRGB(0.35, 0.08, 0.1) if style == "univ" else c.setFillColorRGB(0.05, 0.2, 0.15)
        c.rect(0, H - 70, W, 70, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(fam[1], 16)
        c.drawString(54, H - 40, d["provider"])
        c.setFont(fam[0], 9)
        c.drawString(54, H - 56, f"Office of the Registrar  |  {d['city']}, {d['state']}")
        c.setFillColorRGB(0, 0, 0)
    else:
        seal(c, 80, H - 60, 30, d["provider"].split()[0])
        c.setFont(fam[1], 14)
        c.drawString(125, H - 50, d["provider"].upper())
        c.setFont(fam[0], 9)
        c.drawString(125, H - 64, f"Records and Registration  -  {d['city']}, {d['state']}")
    c.setFont(fam[1], 12)
    c.drawCentredString(W / 2, H - 95, d["headline"])
    c.setFont(fam[0], 9)
    rows = [("Student Name:", d["name_printed"]), ("Student ID:", d["student_id"]),
            ("Date Issued:", d["issued_printed"])]
    if pi == 1 and d.get("birth"):
        rows.append(("Date of Birth:", "**/**/****"))
    y = H - 120
    for k, v in rows:
        c.setFont(fam[1], 9)
        c.drawString(54, y, k)
        c.setFont(fam[0], 9)
        c.drawString(140, y, v)
        y -= 13
    if pi > 1:
        c.setFont(fam[2], 8)
        c.drawRightString(W - 54, H - 120, "Continued from previous page")


def _transcript_summary(c, d, fam, y) -> float:
    c.setFont(fam[1], 9.5)
    c.drawString(54, y, "CUMULATIVE SUMMARY")
    y -= 4
    c.line(54, y, 330, y)
    y -= 13
    c.setFont(fam[0], 9)
    c.drawString(54, y, f"Total {d['unit_word']} Earned: {d['total_units']:g}")
    c.drawString(230, y, f"Cumulative GPA: {d['gpa']:.2f}")
    y -= 20
    if d.get("degree_line"):
        c.setFont(fam[1], 10)
        c.drawString(54, y, "DEGREES AWARDED")
        y -= 14
        c.setFont(fam[0], 10)
        for ln in d["degree_line"]:
            c.drawString(66, y, ln)
            y -= 13
    else:
        c.setFont(fam[2], 9)
        c.drawString(54, y, "No degree awarded.  Non-degree (continuing studies) student.")
        y -= 13
    c.setFont(fam[2], 8)
    c.drawString(54, y - 8, "*** END OF TRANSCRIPT ***")
    scribble(c, random.Random(d["student_id"]), W - 230, y - 18)
    c.setFont(fam[0], 8.5)
    c.drawString(W - 230, y - 32, d["registrar"] + ", Registrar")
    return y - 40


# ------------------------------------------------------------------ letters
def letter_doc(c, rng: random.Random, d: dict) -> int:
    fam = FAMILIES[d["family"]]
    c.setPageSize(letter)
    head = d["head"]
    if head == "seal":
        seal(c, W / 2, H - 62, 32, d["org_short"])
        c.setFont(fam[1], 13)
        c.drawCentredString(W / 2, H - 112, d["org"].upper())
        c.setFont(fam[0], 9)
        c.drawCentredString(W / 2, H - 125, d["dept"] + "  *  " + d["address"])
        y = H - 165
    elif head == "band":
        c.setFillColorRGB(*d.get("color", (0.1, 0.3, 0.45)))
        c.rect(0, H - 18, W, 18, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(fam[1], 15)
        c.drawString(60, H - 55, d["org"])
        c.setFont(fam[0], 9)
        c.drawString(60, H - 69, d["dept"])
        c.drawRightString(W - 60, H - 55, d["address"])
        c.drawRightString(W - 60, H - 69, d["phone"])
        c.line(60, H - 78, W - 60, H - 78)
        y = H - 115
    else:  # left block
        c.setFont(fam[1], 11)
        y = H - 60
        for ln in (d["org"], d["dept"], d["address"], d["phone"]):
            c.drawString(60, y, ln)
            c.setFont(fam[0], 9)
            y -= 12
        y -= 25
    c.setFont(fam[0], 10.5)
    if d.get("memo"):
        c.setFont(fam[1], 16)
        c.drawString(60, y, "MEMORANDUM")
        y -= 26
        for k, v in d["memo"]:
            c.setFont(fam[1], 10)
            c.drawString(60, y, k)
            c.setFont(fam[0], 10)
            c.drawString(130, y, v)
            y -= 15
        c.line(60, y + 4, W - 60, y + 4)
        y -= 18
    else:
        c.drawString(60, y, d["date_printed"])
        y -= 30
        for ln in d.get("inside", []):
            c.drawString(60, y, ln)
            y -= 13
        y -= 10
        if d.get("re"):
            c.setFont(fam[1], 10.5)
            c.drawString(60, y, "RE: " + d["re"])
            y -= 22
        c.setFont(fam[0], 10.5)
        c.drawString(60, y, d["salutation"])
        y -= 22
    y = paragraphs(c, d["body"][:1], 60, y, W - 120, fam[0], 10.5)
    if d.get("table"):
        cols = [60, 205, 330, 420, 495]
        c.setFillColorRGB(0.88, 0.88, 0.88)
        c.rect(58, y - 4, W - 118, 15, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(fam[1], 9)
        for x, t in zip(cols, ("Position Title", "Department", "Status", "From", "To"), strict=False):
            c.drawString(x, y, t)
        y -= 16
        c.setFont(fam[0], 9)
        for row in d["table"]:
            for x, t in zip(cols, row, strict=False):
                c.drawString(x, y, t)
            y -= 14
        y -= 14
    y = paragraphs(c, d["body"][1:], 60, y, W - 120, fam[0], 10.5)
    c.drawString(60, y, d.get("closing", "Sincerely,"))
    scribble(c, rng, 62, y - 32)
    y -= 52
    c.setFont(fam[0], 10.5)
    for ln in d["sig"]:
        c.drawString(60, y, ln)
        y -= 13
    if d.get("stamp"):
        c.saveState()
        c.setStrokeColorRGB(0.6, 0.1, 0.1)
        c.setFillColorRGB(0.6, 0.1, 0.1)
        c.translate(W - 170, y + 40)
        c.rotate(8)
        c.roundRect(0, 0, 110, 38, 5)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(55, 24, d["stamp"])
        c.setFont("Helvetica", 7)
        c.drawCentredString(55, 11, d["date_printed"])
        c.restoreState()
    c.setFont(fam[2], 7.5)
    c.drawCentredString(W / 2, 30, d["footer"])
    c.showPage()
    return 1


# ------------------------------------------------------------------ certificates
def certificate(c, rng: random.Random, d: dict) -> int:
    fam = FAMILIES[d["family"]]
    size = landscape(letter)
    c.setPageSize(size)
    w, h = size
    color = d.get("color", (0.45, 0.3, 0.05))
    c.setStrokeColorRGB(*color)
    c.setLineWidth(6)
    c.rect(24, 24, w - 48, h - 48)
    c.setLineWidth(1)
    c.rect(36, 36, w - 72, h - 72)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(fam[1], 15)
    c.drawCentredString(w / 2, h - 85, d["provider"])
    c.setFont(fam[2] if d["family"] != "cour" else fam[1], 32)
    c.drawCentredString(w / 2, h - 140, d["headline"])
    c.setFont(fam[0], 13)
    c.drawCentredString(w / 2, h - 180, d["present"])
    c.setFont(fam[1], 26)
    c.drawCentredString(w / 2, h - 225, d["name_printed"])
    c.line(w / 2 - 200, h - 232, w / 2 + 200, h - 232)
    y = h - 262
    for ln in d["lines"]:
        c.setFont(fam[0], 12.5)
        c.drawCentredString(w / 2, y, ln)
        y -= 19
    seal(c, w / 2, 110, 42, d["seal"], color)
    for x, (nm, ttl) in zip((90, w - 290), d["signers"], strict=False):
        scribble(c, rng, x + 10, 118)
        c.line(x, 110, x + 200, 110)
        c.setFont(fam[0], 10)
        c.drawString(x, 97, nm)
        c.drawString(x, 85, ttl)
    if d.get("number"):
        c.setFont(fam[0], 8)
        c.drawRightString(w - 50, 46, d["number"])
    c.showPage()
    return 1


def diploma(c, rng: random.Random, d: dict) -> int:
    size = landscape(letter)
    c.setPageSize(size)
    w, h = size
    c.setLineWidth(2)
    c.rect(40, 40, w - 80, h - 80)
    c.setFont("Times-Bold", 28)
    c.drawCentredString(w / 2, h - 100, d["provider"])
    c.setFont("Times-Italic", 13)
    c.drawCentredString(w / 2, h - 140, "upon the recommendation of the Faculty and by virtue of the authority vested in it")
    c.drawCentredString(w / 2, h - 158, "has conferred upon")
    c.setFont("Times-BoldItalic", 30)
    c.drawCentredString(w / 2, h - 205, d["name_printed"])
    c.setFont("Times-Italic", 13)
    c.drawCentredString(w / 2, h - 240, "the degree of")
    c.setFont("Times-Bold", 22)
    c.drawCentredString(w / 2, h - 272, d["degree"])
    c.setFont("Times-Italic", 12)
    c.drawCentredString(w / 2, h - 305, "with all the rights, privileges and honours thereto appertaining.")
    c.drawCentredString(w / 2, h - 325, f"Given at {d['city']}, {d['state']}, on {d['date_printed']}.")
    seal(c, w / 2, 118, 45, d["provider"].split()[0], (0.5, 0.05, 0.05))
    for x, ttl in ((90, "President"), (w - 290, "Registrar")):
        scribble(c, rng, x + 10, 118)
        c.line(x, 110, x + 200, 110)
        c.setFont("Times-Roman", 10)
        c.drawString(x, 97, ttl)
    c.showPage()
    return 1


def resolution(c, rng: random.Random, d: dict) -> int:
    c.setPageSize(letter)
    seal(c, W / 2, H - 65, 34, d["town_short"], (0.1, 0.35, 0.2))
    c.setFont("Times-Bold", 14)
    c.drawCentredString(W / 2, H - 120, d["town"].upper())
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, H - 145, f"RESOLUTION NO. {d['number']}")
    c.setFont("Times-Italic", 11)
    c.drawCentredString(W / 2, H - 162, d["subject"])
    y = paragraphs(c, d["whereas"], 72, H - 200, W - 144, "Times-Roman", 11.5)
    y = paragraphs(c, [f"PASSED AND ADOPTED this {d['adopted']}."], 72, y - 6, W - 144, "Times-Roman", 11.5)
    for x, (nm, ttl) in zip((72, 330), d["signers"], strict=False):
        scribble(c, rng, x, y - 30)
        c.line(x, y - 38, x + 190, y - 38)
        c.setFont("Times-Roman", 10)
        c.drawString(x, y - 51, nm)
        c.drawString(x, y - 63, ttl)
    c.showPage()
    return 1
