"""Records: college transcripts from several registrars, agendas and brochures, the IIMC
application form, and a cover/fax sheet."""

from __future__ import annotations

from . import drawing as D
from . import wordings as W

COURSES = [
    ("PADM 201", "Foundations of Public Administration"), ("POLS 110", "American Government"),
    ("ENGL 101", "Composition I"), ("MATH 140", "College Algebra"), ("PADM 330", "Public Budgeting"),
    ("PADM 342", "Records and Information Management"), ("HIST 105", "World Civilizations"),
    ("ACCT 210", "Governmental Accounting"), ("URBN 250", "Urban Planning Principles"),
    ("COMM 120", "Public Speaking"), ("BIOL 101", "General Biology"), ("MUSC 215", "Music Theory II"),
    ("PSCI 301", "State and Local Politics"), ("PADM 410", "Ethics in Public Service"),
    ("BUSN 220", "Principles of Management"), ("SOCI 101", "Introduction to Sociology"),
    ("HRMT 305", "Personnel Administration"), ("ECON 201", "Macroeconomics"),
    ("CHEM 121", "Chemistry I"), ("PADM 480", "Capstone in Municipal Management"),
]
GRADES = ["A", "A-", "B+", "B", "A", "B-", "A", "C+"]
SEASONS = ["Fall", "Spring", "Summer"]


def course_rows(total: float, first_year: int, rng, per_term=5):
    """Terms of courses whose credits add up to `total` exactly."""
    left = total
    terms = []
    year, season = first_year, 0
    pool = list(COURSES)
    rng.shuffle(pool)
    k = 0
    while left > 0:
        rows = []
        for _ in range(per_term):
            if left <= 0:
                break
            cr = min(left, rng.choice([3, 3, 3, 4, 2]))
            code, name = pool[k % len(pool)]
            k += 1
            rows.append((code, name, cr, rng.choice(GRADES)))
            left -= cr
        terms.append((f"{SEASONS[season]} {year}", rows))
        season = (season + 1) % 3
        if season == 1:
            year += 1
    return terms


def transcript(c, f, x, rng):
    """A registrar's transcript; `x['style']` is 'ledger' (two columns) or 'stacked'."""
    style = x.get("style", "stacked")
    terms = course_rows(f["credit_units"], x.get("first_year", 2008), rng, x.get("per_term", 5))
    pages = 0
    per_page = 4 if style == "stacked" else 8
    chunks = [terms[i:i + per_page] for i in range(0, len(terms), per_page)]
    for pno, chunk in enumerate(chunks, 1):
        w, h = D.new_page(c, D.PORTRAIT)
        D.guilloche(c, w, h, (0.55, 0.6, 0.7), rng, margin=14) if x.get("security") else None
        c.setFont("Times-Bold", 15)
        c.drawCentredString(w / 2, h - 50, f["provider"])
        c.setFont("Times-Roman", 9)
        c.drawCentredString(w / 2, h - 63, f"{x.get('registrar', 'Office of the Registrar')} - {x.get('city', '')}")
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(w / 2, h - 82, rng.choice(["OFFICIAL ACADEMIC TRANSCRIPT", "Official Transcript",
                                                        "ACADEMIC RECORD"]) if pno == 1 else "Academic Record (continued)")
        c.setFont("Helvetica", 8.5)
        c.drawString(40, h - 102, f"Student: {f.get('applicant_name', '')}")
        c.drawString(40, h - 113, f"Student ID: {x.get('sid', '000000')}")
        if "issue_date" in f:
            c.drawRightString(w - 40, h - 102, "Date issued: " + W.date(f["issue_date"], rng, ("us",)))
        c.drawRightString(w - 40, h - 113, f"Page {pno} of {len(chunks)}")
        y = h - 135
        if style == "ledger":
            cols = [(40, chunk[0::2]), (w / 2 + 5, chunk[1::2])]
            ybottom = y
            for cx, sub in cols:
                yy = y
                for term, rows in sub:
                    c.setFont("Helvetica-Bold", 8.5)
                    c.drawString(cx, yy, term)
                    yy -= 11
                    c.setFont("Courier", 7.5)
                    for code, name, cr, g in rows:
                        c.drawString(cx, yy, f"{code:<9}{name[:30]:<31}{cr:>4.1f} {g}")
                        yy -= 10
                    yy -= 8
                ybottom = min(ybottom, yy)
            y = ybottom
        else:
            for term, rows in chunk:
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(40, y, term)
                y -= 4
                data = [["Course", "Title", "Credits", "Grade"]] + [[a, b, W.number(cr), g] for a, b, cr, g in rows]
                y = D.table(c, 40, y, data, [80, 300, 60, 60], size=8.5, leading=13)
        if pno == len(chunks):
            c.setFont("Helvetica-Bold", 9.5)
            label = x.get("total_label", rng.choice(["Cumulative credits earned:", "TOTAL CREDITS EARNED",
                                                     "Institution credit hours total:"]))
            c.drawString(40, y - 14, f"{label} {W.number(f['credit_units'])}")
            y -= 34
            if "degree" in f:
                c.drawString(40, y, rng.choice(["Degree awarded: ", "DEGREE CONFERRED: ", "Awarded: "]) + f["degree"])
                c.setFont("Helvetica", 9.5)
                c.drawString(40, y - 13, "Date conferred: " + W.date(f["degree_date"], rng, ("long", "us")))
                y -= 30
            else:
                c.setFont("Helvetica", 9)
                c.drawString(40, y, x.get("no_degree_note", "No degree has been conferred."))
                y -= 20
            c.setFont("Times-Italic", 8)
            c.drawString(40, 60, "This transcript is official only when it bears the registrar's signature "
                                 "and the seal of the institution.")
            D.seal(c, w - 90, 100, 32, f["provider"], (0.3, 0.3, 0.5), embossed=True)
            D.signature(c, w - 250, 90, rng)
        D.footer(c, x.get("footer", "FERPA: this record may not be released to a third party without consent."), w, 6.5)
        c.showPage()
        pages += 1
    return pages


