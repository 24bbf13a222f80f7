"""Certificates, a diploma, agendas and brochures. Each renderer draws its pages on the
canvas (ending each with showPage) and returns how many it drew."""

from __future__ import annotations

import random

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen.canvas import Canvas

from . import draw
from .model import Doc, fmt, fmt_range, num

W, H = letter


def _when(doc: Doc, style: str) -> str:
    s, e = doc.get("start_date"), doc.get("end_date")
    if s and e:
        return fmt_range(s, e, style)
    return fmt(s or e, style) if (s or e) else ""


def _amount(doc: Doc) -> str:
    if doc.get("hours") is not None:
        h = num(doc.get("hours"))
        return doc.extra.get("hours_phrase", "{h} Contact Hours").format(h=h)
    if doc.get("days") is not None:
        return doc.extra.get("days_phrase", "{d} days of attendance").format(d=num(doc.get("days")))
    return ""


def _fine_print(doc: Doc) -> list[str]:
    out = []
    if doc.get("course_review"):
        out.append(doc.extra.get("cr_text", "IIMC Course Review approved"))
    delivery = doc.get("delivery")
    platform = doc.extra.get("platform")
    if delivery == "online":
        out.append(f"Self-paced online course delivered through {platform}" if platform
                   else "Online course")
    elif delivery == "webinar":
        out.append(f"Live webinar presented via {platform}" if platform else "Live webinar")
    elif delivery == "hybrid":
        out.append("Hybrid delivery: online modules with in-class sessions")
    elif delivery == "in_person":
        out.append("In-person, in-class instruction")
    if doc.get("assessment") is True:
        out.append(doc.extra.get("assess_text", "Learning assessment completed successfully"))
    return out


def _signers(c: Canvas, doc: Doc, rng: random.Random, y: float, xs: list[float],
             font: str) -> None:
    people = [doc.signer] + ([doc.extra["cosigner"]] if doc.extra.get("cosigner") else [])
    for x, p in zip(xs, people, strict=False):
        if p is None:
            continue
        draw.signature(c, x - 60, y + 6, 120, rng)
        c.setLineWidth(0.6)
        c.line(x - 85, y, x + 85, y)
        draw.centred(c, x, y - 13, p.name, font, 10.5, 170)
        draw.centred(c, x, y - 25, p.title, font, 8.5, 170)


def certificate_landscape(c: Canvas, doc: Doc, rng: random.Random) -> int:
    """Landscape award with a border, a seal and two signature lines."""
    w, h = landscape(letter)
    c.setPageSize((w, h))
    reg, bold, ital = draw.FAMILIES[doc.extra.get("family", "times")]
    col = doc.org.colour
    draw.border(c, w, h, col, doc.extra.get("border", 0))
    c.setFillColorRGB(*col)
    draw.centred(c, w / 2, h - 95, doc.get("provider", doc.org.name), bold, 22, w - 160)
    c.setFillColorRGB(0, 0, 0)
    draw.centred(c, w / 2, h - 140, doc.extra.get("heading", "Certificate of Completion"),
                 ital, 30, w - 200)
    draw.centred(c, w / 2, h - 175, doc.extra.get("phrase", "This is to certify that"), reg, 13)
    if doc.get("applicant_name"):
        draw.centred(c, w / 2, h - 215, doc.get("applicant_name"), bold, 28, w - 220)
    c.line(w / 2 - 200, h - 223, w / 2 + 200, h - 223)
    draw.centred(c, w / 2, h - 250, doc.extra.get("phrase2", "has successfully completed"), reg, 13)
    if doc.get("title"):
        draw.centred(c, w / 2, h - 280, doc.get("title"), bold, 19, w - 200)
    y = h - 308
    when = _when(doc, doc.extra.get("datefmt", "long"))
    loc = doc.get("location")
    line = " ".join(s for s in (f"held {when}" if when else "", f"in {loc}" if loc else "") if s)
    if line:
        draw.centred(c, w / 2, y, line, reg, 13, w - 200)
        y -= 22
    if _amount(doc):
        draw.centred(c, w / 2, y, _amount(doc), bold, 13)
        y -= 20
    for s in _fine_print(doc):
        draw.centred(c, w / 2, y, s, ital, 10.5, w - 220)
        y -= 15
    if doc.get("issue_date"):
        draw.centred(c, w / 2, y - 4, "Awarded " + fmt(doc.get("issue_date"),
                                                       doc.extra.get("datefmt", "long")), reg, 11)
    _signers(c, doc, rng, 105, [w * 0.25, w * 0.75], reg)
    draw.seal(c, w / 2, 100, 42, doc.org, rng, doc.extra.get("ring"))
    c.showPage()
    c.setPageSize(letter)
    return 1


