"""Certificates of completion and attendance, in the layouts issuers actually mail:
a bordered landscape award, a modern band design with a verification code, a platform's
plain confirmation page, a wallet card, a formal portrait certificate on security paper and
a conference attendance record with a session table.

Each renderer draws one page from a document dict: `fields` (what it prints, the truth) and
`look` (how: layout, date and hour styles, colours, decorations, text that is not a field).
"""
from __future__ import annotations

import random

from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.pdfgen.canvas import Canvas

from . import paper
from .wordings import BODY, INTRO, fmt_date, fmt_hours, fmt_range, number_word

COLOURS = {"navy": paper.NAVY, "maroon": paper.MAROON, "forest": paper.FOREST, "gold": paper.GOLD}


def pieces(doc: dict) -> dict[str, str]:
    """The certificate's sentences, built only from its fields and its look."""
    f, lk = doc["fields"], doc["look"]
    ds = lk.get("dates", "long")
    out: dict[str, str] = {}
    out["intro"] = INTRO[lk.get("intro", 0)]
    out["name"] = f.get("applicant_name", "")
    out["body"] = BODY[lk.get("body", "completed")]
    out["title"] = f.get("title", "")
    if "provider" in f:
        out["provider"] = lk.get("provider_prefix", "offered by") + " " + f["provider"]
    delivery = f.get("delivery")
    platform = lk.get("platform")
    if delivery == "online":
        out["delivery"] = "a self-paced online course" + (f" delivered through {platform}" if platform else "")
    elif delivery == "webinar":
        out["delivery"] = "a live webinar" + (f" hosted on the {platform} platform" if platform else "")
    elif delivery == "hybrid":
        out["delivery"] = "a hybrid course (online modules with classroom sessions)"
    if "start_date" in f:
        if f["start_date"] == f.get("end_date", f["start_date"]):
            out["dates"] = "on " + fmt_date(f["start_date"], ds)
        else:
            out["dates"] = fmt_range(f["start_date"], f["end_date"], ds)
    if "location" in f:
        out["location"] = f["location"]
    if "hours" in f:
        out["hours"] = fmt_hours(f["hours"], lk.get("hours_style", "contact"))
    if "days" in f:
        d = int(f["days"])
        out["hours"] = f"{number_word(d)} ({d}) days of attendance"
    if f.get("assessment") is True:
        out["assessment"] = lk.get("assessment_text", "Learning assessment completed successfully")
    elif f.get("assessment") is False:
        out["assessment"] = "This program did not include a learning assessment."
    if f.get("course_review"):
        out["review"] = f"IIMC Course Review No. {lk['review_no']}"
    if "issue_date" in f:
        out["issued"] = lk.get("issued_word", "Issued") + " " + fmt_date(f["issue_date"], ds)
    return out


def decorate(c: Canvas, doc: dict, w: float, h: float, rng: random.Random) -> None:
    """Decorations added after printing: a RECEIVED stamp or a handwritten note."""
    lk = doc["look"]
    if "stamp" in lk:
        paper.received_stamp(c, w - 130, h - 95, lk["stamp"], rng.uniform(-9, 9))
    if "note" in lk:
        x, y = lk.get("note_at", (70, 96))
        paper.handwritten(c, x, y, lk["note"], angle=rng.uniform(2, 6))


def _signers(c: Canvas, doc: dict, ys: float, xs: list[float], rng: random.Random, font: str) -> None:
    f, lk = doc["fields"], doc["look"]
    signers = []
    if "signatory" in f:
        signers.append((f["signatory"], lk.get("role", "")))
    signers += [tuple(s) for s in lk.get("cosigners", [])]
    for (name, role), x in zip(signers, xs, strict=False):
        paper.signature_block(c, x, ys, name, role, rng, font=font)


