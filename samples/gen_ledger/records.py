"""Transcripts (several registrars' styles), application forms and receipts."""

from __future__ import annotations

import random

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from . import draw
from .model import Doc, fmt, num

W, H = letter


def transcript(c: Canvas, doc: Doc, rng: random.Random) -> int:
    """extra['terms']: [(term name, [(code, title, credits, grade)])], extra['transfer']:
    [(institution, credits)]; a page holds a few terms, the totals and degree close it."""
    terms = doc.extra["terms"]
    style = doc.extra.get("tstyle", 0)
    mono = style == 1
    reg, bold = ("Courier", "Courier-Bold") if mono else ("Helvetica", "Helvetica-Bold")
    per_page = doc.extra.get("per_page", 3)
    chunks = [terms[i:i + per_page] for i in range(0, len(terms), per_page)] or [[]]
    pages = len(chunks)
    total_inst = sum(cr for _, courses in terms for _, _, cr, _ in courses)
    for pno, chunk in enumerate(chunks, start=1):
        if doc.extra.get("security"):
            draw.security_background(c, W, H, doc.org.short + " OFFICIAL TRANSCRIPT", rng)
        c.setFillColorRGB(*doc.org.colour)
        draw.centred(c, W / 2, H - 58, doc.get("provider"), "Times-Bold", 18, W - 120)
        c.setFillColorRGB(0, 0, 0)
        draw.centred(c, W / 2, H - 74, "  ".join(doc.org.address), "Times-Roman", 9, W - 120)
        draw.centred(c, W / 2, H - 96, doc.extra.get("heading", "OFFICIAL ACADEMIC TRANSCRIPT"),
                     bold, 12)
        y = H - 122
        draw.text(c, 60, y, "Student:", bold, 9.5)
        draw.text(c, 120, y, doc.get("applicant_name"), reg, 9.5)
        draw.text(c, 360, y, "Student No.:", bold, 9.5)
        draw.text(c, 440, y, doc.extra.get("student_no", ""), reg, 9.5)
        y -= 13
        if doc.get("issue_date"):
            draw.text(c, 360, y, "Date Issued:", bold, 9.5)
            draw.text(c, 440, y, fmt(doc.get("issue_date"), doc.extra.get("datefmt", "us")), reg, 9.5)
        y -= 22
        if pno == 1 and doc.extra.get("transfer"):
            draw.text(c, 60, y, "TRANSFER CREDIT ACCEPTED", bold, 9.5)
            y -= 13
            for inst, cr in doc.extra["transfer"]:
                draw.text(c, 72, y, inst, reg, 9)
                draw.text(c, 470, y, f"{cr:.2f}" if not mono else f"{cr:6.2f}", reg, 9)
                y -= 12
            y -= 10
        for term, courses in chunk:
            draw.text(c, 60, y, term, bold, 10)
            y -= 14
            for code, title, cr, grade in courses:
                draw.text(c, 72, y, code, reg, 8.8)
                draw.text(c, 150, y, title, reg, 8.8)
                draw.text(c, 430, y, f"{cr:.2f}", reg, 8.8)
                draw.text(c, 490, y, grade, reg, 8.8)
                y -= 12
            tc = sum(x[2] for x in courses)
            draw.text(c, 300, y, f"Term credits: {tc:.2f}", reg, 8.5)
            y -= 22
        if pno < pages:
            draw.centred(c, W / 2, 60, "*** continued on next page ***", reg, 8)
        else:
            transfer = sum(cr for _, cr in doc.extra.get("transfer", []))
            c.setLineWidth(0.8)
            c.line(60, y + 8, W - 60, y + 8)
            draw.text(c, 60, y - 6, f"Institutional credits earned: {total_inst:.2f}", reg, 9.5)
            if transfer:
                draw.text(c, 60, y - 19, f"Transfer credits accepted: {transfer:.2f}", reg, 9.5)
                y -= 13
            draw.text(c, 60, y - 19, doc.extra.get("total_label", "Cumulative Credits Earned") +
                      f": {num(doc.get('credit_units'))}", bold, 10)
            y -= 44
            if doc.get("degree"):
                draw.text(c, 60, y, "DEGREE AWARDED", bold, 10)
                draw.text(c, 72, y - 14, doc.get("degree"), reg, 10)
                draw.text(c, 72, y - 28, "Conferred " + fmt(doc.get("degree_date"), "long"), reg, 10)
            else:
                draw.text(c, 60, y, doc.extra.get("no_degree", "No degree conferred"), bold, 10)
            draw.text(c, W - 230, 92, doc.extra.get("registrar", "University Registrar"), "Times-Italic", 10)
            draw.signature(c, W - 230, 104, 110, rng)
            draw.centred(c, W / 2, 60, "*** END OF TRANSCRIPT ***", reg, 8)
        draw.footer(c, W, doc.extra.get("footer", "This transcript is not official without the "
                                                  "registrar's seal."), pno, pages)
        c.showPage()
    return pages


def application_form(c: Canvas, doc: Doc, rng: random.Random) -> int:
    draw.text(c, 60, H - 70, "INTERNATIONAL INSTITUTE OF MUNICIPAL CLERKS", "Helvetica-Bold", 13)
    draw.text(c, 60, H - 90, doc.extra.get("heading", "Application for Designation"),
              "Helvetica", 12)
    y = H - 130
    rows = [("Applicant name", doc.get("applicant_name", ""))] + doc.extra.get("rows", [])
    for k, v in rows:
        c.setLineWidth(0.5)
        c.rect(60, y - 8, W - 120, 26)
        draw.text(c, 66, y + 9, k.upper(), "Helvetica", 6.5)
        draw.text(c, 70, y - 2, v, "Courier", 11)
        y -= 30
    y -= 10
    draw.para(c, 60, y, "I affirm that the information given in this application and its "
              "supporting documentation is true, and I reaffirm the IIMC Code of Ethics.",
              "Helvetica", 9.5, W - 120)
    draw.signature(c, 80, y - 50, 120, rng)
    c.line(70, y - 55, 300, y - 55)
    draw.text(c, 70, y - 66, "Signature of applicant", "Helvetica", 8)
    c.showPage()
    return 1


def receipt(c: Canvas, doc: Doc, rng: random.Random) -> int:
    draw.letterhead(c, doc.org, W, H, doc.extra.get("head", 1), rng)
    draw.text(c, 72, H - 160, "RECEIPT", "Helvetica-Bold", 20)
    draw.text(c, 400, H - 160, "No. " + doc.extra.get("number", "0001"), "Courier", 11)
    y = H - 195
    rows = [("Received from", doc.get("applicant_name", ""))]
    if doc.get("issue_date"):
        rows.append(("Date", fmt(doc.get("issue_date"), doc.extra.get("datefmt", "us"))))
    rows += doc.extra.get("rows", [])
    for k, v in rows:
        draw.text(c, 72, y, k + ":", "Helvetica-Bold", 10.5)
        draw.text(c, 190, y, v, "Helvetica", 10.5)
        y -= 18
    draw.stamp(c, 420, y - 30, ["PAID"], rng, (0.1, 0.45, 0.15))
    c.showPage()
    return 1
