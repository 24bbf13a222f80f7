"""Drawing of sample documents with reportlab (born-digital: real text layers).

Every renderer prints exactly the facts in `doc.fields` (plus noise that is not a field:
seals, certificate numbers, addresses, duties, course tables) and picks its layout,
fonts and wording from a `random.Random(doc.seed)`, so a duplicate drawn from the same
seed comes out identical.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from samples.truth import Doc

FAMILIES = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique"),
}
INK = [
    colors.HexColor(h) for h in ("#1f3a5f", "#5a1a1a", "#1d4d2b", "#333333", "#3b2a6b", "#7a5a00")
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ABBR = [
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
NUMWORDS = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    12: "twelve",
    14: "fourteen",
    16: "sixteen",
    18: "eighteen",
    20: "twenty",
    24: "twenty-four",
    30: "thirty",
    32: "thirty-two",
    36: "thirty-six",
}


# ---------------------------------------------------------------- wording of values


def d_(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fdate(d: dt.date, style: str) -> str:
    if style == "num":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "num_short":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "intl":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        return f"{ABBR[d.month - 1]} {d.day}, {d.year}"
    if style == "ordinal":
        return f"the {ordinal(d.day)} day of {MONTHS[d.month - 1]}, {d.year}"
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def fmonth(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.year}"


def frange(s: dt.date, e: dt.date, style: str, rng: random.Random) -> str:
    if s == e:
        return fdate(s, style if style != "ordinal" else "long")
    if style in ("long", "abbr") and s.year == e.year:
        mn = MONTHS if style == "long" else ABBR
        dash = rng.choice(["-", "\u2013", " - "])
        if s.month == e.month:
            return f"{mn[s.month - 1]} {s.day}{dash}{e.day}, {s.year}"
        return f"{mn[s.month - 1]} {s.day} {dash.strip()} {mn[e.month - 1]} {e.day}, {s.year}"
    if style == "intl" and s.month == e.month and s.year == e.year:
        return f"{s.day}-{e.day} {MONTHS[s.month - 1]} {s.year}"
    joiner = rng.choice([" - ", " to ", " through ", " \u2013 "])
    st = style if style in ("num", "num_short", "intl", "iso", "abbr") else "long"
    return f"{fdate(s, st)}{joiner}{fdate(e, st)}"


def fnum(x: float, rng: random.Random, decimals: bool | None = None) -> str:
    if decimals is None:
        decimals = rng.random() < 0.35
    if float(x).is_integer() and not decimals:
        return str(int(x))
    return f"{x:.1f}"


def hours_phrase(h: float, rng: random.Random, style: int | None = None) -> str:
    n = fnum(h, rng)
    choices = [
        f"{n} contact hours",
        f"Contact Hours: {n}",
        f"for a total of {n} hours of instruction",
        f"Hours: {n} hrs",
        f"({n} hrs)",
        f"{n} in-class contact hours",
        f"Total Contact Hours: {n}",
        f"{n} Hours",
        f"Awarded {n} clock hours",
    ]
    if float(h).is_integer() and int(h) in NUMWORDS:
        choices.append(f"{NUMWORDS[int(h)]} ({int(h)}) contact hours")
    return choices[style % len(choices)] if style is not None else rng.choice(choices)


def display_name(doc: Doc) -> str:
    n = doc.fields.get("applicant_name", "")
    return f"{doc.opts.get('name_prefix', '')}{n}{doc.opts.get('name_suffix', '')}"


# ---------------------------------------------------------------- drawing helpers


class Pen:
    """A canvas with one document's fonts, colours and random choices."""

    def __init__(
        self,
        c: Canvas,
        rng: random.Random,
        family: str | None = None,
        size: tuple[float, float] = letter,
    ) -> None:
        self.c, self.rng = c, rng
        self.fam = FAMILIES[family or rng.choice(list(FAMILIES))]
        self.ink = rng.choice(INK)
        self.page(size)

    def page(self, size: tuple[float, float]) -> None:
        self.c.setPageSize(size)
        self.w, self.h = size

    def font(self, style: int, size: float) -> None:
        self.c.setFont(self.fam[style], size)

    def text(
        self,
        x: float,
        y: float,
        s: str,
        style: int = 0,
        size: float = 11,
        align: str = "l",
        color: Any = colors.black,
    ) -> None:
        self.font(style, size)
        self.c.setFillColor(color)
        if align == "c":
            self.c.drawCentredString(x, y, s)
        elif align == "r":
            self.c.drawRightString(x, y, s)
        else:
            self.c.drawString(x, y, s)
        self.c.setFillColor(colors.black)

    def center(
        self, y: float, s: str, style: int = 0, size: float = 11, color: Any = colors.black
    ) -> None:
        self.text(self.w / 2, y, s, style, size, "c", color)

    def wrap(
        self,
        x: float,
        y: float,
        s: str,
        width: float,
        style: int = 0,
        size: float = 11,
        lead: float | None = None,
        align: str = "l",
    ) -> float:
        lead = lead or size * 1.35
        for ln in simpleSplit(s, self.fam[style], size, width):
            if align == "c":
                self.text(x + width / 2, y, ln, style, size, "c")
            else:
                self.text(x, y, ln, style, size)
            y -= lead
        return y

    def border(self, kind: int) -> None:
        c, w, h = self.c, self.w, self.h
        c.setStrokeColor(self.ink)
        if kind == 0:
            c.setLineWidth(6)
            c.rect(24, 24, w - 48, h - 48)
            c.setLineWidth(1.2)
            c.rect(36, 36, w - 72, h - 72)
        elif kind == 1:
            c.setLineWidth(2)
            c.rect(30, 30, w - 60, h - 60)
            for x, y in ((30, 30), (w - 30, 30), (30, h - 30), (w - 30, h - 30)):
                c.circle(x, y, 10, fill=0)
                c.circle(x, y, 5, fill=1)
        elif kind == 2:
            c.setFillColor(self.ink)
            c.rect(0, h - 50, w, 50, fill=1, stroke=0)
            c.rect(0, 0, w, 18, fill=1, stroke=0)
            c.setFillColor(colors.black)
        elif kind == 3:
            c.setFillColor(self.ink)
            c.rect(0, 0, 38, h, fill=1, stroke=0)
            c.setFillColor(colors.black)
        c.setStrokeColor(colors.black)
        c.setLineWidth(1)

    def seal(self, x: float, y: float, r: float, words: str) -> None:
        c = self.c
        c.setStrokeColor(self.ink)
        c.setLineWidth(1.5)
        c.circle(x, y, r)
        c.circle(x, y, r - 6)
        for i in range(24):
            import math

            a = i * math.pi / 12
            c.line(
                x + (r - 6) * math.cos(a),
                y + (r - 6) * math.sin(a),
                x + (r - 12) * math.cos(a),
                y + (r - 12) * math.sin(a),
            )
        self.text(x, y + 2, words, 1, 6.5, "c", self.ink)
        self.text(x, y - 7, "SEAL", 0, 6, "c", self.ink)
        c.setStrokeColor(colors.black)
        c.setLineWidth(1)

    def scribble(self, x: float, y: float, width: float) -> None:
        """A handwritten-looking signature: curves only, no text."""
        c, r = self.c, self.rng
        c.setStrokeColor(colors.HexColor("#1a2a6c"))
        c.setLineWidth(0.9)
        p = c.beginPath()
        p.moveTo(x, y)
        cx = x
        for _ in range(r.randint(3, 5)):
            nx = cx + width / 5
            p.curveTo(
                cx + r.uniform(0, 15),
                y + r.uniform(8, 18),
                nx - r.uniform(0, 15),
                y - r.uniform(4, 10),
                nx,
                y + r.uniform(-3, 4),
            )
            cx = nx
        c.drawPath(p, stroke=1, fill=0)
        c.setStrokeColor(colors.black)
        c.setLineWidth(1)

    def sigline(
        self,
        x: float,
        y: float,
        name: str | None,
        title: str,
        width: float = 190,
        align: str = "l",
        sign: bool = True,
    ) -> None:
        if sign:
            self.scribble(x + 8, y + 6, width * 0.7)
        self.c.line(x, y, x + width, y)
        tx = x + width / 2 if align == "c" else x
        yy = y - 12
        if name:
            self.text(tx, yy, name, 0, 10, align)
            yy -= 11
        self.text(tx, yy, title, 2, 9, align)