def landscape_award(c: Canvas, doc: dict, rng: random.Random) -> None:
    """The classic: bordered, centred serif lines, seal at the lower left, signatures."""
    w, h = landscape(letter)
    c.setPageSize((w, h))
    lk, p = doc["look"], pieces(doc)
    col = COLOURS[lk.get("colour", "navy")]
    if lk.get("security"):
        paper.security_background(c, w, h, col, rng)
    paper.border(c, w, h, col, lk.get("border", "double"))
    c.setFillColor(col)
    c.setFont("Times-Bold", 15)
    c.drawCentredString(w / 2, h - 92, lk.get("heading", doc["fields"].get("provider", "")).upper())
    c.setFont("Times-BoldItalic", 30)
    c.drawCentredString(w / 2, h - 135, lk.get("banner", "Certificate of Completion"))
    c.setFillColor(paper.INK)
    c.setFont("Times-Italic", 13)
    c.drawCentredString(w / 2, h - 172, p["intro"])
    c.setFont("Times-Bold", 26)
    if p["name"]:
        c.drawCentredString(w / 2, h - 210, p["name"])
    c.setLineWidth(0.6)
    c.line(w / 2 - 190, h - 218, w / 2 + 190, h - 218)
    c.setFont("Times-Italic", 13)
    c.drawCentredString(w / 2, h - 244, p["body"])
    c.setFont("Times-Bold", 17)
    c.drawCentredString(w / 2, h - 270, p["title"])
    y = h - 296
    c.setFont("Times-Roman", 12)
    for key in ("delivery", "provider", "dates", "location", "hours", "assessment", "review"):
        if key in p and not (key == "provider" and lk.get("heading") is None):
            c.drawCentredString(w / 2, y, p[key])
            y -= 17
    if "seal" in lk:
        paper.seal(c, 120, 118, 46, lk["seal"], COLOURS["gold"])
    _signers(c, doc, 96, [w / 2 - 30, w - 190], rng, "Times-Roman")
    if "issued" in p:
        c.setFont("Times-Roman", 9)
        c.drawString(w - 230, 48, p["issued"])
    if "number" in lk:
        c.setFont("Courier", 8)
        c.drawString(48, 48, lk["number"])
    decorate(c, doc, w, h, rng)


def modern_band(c: Canvas, doc: dict, rng: random.Random) -> None:
    """A coloured band at the left, sans-serif text set flush left, a verification code."""
    w, h = landscape(A4 if doc["look"].get("a4") else letter)
    c.setPageSize((w, h))
    lk, p = doc["look"], pieces(doc)
    col = COLOURS[lk.get("colour", "forest")]
    c.setFillColor(col)
    c.rect(0, 0, 150, h, stroke=0, fill=1)
    c.setFillGray(1)
    c.setFont("Helvetica-Bold", 12)
    for i, word in enumerate(lk.get("heading", "").split()):
        c.drawString(24, h - 70 - i * 16, word.upper())
    x = 190
    c.setFillColor(col)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(x, h - 90, lk.get("banner", "CERTIFICATE").upper())
    c.setFillColor(paper.INK)
    c.setFont("Helvetica", 11)
    c.drawString(x, h - 130, p["intro"].upper())
    c.setFont("Helvetica-Bold", 24)
    if p["name"]:
        c.drawString(x, h - 162, p["name"])
    c.setFont("Helvetica", 11)
    c.drawString(x, h - 190, p["body"])
    c.setFont("Helvetica-Bold", 15)
    c.drawString(x, h - 212, p["title"])
    y = h - 240
    c.setFont("Helvetica", 10.5)
    labels = lk.get("labels", {})
    for key in ("provider", "delivery", "dates", "location", "hours", "assessment", "review", "issued"):
        if key in p:
            c.drawString(x, y, labels.get(key, "") + p[key])
            y -= 15
    _signers(c, doc, 80, [x + 85, x + 330], rng, "Helvetica")
    if lk.get("qr"):
        paper.qr_box(c, w - 110, 40, 66, rng)
        c.setFont("Helvetica", 6.5)
        c.drawString(w - 118, 30, lk.get("verify", "Scan to verify"))
    if "number" in lk:
        c.setFont("Helvetica", 8)
        c.drawString(x, 30, lk["number"])
    decorate(c, doc, w, h, rng)


