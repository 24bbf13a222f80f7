"""Certificates, diplomas and transcripts drawn from a Doc's facts (letters, agendas and
forms are in letters.py). Each renderer draws whole pages and returns how many."""

from __future__ import annotations

import random

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from samples.gen_harbor import paper as P
from samples.gen_harbor import wordings as W
from samples.gen_harbor.model import Doc

LAND = (792.0, 612.0)
PORT = (612.0, 792.0)


def end_page(c: Canvas, doc: Doc, rnd: random.Random, page: int = 0) -> None:
    """Finish a page: the department's RECEIVED stamp on a document's first page where asked."""
    if page == 0 and "stamp" in doc.x:
        w, h = c._pagesize
        P.received_stamp(c, w - 190, h - 150, doc.x["stamp"], rnd)
    c.showPage()


def _name(doc: Doc) -> str:
    return doc.f.get("applicant_name", "_" * 30)


def _when(doc: Doc, style: int) -> str:
    f = doc.f
    if "start_date" in f:
        return W.date_range(f["start_date"], f["end_date"], style)
    return ""


def _details(doc: Doc, rnd: random.Random) -> list[str]:
    """The lines of facts under a certificate's title, each only where the fact is printed."""
    f, x, out = doc.f, doc.x, []
    when = _when(doc, x.get("date_style", 0))
    loc = f.get("location")
    if when and loc:
        out.append(rnd.choice([f"{when}  \u2022  {loc}", f"held in {loc}, {when}", f"{loc} | {when}"]))
    elif when:
        out.append(when)
    elif loc:
        out.append(loc)
    if "hours" in f:
        out.append(W.hours_phrase(f["hours"], rnd))
    if "days" in f:
        n = int(f["days"])
        out.append(rnd.choice([f"{W.NUMBER_WORDS[n].capitalize()} ({n}) days of attendance",
                               f"Days attended: {n}", f"for full attendance on all {n} days"]))
    delivery = f.get("delivery")
    if delivery == "online":
        via = f" through {x['platform']}" if "platform" in x else ""
        out.append(f"Self-paced online course{via}")
    elif delivery == "webinar":
        via = f" on {x['platform']}" if "platform" in x else ""
        out.append(f"Live interactive webinar{via}")
    elif delivery == "hybrid":
        out.append("Hybrid course: online modules with classroom sessions")
    if f.get("assessment") is True:
        out.append(rnd.choice(W.ASSESSED))
    elif f.get("assessment") is False:
        out.append("No learning assessment was administered for this program.")
    if f.get("course_review"):
        out.append(rnd.choice(W.REVIEW).format(n=x.get("review_no", "2024-117")))
    if "issue_date" in f:
        out.append(rnd.choice(["Issued ", "Awarded ", "Date of issue: "]) + W.date_one(f["issue_date"], 3))
    return out


def _signers(doc: Doc) -> list[tuple[str, str]]:
    out = []
    if "signatory" in doc.f:
        out.append((doc.f["signatory"], doc.x.get("signer_title", "Director")))
    out += doc.x.get("more_signers", [])
    return out


def cert_classic(c: Canvas, doc: Doc, rnd: random.Random) -> int:
    """Landscape, bordered, seal at the lower middle, two signature lines."""
    w, h = LAND
    c.setPageSize(LAND)
    reg, bold, ital, bital = P.fonts(rnd)
    color = rnd.choice(P.PALETTE)
    P.border(c, w, h, color, rnd.randrange(3))
    P.centered(c, doc.f.get("provider", ""), w / 2, h - 92, bold, 17, color)
    if "host" in doc.x:
        P.centered(c, doc.x["host"], w / 2, h - 110, ital, 11)
    P.centered(c, doc.x.get("headline", rnd.choice(W.CERT_HEADLINES)), w / 2, h - 158, bital, 32, color)
    P.centered(c, rnd.choice(W.PRESENT), w / 2, h - 196, ital, 13)
    P.centered(c, _name(doc), w / 2, h - 236, bital, 28)
    c.setStrokeColor(P.GREY)
    c.line(w / 2 - 190, h - 244, w / 2 + 190, h - 244)
    P.centered(c, rnd.choice(W.COMPLETED), w / 2, h - 268, ital, 12)
    if "title" in doc.f:
        P.centered(c, doc.f["title"], w / 2, h - 296, bold, 19, color)
    y = h - 326
    for line in _details(doc, rnd):
        P.centered(c, line, w / 2, y, reg, 11.5)
        y -= 17
    P.seal(c, w / 2, 108, 38, doc.x.get("seal", "OFFICIAL SEAL"))
    for i, (name, title) in enumerate(_signers(doc)[:2]):
        P.sign_block(c, 90 + i * 452, 100, name, title, reg, rnd, 170)
    if "cert_no" in doc.x:
        c.setFont(reg, 7.5)
        c.drawRightString(w - 50, 48, f"Certificate No. {doc.x['cert_no']}")
    end_page(c, doc, rnd)
    return 1


