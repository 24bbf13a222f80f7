"""Registrar transcripts, agendas with time slots and the IIMC application form."""

import random

from . import layouts as L
from . import wordings as W
from .model import Doc

COURSES = [
    ("PAD", "Foundations of Public Administration"), ("PAD", "Public Budgeting"),
    ("POL", "State and Local Government"), ("ENG", "Composition I"),
    ("ENG", "Technical Writing"), ("MTH", "College Algebra"), ("HIS", "American History"),
    ("PAD", "Records and Information Management"), ("ECO", "Principles of Economics"),
    ("PAD", "Municipal Finance"), ("PSY", "Introduction to Psychology"),
    ("COM", "Public Speaking"), ("BIO", "General Biology"), ("PAD", "Ethics in Government"),
    ("POL", "Administrative Law"), ("SOC", "Urban Sociology"), ("ACC", "Governmental Accounting"),
    ("PAD", "Human Resource Management"), ("MUS", "Music Theory I"), ("CHM", "Chemistry I"),
]
GRADES = ["A", "A-", "B+", "B", "B-", "A", "C+", "A"]


def surname_first(name):
    """GONZALEZ, MARIA L. (a suffix stays after the given names: OYELARAN, MARCUS J. JR.)"""
    parts = name.split()
    suffix = [parts.pop()] if parts[-1].rstrip(".").upper() in ("JR", "SR", "II", "III") else []
    return (parts[-1] + ", " + " ".join(parts[:-1] + suffix)).upper()


def transcript(*, seed, name, student_id, college, office, address, terms, degree=None,
               conferred=None, issued, style=0, flags=(), registrar="", birth="",
               credits_per=3, fields_extra=None):
    """A multi-page transcript; every term a table; the cumulative total printed."""
    rnd = random.Random(seed)
    rows_by_term = []
    for term in terms:
        picks = rnd.sample(COURSES, 4)
        rows_by_term.append((term, [(f"{a} {rnd.randint(101, 489)}", t, credits_per,
                                     rnd.choice(GRADES)) for a, t in picks]))
    total = credits_per * 4 * len(terms)
    shown = name if style != 1 else surname_first(name)
    f = {"applicant_name": shown, "provider": college, "credit_units": total,
         "degree": degree, "degree_date": conferred, "issue_date": issued,
         "activity": "degree" if degree else "college_credits"}
    f.update(fields_extra or {})
    f = {k: v for k, v in f.items() if v is not None}
    per_page = 3
    pages = (len(rows_by_term) + per_page - 1) // per_page

    def draw(c):
        c.setPageSize(L.PORTRAIT)
        w, h = c._pagesize
        done = 0
        for p in range(pages):
            y = L.letterhead(c, college, [office, address],
                             ["classic", "two_column", "banner"][style % 3])
            c.setFont("Helvetica-Bold", 11)
            c.drawString(60, y, "OFFICIAL ACADEMIC TRANSCRIPT" if style != 2 else
                         "Academic Record - Official")
            y -= 18
            c.setFont("Helvetica", 9)
            c.drawString(60, y, f"Student: {shown}")
            c.drawString(330, y, f"Student ID: {student_id}")
            y -= 12
            if birth:
                c.drawString(60, y, f"Date of birth: {birth}")
            c.drawString(330, y, f"Date issued: {W.date(issued, 'us0')}")
            y -= 22
            for term, rows in rows_by_term[p * per_page:(p + 1) * per_page]:
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(60, y, term)
                y -= 4
                body = [("Course", "Title", "Credits", "Grade")] + list(rows)
                y = L.table(c, 60, y, [70, 270, 60, 60], body) - 6
                c.setFont("Helvetica-Oblique", 8.5)
                c.drawString(330, y, f"Term credits: {credits_per * 4}")
                y -= 20
                done += 1
            if p == pages - 1:
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(60, y, f"Cumulative credits earned: {total}")
                y -= 22
                if degree:
                    c.setFont("Times-Bold", 11)
                    c.drawString(60, y, "Degree conferred: " + degree)
                    y -= 14
                    c.setFont("Times-Roman", 11)
                    c.drawString(60, y, "Date conferred: " + W.date(conferred, "long"))
                    y -= 20
                else:
                    c.setFont("Times-Italic", 10)
                    c.drawString(60, y, "No degree has been conferred.")
                    y -= 20
                c.setFont("Helvetica-Oblique", 7.5)
                c.drawString(60, y, "This transcript is official only when it bears the "
                             "seal of the college and the signature of the registrar.")
                if registrar:
                    L.signature(c, w - 260, 110, registrar, "Registrar")
            L.footer(c, f"{college} - {office}", p + 1, pages)
            c.showPage()
        return pages

    return Doc("transcript", f, draw, list(flags))


def agenda(*, provider, title, start, end, location, slots, flags=(), days_heads=None,
           date_style="long"):
    """An agenda or brochure with a time-slot table per day."""
    f = {"provider": provider, "title": title, "start_date": start, "end_date": end,
         "location": location}

    def draw(c):
        c.setPageSize(L.PORTRAIT)
        w, h = c._pagesize
        c.setFont("Helvetica-Bold", 15)
        c.drawString(60, h - 70, title)
        c.setFont("Helvetica", 10)
        c.drawString(60, h - 88, provider)
        c.drawString(60, h - 102, f"{W.span(start, end, date_style)}  -  {location}")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, h - 130, "PROGRAM AGENDA")
        y = h - 140
        for head, rows in slots:
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(60, y - 10, head)
            y = L.table(c, 60, y - 16, [110, 260, 120],
                        [("Time", "Session", "Presenter")] + rows) - 10
        c.showPage()
        return 1

    return Doc("agenda", f, draw, list(flags))


def application_form(*, name, member_id, program, region, dated):
    """The IIMC application form, filled in with typed entries."""
    f = {"applicant_name": name}

    def draw(c):
        c.setPageSize(L.PORTRAIT)
        w, h = c._pagesize
        L.centred(c, "INTERNATIONAL INSTITUTE OF MUNICIPAL CLERKS", h - 60, "Helvetica-Bold", 12)
        L.centred(c, f"Application for the {program} Designation", h - 78, "Helvetica", 11)
        rows = [("Applicant name", name), ("IIMC member number", member_id),
                ("Region", str(region)), ("Program", program),
                ("Date of application", W.date(dated, "us0"))]
        y = h - 120
        for label, value in rows:
            c.setFont("Helvetica", 9)
            c.drawString(60, y, label)
            c.setFont("Courier", 11)
            c.drawString(220, y, value)
            c.line(215, y - 3, w - 60, y - 3)
            y -= 26
        y -= 10
        L.wrap(c, "I affirm that the supporting documentation enclosed is true and that I "
               "practice the IIMC Code of Ethics.", 60, y, w - 120, "Helvetica", 9)
        c.showPage()
        return 1

    return Doc("application_form", f, draw)
