"""Letters (employment verification in three styles, service, teaching, on-the-job,
first-person, relative), agendas and brochures, application forms and receipts."""

from __future__ import annotations

import random

from reportlab.pdfgen.canvas import Canvas

from samples.gen_harbor import paper as P
from samples.gen_harbor import wordings as W
from samples.gen_harbor.layouts import LAND, PORT, end_page
from samples.gen_harbor.model import Doc
from samples.gen_harbor.world import IIMC, IIMC_ADDRESS


def _span(doc: Doc, style: int) -> str:
    f = doc.f
    if doc.x.get("month_only"):
        a, b = W.d(f["start_date"]), W.d(f["end_date"])
        return f"from {W.MONTHS[a.month - 1]} {a.year} through {W.MONTHS[b.month - 1]} {b.year}"
    end = "the present" if doc.x.get("present") else W.date_one(f["end_date"], style)
    return f"from {W.date_one(f['start_date'], style)} to {end}"


def _head(c: Canvas, doc: Doc, rnd: random.Random) -> tuple[float, str, str]:
    w, h = PORT
    c.setPageSize(PORT)
    reg, bold, _, _ = P.fonts(rnd)
    y = P.letterhead(c, w, h, doc.x.get("letterhead", doc.f.get("provider", "")), doc.x.get("address", ""),
                     doc.x.get("head_style", rnd.randrange(3)), rnd.choice(P.PALETTE), rnd)
    return y, reg, bold


def _close(c: Canvas, doc: Doc, rnd: random.Random, y: float, reg: str) -> None:
    c.setFont(reg, 11)
    c.setFillColor(P.INK)
    c.drawString(72, y - 10, rnd.choice(W.CLOSINGS))
    name = doc.f.get("signatory", doc.x.get("unnamed_signer", ""))
    P.sign_block(c, 72, y - 60, name, doc.x.get("signer_title", ""), reg, rnd, 190)


def _date_line(c: Canvas, doc: Doc, y: float, reg: str) -> float:
    if "issue_date" in doc.f:
        c.setFont(reg, 11)
        c.drawString(72, y, W.date_one(doc.f["issue_date"], doc.x.get("date_style", 0)))
    return y - 30


def _address_block(c: Canvas, y: float, reg: str) -> float:
    c.setFont(reg, 10.5)
    for line in [IIMC] + IIMC_ADDRESS.split(", ", 1):
        c.drawString(72, y, line)
        y -= 13.5
    return y - 14


def employment_text(doc: Doc, rnd: random.Random) -> list[str]:
    f = doc.f
    name = f.get("applicant_name", "the above-named employee")
    pos = f.get("position")
    held = f" in the position of {pos}" if pos else ""
    span = _span(doc, doc.x.get("date_style", 0))
    out = [rnd.choice([
        f"This letter is to verify that {name} has been employed by the {f['provider']}{held} {span}.",
        f"Please accept this letter as verification that {name} was employed with the {f['provider']}{held} {span}.",
        f"Our records show that {name} has served the {f['provider']}{held} {span}."])]
    et = f.get("employment_type")
    if et:
        out.append({"full_time": rnd.choice(["The position is full-time (40 hours per week).",
                                             "This is a full-time, benefited position."]),
                    "part_time": rnd.choice(["The position is part-time, approximately 20 hours per week.",
                                             "This is a regular part-time position."])}[et])
    adm = f.get("administrative")
    if adm is True:
        out.append("The position carries administrative responsibility, including records management, "
                   "agenda preparation and minutes for the governing body, elections, and custody of the seal.")
    elif adm is False:
        out.append("The position does not carry administrative responsibility; duties are clerical "
                   "support performed under the direct supervision of the Clerk.")
    out.append(rnd.choice(["Please contact this office if further information is needed.",
                           "Should you require anything further, do not hesitate to call."]))
    return out


def employment_letter(c: Canvas, doc: Doc, rnd: random.Random) -> int:
    y, reg, bold = _head(c, doc, rnd)
    y = _date_line(c, doc, y, reg)
    y = _address_block(c, y, reg)
    c.setFont(bold, 11)
    c.drawString(72, y, "RE: Employment Verification" + (
        f" \u2013 {doc.f['applicant_name']}" if "applicant_name" in doc.f else ""))
    y -= 26
    c.setFont(reg, 11)
    c.drawString(72, y, rnd.choice(W.SALUTES))
    y -= 22
    for text in employment_text(doc, rnd):
        y = P.para(c, text, 72, y, 468, reg, 11) - 8
    _close(c, doc, rnd, y, reg)
    end_page(c, doc, rnd)
    return 1