class Flow:
    """Top-to-bottom text flow for letters, breaking pages with a continuation header."""

    def __init__(
        self,
        pen: Pen,
        size: float,
        top: float,
        header: str,
        left: float = 72,
        right: float = 72,
        force_break_at: int | None = None,
    ) -> None:
        self.p, self.size, self.left = pen, size, left
        self.width = pen.w - left - right
        self.y, self.header, self.pages = top, header, 1
        self.blocks = 0
        self.force_break_at = force_break_at

    def need(self, h: float) -> None:
        if self.y - h < 80 or (
            self.force_break_at is not None and self.blocks == self.force_break_at
        ):
            self.force_break_at = None
            self.p.c.showPage()
            self.p.page((self.p.w, self.p.h))
            self.pages += 1
            self.p.text(self.left, self.p.h - 60, self.header, 0, 9)
            self.p.text(self.left, self.p.h - 72, f"Page {self.pages}", 0, 9)
            self.y = self.p.h - 110

    def para(
        self, s: str, style: int = 0, gap: float = 10, size: float | None = None, indent: float = 0
    ) -> None:
        size = size or self.size
        lines = simpleSplit(s, self.p.fam[style], size, self.width - indent)
        self.need(len(lines) * size * 1.4)
        self.blocks += 1
        for ln in lines:
            self.p.text(self.left + indent, self.y, ln, style, size)
            self.y -= size * 1.4
        self.y -= gap

    def lines(
        self, rows: list[str], style: int = 0, gap: float = 10, size: float | None = None
    ) -> None:
        size = size or self.size
        self.need(len(rows) * size * 1.3)
        self.blocks += 1
        for r in rows:
            self.p.text(self.left, self.y, r, style, size)
            self.y -= size * 1.3
        self.y -= gap


# ---------------------------------------------------------------- certificates

