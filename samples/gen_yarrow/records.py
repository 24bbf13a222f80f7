"""Records: college transcripts (term tables over pages), agendas with time slots, forms, cover sheets."""

from __future__ import annotations

import datetime as dt
import random

from reportlab.pdfgen.canvas import Canvas

from . import drawing as dr
from . import wordings as w
from .model import Doc, put

SUBJECTS = {
    "pa": ["Foundations of Public Administration", "State and Local Government", "Public Budgeting",
           "Administrative Law", "Municipal Records Systems", "Urban Policy Analysis", "Public Personnel Management",
           "Ethics in Public Service", "Research Methods for Government", "Intergovernmental Relations"],
    "bio": ["General Biology I", "General Biology II", "Organic Chemistry", "Genetics", "Field Ecology",
            "Cell Biology", "Microbiology", "Biostatistics"],
    "gen": ["English Composition", "College Algebra", "Public Speaking", "Introduction to Sociology",
            "World History", "Macroeconomics", "Environmental Science", "Art Appreciation"],
    "bus": ["Principles of Management", "Business Communication", "Financial Accounting", "Marketing",
            "Organizational Behavior", "Business Law"],
}


def _courses(key: str, field: str, terms: list[str]) -> list[tuple[str, list[tuple[str, str, float, str]]]]:
    rnd = random.Random(key)
    out = []
    pool = SUBJECTS[field] + SUBJECTS["gen"]
    n = 0
    for term in terms:
        rows = []
        for _ in range(rnd.choice([3, 4, 4, 5])):
            title = pool[n % len(pool)]
            n += 1
            code = f"{rnd.choice(['PADM', 'POLS', 'GEN', 'HUM', 'SCI', 'BUS'])} {rnd.randint(100, 480)}"
            rows.append((code, title, float(rnd.choice([3, 3, 3, 4, 2])), rnd.choice(["A", "A-", "B+", "B", "B-", "C+", "A"])))
        out.append((term, rows))
    return out


def transcript(
    *, person_printed: str, college: str, registrar: str, issued: dt.date, field: str,
    terms: list[str], degree: str | None = None, conferred: dt.date | None = None,
    student_id: str = "", layout: str = "grid", same_as: str | None = None,
) -> Doc:
    """An official transcript; the truth's credit_units is the printed cumulative total."""
    plan = _courses(f"{college}|{person_printed}", field, terms)
    total = sum(cr for _, rows in plan for _, _, cr, _ in rows)
    fields = put({}, applicant_name=person_printed, provider=college, credit_units=total,
                 degree=degree, degree_date=conferred, issue_date=issued,
                 activity="degree" if degree else "college_credits")

    def draw(c: Canvas, rnd: random.Random) -> int:
        pages = 0
        per_page = 3 if layout == "grid" else 4
        chunks = [plan[i:i + per_page] for i in range(0, len(plan), per_page)]
        running = 0.0
        for pi, chunk in enumerate(chunks):
            size = dr.page(c, dr.PORTRAIT)
            dr.security_paper(c, rnd, size, rnd.choice(["#e9e2f4", "#e0efe9", "#f3ecd9"]))
            c.setFont("Times-Bold", 16)
            c.drawCentredString(306, 740, college)
            c.setFont("Helvetica", 8.5)
            c.drawCentredString(306, 727, f"Office of the Registrar  \u2022  {rnd.choice(['Official Academic Record', 'OFFICIAL TRANSCRIPT', 'Permanent Record'])}")
            c.setFont("Helvetica", 9)
            c.drawString(54, 704, f"Student: {person_printed}")
            c.drawString(320, 704, f"Student ID: {student_id or rnd.randint(1000000, 9999999)}")
            c.drawString(54, 691, f"Date issued: {w.date_text(issued, rnd.choice(['us', 'abbr', 'dash']))}")
            c.drawString(320, 691, f"Page {pi + 1} of {len(chunks)}")
            y = 670.0
            for term, rows in chunk:
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(54, y, term)
                y -= 4
                body = [["Course", "Title", "Cr", "Grd"]] + [[a, b, f"{cr:.2f}", g] for a, b, cr, g in rows]
                y = dr.table(c, 54, y, body, [70, 300, 50, 40], 8.5, grid=layout == "grid")
                tc = sum(cr for _, _, cr, _ in rows)
                running += tc
                c.setFont("Helvetica", 8.5)
                c.drawString(60, y - 2, f"Term credits {tc:.2f}     Cumulative credits {running:.2f}")
                y -= 24
            if pi == len(chunks) - 1:
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(54, y - 6, f"TOTAL CREDITS EARNED: {total:.2f}")
                if degree and conferred:
                    c.drawString(54, y - 22, f"Degree awarded: {degree}")
                    c.drawString(54, y - 36, f"Date conferred: {w.date_text(conferred, 'long')}")
                else:
                    c.setFont("Helvetica", 9)
                    c.drawString(54, y - 22, "No degree conferred.")
                if rnd.random() < 0.6:
                    dr.stamp(c, 60, 120, ["ISSUED TO STUDENT"], rnd.uniform(-6, 6), "#3b4f9c")
                c.setFont("Times-Italic", 13)
                c.drawString(360, 110, registrar.split()[-1])
                c.setFont("Helvetica", 8)
                c.drawString(360, 98, f"{registrar}, University Registrar")
            dr.footer(c, size, "This transcript is official only when it bears the registrar's signature and raised seal. "
                               "FERPA: do not release to third parties.")
            c.showPage()
            pages += 1
        return pages

    return Doc("transcript", fields, draw, same_as=same_as)


