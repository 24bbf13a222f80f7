"""College records: transcripts in several registrars' styles (a typewriter-like ledger,
a boxed grid, a modern two-column record), with transfer credit and degree lines, and
diplomas.

A transcript's printed cumulative total is the sum of the courses it lists, so
`credit_units` is computed here, once, and both drawn and kept as truth.
"""
from __future__ import annotations

import random

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen.canvas import Canvas

from . import paper
from .layouts import COLOURS, decorate
from .wordings import MONTHS, fmt_date, ordinal


def transcript(fields: dict, terms: list, transfer: list | None = None, **look) -> dict:
    """A transcript document whose `credit_units` is the total of its terms and transfers."""
    total = sum(cr for _, courses in terms for _, _, cr, _ in courses) + sum(cr for _, cr in transfer or [])
    return {"kind": "transcript", "layout": look.pop("layout", "ledger"),
            "fields": {**fields, "credit_units": total, "activity": "degree" if "degree" in fields else "college_credits"},
            "look": {**look, "terms": terms, "transfer": transfer or []}}


def _header(c: Canvas, doc: dict, page: int, pages: int, style: str) -> float:
    f, lk = doc["fields"], doc["look"]
    w, h = letter
    col = COLOURS[lk.get("colour", "maroon")]
    if style == "ledger":
        c.setFont("Courier-Bold", 12)
        c.drawCentredString(w / 2, h - 50, f["provider"].upper())
        c.setFont("Courier", 9)
        c.drawCentredString(w / 2, h - 63, lk.get("office", "Office of the Registrar"))
        c.drawCentredString(w / 2, h - 75, "ACADEMIC TRANSCRIPT")
        c.drawString(50, h - 100, f"NAME: {f.get('applicant_name', '')}")
        c.drawString(50, h - 112, f"STUDENT NO: {lk.get('student_no', '')}")
        c.drawRightString(w - 50, h - 100, f"PAGE {page} OF {pages}")
        c.line(50, h - 120, w - 50, h - 120)
        return h - 140
    paper.security_background(c, w, h, col, random.Random(page))
    c.setFillColor(col)
    c.rect(40, h - 96, w - 80, 56, stroke=0, fill=1)
    c.setFillGray(1)
    c.setFont("Times-Bold", 17)
    c.drawString(54, h - 64, f["provider"])
    c.setFont("Helvetica", 8)
    c.drawString(54, h - 80, lk.get("office", "Office of the Registrar") + "  \u00b7  Official Transcript")
    c.drawRightString(w - 54, h - 64, f"Page {page} of {pages}")
    c.setFillColor(paper.INK)
    c.setFont("Helvetica", 9)
    c.drawString(44, h - 114, "Student")
    c.drawString(44, h - 126, "ID")
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(100, h - 114, f.get("applicant_name", ""))
    c.drawString(100, h - 126, lk.get("student_no", ""))
    return h - 150


def _course_rows(c: Canvas, y: float, term: str, courses: list, style: str) -> float:
    w = letter[0]
    font = "Courier" if style == "ledger" else "Helvetica"
    c.setFont(font + "-Bold", 9)
    c.drawString(50, y, term.upper() if style == "ledger" else term)
    y -= 14
    c.setFont(font, 8.5)
    for code, title, credits, grade in courses:
        c.drawString(58, y, code)
        c.drawString(130, y, title)
        c.drawRightString(w - 120, y, f"{credits:.1f}" if style == "ledger" else f"{credits:g}")
        c.drawString(w - 95, y, grade)
        if style == "grid":
            c.setStrokeGray(0.8)
            c.rect(54, y - 3, w - 108, 12, stroke=1, fill=0)
        y -= 12
    term_cr = sum(cr for _, _, cr, _ in courses)
    c.setFont(font, 8)
    c.drawRightString(w - 120, y - 2, f"TERM CREDITS {term_cr:g}")
    return y - 22


