"""Letters and other paper of a packet: HR employment verifications (letterhead letter,
memo, table of positions), service letters (committee, board, officer, teaching,
on-the-job, publication), a first-person letter, a relative's letter, agendas with time
slots, the application form and a payment receipt.

Every layout prints the fields it is given and nothing else that the conventions name
as a field: a letter's date is its `issue_date`, "to present" is printed as words while
the truth's `end_date` is the packet's received date.
"""

from __future__ import annotations

from random import Random
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfgen.canvas import Canvas

from . import paper
from .model import Doc
from .wordings import CLOSINGS, HR_OPENINGS, date_text, num_words

TYPE_WORDS = {"full_time": ["full-time", "full time", "regular full-time"],
              "part_time": ["part-time", "part time", "regular part-time (20 hours per week)"]}


def _end_words(f: dict[str, Any], present: bool, ds: str) -> str:
    return "the present" if present else date_text(f["end_date"], ds)


def employment_letter(f: dict[str, Any], rng: Random, style: int, *, present: bool,
                      head_lines: list[str], sig_title: str, duties: str = "",
                      admin_words: str = "", received: str | None = None,
                      page_size: tuple[float, float] = letter) -> Doc:
    """Style 0: letterhead letter; 1: interoffice memo; 2: letter with a positions table."""
    ds = rng.choice(["long", "us", "abbr"])
    sub = Random(rng.random())
    name, org, pos = f["applicant_name"], f["provider"], f["position"]
    typ = rng.choice(TYPE_WORDS[f["employment_type"]]) if "employment_type" in f else ""
    start = date_text(f["start_date"], ds)
    end = _end_words(f, present, ds)
    issue = date_text(f["issue_date"], ds)
    signer = f["signatory"]

    def draw(c: Canvas) -> None:
        r = Random(sub.random())
        w, h = c._pagesize
        if style == 1:
            c.setFont("Helvetica-Bold", 20)
            c.drawString(60, h - 70, "MEMORANDUM")
            c.setFont("Helvetica", 9)
            c.drawString(60, h - 86, org + " - " + head_lines[0])
            rows = [("TO:", "IIMC Education Department"), ("FROM:", f"{signer}, {sig_title}"),
                    ("DATE:", issue), ("RE:", f"Employment verification - {name}")]
            y = h - 120
            for k, v in rows:
                c.setFont("Helvetica-Bold", 10)
                c.drawString(60, y, k)
                c.setFont("Helvetica", 10)
                c.drawString(120, y, v)
                y -= 16
            c.line(60, y + 4, w - 60, y + 4)
            body = (f"{name} has been employed by {org} as {pos} since {start}"
                    + (f" and continues in that position to {end}." if present
                       else f"; the employment ended on {end}.")
                    + (f" The position is {typ}." if typ else "")
                    + (f" {admin_words}" if admin_words else "")
                    + (f" Principal duties: {duties}" if duties else ""))
            y = paper.wrap(c, body, 60, y - 20, w - 120, "Helvetica", 10.5, 15)
            c.setFont("Helvetica", 10)
            c.drawString(60, y - 10, "Initialed:")
            paper.signature(c, 115, y - 8, r, 60)
            paper.footer(c, w, "This memorandum is an official record of " + org + ".")
            return
        y = paper.letterhead(c, w, h, org, head_lines, r, r.randint(0, 2))
        c.setFont("Times-Roman", 11)
        c.drawString(w - 200, y, issue)
        y -= 40
        for ln in ["International Institute of Municipal Clerks", "Education Department",
                   "Attn: Certification Review"]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 16
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Re: Verification of Employment - {name}")
        y -= 26
        if style == 0:
            body = (f"{r.choice(HR_OPENINGS)} {name}, who has worked for {org} as "
                    f"{pos} from {start} to {end}."
                    + (f" This is a {typ} position." if typ else "")
                    + (f" {admin_words}" if admin_words else "")
                    + (f"\nIn this role the employee is responsible for {duties}" if duties else "")
                    + "\nPlease contact this office should you require anything further.")
            y = paper.wrap(c, body, 72, y, w - 144, "Times-Roman", 11, 15)
        else:
            y = paper.wrap(c, f"{r.choice(HR_OPENINGS)} {name}. The position held with "
                           f"{org} is shown below.", 72, y, w - 144, "Times-Roman", 11, 15)
            cols = ["Position Title", "Start Date", "End Date", "Status"]
            vals = [pos, start, "Present" if present else end, typ.title() if typ else "-"]
            xs = [72, 290, 380, 460]
            y -= 10
            c.setFillColor(HexColor("#dde3ea"))
            c.rect(68, y - 5, w - 136, 18, stroke=0, fill=1)
            c.setFillColor(HexColor("#000000"))
            c.setFont("Helvetica-Bold", 9)
            for x, t in zip(xs, cols, strict=False):
                c.drawString(x, y, t)
            y -= 20
            c.setFont("Helvetica", 9)
            for x, t in zip(xs, vals, strict=False):
                c.drawString(x, y, t)
            c.line(68, y - 6, w - 68, y - 6)
            y -= 30
            if admin_words or duties:
                y = paper.wrap(c, (admin_words + " " + duties).strip(), 72, y, w - 144,
                               "Times-Roman", 11, 15)
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 20, r.choice(CLOSINGS))
        paper.sign_block(c, 72, y - 70, signer, sig_title, r, font="Times-Roman", size=11)
        if received:
            paper.received_stamp(c, w - 150, 140, received, r.uniform(-14, 14))
        paper.footer(c, w, "  ".join(head_lines))

    return Doc("employment_letter", dict(f), [draw], [page_size])