CERT_HEADS = [
    "Certificate of Completion",
    "CERTIFICATE OF COMPLETION",
    "Certificate of Attendance",
    "Certificate of Achievement",
    "Certificate of Participation",
    "CERTIFICATE",
]
PRESENT = [
    "This certifies that",
    "This is to certify that",
    "Presented to",
    "Be it known that",
    "is proudly presented to",
    "Awarded to",
]
ACHIEVE = {
    "institute": [
        "has successfully completed",
        "has satisfactorily completed the requirements of",
        "has completed the course of study for",
    ],
    "state_course": [
        "has successfully completed the course",
        "attended and completed",
        "has satisfactorily completed",
    ],
    "course": ["has successfully completed", "attended the seminar", "has completed the workshop"],
    "vocational": ["has successfully completed the course", "has completed"],
    "annual_conference": [
        "attended in full the",
        "for full attendance at the",
        "participated in the",
    ],
    "conference": ["attended the", "registered for and attended the", "was in attendance at the"],
    "conference_academy": [
        "completed the Conference Academy session",
        "attended the Annual Conference Academy",
    ],
    "athenian_dialogue": [
        "participated in and completed the Athenian Leadership Society Dialogue",
        "has completed the Athenian Leadership Dialogue",
    ],
    "iimc_online": [
        "has successfully completed the IIMC online course",
        "completed the online program",
    ],
    "cd_rom": ["has completed the IIMC CD-ROM course", "successfully completed the CD-ROM course"],
    "study_abroad": [
        "participated in the IIMC Study Abroad Program",
        "completed the Study Abroad Program",
    ],
    "certification": [
        "has fulfilled all requirements of the",
        "has earned the designation and completed the",
    ],
    "teaching_institute": [
        "in appreciation of serving as instructor for",
        "for teaching the session",
    ],
    "teaching_state": ["in recognition of serving as faculty for", "for presenting"],
}


def cert_detail_lines(doc: Doc, rng: random.Random, dstyle: str) -> list[tuple[str, str]]:
    """(label, value) rows of the facts a certificate prints besides name and title."""
    f, rows = doc.fields, []
    s, e = d_(f.get("start_date")), d_(f.get("end_date"))
    if s:
        rows.append(("Date" if s == (e or s) else "Dates", frange(s, e or s, dstyle, rng)))
    if f.get("location"):
        rows.append(("Location", f["location"]))
    if f.get("hours") is not None:
        rows.append(("Contact Hours", fnum(f["hours"], rng)))
    if f.get("days"):
        rows.append(("Days of Attendance", str(f["days"])))
    if f.get("delivery"):
        rows.append(
            (
                "Delivery",
                {
                    "online": rng.choice(["Online (self-paced)", "Online"]),
                    "hybrid": "Hybrid (online and in class)",
                    "webinar": "Live Webinar",
                    "in_person": "In person",
                }[f["delivery"]],
            )
        )
    if "assessment" in f:
        rows.append(
            (
                "Assessment",
                rng.choice(["Passed", "Completed - Final Exam Passed"])
                if f["assessment"]
                else "None",
            )
        )
    if f.get("course_review"):
        rows.append(("IIMC Course Review", f"No. {doc.opts.get('review_no', '2023-118')}"))
    return rows


def cert_sentences(doc: Doc, rng: random.Random, dstyle: str) -> list[str]:
    """The same facts written as certificate prose lines."""
    f, out = doc.fields, []
    s, e = d_(f.get("start_date")), d_(f.get("end_date"))
    loc = f.get("location")
    if s:
        rs = frange(s, e or s, dstyle, rng)
        if loc and rng.random() < 0.5:
            out.append(rng.choice([f"held in {loc} on {rs}", f"{loc}  |  {rs}", f"{rs}, {loc}"]))
            loc = None
        else:
            out.append(
                rng.choice([f"on {rs}", rs, f"held {rs}"])
                if s == (e or s)
                else rng.choice([rs, f"held {rs}", f"conducted {rs}"])
            )
    if loc:
        out.append(rng.choice([loc, f"at {loc}", f"Location: {loc}"]))
    if f.get("hours") is not None:
        out.append(hours_phrase(f["hours"], rng))
    if f.get("days"):
        out.append(
            rng.choice(
                [
                    f"{NUMWORDS.get(f['days'], f['days'])} ({f['days']}) days of attendance",
                    f"Days attended: {f['days']}",
                ]
            )
        )
    if f.get("delivery") in ("online", "hybrid", "webinar"):
        out.append(
            {
                "online": rng.choice(["Delivered online", "Online course (self-paced)"]),
                "hybrid": "Hybrid delivery: online modules and classroom sessions",
                "webinar": "Live webinar",
            }[f["delivery"]]
        )
    elif f.get("delivery") == "in_person":
        out.append("Classroom (in person)")
    if f.get("assessment") is True:
        out.append(
            rng.choice(
                [
                    "Learning assessment completed",
                    "Final assessment passed",
                    "with successful completion of the learning assessment",
                ]
            )
        )
    elif f.get("assessment") is False:
        out.append("No assessment required")
    if f.get("course_review"):
        out.append(
            rng.choice(
                [
                    f"IIMC Course Review No. {doc.opts.get('review_no', '2023-118')}",
                    "Approved through the IIMC Course Review process",
                    f"IIMC Course Review approved ({doc.opts.get('review_no', '2023-118')})",
                ]
            )
        )
    return out


def issued_line(doc: Doc, rng: random.Random) -> str | None:
    i = d_(doc.fields.get("issue_date"))
    if not i:
        return None
    return rng.choice(
        [
            f"Given this {ordinal(i.day)} day of {MONTHS[i.month - 1]}, {i.year}",
            f"Issued {fdate(i, rng.choice(['long', 'num', 'abbr']))}",
            f"Date of issue: {fdate(i, rng.choice(['num', 'intl', 'long']))}",
        ]
    )


def sign_title(doc: Doc) -> str:
    return doc.opts.get("signatory_title", "Program Director")


