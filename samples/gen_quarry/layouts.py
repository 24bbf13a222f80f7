"""Certificate and diploma layouts.

Each layout prints the certificate's truth fields in its own arrangement: landscape
bordered and centred, a portrait page with a side bar, a table, two columns with two
signatures, an off-centre "modern" layout, a half-page card. The first signatory in
reading order is the one recorded in the truth (conventions, certificate fields).
"""

from __future__ import annotations

from random import Random
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen.canvas import Canvas

from . import paper
from .model import Doc
from .wordings import (
    ATTENDANCE_VERBS,
    COMPLETION_LEADS,
    COMPLETION_VERBS,
    date_text,
    hours_text,
    span_text,
)

FAMILIES = [("Times-Roman", "Times-Bold", "Times-Italic"),
            ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
            ("Courier", "Courier-Bold", "Courier-Oblique")]


def facts(f: dict[str, Any], rng: Random, dstyle: str, attendance: bool) -> list[str]:
    """The detail sentences of a certificate, from the fields it prints."""
    out = []
    if "start_date" in f:
        when = span_text(f["start_date"], f["end_date"], dstyle)
        where = f" in {f['location']}" if "location" in f else ""
        out.append(rng.choice(["Held ", "Presented ", "Conducted "]) + when + where)
    elif "location" in f:
        out.append(f"Held at {f['location']}")
    if "hours" in f:
        out.append(hours_text(f["hours"], rng) if rng.random() < 0.6
                   else "Credit awarded: " + hours_text(f["hours"], rng))
    if "days" in f:
        out.append(f"Days of attendance: {f['days']}")
    if f.get("delivery") == "online":
        out.append(rng.choice(["Delivered fully online", "Online self-paced course"])
                   + (f" through the {f['_platform']} platform" if "_platform" in f else ""))
    if f.get("delivery") == "webinar":
        out.append("Live interactive webinar" + (f" hosted on {f['_platform']}" if "_platform" in f
                                                 else ""))
    if f.get("delivery") == "hybrid":
        out.append("Hybrid format: online modules with in-person sessions")
    if f.get("assessment") is True:
        out.append(rng.choice(["Learning assessment completed and passed",
                               "Post-course assessment: PASSED"]))
    if f.get("assessment") is False:
        out.append("No learning assessment was administered for this program")
    if f.get("course_review"):
        out.append(f"IIMC Course Review approved, No. {f.get('_review_no', '2025-041')}")
    if "issue_date" in f:
        out.append("Issued " + date_text(f["issue_date"], dstyle))
    return out


def _lead(rng: Random, attendance: bool) -> tuple[str, str]:
    return rng.choice(COMPLETION_LEADS), rng.choice(ATTENDANCE_VERBS if attendance
                                                    else COMPLETION_VERBS)