def service_letter(f: dict[str, Any], rng: Random, body: str, *, head_org: str,
                   head_lines: list[str], sig_title: str, salutation: str = "To the Education "
                   "Department:", sidebar: list[str] | None = None, kind: str = "letter",
                   page_size: tuple[float, float] = letter, pages2: str = "") -> Doc:
    """A letter whose body (already worded) states the facts in `f`."""
    ds = rng.choice(["long", "dmy", "abbr"])
    sub = Random(rng.random())
    signer = f.get("signatory")

    def page1(c: Canvas) -> None:
        r = Random(sub.random())
        w, h = c._pagesize
        left = 72
        if sidebar:
            c.setFillColor(HexColor("#eef1f4"))
            c.rect(0, 0, 150, h - 120, stroke=0, fill=1)
            c.setFillColor(HexColor("#333333"))
            c.setFont("Helvetica-Bold", 7.5)
            yy = h - 150
            for ln in sidebar:
                c.setFont("Helvetica-Bold" if ln.isupper() else "Helvetica", 7.5)
                c.drawString(14, yy, ln)
                yy -= 11
            c.setFillColor(HexColor("#000000"))
            left = 175
        y = paper.letterhead(c, w, h, head_org, head_lines, r, r.randint(0, 2))
        if "issue_date" in f:
            c.setFont("Times-Roman", 11)
            c.drawString(left, y, date_text(f["issue_date"], ds))
            y -= 34
        c.setFont("Times-Roman", 11)
        c.drawString(left, y, salutation)
        y = paper.wrap(c, body, left, y - 22, w - left - 72, "Times-Roman", 11, 15)
        if not pages2:
            c.drawString(left, y - 10, r.choice(CLOSINGS))
            if signer:
                paper.sign_block(c, left, y - 60, signer, sig_title, r, font="Times-Roman",
                                 size=11)

    draws = [page1]
    if pages2:
        def page2(c: Canvas) -> None:
            r = Random(sub.random() + 1)
            w, h = c._pagesize
            c.setFont("Times-Roman", 9)
            c.drawString(72, h - 60, f"{head_org} - page 2")
            y = paper.wrap(c, pages2, 72, h - 100, w - 144, "Times-Roman", 11, 15)
            c.drawString(72, y - 10, r.choice(CLOSINGS))
            if signer:
                paper.sign_block(c, 72, y - 60, signer, sig_title, r, font="Times-Roman",
                                 size=11)
        draws.append(page2)
    return Doc(kind, dict(f), draws, [page_size] * len(draws))