def render_certificate(c: Canvas, doc: Doc) -> int:
    rng = random.Random(doc.seed)
    layout = doc.opts.get("layout", rng.choice(["classic", "modern", "form", "ribbon", "classic"]))
    {
        "classic": cert_classic,
        "modern": cert_modern,
        "form": cert_form,
        "ribbon": cert_ribbon,
        "sessions": cert_sessions,
    }[layout](c, doc, rng)
    c.showPage()
    return 1


def cert_top(doc: Doc) -> list[str]:
    lines = []
    if doc.fields.get("provider"):
        lines.append(doc.fields["provider"])
    if doc.opts.get("host"):
        lines.append(doc.opts["host"])
    return lines


def cert_classic(c: Canvas, doc: Doc, rng: random.Random) -> None:
    p = Pen(c, rng, rng.choice(["times", "times", "helv"]), landscape(letter))
    p.border(rng.choice([0, 1]))
    f, y = doc.fields, p.h - 90
    for i, ln in enumerate(cert_top(doc)):
        p.center(y, ln, 1 if i == 0 else 2, 18 if i == 0 else 12, p.ink)
        y -= 22
    y -= 12
    p.center(y, doc.opts.get("head", rng.choice(CERT_HEADS)), 3, 30, p.ink)
    y -= 40
    if f.get("applicant_name"):
        p.center(y, rng.choice(PRESENT), 2, 13)
        y -= 36
        p.center(y, display_name(doc), 3, 26)
        y -= 12
        p.c.line(p.w / 2 - 180, y, p.w / 2 + 180, y)
        y -= 26
    else:
        p.center(y, "This certificate is awarded in recognition of completion of", 2, 13)
        y -= 30
    act = f.get("activity", "course")
    if f.get("title"):
        p.center(y, rng.choice(ACHIEVE.get(act, ACHIEVE["course"])), 0, 13)
        y -= 24
        p.center(y, f["title"], 1, 17)
        y -= 26
    for s in cert_sentences(doc, rng, rng.choice(["long", "abbr", "num", "intl"])):
        p.center(y, s, 0, 12)
        y -= 18
    iss = issued_line(doc, rng)
    if iss:
        p.center(y - 4, iss, 2, 11)
        y -= 18
    if f.get("signatory"):
        p.sigline(p.w / 2 + 60, 95, f["signatory"], sign_title(doc), 200, "c")
    else:
        p.sigline(p.w / 2 + 60, 95, None, "Authorized Signature", 200, "c", sign=False)
    p.seal(150, 110, 44, doc.opts.get("seal", "OFFICIAL"))
    if rng.random() < 0.5:
        p.text(p.w - 60, 48, f"Certificate No. {rng.randint(10000, 99999)}", 0, 7, "r")


def cert_modern(c: Canvas, doc: Doc, rng: random.Random) -> None:
    size = rng.choice([letter, landscape(letter)])
    p = Pen(c, rng, rng.choice(["helv", "helv", "times"]), size)
    p.border(rng.choice([2, 3]))
    f, x = doc.fields, 80
    y = p.h - 100
    for i, ln in enumerate(cert_top(doc)):
        p.text(
            x,
            y,
            ln.upper() if i == 0 else ln,
            1 if i == 0 else 0,
            14 if i == 0 else 10,
            color=p.ink,
        )
        y -= 18
    y -= 30
    p.text(x, y, doc.opts.get("head", rng.choice(CERT_HEADS)), 1, 26)
    y -= 40
    if f.get("applicant_name"):
        p.text(x, y, rng.choice(PRESENT), 0, 11)
        y -= 30
        p.text(x, y, display_name(doc), 1, 22, color=p.ink)
        y -= 34
    act = f.get("activity", "course")
    if f.get("title"):
        p.text(x, y, rng.choice(ACHIEVE.get(act, ACHIEVE["course"])), 0, 11)
        y -= 20
        y = p.wrap(x, y, f["title"], p.w - 2 * x, 1, 15) - 10
    rows = cert_detail_lines(doc, rng, rng.choice(["long", "num", "abbr", "intl"]))
    for lab, val in rows:
        p.text(x, y, f"{lab}:", 1, 10)
        p.text(x + 130, y, val, 0, 10)
        y -= 16
    iss = d_(f.get("issue_date"))
    sy = 120 if p.h > 700 else 85
    if f.get("signatory"):
        p.sigline(x, sy, f["signatory"], sign_title(doc), 200)
    if iss:
        p.text(p.w - 260, sy + 4, fdate(iss, rng.choice(["long", "num"])), 0, 10)
        p.c.line(p.w - 260, sy, p.w - 90, sy)
        p.text(p.w - 260, sy - 12, "Date", 2, 9)
    if rng.random() < 0.6:
        p.text(
            x,
            40,
            doc.opts.get(
                "footer", "This certificate verifies attendance only where hours are shown."
            ),
            0,
            7,
        )


