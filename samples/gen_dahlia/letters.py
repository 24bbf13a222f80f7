"""Letters: HR employment letters (letterhead, memo, record form), service letters for
committees, boards, offices, teaching, on-the-job work and publications, first-person
letters and letters from relatives. Paragraphs flow over pages with a continuation header."""

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, letter

from . import paper
from . import wordings as W

BLACK = Color(0, 0, 0)


class Flow:
    def __init__(self, c, doc, fam, size, top_y, w, h, cont_label):
        self.c, self.doc, self.fam, self.size = c, doc, fam, size
        self.y, self.w, self.h = top_y, w, h
        self.page = 1
        self.cont = cont_label
        self.x = 72

    def newpage(self):
        c = self.c
        if self.doc.s.get("footer"):
            paper.footer(c, self.w, self.doc.s["footer"], self.fam)
        c.setFont(self.fam[0], 8.5)
        c.drawRightString(self.w - 72, 40, f"Page {self.page}")
        c.showPage()
        c.setPageSize((self.w, self.h))
        self.page += 1
        c.setFont(self.fam[0], 9)
        c.drawString(72, self.h - 60, self.cont)
        c.drawRightString(self.w - 72, self.h - 60, f"Page {self.page}")
        c.line(72, self.h - 66, self.w - 72, self.h - 66)
        self.y = self.h - 96

    def need(self, dy):
        if self.y - dy < 90:
            self.newpage()

    def p(self, text, bold=False, indent=0, gap=9):
        font = self.fam[1] if bold else self.fam[0]
        lines = paper.wrap(self.c, text, font, self.size, self.w - 144 - indent)
        for ln in lines:
            self.need(self.size * 1.4)
            self.c.setFont(font, self.size)
            self.c.drawString(self.x + indent, self.y, ln)
            self.y -= self.size * 1.4
        self.y -= gap

    def bullets(self, items):
        for it in items:
            self.p("\u2022  " + it, indent=14, gap=2)
        self.y -= 6

    def end(self):
        if self.doc.s.get("footer"):
            paper.footer(self.c, self.w, self.doc.s["footer"], self.fam)
        if self.page > 1 or self.doc.s.get("page_of"):
            self.c.setFont(self.fam[0], 8.5)
            self.c.drawRightString(self.w - 72, 40, f"Page {self.page}")
        self.c.showPage()


def _start(c, doc, rng, head_lines):
    size = A4 if doc.s.get("a4") else letter
    c.setPageSize(size)
    w, h = size
    fam = doc.s.get("fam") or paper.family(rng)
    ink = doc.s.get("ink") or rng.choice(paper.INKS)
    if doc.s.get("security"):
        paper.security(c, w, h, rng, "tint")
    org = doc.s.get("org") or doc.f.get("provider", "")
    if doc.s.get("plain_head"):
        y = h - 80
    else:
        y = paper.letterhead(c, w, h, rng, org, head_lines, ink, fam, doc.s.get("lh_style"))
    c.setFillColor(BLACK)
    fl = Flow(
        c,
        doc,
        fam,
        doc.s.get("size", rng.choice([10.5, 11, 11.5])),
        y,
        w,
        h,
        doc.s.get(
            "cont", "Letter regarding " + doc.s.get("name_print", doc.f.get("applicant_name", ""))
        ),
    )
    return fl, fam, ink


def _sign(fl, doc, rng, closing=None):
    fl.need(90)
    fl.p(
        closing
        or rng.choice(["Sincerely,", "Respectfully,", "With best regards,", "Yours truly,"]),
        gap=4,
    )
    paper.signature(fl.c, fl.x + 4, fl.y - 12, rng, 130)
    fl.y -= 34
    if "signatory" in doc.f:
        fl.p(doc.s.get("sig_print", doc.f["signatory"]), gap=0)
    for t in doc.s.get("sig_lines", []):
        fl.p(t, gap=0)
    fl.y -= 10