def agenda(f: dict[str, Any], rng: Random, slots: list[tuple[str, str, str]],
           days: list[str], two_col: bool = False) -> Doc:
    """A conference or course agenda with time slots (earns nothing, R15)."""
    sub = Random(rng.random())

    def draw(c: Canvas) -> None:
        r = Random(sub.random())
        w, h = c._pagesize
        c.setFillColor(HexColor(r.choice(["#23395b", "#5b2333", "#2f5b23"])))
        c.rect(0, h - 110, w, 110, stroke=0, fill=1)
        c.setFillColor(HexColor("#ffffff"))
        c.setFont("Helvetica-Bold", 18)
        c.drawString(50, h - 50, f["title"])
        c.setFont("Helvetica", 10)
        c.drawString(50, h - 70, f["provider"])
        c.drawString(50, h - 86, date_text(f["start_date"], "long")
                     + ("" if f["start_date"] == f["end_date"]
                        else " - " + date_text(f["end_date"], "long"))
                     + (f"  |  {f['location']}" if "location" in f else ""))
        c.setFillColor(HexColor("#000000"))
        y = h - 140
        per_day = max(1, len(slots) // max(1, len(days)))
        for i, (t, s, who) in enumerate(slots):
            if i % per_day == 0 and i // per_day < len(days):
                c.setFont("Helvetica-Bold", 11)
                c.drawString(50, y, days[i // per_day])
                y -= 18
            c.setFont("Courier-Bold", 9)
            c.drawString(50, y, t)
            c.setFont("Helvetica", 9.5)
            c.drawString(160, y, s)
            if who:
                c.setFont("Helvetica-Oblique", 8.5)
                c.drawString(420 if not two_col else 380, y, who)
            y -= 14
        paper.footer(c, w, "Agenda subject to change. Sessions marked * include a learning "
                     "assessment.")

    return Doc("agenda", dict(f), [draw], [letter])


def application_form(f: dict[str, Any], rng: Random, program: str, region: int,
                     member_id: str) -> Doc:
    """The IIMC application form as a filled-in form with boxes."""
    sub = Random(rng.random())

    def draw(c: Canvas) -> None:
        r = Random(sub.random())
        w, h = c._pagesize
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(w / 2, h - 60, f"APPLICATION FOR THE {program} DESIGNATION")
        c.setFont("Helvetica", 8)
        c.drawCentredString(w / 2, h - 74, "Please type or print clearly. Attach supporting "
                            "documentation in the order listed.")
        boxes = [("Applicant name", f["applicant_name"]), ("IIMC member no.", member_id),
                 ("IIMC Region", str(region)), ("Program applied for", program),
                 ("Signature of applicant", "")]
        y = h - 120
        for k, v in boxes:
            c.setFont("Helvetica", 7)
            c.drawString(60, y + 18, k.upper())
            c.rect(60, y - 4, w - 120, 20)
            c.setFont("Courier", 11)
            c.drawString(66, y + 1, v)
            if not v:
                paper.signature(c, 80, y + 2, r, 90)
            y -= 44
        c.setFont("Helvetica", 8)
        paper.wrap(c, "I affirm that I practice the IIMC Code of Ethics and that the "
                   "attached documents are true copies.", 60, y, w - 120, "Helvetica", 8)

    return Doc("application_form", dict(f), [draw], [letter])


def receipt(f: dict[str, Any], rng: Random, payer_line: str, amount: str, number: str) -> Doc:
    """A payment receipt (kind other): the payer's name and the day it was issued."""
    sub = Random(rng.random())

    def draw(c: Canvas) -> None:
        w, h = c._pagesize
        c.setFont("Courier-Bold", 12)
        c.drawString(60, h - 70, "OFFICIAL RECEIPT  No. " + number)
        c.setFont("Courier", 10)
        lines = [f"Date: {date_text(f['issue_date'], 'us')}", f"Received from: {f['applicant_name']}",
                 payer_line, f"Amount: {amount}", "Payment method: Check", "Balance due: $0.00"]
        for i, ln in enumerate(lines):
            c.drawString(60, h - 100 - 15 * i, ln)
        paper.signature(c, 60, h - 220, Random(sub.random()), 80)

    return Doc("other", dict(f), [draw], [A4])


def years_words(n: int) -> str:
    return f"{num_words(n)} ({n}) years" if n != 1 else "one (1) year"