def employment_memo(c: Canvas, doc: Doc, rnd: random.Random) -> int:
    w, h = PORT
    c.setPageSize(PORT)
    reg, bold = "Courier", "Courier-Bold"
    P.centered(c, doc.f["provider"], w / 2, h - 60, "Helvetica-Bold", 14)
    P.centered(c, doc.x.get("address", ""), w / 2, h - 74, "Helvetica", 8.5, P.GREY)
    P.centered(c, "M E M O R A N D U M", w / 2, h - 110, "Helvetica-Bold", 18)
    y = h - 150
    rows = [("TO:", f"{IIMC}, Education Department"),
            ("FROM:", f"{doc.f.get('signatory', '')}, {doc.x.get('signer_title', '')}")]
    if "issue_date" in doc.f:
        rows.append(("DATE:", W.date_one(doc.f["issue_date"], 1)))
    rows.append(("SUBJECT:", "Verification of Employment" + (
        f" - {doc.f['applicant_name']}" if "applicant_name" in doc.f else "")))
    for label, value in rows:
        c.setFont(bold, 10.5)
        c.drawString(72, y, label)
        c.setFont(reg, 10.5)
        c.drawString(160, y, value)
        y -= 18
    c.setLineWidth(1.2)
    c.line(72, y, w - 72, y)
    y -= 26
    for text in employment_text(doc, rnd):
        y = P.para(c, text, 72, y, 468, reg, 10.5) - 8
    P.signature(c, 300, y - 40, 140, rnd)
    c.setFont(reg, 9)
    c.drawString(300, y - 52, "initials / signature on file")
    P.footer(c, w, doc.x.get("address", ""))
    end_page(c, doc, rnd)
    return 1


def employment_table(c: Canvas, doc: Doc, rnd: random.Random) -> int:
    y, reg, bold = _head(c, doc, rnd)
    f = doc.f
    y = _date_line(c, doc, y, reg)
    c.setFont(reg, 11)
    c.drawString(72, y, rnd.choice(W.SALUTES))
    y -= 22
    name = f.get("applicant_name", "the employee named in your request")
    y = P.para(c, f"At the request of {name}, the {f['provider']} confirms the following record of "
               "employment:", 72, y, 468, reg, 11) - 6
    status = {"full_time": "Full-time", "part_time": "Part-time"}.get(f.get("employment_type", ""), "Regular")
    end = "Present" if doc.x.get("present") else W.date_one(f["end_date"], 1)
    rows = [["Position Title", "Status", "From", "To"],
            [f.get("position", ""), status, W.date_one(f["start_date"], 1), end]]
    y = P.table(c, 72, y, [230, 80, 80, 80], rows, reg, bold, 9.5) - 16
    adm = f.get("administrative")
    if adm is not None:
        y = P.para(c, "Administrative responsibility: " + ("Yes - supervises records, elections and "
                   "meeting administration." if adm else "No."), 72, y, 468, reg, 11) - 8
    y = P.para(c, "This verification is provided from official personnel records.", 72, y, 468, reg, 11)
    _close(c, doc, rnd, y - 6, reg)
    end_page(c, doc, rnd)
    return 1


SERVICE = {
    "committee_member": "{name} served as a member of the {title} of the {provider} {span}{years}.",
    "committee_chair": "{name} served as Chairperson of the {title} of the {provider} {span}{years}.",
    "board_member": "{name} served as an elected member of the {title} of the {provider} {span}{years}.",
    "association_officer": "{name} served as {title} of the {provider} {span}{years}.",
    "related_officer": "{name} held the office of {title} in the {provider} {span}{years}.",
    "teaching_institute": "{name} taught the session \"{title}\" for the {provider} on {when}, "
                          "presenting {hours} hours of instruction.",
    "teaching_state": "{name} served as instructor for \"{title}\", a course of the {provider} held {when}, "
                      "teaching and preparing {hours} hours.",
    "on_the_job": "{name} led the {title} for the {provider}, work well outside the daily duties of "
                  "the office, {when}; the project took {hours} hours.",
}
FIRST_PERSON = ("I, {name}, am writing to describe my own work on the {title} for the {provider}. "
                "I planned and carried out the project myself {when}, and I spent {hours} hours on it "
                "outside my regular duties.")


def service_letter(c: Canvas, doc: Doc, rnd: random.Random) -> int:
    f, x = doc.f, doc.x
    y, reg, bold = _head(c, doc, rnd)
    y = _date_line(c, doc, y, reg)
    c.setFont(reg, 11)
    c.drawString(72, y, rnd.choice(W.SALUTES))
    y -= 24
    style = x.get("date_style", 0)
    when = W.date_range(f["start_date"], f["end_date"], style) if "start_date" in f else "this year"
    years = ""
    if "years" in f:
        n = int(f["years"])
        years = f", {W.NUMBER_WORDS[n]} {x.get('unit', 'year')}{'s' if n > 1 else ''} of service"
    values = dict(name=f.get("applicant_name", "our colleague"), title=f.get("title", "work described below"),
                  provider=f.get("provider", ""), span=_span(doc, style) if "start_date" in f else "",
                  years=years, when=when, hours=W.num(f["hours"]) if "hours" in f else "many")
    template = FIRST_PERSON if f.get("first_person") else SERVICE[f["activity"]]
    if "relationship" in f:
        y = P.para(c, f"As {x['pronoun']} {f['relationship']}, I am proud to write on {x['pronoun']} behalf.",
                   72, y, 468, reg, 11) - 8
    y = P.para(c, template.format(**values), 72, y, 468, reg, 11) - 8
    for extra in x.get("extra", []):
        y = P.para(c, extra, 72, y, 468, reg, 11) - 8
    _close(c, doc, rnd, y, reg)
    end_page(c, doc, rnd)
    return 1