def certificate_portrait(c: Canvas, doc: Doc, rng: random.Random) -> int:
    """Portrait certificate: seal at the top, the particulars in a ruled box."""
    reg, bold, ital = draw.FAMILIES[doc.extra.get("family", "helv")]
    col = doc.org.colour
    draw.border(c, W, H, col, doc.extra.get("border", 1))
    draw.seal(c, W / 2, H - 110, 38, doc.org, rng, doc.extra.get("ring"))
    c.setFillColorRGB(*col)
    draw.centred(c, W / 2, H - 185, doc.get("provider", doc.org.name), bold, 16, W - 130)
    c.setFillColorRGB(0, 0, 0)
    draw.centred(c, W / 2, H - 230, doc.extra.get("heading", "Certificate of Attendance"),
                 ital, 26, W - 140)
    draw.centred(c, W / 2, H - 262, doc.extra.get("phrase", "presented to"), reg, 12)
    if doc.get("applicant_name"):
        draw.centred(c, W / 2, H - 298, doc.get("applicant_name"), bold, 24, W - 150)
    draw.centred(c, W / 2, H - 325, doc.extra.get("phrase2", "for participation in"), reg, 12)
    if doc.get("title"):
        y = H - 352
        draw.centred(c, W / 2, y, doc.get("title"), bold, 15, W - 140)
    rows = []
    when = _when(doc, doc.extra.get("datefmt", "abbr"))
    if when:
        rows.append(("Date(s)", when))
    if doc.get("location"):
        rows.append(("Location", doc.get("location")))
    if _amount(doc):
        rows.append(("Credit", _amount(doc)))
    if doc.get("issue_date"):
        rows.append(("Issued", fmt(doc.get("issue_date"), doc.extra.get("datefmt", "abbr"))))
    top = H - 385
    c.setLineWidth(0.5)
    for i, (k, v) in enumerate(rows):
        yy = top - i * 24
        c.rect(110, yy - 8, W - 220, 24)
        draw.text(c, 120, yy, k + ":", bold, 10.5)
        draw.text(c, 210, yy, v, reg, 10.5)
    y = top - len(rows) * 24 - 22
    for s in _fine_print(doc):
        draw.centred(c, W / 2, y, s, ital, 10, W - 160)
        y -= 15
    _signers(c, doc, rng, 120, [W * 0.3, W * 0.7] if doc.extra.get("cosigner") else [W / 2], reg)
    c.showPage()
    return 1