def agenda(
    *, provider: str, title: str, start: dt.date, end: dt.date | None, location: str,
    slots: list[tuple[str, str]], two_column: bool = False,
) -> Doc:
    """A program agenda with time slots (one or two days)."""
    end = end or start
    fields = put({}, provider=provider, title=title, start_date=start, end_date=end, location=location)

    def draw(c: Canvas, rnd: random.Random) -> int:
        size = dr.page(c, dr.PORTRAIT)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(60, 735, title)
        c.setFont("Helvetica", 10)
        c.drawString(60, 719, provider)
        c.drawString(60, 705, f"{w.span_text(rnd, start, end)}  |  {location}")
        c.line(60, 697, 552, 697)
        y = 678.0
        half = (len(slots) + 1) // 2 if two_column else len(slots)
        for i, (when, what) in enumerate(slots):
            col = 0 if i < half else 1
            if i == half and two_column:
                y = 678.0
            x = 60 + col * 250
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x, y, when)
            c.setFont("Helvetica", 9)
            c.drawString(x + (72 if two_column else 110), y, what[:48] if two_column else what)
            y -= 16
        dr.footer(c, size, "Agenda subject to change. Sessions qualify for contact hours as reviewed.")
        c.showPage()
        return 1

    return Doc("agenda", fields, draw)


def application_form(*, person: str, program: str, member_id: str, items: list[str]) -> Doc:
    """The applicant's own application / check-list form."""
    fields = put({}, applicant_name=person)

    def draw(c: Canvas, rnd: random.Random) -> int:
        dr.page(c, dr.PORTRAIT)
        name = "Certified Municipal Clerk" if program == "CMC" else "Master Municipal Clerk"
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(306, 740, f"Application for {name} ({program}) Designation")
        c.setFont("Helvetica", 9)
        c.drawCentredString(306, 726, "Checklist of supporting documentation - please print clearly")
        y = dr.table(c, 60, 700, [["Applicant name", person], ["IIMC member number", member_id],
                                  ["Designation sought", program]], [160, 330], 10, head=False)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y - 4, "Enclosed documentation (check each):")
        y -= 24
        c.setFont("Helvetica", 9.5)
        for it in items:
            c.rect(64, y - 2, 9, 9)
            c.drawString(68, y, "x")
            c.drawString(82, y, it)
            y -= 15
        c.drawString(60, y - 20, "I affirm the IIMC Code of Ethics and that the enclosed records are true copies.")
        c.showPage()
        return 1

    return Doc("application_form", fields, draw)


def cover_note(*, person: str, issued: dt.date, body: str) -> Doc:
    """A fax or transmittal cover sheet (kind other)."""
    fields = put({}, applicant_name=person, issue_date=issued)

    def draw(c: Canvas, rnd: random.Random) -> int:
        dr.page(c, dr.PORTRAIT)
        c.setFont("Courier-Bold", 22)
        c.drawString(72, 720, "FAX TRANSMITTAL")
        c.setFont("Courier", 11)
        rows = [f"DATE:  {w.date_text(issued, 'us')}", "TO:    IIMC Education Department",
                f"FROM:  {person}", f"PAGES: {rnd.randint(5, 14)} (including cover)"]
        y = 680
        for r in rows:
            c.drawString(72, y, r)
            y -= 18
        dr.para(c, body, 72, y - 14, 460, "Courier", 10.5)
        c.showPage()
        return 1

    return Doc("other", fields, draw)