def agenda(c, f, x, rng):
    w, h = D.new_page(c, D.PORTRAIT)
    color = x.get("color", (0.2, 0.2, 0.45))
    c.setFillColorRGB(*color)
    c.rect(40, h - 110, w - 80, 70, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(55, h - 68, f.get("provider", ""))
    c.setFont("Helvetica", 12)
    c.drawString(55, h - 88, f.get("title", "Program") + "  -  " + rng.choice(["Agenda", "Program at a Glance", "Schedule"]))
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 10)
    line = W.date_range(f["start_date"], f.get("end_date", f["start_date"]), rng) if "start_date" in f else ""
    c.drawString(55, h - 130, line + (("   " + f["location"]) if "location" in f else ""))
    y = h - 160
    for day, sessions in x.get("sessions", []):
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(55, y, day)
        y -= 16
        rows = [[t, s] for t, s in sessions]
        y = D.table(c, 55, y, rows, [110, w - 220], header=False, leading=15, size=9, grid=False)
    D.footer(c, "Sessions subject to change. Bring this program to the registration desk.", w)
    c.showPage()
    return 1


def application_form(c, f, x, rng):
    w, h = D.new_page(c, D.PORTRAIT)
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(w / 2, h - 50, "International Institute of Municipal Clerks")
    c.setFont("Helvetica-Bold", 12)
    c.drawCentredString(w / 2, h - 68, x.get("form_title", "APPLICATION FOR CMC DESIGNATION"))
    c.setFont("Helvetica", 8.5)
    c.drawCentredString(w / 2, h - 82, "Please print or type. Attach supporting documentation.")
    rows = [["Applicant name", f.get("applicant_name", "")], ["IIMC member no.", x.get("member", "")],
            ["Municipality", x.get("muni", "")], ["Title", x.get("job", "")],
            ["Mailing address", x.get("addr", "")], ["Region", str(x.get("region", ""))]]
    y = D.table(c, 60, h - 100, rows, [150, w - 270], header=False, leading=24, size=10.5)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, y - 10, "Summary of points claimed")
    data = [["Category", "Points claimed", "For office use"]] + x.get("claims", [])
    y = D.table(c, 60, y - 18, data, [230, 110, 150], size=9.5, leading=18)
    y = D.paragraph(c, "I affirm that I practice the IIMC Code of Ethics and that the information "
                       "submitted is true and complete.", 60, y - 10, w - 120, "Helvetica", 9.5)
    D.sign_block(c, 60, y - 50, f.get("applicant_name", ""), "Applicant", rng)
    c.showPage()
    return 1


def cover_sheet(c, f, x, rng):
    """A fax cover / transmittal sheet: kind `other`."""
    w, h = D.new_page(c, D.PORTRAIT)
    c.setFont("Helvetica-Bold", 30)
    c.drawString(60, h - 90, x.get("heading", "FAX"))
    rows = [["To:", "IIMC Education Department"], ["From:", f.get("applicant_name", "")],
            ["Date:", W.date(f["issue_date"], rng, ("us", "long")) if "issue_date" in f else ""],
            ["Pages:", str(x.get("pages", 9)) + " (including cover)"], ["Re:", x.get("re", "Designation application")]]
    y = D.table(c, 60, h - 120, rows, [80, 380], header=False, leading=24, size=12)
    y = D.paragraph(c, x.get("note", "Please find enclosed my application and supporting documents. "
                                     "Originals to follow by mail."), 60, y - 20, w - 120, "Helvetica", 11)
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(60, 60, "CONFIDENTIALITY NOTICE: this transmission is intended only for the addressee.")
    c.showPage()
    return 1


def blank_page(c, f, x, rng):
    w, h = D.new_page(c, D.PORTRAIT)
    c.showPage()
    return 1


LAYOUTS = {
    "transcript": transcript,
    "agenda": agenda,
    "application": application_form,
    "cover": cover_sheet,
    "blank": blank_page,
}
