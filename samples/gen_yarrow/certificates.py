"""Certificates: institutes, academies, state courses, conferences, webinars, outside trainers, diplomas."""

from __future__ import annotations

import datetime as dt
import random

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from . import drawing as dr
from . import wordings as w
from .model import Doc, put

OPENERS = ["This is to certify that", "Be it known that", "This certificate is presented to",
           "In recognition of professional achievement, awarded to", "The undersigned attest that"]
VERBS = {
    "completed": ["has satisfactorily completed", "successfully completed the requirements of",
                  "has completed the course of study entitled", "completed the program"],
    "attended": ["attended", "was registered and in attendance at", "participated fully in"],
}
DELIVERY_WORDS = {"online": ["Delivered online (self-paced)", "Format: Online course", "Online - asynchronous"],
                  "webinar": ["Live webinar", "Format: Webinar (live, interactive)", "Recorded webinar"],
                  "hybrid": ["Hybrid (online and classroom)", "Format: Blended / hybrid"],
                  "in_person": ["Classroom", "In-person session"]}


def certificate(
    *, activity: str, provider: str, title: str | None, person: str | None,
    start: dt.date | None, end: dt.date | None = None, hours: float | None = None,
    days: float | None = None, location: str | None = None, signer: str | None = None,
    signer_role: str = "Director", issued: dt.date | None = None, delivery: str | None = None,
    assessment: bool | None = None, course_review: str | None = None, layout: str = "classic",
    verb: str = "completed", host: str | None = None, same_as: str | None = None,
) -> Doc:
    """A certificate of completion or attendance; `None` means the item is not printed."""
    end = end or start
    fields: dict[str, object] = {}
    put(fields, applicant_name=person, provider=provider, title=title, start_date=start,
        end_date=end, hours=hours, days=days, location=location, signatory=signer,
        issue_date=issued, delivery=delivery, assessment=assessment,
        course_review=True if course_review else None, activity=activity)

    def draw(c: Canvas, rnd: random.Random) -> int:
        size = dr.LANDSCAPE if layout in ("classic", "ornate", "rotated") else dr.PORTRAIT
        if layout == "rotated":  # drawn sideways on a portrait sheet, shown upright by /Rotate 90
            dr.page(c, dr.LANDSCAPE)
            c.setPageRotation(90)  # reportlab then writes the portrait MediaBox [0 0 612 792]
            c.translate(dr.PORTRAIT[0], 0)
            c.rotate(90)
        else:
            dr.page(c, size)
        wd, ht = size
        if layout in ("security", "ornate"):
            dr.security_paper(c, rnd, size, rnd.choice(["#e2ecd9", "#dfe9f2", "#f1e4e4"]))
        if layout in ("classic", "ornate", "security", "rotated"):
            dr.border(c, size, rnd.choice(["double", "corners", "plain"]))
        lines: list[tuple[str, str, float]] = []  # (text, font, size)
        lines.append((provider, "Times-Bold", 20 if len(provider) < 45 else 15))
        if host:
            lines.append((f"hosted by {host}", "Times-Italic", 11))
        lines.append((rnd.choice(["Certificate of Completion", "Certificate of Attendance",
                                  "CERTIFICATE", "Certificate of Achievement"]), "Times-BoldItalic", 24))
        opener = rnd.choice(OPENERS)
        lines.append((opener, "Times-Roman", 12))
        if person:
            lines.append((person, "Times-Bold", 22))
        else:
            lines.append(("______________________________", "Times-Roman", 14))
        lines.append((rnd.choice(VERBS[verb]), "Times-Roman", 12))
        if title:
            lines.append((title, "Times-Bold", 15))
        detail: list[str] = []
        if start:
            detail.append(w.span_text(rnd, start, end) if end != start else w.any_date(rnd, start))
        if location:
            detail.append(location)
        if hours is not None:
            detail.append(w.hours_text(rnd, hours))
        if days is not None:
            detail.append(f"{w.NUMWORDS[int(days)].capitalize()} ({days:g}) days of attendance")
        if delivery:
            detail.append(rnd.choice(DELIVERY_WORDS[delivery]))
        if assessment is True:
            detail.append(rnd.choice(["Learning assessment completed", "Final assessment: passed",
                                      "including a completed learning assessment"]))
        elif assessment is False:
            detail.append(rnd.choice(["No learning assessment was administered",
                                      "Attendance only - no assessment"]))
        if course_review:
            detail.append(course_review)
        if layout == "modern":
            y = dr.letterhead(c, size, provider, [host or "Professional Development"], "band",
                              rnd.choice(["#23485e", "#4b2d5e", "#2e5e3a"]))
            y = dr.para(c, f"{lines[2][0]}", 60, y, 480, "Helvetica-Bold", 18)
            y = dr.para(c, opener, 60, y, 480, "Helvetica", 11)
            if person:
                y = dr.para(c, person, 60, y, 480, "Helvetica-Bold", 17)
            y = dr.para(c, rnd.choice(VERBS[verb]), 60, y, 480, "Helvetica", 11)
            if title:
                y = dr.para(c, title, 60, y, 480, "Helvetica-Bold", 13)
            rows = [["Item", "Detail"]] + [[f"{i + 1}", t] for i, t in enumerate(detail)]
            y = dr.table(c, 60, y - 6, rows, [40, 440])
        else:
            y = ht - 80
            for i, (text, font, sz) in enumerate(lines):
                c.setFont(font, sz)
                c.drawCentredString(wd / 2, y, text)
                nxt = lines[i + 1][2] if i + 1 < len(lines) else 12
                y -= 0.55 * sz + 0.95 * nxt + 4
            c.setFont("Times-Roman", 11.5)
            for t in detail:
                c.drawCentredString(wd / 2, y, t)
                y -= 16
        if issued:
            c.setFont("Helvetica", 9)
            c.drawString(170, 66, f"{rnd.choice(['Issued', 'Awarded', 'Date of issue:'])} {w.any_date(rnd, issued)}")
        if signer:
            dr.signature(c, rnd, wd - 290, 110, signer, signer_role, cursive=rnd.random() < 0.6)
        if rnd.random() < 0.5:
            c.setFont("Helvetica", 6.5)
            c.drawRightString(wd - 50, 50, f"Certificate no. {rnd.randint(1000, 9999)}-{rnd.randint(10, 99)}  "
                                           "Retain for your records; duplicates are issued for a fee.")
        if layout in ("classic", "ornate", "security", "rotated"):
            dr.seal(c, 110, 120, 38)
        c.showPage()
        c.setPageRotation(0)
        return 1

    return Doc("certificate", fields, draw, same_as=same_as)


