"""Certificates: bordered landscape awards, modern portrait certificates, training-record
forms, webinar slips, session tables with hours on a second page, diplomas."""

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape, letter

from . import paper
from . import wordings as W

GREY = Color(0.35, 0.35, 0.35)


def _date_style(doc, rng):
    return doc.s.get("date_style") or W.pick_date_style(rng, doc.s.get("intl", False))


def _facts(doc, rng):
    """The detail phrases of a certificate, each only where the document states it."""
    f, ds = doc.f, _date_style(doc, rng)
    out = {}
    if "start_date" in f:
        out["date"] = W.span(f["start_date"], f.get("end_date", f["start_date"]), ds)
    if "location" in f:
        out["location"] = f["location"]
    if "hours" in f and not doc.s.get("hours_page2"):
        unit = doc.s.get("hours_unit")
        out["hours"] = W.hours_phrase(f["hours"], rng, unit)
    if "days" in f:
        out["days"] = f"{W.words(f['days']).capitalize()} ({W.num(f['days'])}) days of attendance"
    if "issue_date" in f:
        out["issued"] = (
            rng.choice(["Issued", "Date of issue:", "Awarded", "Given this day,"])
            + " "
            + W.date(f["issue_date"], ds if ds != "legal" else "long")
        )
    dl = f.get("delivery")
    if dl:
        out["delivery"] = {
            "online": rng.choice(
                [
                    "Delivered fully online",
                    "Online course (self-paced, instructor-led)",
                    "Format: Online",
                ]
            ),
            "webinar": rng.choice(["Live interactive webinar", "Format: Webinar"]),
            "hybrid": rng.choice(
                ["Hybrid (blended) course: online modules and classroom sessions", "Format: Hybrid"]
            ),
            "in_person": rng.choice(["Format: In person", "Classroom (in-person) instruction"]),
        }[dl]
    if "assessment" in f:
        out["assessment"] = (
            rng.choice(
                [
                    "Learning assessment completed and passed.",
                    "Final assessment: PASSED",
                    "Post-course assessment successfully completed.",
                ]
            )
            if f["assessment"]
            else rng.choice(
                [
                    "No learning assessment was administered for this course.",
                    "Assessment: none (attendance only)",
                ]
            )
        )
    if f.get("course_review"):
        out["review"] = (
            doc.s.get("review_text")
            or f"Approved through the IIMC Course Review process (No. {doc.s.get('review_no', '2024-031')})"
        )
    return out


def _sig_block(c, x, y, doc, rng, fam, role=None, width=170):
    f = doc.f
    paper.signature(c, x + 10, y + 14, rng, width - 30)
    c.setLineWidth(0.6)
    c.setStrokeColor(GREY)
    c.line(x, y + 8, x + width, y + 8)
    c.setFillColor(Color(0, 0, 0))
    if "signatory" in f:
        c.setFont(fam[0], 10)
        c.drawString(x, y - 4, f["signatory"])
        y -= 13
    c.setFont(fam[2] or fam[0], 8.5)
    c.drawString(x, y - 4, role or doc.s.get("sig_role", "Director"))


def _page(c, size):
    c.setPageSize(size)
    return size


