"""Hold-out sample packets, written independently of the main sample generator.

Run: ``.venv/bin/python -m samples.holdout_generate``. Writes ``samples/holdout/<packet>/``
(packet.json, PDFs, truth.json in the format of docs/conventions.md).

Every document is drawn with reportlab's canvas in its own layout and wording (university
continuing-education certificates, institute verification letters with a session table,
HR letters in prose, IIMC conference and Athenian Dialogue certificates, transcripts,
memos, agendas, ...). The ground truth is computed here, from the values each document
prints, by a small scorer written for this file alone (it does not import the project's
extractors or scoring). Output is deterministic: fixed seed, ``invariant=1`` PDFs.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
import random
import re
import shutil
import unicodedata
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

OUT = Path(__file__).resolve().parent / "holdout"
SEED = 41017
RNG = random.Random(SEED)

PORTRAIT = letter
LAND = landscape(letter)

# --------------------------------------------------------------------------- dates & words

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("-" + ONES[o] if o else "") if n < 100 else str(n)


def long_date(s: str) -> str:
    d = D(s)
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def dmy(s: str) -> str:
    d = D(s)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def us_date(s: str) -> str:
    d = D(s)
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def ordinal(n: int) -> str:
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def day_of(s: str) -> str:
    d = D(s)
    return f"this {ordinal(d.day)} day of {MONTHS[d.month - 1]}, {d.year}"


def span(a: str, b: str) -> str:
    """'September 17-19, 2024', 'June 28 - July 1, 2024', or a single day."""
    x, y = D(a), D(b)
    if x == y:
        return long_date(a)
    if x.year == y.year and x.month == y.month:
        return f"{MONTHS[x.month - 1]} {x.day}\u2013{y.day}, {x.year}"
    if x.year == y.year:
        return f"{MONTHS[x.month - 1]} {x.day} \u2013 {MONTHS[y.month - 1]} {y.day}, {x.year}"
    return f"{long_date(a)} \u2013 {long_date(b)}"


def hours_txt(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else f"{h:g}"


# --------------------------------------------------------------------------- drawing helpers

INK = colors.HexColor("#1b1b1b")
NAVY = colors.HexColor("#1f3a5f")
MAROON = colors.HexColor("#6b1d2a")
GREEN = colors.HexColor("#2f5d3a")
GOLD = colors.HexColor("#b08d2e")
GREY = colors.HexColor("#666666")
PEN = colors.HexColor("#1c2f8c")


def regular(font: str) -> str:
    return {"Times": "Times-Roman", "Helvetica": "Helvetica", "Courier": "Courier"}[font.split("-")[0]]


def boldf(font: str) -> str:
    return {"Times": "Times-Bold", "Helvetica": "Helvetica-Bold", "Courier": "Courier-Bold"}[font.split("-")[0]]


def txt(c: Canvas, x: float, y: float, s: str, font: str = "Helvetica", size: float = 11,
        align: str = "left", color: Any = INK) -> None:
    c.setFillColor(color)
    c.setFont(font, size)
    if align == "center":
        c.drawCentredString(x, y, s)
    elif align == "right":
        c.drawRightString(x, y, s)
    else:
        c.drawString(x, y, s)
    c.setFillColor(INK)


def para(c: Canvas, html: str, x: float, y: float, w: float, font: str = "Times-Roman",
         size: float = 11.5, leading: float | None = None, align: int = TA_LEFT,
         color: Any = INK) -> float:
    """Draw a paragraph whose top is at y; return the y below it."""
    style = ParagraphStyle("p", fontName=font, fontSize=size, leading=leading or size * 1.38,
                           alignment=align, textColor=color)
    p = Paragraph(html, style)
    _, h = p.wrap(w, 2000)
    p.drawOn(c, x, y - h)
    return y - h


def lines(c: Canvas, text: str, x: float, y: float, w: float, font: str, size: float,
          align: str = "left", leading: float | None = None) -> float:
    lead = leading or size * 1.3
    for ln in simpleSplit(text, font, size, w):
        txt(c, x + (w / 2 if align == "center" else 0), y, ln, font, size, align)
        y -= lead
    return y


def squiggle(c: Canvas, x: float, y: float, w: float, key: str) -> None:
    r = random.Random(zlib.crc32(key.encode()))
    p = c.beginPath()
    p.moveTo(x, y + r.uniform(0, 6))
    cx = x
    n = r.randint(4, 6)
    for _ in range(n):
        nx = cx + w / n
        p.curveTo(cx + r.uniform(0, w / n), y + r.uniform(8, 20), nx - r.uniform(0, w / n),
                  y - r.uniform(2, 9), nx, y + r.uniform(-2, 7))
        cx = nx
    c.setStrokeColor(PEN)
    c.setLineWidth(r.uniform(0.8, 1.3))
    c.drawPath(p, stroke=1, fill=0)
    c.setStrokeColor(INK)


def sig_block(c: Canvas, x: float, y: float, name: str, role: str, font: str = "Helvetica",
              size: float = 10, w: float = 180, center: bool = False, rule: bool = True) -> None:
    """Signature on a rule; printed name and role below the rule (y = rule height)."""
    squiggle(c, x + 10, y + 6, w * 0.7, name)
    if rule:
        c.setLineWidth(0.6)
        c.line(x, y, x + w, y)
    cx = x + w / 2 if center else x
    al = "center" if center else "left"
    txt(c, cx, y - size - 3, name, font, size, al)
    yy = y - 2 * size - 5
    for part in role.split("\n"):
        txt(c, cx, yy, part, regular(font), size - 1, al, GREY)
        yy -= size
    c.setFillColor(INK)


def seal(c: Canvas, cx: float, cy: float, r: float, color: Any = GOLD, points: int = 24) -> None:
    c.setFillColor(color)
    c.setStrokeColor(color)
    p = c.beginPath()
    for i in range(points * 2):
        ang = math.pi * i / points
        rr = r if i % 2 == 0 else r * 0.86
        px, py = cx + rr * math.cos(ang), cy + rr * math.sin(ang)
        p.moveTo(px, py) if i == 0 else p.lineTo(px, py)
    p.close()
    c.drawPath(p, fill=1, stroke=0)
    c.setStrokeColor(colors.white)
    c.setLineWidth(1.2)
    c.circle(cx, cy, r * 0.7, stroke=1, fill=0)
    c.circle(cx, cy, r * 0.62, stroke=1, fill=0)
    c.setFillColor(INK)
    c.setStrokeColor(INK)


def frame(c: Canvas, w: float, h: float, color: Any, inset: float = 24, double: bool = True) -> None:
    c.setStrokeColor(color)
    c.setLineWidth(3)
    c.rect(inset, inset, w - 2 * inset, h - 2 * inset)
    if double:
        c.setLineWidth(0.8)
        c.rect(inset + 7, inset + 7, w - 2 * inset - 14, h - 2 * inset - 14)
    c.setStrokeColor(INK)


def letterhead_center(c: Canvas, org: str, sub: list[str], font: str = "Times-Bold",
                      color: Any = NAVY, emblem: bool = True) -> float:
    w, h = c._pagesize
    y = h - 60
    if emblem:
        seal(c, w / 2, y - 2, 22, color, 16)
        y -= 40
    txt(c, w / 2, y, org, font, 16, "center", color)
    y -= 15
    for s in sub:
        txt(c, w / 2, y, s, regular(font), 9, "center", GREY)
        y -= 11
    c.setStrokeColor(color)
    c.setLineWidth(1.5)
    c.line(72, y - 2, w - 72, y - 2)
    c.setStrokeColor(INK)
    return y - 30


def letterhead_left(c: Canvas, org: str, sub: list[str], color: Any = GREEN,
                    font: str = "Helvetica-Bold", initials: str | None = None) -> float:
    w, h = c._pagesize
    c.setFillColor(color)
    c.rect(54, h - 96, 44, 44, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 20)
    initials = initials or "".join(t[0] for t in org.split() if t[0].isupper())[:3]
    c.drawCentredString(76, h - 81, initials)
    txt(c, 108, h - 66, org, font, 14, color=color)
    y = h - 80
    for s in sub:
        txt(c, 108, y, s, "Helvetica", 8.5, color=GREY)
        y -= 10
    return h - 140


def footer(c: Canvas, s: str, font: str = "Helvetica", size: float = 7.5) -> None:
    w, _ = c._pagesize
    c.setStrokeColor(colors.HexColor("#999999"))
    c.setLineWidth(0.4)
    c.line(54, 46, w - 54, 46)
    txt(c, w / 2, 34, s, font, size, "center", GREY)
    c.setStrokeColor(INK)


# --------------------------------------------------------------------------- model


@dataclass
class Doc:
    kind: str
    fields: dict[str, Any]
    render: Callable[[Canvas, Doc], int]
    x: dict[str, Any] = field(default_factory=dict)     # rendering-only facts
    duplicate: bool = False                             # later copy of earlier evidence


@dataclass
class PFile:
    name: str
    docs: list[Doc] = field(default_factory=list)
    copy_of: str | None = None                          # byte copy of another file


@dataclass
class Packet:
    slug: str
    description: str
    manifest: dict[str, Any]
    files: list[PFile]


SIGNERS = ["Gwendolyn Arceneaux", "Patrick O. Feeney", "Yvette Marchand", "Douglas R. Pruitt",
           "Anita Sokolowski", "Bernard K. Ashby", "Cecilia Montoya-Reyes", "Harold J. Tibbets",
           "Rosalind Achebe", "Wendell P. Strickland", "Colleen Mahaffey", "Ignatius Varga",
           "Shirley A. Nakamura", "Franklin D. Osei", "Lorraine B. Kettering", "Desmond Ruiz",
           "Philippa Grantham", "Stanley W. Boateng", "Maureen T. Quigley", "Everett L. Chow",
           "Beatrix Holm", "Tobias Renfro", "Adaeze Nwosu", "Clifford H. Langstrom",
           "Juniper Ellsworth", "Rafael Quintanilla", "Odessa M. Pickering", "Grant Lindholm",
           "Marguerite Fontaine", "Howard E. Blackwood", "Ngozi Adebayo", "Victor Szabo",
           "Esther L. Whitcombe", "Reginald Thornbury", "Imelda Cortez", "Samuel K. Hargrove",
           "Daphne Wilcox", "Ulrich Brandt", "Loretta J. Fenwick", "Curtis Baptiste",
           "Henrietta Lowell", "Abdul Rahman Siddiqui", "Georgina Pell", "Martin V. Crowder",
           "Rosemary Tillman", "Keith A. Dunleavy", "Winifred Ocampo", "Benedict Rourke",
           "Carmela Ditullio", "Nathaniel Probst", "Ingrid Solberg", "Lamar T. Gaines",
           "Felicity Armitage", "Oswaldo Pineda", "Judith M. Kerrigan", "Theodore Vance"]
SIGNERS += [f"{a} {b}" for a, b in zip(
    ["Mildred", "Oscar", "Paulette", "Quentin", "Ramona", "Silas", "Tamsin", "Umberto", "Vera",
     "Wallace", "Xiomara", "Yusuf", "Zelda", "Alton", "Brigid", "Cyrus", "Delphine", "Emmett",
     "Fern", "Gideon", "Hazel", "Ivor", "Jolene", "Kenji", "Lavinia", "Mortimer", "Noreen",
     "Orville", "Pearl", "Rupert"],
    ["Abernethy", "Birchall", "Carrow", "Dunmore", "Eskridge", "Fairweather", "Gillespie",
     "Haverford", "Iredale", "Jessup", "Kincaid", "Larkspur", "Moberly", "Northcott", "Ormsby",
     "Penhallow", "Quarles", "Ravenscroft", "Stallworth", "Trevino", "Upshaw", "Vanterpool",
     "Wetherell", "Yardley", "Zimmerly", "Ashworth", "Blevins", "Coltrane", "Dabney", "Elmore"], strict=True)]
_SIGN = RNG.sample(SIGNERS, len(SIGNERS))


def signer() -> str:
    return _SIGN.pop()


def cert_no(prefix: str) -> str:
    return f"{prefix}-{RNG.randint(10000, 99999)}"


# =========================================================================== renderers
# Each renderer draws one document (one or more pages, calling showPage) and returns its
# page count. What it prints about the work comes from doc.fields (the truth) so the truth
# and the paper cannot disagree; doc.x holds what only the paper needs.


def r_university_ce(c: Canvas, d: Doc) -> int:
    """Landscape university continuing-education certificate, Times, hours in a sentence."""
    f, x = d.fields, d.x
    c.setPageSize(LAND)
    w, h = LAND
    frame(c, w, h, MAROON)
    txt(c, w / 2, h - 88, x["university"].upper(), "Times-Bold", 22, "center", MAROON)
    txt(c, w / 2, h - 108, x["school"], "Times-Italic", 13, "center")
    txt(c, w / 2, h - 160, "This is to certify that", "Times-Italic", 14, "center")
    txt(c, w / 2, h - 200, f["applicant_name"], "Times-BoldItalic", 28, "center")
    c.setLineWidth(0.5)
    c.line(w / 2 - 200, h - 208, w / 2 + 200, h - 208)
    hrs = int(f["hours"])
    body = (f"has successfully completed {words(hrs)} ({hrs}) hours of instruction in")
    txt(c, w / 2, h - 238, body, "Times-Roman", 14, "center")
    txt(c, w / 2, h - 268, f["title"], "Times-Bold", 18, "center")
    lines(c, f"offered on {long_date(f['start_date'])}" +
          (f" through {long_date(f['end_date'])}" if f["end_date"] != f["start_date"] else "") +
          " by the " + x["school"] + ".", 110, h - 294, w - 220, "Times-Roman", 12.5, "center")
    if x.get("ceu"):
        txt(c, w / 2, h - 330, f"Continuing Education Units awarded: {hrs / 10:.1f} CEU",
            "Times-Roman", 11, "center", GREY)
    seal(c, w / 2, 118, 38, MAROON)
    sig_block(c, 110, 120, f["signatory"], x["sig_role"], "Times-Roman", 11, 200, center=True)
    sig_block(c, w - 310, 120, x["sig2"], x["sig2_role"], "Times-Roman", 11, 200, center=True)
    txt(c, w - 60, 44, f"Certificate No. {x['number']}", "Times-Roman", 8, "right", GREY)
    c.showPage()
    return 1


def r_institute_letter(c: Canvas, d: Doc) -> int:
    """Portrait letter of verification with a session table and a total."""
    f, x = d.fields, d.x
    c.setPageSize(PORTRAIT)
    w, h = PORTRAIT
    y = letterhead_left(c, f["provider"], x["sub"], GREEN)
    txt(c, 72, y, long_date(f["issue_date"]), "Helvetica", 10.5)
    y -= 30
    for ln in ["IIMC Education Department", "8331 Utica Avenue, Suite 200",
               "Rancho Cucamonga, CA 91730"]:
        txt(c, 72, y, ln, "Helvetica", 10.5)
        y -= 13
    y -= 12
    txt(c, 72, y, f"RE:  Letter of Verification \u2013 {f['applicant_name']}", "Helvetica-Bold", 10.5)
    y -= 26
    y = para(c, "To the Education Department:", 72, y, 468, "Helvetica", 10.5)
    y -= 8
    y = para(c, f"This letter verifies that <b>{f['applicant_name']}</b> attended the sessions "
             f"listed below as part of the <b>{f['title']}</b>, held at {x['venue']}. "
             "Attendance was recorded at each session and the participant completed the "
             "learning assessment administered at the close of the program.",
             72, y, 468, "Helvetica", 10.5, align=TA_JUSTIFY)
    y -= 16
    cols = [72, 152, 430, 540]
    c.setFillColor(colors.HexColor("#e4ece6"))
    c.rect(72, y - 5, 468, 17, stroke=0, fill=1)
    for cx, head in zip(cols[:3], ["Date", "Session", "Contact Hours"], strict=True):
        if head == "Contact Hours":
            txt(c, 536, y, head, "Helvetica-Bold", 9.5, "right")
        else:
            txt(c, cx + 4, y, head, "Helvetica-Bold", 9.5)
    y -= 18
    for sd, name, hrs in x["sessions"]:
        txt(c, 76, y, us_date(sd), "Helvetica", 9.5)
        txt(c, 156, y, name, "Helvetica", 9.5)
        txt(c, 536, y, f"{hrs:.1f}", "Helvetica", 9.5, "right")
        c.setStrokeColor(colors.HexColor("#cccccc"))
        c.line(72, y - 5, 540, y - 5)
        y -= 16
    c.setStrokeColor(INK)
    c.setLineWidth(1)
    c.line(430, y + 10, 540, y + 10)
    txt(c, 420, y - 2, "Total Contact Hours", "Helvetica-Bold", 9.5, "right")
    txt(c, 536, y - 2, f"{f['hours']:.1f}", "Helvetica-Bold", 9.5, "right")
    y -= 34
    y = para(c, "Please contact our office should you require anything further.", 72, y, 468,
             "Helvetica", 10.5)
    y -= 14
    txt(c, 72, y, "Sincerely,", "Helvetica", 10.5)
    sig_block(c, 72, y - 48, f["signatory"], x["sig_role"], "Helvetica", 10.5, 190, rule=False)
    footer(c, x["footer"])
    c.showPage()
    return 1


def r_hr_letter(c: Canvas, d: Doc) -> int:
    """Employment verification in prose on a letterhead; three house styles."""
    f, x = d.fields, d.x
    c.setPageSize(PORTRAIT)
    w, h = PORTRAIT
    style = x.get("style", 0)
    font = ["Times-Roman", "Helvetica", "Times-Roman"][style]
    if style == 1:
        y = letterhead_left(c, f["provider"], x["sub"], NAVY)
    else:
        y = letterhead_center(c, f["provider"].upper() if style == 0 else f["provider"],
                              x["sub"], "Times-Bold", MAROON if style == 2 else NAVY)
    date_s = long_date(f["issue_date"]) if style != 2 else dmy(f["issue_date"])
    txt(c, w - 72 if style == 0 else 72, y, date_s, font, 11, "right" if style == 0 else "left")
    y -= 34
    txt(c, 72, y, x.get("salutation", "To Whom It May Concern:"), font, 11.5)
    y -= 22
    for p in x["paras"]:
        y = para(c, p, 72, y, 468, font, 11.5, align=TA_JUSTIFY if style != 1 else TA_LEFT)
        y -= 11
    y -= 6
    txt(c, 72, y, x.get("closing", "Sincerely,"), font, 11.5)
    sig_block(c, 72, y - 50, f["signatory"], x["sig_role"], font, 11, 200, rule=False)
    if x.get("cc"):
        txt(c, 72, y - 110, "cc: " + x["cc"], font, 9, color=GREY)
    footer(c, x["footer"], font, 8)
    c.showPage()
    return 1


def r_iimc_certificate(c: Canvas, d: Doc) -> int:
    """IIMC Annual Conference / Conference Academy certificate: landscape, Helvetica, band."""
    f, x = d.fields, d.x
    c.setPageSize(LAND)
    w, h = LAND
    c.setFillColor(NAVY)
    c.rect(0, h - 110, w, 110, stroke=0, fill=1)
    c.setFillColor(GOLD)
    c.rect(0, h - 116, w, 6, stroke=0, fill=1)
    txt(c, w / 2, h - 52, f["provider"].upper(), "Helvetica-Bold", 17, "center", colors.white)
    txt(c, w / 2, h - 78, x["tag"], "Helvetica-Oblique", 11, "center", colors.white)
    txt(c, w / 2, h - 168, x["heading"], "Helvetica-Bold", 30, "center", NAVY)
    txt(c, w / 2, h - 200, "is presented to", "Helvetica", 13, "center")
    txt(c, w / 2, h - 238, f["applicant_name"], "Helvetica-Bold", 26, "center")
    y = h - 272
    for ln in x["body"]:
        txt(c, w / 2, y, ln, "Helvetica", 13, "center")
        y -= 20
    txt(c, w / 2, y - 4, f["title"], "Helvetica-Bold", 16, "center", NAVY)
    y -= 28
    where = f"{f['location']}  \u00b7  " if f.get("location") else ""
    txt(c, w / 2, y - 4, where + span(f["start_date"], f["end_date"]), "Helvetica", 12, "center")
    if x.get("hours_line"):
        txt(c, w / 2, y - 26, x["hours_line"], "Helvetica-Oblique", 11, "center", GREY)
    if x.get("two_sigs", True):
        sig_block(c, 90, 92, f["signatory"], x["sig_role"], "Helvetica", 10, 190, center=True)
        sig_block(c, w - 280, 92, x["sig2"], x["sig2_role"], "Helvetica", 10, 190, center=True)
    else:
        sig_block(c, w / 2 - 95, 92, f["signatory"], x["sig_role"], "Helvetica", 10, 190,
                  center=True)
    seal(c, w / 2 if x.get("two_sigs", True) else w - 120, 90, 34, GOLD)
    c.showPage()
    return 1


def r_athenian(c: Canvas, d: Doc) -> int:
    """Portrait Athenian Dialogue certificate, Times italic, ornamental rules."""
    f, x = d.fields, d.x
    c.setPageSize(PORTRAIT)
    w, h = PORTRAIT
    frame(c, w, h, GOLD, 30)
    txt(c, w / 2, h - 100, f["provider"], "Times-Roman", 14, "center")
    txt(c, w / 2, h - 122, "Athenian Leadership Society", "Times-Italic", 13, "center", GREY)
    for yy in (h - 140, h - 143):
        c.setStrokeColor(GOLD)
        c.line(w / 2 - 120, yy, w / 2 + 120, yy)
    c.setStrokeColor(INK)
    txt(c, w / 2, h - 200, "Certificate of Participation", "Times-BoldItalic", 30, "center")
    txt(c, w / 2, h - 250, "awarded to", "Times-Italic", 14, "center")
    txt(c, w / 2, h - 292, f["applicant_name"], "Times-Bold", 24, "center")
    y = para(c, x["sentence"], 96, h - 320, w - 192, "Times-Roman", 13.5, 19, TA_CENTER)
    txt(c, w / 2, y - 26, f["title"], "Times-BoldItalic", 16, "center")
    y -= 58
    y = para(c, x["assess"], 96, y, w - 192, "Times-Italic", 12, 16, TA_CENTER)
    txt(c, w / 2, y - 24, f"Dialogue held {x['when']}", "Times-Roman", 12, "center")
    seal(c, w / 2, 200, 40, GOLD)
    if x.get("sig2"):
        sig_block(c, 90, 120, f["signatory"], x["sig_role"], "Times-Roman", 10.5, 180, center=True)
        sig_block(c, w - 270, 120, x["sig2"], x["sig2_role"], "Times-Roman", 10.5, 180, center=True)
    else:
        sig_block(c, w - 270, 120, f["signatory"], x["sig_role"], "Times-Roman", 10.5, 180, center=True)
    c.showPage()
    return 1


def r_state_conference(c: Canvas, d: Doc) -> int:
    """Landscape association conference certificate, left-aligned with a colored sidebar."""
    f, x = d.fields, d.x
    c.setPageSize(LAND)
    w, h = LAND
    col = x.get("color", GREEN)
    c.setFillColor(col)
    c.rect(0, 0, 150, h, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 44)
    c.drawCentredString(75, h - 120, x["year"])
    c.setFont("Helvetica", 10)
    for i, ln in enumerate(x["side"]):
        c.drawCentredString(75, h - 150 - 13 * i, ln)
    c.setFillColor(INK)
    L = 190
    txt(c, L, h - 80, f["provider"], "Helvetica-Bold", 18, color=col)
    txt(c, L, h - 130, "CERTIFICATE OF ATTENDANCE", "Helvetica-Bold", 26)
    txt(c, L, h - 175, f["applicant_name"], "Helvetica-Bold", 22)
    c.setLineWidth(0.5)
    c.line(L, h - 183, w - 60, h - 183)
    y = para(c, x["sentence"], L, h - 200, w - L - 70, "Helvetica", 13, 19)
    y -= 14
    for k, v in x.get("facts", []):
        txt(c, L, y, k, "Helvetica-Bold", 11)
        txt(c, L + 110, y, v, "Helvetica", 11)
        y -= 17
    sig_block(c, L, 96, f["signatory"], x["sig_role"], "Helvetica", 10, 200)
    if x.get("sig2"):
        sig_block(c, L + 280, 96, x["sig2"], x["sig2_role"], "Helvetica", 10, 200)
    c.showPage()
    return 1


def r_assoc_letter(c: Canvas, d: Doc) -> int:
    """Appreciation / service letter (committee, chair, board, officer)."""
    f, x = d.fields, d.x
    c.setPageSize(PORTRAIT)
    w, h = PORTRAIT
    font = x.get("font", "Helvetica")
    if x.get("head") == "center":
        y = letterhead_center(c, f["provider"], x["sub"], "Times-Bold", x.get("color", NAVY),
                              emblem=False)
    else:
        y = letterhead_left(c, f["provider"], x["sub"], x.get("color", NAVY),
                            initials=x.get("initials"))
    txt(c, 72, y, long_date(f["issue_date"]), font, 11)
    y -= 28
    for ln in x["address"]:
        txt(c, 72, y, ln, font, 11)
        y -= 13.5
    y -= 14
    if x.get("re"):
        txt(c, 72, y, x["re"], boldf(font), 11)
        y -= 24
    txt(c, 72, y, x["salutation"], font, 11)
    y -= 22
    for p in x["paras"]:
        y = para(c, p, 72, y, 468, font, 11, 15.5, TA_JUSTIFY)
        y -= 10
    y -= 8
    txt(c, 72, y, x.get("closing", "With appreciation,"), font, 11)
    sig_block(c, 72, y - 50, f["signatory"], x["sig_role"], font, 10.5, 190, rule=False)
    if x.get("sig2"):
        sig_block(c, 320, y - 50, x["sig2"], x["sig2_role"], font, 10.5, 190, rule=False)
    footer(c, x["footer"], font)
    c.showPage()
    return 1


def r_transcript(c: Canvas, d: Doc) -> int:
    """Official transcript: Courier table, one or two pages, totals and degree line."""
    f, x = d.fields, d.x
    c.setPageSize(PORTRAIT)
    w, h = PORTRAIT
    terms: list[tuple[str, list[tuple[str, str, float, str]]]] = x["terms"]
    per_page = x.get("split", len(terms))
    pages = [terms[:per_page], terms[per_page:]] if per_page < len(terms) else [terms]
    for pi, chunk in enumerate(pages, 1):
        txt(c, w / 2, h - 58, f["provider"].upper(), "Times-Bold", 16, "center")
        txt(c, w / 2, h - 74, "Office of the Registrar", "Times-Roman", 10.5, "center")
        txt(c, w / 2, h - 96, "OFFICIAL ACADEMIC TRANSCRIPT", "Courier-Bold", 12, "center")
        c.setFont("Courier", 9)
        c.drawString(60, h - 124, f"STUDENT: {f['applicant_name']}")
        c.drawString(60, h - 136, f"STUDENT ID: {x['sid']}")
        c.drawString(340, h - 124, f"DATE ISSUED: {us_date(f['issue_date'])}")
        c.drawString(340, h - 136, f"PROGRAM: {x['program']}")
        c.line(60, h - 144, w - 60, h - 144)
        y = h - 162
        c.setFont("Courier-Bold", 9)
        c.drawString(60, y, "COURSE     TITLE")
        c.drawRightString(470, y, "CREDITS")
        c.drawRightString(w - 62, y, "GRADE")
        y -= 16
        for term, rows in chunk:
            c.setFont("Courier-Bold", 9)
            c.drawString(60, y, term)
            y -= 13
            c.setFont("Courier", 9)
            for code, title, cr, gr in rows:
                c.drawString(60, y, f"{code:<10} {title}")
                c.drawRightString(470, y, f"{cr:.1f}")
                c.drawRightString(w - 62, y, gr)
                y -= 12
            y -= 8
        if pi == len(pages):
            c.line(60, y + 2, w - 60, y + 2)
            y -= 12
            c.setFont("Courier-Bold", 9)
            c.drawString(60, y, "TOTAL CREDITS EARNED")
            c.drawRightString(470, y, f"{f['credit_units']:.1f}")
            c.drawString(480, y, f"GPA {x['gpa']}")
            y -= 24
            if f.get("degree"):
                c.drawString(60, y, f"DEGREE CONFERRED: {f['degree']}")
                y -= 12
                c.drawString(60, y, f"DATE CONFERRED:   {long_date(f['degree_date'])}")
                y -= 12
                c.setFont("Courier", 9)
                c.drawString(60, y, x.get("honors", ""))
            else:
                c.setFont("Courier", 9)
                c.drawString(60, y, "NO DEGREE CONFERRED - NON-DEGREE STUDENT")
            sig_block(c, 340, 110, f["signatory"], "University Registrar", "Times-Roman", 10, 180)
        else:
            c.setFont("Courier", 8)
            c.drawString(60, y - 6, "*** CONTINUED ON NEXT PAGE ***")
        footer(c, f"Page {pi} of {len(pages)}    This transcript is official only when bearing "
                  "the Registrar's signature and the University seal.", "Courier", 7)
        c.showPage()
    return len(pages)


def r_credit_statement(c: Canvas, d: Doc) -> int:
    """Statement of academic record without degree: Helvetica grid (different hand)."""
    f, x = d.fields, d.x
    c.setPageSize(PORTRAIT)
    w, h = PORTRAIT
    c.setFillColor(colors.HexColor("#0b4f6c"))
    c.rect(54, h - 100, w - 108, 50, stroke=0, fill=1)
    txt(c, 66, h - 72, f["provider"], "Helvetica-Bold", 17, color=colors.white)
    txt(c, 66, h - 90, "Academic Records & Graduation", "Helvetica", 9.5, color=colors.white)
    txt(c, w - 66, h - 80, "Statement of Academic Record", "Helvetica-Oblique", 11, "right",
        colors.white)
    y = h - 130
    for k, v in [("Name", f["applicant_name"]), ("Student number", x["sid"]),
                 ("Course of study", x["program"]), ("Date of issue", dmy(f["issue_date"]))]:
        txt(c, 60, y, k, "Helvetica-Bold", 9.5)
        txt(c, 170, y, v, "Helvetica", 9.5)
        y -= 14
    y -= 14
    heads = [("Year", 60), ("Sem.", 100), ("Unit code", 140), ("Unit title", 210),
             ("Credit units", 470), ("Result", 520)]
    c.setFillColor(colors.HexColor("#dfe9ee"))
    c.rect(56, y - 5, w - 112, 16, stroke=0, fill=1)
    for head, cx in heads:
        txt(c, cx, y, head, "Helvetica-Bold", 8.5)
    y -= 17
    for yr, sem, code, title, cr, res in x["rows"]:
        for val, cx in zip([yr, sem, code, title, f"{cr:g}", res], [60, 100, 140, 210, 470, 520], strict=True):
            txt(c, cx, y, val, "Helvetica", 8.5)
        c.setStrokeColor(colors.HexColor("#cfd8dc"))
        c.line(56, y - 4, w - 56, y - 4)
        y -= 14
    c.setStrokeColor(INK)
    y -= 8
    txt(c, 210, y, "Total credit units", "Helvetica-Bold", 9)
    txt(c, 470, y, f"{f['credit_units']:g}", "Helvetica-Bold", 9)
    y -= 28
    y = para(c, x["note"], 60, y, w - 120, "Helvetica-Oblique", 8.5)
    sig_block(c, 60, 120, f["signatory"], "Academic Registrar", "Helvetica", 9.5, 170)
    footer(c, "This statement is not a record of award. Verify at records.example.edu.au "
              f"using code {x['verify']}.")
    c.showPage()
    return 1


def r_online_cert(c: Canvas, d: Doc) -> int:
    """Portrait online-course certificate: modern top band, key/value block."""
    f, x = d.fields, d.x
    c.setPageSize(PORTRAIT)
    w, h = PORTRAIT
    col = x.get("color", colors.HexColor("#0d6e6e"))
    c.setFillColor(col)
    c.rect(0, h - 150, w, 150, stroke=0, fill=1)
    txt(c, 60, h - 62, f["provider"], "Helvetica-Bold", 18, color=colors.white)
    txt(c, 60, h - 82, x["tagline"], "Helvetica", 10, color=colors.white)
    txt(c, 60, h - 128, "Certificate of Completion", "Helvetica-Bold", 26, color=colors.white)
    txt(c, 60, h - 200, "This certifies that", "Helvetica", 12, color=GREY)
    txt(c, 60, h - 232, f["applicant_name"], "Helvetica-Bold", 24)
    txt(c, 60, h - 262, x["verb"], "Helvetica", 12, color=GREY)
    y = para(c, f"<b>{f['title']}</b>", 60, h - 276, w - 120, "Helvetica", 17, 21)
    y -= 24
    for k, v in x["facts"]:
        txt(c, 60, y, k.upper(), "Helvetica-Bold", 8.5, color=GREY)
        txt(c, 200, y, v, "Helvetica", 11)
        y -= 20
    if x.get("note"):
        para(c, x["note"], 60, y - 10, w - 120, "Helvetica-Oblique", 9, 12, color=GREY)
    if f.get("signatory"):
        sig_block(c, 60, 130, f["signatory"], x["sig_role"], "Helvetica", 10, 200)
    txt(c, w - 60, 70, f"Verification ID {x['verify']}", "Courier", 8, "right", GREY)
    c.showPage()
    return 1


def r_agenda(c: Canvas, d: Doc) -> int:
    """Conference programme page: Times, two columns of sessions with times."""
    f, x = d.fields, d.x
    c.setPageSize(PORTRAIT)
    w, h = PORTRAIT
    txt(c, w / 2, h - 60, f["provider"], "Times-Roman", 12, "center", GREY)
    txt(c, w / 2, h - 90, f["title"], "Times-Bold", 24, "center")
    txt(c, w / 2, h - 112, f"{span(f['start_date'], f['end_date'])}  |  {f['location']}",
        "Times-Italic", 12, "center")
    txt(c, w / 2, h - 140, "PROGRAM AT A GLANCE", "Times-Bold", 12, "center", MAROON)
    y0 = h - 170
    for col, (day, items) in enumerate(x["days"]):
        y = y0
        cx = 60 + col * 250 if len(x["days"]) > 1 else 60
        txt(c, cx, y, day, "Times-Bold", 12, color=MAROON)
        y -= 18
        for t, s in items:
            txt(c, cx, y, t, "Times-Bold", 9.5)
            y = lines(c, s, cx + 70, y, 165, "Times-Roman", 9.5) - 5
    footer(c, x["footer"], "Times-Italic", 8)
    c.showPage()
    return 1


def r_first_person(c: Canvas, d: Doc) -> int:
    """Plain letter written by the applicant, no letterhead."""
    f, x = d.fields, d.x
    c.setPageSize(PORTRAIT)
    w, h = PORTRAIT
    y = h - 80
    for ln in x["return_address"]:
        txt(c, 72, y, ln, "Times-Roman", 11.5)
        y -= 14
    y -= 14
    txt(c, 72, y, long_date(f["issue_date"]), "Times-Roman", 11.5)
    y -= 30
    txt(c, 72, y, "IIMC Education Department", "Times-Roman", 11.5)
    y -= 30
    txt(c, 72, y, "Dear Education Department staff,", "Times-Roman", 11.5)
    y -= 22
    for p in x["paras"]:
        y = para(c, p, 72, y, 468, "Times-Roman", 11.5)
        y -= 10
    y -= 8
    txt(c, 72, y, "Respectfully,", "Times-Roman", 11.5)
    squiggle(c, 80, y - 36, 130, f["signatory"])
    txt(c, 72, y - 56, f["signatory"], "Times-Roman", 11.5)
    txt(c, 72, y - 70, x["role"], "Times-Roman", 11.5)
    c.showPage()
    return 1


def r_course_review_cert(c: Canvas, d: Doc) -> int:
    """State association course certificate with course review number: Courier/Times mix."""
    f, x = d.fields, d.x
    c.setPageSize(LAND)
    w, h = LAND
    frame(c, w, h, NAVY, 30, double=False)
    txt(c, 70, h - 82, f["provider"], "Times-Bold", 18, color=NAVY)
    txt(c, 70, h - 100, x["sub"], "Times-Italic", 11, color=GREY)
    txt(c, w - 70, h - 82, x["number"], "Courier", 9, "right", GREY)
    txt(c, w / 2, h - 160, "Certificate of Completion", "Times-Bold", 32, "center")
    txt(c, w / 2, h - 204, f["applicant_name"], "Courier-Bold", 22, "center")
    line1 = (f"completed {hours_txt(f['hours'])} contact hours in" if "hours" in f
             else "completed the course")
    txt(c, w / 2, h - 236, line1, "Times-Roman", 14, "center")
    txt(c, w / 2, h - 262, f["title"], "Times-BoldItalic", 18, "center")
    txt(c, w / 2, h - 288, f"{f.get('location', '')}{', ' if f.get('location') else ''}"
        f"{span(f['start_date'], f['end_date'])}", "Times-Roman", 13, "center")
    if f.get("course_review"):
        txt(c, w / 2, h - 318, x["review_line"], "Courier", 10, "center")
    sig_block(c, 100, 110, f["signatory"], x["sig_role"], "Times-Roman", 10.5, 200)
    sig_block(c, w - 300, 110, x["sig2"], x["sig2_role"], "Times-Roman", 10.5, 200)
    c.showPage()
    return 1


def r_institute_cert(c: Canvas, d: Doc) -> int:
    """Institute certificate: landscape, centered Helvetica/Times, seal bottom-center."""
    f, x = d.fields, d.x
    c.setPageSize(LAND)
    w, h = LAND
    col = x.get("color", NAVY)
    frame(c, w, h, col, 20)
    hf = x.get("font", "Helvetica")
    bf = hf + "-Bold" if hf == "Helvetica" else "Times-Bold"
    txt(c, w / 2, h - 78, f["provider"], bf, 20, "center", col)
    if x.get("partner"):
        txt(c, w / 2, h - 98, x["partner"], hf if hf != "Times" else "Times-Roman", 11,
            "center", GREY)
    txt(c, w / 2, h - 150, x.get("heading", "Certificate of Completion"),
        "Times-BoldItalic", 30, "center")
    txt(c, w / 2, h - 182, x.get("lead", "This certifies that"),
        "Times-Italic", 13, "center")
    txt(c, w / 2, h - 216, f["applicant_name"], "Times-Bold", 24, "center")
    y = h - 248
    for ln in x["body"]:
        txt(c, w / 2, y, ln, "Times-Roman", 13, "center")
        y -= 19
    txt(c, w / 2, y - 4, f["title"], bf, 17, "center", col)
    y -= 30
    for ln in x.get("after", []):
        txt(c, w / 2, y, ln, "Times-Roman", 12, "center")
        y -= 17
    seal(c, w / 2, 96, 36, GOLD)
    if f.get("signatory"):
        sig_block(c, 80, 100, f["signatory"], x["sig_role"], "Times-Roman", 10.5, 190, center=True)
    if x.get("sig2"):
        sig_block(c, w - 270, 100, x["sig2"], x["sig2_role"], "Times-Roman", 10.5, 190,
                  center=True)
    c.showPage()
    return 1


def r_memo(c: Canvas, d: Doc) -> int:
    """Courier memorandum (on-the-job project verification)."""
    f, x = d.fields, d.x
    c.setPageSize(PORTRAIT)
    w, h = PORTRAIT
    txt(c, 72, h - 72, f["provider"].upper(), "Courier-Bold", 13)
    txt(c, 72, h - 86, x["dept"], "Courier", 10)
    txt(c, 72, h - 124, "M E M O R A N D U M", "Courier-Bold", 14)
    y = h - 156
    for k, v in [("TO:", "IIMC Education Department"), ("FROM:", f"{f['signatory']}, {x['sig_role']}"),
                 ("DATE:", long_date(f["issue_date"])), ("RE:", x["re"])]:
        txt(c, 72, y, k, "Courier-Bold", 10.5)
        txt(c, 140, y, v, "Courier", 10.5)
        y -= 15
    c.line(72, y + 4, w - 72, y + 4)
    y -= 18
    for p in x["paras"]:
        y = para(c, p, 72, y, 468, "Courier", 10.5, 14)
        y -= 10
    sig_block(c, 72, y - 44, f["signatory"], x["sig_role"], "Courier", 10, 200, rule=False)
    c.showPage()
    return 1


def r_program_cert(c: Canvas, d: Doc) -> int:
    """Certification / vocational / seminar certificate: portrait, Times, left-aligned."""
    f, x = d.fields, d.x
    c.setPageSize(PORTRAIT)
    w, h = PORTRAIT
    col = x.get("color", GREEN)
    c.setFillColor(col)
    c.rect(40, 40, 14, h - 80, stroke=0, fill=1)
    c.setFillColor(INK)
    L = 84
    txt(c, L, h - 86, f["provider"], "Times-Bold", 20, color=col)
    yy = h - 104
    for s in x.get("sub", []):
        txt(c, L, yy, s, "Times-Roman", 10, color=GREY)
        yy -= 12
    txt(c, L, h - 170, x["heading"], "Times-Bold", 26)
    txt(c, L, h - 206, x.get("lead", "awarded to"), "Times-Italic", 13, color=GREY)
    txt(c, L, h - 238, f["applicant_name"], "Times-Bold", 22)
    y = para(c, x["sentence"], L, h - 258, w - L - 70, "Times-Roman", 12.5, 17.5)
    y -= 14
    for k, v in x.get("facts", []):
        txt(c, L, y, k, "Times-Bold", 11)
        txt(c, L + 130, y, v, "Times-Roman", 11)
        y -= 16
    sig_block(c, L, 130, f["signatory"], x["sig_role"], "Times-Roman", 10.5, 190)
    if x.get("sig2"):
        sig_block(c, L + 240, 130, x["sig2"], x["sig2_role"], "Times-Roman", 10.5, 190)
    if x.get("footer"):
        footer(c, x["footer"], "Times-Roman", 8)
    c.showPage()
    return 1


# =========================================================================== packets

IIMC = "International Institute of Municipal Clerks"
IIMC_SUB = ["8331 Utica Avenue, Suite 200  |  Rancho Cucamonga, California 91730",
            "Phone 909.944.4162  |  www.iimc.com"]


def iimc_conference(name: str, no: int, start: str, end: str, loc: str, hours: float | None = None,
                    hours_words: bool = False) -> Doc:
    f: dict[str, Any] = {"applicant_name": name, "provider": IIMC, "title": f"{ordinal(no)} Annual Conference",
                         "location": loc, "start_date": start, "end_date": end, "signatory": signer()}
    x: dict[str, Any] = {"tag": "Professionalism  \u00b7  Education  \u00b7  Service",
                         "heading": "Certificate of Attendance",
                         "body": ["in recognition of full attendance at the"],
                         "sig_role": "IIMC President", "sig2": signer(), "sig2_role": "Executive Director"}
    if hours is not None:
        f["hours"] = hours
        x["hours_line"] = f"Education sessions attended: {hours_txt(hours)} hours"
    return Doc("certificate", {**f, "activity": "annual_conference"}, r_iimc_certificate, x)


def hr_paras(kind: str, name: str, short: str, pron: str, org: str, pos: str, start: str,
             ftype: str | None, admin: str | None, end: str | None = None,
             fmt: Callable[[str], str] = long_date) -> list[str]:
    """Employment prose in several hands."""
    Pr = pron.capitalize()
    typ = {"full_time": "full-time", "part_time": "part-time", None: ""}[ftype]
    if kind == "confirm":
        p1 = (f"Please accept this letter as confirmation that {name} has worked for the {org} "
              f"since {long_date(start)}. {Pr} currently serves as {pos}, a {typ} position"
              + (f" with {admin}." if admin else "."))
        p2 = (f"In this role {short} is responsible for the official records of the governing body, "
              "agendas and minutes, elections administration and licensing, and directs the work "
              "of the clerk's office staff.")
        return [p1, p2, "Should you need further information, please contact the Human Resources "
                        "Department at the number below."]
    if kind == "employed":
        p1 = (f"This is to verify that {name} has been employed by the {org} as {pos} "
              f"since {long_date(start)}.")
        p2 = (f"{Pr} prepares council agendas, records and transcribes minutes, maintains the "
              "municipal code and responds to public records requests. Our records show no break "
              "in service.")
        return [p1, p2]
    if kind == "dated":
        p1 = (f"I am writing to verify the employment of {name} with the {org}. {short} was "
              f"employed as {pos} from {fmt(start)} to {fmt(end or start)}"
              + (f", in a {typ} position" if typ else "") + (f" with {admin}." if admin else "."))
        p2 = (f"{Pr} coordinated budget preparation for the department, supervised support staff "
              "and served as liaison to advisory boards and commissions.")
        return [p1, p2, f"{Pr} left in good standing and would be eligible for rehire."]
    if kind == "present":
        p1 = (f"The {org} confirms that {name} commenced employment on {dmy(start)} and is "
              f"presently employed as {pos}" + (f" on a {typ} basis" if typ else "") + ".")
        p2 = (f"The role carries {admin}, including the conduct of council meetings, the "
              "statutory registers and the management of the records unit." if admin else "")
        return [p for p in [p1, p2, "This letter is provided at the employee's request."] if p]
    raise ValueError(kind)


# ---------------------------------------------------------------- packet 1: CMC region 2


def p1() -> Packet:
    name = "Dana M. Hollis"
    recv = "2025-10-06"
    man = {"applicant": {"name": name, "former_names": [], "member_id": "207418", "region": 2,
                         "membership": "full"}, "program": "CMC", "received_date": recv}
    ce = Doc("certificate", {"activity": "course", "applicant_name": name,
                             "provider": "Marlow State University",
                             "title": "Records Management Fundamentals", "hours": 12,
                             "start_date": "2024-04-18", "end_date": "2024-04-18",
                             "signatory": signer()},
             r_university_ce, {"university": "Marlow State University",
                               "school": "School of Continuing and Professional Studies",
                               "sig_role": "Dean", "sig2": signer(),
                               "sig2_role": "Director, Professional Programs",
                               "number": cert_no("CE"), "ceu": True})
    sessions = [("2024-07-15", "Parliamentary Procedure for Clerks", 3.5),
                ("2024-07-16", "Ethics in Local Government", 3.0),
                ("2024-07-16", "Open Public Meetings Act Update", 1.5),
                ("2024-07-17", "Records Retention and Disposition", 4.0),
                ("2024-07-18", "Budget Basics for the Municipal Clerk", 3.5),
                ("2024-07-19", "Conflict Resolution at the Counter", 3.0),
                ("2024-07-19", "Capstone Assessment and Review", 2.5)]
    inst = Doc("letter", {"activity": "institute", "applicant_name": name,
                          "provider": "Keystone Municipal Clerks Institute",
                          "title": "Municipal Clerks Institute \u2013 Year II",
                          "hours": sum(s[2] for s in sessions), "location": "State College, Pennsylvania",
                          "assessment": True, "start_date": "2024-07-15",
                          "end_date": "2024-07-19", "issue_date": "2024-08-02",
                          "signatory": signer()},
               r_institute_letter, {"sub": ["Administered with the Center for Local Government Studies",
                                            "114 College Row, State College, PA 16801  \u00b7  (814) 555-0142"],
                                    "venue": "the Nittany Lion Conference Center in State College, Pennsylvania",
                                    "sessions": sessions, "sig_role": "Institute Director",
                                    "footer": "An IIMC-approved Municipal Clerks Institute"})
    hr_sig = signer()
    hr = Doc("employment_letter", {"activity": "employment", "applicant_name": name,
                                   "provider": "Town of Greenwood Lake", "position": "Town Clerk",
                                   "start_date": "2017-03-13", "end_date": recv,
                                   "employment_type": "full_time", "administrative": True,
                                   "sector": "local", "signatory": hr_sig,
                                   "issue_date": "2025-09-22"},
             r_hr_letter, {"style": 0, "sub": ["Office of Human Resources",
                                               "18 Church Street  \u00b7  Greenwood Lake, New York 10925"],
                           "paras": hr_paras("confirm", name, "Ms. Hollis", "she", "Town of Greenwood Lake",
                                             "Town Clerk", "2017-03-13", "full_time",
                                             "administrative and supervisory duties"),
                           "sig_role": "Director of Human Resources",
                           "footer": "Town of Greenwood Lake  |  18 Church Street  |  (845) 555-0190"})
    conf = iimc_conference(name, 77, "2023-05-20", "2023-05-24", "Columbus, Ohio")
    cm = Doc("letter", {"activity": "committee_member", "applicant_name": name, "provider": IIMC,
                        "title": "Policy Review Committee", "start_date": "2021-01-01",
                        "end_date": "2023-12-31", "issue_date": "2024-01-16",
                        "signatory": signer()},
             r_assoc_letter, {"sub": IIMC_SUB, "initials": "IIMC", "address": [name, "Town Clerk", "Town of Greenwood Lake",
                                                           "18 Church Street", "Greenwood Lake, NY 10925"],
                              "salutation": "Dear Ms. Hollis:",
                              "paras": ["Thank you for your service on the Policy Review Committee "
                                        "from 2021 through 2023. Your careful reading of proposed "
                                        "policy changes, and your willingness to take on drafting "
                                        "assignments between meetings, made a real difference to the "
                                        "work of the Institute.",
                                        "Committees are the engine of IIMC. On behalf of the Board of "
                                        "Directors, please accept our sincere appreciation."],
                              "sig_role": "IIMC President", "footer": "IIMC  \u00b7  Since 1947"})
    sc = Doc("certificate", {"activity": "conference", "applicant_name": name,
                             "provider": "New York State Town Clerks Association",
                             "title": "2024 Annual Conference", "days": 3, "location": "Saratoga Springs, New York",
                             "start_date": "2024-09-17", "end_date": "2024-09-19",
                             "signatory": signer()},
             r_state_conference, {"year": "2024", "side": ["Annual", "Conference", "Saratoga", "Springs"],
                                  "sentence": "attended all three (3) days of the 2024 Annual Conference "
                                              "of the New York State Town Clerks Association, held in "
                                              "Saratoga Springs, New York, September 17\u201319, 2024.",
                                  "sig_role": "President", "sig2": signer(), "sig2_role": "Conference Chair"})
    files = [PFile("01_continuing_ed.pdf", [ce]), PFile("02_institute_letter.pdf", [inst]),
             PFile("03_hr_letter.pdf", [hr]), PFile("04_iimc_conference.pdf", [conf]),
             PFile("05_committee_letter.pdf", [cm]), PFile("06_state_conference.pdf", [sc])]
    return Packet("cmc-r2-h-town-clerk",
                  "Hold-out CMC Region 2: university CE certificate (hours in words, course, experience), "
                  "institute verification letter with a session table and total, HR letter in prose "
                  "(full-time Town Clerk to present), IIMC Annual Conference (education, R9), committee "
                  "appreciation letter for 2021 through 2023 (3 years), state conference stated in days.",
                  man, files)


# ---------------------------------------------------------------- packet 2: CMC region 5


def p2() -> Packet:
    name = "Marisol T. Beaumont"
    recv = "2026-02-09"
    man = {"applicant": {"name": name, "former_names": [], "member_id": "199305", "region": 5,
                         "membership": "full"}, "program": "CMC", "received_date": recv}
    terms = [("FALL 2012", [("PADM 601", "Foundations of Public Administration", 3.0, "A"),
                            ("PADM 610", "Public Budgeting and Finance", 3.0, "A-"),
                            ("PADM 615", "Research Methods for Public Service", 3.0, "B+")]),
             ("SPRING 2013", [("PADM 620", "Local Government Management", 3.0, "A"),
                              ("PADM 625", "Human Resource Administration", 3.0, "A"),
                              ("PADM 630", "Administrative Law", 3.0, "B+")]),
             ("FALL 2013", [("PADM 640", "Intergovernmental Relations", 3.0, "A"),
                            ("PADM 645", "Ethics and Accountability", 3.0, "A"),
                            ("PADM 650", "Information Management in Government", 3.0, "A-")]),
             ("SPRING 2014", [("PADM 660", "Urban Policy Analysis", 3.0, "B+"),
                              ("PADM 670", "Organizational Leadership", 3.0, "A"),
                              ("PADM 690", "Capstone in Public Administration", 6.0, "A")])]
    tr = Doc("transcript", {"activity": "degree", "applicant_name": "BEAUMONT, MARISOL T",
                            "provider": "Northern Prairie University", "credit_units": 39.0,
                            "degree": "Master of Public Administration", "degree_date": "2014-12-19",
                            "issue_date": "2025-11-03", "signatory": signer()},
             r_transcript, {"terms": terms, "sid": "N00418862", "program": "MPA (Graduate)",
                            "gpa": "3.82", "honors": ""})
    inst = Doc("certificate", {"activity": "institute", "applicant_name": name,
                               "provider": "Great Lakes Municipal Clerks Institute",
                               "title": "Municipal Clerks Institute, Years I\u2013III", "hours": 64, "assessment": True,
                               "start_date": "2021-06-14", "end_date": "2023-06-16",
                               "signatory": signer()},
               r_institute_cert, {"partner": "in partnership with Lakeshore State University",
                                  "body": ["has completed sixty-four (64) contact hours of instruction",
                                           "and the required assessments of the"],
                                  "after": ["June 14, 2021 through June 16, 2023"],
                                  "sig_role": "Institute Director", "sig2": signer(),
                                  "sig2_role": "Dean, College of Public Affairs"})
    ath = Doc("certificate", {"activity": "athenian_dialogue", "applicant_name": name,
                              "provider": IIMC, "title": "Athenian Dialogue: Team of Rivals",
                              "assessment": True, "start_date": "2024-03-12",
                              "end_date": "2024-03-12", "signatory": signer()},
              r_athenian, {"sentence": "for thoughtful participation in the Athenian Leadership "
                                       "Dialogue on Doris Kearns Goodwin's book",
                           "assess": "and for completing the Dialogue's learning assessment",
                           "when": "March 12, 2024", "sig_role": "Dialogue Facilitator",
                           "sig2": signer(), "sig2_role": "Chair, Athenian Leadership Society"})
    conf = iimc_conference(name, 73, "2019-05-18", "2019-05-22", "Pittsburgh, Pennsylvania",
                           hours=22.5)
    hr_sig = signer()
    hr = Doc("employment_letter", {"activity": "employment", "applicant_name": name,
                                   "provider": "City of Oak Hollow", "position": "Deputy City Clerk",
                                   "start_date": "2018-01-08", "end_date": recv,
                                   "employment_type": "part_time", "administrative": True,
                                   "sector": "local", "signatory": hr_sig, "issue_date": "2026-01-20"},
             r_hr_letter, {"style": 1, "sub": ["Human Resources Division", "200 Civic Plaza, Oak Hollow, Michigan 48302",
                                               "hr@oakhollow.example.gov"],
                           "paras": hr_paras("confirm", name, "Ms. Beaumont", "she", "City of Oak Hollow",
                                             "Deputy City Clerk", "2018-01-08", "part_time",
                                             "administrative responsibility for the council records program"),
                           "sig_role": "Human Resources Manager",
                           "footer": "City of Oak Hollow is an Equal Opportunity Employer"})
    fp = Doc("letter", {"activity": "conference", "applicant_name": name, "first_person": True,
                        "provider": "Michigan Association of Municipal Clerks",
                        "title": "2025 Annual Conference", "location": "Traverse City, Michigan",
                        "start_date": "2025-06-10", "end_date": "2025-06-12", "hours": 13,
                        "issue_date": "2025-12-01", "signatory": name},
             r_first_person, {"return_address": [name, "441 Birchwood Lane", "Oak Hollow, MI 48302"],
                              "role": "Deputy City Clerk, City of Oak Hollow",
                              "paras": ["I am writing to document my attendance at the 2025 Annual "
                                        "Conference of the Michigan Association of Municipal Clerks in "
                                        "Traverse City, Michigan, June 10\u201312, 2025. The association did not "
                                        "issue certificates this year, so I am providing this letter "
                                        "together with the conference program.",
                                        "I attended every general and breakout session, a total of 13 "
                                        "contact hours, including sessions on election security, "
                                        "FOIA compliance and minute writing. I would be grateful if these "
                                        "hours could be counted toward my CMC."]})
    ag = Doc("agenda", {"provider": "Michigan Association of Municipal Clerks",
                        "title": "2025 Annual Conference", "start_date": "2025-06-10",
                        "end_date": "2025-06-12", "location": "Traverse City, Michigan"},
             r_agenda, {"days": [("Tuesday, June 10", [("8:30 am", "Registration and continental breakfast"),
                                                        ("9:30 am", "Opening general session: The Clerk as Connector"),
                                                        ("1:00 pm", "Election Security in a Changing Landscape"),
                                                        ("3:15 pm", "Breakouts: Minutes that Matter / Cemetery Records")]),
                                 ("Wednesday, June 11", [("8:30 am", "FOIA Compliance Roundtable"),
                                                         ("10:45 am", "Budget Hearings and the Clerk"),
                                                         ("1:30 pm", "Vendor Showcase"),
                                                         ("3:00 pm", "Annual business meeting")])],
                        "footer": "Thursday, June 12: closing breakfast and keynote, 8:00 - 11:30 am"})
    files = [PFile("a_transcript.pdf", [tr]), PFile("b_certificates.pdf", [inst, ath]),
             PFile("c_annual_conference.pdf", [conf]), PFile("d_employment.pdf", [hr]),
             PFile("e_conference_letter.pdf", [fp, ag])]
    return Packet("cmc-r5-h-degree-spill",
                  "Hold-out CMC Region 5: MPA transcript (20) + three-year institute certificate (64 h) + "
                  "Athenian Dialogue + IIMC Annual Conference with printed hours (R3: 8) pass 60: the excess "
                  "spills to experience (R10); part-time Deputy City Clerk; a first-person conference letter "
                  "(FIRST_PERSON) followed by the conference program (agenda).",
                  man, files)


# ---------------------------------------------------------------- packet 3: CMC region 7


def p3() -> Packet:
    name = "Kristen A. Ohlsson"
    former = "Kristen A. Draper"
    recv = "2025-06-23"
    man = {"applicant": {"name": name, "former_names": [former], "member_id": "188270", "region": 7,
                         "membership": "full"}, "program": "CMC", "received_date": recv}
    prov = "Oregon Association of Municipal Recorders"

    def course(nm: str, title: str, hours: float, s: str, e: str, review: str, sig: str, sig2: str) -> Doc:
        return Doc("certificate", {"activity": "state_course", "applicant_name": nm, "provider": prov,
                                   "title": title, "hours": hours, "course_review": True,
                                   "location": "Salem, Oregon", "start_date": s, "end_date": e,
                                   "signatory": sig},
                   r_course_review_cert, {"sub": "Professional Development Program", "number": cert_no("OAMR"),
                                          "review_line": f"IIMC Course Review approved \u2014 Course Review No. {review}",
                                          "sig_role": "OAMR President", "sig2": sig2,
                                          "sig2_role": "Education Chair"})
    s1, s2 = signer(), signer()
    good = course(name, "Public Records Law Update", 6.5, "2023-10-05", "2023-10-05", "2023-088", s1, s2)
    other = course("Karen L. Ostrowski", "Budget Essentials for Recorders", 12, "2024-03-07",
                   "2024-03-08", "2024-017", s1, s2)
    nohours = Doc("certificate", {"activity": "institute", "applicant_name": name,
                                  "provider": "Northwest Clerks Institute",
                                  "title": "Professional Development Academy \u2013 Year 1",
                                  "start_date": "2024-03-18", "end_date": "2024-03-22", "assessment": True,
                                  "signatory": signer()},
                  r_institute_cert, {"font": "Times", "color": GREEN,
                                     "partner": "in cooperation with the University of Washington Tacoma",
                                     "body": ["has satisfactorily completed the curriculum and assessments of"],
                                     "after": ["March 18\u201322, 2024"],
                                     "sig_role": "Program Director"})
    old = Doc("certificate", {"activity": "institute", "applicant_name": former,
                              "provider": "Northwest Clerks Institute",
                              "title": "Municipal Clerks Institute \u2013 First Year",
                              "hours": 18, "location": "Tacoma, Washington",
                              "start_date": "2016-03-14", "end_date": "2016-03-18",
                              "signatory": signer()},
              r_institute_cert, {"color": MAROON, "heading": "Certificate of Achievement",
                                 "lead": "Be it known that",
                                 "body": ["having completed eighteen (18) hours of instruction,",
                                          "is hereby recognized for completion of the"],
                                 "after": ["Tacoma, Washington  \u2014  March 14\u201318, 2016"],
                                 "sig_role": "Director", "sig2": signer(), "sig2_role": "Registrar"})
    hr = Doc("employment_letter", {"activity": "employment", "applicant_name": name,
                                   "provider": "City of Silverton", "position": "City Recorder",
                                   "start_date": "2015-05-04", "end_date": recv, "sector": "local",
                                   "signatory": signer(), "issue_date": "2025-05-30"},
             r_hr_letter, {"style": 2, "sub": ["306 South Water Street", "Silverton, Oregon 97381"],
                           "salutation": "To the IIMC Education Department:",
                           "paras": hr_paras("employed", name, "Ms. Ohlsson", "she", "City of Silverton",
                                             "City Recorder", "2015-05-04", None, None),
                           "sig_role": "City Manager", "closing": "Regards,",
                           "footer": "www.silverton.example.gov  \u00b7  503-555-0117"})
    files = [PFile("1_state_course.pdf", [good]), PFile("2_institute_2024.pdf", [nohours]),
             PFile("3_budget_course.pdf", [other]), PFile("4_state_course_copy.pdf", [], copy_of="1_state_course.pdf"),
             PFile("5_employment.pdf", [hr]), PFile("6_institute_2016.pdf", [old])]
    return Packet("cmc-r7-h-checks",
                  "Hold-out CMC Region 7: state course with IIMC course review (6.5 h), an institute "
                  "certificate without hours (MISSING_HOURS), a certificate made out to another person "
                  "(NAME_MISMATCH), a byte copy of the first certificate (DUPLICATE), an HR letter without "
                  "type (counts as full-time, capped at 40) and an institute certificate under the former "
                  "name (R14: no flag).",
                  man, files)


# ---------------------------------------------------------------- packet 4: CMC region 9


def p4() -> Packet:
    name = "Terrence J. Whitlock"
    recv = "2025-12-15"
    man = {"applicant": {"name": name, "former_names": [], "member_id": "150662", "region": 9,
                         "membership": "full"}, "program": "CMC", "received_date": recv}
    acad = Doc("certificate", {"activity": "conference_academy", "applicant_name": name, "provider": IIMC,
                               "title": "Conference Academy: Strategic Planning for the Clerk's Office",
                               "location": "Pittsburgh, Pennsylvania", "start_date": "2019-05-18",
                               "end_date": "2019-05-18", "signatory": signer()},
               r_iimc_certificate, {"tag": "73rd Annual Conference  \u00b7  Pittsburgh 2019",
                                    "heading": "Academy Certificate",
                                    "body": ["for completing the pre-conference session"],
                                    "sig_role": "Director of Education", "two_sigs": False})
    ac07 = iimc_conference(name, 61, "2007-05-19", "2007-05-23", "Kansas City, Missouri")
    ath = Doc("certificate", {"activity": "athenian_dialogue", "applicant_name": name, "provider": IIMC,
                              "title": "Athenian Dialogue: The Prince", "assessment": True,
                              "start_date": "2012-10-05", "end_date": "2012-10-05", "location": "Sacramento, California",
                              "signatory": signer()},
              r_athenian, {"sentence": "who read and discussed Niccol\u00f2 Machiavelli's",
                           "assess": "The participant completed the written assessment required by the "
                                     "Athenian Leadership Society.",
                           "when": "October 5, 2012, Sacramento, California",
                           "sig_role": "Athenian Leadership Society"})
    onl = Doc("certificate", {"activity": "iimc_online", "applicant_name": name, "provider": IIMC,
                              "title": "Navigating Difficult Conversations at the Counter",
                              "hours": 5, "delivery": "online", "assessment": True,
                              "start_date": "2025-02-03", "end_date": "2025-03-14"},
              r_online_cert, {"tagline": "IIMC Online Learning  \u00b7  iimc.com/education", "color": NAVY,
                              "verb": "has completed the IIMC online course",
                              "facts": [("Format", "Online, self-paced"), ("Contact hours", "5"),
                                        ("Enrolled", long_date("2025-02-03")),
                                        ("Completed", long_date("2025-03-14")),
                                        ("Learning assessment", "Completed \u2014 passed (92%)")],
                              "verify": "IIMC-OL-" + str(RNG.randint(100000, 999999))})
    emp1 = Doc("employment_letter", {"activity": "employment", "applicant_name": name,
                                     "provider": "County of Alder", "position": "Assistant to the County Administrator",
                                     "start_date": "2014-02-03", "end_date": "2021-06-30",
                                     "employment_type": "full_time", "administrative": True,
                                     "sector": "local", "signatory": signer(), "issue_date": "2025-10-28"},
               r_hr_letter, {"style": 1, "sub": ["Office of the County Administrator",
                                                 "1500 Courthouse Square, Alder, California 95501"],
                             "salutation": "Dear IIMC Education Department:",
                             "paras": hr_paras("dated", name, "Mr. Whitlock", "he", "County of Alder",
                                               "Assistant to the County Administrator", "2014-02-03",
                                               "full_time", "administrative responsibilities",
                                               "2021-06-30"),
                             "sig_role": "Personnel Director, County of Alder",
                             "footer": "County of Alder \u00b7 Personnel Department \u00b7 Page 1 of 1"})
    emp2 = Doc("employment_letter", {"activity": "employment", "applicant_name": name,
                                     "provider": "City of Eureka Springs", "position": "Deputy City Clerk",
                                     "start_date": "2021-07-06", "end_date": recv,
                                     "employment_type": "full_time", "sector": "local",
                                     "signatory": signer(), "issue_date": "2025-11-10"},
               r_hr_letter, {"style": 0, "sub": ["Office of the City Clerk",
                                                 "531 K Street  \u00b7  Eureka Springs, California 95501"],
                             "paras": [f"This letter confirms that {name} has been employed full-time by "
                                       f"the City of Eureka Springs as Deputy City Clerk since "
                                       f"{long_date('2021-07-06')}, and remains in that position today.",
                                       "Mr. Whitlock manages the agenda process for the City Council, "
                                       "supports municipal elections and maintains the City's vital "
                                       "records and contracts."],
                             "sig_role": "City Clerk", "closing": "Respectfully,",
                             "footer": "City of Eureka Springs \u00b7 Incorporated 1856"})
    files = [PFile("academy_2019.pdf", [acad]), PFile("annual_2007.pdf", [ac07]),
             PFile("athenian_2012.pdf", [ath]), PFile("employment_county.pdf", [emp1]),
             PFile("employment_city.pdf", [emp2]), PFile("iimc_online.pdf", [onl])]
    return Packet("cmc-r9-h-iimc-programs",
                  "Hold-out CMC Region 9: IIMC Conference Academy (2), Annual Conference 2007 (4, before "
                  "2009), Athenian Dialogue 2012 without signature (2, before 2013-11-23), IIMC online "
                  "course (null), a completed non-clerk county position (local_admin) and a full-time "
                  "Deputy City Clerk position to present.",
                  man, files)


# ---------------------------------------------------------------- packet 5: CMC region 11


def p5() -> Packet:
    name = "Siobhan R. Kealy"
    recv = "2025-09-01"
    man = {"applicant": {"name": name, "former_names": [], "member_id": "221904", "region": 11,
                         "membership": "full"}, "program": "CMC", "received_date": recv}
    rows = [("2019", "S1", "GOV101", "Introduction to Local Government", 3, "Distinction"),
            ("2019", "S1", "LAW110", "Administrative Law Principles", 3, "Credit"),
            ("2019", "S2", "GOV145", "Public Sector Governance", 3, "High Distinction"),
            ("2020", "S1", "REC120", "Records and Information Management", 3, "Distinction"),
            ("2020", "S2", "FIN130", "Public Sector Finance", 3, "Pass"),
            ("2020", "S2", "COM150", "Professional Communication", 3, "Credit")]
    tr = Doc("transcript", {"activity": "college_credits", "applicant_name": name,
                            "provider": "Southern Cross University", "credit_units": 18,
                            "issue_date": "2021-02-15", "signatory": signer()},
             r_credit_statement, {"rows": rows, "sid": "22871904", "program": "Graduate Certificate in "
                                                                             "Local Government (incomplete)",
                                  "verify": "SCU-7Q4-KX2",
                                  "note": "The student has not completed the requirements for an award. "
                                          "Results shown are final. Credit units are expressed in "
                                          "semester credit points."})
    crs = Doc("certificate", {"activity": "course", "applicant_name": name,
                              "provider": "Governance Institute of Australia",
                              "title": "Effective Minute Taking and Meeting Procedure", "hours": 12,
                              "location": "Brisbane, Queensland", "start_date": "2022-08-10",
                              "end_date": "2022-08-11", "signatory": signer()},
               r_program_cert, {"color": NAVY, "heading": "Certificate of Attendance",
                                "sub": ["Level 10, 5 Hunter Street, Sydney NSW 2000"],
                                "sentence": "attended the two-day professional development course "
                                            "listed below and completed 12 hours of structured learning.",
                                "facts": [("Course", "Effective Minute Taking and Meeting Procedure"),
                                          ("Venue", "Brisbane, Queensland"),
                                          ("Dates", "10\u201311 August 2022"), ("CPD hours", "12")],
                                "sig_role": "Head of Learning"})
    voc = Doc("certificate", {"activity": "vocational", "applicant_name": name,
                              "provider": "Harbourside Business College",
                              "title": "Advanced Spreadsheets and Data Management", "hours": 30,
                              "start_date": "2019-03-04", "end_date": "2019-04-26",
                              "issue_date": "2019-05-03", "signatory": signer()},
               r_program_cert, {"color": MAROON, "heading": "Statement of Completion",
                                "sub": ["Registered Training Organisation No. 40217",
                                        "Business and Office Skills Faculty"],
                                "lead": "This is to state that",
                                "sentence": "has completed the vocational short course Advanced "
                                            "Spreadsheets and Data Management (30 nominal hours), "
                                            "delivered in evening classes from 4 March 2019 to 26 April 2019.",
                                "facts": [("Result", "Competent"), ("Date issued", dmy("2019-05-03"))],
                                "sig_role": "Principal",
                                "footer": "Harbourside Business College Pty Ltd \u00b7 ABN 55 102 918 334"})
    inst = Doc("certificate", {"activity": "institute", "applicant_name": name,
                               "provider": "Pacific Rim Municipal Clerks Institute",
                               "title": "Clerks Institute \u2013 Session One", "hours": 26, "assessment": True,
                               "location": "Auckland, New Zealand",
                               "start_date": "2023-11-06", "end_date": "2023-11-10",
                               "signatory": signer()},
               r_institute_cert, {"partner": "An IIMC-approved Institute for Regions 10 and 11",
                                  "body": ["attended twenty-six (26) hours of instruction and passed the",
                                           "session assessment in"],
                                  "after": ["Auckland, New Zealand  \u00b7  6\u201310 November 2023"],
                                  "sig_role": "Institute Director", "sig2": signer(),
                                  "sig2_role": "IIMC Region XI Director"})
    emp1 = Doc("employment_letter", {"activity": "employment", "applicant_name": name,
                                     "provider": "Department of Government Services, State Government of Victoria",
                                     "position": "Senior Administrative Officer",
                                     "start_date": "2010-02-01", "end_date": "2016-01-29",
                                     "employment_type": "full_time", "administrative": True,
                                     "sector": "state_federal", "signatory": signer(),
                                     "issue_date": "2024-11-12"},
               r_hr_letter, {"style": 2, "sub": ["People and Culture Branch",
                                                 "1 Treasury Place, Melbourne VIC 3002"],
                             "salutation": "To whom it may concern,", "closing": "Yours faithfully,",
                             "paras": hr_paras("dated", name, "Ms Kealy", "she",
                                               "Department of Government Services, State Government of Victoria",
                                               "Senior Administrative Officer", "2010-02-01", "full_time",
                                               "administrative responsibilities", "2016-01-29", dmy),
                             "sig_role": "Manager, Employee Services",
                             "footer": "OFFICIAL \u00b7 Department of Government Services"})
    emp2 = Doc("employment_letter", {"activity": "employment", "applicant_name": name,
                                     "provider": "Municipality of Kinsale Bay", "position": "Municipal Clerk",
                                     "start_date": "2016-02-15", "end_date": recv,
                                     "employment_type": "full_time", "administrative": True,
                                     "sector": "local", "signatory": signer(), "issue_date": "2025-08-04"},
               r_hr_letter, {"style": 1, "sub": ["Civic Centre, 12 Esplanade, Kinsale Bay",
                                                 "Telephone +61 3 5555 0148"],
                             "salutation": "To whom it may concern,", "closing": "Kind regards,",
                             "paras": hr_paras("present", name, "Ms Kealy", "she", "Municipality of Kinsale Bay",
                                               "Municipal Clerk", "2016-02-15", "full_time",
                                               "administrative responsibility"),
                             "sig_role": "Chief Executive Officer",
                             "footer": "Municipality of Kinsale Bay \u00b7 Council Offices"})
    files = [PFile("academic_record.pdf", [tr]), PFile("course_minutes.pdf", [crs]),
             PFile("employment_1_state.pdf", [emp1]), PFile("employment_2_municipal.pdf", [emp2]),
             PFile("institute.pdf", [inst]), PFile("vocational.pdf", [voc])]
    return Packet("cmc-r11-h-international",
                  "Hold-out CMC Region 11: statement of academic record without a degree (r10_college_credits), "
                  "an outside course (r10_course), a vocational course (r10_vocational), an institute, a "
                  "completed state-government administrative position (state_admin) and a Municipal Clerk "
                  "position to present. Day-month-year dates.",
                  man, files)


# ---------------------------------------------------------------- packet 6: MMC region 3


def p6() -> Packet:
    name = "Priya N. Ramaswamy"
    recv = "2025-11-17"
    prior = "2019-06-10"
    man = {"applicant": {"name": name, "former_names": [], "member_id": "163551", "region": 3,
                         "membership": "full"}, "program": "MMC", "prior_designation_date": prior,
           "received_date": recv}
    terms = [("FALL 2010", [("POLS 501", "Scope and Methods of Political Science", 3.0, "A"),
                            ("POLS 520", "American Political Institutions", 3.0, "A-"),
                            ("POLS 531", "State and Local Politics", 3.0, "A")]),
             ("SPRING 2011", [("POLS 540", "Public Policy Process", 3.0, "B+"),
                              ("POLS 552", "Comparative Local Government", 3.0, "A"),
                              ("POLS 560", "Quantitative Analysis", 3.0, "A-")]),
             ("FALL 2011", [("POLS 575", "Urban Politics", 3.0, "A"),
                            ("POLS 580", "Law and the Administrative State", 3.0, "A"),
                            ("POLS 590", "Seminar in Public Opinion", 3.0, "B+")]),
             ("SPRING 2012", [("POLS 601", "Intergovernmental Relations", 3.0, "A"),
                              ("POLS 699", "Master's Thesis", 6.0, "P")])]
    tr = Doc("transcript", {"activity": "degree", "applicant_name": "RAMASWAMY, PRIYA N",
                            "provider": "Eastbrook University", "credit_units": 33.0,
                            "degree": "Master of Arts in Political Science", "degree_date": "2012-05-20",
                            "issue_date": "2025-09-30", "signatory": signer()},
             r_transcript, {"terms": terms, "split": 2, "sid": "E-2210945", "program": "MA Political Science",
                            "gpa": "3.77", "honors": "THESIS: Special Districts in Virginia"})
    acad = []
    for title, hrs, s, e, wd in [("Advanced Academy \u2013 Year 1", 24, "2021-10-04", "2021-10-07", "twenty-four"),
                                 ("Advanced Academy \u2013 Year 2", 30, "2022-10-03", "2022-10-07", "thirty")]:
        acad.append(Doc("certificate", {"activity": "institute", "applicant_name": name,
                                        "provider": "Virginia Municipal Clerks Association Academy",
                                        "title": title, "hours": hrs, "start_date": s, "end_date": e,
                                        "location": "Charlottesville, Virginia", "signatory": signer()},
                        r_institute_cert, {"color": NAVY, "font": "Times",
                                           "partner": "with the Weldon Cooper Center for Public Service",
                                           "body": [f"completed {wd} ({hrs}) hours of advanced education in the"],
                                           "after": [f"Charlottesville, Virginia \u00b7 {span(s, e)}"],
                                           "sig_role": "Academy Director"}))
    sc = Doc("certificate", {"activity": "state_course", "applicant_name": name,
                             "provider": "Virginia Municipal Clerks Association",
                             "title": "Advanced Parliamentary Procedure Workshop", "hours": 16,
                             "course_review": True, "location": "Richmond, Virginia",
                             "start_date": "2023-04-12", "end_date": "2023-04-13", "signatory": signer()},
             r_course_review_cert, {"sub": "Education Committee", "number": cert_no("VMCA"),
                                    "review_line": "Course Review No. 2023-041 (IIMC)",
                                    "sig_role": "VMCA President", "sig2": signer(),
                                    "sig2_role": "Education Committee Chair"})
    teach = Doc("letter", {"activity": "teaching_institute", "applicant_name": name,
                           "provider": "Virginia Municipal Clerks Association Academy",
                           "title": "Advanced Parliamentary Procedure", "hours": 6,
                           "start_date": "2024-07-16", "end_date": "2024-07-16",
                           "issue_date": "2024-08-05", "signatory": signer()},
                r_assoc_letter, {"head": "center", "color": NAVY, "font": "Times-Roman",
                                 "sub": ["Weldon Cooper Center for Public Service  \u00b7  Charlottesville, Virginia"],
                                 "address": [name, "Clerk of Council", "Town of Abingdon, Virginia"],
                                 "salutation": "Dear Ms. Ramaswamy:", "closing": "Gratefully,",
                                 "re": "Re: Faculty service, Summer Academy 2024",
                                 "paras": ["On behalf of the Academy, thank you for serving as an instructor "
                                           f"on {long_date('2024-07-16')}. You taught the six-hour (6) session "
                                           "Advanced Parliamentary Procedure to a full room of "
                                           "second-year participants.",
                                           "Participant evaluations rated the session 4.8 out of 5, and "
                                           "several asked that it be offered again next year."],
                                 "sig_role": "Academy Director",
                                 "footer": "An IIMC-approved Municipal Clerks Academy"})
    old = Doc("certificate", {"activity": "conference", "applicant_name": name,
                              "provider": "Virginia Municipal Clerks Association",
                              "title": "2018 Spring Conference", "hours": 12,
                              "location": "Virginia Beach, Virginia",
                              "start_date": "2018-04-11", "end_date": "2018-04-13", "signatory": signer()},
              r_state_conference, {"year": "2018", "side": ["Spring", "Conference"], "color": NAVY,
                                   "sentence": "participated in the 2018 Spring Conference of the Virginia "
                                               "Municipal Clerks Association and earned twelve (12) "
                                               "verified contact hours.",
                                   "facts": [("Location", "Virginia Beach, Virginia"),
                                             ("Dates", span("2018-04-11", "2018-04-13")),
                                             ("Contact hours", "12")],
                                   "sig_role": "VMCA President"})
    chair = Doc("letter", {"activity": "committee_chair", "applicant_name": name,
                           "provider": "Virginia Municipal Clerks Association",
                           "title": "Legislative Committee", "start_date": "2020-01-01",
                           "end_date": "2022-12-31", "issue_date": "2023-02-02", "signatory": signer()},
                r_assoc_letter, {"color": MAROON, "sub": ["P.O. Box 1234, Richmond, Virginia 23218",
                                                          "www.vmca.example.org"],
                                 "address": [name, "Town of Abingdon", "Abingdon, Virginia 24210"],
                                 "salutation": "Dear Priya,",
                                 "paras": ["Please accept my thanks for your leadership as Chair of the "
                                           "Legislative Committee from 2020 through 2022.",
                                           "Under your direction the committee tracked more than sixty bills "
                                           "affecting clerks during three General Assembly sessions and "
                                           "produced the association's first legislative summary for members."],
                                 "sig_role": "President", "sig2": signer(), "sig2_role": "Executive Director",
                                 "closing": "Sincerely,",
                                 "footer": "Virginia Municipal Clerks Association \u00b7 Serving clerks since 1966"})
    conf = iimc_conference(name, 78, "2024-05-18", "2024-05-22", "Sacramento, California")
    files = [PFile("01_ma_transcript.pdf", [tr]), PFile("02_academy.pdf", acad),
             PFile("03_parliamentary_workshop.pdf", [sc]), PFile("04_teaching_letter.pdf", [teach]),
             PFile("05_conference_2018.pdf", [old]), PFile("06_chair_letter.pdf", [chair]),
             PFile("07_iimc_2024.pdf", [conf])]
    return Packet("mmc-r3-h-combination",
                  "Hold-out MMC Region 3: MA Political Science dated before the CMC (unused-degree exception, "
                  "20), two academy years, a course-reviewed workshop, institute teaching, and the IIMC Annual "
                  "Conference bring Advanced Education past 60: the excess counts toward Professional "
                  "Contribution (R10). A 2018 conference before the designation (PREDATES_DESIGNATION); "
                  "committee chair 2020 through 2022.",
                  man, files)


# ---------------------------------------------------------------- packet 7: MMC region 6


def p7() -> Packet:
    name = "Lorenzo B. Amadi"
    recv = "2026-01-12"
    prior = "2020-09-01"
    man = {"applicant": {"name": name, "former_names": [], "member_id": "176034", "region": 6,
                         "membership": "full"}, "program": "MMC", "prior_designation_date": prior,
           "received_date": recv}
    off = Doc("letter", {"activity": "association_officer", "applicant_name": name,
                         "provider": "Colorado Municipal Clerks Association", "title": "Secretary",
                         "years": 2, "issue_date": "2024-01-22", "signatory": signer()},
              r_assoc_letter, {"color": GREEN, "sub": ["1144 Sherman Street, Denver, CO 80203",
                                                       "www.cmca.example.org"],
                               "address": [name, "City Clerk", "City of Lakemont, Colorado"],
                               "salutation": "Dear Lorenzo:",
                               "paras": ["It is my pleasure to confirm that you served two consecutive terms "
                                         "as Secretary of the Colorado Municipal Clerks Association.",
                                         "As Secretary you kept the minutes of the Board and of the annual "
                                         "business meeting, maintained the bylaws and coordinated the "
                                         "association's elections. The Board is grateful for your service."],
                               "sig_role": "President, CMCA",
                               "footer": "CMCA \u00b7 Professional development for Colorado's clerks"})
    memo = Doc("letter", {"activity": "on_the_job", "applicant_name": name, "provider": "City of Lakemont",
                          "title": "Electronic Agenda Management Implementation", "hours": 40,
                          "start_date": "2023-02-01", "end_date": "2023-07-31",
                          "issue_date": "2023-09-14", "signatory": signer()},
               r_memo, {"dept": "Office of the City Manager", "sig_role": "City Manager",
                        "re": "On-the-job project: Lorenzo B. Amadi",
                        "paras": [f"{name}, City Clerk, led the Electronic Agenda Management "
                                  "Implementation project from February through July 2023, outside his "
                                  "regular duties.",
                                  "The project replaced paper council packets with a searchable agenda "
                                  "system: vendor selection, workflow design, training of 46 staff and "
                                  "the first paperless council meeting on July 25, 2023.",
                                  "I verify that Mr. Amadi devoted 40 hours to the project beyond his "
                                  "normal workload."]})
    cpm = Doc("certificate", {"activity": "certification", "applicant_name": name,
                              "provider": "Front Range State University",
                              "title": "Certified Public Manager Program", "hours": 300,
                              "start_date": "2021-09-01", "end_date": "2022-10-31",
                              "issue_date": "2022-11-18", "signatory": signer()},
              r_program_cert, {"color": GOLD, "heading": "Certified Public Manager",
                               "sub": ["School of Public Affairs", "Accredited by the National CPM Consortium"],
                               "lead": "hereby conferred upon",
                               "sentence": "for successful completion of the Certified Public Manager "
                                           "Program, comprising 300 hours of instruction and a capstone "
                                           "project, September 2021 \u2013 October 2022.",
                               "facts": [("Awarded", long_date("2022-11-18")), ("Cohort", "CPM 2021-B")],
                               "sig_role": "Program Director", "sig2": signer(), "sig2_role": "Dean"})
    onl = Doc("certificate", {"activity": "course", "applicant_name": name,
                              "provider": "National Center for Public Records",
                              "title": "Managing Public Records in the Digital Age", "hours": 10,
                              "delivery": "online", "assessment": True, "start_date": "2024-01-08",
                              "end_date": "2024-02-27", "signatory": signer()},
              r_online_cert, {"tagline": "Online professional education for the public sector",
                              "verb": "has completed the online course",
                              "facts": [("Delivery", "Online (instructor-led, asynchronous)"),
                                        ("Hours", "10.0"), ("Enrolled", long_date("2024-01-08")),
                                        ("Completed", long_date("2024-02-27")),
                                        ("Final assessment", "Passed")],
                              "sig_role": "Director of Education", "verify": "NCPR-" + str(RNG.randint(10000, 99999))})
    conf = iimc_conference(name, 76, "2022-05-21", "2022-05-25", "Grand Rapids, Michigan")
    rel = Doc("letter", {"activity": "related_officer", "applicant_name": name,
                         "provider": "ARMA Mile High Chapter", "title": "Treasurer",
                         "start_date": "2021-01-01", "end_date": "2023-12-31",
                         "issue_date": "2024-02-09", "signatory": signer()},
              r_assoc_letter, {"head": "center", "color": GREEN, "font": "Times-Roman",
                               "sub": ["A chapter of ARMA International  \u00b7  Denver, Colorado"],
                               "address": [name, "City of Lakemont", "Lakemont, Colorado 80226"],
                               "salutation": "Dear Mr. Amadi:", "closing": "Best regards,",
                               "paras": ["The Board of the ARMA Mile High Chapter thanks you for serving as "
                                         "chapter Treasurer from 2021 through 2023.",
                                         "During your tenure the chapter returned to in-person meetings, "
                                         "balanced its budget every year and funded two scholarships for "
                                         "records professionals."],
                               "sig_role": "Chapter President",
                               "footer": "ARMA Mile High Chapter \u00b7 Information governance professionals"})
    files = [PFile("a_officer_letter.pdf", [off]), PFile("b_on_the_job.pdf", [memo]),
             PFile("c_cpm.pdf", [cpm]), PFile("d_online_course.pdf", [onl]),
             PFile("e_iimc_2022.pdf", [conf]), PFile("f_arma_letter.pdf", [rel])]
    return Packet("mmc-r6-h-contribution",
                  "Hold-out MMC Region 6: association officer for two terms (years in words), an on-the-job "
                  "memo (40 h), a Certified Public Manager certification (7), an online course with assessment "
                  "(advanced seminar), the IIMC Annual Conference and a related-association officer 2021 "
                  "through 2023.",
                  man, files)


# ---------------------------------------------------------------- packet 8: MMC region 8


def p8() -> Packet:
    name = "Harriet O. Lindgren"
    recv = "2025-08-04"
    prior = "2017-04-20"
    man = {"applicant": {"name": name, "former_names": [], "member_id": "142287", "region": 8,
                         "membership": "full"}, "program": "MMC", "prior_designation_date": prior,
           "received_date": recv}
    ath = Doc("certificate", {"activity": "athenian_dialogue", "applicant_name": name, "provider": IIMC,
                              "title": "Athenian Dialogue: Lincoln on Leadership", "assessment": True,
                              "start_date": "2021-09-23", "end_date": "2021-09-23", "signatory": signer()},
              r_athenian, {"sentence": "for participation in a facilitated Athenian Leadership Dialogue "
                                       "on Donald T. Phillips' book",
                           "assess": "Assessment completed and accepted.",
                           "when": "September 23, 2021", "sig_role": "Facilitator",
                           "sig2": signer(), "sig2_role": "Athenian Leadership Society"})
    conf = Doc("certificate", {"activity": "conference", "applicant_name": name,
                               "provider": "Municipal Clerks Association of Texas",
                               "title": "Fall Education Conference", "hours": 14,
                               "location": "San Marcos, Texas", "start_date": "2023-10-23",
                               "end_date": "2023-10-25", "signatory": signer()},
               r_state_conference, {"year": "2023", "side": ["Fall", "Education", "Conference"],
                                    "color": MAROON,
                                    "sentence": "attended the Fall Education Conference of the Municipal "
                                                "Clerks Association of Texas.",
                                    "facts": [("Location", "San Marcos, Texas"),
                                              ("Dates", span("2023-10-23", "2023-10-25")),
                                              ("Contact hours", "14")],
                                    "sig_role": "MCAT President", "sig2": signer(),
                                    "sig2_role": "Education Coordinator"})
    hyb = Doc("certificate", {"activity": "course", "applicant_name": name,
                              "provider": "Lone Star University Extension",
                              "title": "Leading Through Change", "hours": 9, "delivery": "hybrid",
                              "start_date": "2023-10-03", "end_date": "2023-10-24", "signatory": signer()},
              r_university_ce, {"university": "Lone Star University Extension",
                                "school": "Center for Public Sector Leadership (hybrid delivery: "
                                          "classroom and live online)",
                                "sig_role": "Program Manager", "sig2": signer(), "sig2_role": "Associate Dean",
                                "number": cert_no("LSUX")})
    short = Doc("certificate", {"activity": "course", "applicant_name": name,
                                "provider": "FEMA Emergency Management Institute",
                                "title": "IS-0042: Social Media in Emergency Management", "hours": 3,
                                "delivery": "online", "assessment": True, "start_date": "2024-05-06",
                                "end_date": "2024-05-06", "signatory": signer()},
                r_online_cert, {"tagline": "Independent Study Program  \u00b7  Emmitsburg, Maryland",
                                "color": colors.HexColor("#4a4a4a"),
                                "verb": "has successfully completed the independent study course",
                                "facts": [("Delivery", "Online independent study"),
                                          ("Contact hours", "3"), ("Completed", long_date("2024-05-06")),
                                          ("Final exam", "Passed")],
                                "sig_role": "Superintendent", "verify": "IS-" + str(RNG.randint(1000000, 9999999))})
    board = Doc("letter", {"activity": "board_member", "applicant_name": name, "provider": "IIMC Foundation",
                           "title": "Board of Directors", "start_date": "2019-07-01",
                           "end_date": "2022-06-30", "issue_date": "2022-08-15", "signatory": signer()},
                r_assoc_letter, {"color": NAVY, "sub": IIMC_SUB,
                                 "address": [name, "City Secretary", "City of Bastrop Falls, Texas"],
                                 "re": "Re: Service on the Board of Directors",
                                 "salutation": "Dear Ms. Lindgren:",
                                 "paras": ["On behalf of the IIMC Foundation, thank you for your service on "
                                           "the Foundation's Board of Directors from July 2019 to June 2022.",
                                           "Your stewardship helped the Foundation award more scholarships "
                                           "in those three years than in any earlier period."],
                                 "sig_role": "Foundation Chair", "closing": "Warm regards,",
                                 "footer": "IIMC Foundation \u00b7 Supporting the education of municipal clerks"})
    files = [PFile("1_athenian.pdf", [ath]), PFile("2_athenian_again.pdf", [], copy_of="1_athenian.pdf"),
             PFile("3_mcat_conference.pdf", [conf]), PFile("4_hybrid_course.pdf", [hyb]),
             PFile("5_fema_short.pdf", [short]), PFile("6_foundation_board.pdf", [board])]
    return Packet("mmc-r8-h-online",
                  "Hold-out MMC Region 8: Athenian Dialogue and a second copy of it (DUPLICATE), association "
                  "conference by hours (professional), a hybrid course without assessment (NO_ASSESSMENT, "
                  "professional other_courses), a 3-hour online course (BELOW_MINIMUM_HOURS), and IIMC "
                  "Foundation board service July 2019 to June 2022.",
                  man, files)


# =========================================================================== ground truth

REJECT_FREE = {"NO_ASSESSMENT", "UNREADABLE", "UNSUPPORTED_FILE"}
HOUR_RATED = {"institute", "state_course", "course", "vocational", "teaching_institute",
              "teaching_state", "on_the_job", "certification"}
RELATED = ["public administration", "urban affairs", "municipal management", "political science",
           "records management", "municipal finance", "governmental accounting", "urban planning",
           "personnel administration"]
UNRELATED = ["biology", "music", "chemistry", "art", "nursing"]
POSTNOMINALS = {"cmc", "mmc", "mpa", "phd", "jr", "sr", "ms", "mr", "mrs", "dr"}


def halves(x: float) -> float:
    return math.floor(2 * x + 1e-9) / 2


def name_key(s: str) -> frozenset[str]:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    toks = [t for t in re.split(r"[^a-z]+", s) if len(t) > 1 and t not in POSTNOMINALS]
    return frozenset(toks)


def same_person(a: str, b: str) -> bool:
    return name_key(a) == name_key(b)


def surname(s: str) -> str:
    s = s.split(",")[0] if "," in s else s.split()[-1]
    return s.strip().lower()


def whole_years(start: str, end: str) -> int:
    a, b = D(start), D(end) + dt.timedelta(days=1)
    y = b.year - a.year - ((b.month, b.day) < (a.month, a.day))
    return max(0, y)


def doc_flags(doc: Doc, pk: Packet) -> list[str]:
    f, man = doc.fields, pk.manifest
    app = man["applicant"]
    names = [app["name"], *app.get("former_names", [])]
    act = f.get("activity")
    flags: list[str] = []
    if doc.kind == "agenda":
        end = f.get("end_date") or f.get("start_date")
        if man["program"] == "MMC" and end and end < man["prior_designation_date"]:
            flags.append("PREDATES_DESIGNATION")
        return flags
    if f.get("first_person"):
        flags.append("FIRST_PERSON")
    sig = f.get("signatory")
    if f.get("relationship") or (sig and not any(same_person(sig, n) for n in names)
                                 and surname(sig) in {surname(n) for n in names}):
        flags.append("RELATIVE_AUTHOR")
    if "applicant_name" in f and not any(same_person(f["applicant_name"], n) for n in names):
        flags.append("NAME_MISMATCH")
    if act and "applicant_name" not in f:
        flags.append("MISSING_NAME")
    if act and not any(k in f for k in ("start_date", "end_date", "degree_date", "issue_date")):
        flags.append("MISSING_DATE")
    if act in HOUR_RATED and "hours" not in f:
        flags.append("MISSING_HOURS")
    if act == "conference" and "hours" not in f and "days" not in f and "start_date" not in f:
        flags.append("MISSING_HOURS")
    if doc.kind in ("certificate", "letter") and "title" not in f:
        flags.append("MISSING_TITLE")
    if doc.kind == "employment_letter" and "position" not in f:
        flags.append("MISSING_TITLE")
    if man["program"] == "MMC" and act:
        when = f.get("end_date") or f.get("start_date") or f.get("issue_date")
        if act == "degree":
            when = None if not man.get("cmc_used_degree") else f.get("degree_date")
        if when and when < man["prior_designation_date"]:
            flags.append("PREDATES_DESIGNATION")
    online = f.get("delivery") in ("online", "hybrid", "webinar")
    if online and not f.get("assessment"):
        flags.append("NO_ASSESSMENT")
    h = f.get("hours")
    if h is not None and f.get("delivery") in ("online", "hybrid") and h < 4:
        flags.append("BELOW_MINIMUM_HOURS")
    elif h is not None and act in HOUR_RATED | {"conference"} and h < 1:
        flags.append("BELOW_MINIMUM_HOURS")
    if doc.duplicate:
        flags.append("DUPLICATE")
    return flags


# An option: (category, rule, points or None, cap key or None, cap amount)
Option = tuple[str, str, float | None]


def options(doc: Doc, pk: Packet, flags: list[str]) -> list[Option]:
    """Candidate placements, education side first; [] where nothing is earned."""
    f, man = doc.fields, pk.manifest
    act = f.get("activity")
    if not act or any(fl not in REJECT_FREE for fl in flags):
        return []
    cmc = man["program"] == "CMC"
    r10 = man["applicant"]["region"] in (10, 11)
    no_assess = "NO_ASSESSMENT" in flags
    if f.get("delivery") == "webinar" and no_assess:
        return []
    h = f.get("hours")
    start = f.get("start_date") or f.get("end_date") or f.get("issue_date") or "2100-01-01"
    ac_pts = 4.0 if start < "2009-01-01" else 8.0

    def rate(per: float) -> float:
        return halves(h / per)

    def yrs() -> int:
        if "years" in f:
            return int(f["years"])
        return max(1, whole_years(f["start_date"], f["end_date"]))

    E, X = ("cmc_education", "cmc_experience") if cmc else ("mmc_advanced_education",
                                                            "mmc_professional_contribution")
    e, x = ("cmc.education", "cmc.experience") if cmc else ("mmc.advanced", "mmc.professional")
    opts: list[Option]
    if act == "institute":
        opts = [(E, f"{e}.institute" if cmc else f"{e}.academy", rate(2))]
    elif act == "state_course":
        opts = [(E, f"{e}.state_course", rate(4))]
        if no_assess:
            opts = [(X, f"{x}.state_course", rate(4))] if cmc else []
    elif act == "course":
        if cmc:
            opts = ([(E, f"{e}.r10_course", rate(6))] if r10 else []) + [(X, f"{x}.course", rate(6))]
        else:
            opts = [(E, f"{e}.seminar", rate(6)), (X, f"{x}.other_courses", rate(6))]
    elif act == "vocational":
        opts = ([(E, f"{e}.r10_vocational", rate(10))] if r10 else []) + \
            ([(X, f"{x}.vocational", rate(10))] if cmc else [])
    elif act == "annual_conference":
        opts = [(E, f"{e}.annual_conference", ac_pts), (X, f"{x}.annual_conference", ac_pts)]
    elif act == "conference":
        if h is not None:
            pts = rate(4)
        else:
            pts = float(f["days"]) if "days" in f else float(
                (D(f["end_date"]) - D(f["start_date"])).days + 1)
        opts = [(X, f"{x}.conference", pts)]
    elif act == "conference_academy":
        opts = [(E, f"{e}.conference_academy", 2.0)]
    elif act == "athenian_dialogue":
        opts = [(E, f"{e}.athenian_dialogue", 2.0 if start < "2013-11-23" else 3.0)]
    elif act == "iimc_online":
        opts = [(E, f"{e}.iimc_online", None)]
    elif act == "cd_rom":
        opts = [(E, f"{e}.cd_rom", 1.0)]
    elif act == "study_abroad":
        opts = [(E, f"{e}.study_abroad", None)]
    elif act == "certification":
        opts = [] if cmc or (h or 0) < 50 else [(E, f"{e}.certification", 7.0)]
    elif act == "degree":
        deg = f["degree"].lower()
        assoc = "associate" in deg
        if any(k in deg for k in RELATED):
            opts = [(E, f"{e}.{'associate' if assoc else 'bachelor'}_related", 5.0 if assoc else 20.0)]
        elif any(re.search(rf"\b{k}\b", deg) for k in UNRELATED):
            opts = [] if assoc else [(E, f"{e}.bachelor_unrelated", 10.0)]
        else:
            opts = [(E, f"{e}.{'associate' if assoc else 'bachelor'}_related", None)]
    elif act == "college_credits":
        cu = float(f["credit_units"])
        if cmc:
            opts = ([(E, f"{e}.r10_college_credits", cu)] if r10 else []) + [(X, f"{x}.college_credits", cu)]
        else:
            opts = [(X, f"{x}.college_credits", cu)]
    elif act == "employment":
        if not cmc:
            return []
        opts = [employment_option(f, man)]
    elif act in ("committee_member", "committee_chair", "board_member"):
        if cmc:
            opts = [(X, f"{x}.committee_member", float(yrs()))]
        else:
            per = 1.0 if act == "committee_member" else 2.0
            opts = [(X, f"{x}.{act}", per * yrs())]
    elif act == "association_officer":
        opts = [] if cmc else [(X, f"{x}.association_officer", 2.0 * yrs())]
    elif act == "related_officer":
        opts = [] if cmc else [(X, f"{x}.related_officer", 1.0 * yrs())]
    elif act in ("teaching_institute", "teaching_state"):
        per = 2 if act == "teaching_institute" else 4
        opts = [] if cmc else [(E, f"{e}.{act}", rate(per)), (X, f"{x}.{act}", rate(per))]
    elif act == "on_the_job":
        opts = [] if cmc else [(X, f"{x}.on_the_job", rate(8))]
    elif act == "personal_accomplishment":
        opts = [] if cmc else [(X, f"{x}.personal_accomplishment", 1.0)]
    else:
        raise ValueError(act)
    if no_assess:                       # R6: only the experience / professional side
        opts = [o for o in opts if o[0] == X]
    return opts


def employment_option(f: dict[str, Any], man: dict[str, Any]) -> Option:
    yrs = whole_years(f["start_date"], f["end_date"])
    pos = f["position"].lower()
    clerk = any(k in pos for k in ("clerk", "city secretary", "recorder"))
    admin = f.get("administrative", True)
    part = f.get("employment_type") == "part_time"
    if clerk:
        if not part:
            return ("cmc_experience", "cmc.experience.clerk_full_time_admin", 4.0 * yrs if admin else None)
        if admin:
            return ("cmc_experience", "cmc.experience.clerk_part_time_admin", 2.0 * yrs)
        return ("cmc_experience", "cmc.experience.clerk_part_time", 1.0 * yrs)
    row, per = {"local": ("local_admin", 2.0), "state_federal": ("state_admin", 1.0),
                "business": ("business_admin", 1.0)}[f["sector"]]
    return ("cmc_experience", f"cmc.experience.{row}", per * yrs)


CAPS = {"cmc.experience.clerk_full_time_admin": 40, "cmc.experience.clerk_part_time_admin": 40,
        "cmc.experience.clerk_part_time": 30, "cmc.experience.local_admin": 30,
        "cmc.experience.state_admin": 30, "cmc.experience.business_admin": 30,
        "cmc.education.athenian_dialogue": 18, "mmc.advanced.athenian_dialogue": 18,
        "mmc.professional.on_the_job": 12}


def settle(chosen: list[Option | None], program: str) -> tuple[list[Option | None], dict[str, Any]]:
    """Apply packet caps in packet order, then R10 totals."""
    used: dict[str, float] = {}
    out: list[Option | None] = []
    for o in chosen:
        if o is None or o[2] is None:
            out.append(o)
            continue
        cat, rule, pts = o
        if rule in CAPS:
            room = max(0.0, CAPS[rule] - used.get(rule, 0.0))
            pts = min(pts, room)
            used[rule] = used.get(rule, 0.0) + pts
        out.append((cat, rule, float(pts)))
    sums: dict[str, float] = {}
    for o in out:
        if o and o[2] is not None:
            sums[o[0]] = sums.get(o[0], 0.0) + o[2]
    if program == "CMC":
        ed, ex = sums.get("cmc_education", 0.0), sums.get("cmc_experience", 0.0)
        totals = {"cmc_education": {"points": min(60.0, ed), "raw": ed, "required": 60},
                  "cmc_experience": {"points": ex + max(0.0, ed - 60), "raw": ex, "required": 50}}
    else:
        ad, pc = sums.get("mmc_advanced_education", 0.0), sums.get("mmc_professional_contribution", 0.0)
        totals = {"mmc_advanced_education": {"points": min(60.0, ad), "raw": ad, "required": 60},
                  "mmc_professional_contribution": {"points": pc + min(20.0, max(0.0, ad - 60)),
                                                    "raw": pc, "required": 40}}
    return out, totals


def shortfall(totals: dict[str, Any]) -> float:
    return sum(max(0.0, t["required"] - t["points"]) for t in totals.values())


def allocate(opts: list[list[Option]], program: str) -> tuple[list[Option | None], dict[str, Any]]:
    """R9: try every placement of the either-side items; least shortfall wins, ties go to the
    education side (options are listed education first, product() is lexicographic)."""
    best: tuple[float, list[Option | None], dict[str, Any]] | None = None
    for combo in itertools.product(*[o if o else [None] for o in opts]):
        out, totals = settle(list(combo), program)
        s = shortfall(totals)
        if best is None or s < best[0] - 1e-9:
            best = (s, out, totals)
    assert best is not None
    return best[1], best[2]


# =========================================================================== writing


def build(pk: Packet) -> None:
    d = OUT / pk.slug
    d.mkdir(parents=True)
    (d / "packet.json").write_text(json.dumps(pk.manifest, indent=2) + "\n")
    placed: list[tuple[str, list[int], Doc]] = []
    by_name = {pf.name: pf for pf in pk.files}
    for pf in sorted(pk.files, key=lambda p: p.name):
        if pf.copy_of:
            shutil.copyfile(d / pf.copy_of, d / pf.name)
            src = by_name[pf.copy_of]
            page = 1
            for doc in src.docs:
                n = doc.x["_pages"]
                copy = Doc(doc.kind, dict(doc.fields), doc.render, doc.x, duplicate=True)
                placed.append((pf.name, list(range(page, page + n)), copy))
                page += n
            continue
        c = Canvas(str(d / pf.name), pagesize=PORTRAIT, invariant=1)
        c.setTitle(pf.name.rsplit(".", 1)[0].replace("_", " "))
        c.setAuthor("")
        page = 1
        for doc in pf.docs:
            n = doc.render(c, doc)
            doc.x["_pages"] = n
            placed.append((pf.name, list(range(page, page + n)), doc))
            page += n
        c.save()
    flags = [doc_flags(doc, pk) for _, _, doc in placed]
    opts = [options(doc, pk, fl) for (_, _, doc), fl in zip(placed, flags, strict=True)]
    chosen, totals = allocate(opts, pk.manifest["program"])
    docs_out = []
    for (src, pages, doc), fl, ch in zip(placed, flags, chosen, strict=True):
        props = [] if ch is None else [{"category": ch[0], "points": ch[2], "rule": ch[1]}]
        docs_out.append({"source": src, "pages": pages, "kind": doc.kind, "fields": doc.fields,
                         "flags": fl, "proposals": props})
    truth = {"description": pk.description, "documents": docs_out, "totals": totals}
    (d / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    packets = [p1(), p2(), p3(), p4(), p5(), p6(), p7(), p8()]
    applicants = {surname(p.manifest["applicant"]["name"]) for p in packets}
    assert not applicants & {surname(s) for s in SIGNERS}, "signer shares an applicant's surname"
    ndocs = 0
    for pk in packets:
        build(pk)
        t = json.loads((OUT / pk.slug / "truth.json").read_text())
        ndocs += len(t["documents"])
        tot = ", ".join(f"{k} {v['points']:g}/{v['required']} (raw {v['raw']:g})" for k, v in t["totals"].items())
        print(f"{pk.slug:28s} {len(t['documents']):2d} documents  {tot}")
    size = sum(p.stat().st_size for p in OUT.rglob("*.pdf"))
    print(f"{len(packets)} packets, {ndocs} documents, PDFs {size / 1024:.0f} KB")


if __name__ == "__main__":
    main()