def cert_sidebar(c: Canvas, doc: Doc, rnd: random.Random) -> int:
    """Portrait, colored side bar holding the issuer, text ranged left."""
    w, h = PORT
    c.setPageSize(PORT)
    reg, bold, ital, bital = P.fonts(rnd)
    color = rnd.choice(P.PALETTE)
    c.setFillColor(color)
    c.rect(0, 0, 150, h, fill=1, stroke=0)
    c.setFillColor(Color(1, 1, 1))
    y = h - 90
    for line in P.simpleSplit(doc.f.get("provider", ""), bold, 15, 120):
        c.setFont(bold, 15)
        c.drawString(18, y, line)
        y -= 19
    if "footer" in doc.x:
        y = 90
        for line in P.simpleSplit(doc.x["footer"], reg, 7.5, 120):
            c.setFont(reg, 7.5)
            c.drawString(18, y, line)
            y -= 10
    x0, width = 185, w - 225
    c.setFillColor(color)
    c.setFont(bold, 26)
    c.drawString(x0, h - 120, doc.x.get("headline", rnd.choice(W.CERT_HEADLINES)))
    y = P.para(c, rnd.choice(W.PRESENT), x0, h - 170, width, ital, 12)
    c.setFont(bital, 22)
    c.setFillColor(P.INK)
    c.drawString(x0, y - 18, _name(doc))
    y = P.para(c, rnd.choice(W.COMPLETED), x0, y - 50, width, reg, 12)
    if "title" in doc.f:
        y = P.para(c, doc.f["title"], x0, y - 8, width, bold, 16, color=color)
    y -= 14
    for line in _details(doc, rnd):
        y = P.para(c, line, x0, y, width, reg, 11)
        y -= 3
    for i, (name, title) in enumerate(_signers(doc)[:2]):
        P.sign_block(c, x0, 210 - i * 80, name, title, reg, rnd)
    P.seal(c, w - 95, 110, 40, doc.x.get("seal", "CERTIFIED"), color=P.GOLD)
    end_page(c, doc, rnd)
    return 1


def cert_band(c: Canvas, doc: Doc, rnd: random.Random) -> int:
    """Portrait, top band, a boxed details table (labels left, values right)."""
    w, h = PORT
    c.setPageSize(PORT)
    reg, bold, ital, _ = P.fonts(rnd, allow_courier=True)
    color = rnd.choice(P.PALETTE)
    c.setFillColor(color)
    c.rect(0, h - 110, w, 110, fill=1, stroke=0)
    c.setFillColor(Color(1, 1, 1))
    c.setFont("Helvetica-Bold", 16)
    c.drawString(50, h - 58, doc.f.get("provider", ""))
    c.setFont("Helvetica", 9)
    c.drawString(50, h - 76, doc.x.get("footer", ""))
    P.centered(c, doc.x.get("headline", rnd.choice(W.CERT_HEADLINES)).upper(), w / 2, h - 170, bold, 22, color)
    P.centered(c, rnd.choice(W.PRESENT), w / 2, h - 205, ital, 12)
    P.centered(c, _name(doc), w / 2, h - 240, bold, 20)
    rows = [["", ""]]
    f = doc.f
    if "title" in f:
        rows.append(["Program", f["title"]])
    if "start_date" in f:
        rows.append(["Date(s)", _when(doc, doc.x.get("date_style", 1))])
    if "location" in f:
        rows.append(["Location", f["location"]])
    if "hours" in f:
        rows.append(["Contact Hours", W.num(f["hours"])])
    if "days" in f:
        rows.append(["Days Attended", W.num(f["days"])])
    delivery = {"online": "Online", "webinar": "Webinar", "hybrid": "Hybrid"}.get(f.get("delivery", ""))
    if delivery:
        rows.append(["Format", delivery + (f" ({doc.x['platform']})" if "platform" in doc.x else "")])
    if "assessment" in f:
        rows.append(["Learning Assessment", "Completed" if f["assessment"] else "Not required"])
    if f.get("course_review"):
        rows.append(["IIMC Course Review", doc.x.get("review_no", "Approved")])
    if "issue_date" in f:
        rows.append(["Date Issued", W.date_one(f["issue_date"], 1)])
    c.setStrokeColor(color)
    c.rect(90, h - 290 - 16 * len(rows), w - 180, 16 * len(rows) + 6)
    P.table(c, 96, h - 280, [150, w - 200 - 150], rows, reg, bold, 10.5, ruled=False)
    for i, (name, title) in enumerate(_signers(doc)[:2]):
        P.sign_block(c, 90 + i * 250, 150, name, title, reg, rnd)
    if "cert_no" in doc.x:
        P.centered(c, f"Verification code {doc.x['cert_no']}", w / 2, 60, reg, 8, P.GREY)
    end_page(c, doc, rnd)
    return 1


