"""College transcripts in three registrars' styles.

A: a university's two-page official transcript on security paper (term tables, a
   transfer-credit block, "Degree Awarded" line, cumulative totals on the last page);
B: a community college's one-page dense grid (no degree: credits only);
C: a college's "academic record" with courses by year and a degree statement at the top.
The truth carries the printed cumulative credit total, the degree and its conferral date
where awarded, and the transcript's issue date (conventions: no signatory, no location).
"""

from __future__ import annotations

from random import Random
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from . import paper
from .model import Doc
from .wordings import date_text

Term = tuple[str, list[tuple[str, str, float, str]]]  # name, [(code, title, units, grade)]


def _total(terms: list[Term], transfer: list[tuple[str, str, float, str]]) -> float:
    return sum(u for _, cs in terms for _, _, u, _ in cs) + sum(u for _, _, u, _ in transfer)


def transcript(f: dict[str, Any], rng: Random, style: str, terms: list[Term], *,
               transfer: list[tuple[str, str, float, str]] | None = None, student_id: str,
               registrar: tuple[str, str], major: str = "", evidence: str | None = None) -> Doc:
    transfer = transfer or []
    total = _total(terms, transfer)
    assert abs(total - f["credit_units"]) < 1e-9, (total, f["credit_units"])
    sub = Random(rng.random())
    name, college = f["applicant_name"], f["provider"]
    issue = f["issue_date"]

    def header(c: Canvas, page: int, of: int) -> float:
        w, h = c._pagesize
        if style == "A":
            paper.watermark(c, w, h, college.upper() + " OFFICIAL TRANSCRIPT")
            c.setFont("Times-Bold", 15)
            c.drawCentredString(w / 2, h - 50, college)
            c.setFont("Times-Roman", 9)
            c.drawCentredString(w / 2, h - 63, "Office of the University Registrar - "
                                "Official Academic Transcript")
            c.setFont("Helvetica", 8)
            c.drawString(50, h - 85, f"Student: {name}")
            c.drawString(260, h - 85, f"ID: {student_id}")
            c.drawString(400, h - 85, f"Date Issued: {date_text(issue, 'us')}")
            c.drawRightString(w - 50, h - 97, f"Page {page} of {of}")
            c.line(50, h - 102, w - 50, h - 102)
            return h - 120
        if style == "B":
            c.setFillColor(HexColor("#fff8e1"))
            c.rect(0, 0, w, h, stroke=0, fill=1)
            c.setFillColor(HexColor("#000000"))
            c.setFont("Courier-Bold", 11)
            c.drawString(40, h - 45, college.upper() + "  *  STUDENT ACADEMIC RECORD")
            c.setFont("Courier", 8.5)
            c.drawString(40, h - 60, f"NAME: {name.upper()}   STUDENT NO: {student_id}   "
                         f"PRINTED: {date_text(issue, 'us')}")
            return h - 85
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, h - 55, college)
        c.setFont("Helvetica", 9)
        c.drawString(60, h - 69, "Academic Record")
        c.drawRightString(w - 60, h - 55, f"Record of: {name}")
        c.drawRightString(w - 60, h - 69, f"Issued {date_text(issue, 'long')}")
        y = h - 95
        if "degree" in f:
            c.setFillColor(HexColor("#e8f0e8"))
            c.rect(55, y - 24, w - 110, 34, stroke=0, fill=1)
            c.setFillColor(HexColor("#000000"))
            c.setFont("Helvetica-Bold", 10)
            c.drawString(62, y - 2, f"Degree conferred: {f['degree']}")
            c.setFont("Helvetica", 9)
            c.drawString(62, y - 16, f"Date conferred: {date_text(f['degree_date'], 'long')}"
                         + (f"    Major: {major}" if major else ""))
            y -= 45
        return y

    def term_block(c: Canvas, y: float, tname: str, courses: list[tuple[str, str, float, str]]
                   ) -> float:
        mono = style == "B"
        c.setFont("Courier-Bold" if mono else "Helvetica-Bold", 9)
        c.drawString(50 if style != "C" else 60, y, tname)
        y -= 12
        for code, title, units, grade in courses:
            c.setFont("Courier" if mono else "Helvetica", 8.5)
            x0 = 50 if style != "C" else 60
            c.drawString(x0 + 10, y, code)
            c.drawString(x0 + 80, y, title)
            c.drawRightString(x0 + 400, y, f"{units:.1f}")
            c.drawString(x0 + 420, y, grade)
            y -= 11
        term_units = sum(u for _, _, u, _ in courses)
        c.setFont("Courier-Oblique" if mono else "Helvetica-Oblique", 8)
        c.drawRightString((50 if style != "C" else 60) + 400, y, f"Term units {term_units:.1f}")
        return y - 18

    def footer_totals(c: Canvas, y: float) -> float:
        c.setFont("Courier-Bold" if style == "B" else "Helvetica-Bold", 9.5)
        c.drawString(50 if style != "C" else 60, y, f"CUMULATIVE CREDITS EARNED: {total:g}")
        y -= 16
        if style == "A" and "degree" in f:
            c.drawString(50, y, f"DEGREE AWARDED: {f['degree']}")
            y -= 13
            c.setFont("Helvetica", 9)
            c.drawString(50, y, f"Date conferred: {date_text(f['degree_date'], 'us')}"
                         + (f"   Major: {major}" if major else ""))
            y -= 16
        if "degree" not in f:
            c.setFont("Helvetica-Oblique", 8.5)
            c.drawString(50 if style != "C" else 60, y, "No degree has been conferred.")
            y -= 14
        return y

    if style == "A":
        half = (len(terms) + 1) // 2
        chunks = [terms[:half], terms[half:]]
    else:
        chunks = [terms]
    draws = []
    for pi, chunk in enumerate(chunks):
        def draw(c: Canvas, pi: int = pi, chunk: list[Term] = chunk) -> None:
            r = Random(sub.random() + pi)
            y = header(c, pi + 1, len(chunks))
            if pi == 0 and transfer:
                y = term_block(c, y, "TRANSFER CREDIT ACCEPTED", transfer)
            for tname, courses in chunk:
                y = term_block(c, y, tname, courses)
            if pi == len(chunks) - 1:
                y = footer_totals(c, y)
                c.setFont("Helvetica", 8)
                c.drawString(50, 80, registrar[0] + ", " + registrar[1])
                paper.signature(c, 50, 95, r, 90)
                paper.footer(c, c._pagesize[0], "This transcript is not official unless it bears "
                             "the registrar's signature and the seal of the college. FERPA "
                             "protected.", 6.5)
            else:
                c.setFont("Helvetica-Oblique", 8)
                c.drawString(50, 60, "Continued on next page")
        draws.append(draw)
    return Doc("transcript", dict(f), draws, [letter] * len(draws), evidence=evidence)