def certificate_modern(c: Canvas, doc: Doc, rng: random.Random) -> int:
    """An online-learning certificate: coloured band on the left, sans-serif, course id."""
    w, h = landscape(letter)
    c.setPageSize((w, h))
    col = doc.org.colour
    c.setFillColorRGB(*col)
    c.rect(0, 0, 150, h, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    draw.centred(c, 75, h - 90, doc.org.short, "Helvetica-Bold", 26, 130)
    if doc.extra.get("platform"):
        draw.centred(c, 75, 60, "hosted on " + doc.extra["platform"], "Helvetica", 9, 130)
    c.setFillColorRGB(0.15, 0.15, 0.15)
    x = 190
    draw.text(c, x, h - 80, doc.extra.get("heading", "CERTIFICATE OF COMPLETION"),
              "Helvetica-Bold", 24)
    draw.text(c, x, h - 110, doc.get("provider", doc.org.name), "Helvetica", 13)
    draw.text(c, x, h - 160, doc.extra.get("phrase", "Awarded to"), "Helvetica-Oblique", 12)
    if doc.get("applicant_name"):
        draw.text(c, x, h - 195, doc.get("applicant_name"), "Vera-Bold", 26)
    draw.text(c, x, h - 235, doc.extra.get("phrase2", "for completing the course"),
              "Helvetica-Oblique", 12)
    if doc.get("title"):
        c.setFont("Vera-Bold", draw.fit(c, doc.get("title"), "Vera-Bold", 18, w - x - 60))
        c.drawString(x, h - 265, doc.get("title"))
    y = h - 305
    bits = []
    when = _when(doc, doc.extra.get("datefmt", "long"))
    if when:
        bits.append(("Completed" if doc.get("delivery") != "webinar" else "Presented", when))
    if doc.get("location"):
        bits.append(("Location", doc.get("location")))
    if _amount(doc):
        bits.append(("Length", _amount(doc)))
    if doc.extra.get("course_id"):
        bits.append(("Course ID", doc.extra["course_id"]))
    for k, v in bits:
        draw.text(c, x, y, k.upper(), "Helvetica-Bold", 8.5)
        draw.text(c, x + 90, y, v, "Helvetica", 11)
        y -= 20
    for s in _fine_print(doc):
        draw.text(c, x, y - 6, s, "Helvetica-Oblique", 10)
        y -= 15
    if doc.signer:
        draw.signature(c, w - 300, 96, 130, rng)
        draw.text(c, w - 310, 86, doc.signer.name, "Helvetica", 10)
        draw.text(c, w - 310, 74, doc.signer.title, "Helvetica", 8.5)
    c.showPage()
    c.setPageSize(letter)
    return 1


def diploma(c: Canvas, doc: Doc, rng: random.Random) -> int:
    w, h = landscape(letter)
    c.setPageSize((w, h))
    draw.border(c, w, h, doc.org.colour, 2)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    draw.centred(c, w / 2, h - 110, doc.get("provider"), "Times-Bold", 34, w - 180)
    draw.centred(c, w / 2, h - 150, "upon the recommendation of the faculty has conferred upon",
                 "Times-Italic", 14)
    draw.centred(c, w / 2, h - 205, doc.get("applicant_name"), "Times-BoldItalic", 34, w - 220)
    draw.centred(c, w / 2, h - 245, "the degree of", "Times-Italic", 14)
    draw.centred(c, w / 2, h - 285, doc.get("degree"), "Times-Bold", 24, w - 200)
    draw.centred(c, w / 2, h - 325, "with all the rights, privileges and honors thereto "
                 "appertaining, given " + fmt(doc.get("degree_date"), "ordinal") + ".",
                 "Times-Roman", 12.5, w - 200)
    draw.seal(c, w / 2, 110, 48, doc.org, rng, "SIGILLUM UNIVERSITATIS")
    for x, who in ((w * 0.22, "President of the University"), (w * 0.78, "Chair, Board of Regents")):
        draw.signature(c, x - 60, 102, 120, rng)
        c.line(x - 90, 96, x + 90, 96)
        draw.centred(c, x, 82, who, "Times-Italic", 10)
    c.showPage()
    c.setPageSize(letter)
    return 1


def agenda(c: Canvas, doc: Doc, rng: random.Random) -> int:
    """A programme with time slots; style 'brochure' sets it in two columns."""
    org = doc.org
    y = draw.letterhead(c, org, W, H, doc.extra.get("head", 0), rng)
    two_col = doc.extra.get("two_col", False)
    c.setFillColorRGB(0, 0, 0)
    if doc.get("title"):
        draw.centred(c, W / 2, y, doc.get("title"), "Helvetica-Bold", 17, W - 120)
    y -= 20
    when = _when(doc, "long")
    sub = " | ".join(s for s in (when, doc.get("location", "")) if s)
    draw.centred(c, W / 2, y, sub, "Helvetica", 11, W - 120)
    y -= 30
    slots = doc.extra["slots"]
    if not two_col:
        day_label = None
        for day, t, what in slots:
            if day != day_label:
                draw.text(c, 60, y, day, "Helvetica-Bold", 11.5)
                y -= 18
                day_label = day
            draw.text(c, 72, y, t, "Courier", 9.5)
            y = draw.para(c, 190, y, what, "Times-Roman", 10.5, W - 250) - 4
            if y < 80:
                c.showPage()
                y = H - 70
        c.showPage()
        return 1
    col_w = (W - 150) / 2
    xl, xr = 60, 90 + col_w
    yl = draw.para(c, xl, y, doc.extra.get("blurb", ""), "Times-Italic", 10.5, col_w)
    yl -= 10
    for k, v in doc.extra.get("facts_box", []):
        draw.text(c, xl, yl, k, "Helvetica-Bold", 9.5)
        yl = draw.para(c, xl, yl - 12, v, "Helvetica", 9.5, col_w) - 6
    yr = y
    for day, t, what in slots:
        draw.text(c, xr, yr, f"{day}  {t}", "Helvetica-Bold", 9)
        yr = draw.para(c, xr, yr - 12, what, "Helvetica", 9.5, col_w) - 5
    c.setStrokeColorRGB(*org.colour)
    c.line(W / 2 + 5, y + 10, W / 2 + 5, min(yl, yr))
    draw.footer(c, W, doc.extra.get("footer", "Registration closes ten days before the program."))
    c.showPage()
    return 1
