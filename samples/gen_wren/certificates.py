"""Certificates: institutes, associations, conferences, online courses, trainers, diplomas."""

from __future__ import annotations

import random
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen.canvas import Canvas

from . import drawing as dr
from .model import Doc
from .wordings import date_range, date_text, hours_text


def _when(f: dict[str, Any], rng: random.Random, look: dict[str, Any]) -> str:
    if f.get("start_date") and f.get("end_date"):
        if look.get("date_style"):
            a = date_text(f["start_date"], look["date_style"])
            if f["start_date"] == f["end_date"]:
                return a
            return f"{a} - {date_text(f['end_date'], look['date_style'])}"
        return date_range(f["start_date"], f["end_date"], rng)
    return ""


def _amount(f: dict[str, Any], rng: random.Random, look: dict[str, Any]) -> str:
    if f.get("hours") is not None:
        return look.get("hours_text") or hours_text(f["hours"], rng)
    if f.get("days") is not None:
        return look.get("days_text") or f"{f['days']:g} days of attendance"
    return ""


def _sign_block(c: Canvas, x: float, y: float, name: str | None, role: str, rng: random.Random,
                cursive: bool) -> None:
    c.setStrokeColor(black)
    c.setLineWidth(0.6)
    c.line(x, y, x + 190, y)
    if name:
        dr.signature(c, x + 8, y + 6, name, rng, scrawl=not cursive)
        c.setFont("Times-Roman", 10)
        c.setFillColor(black)
        c.drawString(x, y - 12, name)
    c.setFont("Times-Italic", 9)
    c.drawString(x, y - (24 if name else 12), role)


def draw_certificate(c: Canvas, doc: Doc, rng: random.Random) -> None:
    look = doc.look
    layout = look.get("layout", "classic")
    {"classic": _classic, "modern": _modern, "online": _online, "diploma": _diploma,
     "plain": _plain, "rotated": _rotated}[layout](c, doc, rng)
    c.showPage()
    c.setPageSize(letter)
    c.setPageRotation(0)


def _lines(doc: Doc, rng: random.Random) -> list[tuple[str, str, float]]:
    """The certificate's text, top to bottom: (text, font, size)."""
    f = doc.fields
    look = doc.look
    out: list[tuple[str, str, float]] = []
    out.append((look.get("heading", "Certificate of Completion"), "Times-Bold", 30))
    out.append((look.get("lead", "This is to certify that"), "Times-Italic", 13))
    if f.get("applicant_name"):
        out.append((f["applicant_name"], "Times-BoldItalic", 26))
    else:
        out.append(("______________________________", "Times-Roman", 20))
    out.append((look.get("verb", "has successfully completed"), "Times-Italic", 13))
    if f.get("title"):
        out.append((f["title"], "Times-Bold", 18))
    if look.get("program_line"):
        out.append((look["program_line"], "Times-Roman", 13))
    if f.get("provider") and not look.get("provider_in_header"):
        out.append((look.get("provider_prefix", "") + f["provider"], "Times-Roman", 13))
    when = _when(f, rng, look)
    where = f.get("location", "")
    joined = ", ".join(s for s in (where, when) if s)
    if joined:
        out.append((look.get("when_prefix", "") + joined, "Times-Roman", 12))
    amount = _amount(f, rng, look)
    if amount:
        out.append((amount, "Times-Bold", 12))
    if look.get("extra"):
        out.append((look["extra"], "Times-Roman", 10))
    return out


def _signers(doc: Doc) -> list[tuple[str | None, str]]:
    f = doc.fields
    signers: list[tuple[str | None, str]] = []
    if f.get("signatory"):
        signers.append((f["signatory"], doc.look.get("role", "Director")))
    signers.extend(doc.look.get("cosigners", []))
    return signers


def _issue(c: Canvas, doc: Doc, x: float, y: float, centre: bool = False) -> None:
    f = doc.fields
    if f.get("issue_date"):
        s = doc.look.get("issue_prefix", "Issued ") + date_text(f["issue_date"], doc.look.get("issue_style", "long"))
        c.setFont("Times-Roman", 10)
        if centre:
            c.drawCentredString(x, y, s)
        else:
            c.drawString(x, y, s)


