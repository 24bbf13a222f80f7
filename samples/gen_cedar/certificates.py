"""Certificates: institutes, academies, association courses, conferences, webinars and
online courses, diplomas.  Each builder prints its facts and returns a Doc whose truth
fields are exactly those facts."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter

from . import drawing as g
from . import wordings as W
from .truth import Doc


def _fields(k):
    f = {}
    for key in ("applicant_name", "provider", "title", "location", "start_date", "end_date",
                "issue_date", "hours", "days", "signatory", "delivery", "assessment",
                "course_review", "activity"):
        v = k.get(key)
        if v is not None:
            f[key] = v
    return f


def _date_line(k):
    if not k.get("start_date"):
        return ""
    s = W.span(k["start_date"], k["end_date"], k.get("date_style", "long"))
    return k.get("date_prefix", "on ") + s if k["start_date"] == k["end_date"] else k.get("date_prefix_span", "") + s


def certificate(**k):
    """k: applicant_name, provider, title, location, start_date, end_date, hours, hours_style,
    date_style, signatory, office, second_signer, delivery, assessment, assessment_line,
    course_review_line, issue_date, days, activity, style, landscape, paper, schedule,
    heading, verb, color."""
    style = k.get("style", "classic")
    size = landscape(letter) if k.get("landscape") else letter
    pages = [{"classic": _classic, "modern": _modern, "grid": _grid, "letterform": _letterform}[style](k)]
    if k.get("schedule"):
        pages.append(_schedule_page(k))
    doc = Doc("certificate", _fields(k), pages, pagesize=size, paper=k.get("paper"))
    return doc


def _hours_text(k):
    if k.get("hours") is None or k.get("hours_style") is None:
        return ""
    return W.hours_phrase(k["hours"], k["hours_style"])


def _classic(k):
    def draw(c, w, h, rng):
        col = k.get("color", g.NAVY)
        g.border(c, w, h, k.get("border", "double"), col)
        cx = w / 2
        y = h - 96
        g.text(c, cx, y, k["provider"], g.SERIF_B, 20 if len(k["provider"]) < 40 else 16, col, "center")
        if k.get("provider_sub"):
            y -= 18
            g.text(c, cx, y, k["provider_sub"], g.SERIF_I, 11, g.SLATE, "center")
        y -= 52
        g.text(c, cx, y, k.get("heading", "Certificate of Completion"), g.SERIF_BI, 30, g.GOLD, "center")
        y -= 40
        g.text(c, cx, y, k.get("lead", "This is to certify that"), g.SERIF_I, 13, align="center")
        y -= 40
        if k.get("applicant_name"):
            g.text(c, cx, y, k["applicant_name"], g.SERIF_BI, 28, col, "center")
        else:
            c.setStrokeColor(colors.black)
            c.line(cx - 160, y - 4, cx + 160, y - 4)
        y -= 34
        g.text(c, cx, y, k.get("verb", "has satisfactorily completed"), g.SERIF_I, 13, align="center")
        y -= 30
        if k.get("title"):
            g.text(c, cx, y, k["title"], g.SERIF_B, 19, align="center")
            y -= 24
        for line in k.get("extra_lines", []):
            g.text(c, cx, y, line, g.SERIF, 12, align="center")
            y -= 18
        if k.get("location"):
            g.text(c, cx, y, k.get("location_prefix", "held in ") + k["location"], g.SERIF, 12, align="center")
            y -= 18
        dl = _date_line(k)
        if dl:
            g.text(c, cx, y, dl, g.SERIF, 12, align="center")
            y -= 18
        ht = _hours_text(k)
        if ht:
            g.text(c, cx, y, ht, g.SERIF_B, 12, align="center")
            y -= 18
        for key in ("assessment_line", "course_review_line", "delivery_line"):
            if k.get(key):
                g.text(c, cx, y, k[key], g.SERIF_I, 10.5, align="center")
                y -= 15
        base = 120 if not k.get("landscape") else 92
        if k.get("signatory"):
            g.sign_block(c, 90 if not k.get("landscape") else 110, base, rng, k["signatory"], k.get("office", ""))
        if k.get("second_signer"):
            g.sign_block(c, w - 270 if not k.get("landscape") else w - 300, base, rng, *k["second_signer"])
        g.seal(c, cx, base + 10, 38, k.get("seal_text", k["provider"][:38]), k.get("seal_center", ""), k.get("seal_color", g.GOLD))
        if k.get("issue_date"):
            g.text(c, cx, 56, k.get("issue_prefix", "Issued ") + W.long(k["issue_date"]), g.SERIF_I, 9, align="center")
    return draw


def _modern(k):
    def draw(c, w, h, rng):
        col = k.get("color", g.FOREST)
        g.border(c, w, h, "bar", col)
        x = 80
        g.text(c, x, h - 90, k.get("heading", "CERTIFICATE OF ATTENDANCE").upper(), g.SANS_B, 24, col)
        g.text(c, x, h - 112, k["provider"], g.SANS, 12, g.SLATE)
        c.setFillColor(col)
        c.rect(w - 130, h - 130, 70, 70, stroke=0, fill=1)
        g.text(c, w - 95, h - 102, "".join(p[0] for p in k["provider"].split() if p[0].isupper())[:4], g.SANS_B, 18, colors.white, "center")
        y = h - 190
        g.text(c, x, y, k.get("lead", "Presented to"), g.SANS, 12)
        y -= 38
        if k.get("applicant_name"):
            g.text(c, x, y, k["applicant_name"], g.SANS_B, 26)
        y -= 40
        parts = [k.get("verb", "for attending")]
        if k.get("title"):
            parts.append(k["title"])
        sent = " ".join(parts)
        if k.get("location"):
            sent += f", {k.get('location_prefix', 'in ')}{k['location']}"
        dl = _date_line(k)
        if dl:
            sent += f", {dl}"
        ht = _hours_text(k)
        if ht:
            sent += f", {ht}" if not ht.startswith("and") else f" {ht}"
        sent += "."
        y = g.para(c, x, y, sent, w - 2 * x - 20, g.SANS, 13, 19)
        for key in ("assessment_line", "course_review_line", "delivery_line"):
            if k.get(key):
                y -= 6
                g.text(c, x, y, k[key], g.SANS_I, 10.5)
                y -= 14
        if k.get("signatory"):
            g.sign_block(c, x, 130, rng, k["signatory"], k.get("office", ""), font=g.SANS, size=9.5)
        if k.get("second_signer"):
            g.sign_block(c, x + 250, 130, rng, *k["second_signer"], font=g.SANS, size=9.5)
        if k.get("issue_date"):
            g.text(c, x, 70, k.get("issue_prefix", "Date issued: ") + W.us(k["issue_date"]), g.SANS, 9, g.SLATE)
        if k.get("cert_no"):
            g.text(c, w - 60, 70, k["cert_no"], g.MONO, 8, g.SLATE, "right")
    return draw


def _grid(k):
    def draw(c, w, h, rng):
        col = k.get("color", g.MAROON)
        g.border(c, w, h, k.get("border", "corners"), col)
        y = g.letterhead(c, w, h, k["provider"], k.get("provider_lines", []), "centered", col, k.get("mark"))
        g.text(c, w / 2, y, k.get("heading", "Certificate of Completion"), g.SERIF_B, 22, align="center")
        y -= 36
        rows = [["Item", "Detail"]]
        if k.get("applicant_name"):
            rows.append([k.get("name_label", "Participant"), k["applicant_name"]])
        if k.get("title"):
            rows.append([k.get("title_label", "Program"), k["title"]])
        if k.get("start_date"):
            rows.append(["Date(s)", W.span(k["start_date"], k["end_date"], k.get("date_style", "us"))])
        if k.get("location"):
            rows.append(["Location", k["location"]])
        if k.get("hours") is not None and k.get("hours_style"):
            rows.append([k.get("hours_label", "Contact Hours"), W.num(k["hours"])])
        if k.get("delivery_line"):
            rows.append(["Format", k["delivery_line"]])
        if k.get("assessment_line"):
            rows.append(["Assessment", k["assessment_line"]])
        if k.get("course_review_line"):
            rows.append(["Course Review", k["course_review_line"]])
        y = g.table(c, 100, y, [130, w - 330], rows, g.SANS, 10.5, row_h=22) - 30
        for line in k.get("extra_lines", []):
            y = g.para(c, 100, y, line, w - 200, g.SERIF, 10.5)
        if k.get("signatory"):
            g.sign_block(c, 100, 150, rng, k["signatory"], k.get("office", ""))
        if k.get("second_signer"):
            g.sign_block(c, w - 290, 150, rng, *k["second_signer"])
        if k.get("issue_date"):
            g.text(c, w - 100, 100, "Issued " + W.abbr(k["issue_date"]), g.SERIF_I, 9.5, align="right")
        g.seal(c, w / 2, 92, 30, k["provider"][:34], "", col)
    return draw


def _letterform(k):
    def draw(c, w, h, rng):
        col = k.get("color", g.NAVY)
        y = g.letterhead(c, w, h, k["provider"], k.get("provider_lines", []), k.get("lh_style", "rule"), col)
        if k.get("issue_date"):
            g.text(c, 72, y, W.long(k["issue_date"]), g.SERIF, 11)
            y -= 36
        g.text(c, 72, y, k.get("heading", "CERTIFICATE OF COMPLETION"), g.SERIF_B, 15)
        y -= 30
        sent = f"This certifies that {k['applicant_name']}" if k.get("applicant_name") else "This certifies that the participant"
        sent += f" {k.get('verb', 'successfully completed')}"
        if k.get("title"):
            sent += f" {k['title']}"
        if k.get("location"):
            sent += f", {k.get('location_prefix', 'in ')}{k['location']}"
        dl = _date_line(k)
        if dl:
            sent += f", {dl}"
        sent += "."
        y = g.para(c, 72, y, sent, w - 144, g.SERIF, 12) - 8
        ht = _hours_text(k)
        if ht:
            y = g.para(c, 72, y, ht[0].upper() + ht[1:] + ".", w - 144, g.SERIF, 12) - 8
        for key in ("assessment_line", "course_review_line", "delivery_line"):
            if k.get(key):
                y = g.para(c, 72, y, k[key], w - 144, g.SERIF, 12) - 8
        for line in k.get("extra_lines", []):
            y = g.para(c, 72, y, line, w - 144, g.SERIF, 12) - 8
        if k.get("signatory"):
            g.sign_block(c, 72, y - 50, rng, k["signatory"], k.get("office", ""))
        if k.get("footer"):
            g.footer(c, w, k["footer"])
    return draw


def _schedule_page(k):
    def draw(c, w, h, rng):
        g.text(c, 72, h - 80, k["provider"], g.SANS_B, 13)
        g.text(c, 72, h - 98, k.get("schedule_heading", "Record of sessions attended"), g.SANS, 11, g.SLATE)
        if k.get("applicant_name"):
            g.text(c, 72, h - 116, "Participant: " + k["applicant_name"], g.SANS, 10)
        rows = [["Date", "Session", "Hours"]]
        for d, title, hrs in k["schedule"]:
            rows.append([W.us(d), title, W.num(hrs)])
        rows.append(["", "Total contact hours", W.num(k["hours"])])
        g.table(c, 72, h - 140, [80, w - 144 - 140, 60], rows, g.SANS, 9, row_h=19)
        g.page_no(c, w, 2, 2)
    return draw


def diploma(applicant_name, college, degree, degree_date, signatory=None, office="President",
            place="", color=g.NAVY, paper=None, latin=False):
    def draw(c, w, h, rng):
        g.border(c, w, h, "guilloche", color)
        cx = w / 2
        g.text(c, cx, h - 110, college, g.SERIF_B, 26, color, "center")
        if place:
            g.text(c, cx, h - 132, place, g.SERIF_I, 11, g.SLATE, "center")
        g.text(c, cx, h - 180, "upon the recommendation of the Faculty has conferred upon", g.SERIF_I, 13, align="center")
        g.text(c, cx, h - 230, applicant_name, g.SERIF_BI, 30, align="center")
        g.text(c, cx, h - 272, "the degree of", g.SERIF_I, 13, align="center")
        g.text(c, cx, h - 310, degree, g.SERIF_B, 20, align="center")
        g.text(c, cx, h - 346, "with all the rights, privileges and honors thereto appertaining.", g.SERIF_I, 11.5, align="center")
        g.text(c, cx, h - 372, "Given " + W.formal(degree_date) + ".", g.SERIF, 12, align="center")
        g.seal(c, cx, 150, 46, college, "SEAL", color)
        if signatory:
            g.sign_block(c, 80, 120, rng, signatory, office, 160)
        g.sign_block(c, w - 240, 120, rng, "", "Registrar", 160)
    f = {"applicant_name": applicant_name, "provider": college, "degree": degree,
         "degree_date": degree_date, "activity": "degree"}
    return Doc("certificate", f, [draw], pagesize=landscape(letter), paper=paper)