def cert_classic(c, doc):
    """Landscape award: border, seal, centered lines; title as heading or in the sentence."""
    rng = doc.rng("classic")
    w, h = _page(c, landscape(letter) if doc.s.get("landscape", True) else letter)
    fam = doc.s.get("fam") or paper.family(rng)
    ink = doc.s.get("ink") or rng.choice(paper.INKS)
    if doc.s.get("security"):
        paper.security(
            c, w, h, rng, doc.s.get("security") if isinstance(doc.s.get("security"), str) else None
        )
    paper.border(c, w, h, rng, ink)
    f, facts = doc.f, _facts(doc, rng)
    c.setFillColor(ink)
    y = h - 95
    if "provider" in f:
        c.setFont(fam[1], rng.choice([15, 17, 19]))
        c.drawCentredString(
            w / 2, y, f["provider"] if not doc.s.get("provider_upper") else f["provider"].upper()
        )
        y -= 20
    if doc.s.get("host"):
        c.setFont(fam[2] or fam[0], 10)
        c.drawCentredString(w / 2, y, doc.s["host"])
        y -= 18
    head = doc.s.get("heading") or rng.choice(W.CERT_HEADINGS)
    title_in_head = doc.s.get("title_as_heading") and "title" in f
    c.setFont(fam[1], 30 if len(head) < 28 else 22)
    c.drawCentredString(w / 2, y - 22, f["title"] if title_in_head else head)
    y -= 62
    c.setFillColor(Color(0, 0, 0))
    c.setFont(fam[2] or fam[0], 13)
    c.drawCentredString(w / 2, y, doc.s.get("present") or rng.choice(W.PRESENT))
    y -= 34
    if "applicant_name" in f:
        c.setFont(fam[1], 26)
        c.setFillColor(ink)
        c.drawCentredString(w / 2, y, doc.s.get("name_print", f["applicant_name"]))
        c.setFillColor(Color(0, 0, 0))
    y -= 30
    if "title" in f and not title_in_head:
        c.setFont(fam[0], 13)
        c.drawCentredString(w / 2, y, doc.s.get("completed") or rng.choice(W.COMPLETED))
        y -= 22
        c.setFont(fam[1], 16 if len(f["title"]) < 60 else 12)
        for ln in paper.wrap(c, f["title"], fam[1], 16, w - 200):
            c.drawCentredString(w / 2, y, ln)
            y -= 20
    elif title_in_head:
        c.setFont(fam[0], 13)
        c.drawCentredString(
            w / 2,
            y,
            rng.choice(
                ["for attendance and completion", "in recognition of completing this program"]
            ),
        )
        y -= 22
    c.setFont(fam[0], 11.5)
    line = []
    if "date" in facts:
        line.append(("held " if rng.random() < 0.5 else "on ") + facts["date"])
    if "location" in facts:
        line.append("in " + facts["location"])
    if line:
        c.drawCentredString(w / 2, y, ", ".join(line))
        y -= 17
    for k in ("hours", "days", "delivery", "assessment", "review"):
        if k in facts:
            t = facts[k]
            if k == "hours":
                t = rng.choice(["for ", "earning ", "", "consisting of "]) + t
            c.setFont(fam[0], 10.5 if k != "hours" else 12)
            c.drawCentredString(w / 2, y, t)
            y -= 15
    sx = w / 2 - 85 if rng.random() < 0.4 else 90
    _sig_block(c, sx, 92, doc, rng, fam)
    if "issued" in facts:
        c.setFont(fam[0], 10)
        c.drawString(w - 280 if sx < 200 else 90, 90, facts["issued"])
    if doc.s.get("seal", True):
        paper.seal(c, w - 120, 115, 38, rng, doc.s.get("seal_text", f.get("provider", "SEAL")))
    if doc.s.get("cert_no"):
        c.setFont("Courier", 7.5)
        c.setFillColor(GREY)
        c.drawString(50, 45, doc.s["cert_no"])
    _extras(c, doc, rng, w, h)
    c.showPage()
    if doc.s.get("hours_page2"):
        _sessions_page(c, doc, rng, fam, ink)


