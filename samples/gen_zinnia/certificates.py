"""Certificates and diplomas in several layouts (landscape security paper, portrait bands,
ribbon, online-course printouts, labelled-field verification sheets)."""

from __future__ import annotations

from . import drawing as D
from . import wordings as W


def _when(f, rng):
    if "start_date" in f:
        return W.date_range(f["start_date"], f.get("end_date", f["start_date"]), rng)
    if "end_date" in f:
        return "completed " + W.date(f["end_date"], rng)
    return ""


def _amount(f, rng):
    if "hours" in f:
        return W.hours(f["hours"], rng)
    if "days" in f:
        return W.days(int(f["days"]), rng)
    return ""


def _extras(f, x, rng):
    lines = []
    if "delivery" in f:
        lines.append(W.delivery_line(f["delivery"], rng))
    if "assessment" in f:
        lines.append(W.assessment_line(f["assessment"], rng))
    if f.get("course_review"):
        lines.append(rng.choice(["Approved through the IIMC Course Review process, No. ",
                                 "IIMC Course Review approved - Course Review No. "]) + x.get("cr", "2024-117"))
    return lines


def _issue(f, rng):
    if "issue_date" not in f:
        return ""
    return rng.choice(["Issued ", "Date of issue: ", "Awarded ", "Given this day, "]) + \
        W.date(f["issue_date"], rng, ("long", "dmy", "abbr", "us"))


def _signers(c, f, x, rng, y, w, font="Helvetica"):
    names = []
    if "signatory" in f:
        names.append((f["signatory"], x.get("role", "Director")))
    if x.get("cosigner"):
        names.append(x["cosigner"])
    if len(names) == 1:
        D.sign_block(c, w / 2 - 85, y, names[0][0], names[0][1], rng, font=font)
    elif len(names) == 2:
        D.sign_block(c, w * 0.14, y, names[0][0], names[0][1], rng, font=font)
        D.sign_block(c, w * 0.86 - 170, y, names[1][0], names[1][1], rng, font=font)
    elif not names:
        c.setLineWidth(0.6)
        c.line(w / 2 - 85, y, w / 2 + 85, y)


def guilloche_landscape(c, f, x, rng):
    w, h = D.new_page(c, D.LANDSCAPE)
    color = x.get("color", (0.15, 0.3, 0.25))
    D.guilloche(c, w, h, color, rng)
    D.frame(c, w, h, color)
    y = h - 95
    D.centred(c, f.get("provider", x.get("header", "")), y, w, "Times-Bold", 22, color)
    if x.get("partner"):
        D.centred(c, x["partner"], y - 20, w, "Times-Italic", 11)
    D.centred(c, W.cert_heading(rng, x.get("attendance", False)), y - 52, w, "Times-BoldItalic", 26)
    D.centred(c, W.certify(rng), y - 82, w, "Times-Roman", 13)
    D.centred(c, f.get("applicant_name", "_" * 34), y - 116, w, "Times-Bold", 24)
    line = W.completed(rng, x.get("attendance", False))
    D.centred(c, line, y - 142, w, "Times-Roman", 13)
    if "title" in f:
        D.centred(c, f["title"], y - 166, w, "Times-Bold", 17)
    parts = [p for p in (_when(f, rng), f"at {f['location']}" if "location" in f else "") if p]
    D.centred(c, "  ".join(parts), y - 190, w, "Times-Roman", 12)
    parts = [_amount(f, rng)] + _extras(f, x, rng)
    for i, p in enumerate(q for q in parts if q):
        D.centred(c, p, y - 210 - 15 * i, w, "Times-Italic", 11)
    _signers(c, f, x, rng, 110, w, font="Times-Roman")
    D.seal(c, w - 118, 112, 40, f.get("provider", "Seal")[:40], color, embossed=x.get("embossed", False))
    iss = _issue(f, rng)
    if iss:
        c.setFont("Times-Roman", 9)
        c.drawString(58, 50, iss)
    c.showPage()
    return 1