def _classic(c: Canvas, doc: Doc, rng: random.Random) -> None:
    w, h = landscape(letter)
    c.setPageSize((w, h))
    if doc.look.get("security"):
        dr.security_paper(c, rng, w, h)
    dr.border(c, rng, w, h)
    if doc.look.get("provider_in_header") and doc.fields.get("provider"):
        c.setFont("Times-Bold", 15)
        c.drawCentredString(w / 2, h - 70, doc.fields["provider"])
    y = h - 120
    for text, font, size in _lines(doc, rng):
        c.setFont(font, size)
        c.setFillColor(dr.INK)
        c.drawCentredString(w / 2, y, text)
        y -= size * 1.55
    signers = _signers(doc)
    for i, (name, role) in enumerate(signers[:2]):
        _sign_block(c, 90 + i * (w - 370), 95, name, role, rng, doc.look.get("cursive", False))
    dr.seal(c, w / 2, 105, 42, doc.look.get("seal", "SEAL OF COMPLETION * "), rng)
    _issue(c, doc, w / 2, 48, centre=True)


def _modern(c: Canvas, doc: Doc, rng: random.Random) -> None:
    w, h = letter
    f = doc.fields
    c.setFillColor(Color(0.1, 0.3, 0.35))
    c.rect(0, h - 150, 40, 150, stroke=0, fill=1)
    c.rect(w - 40, 0, 40, 150, stroke=0, fill=1)
    c.setFillColor(black)
    if f.get("provider"):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(70, h - 70, f["provider"])
    if doc.look.get("subhead"):
        c.setFont("Helvetica", 9)
        c.drawString(70, h - 84, doc.look["subhead"])
    y = h - 170
    lines = [ln for ln in _lines(doc, rng) if not (f.get("provider") and ln[0] == f["provider"])]
    for text, font, size in lines:
        font2 = {"Times-Bold": "Helvetica-Bold", "Times-Italic": "Helvetica-Oblique",
                 "Times-BoldItalic": "Helvetica-Bold", "Times-Roman": "Helvetica"}[font]
        y = dr.para(c, text, 70, y, w - 150, font2, size * 0.8)
    y -= 30
    for name, role in _signers(doc)[:2]:
        _sign_block(c, 70, y, name, role, rng, doc.look.get("cursive", True))
        y -= 80
    _issue(c, doc, 70, 90)
    if doc.look.get("small_print"):
        dr.footer(c, doc.look["small_print"])


def _online(c: Canvas, doc: Doc, rng: random.Random) -> None:
    w, h = letter
    f = doc.fields
    c.setFillColor(Color(0.93, 0.95, 0.98))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(60, h - 80, doc.look.get("heading", "Certificate of Completion"))
    rows = [["Participant", f.get("applicant_name", "")]]
    if f.get("title"):
        rows.append([doc.look.get("title_label", "Course"), f["title"]])
    if f.get("provider"):
        rows.append(["Provider", f["provider"]])
    fmt = {"online": "Online, self-paced", "hybrid": "Hybrid (online and classroom)",
           "webinar": "Live webinar", "in_person": "Classroom"}
    if f.get("delivery"):
        rows.append(["Format", doc.look.get("format_text", fmt[f["delivery"]])])
    when = _when(f, rng, doc.look)
    if when:
        rows.append(["Completed", when])
    if f.get("hours") is not None:
        rows.append(["Credit", _amount(f, rng, doc.look)])
    if "assessment_text" in doc.look:
        rows.append(["Assessment", doc.look["assessment_text"]])
    y = dr.table(c, rows, 60, h - 120, [130, 360], size=11, head=False, grid=doc.look.get("grid", False))
    if doc.look.get("extra"):
        y = dr.para(c, doc.look["extra"], 60, y - 10, w - 120, "Helvetica", 9)
    for name, role in _signers(doc)[:1]:
        _sign_block(c, 60, y - 50, name, role, rng, True)
    _issue(c, doc, 60, 80)
    dr.footer(c, doc.look.get("small_print", "Verify this certificate online with its code."))