def online_record(
    *, activity: str, provider: str, title: str, person: str, end: dt.date, hours: float,
    delivery: str, assessment: bool | None, score: str | None = None, same_as: str | None = None,
) -> Doc:
    """A learning platform's completion record: a table, no seal, small print."""
    fields = put({}, applicant_name=person, provider=provider, title=title, start_date=end,
                 end_date=end, hours=hours, delivery=delivery, assessment=assessment, activity=activity)

    def draw(c: Canvas, rnd: random.Random) -> int:
        size = dr.page(c, dr.PORTRAIT)
        y = dr.letterhead(c, size, provider, ["learner records", "records@example.org"], "left", "#0f4c5c")
        y = dr.para(c, rnd.choice(["Course Completion Record", "Transcript of Completed Learning", "Completion Summary"]),
                    72, y, 460, "Helvetica-Bold", 15)
        rows = [["Learner", person], ["Course", title], ["Completed on", w.date_text(end, rnd.choice(["us", "iso", "abbr"]))],
                ["Credit", f"{hours:g} hours"],
                ["Format", {"online": "On-demand online", "webinar": "Webinar", "hybrid": "Hybrid"}[delivery]]]
        if assessment is True:
            rows.append(["Assessment", f"Passed{(' (' + score + ')') if score else ''}"])
        elif assessment is False:
            rows.append(["Assessment", "Not required for this course"])
        y = dr.table(c, 72, y, rows, [120, 340], head=False)
        dr.para(c, "This record is generated by the learning platform and is valid without a signature. "
                   "Hours reflect time credited by the course author.", 72, y - 10, 460, "Helvetica", 7.5)
        dr.footer(c, size, f"{provider} - record {rnd.randint(100000, 999999)}")
        c.showPage()
        return 1

    return Doc("certificate", fields, draw, same_as=same_as)


def diploma(*, person: str, college: str, degree: str, conferred: dt.date, same_as: str | None = None) -> Doc:
    """A college diploma: Latin-style wording, the degree, the conferral date."""
    fields = put({}, applicant_name=person, provider=college, degree=degree, degree_date=conferred,
                 activity="degree")

    def draw(c: Canvas, rnd: random.Random) -> int:
        size = dr.page(c, dr.LANDSCAPE)
        wd, ht = size
        dr.border(c, size, "double", "#2b2b2b")
        c.setFont("Times-Bold", 26)
        c.drawCentredString(wd / 2, ht - 110, college)
        c.setFont("Times-Italic", 12)
        c.drawCentredString(wd / 2, ht - 150, "upon the recommendation of the Faculty and by virtue of the authority vested in it")
        c.drawCentredString(wd / 2, ht - 168, "has conferred upon")
        c.setFont("Times-Bold", 24)
        c.drawCentredString(wd / 2, ht - 210, person)
        c.setFont("Times-Italic", 12)
        c.drawCentredString(wd / 2, ht - 240, "the degree of")
        c.setFont("Times-Bold", 19)
        c.drawCentredString(wd / 2, ht - 272, degree)
        c.setFont("Times-Roman", 11)
        c.drawCentredString(wd / 2, ht - 305, "with all the rights, privileges and honors thereunto appertaining.")
        c.drawCentredString(wd / 2, ht - 325, f"Given {w.date_text(conferred, 'formal')}.")
        dr.seal(c, wd / 2, 110, 45, "#7a6a2a")
        c.setFillColor(HexColor("#1b1f2a"))
        c.showPage()
        return 1

    return Doc("certificate", fields, draw, same_as=same_as)