def certificate(f: dict[str, Any], rng: Random, style: int, *, heading: str | None = None,
                attendance: bool = False, second_signer: tuple[str, str] | None = None,
                sig_title: str = "", fine_print: str = "", watermark: str = "",
                evidence: str | None = None) -> Doc:
    """A certificate of completion or attendance in one of six layouts."""
    fam = FAMILIES[rng.randint(0, 2) if style != 2 else 1]
    dstyle = rng.choice(["long", "abbr", "dmy", "us", "ordinal"] if style != 2
                        else ["long", "us"])
    heading = heading or ("Certificate of Attendance" if attendance
                          else rng.choice(["Certificate of Completion", "Certificate of Achievement"]))
    lead, verb = _lead(rng, attendance)
    details = facts(f, rng, dstyle if dstyle != "ordinal" else "long", attendance)
    name = f.get("applicant_name")
    title = f.get("title")
    prov = f.get("provider", "")
    signer = f.get("signatory")
    color = HexColor(rng.choice(["#1b2a4a", "#3d1f0f", "#0f3d2e", "#4a1b3d"]))
    sub_rng = Random(rng.random())

    def draw(c: Canvas) -> None:
        r = Random(sub_rng.random())
        w, h = c._pagesize
        if watermark:
            paper.watermark(c, w, h, watermark)
        if style == 0:  # landscape, bordered, everything centred
            paper.border(c, w, h, r.randint(0, 1), color)
            c.setFillColor(color)
            c.setFont(fam[1], 20)
            c.drawCentredString(w / 2, h - 95, prov)
            c.setFont(fam[2], 30)
            c.drawCentredString(w / 2, h - 140, heading)
            c.setFont(fam[0], 13)
            c.drawCentredString(w / 2, h - 180, lead)
            if name:
                c.setFont(fam[1], 26)
                c.drawCentredString(w / 2, h - 220, name)
            else:
                c.line(w / 2 - 160, h - 222, w / 2 + 160, h - 222)
            c.setFont(fam[0], 13)
            c.drawCentredString(w / 2, h - 252, verb)
            if title:
                c.setFont(fam[1], 17)
                c.drawCentredString(w / 2, h - 280, title)
            c.setFont(fam[0], 11)
            for i, ln in enumerate(details):
                c.drawCentredString(w / 2, h - 312 - 16 * i, ln)
            paper.seal(c, w / 2, 105, 34, prov.upper()[:40], color)
            if signer:
                paper.sign_block(c, 110, 90, signer, sig_title, r, font=fam[0])
            if second_signer:
                paper.sign_block(c, w - 270, 90, second_signer[0], second_signer[1], r,
                                 font=fam[0])
        elif style == 1:  # portrait with a coloured side bar
            c.setFillColor(color)
            c.rect(0, 0, 150, h, stroke=0, fill=1)
            paper.initials_logo(c, 45, h - 130, "".join(p[0] for p in prov.split()
                                                       if p[0].isupper())[:3], 60, 0,
                                HexColor("#ffffff"))
            c.saveState()
            c.setFillColor(HexColor("#ffffff"))
            c.translate(95, 120)
            c.rotate(90)
            c.setFont(fam[1], 13)
            c.drawString(0, 0, prov)
            c.restoreState()
            c.setFillColor(color)
            x = 180
            c.setFont(fam[1], 24)
            c.drawString(x, h - 110, heading.upper())
            c.setFont(fam[0], 12)
            c.drawString(x, h - 150, lead)
            if name:
                c.setFont(fam[1], 22)
                c.drawString(x, h - 185, name)
            c.setFont(fam[0], 12)
            c.drawString(x, h - 215, verb)
            if title:
                paper.wrap(c, title, x, h - 240, w - x - 50, fam[1], 15)
            y = h - 300
            for ln in details:
                c.setFont(fam[0], 10.5)
                c.drawString(x, y, ln)
                y -= 15
            if signer:
                paper.sign_block(c, x, 150, signer, sig_title, r, font=fam[0])
            if fine_print:
                paper.wrap(c, fine_print, x, 80, w - x - 40, "Helvetica", 6.5)
        elif style == 2:  # table certificate
            paper.border(c, w, h, 3, color)
            c.setFillColor(color)
            c.setFont("Helvetica-Bold", 16)
            c.drawCentredString(w / 2, h - 80, prov)
            c.setFont("Helvetica-Bold", 22)
            c.drawCentredString(w / 2, h - 115, heading)
            rows = []
            if name:
                rows.append(("Participant", name))
            if title:
                rows.append(("Program", title))
            if "start_date" in f:
                rows.append(("Date(s)", span_text(f["start_date"], f["end_date"], dstyle)))
            if "location" in f:
                rows.append(("Location", f["location"]))
            if "hours" in f:
                rows.append(("Contact Hours", f"{f['hours']:g}"))
            if "days" in f:
                rows.append(("Days Attended", str(f["days"])))
            for ln in details:
                if ln.startswith(("Online", "Delivered", "Live", "Hybrid", "Learning", "Post",
                                  "No learning", "IIMC")):
                    rows.append(("Note", ln))
            if "issue_date" in f:
                rows.append(("Date Issued", date_text(f["issue_date"], dstyle)))
            y = h - 170
            c.setLineWidth(0.6)
            for k, v in rows:
                c.setFillColor(HexColor("#e6ebf2"))
                c.rect(90, y - 6, 150, 22, stroke=1, fill=1)
                c.setFillColor(HexColor("#000000"))
                c.rect(240, y - 6, w - 330, 22, stroke=1, fill=0)
                c.setFont("Helvetica-Bold", 10)
                c.drawString(96, y + 1, k)
                c.setFont("Helvetica", 10)
                c.drawString(246, y + 1, v)
                y -= 22
            if signer:
                paper.sign_block(c, 100, y - 60, signer, sig_title, r)
            if second_signer:
                paper.sign_block(c, w - 260, y - 60, *second_signer, r)
            if fine_print:
                paper.wrap(c, fine_print, 90, 70, w - 180, "Helvetica", 6.5)
        elif style == 3:  # landscape two columns
            paper.border(c, w, h, 2, color)
            c.setFillColor(color)
            c.setFont(fam[2], 13)
            c.drawString(70, h - 80, prov)
            c.setFont(fam[1], 28)
            c.drawString(70, h - 125, heading)
            c.setLineWidth(0.5)
            c.line(w / 2, h - 160, w / 2, 150)
            c.setFont(fam[0], 12)
            c.drawString(70, h - 185, lead)
            if name:
                c.setFont(fam[1], 22)
                c.drawString(70, h - 220, name)
            c.setFont(fam[0], 12)
            c.drawString(70, h - 250, verb)
            if title:
                paper.wrap(c, title, 70, h - 275, w / 2 - 100, fam[1], 15)
            y = h - 190
            for ln in details:
                y = paper.wrap(c, ln, w / 2 + 25, y, w / 2 - 90, fam[0], 11) - 4
            if signer:
                paper.sign_block(c, 80, 95, signer, sig_title, r, font=fam[0])
            if second_signer:
                paper.sign_block(c, w / 2 + 40, 95, *second_signer, r, font=fam[0])
            paper.seal(c, w - 110, 110, 30, "OFFICIAL SEAL  " + prov.upper()[:28], color)
        elif style == 4:  # off-centre modern, name low on the page
            c.setFillColor(HexColor("#f4efe6"))
            c.rect(0, 0, w, h, stroke=0, fill=1)
            c.setFillColor(color)
            c.rect(w - 60, 0, 60, h, stroke=0, fill=1)
            c.setFont("Helvetica-Bold", 11)
            c.drawString(60, h - 60, prov.upper())
            c.setFont("Times-Bold", 34)
            c.drawString(60, h - 120, heading)
            if title:
                paper.wrap(c, title, 60, h - 170, w - 200, "Times-Italic", 18)
            y = h - 240
            for ln in details:
                c.setFont("Helvetica", 10)
                c.drawString(60, y, ln)
                y -= 14
            c.setFont("Helvetica", 11)
            c.drawString(60, 250, lead.replace("This certificate is presented to", "Awarded to")
                         if name else "Awarded to")
            if name:
                c.setFont("Times-Bold", 28)
                c.drawString(60, 215, name)
            if signer:
                paper.sign_block(c, 60, 110, signer, sig_title, r)
        else:  # style 5: half-page card in the upper half of a letter sheet
            c.setStrokeColor(color)
            c.setDash(3, 3)
            c.rect(40, h / 2, w - 80, h / 2 - 40)
            c.setDash()
            c.setFillColor(color)
            c.setFont(fam[1], 13)
            c.drawString(60, h - 70, prov)
            c.setFont(fam[1], 18)
            c.drawString(60, h - 100, heading)
            y = h - 125
            c.setFont(fam[0], 10.5)
            if name:
                c.drawString(60, y, f"{lead} {name}")
                y -= 15
            c.drawString(60, y, verb + (f" {title}" if title else ""))
            y -= 15
            for ln in details:
                c.drawString(60, y, ln)
                y -= 14
            if signer:
                paper.sign_block(c, w - 240, h / 2 + 40, signer, sig_title, r, font=fam[0])
        c.setFillColor(HexColor("#000000"))

    size = landscape(letter) if style in (0, 3) else letter
    return Doc("certificate", dict(f), [draw], [size], evidence=evidence)