def cert_form(c: Canvas, doc: Doc, rng: random.Random) -> None:
    p = Pen(c, rng, rng.choice(["courier", "helv"]), letter)
    f, x, y = doc.fields, 60, letter[1] - 70
    for i, ln in enumerate(cert_top(doc)):
        p.text(x, y, ln, 1 if i == 0 else 0, 13 if i == 0 else 10)
        y -= 16
    p.c.line(x, y, p.w - x, y)
    y -= 34
    p.center(
        y,
        doc.opts.get(
            "head",
            rng.choice(
                ["RECORD OF ATTENDANCE", "Certificate of Attendance", "VERIFICATION OF COMPLETION"]
            ),
        ),
        1,
        16,
    )
    y -= 36
    rows = []
    if f.get("applicant_name"):
        rows.append((rng.choice(["Participant", "Attendee", "Name"]), display_name(doc)))
    if f.get("title"):
        rows.append((rng.choice(["Course", "Program", "Event", "Course Title"]), f["title"]))
    rows += cert_detail_lines(doc, rng, rng.choice(["num", "num_short", "iso", "long"]))
    if f.get("issue_date"):
        rows.append(("Date Issued", fdate(d_(f["issue_date"]), rng.choice(["num", "long"]))))
    for lab, val in rows:
        p.c.rect(x, y - 8, 150, 24)
        p.c.rect(x + 150, y - 8, p.w - 2 * x - 150, 24)
        p.text(x + 6, y, lab, 1, 10)
        p.text(x + 156, y, val[:70], 0, 10)
        y -= 24
    y -= 30
    p.wrap(
        x,
        y,
        rng.choice(
            [
                "The individual named above attended the program listed and completed all requirements for credit.",
                "Please retain this record for your files. Duplicate certificates are available on request.",
                "Attendance was verified by sign-in sheets maintained by the sponsoring organization.",
            ]
        ),
        p.w - 2 * x,
        2,
        9,
    )
    if f.get("signatory"):
        p.sigline(x, 130, f["signatory"], sign_title(doc), 220)
    p.text(x, 50, doc.opts.get("footer", ""), 0, 7)


def cert_ribbon(c: Canvas, doc: Doc, rng: random.Random) -> None:
    p = Pen(c, rng, rng.choice(["helv", "times"]), landscape(letter))
    cc = p.c
    cc.setFillColor(p.ink)
    cc.rect(0, p.h - 70, p.w, 70, fill=1, stroke=0)
    cc.rect(0, 0, p.w, 30, fill=1, stroke=0)
    cc.setFillColor(colors.black)
    f = doc.fields
    top = cert_top(doc)
    if top:
        p.center(p.h - 45, top[0], 1, 18, colors.white)
    y = p.h - 120
    p.center(y, doc.opts.get("head", rng.choice(CERT_HEADS)), 1, 28)
    y -= 45
    if f.get("applicant_name"):
        p.center(y, display_name(doc), 3, 28, p.ink)
        y -= 34
    act = f.get("activity", "course")
    if f.get("title"):
        p.center(y, rng.choice(ACHIEVE.get(act, ACHIEVE["course"])), 0, 12)
        y -= 22
        p.center(y, f["title"], 1, 16)
        y -= 26
    for ln in top[1:]:
        p.center(y, ln, 2, 11)
        y -= 16
    sents = cert_sentences(doc, rng, rng.choice(["long", "abbr", "intl"]))
    if sents:
        p.center(y, "   \u2022   ".join(sents[:3]), 0, 11)
        y -= 18
        for s in sents[3:]:
            p.center(y, s, 0, 11)
            y -= 16
    iss = issued_line(doc, rng)
    if f.get("signatory"):
        p.sigline(110, 90, f["signatory"], sign_title(doc), 200)
    if iss:
        p.text(p.w - 110, 92, iss, 2, 10, "r")


def cert_sessions(c: Canvas, doc: Doc, rng: random.Random) -> None:
    """Institute/academy record with a table of sessions whose hours add to the total."""
    p = Pen(c, rng, rng.choice(["helv", "times"]), letter)
    f, x, y = doc.fields, 64, letter[1] - 72
    for i, ln in enumerate(cert_top(doc)):
        p.center(y, ln, 1 if i == 0 else 2, 15 if i == 0 else 11, p.ink)
        y -= 18
    y -= 18
    p.center(
        y,
        doc.opts.get("head", rng.choice(["Certificate of Completion", "Record of Completion"])),
        1,
        20,
    )
    y -= 30
    if f.get("applicant_name"):
        p.center(y, rng.choice(["This certifies that", "This is to certify that"]), 2, 11)
        y -= 22
        p.center(y, display_name(doc), 1, 18)
        y -= 26
    if f.get("title"):
        p.center(y, rng.choice(ACHIEVE["institute"]), 0, 11)
        y -= 18
        p.center(y, f["title"], 1, 13)
        y -= 22
    s, e = d_(f.get("start_date")), d_(f.get("end_date"))
    if s:
        ln = frange(s, e or s, rng.choice(["long", "abbr"]), rng)
        if f.get("location"):
            ln += f", {f['location']}"
        p.center(y, ln, 0, 11)
        y -= 26
    elif f.get("location"):
        p.center(y, f["location"], 0, 11)
        y -= 26
    sessions = doc.opts["sessions"]
    p.c.setFillColor(colors.HexColor("#e8e8e8"))
    p.c.rect(x, y - 5, p.w - 2 * x, 18, fill=1, stroke=0)
    p.c.setFillColor(colors.black)
    p.text(x + 6, y, "Session", 1, 10)
    p.text(p.w - x - 6, y, "Hours", 1, 10, "r")
    y -= 18
    for title, h in sessions:
        p.text(x + 6, y, title, 0, 10)
        p.text(p.w - x - 6, y, fnum(h, rng, True), 0, 10, "r")
        p.c.setStrokeColor(colors.lightgrey)
        p.c.line(x, y - 5, p.w - x, y - 5)
        p.c.setStrokeColor(colors.black)
        y -= 16
    if f.get("hours") is not None:
        p.text(
            x + 6,
            y - 4,
            rng.choice(["Total Contact Hours", "TOTAL HOURS", "Total in-class contact hours"]),
            1,
            10,
        )
        p.text(p.w - x - 6, y - 4, fnum(f["hours"], rng, True), 1, 10, "r")
    y -= 40
    iss = issued_line(doc, rng)
    if iss:
        p.text(x, y, iss, 2, 10)
    if f.get("signatory"):
        p.sigline(p.w - x - 220, 110, f["signatory"], sign_title(doc), 220)
    p.text(x, 46, doc.opts.get("footer", ""), 0, 7)