def cert_modern(c, doc):
    """Portrait certificate with a colored side band, left-aligned text, facts as label lines."""
    rng = doc.rng("modern")
    w, h = _page(c, letter if not doc.s.get("a4") else A4)
    fam = doc.s.get("fam") or paper.family(rng)
    ink = doc.s.get("ink") or rng.choice(paper.INKS)
    if doc.s.get("security"):
        paper.security(c, w, h, rng)
    f, facts = doc.f, _facts(doc, rng)
    c.setFillColor(ink)
    c.rect(0, 0, 70, h, stroke=0, fill=1)
    x = 100
    y = h - 90
    if "provider" in f:
        c.setFont(fam[1], 13)
        c.drawString(x, y, f["provider"].upper())
        y -= 16
    if doc.s.get("host"):
        c.setFont(fam[0], 9)
        c.setFillColor(GREY)
        c.drawString(x, y, doc.s["host"])
        c.setFillColor(ink)
        y -= 14
    head = doc.s.get("heading") or rng.choice(W.CERT_HEADINGS)
    c.setFont(fam[1], 34 if len(head) < 22 else 24)
    for ln in paper.wrap(c, head, fam[1], 34, w - x - 40):
        y -= 40
        c.drawString(x, y, ln)
    y -= 50
    c.setFillColor(Color(0, 0, 0))
    c.setFont(fam[0], 12)
    c.drawString(x, y, doc.s.get("present") or rng.choice(W.PRESENT[:4]))
    y -= 32
    if "applicant_name" in f:
        c.setFont(fam[1], 24)
        c.drawString(x, y, doc.s.get("name_print", f["applicant_name"]))
    y -= 36
    if "title" in f:
        y = paper.para(
            c, x, y, (doc.s.get("completed") or rng.choice(W.COMPLETED)), fam[0], 12, w - x - 60
        )
        y -= 4
        y = paper.para(c, x, y, f["title"], fam[1], 15, w - x - 60, 19)
    y -= 20
    labels = {
        "date": "Date(s)",
        "location": "Location",
        "hours": "Credit",
        "days": "Attendance",
        "delivery": "Delivery",
        "assessment": "Assessment",
        "review": "Course review",
    }
    for k in ("date", "location", "hours", "days", "delivery", "assessment", "review"):
        if k in facts:
            c.setFont(fam[1], 9.5)
            c.drawString(x, y, labels[k].upper())
            y = paper.para(c, x + 95, y, facts[k], fam[0], 10.5, w - x - 150) - 6
    _sig_block(c, x, 120, doc, rng, fam)
    if "issued" in facts:
        c.setFont(fam[0], 9.5)
        c.drawString(x + 250, 112, facts["issued"])
    if doc.s.get("seal"):
        paper.seal(c, w - 95, 200, 34, rng, f.get("provider", "SEAL"))
    _extras(c, doc, rng, w, h)
    c.showPage()
    if doc.s.get("hours_page2"):
        _sessions_page(c, doc, rng, fam, ink)


