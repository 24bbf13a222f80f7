"""Letters and the other papers of a packet: HR employment verifications (letterhead,
memo, positions table), service/teaching/appreciation letters, a first-person letter, a
letter by a relative, agendas, application forms and a receipt.

A letter's paragraphs are templates in the document's `look`, filled only from its
`fields` (dates in the issuer's style), so what the paper says is what the truth says.
"""
from __future__ import annotations

import random

from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from . import paper
from .layouts import COLOURS, decorate
from .wordings import fmt_date, fmt_range, number_word

EMPLOYMENT_WORDS = {"full_time": "full-time", "part_time": "part-time"}


def slots(doc: dict) -> dict[str, str]:
    """The values a paragraph template may name, formatted as this issuer prints them."""
    f, lk = doc["fields"], doc["look"]
    ds = lk.get("dates", "long")
    s = {k: str(v) for k, v in f.items() if isinstance(v, str)}
    for key in ("start_date", "end_date", "issue_date"):
        if key in f:
            s[key.split("_")[0]] = fmt_date(f[key], ds)
    if lk.get("to_present"):
        s["end"] = "present"
    if "start_date" in f and "end_date" in f:
        s["span"] = fmt_range(f["start_date"], f["end_date"], ds)
    if "employment_type" in f:
        s["type"] = EMPLOYMENT_WORDS[f["employment_type"]]
    if "years" in f:
        s["years_words"] = number_word(int(f["years"]))
    if "hours" in f:
        s["hours"] = f"{f['hours']:g}"
    s.update(lk.get("slots", {}))
    return s


def _paragraphs(c: Canvas, doc: dict, x: float, y: float, width: float, font: str, size: float) -> float:
    s = slots(doc)
    c.setFont(font, size)
    c.setFillColor(paper.INK)
    for template in doc["look"]["paras"]:
        for line in simpleSplit(template.format(**s), font, size, width):
            c.drawString(x, y, line)
            y -= size * 1.45
        y -= size * 0.8
    return y


def _closing(c: Canvas, doc: dict, x: float, y: float, rng: random.Random, font: str) -> None:
    f, lk = doc["fields"], doc["look"]
    c.setFont(font, 11)
    c.drawString(x, y, lk.get("closing", "Sincerely,"))
    if "signatory" in f:
        paper.signature(c, x + 4, y - 30, 120, rng)
        c.setFont(font, 11)
        c.drawString(x, y - 52, f["signatory"])
        for i, line in enumerate(lk.get("sig_lines", [])):
            c.drawString(x, y - 66 - i * 13, line)


def business_letter(c: Canvas, doc: dict, rng: random.Random) -> None:
    """A letter on letterhead: date, addressee, salutation, paragraphs, signature."""
    lk, f = doc["look"], doc["fields"]
    w, h = A4 if lk.get("a4") else letter
    c.setPageSize((w, h))
    font = lk.get("font", "Times-Roman")
    if "head" in lk:
        y = paper.letterhead(c, w, h, lk["head_name"], lk.get("head_lines", []), lk["head"],
                             COLOURS[lk.get("colour", "navy")])
    else:
        y = h - 90
    c.setFillColor(paper.INK)
    c.setFont(font, 11)
    if "issue_date" in f:
        c.drawString(72, y, fmt_date(f["issue_date"], lk.get("dates", "long")))
        y -= 30
    to = lk.get("to")
    salutation = lk.get("salutation", "")
    if to is None and "applicant_name" in f and any(w in salutation for w in f["applicant_name"].split()):
        to = [f["applicant_name"]]  # a letter to the applicant is addressed to her or him by full name
    for line in to or []:
        c.drawString(72, y, line)
        y -= 14
    y -= 12
    if "re" in lk:
        c.setFont(font.replace("-Roman", "-Bold") if "Times" in font else font + "-Bold", 11)
        c.drawString(72, y, lk["re"].format(**slots(doc)))
        y -= 26
        c.setFont(font, 11)
    c.drawString(72, y, lk.get("salutation", "To Whom It May Concern:"))
    y -= 26
    if lk.get("table"):
        y = _paragraphs(c, {**doc, "look": {**lk, "paras": lk["paras"][:1]}}, 72, y, w - 144, font, 11)
        y = _position_table(c, doc, y, w, font)
        y = _paragraphs(c, {**doc, "look": {**lk, "paras": lk["paras"][1:]}}, 72, y, w - 144, font, 11)
    else:
        y = _paragraphs(c, doc, 72, y, w - 144, font, 11)
    _closing(c, doc, 72, y - 6, rng, font)
    decorate(c, doc, w, h, rng)


def _position_table(c: Canvas, doc: dict, y: float, w: float, font: str) -> float:
    """HR's table of positions held: title, status, from, to."""
    f, lk = doc["fields"], doc["look"]
    s = slots(doc)
    cols = [72, 300, 380, 460]
    c.setFont("Helvetica-Bold", 9)
    for x, head in zip(cols, ("Position title", "Status", "From", "To"), strict=True):
        c.drawString(x, y, head)
    c.line(72, y - 4, w - 72, y - 4)
    y -= 18
    c.setFont("Helvetica", 9)
    row = [f.get("position", ""), lk.get("status_word", s.get("type", "")), s.get("start", ""), s.get("end", "")]
    for x, cell in zip(cols, row, strict=True):
        c.drawString(x, y, cell)
    c.line(72, y - 6, w - 72, y - 6)
    c.setFont(font, 11)
    return y - 30