def draw_transcript(c: Canvas, doc: dict, rng: random.Random) -> int:
    """Draw the transcript over as many pages as its terms need; returns the page count."""
    f, lk = doc["fields"], doc["look"]
    style = doc["layout"]
    per_page = lk.get("terms_per_page", 3)
    chunks = [lk["terms"][i:i + per_page] for i in range(0, len(lk["terms"]), per_page)] or [[]]
    pages = len(chunks)
    w = letter[0]
    for n, chunk in enumerate(chunks, start=1):
        y = _header(c, doc, n, pages, style)
        if n == 1 and lk["transfer"]:
            c.setFont("Helvetica-Bold" if style != "ledger" else "Courier-Bold", 9)
            c.drawString(50, y, "TRANSFER CREDIT ACCEPTED")
            y -= 13
            c.setFont("Helvetica" if style != "ledger" else "Courier", 8.5)
            for school, cr in lk["transfer"]:
                c.drawString(58, y, school)
                c.drawRightString(w - 120, y, f"{cr:g}")
                y -= 12
            y -= 14
        for term, courses in chunk:
            y = _course_rows(c, y, term, courses, style)
        if n == pages:
            font = "Courier-Bold" if style == "ledger" else "Helvetica-Bold"
            c.setFont(font, 9.5)
            c.drawString(50, y - 4, f"CUMULATIVE CREDITS EARNED: {f['credit_units']:g}")
            if "gpa" in lk:
                c.drawString(330, y - 4, f"CUMULATIVE GPA: {lk['gpa']}")
            if "degree" in f:
                c.drawString(50, y - 24, "DEGREE AWARDED: " + f["degree"])
                c.drawString(50, y - 37, "DATE CONFERRED: " + fmt_date(f["degree_date"], lk.get("dates", "us")))
            if "issue_date" in f:
                c.setFont(font.replace("-Bold", ""), 8)
                c.drawString(50, 60, "Date issued: " + fmt_date(f["issue_date"], lk.get("dates", "us")))
            paper.signature(c, w - 220, 70, 120, rng)
            c.setFont("Helvetica", 7)
            c.drawString(w - 220, 58, lk.get("registrar", "University Registrar"))
        c.setFont("Helvetica", 6.5)
        c.setFillGray(0.4)
        c.drawCentredString(w / 2, 30, "Not valid without the registrar's seal. Key to grades on reverse.")
        c.setFillColor(paper.INK)
        decorate(c, doc, w, letter[1], rng)
        c.showPage()
    return pages


def draw_diploma(c: Canvas, doc: dict, rng: random.Random) -> int:
    """A diploma: blackletter-like heading, Latin-flavoured formula, seal and two signers."""
    f, lk = doc["fields"], doc["look"]
    w, h = landscape(letter)
    c.setPageSize((w, h))
    col = COLOURS[lk.get("colour", "navy")]
    paper.border(c, w, h, col, "corners")
    c.setFillColor(paper.INK)
    c.setFont("Times-Bold", 30)
    c.drawCentredString(w / 2, h - 100, f["provider"])
    c.setFont("Times-Italic", 13)
    c.drawCentredString(w / 2, h - 140, "upon the recommendation of the Faculty has conferred upon")
    c.setFont("Times-Bold", 26)
    c.drawCentredString(w / 2, h - 185, f["applicant_name"])
    c.setFont("Times-Italic", 13)
    c.drawCentredString(w / 2, h - 220, "the degree of")
    c.setFont("Times-Bold", 20)
    c.drawCentredString(w / 2, h - 252, f["degree"])
    import datetime as dt
    d = dt.date.fromisoformat(f["degree_date"])
    c.setFont("Times-Italic", 12)
    c.drawCentredString(w / 2, h - 290, "with all the rights, privileges and honors thereto appertaining.")
    c.drawCentredString(w / 2, h - 310, f"Given at {lk['town']} on the {ordinal(d.day)} day of {MONTHS[d.month - 1]}, {d.year}.")
    paper.seal(c, w / 2, 110, 48, lk.get("seal", f["provider"].upper()), COLOURS["gold"])
    for (name, role), x in zip(lk["signers"], (170, w - 170), strict=False):
        paper.signature_block(c, x, 90, name, role, rng, font="Times-Roman")
    decorate(c, doc, w, h, rng)
    c.showPage()
    return 1