def cert_record(c, doc):
    """A training record form: boxed label/value rows (the title in a table cell)."""
    rng = doc.rng("record")
    w, h = _page(c, letter)
    fam = doc.s.get("fam") or ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")
    ink = doc.s.get("ink") or Color(0.1, 0.1, 0.1)
    if doc.s.get("security"):
        paper.security(c, w, h, rng, "micro")
    f, facts = doc.f, _facts(doc, rng)
    c.setFillColor(ink)
    y = h - 70
    if "provider" in f:
        c.setFont(fam[1], 15)
        c.drawString(60, y, f["provider"])
        y -= 16
    c.setFont(fam[0], 9)
    c.drawString(60, y, doc.s.get("org_line", "Professional Development Office"))
    y -= 30
    c.setFont(fam[1], 18)
    c.drawString(
        60,
        y,
        doc.s.get("heading")
        or rng.choice(
            [
                "TRAINING RECORD",
                "Verification of Attendance",
                "CONTINUING EDUCATION TRANSCRIPT ENTRY",
                "Record of Completion",
            ]
        ),
    )
    y -= 26
    rows = []
    if "applicant_name" in f:
        rows.append(("Participant", doc.s.get("name_print", f["applicant_name"])))
    if "title" in f:
        rows.append((rng.choice(["Course title", "Program", "Course"]), f["title"]))
    for lab, k in (
        ("Date(s)", "date"),
        ("Location", "location"),
        ("Contact hours", "hours"),
        ("Days attended", "days"),
        ("Delivery", "delivery"),
        ("Assessment", "assessment"),
        ("IIMC course review", "review"),
        ("Issued", "issued"),
    ):
        if k in facts:
            v = facts[k]
            if k == "hours":
                v = W.num(f["hours"]) if rng.random() < 0.6 else facts[k]
            if k == "issued":
                v = facts[k].split(" ", 1)[1] if " " in facts[k] else facts[k]
                v = W.date(f["issue_date"], "us")
            rows.append((lab, v))
    c.setLineWidth(0.6)
    c.setStrokeColor(GREY)
    for lab, val in rows:
        lines = paper.wrap(c, str(val), fam[0], 10.5, w - 260)
        hh = 8 + 13 * len(lines)
        c.rect(60, y - hh, 140, hh)
        c.rect(200, y - hh, w - 260, hh)
        c.setFont(fam[1], 9.5)
        c.drawString(66, y - 14, lab)
        c.setFont(fam[0], 10.5)
        for i, ln in enumerate(lines):
            c.drawString(206, y - 14 - 13 * i, ln)
        y -= hh
    y -= 40
    c.setFont(fam[0], 9)
    y = paper.para(
        c,
        60,
        y,
        doc.s.get(
            "note",
            "This record verifies attendance as shown in the sign-in records kept by the sponsoring organization.",
        ),
        fam[0],
        9,
        w - 120,
    )
    _sig_block(c, 60, y - 60, doc, rng, fam)
    _extras(c, doc, rng, w, h)
    c.showPage()
    if doc.s.get("hours_page2"):
        _sessions_page(c, doc, rng, fam, ink)


def _sessions_page(c, doc, rng, fam, ink):
    """Page 2: the schedule of sessions with the hours and a total."""
    w, h = _page(c, letter)
    f = doc.f
    sessions = doc.s.get("sessions") or []
    c.setFillColor(ink)
    c.setFont(fam[1], 14)
    c.drawString(
        60,
        h - 70,
        rng.choice(
            [
                "Schedule of Sessions Attended",
                "Attachment: Course Content and Hours",
                "Session Detail",
            ]
        ),
    )
    c.setFillColor(Color(0, 0, 0))
    if "applicant_name" in f:
        c.setFont(fam[0], 10)
        c.drawString(60, h - 88, "Participant: " + doc.s.get("name_print", f["applicant_name"]))
    y = h - 120
    c.setFont(fam[1], 10)
    c.drawString(60, y, "Session")
    c.drawRightString(w - 60, y, "Hours")
    c.line(60, y - 4, w - 60, y - 4)
    y -= 20
    c.setFont(fam[0], 10)
    for name, hrs in sessions:
        c.drawString(60, y, name)
        c.drawRightString(w - 60, y, W.num(hrs))
        y -= 15
    c.line(60, y + 8, w - 60, y + 8)
    if "hours" in f:
        c.setFont(fam[1], 10.5)
        c.drawString(
            60,
            y - 6,
            rng.choice(["Total contact hours", "TOTAL CLOCK HOURS", "Total hours credited"]),
        )
        c.drawRightString(w - 60, y - 6, W.num(f["hours"]))
    c.showPage()


