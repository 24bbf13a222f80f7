"""Records: college transcripts (term tables over pages), agendas, application forms."""

from __future__ import annotations

import random
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.pdfgen.canvas import Canvas

from . import drawing as dr
from .model import Doc
from .wordings import MONTHS, date_text

W = dr.W
H = dr.H

COURSES = [
    ("PAD 201", "Foundations of Public Administration"), ("POL 110", "American Government"),
    ("ENG 101", "Composition I"), ("MAT 140", "College Algebra"), ("ACC 210", "Governmental Accounting"),
    ("PAD 330", "Municipal Budgeting"), ("REC 240", "Records and Information Management"),
    ("COM 120", "Public Speaking"), ("HIS 150", "Local History and Institutions"),
    ("PAD 415", "Ethics in Public Service"), ("URB 305", "Urban Planning Principles"),
    ("PSY 101", "General Psychology"), ("BIO 121", "Cell Biology"), ("CHM 131", "General Chemistry"),
    ("MUS 210", "Music Theory II"), ("PAD 450", "Capstone: Local Government Practicum"),
    ("STA 200", "Statistics for Social Sciences"), ("LAW 260", "Administrative Law"),
]


def _terms(rng: random.Random, first_year: int, n_terms: int, total_units: float) -> list[tuple[str, list[tuple[str, str, float, str]]]]:
    per_term = total_units / n_terms
    terms = []
    left = total_units
    pool = list(COURSES)
    rng.shuffle(pool)
    year = first_year
    season = 0
    for t in range(n_terms):
        name = ["Fall", "Spring", "Summer"][season] + f" {year if season == 0 else year + 1}"
        units = left if t == n_terms - 1 else per_term
        rows = []
        remaining = units
        while remaining > 0:
            u = min(remaining, rng.choice([3.0, 3.0, 4.0]))
            code, title = pool[(len(rows) + t * 7) % len(pool)]
            rows.append((code, title, u, rng.choice(["A", "A-", "B+", "B", "B-", "C+", "P"])))
            remaining -= u
            if len(rows) > 6:
                break
        terms.append((name, rows))
        season = (season + 1) % 2
        if season == 0:
            year += 1
    return terms


def draw_transcript(c: Canvas, doc: Doc, rng: random.Random) -> None:
    f = doc.fields
    look = doc.look
    n_pages = look.get("pages", 2)
    terms = _terms(rng, look.get("first_year", 2010), look.get("terms", 6), float(f["credit_units"]))
    per_page = -(-len(terms) // n_pages)
    registrar = look.get("registrar", "Office of the Registrar")
    for p in range(n_pages):
        if look.get("security", True):
            dr.security_paper(c, rng)
        c.setFillColor(black)
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, H - 50, f["provider"])
        c.setFont("Times-Roman", 9.5)
        c.drawCentredString(W / 2, H - 64, registrar + " \u2014 OFFICIAL ACADEMIC TRANSCRIPT")
        c.setFont("Courier", 9)
        c.drawString(50, H - 88, "Student: " + f["applicant_name"])
        c.drawString(340, H - 88, "Student ID: " + look.get("student_id", "0000000"))
        if f.get("issue_date"):
            c.drawString(340, H - 100, "Date Issued: " + date_text(f["issue_date"], "us"))
        y = H - 124
        if look.get("style") == "grid":
            y = _grid_terms(c, terms[p * per_page:(p + 1) * per_page], y)
        for name, rows in ([] if look.get("style") == "grid" else terms[p * per_page:(p + 1) * per_page]):
            c.setFont("Courier-Bold", 9)
            c.drawString(50, y, name)
            y -= 13
            c.setFont("Courier", 8.5)
            for code, title, units, grade in rows:
                c.drawString(60, y, f"{code:<9}{title[:40]:<42}{units:>5.1f}   {grade}")
                y -= 11
            term_units = sum(r[2] for r in rows)
            c.drawString(60, y, f"{'':<9}{'Term credits':<42}{term_units:>5.1f}")
            y -= 20
        if p == n_pages - 1:
            c.setFont("Courier-Bold", 9)
            c.drawString(50, y, look.get("total_label", "CUMULATIVE CREDITS EARNED") + f": {f['credit_units']:.1f}")
            y -= 16
            if f.get("degree"):
                c.drawString(50, y, "DEGREE AWARDED: " + f["degree"])
                y -= 12
                c.drawString(50, y, "Conferred: " + date_text(f["degree_date"], look.get("degree_style", "long")))
                y -= 12
            else:
                c.drawString(50, y, "No degree conferred.")
            c.setFont("Courier", 7)
            c.drawString(50, 60, "*** END OF TRANSCRIPT ***")
        c.setFont("Helvetica", 6.5)
        c.setFillColor(Color(0.4, 0.4, 0.4))
        c.drawString(50, 40, "This transcript is printed on security paper. A raised seal is not required. "
                             "FERPA: release to third parties is prohibited without consent.")
        c.drawRightString(W - 50, 40, f"Page {p + 1} of {n_pages}")
        c.showPage()