# ---------------------------------------------------------------- letters


def letterhead(p: Pen, doc: Doc) -> float:
    rng, o = p.rng, doc.opts
    org = o.get("letterhead") or doc.fields.get("provider", "")
    sub = o.get("department", "")
    addr = o.get("address", "")
    style = o.get("lh_style", rng.choice(["center", "left", "band"]))
    y = p.h - 60
    if style == "center":
        p.center(y, org, 1, 16, p.ink)
        y -= 18
        if sub:
            p.center(y, sub, 0, 11)
            y -= 14
        if addr:
            p.center(y, addr, 0, 8.5)
            y -= 10
        p.c.setStrokeColor(p.ink)
        p.c.setLineWidth(1.5)
        p.c.line(60, y, p.w - 60, y)
        p.c.setLineWidth(1)
        p.c.setStrokeColor(colors.black)
    elif style == "left":
        p.c.setFillColor(p.ink)
        p.c.circle(88, y - 8, 18, fill=1, stroke=0)
        p.c.setFillColor(colors.black)
        p.text(116, y, org, 1, 14)
        y -= 15
        if sub:
            p.text(116, y, sub, 2, 10)
            y -= 12
        if addr:
            p.text(p.w - 60, p.h - 60, addr.split(" | ")[0], 0, 8, "r")
            for i, part in enumerate(addr.split(" | ")[1:]):
                p.text(p.w - 60, p.h - 70 - 10 * i, part, 0, 8, "r")
        y -= 8
        p.c.line(72, y, p.w - 72, y)
    else:
        p.c.setFillColor(p.ink)
        p.c.rect(0, p.h - 80, p.w, 80, fill=1, stroke=0)
        p.text(72, p.h - 45, org, 1, 17, color=colors.white)
        if sub:
            p.text(72, p.h - 63, sub, 0, 10, color=colors.white)
        y = p.h - 90
        if addr:
            p.text(p.w / 2, 40, addr, 0, 8, "c")
    return y - 34


def letter_frame(
    c: Canvas,
    doc: Doc,
    paragraphs: list[str],
    re_line: str | None = None,
    closing_extra: list[str] | None = None,
) -> int:
    rng = random.Random(doc.seed)
    p = Pen(
        c, rng, doc.opts.get("family") or rng.choice(["times", "helv", "times", "courier"]), letter
    )
    f = doc.fields
    y = letterhead(p, doc)
    size = 10.5 if p.fam[0] != "Courier" else 9.5
    header = f"{f.get('applicant_name') or ''} {doc.opts.get('cont', '')}".strip()
    flow = Flow(p, size, y, header or "continued", force_break_at=doc.opts.get("break_at"))
    iss = d_(f.get("issue_date"))
    if iss:
        flow.lines(
            [
                fdate(
                    iss,
                    doc.opts.get("date_style", rng.choice(["long", "long", "num", "intl", "abbr"])),
                )
            ],
            gap=14,
        )
    if doc.opts.get("inside", rng.random() < 0.5):
        flow.lines(
            [
                "International Institute of Municipal Clerks",
                "Attn: Education Department",
                "8331 Utica Avenue, Suite 200",
                "Rancho Cucamonga, CA 91730",
            ],
            gap=14,
        )
    if re_line:
        flow.para(re_line, 1, 12)
    flow.para(
        doc.opts.get(
            "salutation",
            rng.choice(
                [
                    "To Whom It May Concern:",
                    "Dear Education Department:",
                    "Dear IIMC Education Committee:",
                ]
            ),
        ),
        0,
        10,
    )
    for i, para in enumerate(paragraphs):
        if i == doc.opts.get("break_before"):
            flow.force_break_at = flow.blocks
        flow.para(para)
    flow.para(
        rng.choice(["Sincerely,", "Respectfully,", "Sincerely yours,", "Best regards,"]), 0, 34
    )
    flow.need(60)
    if doc.opts.get("sign_scribble", True):
        p.scribble(flow.left + 4, flow.y + 22, 120)
    rows = [doc.opts.get("sig_display", f.get("signatory", ""))]
    rows += [r for r in doc.opts.get("sig_lines", []) if r]
    flow.lines([r for r in rows if r], gap=12)
    if closing_extra:
        flow.lines(closing_extra, 2, size=8.5)
    if doc.opts.get("footer"):
        p.text(p.w / 2, 30, doc.opts["footer"], 0, 7.5, "c")
    c.showPage()
    return flow.pages


def render_letter(c: Canvas, doc: Doc) -> int:
    return letter_frame(c, doc, doc.opts["paragraphs"], doc.opts.get("re"), doc.opts.get("cc"))


# ---------------------------------------------------------------- transcripts