def _extras(c, doc, rng, w, h):
    if doc.s.get("stamp"):
        lines = doc.s["stamp"]
        paper.stamp(c, w - 150, h - 80, lines, rng)
    if doc.s.get("footer"):
        paper.footer(c, w, doc.s["footer"], ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"))


def cert_slip(c, doc):
    """A webinar or online-course slip: small print, platform-style, the title smaller than the heading."""
    rng = doc.rng("slip")
    w, h = _page(c, letter)
    fam = doc.s.get("fam") or ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans")
    ink = doc.s.get("ink") or Color(0.0, 0.33, 0.45)
    f, facts = doc.f, _facts(doc, rng)
    c.setFillColor(ink)
    c.rect(40, h - 140, w - 80, 90, stroke=0, fill=1)
    c.setFillColor(Color(1, 1, 1))
    c.setFont(fam[1], 26)
    c.drawString(60, h - 95, doc.s.get("heading", "Webinar Certificate"))
    if "provider" in f:
        c.setFont(fam[0], 11)
        c.drawString(60, h - 120, f["provider"])
    c.setFillColor(Color(0, 0, 0))
    y = h - 180
    c.setFont(fam[0], 11)
    if "applicant_name" in f:
        c.drawString(60, y, rng.choice(["Attendee:", "Learner:", "Name:"]))
        c.setFont(fam[1], 15)
        c.drawString(140, y, doc.s.get("name_print", f["applicant_name"]))
        y -= 28
    if "title" in f:
        c.setFont(fam[0], 11)
        c.drawString(60, y, rng.choice(["Session:", "Course:", "Topic:"]))
        y = paper.para(c, 140, y, f["title"], fam[0], 11, w - 200) - 10
    for k, lab in (
        ("date", "Date:"),
        ("hours", "Credit:"),
        ("delivery", "Format:"),
        ("assessment", "Assessment:"),
        ("review", "Review:"),
        ("location", "Location:"),
        ("issued", ""),
    ):
        if k in facts:
            c.setFont(fam[0], 10.5)
            if lab:
                c.drawString(60, y, lab)
            y = (
                paper.para(
                    c,
                    140 if lab else 60,
                    y,
                    facts[k].replace("Format: ", ""),
                    fam[0],
                    10.5,
                    w - 200,
                )
                - 8
            )
    y -= 30
    c.setFont(fam[0], 8)
    c.setFillColor(GREY)
    c.drawString(
        60,
        y,
        "Verification code "
        + doc.s.get("code", "WX-4417-ZQ")
        + " \u2022 retain this certificate for your records",
    )
    if "signatory" in f:
        _sig_block(c, 60, y - 80, doc, rng, fam)
    _extras(c, doc, rng, w, h)
    c.showPage()


def diploma(c, doc):
    rng = doc.rng("diploma")
    w, h = _page(c, landscape(letter))
    fam = doc.s.get("fam") or ("LibSerif", "LibSerif-Bold", "LibSerif-Italic")
    ink = Color(0.1, 0.1, 0.1)
    paper.security(c, w, h, rng, "tint")
    paper.border(c, w, h, rng, Color(0.3, 0.25, 0.1), "rope")
    f = doc.f
    c.setFillColor(ink)
    c.setFont(fam[1], 30)
    c.drawCentredString(w / 2, h - 120, f["provider"])
    c.setFont(fam[2], 14)
    c.drawCentredString(w / 2, h - 165, "upon the recommendation of the Faculty has conferred upon")
    c.setFont(fam[1], 28)
    c.drawCentredString(w / 2, h - 215, doc.s.get("name_print", f["applicant_name"]))
    c.setFont(fam[2], 14)
    c.drawCentredString(w / 2, h - 255, "the degree of")
    c.setFont(fam[1], 22)
    c.drawCentredString(w / 2, h - 292, f["degree"])
    c.setFont(fam[2], 12)
    c.drawCentredString(
        w / 2, h - 330, "with all the rights, privileges and honors thereto appertaining."
    )
    c.drawCentredString(w / 2, h - 352, "Given on " + W.date(f["degree_date"], "legal"))
    paper.seal(c, w / 2, 115, 45, rng, f["provider"])
    for x in (110, w - 280):
        paper.signature(c, x + 10, 110, rng, 140)
        c.line(x, 104, x + 170, 104)
    c.setFont(fam[0], 9)
    c.drawString(110, 92, "President of the University")
    c.drawString(w - 280, 92, "Chair, Board of Regents")
    c.showPage()