def band_portrait(c, f, x, rng):
    w, h = D.new_page(c, D.PORTRAIT)
    color = x.get("color", (0.1, 0.2, 0.45))
    c.setFillColorRGB(*color)
    c.rect(0, h - 150, w, 150, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(50, h - 70, f.get("provider", x.get("header", "")))
    c.setFont("Helvetica", 14)
    c.drawString(50, h - 100, W.cert_heading(rng, x.get("attendance", False)).upper())
    c.setFillColorRGB(0, 0, 0)
    y = h - 200
    c.setFont("Helvetica", 12)
    c.drawString(50, y, W.certify(rng))
    c.setFont("Helvetica-Bold", 22)
    c.drawString(50, y - 34, f.get("applicant_name", "_" * 30))
    y = D.paragraph(c, W.completed(rng, x.get("attendance", False)) + " " +
                    (f["title"] if "title" in f else "the program described below") + ".",
                    50, y - 70, w - 100, "Helvetica", 12)
    rows = [["", ""]]
    if "start_date" in f or "end_date" in f:
        rows.append(["Date(s)", _when(f, rng)])
    if "location" in f:
        rows.append(["Location", f["location"]])
    if "hours" in f:
        rows.append([rng.choice(["Contact hours", "Hours", "Credit hours awarded"]), W.number(f["hours"])])
    if "days" in f:
        rows.append(["Days of attendance", str(int(f["days"]))])
    if "delivery" in f:
        rows.append(["Delivery", W.delivery_line(f["delivery"], rng)])
    if "assessment" in f:
        rows.append(["Assessment", "Completed - passed" if f["assessment"] else "None administered"])
    if f.get("course_review"):
        rows.append(["IIMC Course Review", "Approved, No. " + x.get("cr", "2024-117")])
    if "issue_date" in f:
        rows.append(["Issued", W.date(f["issue_date"], rng, ("long", "us", "abbr"))])
    y = D.table(c, 50, y - 10, rows[1:], [150, w - 250], header=False, leading=20, size=11)
    _signers(c, f, x, rng, 150, w)
    if x.get("seal", True):
        D.seal(c, w - 110, 230, 36, f.get("provider", "Seal")[:40], color)
    D.footer(c, x.get("footer", "Retain this certificate for your professional records."), w)
    c.showPage()
    return 1


def ribbon_landscape(c, f, x, rng):
    w, h = D.new_page(c, D.LANDSCAPE)
    color = x.get("color", (0.45, 0.1, 0.15))
    D.frame(c, w, h, color, double=True, margin=18)
    D.frame(c, w, h, (0.75, 0.62, 0.25), double=False, margin=34)
    c.setFillColorRGB(*color)
    c.rect(120, h - 140, w - 240, 44, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Times-Bold", 24)
    c.drawCentredString(w / 2, h - 128, W.cert_heading(rng, x.get("attendance", False)).upper())
    c.setFillColorRGB(0, 0, 0)
    D.centred(c, f.get("provider", x.get("header", "")), h - 78, w, "Times-Bold", 16, color)
    D.centred(c, W.certify(rng), h - 175, w, "Times-Italic", 13)
    D.centred(c, f.get("applicant_name", "_" * 34), h - 212, w, "Times-BoldItalic", 28)
    text = W.completed(rng, x.get("attendance", False))
    if "title" in f:
        text += f' "{f["title"]}"'
    D.centred(c, text, h - 245, w, "Times-Roman", 14)
    bits = [b for b in (_when(f, rng), f.get("location", ""), _amount(f, rng)) if b]
    D.centred(c, " | ".join(bits), h - 270, w, "Times-Roman", 12)
    for i, p in enumerate(_extras(f, x, rng)):
        D.centred(c, p, h - 290 - 14 * i, w, "Times-Italic", 10.5)
    _signers(c, f, x, rng, 95, w, font="Times-Roman")
    D.seal(c, w - 95, 95, 34, f.get("provider", "Seal")[:40], (0.75, 0.62, 0.25))
    iss = _issue(f, rng)
    if iss:
        D.centred(c, iss, 52, w, "Times-Roman", 9)
    c.showPage()
    return 1


def online_printout(c, f, x, rng):
    """A learning-platform certificate printed from a browser (URL and date in the margins)."""
    w, h = D.new_page(c, D.PORTRAIT)
    c.setFont("Helvetica", 7)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    c.drawString(20, h - 16, x.get("browser_stamp", "Certificate - Learning Portal"))
    c.drawRightString(w - 20, 14, x.get("url", "https://learn.example-portal.org/cert/55102"))
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0.7, 0.7, 0.7)
    c.roundRect(50, 160, w - 100, h - 240, 12)
    c.setFont("Helvetica-Bold", 16)
    c.drawCentredString(w / 2, h - 120, f.get("provider", x.get("header", "")))
    c.setFont("Helvetica", 30)
    c.drawCentredString(w / 2, h - 175, rng.choice(["Certificate", "Completion Certificate"]))
    c.setFont("Helvetica", 12)
    c.drawCentredString(w / 2, h - 215, rng.choice(["awarded to", "This certifies that", "issued to"]))
    c.setFont("Helvetica-Bold", 20)
    c.drawCentredString(w / 2, h - 250, f.get("applicant_name", "_" * 28))
    c.setFont("Helvetica", 12)
    c.drawCentredString(w / 2, h - 285, W.completed(rng))
    if "title" in f:
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(w / 2, h - 310, f["title"])
    y = h - 345
    for p in [_when(f, rng), _amount(f, rng)] + _extras(f, x, rng):
        if p:
            c.setFont("Helvetica", 11)
            c.drawCentredString(w / 2, y, p)
            y -= 17
    _signers(c, f, x, rng, 230, w)
    iss = _issue(f, rng)
    c.setFont("Helvetica", 8)
    c.drawString(70, 175, (iss + "   " if iss else "") + "Certificate ID " + x.get("cert_id", "ZQ-40817"))
    c.showPage()
    return 1


def verification_sheet(c, f, x, rng):
    """An association's attendance verification on letterhead, as a labelled form."""
    w, h = D.new_page(c, D.PORTRAIT)
    y = D.letterhead(c, x.get("lh", "rule"), f.get("provider", x.get("header", "")),
                     x.get("address", ""), w, h, rng, x.get("color", (0.2, 0.25, 0.3)))
    D.centred(c, W.cert_heading(rng, True).upper(), y - 10, w, "Helvetica-Bold", 15)
    rows = [["Attendee", f.get("applicant_name", "")]]
    if "title" in f:
        rows.append(["Event", f["title"]])
    if "start_date" in f:
        rows.append(["Dates", _when(f, rng)])
    if "location" in f:
        rows.append(["Location", f["location"]])
    if "hours" in f:
        rows.append(["Verified hours", W.number(f["hours"])])
    if "days" in f:
        rows.append(["Days attended", str(int(f["days"]))])
    for e in _extras(f, x, rng):
        rows.append(["Note", e])
    y = D.table(c, 70, y - 40, rows, [130, w - 270], header=False, leading=22, size=11)
    y = D.paragraph(c, x.get("note", "The attendee named above was registered for and attended the "
                               "sessions listed. Hours are verified from sign-in records."),
                    70, y - 10, w - 140, "Times-Roman", 11)
    if "issue_date" in f:
        c.setFont("Times-Roman", 11)
        c.drawString(70, y - 14, W.date(f["issue_date"], rng, ("long", "us", "dmy")))
    _signers(c, f, x, rng, 170, w, font="Times-Roman")
    D.footer(c, x.get("footer", "Keep this verification with your CMC/MMC records."), w)
    c.showPage()
    return 1


def diploma(c, f, x, rng):
    w, h = D.new_page(c, D.LANDSCAPE)
    color = x.get("color", (0.1, 0.1, 0.1))
    D.guilloche(c, w, h, (0.5, 0.45, 0.3), rng, margin=20)
    D.centred(c, f["provider"], h - 110, w, "Times-Bold", 30, color)
    D.centred(c, rng.choice(["upon the recommendation of the Faculty has conferred upon",
                             "The Board of Trustees, on recommendation of the Faculty, confers upon",
                             "hereby admits"]), h - 160, w, "Times-Italic", 13)
    D.centred(c, f["applicant_name"], h - 205, w, "Times-BoldItalic", 28)
    D.centred(c, "the degree of", h - 240, w, "Times-Italic", 13)
    D.centred(c, f["degree"], h - 275, w, "Times-Bold", 22)
    D.centred(c, "with all the rights, honors and privileges thereunto appertaining.", h - 302, w,
              "Times-Italic", 11)
    D.centred(c, "Given at " + x.get("city", "") + ", " + W.date(f["degree_date"], rng, ("ordinal", "long")),
              h - 330, w, "Times-Roman", 12)
    D.sign_block(c, 110, 110, x.get("president", "President"), "President of the University", rng,
                 font="Times-Roman")
    D.sign_block(c, w - 280, 110, x.get("dean", "Registrar"), "University Registrar", rng,
                 font="Times-Roman")
    D.seal(c, w / 2, 105, 44, f["provider"], (0.55, 0.45, 0.15))
    c.showPage()
    return 1


LAYOUTS = {
    "guilloche": guilloche_landscape,
    "band": band_portrait,
    "ribbon": ribbon_landscape,
    "online": online_printout,
    "verification": verification_sheet,
    "diploma": diploma,
}