def render_transcript(c: Canvas, doc: Doc) -> int:
    rng = random.Random(doc.seed)
    f, o = doc.fields, doc.opts
    terms: list[tuple[str, list[tuple[str, str, float, str]]]] = o["terms"]
    split = o.get("split", len(terms))
    chunks = [terms[:split], terms[split:]] if split < len(terms) else [terms]
    if o.get("per_page"):
        k = o["per_page"]
        chunks = [terms[i : i + k] for i in range(0, len(terms), k)]
    fam = rng.choice(["helv", "courier", "times"])
    name_hdr = o.get("name_display") or f.get("applicant_name", "")
    for pi, chunk in enumerate(chunks):
        p = Pen(c, random.Random(doc.seed), fam, letter)
        x, y = 48, p.h - 50
        p.text(x, y, o["university"].upper(), 1, 13, color=p.ink)
        p.text(p.w - 48, y, o.get("doc_head", "OFFICIAL TRANSCRIPT"), 1, 11, "r")
        y -= 13
        p.text(x, y, f"{o['registrar']}  \u2022  {o['uaddr']}", 0, 8)
        y -= 8
        p.c.line(x, y, p.w - x, y)
        y -= 16
        p.text(
            x, y, f"Student Name: {name_hdr}" if o.get("lab_name") else f"Name: {name_hdr}", 1, 9.5
        )
        p.text(p.w / 2 + 40, y, f"Student ID: {o['student_id']}", 0, 9)
        y -= 12
        p.text(x, y, "Date of Birth: **/**/****", 0, 9)
        if f.get("issue_date"):
            p.text(
                p.w / 2 + 40,
                y,
                f"Date Issued: {fdate(d_(f['issue_date']), o.get('dstyle', 'num'))}",
                0,
                9,
            )
        y -= 12
        if o.get("program_line"):
            p.text(x, y, o["program_line"], 0, 9)
            y -= 12
        p.text(p.w - 48, p.h - 30, f"Page {pi + 1} of {len(chunks)}", 0, 8, "r")
        y -= 8
        cols = (x, x + 80, x + 330, x + 390, x + 440)
        for term, courses in chunk:
            if y < 140:
                break
            p.text(x, y, term, 1, 9.5)
            y -= 12
            for hdr, cx in zip(
                ("Course", "Title", o.get("cr_label", "Credits"), "Grade", "Qual Pts"), cols, strict=True
            ):
                p.text(cx, y, hdr, 2, 8)
            y -= 10
            tcr = 0.0
            for code, title, cr, grade in courses:
                p.text(cols[0], y, code, 0, 8.5)
                p.text(cols[1], y, title[:44], 0, 8.5)
                p.text(cols[2] + 20, y, f"{cr:.2f}", 0, 8.5, "r")
                p.text(cols[3], y, grade, 0, 8.5)
                qp = {"A": 4, "A-": 3.7, "B+": 3.3, "B": 3, "B-": 2.7, "C+": 2.3, "P": 0}.get(
                    grade, 3
                ) * cr
                p.text(cols[4] + 30, y, f"{qp:.2f}", 0, 8.5, "r")
                tcr += cr
                y -= 10.5
            p.text(cols[1], y, f"Term Credits: {tcr:.2f}", 2, 8)
            y -= 16
        if pi == len(chunks) - 1:
            y -= 6
            p.c.line(x, y + 8, p.w - x, y + 8)
            if o.get("transfer"):
                p.text(x, y, f"Transfer Credit Accepted: {o['transfer']:.2f}", 0, 9)
                y -= 12
            if f.get("credit_units") is not None:
                p.text(
                    x,
                    y,
                    f"{o.get('total_label', 'Cumulative Credits Earned')}: {f['credit_units']:.2f}",
                    1,
                    9.5,
                )
                p.text(p.w / 2 + 40, y, f"Cumulative GPA: {o.get('gpa', '3.41')}", 0, 9)
                y -= 16
            if f.get("degree"):
                dd = d_(f.get("degree_date"))
                if o.get("degree_style", 0) == 0:
                    p.text(x, y, f"Degree Conferred: {f['degree']}", 1, 10)
                    y -= 13
                    if dd:
                        p.text(x, y, f"Date Conferred: {fdate(dd, o.get('dstyle', 'num'))}", 0, 9.5)
                        y -= 13
                else:
                    line = (
                        f"*** {f['degree']} awarded {fdate(dd, 'long')} ***"
                        if dd
                        else f"*** {f['degree']} ***"
                    )
                    p.text(x, y, line, 1, 9.5)
                    y -= 13
                if o.get("honors"):
                    p.text(x, y, o["honors"], 2, 9)
                    y -= 13
            else:
                p.text(x, y, "No degree conferred.", 2, 9)
                y -= 13
            p.text(x, y - 6, "*** END OF TRANSCRIPT ***", 1, 8)
        else:
            p.text(p.w / 2, 90, "(continued on next page)", 2, 8, "c")
        p.text(
            p.w / 2,
            40,
            "This transcript is official only when printed on security paper and bears the Registrar's signature.",
            0,
            6.5,
            "c",
        )
        if o.get("registrar_name"):
            p.text(p.w - 48, 60, f"{o['registrar_name']}, University Registrar", 2, 8, "r")
        c.showPage()
    return len(chunks)


# ---------------------------------------------------------------- agenda, forms, other


