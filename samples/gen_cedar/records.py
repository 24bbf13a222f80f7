"""Transcripts (several registrars' styles), agendas (tables, time-slot lists, two
columns), application forms."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter

from . import drawing as g
from . import wordings as W
from .truth import Doc


def transcript(applicant_name, college, office, place, terms, issue_date, style="semester",
               degree=None, degree_date=None, student_id="", unit="Credits", printed_name=None,
               rows_per_page=26, paper="microtext", major=None, color=g.NAVY):
    """terms: [(term, [(code, title, credits, grade)])]; the printed cumulative total is the
    sum of all credits."""
    total = sum(cr for _, cs in terms for _, _, cr, _ in cs)
    # paginate: each term takes len+2 rows
    pages_terms, cur, used = [], [], 0
    for t in terms:
        need = len(t[1]) + 3
        if cur and used + need > rows_per_page:
            pages_terms.append(cur)
            cur, used = [], 0
        cur.append(t)
        used += need
    pages_terms.append(cur)
    n = len(pages_terms)
    shown = printed_name or applicant_name
    fns = []
    for i, chunk in enumerate(pages_terms):
        fns.append(_transcript_page(i, n, chunk, college, office, place, shown, student_id, style,
                                    unit, total, degree, degree_date, issue_date, major, color))
    f = {"applicant_name": applicant_name, "provider": college, "credit_units": total,
         "issue_date": issue_date, "activity": "degree" if degree else "college_credits"}
    if degree:
        f["degree"] = degree
        f["degree_date"] = degree_date
    return Doc("transcript", f, fns, paper=paper)


def _transcript_page(i, n, chunk, college, office, place, name, sid, style, unit, total,
                     degree, degree_date, issue_date, major, color):
    def draw(c, w, h, rng):
        if style == "semester":
            g.text(c, w / 2, h - 56, college.upper(), g.SERIF_B, 16, color, "center")
            g.text(c, w / 2, h - 72, f"{office} \u00b7 {place}", g.SERIF_I, 9.5, g.SLATE, "center")
            g.text(c, w / 2, h - 92, "OFFICIAL ACADEMIC TRANSCRIPT", g.SERIF_B, 11, align="center")
            y = h - 116
            g.text(c, 60, y, f"Name: {name}", g.SANS, 9.5)
            g.text(c, w - 60, y, f"Student ID: {sid}", g.SANS, 9.5, align="right")
            y -= 14
            g.text(c, 60, y, f"Date Issued: {W.us(issue_date)}", g.SANS, 9.5)
            if major:
                g.text(c, w - 60, y, f"Program: {major}", g.SANS, 9.5, align="right")
            y -= 22
            for term, courses in chunk:
                g.text(c, 60, y, term, g.SANS_B, 9.5)
                y -= 4
                rows = [["Course", "Title", unit, "Grade"]] + [[a, b, f"{cr:.1f}", gr] for a, b, cr, gr in courses]
                y = g.table(c, 60, y, [70, w - 300, 60, 50], rows, g.SANS, 8.5, row_h=15)
                tc = sum(cr for _, _, cr, _ in courses)
                g.text(c, w - 120, y - 11, f"Term {unit}: {tc:.1f}", g.SANS_I, 8.5, align="right")
                y -= 26
        elif style == "quarter":
            c.setFillColor(colors.HexColor("#eef1f4"))
            c.rect(40, h - 96, w - 80, 60, stroke=0, fill=1)
            g.text(c, 50, h - 58, college, g.SANS_B, 14, color)
            g.text(c, 50, h - 74, office + ", " + place, g.SANS, 8.5, g.SLATE)
            g.text(c, w - 50, h - 58, "Academic Record", g.SANS_B, 11, align="right")
            g.text(c, w - 50, h - 74, "Issued to student " + W.abbr(issue_date), g.SANS, 8.5, g.SLATE, "right")
            y = h - 116
            g.text(c, 50, y, f"STUDENT  {name.upper()}", g.MONO_B, 9)
            g.text(c, w - 50, y, f"ID {sid}", g.MONO, 9, align="right")
            y -= 20
            for term, courses in chunk:
                g.text(c, 50, y, "-- " + term.upper() + " --", g.MONO_B, 8.5)
                y -= 12
                for a, b, cr, gr in courses:
                    g.text(c, 50, y, f"{a:<10}{b[:44]:<46}{cr:>5.1f}  {gr}", g.MONO, 8.5)
                    y -= 11
                tc = sum(cr for _, _, cr, _ in courses)
                g.text(c, 50, y, f"{'':<10}{'QUARTER TOTAL':<46}{tc:>5.1f}", g.MONO, 8.5)
                y -= 20
        else:  # "ledger": landscape-ish narrow columns with a shaded header band
            c.setFillColor(color)
            c.rect(0, h - 70, w, 70, stroke=0, fill=1)
            g.text(c, 50, h - 40, college, g.SERIF_B, 17, colors.white)
            g.text(c, 50, h - 58, office + " \u2014 " + place, g.SANS, 8.5, colors.white)
            y = h - 96
            g.text(c, 50, y, "Record of: " + name, g.SERIF_B, 10.5)
            g.text(c, w - 50, y, "Printed " + W.dmy(issue_date), g.SERIF, 9.5, align="right")
            y -= 24
            for term, courses in chunk:
                rows = [[term, "", unit, "Mark"]] + [[a, b, f"{cr:g}", gr] for a, b, cr, gr in courses]
                y = g.table(c, 50, y, [90, w - 280, 70, 70], rows, g.SERIF, 9, g.SERIF_B, row_h=15,
                            head_fill=colors.HexColor("#e9e2cf")) - 16
        if i == n - 1:
            y -= 6
            c.setStrokeColor(colors.black)
            c.line(60, y + 8, w - 60, y + 8)
            g.text(c, 60, y - 6, f"CUMULATIVE {unit.upper()} EARNED: {total:g}", g.SANS_B, 9.5)
            if degree:
                g.text(c, 60, y - 22, f"Degree conferred: {degree}", g.SANS_B, 9.5)
                g.text(c, 60, y - 36, f"Date conferred: {W.long(degree_date)}", g.SANS, 9.5)
            else:
                g.text(c, 60, y - 22, "No degree has been conferred.", g.SANS_I, 9)
            g.seal(c, w - 110, 110, 34, college[:30] + " REGISTRAR", "", g.SLATE)
            g.text(c, 60, 72, "Office of the Registrar (printed signature)", g.SERIF_I, 8.5, g.SLATE)
        else:
            g.text(c, w / 2, 60, "Continued on next page", g.SANS_I, 8.5, g.SLATE, "center")
        g.page_no(c, w, i + 1, n)
        g.text(c, 60, 28, "This transcript is not official unless it bears the seal of the registrar.", g.SANS, 6.5, g.SLATE)
    return draw


def agenda(provider, title, start_date, end_date, location, days, style="table",
           landscape_page=False, color=g.FOREST, subtitle=""):
    """days: [(iso_date, [(time, session, presenter)])]"""
    size = landscape(letter) if landscape_page else letter
    fns = []
    if style == "twocol":
        # two days per page side by side
        chunks = [days[i:i + 2] for i in range(0, len(days), 2)]
    else:
        chunks = [[d] for d in days] if len(days) > 1 else [days]
    n = len(chunks)
    for i, chunk in enumerate(chunks):
        fns.append(_agenda_page(i, n, chunk, provider, title, start_date, end_date, location, style, color, subtitle))
    f = {"provider": provider, "title": title, "start_date": start_date, "end_date": end_date}
    if location:
        f["location"] = location
    return Doc("agenda", f, fns, pagesize=size)


def _agenda_page(i, n, chunk, provider, title, sd, ed, location, style, color, subtitle):
    def draw(c, w, h, rng):
        if i == 0:
            g.text(c, w / 2, h - 60, provider, g.SANS_B, 12, g.SLATE, "center")
            g.text(c, w / 2, h - 86, title, g.SERIF_B, 22, color, "center")
            if subtitle:
                g.text(c, w / 2, h - 104, subtitle, g.SERIF_I, 11, align="center")
            g.text(c, w / 2, h - 122, W.span(sd, ed, "long") + (f"  \u2022  {location}" if location else ""),
                   g.SANS, 10.5, align="center")
            y = h - 156
        else:
            g.text(c, 60, h - 50, f"{title} (continued)", g.SANS_I, 9, g.SLATE)
            y = h - 80
        if style == "twocol":
            colw = (w - 140) / 2
            for j, (d, items) in enumerate(chunk):
                x = 60 + j * (colw + 20)
                yy = y
                g.text(c, x, yy, W.abbr(d), g.SANS_B, 11, color)
                yy -= 18
                for t, s, p in items:
                    g.text(c, x, yy, t, g.SANS_B, 8.5)
                    yy = g.para(c, x + 62, yy, s + (f" \u2014 {p}" if p else ""), colw - 62, g.SANS, 8.5, 11) - 4
        else:
            for d, items in chunk:
                g.text(c, 60, y, W.long(d).upper() if style == "slots" else "Day of " + W.long(d), g.SANS_B, 11, color)
                y -= 10
                if style == "table":
                    rows = [["Time", "Session", "Presenter"]] + [[t, s, p] for t, s, p in items]
                    y = g.table(c, 60, y, [90, w - 370, 160], rows, g.SANS, 9, row_h=18) - 24
                else:
                    y -= 8
                    for t, s, p in items:
                        g.text(c, 70, y, t, g.MONO, 9.5)
                        g.text(c, 190, y, s, g.SERIF, 10.5)
                        if p:
                            g.text(c, 190, y - 12, p, g.SERIF_I, 9, g.SLATE)
                            y -= 12
                        y -= 18
        g.page_no(c, w, i + 1, n)
    return draw


def application_form(applicant_name, program, member_id, municipality, position, region, email):
    def draw(c, w, h, rng):
        g.text(c, 60, h - 60, "INTERNATIONAL INSTITUTE OF MUNICIPAL CLERKS", g.SANS_B, 12, g.NAVY)
        g.text(c, 60, h - 80, f"Application for the {program} Designation", g.SANS_B, 17)
        g.text(c, 60, h - 96, "Please print or type. Attach supporting documentation in the order listed.", g.SANS_I, 9)
        y = h - 130
        for lab, val in (("Applicant name", applicant_name), ("IIMC member number", member_id),
                         ("Municipality", municipality), ("Position / title", position),
                         ("IIMC Region", str(region)), ("E-mail", email)):
            g.text(c, 60, y, lab, g.SANS, 9, g.SLATE)
            g.text(c, 200, y + 1, val, g.MONO, 11)
            c.setStrokeColor(colors.grey)
            c.line(195, y - 3, w - 60, y - 3)
            y -= 30
        y -= 10
        g.text(c, 60, y, "Code of Ethics", g.SANS_B, 10)
        y = g.para(c, 60, y - 14, "I affirm that I will uphold the IIMC Code of Ethics and that the supporting "
                   "documents enclosed are true copies.", w - 120, g.SANS, 9.5)
        c.rect(60, y - 12, 9, 9)
        g.text(c, 62, y - 10.5, "X", g.SANS_B, 8.5)
        g.text(c, 76, y - 11, "I agree", g.SANS, 9)
        g.signature(c, 80, y - 70, rng)
        c.line(70, y - 74, 300, y - 74)
        g.text(c, 70, y - 86, "Signature of applicant", g.SANS, 8, g.SLATE)
    return Doc("application_form", {"applicant_name": applicant_name}, [draw])