def diploma(c: Canvas, doc: Doc, rnd: random.Random) -> int:
    w, h = LAND
    c.setPageSize(LAND)
    color = rnd.choice(P.PALETTE)
    P.border(c, w, h, color, 1)
    f = doc.f
    P.centered(c, f["provider"], w / 2, h - 110, "Times-Bold", 30, color)
    P.centered(c, "upon the recommendation of the Faculty and by virtue of the authority vested in it",
               w / 2, h - 150, "Times-Italic", 12)
    P.centered(c, "has conferred upon", w / 2, h - 175, "Times-Italic", 12)
    P.centered(c, _name(doc), w / 2, h - 225, "Times-BoldItalic", 30)
    P.centered(c, "the degree of", w / 2, h - 262, "Times-Italic", 12)
    P.centered(c, f["degree"], w / 2, h - 296, "Times-Bold", 22, color)
    P.centered(c, "with all the rights, privileges and honors thereunto appertaining.", w / 2, h - 326,
               "Times-Italic", 11)
    P.centered(c, "Given on " + W.date_one(f["degree_date"], 4), w / 2, h - 352, "Times-Roman", 12)
    P.seal(c, w / 2, 115, 44, "SIGILLUM COLLEGII", P.GOLD)
    for i, (name, title) in enumerate(doc.x.get("more_signers", [])[:2]):
        P.sign_block(c, 100 + i * 440, 110, name, title, "Times-Roman", rnd, 160)
    end_page(c, doc, rnd)
    return 1


def transcript(c: Canvas, doc: Doc, rnd: random.Random) -> int:
    """Term tables over several pages; cumulative credits and degree block at the end."""
    w, h = PORT
    f, x = doc.f, doc.x
    reg, bold = ("Courier", "Courier-Bold") if x.get("mono") else ("Helvetica", "Helvetica-Bold")
    color = x.get("color", P.NAVY)
    terms = x["terms"]
    per_page = x.get("terms_per_page", 2)
    npages = (len(terms) + per_page - 1) // per_page + (1 if x.get("legend") else 0)
    running = 0.0
    for page in range(npages):
        c.setPageSize(PORT)
        if x.get("security"):
            P.security_background(c, w, h, f["provider"] + " official transcript", color)
        P.centered(c, f["provider"].upper(), w / 2, h - 50, "Times-Bold", 15, color)
        P.centered(c, x.get("office", "Office of the Registrar") + "  \u2022  " + x.get("address", ""),
                   w / 2, h - 65, "Times-Roman", 8.5, P.GREY)
        P.centered(c, "OFFICIAL ACADEMIC TRANSCRIPT", w / 2, h - 84, bold, 11)
        c.setFont(reg, 8.5)
        c.setFillColor(P.INK)
        c.drawString(50, h - 106, "Student: " + _name(doc))
        c.drawString(50, h - 118, f"Student ID: {x.get('student_id', '000000')}")
        c.drawRightString(w - 50, h - 106, f"Page {page + 1} of {npages}")
        if "issue_date" in f:
            c.drawRightString(w - 50, h - 118, "Date Issued: " + W.date_one(f["issue_date"], 1))
        y = h - 140
        if x.get("legend") and page == npages - 1:
            y = P.para(c, "TRANSCRIPT KEY. Grades: A 4.0, B 3.0, C 2.0, D 1.0, F 0.0, W withdrawn, "
                       "P pass. Credits are semester hours unless stated. This transcript is official "
                       "only when bearing the registrar's seal and printed on security paper. Federal "
                       "law prohibits release of this record to a third party without the written "
                       "consent of the student.", 50, y, w - 100, reg, 8.5)
            P.seal(c, w / 2, 200, 40, "REGISTRAR", color)
            end_page(c, doc, rnd, page)
            continue
        for term_name, courses in terms[page * per_page:(page + 1) * per_page]:
            c.setFont(bold, 9.5)
            c.drawString(50, y, term_name)
            y -= 4
            rows = [["Course", "Title", "Credits", "Grade"]] + [
                [code, title, f"{cr:.1f}", g] for code, title, cr, g in courses]
            y = P.table(c, 50, y, [80, 300, 60, 60], rows, reg, bold, 8.5, ruled=bool(page % 2 == 0))
            term_cr = sum(cr for _, _, cr, _ in courses)
            running += term_cr
            c.setFont(reg, 8.5)
            c.drawString(300, y - 12, f"Term Credits {term_cr:.1f}    Total Earned {running:.1f}")
            y -= 34
        if page == (len(terms) - 1) // per_page:
            c.setFont(bold, 9.5)
            c.drawString(50, y, f"CUMULATIVE CREDITS EARNED: {f['credit_units']:.1f}")
            y -= 22
            if "degree" in f:
                c.drawString(50, y, "DEGREE CONFERRED")
                c.setFont(reg, 9.5)
                c.drawString(50, y - 14, f["degree"])
                c.drawString(50, y - 28, "Date Conferred: " + W.date_one(f["degree_date"], x.get("date_style", 0)))
            else:
                c.setFont(reg, 9)
                c.drawString(50, y, "*** No degree conferred ***")
            c.setFont("Times-Italic", 9)
            c.drawString(w - 230, 90, x.get("registrar", "University Registrar"))
            P.signature(c, w - 230, 100, 150, rnd)
        P.footer(c, w, "This document is a true copy of the student's permanent academic record.")
        end_page(c, doc, rnd, page)
    return npages


RENDERERS = {"cert_classic": cert_classic, "cert_sidebar": cert_sidebar, "cert_band": cert_band,
             "diploma": diploma, "transcript": transcript}
