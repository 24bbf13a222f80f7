"""Transcripts (two registrar styles), agendas with time slots, the application form."""
from reportlab.lib.pagesizes import letter

from . import drawing as dr
from . import wordings as wd

COURSES = [("PAD 201", "Foundations of Public Administration"), ("POL 110", "American Government"),
           ("ACC 220", "Governmental Accounting"), ("ENG 101", "Composition I"),
           ("RMG 310", "Records and Information Management"), ("URB 240", "Urban Planning"),
           ("MTH 120", "Statistics"), ("PAD 330", "Public Budgeting"), ("BIO 101", "General Biology")]


def transcript(c, f, p, rng):
    w, h = letter
    c.setPageSize((w, h))
    style = p.get("reg", 0)
    if style == 0:
        dr.centre(c, f["provider"].upper(), h - 60, "Times-Bold", 16, w)
        dr.centre(c, "Office of the Registrar - Official Academic Transcript", h - 78, "Times-Italic", 10, w)
    else:
        c.setFont("Courier-Bold", 12)
        c.drawString(50, h - 60, f["provider"] + "   OFFICIAL TRANSCRIPT")
    c.setFont("Courier", 9.5)
    c.drawString(50, h - 110, "Student: " + f["applicant_name"])
    c.drawString(330, h - 110, f"Student ID: {rng.randrange(10**6, 10**7)}")
    if "issue_date" in f:
        c.drawString(330, h - 124, "Date issued: " + wd.date_text(f["issue_date"], rng, 2))
    y = h - 150
    n = p.get("courses", 8)
    rows = []
    for i in range(n):
        code, name = COURSES[(i + p.get("offset", 0)) % len(COURSES)]
        rows.append([f"{'Fall' if i % 2 else 'Spring'} {p.get('year0', 2008) + i // 2}", code, name,
                     "3.0", rng.choice(["A", "A-", "B+", "B"])])
    y = dr.table(c, 50, y, ["Term", "Course", "Title", "Units", "Grade"], rows,
                 [80, 70, 250, 50, 50], rng, 8.5)
    c.setFont("Courier-Bold", 10)
    c.drawString(50, y - 10, f"Cumulative units earned: {f['credit_units']:g}    GPA 3.41")
    if "degree" in f:
        c.drawString(50, y - 30, "Degree awarded: " + f["degree"])
        c.drawString(50, y - 45, "Conferred: " + wd.date_text(f["degree_date"], rng, 0))
    else:
        c.drawString(50, y - 30, "No degree has been conferred.")
    dr.footer(c, w, "This transcript is official only when bearing the registrar's seal.", rng)
    dr.seal(c, w - 110, 100, 34, rng, "REGISTRAR")
    c.showPage()


def agenda(c, f, p, rng):
    w, h = letter
    c.setPageSize((w, h))
    dr.centre(c, f["provider"], h - 60, "Helvetica-Bold", 13, w)
    dr.centre(c, f["title"], h - 85, "Helvetica-Bold", 18, w)
    sub = wd.range_text(f["start_date"], f["end_date"], rng)
    if "location" in f:
        sub += "  -  " + f["location"]
    dr.centre(c, sub, h - 105, "Helvetica", 10.5, w)
    slots = p.get("slots", ["Registration and coffee", "Records retention schedules",
                            "Lunch", "Open meetings law update", "Election calendar workshop"])
    rows = [[f"{8 + i}:{'00' if i % 2 == 0 else '30'}", s] for i, s in enumerate(slots)]
    dr.table(c, 90, h - 140, ["Time", "Session"], rows, [80, 340], rng, 10)
    c.showPage()


def application(c, f, p, rng):
    w, h = letter
    c.setPageSize((w, h))
    c.setFont("Helvetica-Bold", 15)
    c.drawString(60, h - 70, "International Institute of Municipal Clerks")
    c.setFont("Helvetica", 12)
    c.drawString(60, h - 90, f"Application for the {p.get('program', 'CMC')} Designation")
    y = h - 130
    for lab, val in [("Applicant name", f["applicant_name"]), ("Member number", p.get("member", "")),
                     ("Municipality", p.get("town", "")), ("Region", str(p.get("region", "")))]:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y, lab)
        c.rect(180, y - 4, 300, 16)
        c.setFont("Courier", 10)
        c.drawString(185, y, val)
        y -= 28
    y = dr.wrap(c, "I affirm the IIMC Code of Ethics and that the enclosed documentation is true.",
                60, y - 10, w - 120, "Helvetica", 10)
    c.setFont("Helvetica", 9)
    c.drawString(60, y - 40, "Signature of applicant ______________________")
    c.showPage()


def blank(c, f, p, rng):
    c.setPageSize(letter)
    c.showPage()


STYLES = {"transcript": transcript, "agenda": agenda, "application": application, "blank": blank}