def memo(c: Canvas, doc: dict, rng: random.Random) -> None:
    """An inter-office memorandum: TO/FROM/DATE/RE block, paragraphs, initials."""
    lk, f = doc["look"], doc["fields"]
    w, h = letter
    c.setFillColor(paper.INK)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(72, h - 80, "MEMORANDUM")
    c.setFont("Helvetica", 9)
    c.drawString(72, h - 96, lk["head_name"])
    rows = [("TO:", lk["memo_to"]), ("FROM:", f.get("signatory", "") + (", " + lk["role"] if lk.get("role") else "")),
            ("DATE:", fmt_date(f["issue_date"], lk.get("dates", "us")) if "issue_date" in f else ""),
            ("RE:", lk["re"].format(**slots(doc)))]
    y = h - 130
    for label, value in rows:
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(72, y, label)
        c.setFont("Helvetica", 10.5)
        c.drawString(140, y, value)
        y -= 18
    c.setLineWidth(1.5)
    c.line(72, y, w - 72, y)
    y = _paragraphs(c, doc, 72, y - 26, w - 144, "Helvetica", 10.5)
    if "signatory" in f:
        paper.signature(c, 76, y - 14, 90, rng)
    decorate(c, doc, w, h, rng)


def agenda(c: Canvas, doc: dict, rng: random.Random) -> None:
    """A program agenda: title block, then a time/session schedule."""
    lk, f = doc["look"], doc["fields"]
    w, h = letter
    col = COLOURS[lk.get("colour", "navy")]
    c.setFillColor(col)
    c.setFont("Helvetica-Bold", 18)
    c.drawCentredString(w / 2, h - 70, f.get("title", ""))
    c.setFont("Helvetica", 11)
    c.drawCentredString(w / 2, h - 90, f.get("provider", ""))
    line = []
    if "start_date" in f:
        line.append(fmt_range(f["start_date"], f["end_date"], lk.get("dates", "long")))
    if "location" in f:
        line.append(f["location"])
    c.drawCentredString(w / 2, h - 106, "  |  ".join(line))
    c.setFillColor(paper.INK)
    y = h - 150
    for day, items in lk["schedule"]:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, y, day)
        y -= 18
        for time, what in items:
            c.setFont("Courier", 9.5)
            c.drawString(80, y, time)
            c.setFont("Helvetica", 10)
            c.drawString(190, y, what)
            y -= 15
        y -= 10
    decorate(c, doc, w, h, rng)


def application_form(c: Canvas, doc: dict, rng: random.Random) -> None:
    """The IIMC application's first page: boxes with typed and hand-filled answers."""
    lk, f = doc["look"], doc["fields"]
    w, h = letter
    c.setFillColor(paper.INK)
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(w / 2, h - 60, "INTERNATIONAL INSTITUTE OF MUNICIPAL CLERKS")
    c.setFont("Helvetica", 11)
    c.drawCentredString(w / 2, h - 78, lk["form_title"])
    y = h - 120
    for label, value in [("Name of applicant", f.get("applicant_name", ""))] + [tuple(r) for r in lk["rows"]]:
        c.setStrokeGray(0.3)
        c.rect(60, y - 8, w - 120, 26, stroke=1, fill=0)
        c.setFont("Helvetica", 7)
        c.drawString(64, y + 10, label.upper())
        c.setFont("Helvetica-Oblique", 11)
        c.setFillColor(paper.BALLPOINT)
        c.drawString(70, y - 2, value)
        c.setFillColor(paper.INK)
        y -= 34
    c.setFont("Helvetica", 8)
    for i, line in enumerate(lk.get("fine_print", [])):
        c.drawString(60, y - 10 - i * 11, line)
    paper.signature(c, 90, 110, 140, rng)
    c.setFont("Helvetica", 8)
    c.line(80, 100, 280, 100)
    c.drawString(80, 90, "Signature of applicant")
    decorate(c, doc, w, h, rng)


def receipt(c: Canvas, doc: dict, rng: random.Random) -> None:
    """An unrelated paper that slipped into the envelope: a till receipt, narrow, monospace."""
    lk, f = doc["look"], doc["fields"]
    w, h = letter
    x0, width = 220, 170
    c.setStrokeGray(0.75)
    c.rect(x0, 300, width, h - 380, stroke=1, fill=0)
    c.setFillColor(paper.INK)
    c.setFont("Courier-Bold", 10)
    y = h - 110
    for line in lk["lines_top"]:
        c.drawCentredString(x0 + width / 2, y, line)
        y -= 13
    c.setFont("Courier", 8.5)
    if "issue_date" in f:
        c.drawString(x0 + 10, y - 6, fmt_date(f["issue_date"], "us") + "  " + lk.get("time", ""))
        y -= 24
    for item, price in lk["items"]:
        c.drawString(x0 + 10, y, item)
        c.drawRightString(x0 + width - 10, y, price)
        y -= 12
    c.drawString(x0 + 10, y - 8, "TOTAL")
    c.drawRightString(x0 + width - 10, y - 8, lk["total"])


RENDERERS = {"letter": business_letter, "memo": memo, "agenda": agenda,
             "form": application_form, "receipt": receipt}