def _diploma(c: Canvas, doc: Doc, rng: random.Random) -> None:
    w, h = landscape(letter)
    c.setPageSize((w, h))
    f = doc.fields
    dr.security_paper(c, rng, w, h)
    dr.border(c, rng, w, h)
    c.setFillColor(dr.INK)
    c.setFont("Times-Bold", 28)
    c.drawCentredString(w / 2, h - 95, f["provider"])
    c.setFont("Times-Italic", 12)
    c.drawCentredString(w / 2, h - 130, "upon the recommendation of the Faculty has conferred upon")
    c.setFont("Times-BoldItalic", 26)
    c.drawCentredString(w / 2, h - 175, f["applicant_name"])
    c.setFont("Times-Italic", 12)
    c.drawCentredString(w / 2, h - 205, "the degree of")
    c.setFont("Times-Bold", 20)
    c.drawCentredString(w / 2, h - 238, f["degree"])
    c.setFont("Times-Italic", 11)
    c.drawCentredString(w / 2, h - 268, "with all the rights, privileges and honors thereunto appertaining.")
    c.drawCentredString(w / 2, h - 290, "Given " + date_text(f["degree_date"], "formal") + ".")
    dr.seal(c, w / 2, 110, 48, f["provider"].upper() + " * ", rng)
    for i, (name, role) in enumerate(doc.look.get("cosigners", [])):
        _sign_block(c, 90 + i * (w - 370), 95, name, role, rng, True)


def _plain(c: Canvas, doc: Doc, rng: random.Random) -> None:
    """A plain typed attendance record: a letterhead and a few labelled lines."""
    f = doc.fields
    y = dr.letterhead(c, f.get("provider", "Attendance Record"), doc.look.get("head_lines", []), rng,
                      doc.look.get("head_style", 0))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, y, doc.look.get("heading", "CERTIFICATE OF ATTENDANCE"))
    y -= 34
    rows = []
    if f.get("applicant_name"):
        rows.append(("Attendee:", f["applicant_name"]))
    if f.get("title"):
        rows.append((doc.look.get("title_label", "Program:"), f["title"]))
    when = _when(f, rng, doc.look)
    if when:
        rows.append(("Date(s):", when))
    if f.get("location"):
        rows.append(("Location:", f["location"]))
    amount = _amount(f, rng, doc.look)
    if amount:
        rows.append(("Credit:", amount))
    for label, val in rows:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, y, label)
        c.setFont("Helvetica", 11)
        c.drawString(170, y, val)
        y -= 22
    if doc.look.get("extra"):
        y = dr.para(c, doc.look["extra"], 72, y - 8, 460, "Helvetica", 10)
    for name, role in _signers(doc)[:1]:
        _sign_block(c, 72, y - 50, name, role, rng, doc.look.get("cursive", False))
    _issue(c, doc, 72, 110)
    if doc.look.get("stamp"):
        dr.stamp(c, 380, 150, doc.look["stamp"], 12)


def _rotated(c: Canvas, doc: Doc, rng: random.Random) -> None:
    """A landscape certificate scanned into a portrait page: the page carries /Rotate 90."""
    w, h = letter
    c.setPageSize((w, h))
    c.setPageRotation(90)
    c.saveState()
    c.translate(w, 0)
    c.rotate(90)
    lw, lh = h, w
    dr.border(c, rng, lw, lh)
    y = lh - 100
    for text, font, size in _lines(doc, rng):
        c.setFont(font, size * 0.9)
        c.drawCentredString(lw / 2, y, text)
        y -= size * 1.45
    for i, (name, role) in enumerate(_signers(doc)[:2]):
        _sign_block(c, 90 + i * (lw - 370), 80, name, role, rng, True)
    _issue(c, doc, lw / 2, 40, centre=True)
    c.restoreState()