def diploma(f: dict[str, Any], rng: Random, *, major_line: str, seal_text: str,
            signers: list[tuple[str, str]], evidence: str | None = None) -> Doc:
    """A college diploma: college, name, degree, date conferred; no title field."""
    dd = f["degree_date"]
    sub = Random(rng.random())

    def draw(c: Canvas) -> None:
        r = Random(sub.random())
        w, h = c._pagesize
        paper.border(c, w, h, 0, HexColor("#2b2b2b"))
        c.setFont("Times-Bold", 30)
        c.drawCentredString(w / 2, h - 110, f["provider"])
        c.setFont("Times-Italic", 13)
        c.drawCentredString(w / 2, h - 145, "upon the recommendation of the Faculty has conferred upon")
        c.setFont("Times-Bold", 28)
        c.drawCentredString(w / 2, h - 190, f["applicant_name"])
        c.setFont("Times-Italic", 13)
        c.drawCentredString(w / 2, h - 225, "the degree of")
        c.setFont("Times-Bold", 22)
        c.drawCentredString(w / 2, h - 258, f["degree"])
        c.setFont("Times-Roman", 12)
        c.drawCentredString(w / 2, h - 285, major_line)
        c.drawCentredString(w / 2, h - 315, "with all the rights, honors and privileges thereto "
                            "appertaining. Given on " + date_text(dd, "ordinal") + ".")
        paper.seal(c, w / 2, 110, 40, seal_text, HexColor("#7a5c12"))
        for i, (n, t) in enumerate(signers):
            x = 90 if i == 0 else w - 260
            paper.sign_block(c, x, 95, n, t, r, font="Times-Roman")

    return Doc("certificate", dict(f), [draw], [landscape(letter)], evidence=evidence)