def platform_page(c: Canvas, doc: dict, rng: random.Random) -> None:
    """A learning platform's printable confirmation: a header bar with the platform's name,
    then label/value rows; the provider is named apart from the platform."""
    w, h = letter
    lk, f = doc["look"], doc["fields"]
    ds = lk.get("dates", "us")
    c.setFillGray(0.93)
    c.rect(0, h - 54, w, 54, stroke=0, fill=1)
    c.setFillColor(paper.NAVY)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, h - 34, lk["platform"])
    c.setFont("Helvetica", 8)
    c.setFillGray(0.35)
    c.drawRightString(w - 40, h - 34, lk.get("url", ""))
    c.setFillColor(paper.INK)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(40, h - 110, lk.get("banner", "Certificate of Completion"))
    rows = []
    if "applicant_name" in f:
        rows.append(("Learner", f["applicant_name"]))
    rows.append(("Course", f.get("title", "")))
    if "provider" in f:
        rows.append(("Course provider", f["provider"]))
    kind = {"online": "Online, self-paced", "webinar": "Live webinar", "hybrid": "Hybrid"}.get(f.get("delivery", ""), "")
    if kind:
        rows.append(("Format", kind))
    if "start_date" in f:
        label = "Completed on" if f["start_date"] == f.get("end_date") else "Dates"
        rows.append((label, fmt_range(f["start_date"], f["end_date"], ds)))
    if "location" in f:
        rows.append(("Location", f["location"]))
    if "hours" in f:
        rows.append(("Credit", fmt_hours(f["hours"], lk.get("hours_style", "plain"))))
    if f.get("course_review"):
        rows.append(("Course review", f"IIMC Course Review No. {lk['review_no']}"))
    if "issue_date" in f:
        rows.append(("Issued", fmt_range(f["issue_date"], f["issue_date"], ds)))
    if f.get("assessment") is True:
        rows.append(("Assessment", lk.get("assessment_text", "Final quiz passed (score 86%)")))
    elif f.get("assessment") is False:
        rows.append(("Assessment", "None required for this event"))
    y = h - 150
    for label, value in rows:
        c.setFont("Helvetica", 9)
        c.setFillGray(0.4)
        c.drawString(40, y, label.upper())
        c.setFont("Helvetica", 12)
        c.setFillColor(paper.INK)
        c.drawString(190, y, value)
        c.setStrokeGray(0.85)
        c.line(40, y - 8, w - 40, y - 8)
        y -= 30
    if "signatory" in f:
        paper.signature_block(c, 40, y - 40, f["signatory"], lk.get("role", ""), rng, centred=False)
    c.setFont("Helvetica", 7.5)
    c.setFillGray(0.45)
    c.drawString(40, 40, lk.get("footer", "This page was generated by the platform; the provider is responsible for content."))
    if "number" in lk:
        c.drawRightString(w - 40, 40, lk["number"])
    decorate(c, doc, w, h, rng)


def wallet_card(c: Canvas, doc: dict, rng: random.Random) -> None:
    """A wallet card (3.5 x 2 in) photocopied on a letter sheet, front only."""
    w, h = letter
    lk, p = doc["look"], pieces(doc)
    col = COLOURS[lk.get("colour", "maroon")]
    cw, ch = 252, 144
    x0, y0 = 90, h - 120 - ch
    c.setStrokeGray(0.5)
    c.roundRect(x0, y0, cw, ch, 8, stroke=1, fill=0)
    c.setFillColor(col)
    c.rect(x0, y0 + ch - 26, cw, 26, stroke=0, fill=1)
    c.setFillGray(1)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawCentredString(x0 + cw / 2, y0 + ch - 17, doc["fields"].get("provider", "").upper())
    c.setFillColor(paper.INK)
    c.setFont("Helvetica", 6.5)
    c.drawString(x0 + 10, y0 + ch - 40, p["intro"])
    c.setFont("Helvetica-Bold", 11)
    c.drawString(x0 + 10, y0 + ch - 54, p["name"])
    c.setFont("Helvetica", 7)
    c.drawString(x0 + 10, y0 + ch - 67, p["body"])
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(x0 + 10, y0 + ch - 79, p["title"])
    c.setFont("Helvetica", 7)
    y = y0 + ch - 92
    for key in ("dates", "location", "hours", "review"):
        if key in p:
            c.drawString(x0 + 10, y, p[key])
            y -= 10
    if "signatory" in doc["fields"]:
        paper.signature(c, x0 + 150, y0 + 16, 80, rng)
        c.setFont("Helvetica", 6)
        c.drawString(x0 + 150, y0 + 7, doc["fields"]["signatory"] + (", " + lk["role"] if lk.get("role") else ""))
    if "number" in lk:
        c.setFont("Courier", 6)
        c.drawString(x0 + 10, y0 + 7, lk["number"])
    decorate(c, doc, w, h, rng)