def agenda(c: Canvas, doc: Doc, rnd: random.Random) -> int:
    """Portrait agenda with time slots; or, with x['brochure'], a landscape two-column brochure."""
    f, x = doc.f, doc.x
    brochure = x.get("brochure", False)
    w, h = LAND if brochure else PORT
    c.setPageSize((w, h))
    reg, bold, ital, _ = P.fonts(rnd)
    color = rnd.choice(P.PALETTE)
    col_w = w / 2 - 60 if brochure else w - 144
    P.centered(c, f.get("provider", ""), w / 2, h - 50, bold, 13, color)
    P.centered(c, f.get("title", ""), w / 2, h - 76, bold, 20)
    sub = []
    if "start_date" in f:
        sub.append(W.date_range(f["start_date"], f["end_date"], x.get("date_style", 0)))
    if "location" in f:
        sub.append(f["location"])
    P.centered(c, "  |  ".join(sub), w / 2, h - 96, ital, 11)
    slots = W.slot_times(x.get("start_minutes", 480), x.get("slots", W.AGENDA_SLOTS))
    y = h - 130
    first = slots if not brochure else slots[: (len(slots) + 1) // 2]
    for col, part in enumerate([first, slots[len(first):]] if brochure else [first]):
        yy = y
        x0 = 72 + col * (w / 2 - 36)
        for t, name in part:
            c.setFont(bold, 10)
            c.setFillColor(P.INK)
            c.drawString(x0, yy, t + " \u2014")
            yy = P.para(c, name, x0 + 80, yy, col_w - 80, reg, 10) - 6
    if brochure:
        c.setStrokeColor(color)
        c.line(w / 2, 110, w / 2, h - 120)
        P.para(c, "Registration: $145 members, $195 non-members. Lunch included. Hotel block available "
               "until two weeks before the event.", 72, 90, w - 144, ital, 9)
    end_page(c, doc, rnd)
    return 1


def application_form(c: Canvas, doc: Doc, rnd: random.Random) -> int:
    w, h = PORT
    c.setPageSize(PORT)
    f, x = doc.f, doc.x
    P.centered(c, IIMC, w / 2, h - 54, "Helvetica-Bold", 13, P.NAVY)
    P.centered(c, f"APPLICATION FOR {x.get('program', 'CMC')} DESIGNATION", w / 2, h - 78, "Helvetica-Bold", 16)
    y = h - 120
    for label, value in [("Applicant Name", f.get("applicant_name", "")), ("IIMC Member No.", x.get("member_id", "")),
                         ("Municipality", x.get("municipality", "")), ("IIMC Region", str(x.get("region", ""))),
                         ("Mailing Address", x.get("mail", "")), ("Telephone", x.get("phone", ""))]:
        c.setStrokeColor(P.GREY)
        c.rect(60, y - 26, w - 120, 30)
        c.setFont("Helvetica", 7.5)
        c.setFillColor(P.GREY)
        c.drawString(64, y - 4, label.upper())
        c.setFont("Courier", 11)
        c.setFillColor(P.INK)
        c.drawString(70, y - 20, value)
        y -= 36
    y = P.para(c, "I affirm that I have read and practice the IIMC Code of Ethics and that the information "
               "and supporting documentation in this application are true and complete.", 60, y - 10,
               w - 120, "Helvetica", 9.5)
    P.signature(c, 80, y - 40, 150, rnd)
    c.setFont("Helvetica", 8)
    c.drawString(80, y - 50, "Signature of Applicant")
    end_page(c, doc, rnd)
    return 1


def receipt(c: Canvas, doc: Doc, rnd: random.Random) -> int:
    w, h = PORT
    c.setPageSize(PORT)
    f, x = doc.f, doc.x
    c.setStrokeColor(P.GREY)
    c.setDash(4, 3)
    c.rect(60, h - 330, w - 120, 270)
    c.setDash()
    c.setFont("Helvetica-Bold", 14)
    c.drawString(80, h - 90, x.get("issuer", IIMC))
    c.setFont("Courier-Bold", 20)
    c.drawRightString(w - 80, h - 90, "RECEIPT")
    c.setFont("Courier", 11)
    lines = [f"No. {x.get('number', '004417')}"]
    if "issue_date" in f:
        lines.append("Date: " + W.date_one(f["issue_date"], 1))
    lines += ["Received from: " + f.get("applicant_name", ""), f"Amount: {x.get('amount', '$50.00')}",
              "For: " + x.get("purpose", "Application fee"), "Paid by: Check #" + x.get("check", "2215")]
    y = h - 130
    for line in lines:
        c.drawString(80, y, line)
        y -= 22
    P.signature(c, w - 240, h - 300, 120, rnd)
    end_page(c, doc, rnd)
    return 1


RENDERERS = {"employment_letter": employment_letter, "employment_memo": employment_memo,
             "employment_table": employment_table, "service_letter": service_letter, "agenda": agenda,
             "application_form": application_form, "receipt": receipt}