def _dated(fl, doc, rng):
    if "issue_date" in doc.f:
        fl.p(
            W.date(
                doc.f["issue_date"],
                doc.s.get("date_style") or W.pick_date_style(rng, doc.s.get("intl")),
            ),
            gap=14,
        )


def _span_words(doc, rng):
    f = doc.f
    ds = doc.s.get("date_style") or W.pick_date_style(rng, doc.s.get("intl"))
    fmt = (lambda x: W.month_year(x)) if doc.s.get("month_only") else (lambda x: W.date(x, ds))
    a = fmt(f["start_date"]) if "start_date" in f else None
    if doc.s.get("to_present"):
        b = rng.choice(["the present", "present", "the present day"])
    else:
        b = fmt(f["end_date"]) if "end_date" in f else None
    return a, b


def employment(c, doc):
    rng = doc.rng("emp")
    f = doc.f
    name = doc.s.get("name_print", f.get("applicant_name", "the employee"))
    style = doc.s.get("style") or rng.choice(["letter", "memo", "record"])
    fl, fam, ink = _start(c, doc, rng, doc.s.get("head_lines", []))
    a, b = _span_words(doc, rng)
    typ = {
        "full_time": rng.choice(["full-time", "full time", "regular full-time"]),
        "part_time": rng.choice(
            ["part-time", "part time", "regular part-time (20 hours per week)"]
        ),
    }.get(f.get("employment_type"))
    admin = None
    if f.get("administrative") is True:
        admin = doc.s.get("admin_text") or rng.choice(
            [
                "The position carries administrative responsibility for the office, and the incumbent supervises two staff members.",
                "This is an administrative position; the holder manages the department and supervises its staff.",
            ]
        )
    elif f.get("administrative") is False:
        admin = (
            doc.s.get("admin_text")
            or "The position carries no administrative or supervisory responsibility."
        )
    if style == "memo":
        fl.p("MEMORANDUM", bold=True, gap=10)
        rows = [
            ("TO:", doc.s.get("to", "IIMC Education Department")),
            ("FROM:", (f.get("signatory", "") + ", " + doc.s.get("sig_title", "")).strip(", ")),
            (
                "DATE:",
                W.date(f["issue_date"], doc.s.get("date_style", "us")) if "issue_date" in f else "",
            ),
            ("RE:", "Employment verification \u2013 " + name),
        ]
        for lab, val in rows:
            if val:
                fl.c.setFont(fam[1], fl.size)
                fl.c.drawString(fl.x, fl.y, lab)
                fl.c.setFont(fam[0], fl.size)
                fl.c.drawString(fl.x + 60, fl.y, val)
                fl.y -= fl.size * 1.6
        fl.c.line(fl.x, fl.y + 4, fl.w - 72, fl.y + 4)
        fl.y -= 14
        s = f"{name} has been employed by the {f['provider']}"
        if "position" in f:
            s += f" as {f['position']}"
        if a:
            s += (
                f" since {a}"
                if doc.s.get("to_present")
                else f" from {a}" + (f" to {b}" if b else "")
            )
        s += "."
        if typ:
            s += f" The appointment is {typ}."
        fl.p(s)
        if admin:
            fl.p(admin)
        if doc.s.get("duties"):
            fl.p("Principal duties:", gap=3)
            fl.bullets(doc.s["duties"])
        for t in doc.s.get("extra", []):
            fl.p(t)
        fl.p("Please contact this office should you need further information.")
        paper.signature(fl.c, fl.x + 4, fl.y - 8, rng, 110)
        fl.y -= 30
        if "signatory" in f:
            fl.p(f["signatory"], gap=0)
        fl.end()
        return
    if style == "record":
        fl.p(doc.s.get("heading", "VERIFICATION OF EMPLOYMENT"), bold=True, gap=6)
        _dated(fl, doc, rng)
        rows = [("Employee", name)]
        if "position" in f:
            rows.append(("Position / Title", f["position"]))
        rows.append(("Employer", f["provider"]))
        if a:
            rows.append(("Date of hire", a))
        if doc.s.get("to_present"):
            rows.append(("Separation date", "N/A \u2013 currently employed"))
        elif b:
            rows.append(("Separation date", b))
        if typ:
            rows.append(("Status", typ.capitalize()))
        if f.get("administrative") is not None:
            rows.append(("Supervisory / administrative", "Yes" if f["administrative"] else "No"))
        for lab, val in rows:
            fl.need(20)
            fl.c.setLineWidth(0.5)
            fl.c.rect(fl.x, fl.y - 6, 170, 20)
            fl.c.rect(fl.x + 170, fl.y - 6, fl.w - 144 - 170, 20)
            fl.c.setFont(fam[1], 9.5)
            fl.c.drawString(fl.x + 5, fl.y, lab)
            fl.c.setFont(fam[0], 10)
            fl.c.drawString(fl.x + 176, fl.y, val)
            fl.y -= 20
        fl.y -= 16
        if admin and f.get("administrative") is not None and doc.s.get("admin_sentence"):
            fl.p(admin)
        if doc.s.get("duties"):
            fl.p("Summary of duties:", bold=True, gap=3)
            fl.bullets(doc.s["duties"])
        for t in doc.s.get("extra", []):
            fl.p(t)
        fl.p("The information above is taken from the personnel records of the employer.")
        _sign(fl, doc, rng, "Certified by,")
        fl.end()
        return
    _dated(fl, doc, rng)
    for t in doc.s.get(
        "address",
        ["IIMC Education Department", "8331 Utica Avenue, Suite 200", "Rancho Cucamonga, CA 91730"],
    ):
        fl.p(t, gap=0)
    fl.y -= 12
    fl.p(
        doc.s.get("salutation")
        or rng.choice(
            ["To Whom It May Concern:", "Dear Education Department:", "Dear Sir or Madam:"]
        )
    )
    s = rng.choice(
        [
            "This letter will verify that",
            "I am writing to confirm that",
            "Please accept this letter as verification that",
        ]
    )
    s += f" {name} "
    s += (
        "has been employed by" if doc.s.get("to_present") else "was employed by"
    ) + f" the {f['provider']}"
    if "position" in f:
        s += f" in the position of {f['position']}"
    if a and doc.s.get("to_present"):
        s += f" from {a} to {b}"
    elif a:
        s += f" from {a}" + (f" through {b}" if b else "")
    s += "."
    if typ:
        s += f" {doc.s.get('pronoun', 'She').capitalize()} {'is' if doc.s.get('to_present') else 'was'} employed on a {typ} basis."
    fl.p(s)
    if admin:
        fl.p(admin)
    if doc.s.get("duties"):
        fl.p(
            rng.choice(
                ["Duties of the position include:", "Responsibilities include the following:"]
            ),
            gap=3,
        )
        fl.bullets(doc.s["duties"])
    for t in doc.s.get("extra", []):
        fl.p(t)
    if doc.s.get("break_before_sign"):
        fl.newpage()
    _sign(fl, doc, rng)
    fl.end()


def service(c, doc):
    """Any other letter: the paragraphs are built from the facts by the caller-chosen activity."""
    rng = doc.rng("svc")
    fl, fam, ink = _start(c, doc, rng, doc.s.get("head_lines", []))
    _dated(fl, doc, rng)
    if doc.s.get("re"):
        fl.p("RE: " + doc.s["re"], bold=True)
    fl.p(
        doc.s.get("salutation")
        or rng.choice(
            [
                "To the IIMC Education Department:",
                "To Whom It May Concern:",
                "Dear Members of the Certification Committee:",
            ]
        )
    )
    for t in doc.s.get("paras", []):
        if t == "<BREAK>":
            fl.newpage()
        elif isinstance(t, list):
            fl.bullets(t)
        else:
            fl.p(t)
    _sign(fl, doc, rng)
    if doc.s.get("cc"):
        fl.p("cc: " + doc.s["cc"], gap=0)
    if doc.s.get("stamp"):
        paper.stamp(c, fl.w - 150, fl.h - 150, doc.s["stamp"], rng)
    fl.end()