def portrait_formal(c: Canvas, doc: dict, rng: random.Random) -> None:
    """A portrait certificate on security paper with a centred seal."""
    w, h = A4 if doc["look"].get("a4") else letter
    c.setPageSize((w, h))
    lk, p = doc["look"], pieces(doc)
    col = COLOURS[lk.get("colour", "maroon")]
    paper.security_background(c, w, h, col, rng)
    paper.border(c, w, h, col, lk.get("border", "rope"))
    if "watermark" in lk:
        paper.watermark(c, w, h, lk["watermark"])
    c.setFillColor(col)
    c.setFont("Times-Roman", 13)
    c.drawCentredString(w / 2, h - 100, lk.get("heading", "").upper())
    c.setFont("Times-Bold", 28)
    c.drawCentredString(w / 2, h - 150, lk.get("banner", "Certificate"))
    c.setFillColor(paper.INK)
    c.setFont("Times-Italic", 13)
    c.drawCentredString(w / 2, h - 200, p["intro"])
    c.setFont("Times-Bold", 22)
    c.drawCentredString(w / 2, h - 236, p["name"])
    c.setFont("Times-Italic", 13)
    c.drawCentredString(w / 2, h - 268, p["body"])
    c.setFont("Times-Bold", 16)
    for i, line in enumerate(_wrap(p["title"], 48)):
        c.drawCentredString(w / 2, h - 296 - i * 20, line)
    y = h - 340
    c.setFont("Times-Roman", 12)
    for key in ("provider", "delivery", "dates", "location", "hours", "assessment", "review", "issued"):
        if key in p:
            c.drawCentredString(w / 2, y, p[key])
            y -= 18
    if "seal" in lk:
        paper.seal(c, w / 2, 200, 50, lk["seal"], col)
    _signers(c, doc, 110, [w / 2 - 130, w / 2 + 130], rng, "Times-Roman")
    if "number" in lk:
        c.setFont("Courier", 8)
        c.drawCentredString(w / 2, 56, lk["number"])
    decorate(c, doc, w, h, rng)


def attendance_record(c: Canvas, doc: dict, rng: random.Random) -> None:
    """A conference's attendance record: who, what, where, then a table of the sessions
    attended with their hours and the total."""
    w, h = letter
    lk, f = doc["look"], doc["fields"]
    ds = lk.get("dates", "long")
    top = paper.letterhead(c, w, h, f.get("provider", ""), lk.get("head_lines", []), lk.get("head", "centred"),
                           COLOURS[lk.get("colour", "navy")])
    c.setFillColor(paper.INK)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, top, lk.get("banner", "Verification of Attendance"))
    c.setFont("Helvetica", 10.5)
    y = top - 30
    lines = [f"Attendee: {f['applicant_name']}" if "applicant_name" in f else "Attendee:",
             f"Event: {f.get('title', '')}"]
    if "start_date" in f:
        lines.append("Dates: " + fmt_range(f["start_date"], f["end_date"], ds))
    if "location" in f:
        lines.append("Location: " + f["location"])
    for line in lines:
        c.drawString(60, y, line)
        y -= 16
    y -= 10
    sessions = lk.get("sessions", [])
    if sessions:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(60, y, "Session")
        c.drawRightString(w - 60, y, "Contact hours")
        c.line(60, y - 4, w - 60, y - 4)
        y -= 18
        c.setFont("Helvetica", 9.5)
        for name, hrs in sessions:
            c.drawString(60, y, name)
            c.drawRightString(w - 60, y, f"{hrs:g}")
            y -= 14
        c.line(60, y + 6, w - 60, y + 6)
    if "hours" in f:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y - 8, "Total contact hours")
        c.drawRightString(w - 60, y - 8, f"{f['hours']:g}")
        y -= 24
    if "days" in f:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, y - 8, f"Days attended: {int(f['days'])}")
        y -= 24
    if "issue_date" in f:
        c.setFont("Helvetica", 10)
        c.drawString(60, y - 20, "Date: " + fmt_date(f["issue_date"], ds))
    if "signatory" in f:
        paper.signature_block(c, 60, y - 80, f["signatory"], lk.get("role", ""), rng, centred=False)
    decorate(c, doc, w, h, rng)


def _wrap(text: str, width: int) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + ([line] if line else [])


RENDERERS = {
    "landscape": landscape_award, "modern": modern_band, "platform": platform_page,
    "wallet": wallet_card, "formal": portrait_formal, "attendance": attendance_record,
}