def render_agenda(c: Canvas, doc: Doc) -> int:
    rng = random.Random(doc.seed)
    p = Pen(c, rng, rng.choice(["helv", "times"]), letter)
    f, o, x = doc.fields, doc.opts, 60
    y = p.h - 70
    if f.get("provider"):
        p.center(y, f["provider"], 1, 13, p.ink)
        y -= 20
    p.center(y, f.get("title", "Program"), 1, 17)
    y -= 18
    p.center(y, o.get("subhead", "Program Agenda"), 2, 12)
    y -= 16
    s, e = d_(f.get("start_date")), d_(f.get("end_date"))
    if s:
        ln = frange(s, e or s, rng.choice(["long", "abbr"]), rng)
        if f.get("location"):
            ln += f"  \u2022  {f['location']}"
        p.center(y, ln, 0, 10.5)
        y -= 24
    day = s
    for block in o["schedule"]:
        if isinstance(block, str):
            label = (
                f"{block}"
                if not day
                else f"{block} \u2014 {day.strftime('%A')}, {fdate(day, 'long')}"
            )
            if day:
                day = day + dt.timedelta(days=1)
            p.c.setFillColor(colors.HexColor("#dddddd"))
            p.c.rect(x, y - 4, p.w - 2 * x, 16, fill=1, stroke=0)
            p.c.setFillColor(colors.black)
            p.text(x + 4, y, label, 1, 10)
            y -= 18
            continue
        t, title, who = block
        p.text(x + 4, y, t, 0, 9.5)
        p.text(x + 120, y, title, 1 if who else 0, 9.5)
        y -= 11
        if who:
            p.text(x + 120, y, who, 2, 8.5)
            y -= 12
        y -= 3
    if o.get("note"):
        p.wrap(x, max(y - 10, 80), o["note"], p.w - 2 * x, 2, 8.5)
    c.showPage()
    return 1


def render_form(c: Canvas, doc: Doc) -> int:
    rng = random.Random(doc.seed)
    p = Pen(c, rng, "helv", letter)
    o, x = doc.opts, 50
    y = p.h - 55
    p.text(x, y, "INTERNATIONAL INSTITUTE OF MUNICIPAL CLERKS", 1, 12, color=p.ink)
    y -= 14
    p.text(
        x,
        y,
        "8331 Utica Avenue, Suite 200, Rancho Cucamonga, CA 91730  |  (909) 944-4162  |  www.iimc.com",
        0,
        7.5,
    )
    y -= 26
    p.center(y, o["form_title"], 1, 15)
    y -= 16
    p.center(y, "Please type or print clearly. Attach all supporting documentation.", 2, 9)
    y -= 24
    for lab, val in o["rows"]:
        p.c.rect(x, y - 6, p.w - 2 * x, 22)
        p.text(x + 4, y + 8, lab, 0, 6.5)
        p.text(x + 8, y - 2, val, 0, 10)
        y -= 26
    y -= 6
    p.text(x, y, "Points claimed (office use only):", 1, 9)
    y -= 16
    for cat in o["cats"]:
        p.c.rect(x, y - 3, 10, 10)
        p.text(x + 16, y, cat, 0, 9)
        p.c.line(x + 300, y - 2, x + 380, y - 2)
        y -= 16
    y -= 10
    y = p.wrap(
        x,
        y,
        "I hereby reaffirm the IIMC Code of Ethics and certify that the information submitted with this "
        "application is true and correct to the best of my knowledge.",
        p.w - 2 * x,
        0,
        9,
    )
    p.c.line(x, 110, x + 240, 110)
    p.text(x, 98, "Signature of Applicant", 2, 8)
    p.c.line(x + 300, 110, x + 460, 110)
    p.text(x + 300, 98, "Date", 2, 8)
    if o.get("sign_date"):
        p.text(x + 304, 114, o["sign_date"], 0, 10)
    p.text(p.w - x, 40, o.get("rev", "Rev. 01/2023"), 0, 7, "r")
    c.showPage()
    return 1


def render_other(c: Canvas, doc: Doc) -> int:
    rng = random.Random(doc.seed)
    p = Pen(c, rng, rng.choice(["helv", "courier"]), letter)
    o, x, y = doc.opts, 60, letter[1] - 70
    p.text(x, y, o["org"], 1, 13, color=p.ink)
    y -= 14
    p.text(x, y, o.get("org_addr", ""), 0, 8)
    y -= 34
    p.text(x, y, o["head"], 1, 16)
    y -= 30
    for ln in o["lines"]:
        if isinstance(ln, tuple):
            p.text(x, y, ln[0], 1, 10)
            p.text(p.w - x, y, ln[1], 0, 10, "r")
        else:
            y = p.wrap(x, y, ln, p.w - 2 * x, 0, 10) + 14
        y -= 16
    c.showPage()
    return 1


def render_unreadable(c: Canvas, doc: Doc) -> int:
    """A page with marks but no text at all (a photo/stamp drawn with shapes only)."""
    rng = random.Random(doc.seed)
    c.setPageSize(letter)
    w, h = letter
    c.setFillColor(colors.HexColor("#f4f1ea"))
    c.rect(40, 60, w - 80, h - 120, fill=1, stroke=0)
    c.setStrokeColor(colors.HexColor("#555555"))
    for _ in range(rng.randint(25, 45)):
        y = rng.uniform(90, h - 100)
        x0 = rng.uniform(60, 200)
        c.setLineWidth(rng.uniform(2, 6))
        c.line(x0, y, x0 + rng.uniform(120, w - 300), y)
    c.setFillColor(colors.HexColor("#999999"))
    c.circle(w - 150, 160, 50, fill=1, stroke=0)
    c.setFillColor(colors.black)
    c.showPage()
    return 1


RENDERERS = {
    "certificate": render_certificate,
    "letter": render_letter,
    "transcript": render_transcript,
    "agenda": render_agenda,
    "form": render_form,
    "other": render_other,
    "unreadable": render_unreadable,
}


def draw(c: Canvas, doc: Doc) -> int:
    return RENDERERS[doc.render](c, doc)
