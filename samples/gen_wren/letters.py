"""Letters: HR employment verifications, service, teaching, first-person and family letters."""

from __future__ import annotations

import random
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from . import drawing as dr
from .model import Doc
from .wordings import date_text

W = dr.W
H = dr.H


def _head(c: Canvas, doc: Doc, rng: random.Random) -> float:
    look = doc.look
    org = look.get("org_name") or doc.fields.get("provider", "")
    y = dr.letterhead(c, org, look.get("head_lines", []), rng, look.get("head_style", 0))
    if doc.fields.get("issue_date"):
        c.setFont("Times-Roman", 11)
        c.drawString(72, y, date_text(doc.fields["issue_date"], look.get("date_style", "long")))
        y -= 30
    if look.get("to"):
        for ln in look["to"]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
    if look.get("re"):
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, look["re"])
        y -= 24
    return y


def _close(c: Canvas, doc: Doc, y: float, rng: random.Random) -> None:
    look = doc.look
    x = 176 if look.get("sidebar") else 72
    c.setFont("Times-Roman", 11)
    c.drawString(x, y, look.get("closing", "Sincerely,"))
    y -= 44
    sig = doc.fields.get("signatory") or look.get("signed_by")
    if sig:
        dr.signature(c, x + 8, y + 10, sig, rng, scrawl=not look.get("cursive", True))
        c.setFont("Times-Roman", 11)
        c.drawString(x, y - 8, sig)
        for i, ln in enumerate(look.get("sig_lines", [])):
            c.drawString(x, y - 22 - 14 * i, ln)
    if look.get("footer"):
        dr.footer(c, look["footer"])
    if look.get("stamp"):
        dr.stamp(c, 360, 120, look["stamp"], -8)


def _sidebar(c: Canvas, names: list[str]) -> None:
    """The left column of an association's letterhead: its officers and directors."""
    c.saveState()
    c.setStrokeColorRGB(0.6, 0.6, 0.6)
    c.line(160, 90, 160, H - 150)
    y = H - 160
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(40, y, "OFFICERS AND DIRECTORS")
    y -= 14
    for ln in names:
        c.setFont("Helvetica-Oblique" if ln.startswith(" ") else "Helvetica", 7.5)
        c.drawString(40, y, ln.strip())
        y -= 11
    c.restoreState()


def draw_letter(c: Canvas, doc: Doc, rng: random.Random) -> None:
    """A letter whose body paragraphs are given in doc.look['body'] (already worded)."""
    y = _head(c, doc, rng)
    x = 72
    width = W - 144
    if doc.look.get("sidebar"):
        _sidebar(c, doc.look["sidebar"])
        x = 176
        width = W - x - 60
    c.setFont("Times-Roman", 11)
    c.drawString(x, y, doc.look.get("salutation", "To Whom It May Concern:"))
    y -= 24
    for text in doc.look["body"]:
        y = dr.para(c, text, x, y, width, "Times-Roman", 11)
    if doc.look.get("rows"):
        y = dr.table(c, doc.look["rows"], 72, y, doc.look["widths"], size=9.5)
    _close(c, doc, y - 6, rng)
    c.showPage()


def draw_labelled_employment(c: Canvas, doc: Doc, rng: random.Random) -> None:
    """An HR verification form: labels and values, then a certification line."""
    f = doc.fields
    y = _head(c, doc, rng)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, y, doc.look.get("form_title", "VERIFICATION OF EMPLOYMENT"))
    y -= 30
    for label, value in doc.look["labels"]:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, y, label)
        c.setFont("Helvetica", 10)
        c.drawString(250, y, value)
        y -= 19
    y -= 10
    for text in doc.look.get("body", []):
        y = dr.para(c, text, 72, y, W - 144, "Helvetica", 10)
    _ = f
    _close(c, doc, y - 6, rng)
    c.showPage()


def employment_body(f: dict[str, Any], look: dict[str, Any], rng: random.Random) -> list[str]:
    """Prose wording of an employment letter from its fields, in one of several voices."""
    name = f["applicant_name"]
    pos = f["position"]
    org = f["provider"]
    start = date_text(f["start_date"], look.get("date_style", "long"))
    if look.get("to_present"):
        end_phrase = rng.choice(["to the present", "and remains employed in that position today",
                                 "through the present date"])
    else:
        end_phrase = "through " + date_text(f["end_date"], look.get("date_style", "long"))
    kind = {"full_time": "full-time", "part_time": "part-time"}.get(f.get("employment_type", ""), "")
    kind_txt = f" {kind}" if kind else ""
    voice = look.get("voice", 0)
    if voice == 0:
        first = (f"This letter will confirm that {name} has been employed by the {org} as{kind_txt} "
                 f"{pos} from {start} {end_phrase}.")
    elif voice == 1:
        first = (f"Please accept this letter as verification that {name} held the{kind_txt} position of "
                 f"{pos} with {org}, beginning {start}, {end_phrase}.")
    else:
        first = (f"Our records show {name} in the{kind_txt} position of {pos} at the {org}, "
                 f"from {start} {end_phrase}.")
    out = [first]
    if look.get("duties"):
        out.append(look["duties"])
    out.append(look.get("coda", "Should you require anything further, please contact Human Resources."))
    return out