def _grid_terms(c: Canvas, terms: list[tuple[str, list[tuple[str, str, float, str]]]], y: float) -> float:
    """A registrar's ruled table: one band per term, quality points beside the grade."""
    qp = {"A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7, "C+": 2.3, "P": 0.0}
    for name, rows in terms:
        c.setFillColor(Color(0.85, 0.88, 0.92))
        c.rect(50, y - 13, W - 100, 13, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(54, y - 10, name.upper())
        y -= 13
        table_rows = [["Course", "Title", "Attempted", "Earned", "Grade", "QPts"]]
        for code, title, units, grade in rows:
            table_rows.append([code, title[:38], f"{units:.2f}", f"{units:.2f}", grade, f"{units * qp[grade]:.2f}"])
        y = dr.table(c, table_rows, 50, y, [60, 232, 60, 60, 50, 50], size=7.5)
    return y


def draw_agenda(c: Canvas, doc: Doc, rng: random.Random) -> None:
    f = doc.fields
    look = doc.look
    c.setFont("Helvetica-Bold", 16)
    c.drawCentredString(W / 2, H - 60, f.get("provider", ""))
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(W / 2, H - 82, f.get("title", ""))
    c.setFont("Helvetica", 10)
    sub = []
    if f.get("location"):
        sub.append(f["location"])
    if f.get("start_date"):
        sub.append(_span(f["start_date"], f.get("end_date", f["start_date"])))
    c.drawCentredString(W / 2, H - 98, " | ".join(sub))
    y = H - 130
    two_col = look.get("two_column", False)
    x = 60
    for i, (slot, item) in enumerate(look["slots"]):
        if two_col and i == (len(look["slots"]) + 1) // 2:
            x = W / 2 + 10
            y = H - 130
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(x, y, slot)
        c.setFont("Helvetica", 9.5)
        y2 = dr.para(c, item, x + 92, y, (W / 2 - 130) if two_col else 380, "Helvetica", 9.5, 12)
        y = min(y - 16, y2 + 2)
    dr.footer(c, look.get("footer", "Sessions subject to change. Contact hours are awarded for sessions attended in full."))
    c.showPage()


def _span(a: str, b: str) -> str:
    x = a.split("-")
    z = b.split("-")
    if a == b:
        return f"{MONTHS[int(x[1]) - 1]} {int(x[2])}, {x[0]}"
    if x[:2] == z[:2]:
        return f"{MONTHS[int(x[1]) - 1]} {int(x[2])}-{int(z[2])}, {x[0]}"
    return f"{MONTHS[int(x[1]) - 1]} {int(x[2])} - {MONTHS[int(z[1]) - 1]} {int(z[2])}, {z[0]}"


def draw_form(c: Canvas, doc: Doc, rng: random.Random) -> None:
    """The applicant's own application / checklist form, partly handwritten."""
    f = doc.fields
    look: dict[str, Any] = doc.look
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, H - 60, look.get("form_title", "APPLICATION FOR DESIGNATION"))
    c.setFont("Helvetica", 9)
    c.drawString(60, H - 75, look.get("form_sub", "Please print. Attach supporting documentation in the order listed."))
    y = H - 110
    for label, value in look["rows"]:
        c.setFont("Helvetica", 9)
        c.drawString(60, y, label)
        c.line(200, y - 2, 540, y - 2)
        if value:
            c.setFont("Times-Italic", 12)
            c.setFillColor(Color(0.1, 0.15, 0.5))
            c.drawString(206, y + 1, value)
            c.setFillColor(black)
        y -= 26
    y -= 10
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, y, look.get("check_title", "CHECKLIST OF ENCLOSURES"))
    y -= 18
    c.setFont("Helvetica", 9)
    for item in look.get("checklist", []):
        c.rect(60, y - 2, 9, 9)
        c.drawString(66 - 4, y, "X" if rng.random() < 0.8 else "")
        c.drawString(78, y, item)
        y -= 16
    _ = f
    c.showPage()


def draw_blank(c: Canvas, doc: Doc, rng: random.Random) -> None:
    c.showPage()
