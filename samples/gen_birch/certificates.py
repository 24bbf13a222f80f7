"""Certificates: landscape with seal, portrait, online printout, verification sheet,
conference certificate, diploma. Each prints exactly the truth fields it is given."""
from reportlab.lib.pagesizes import landscape, letter

from . import drawing as dr
from . import wordings as wd

DELIVERY = {"online": "Delivered fully online", "hybrid": "Hybrid (online and classroom) course",
            "webinar": "Live interactive webinar", "in_person": "Classroom instruction"}


def _facts(f, rng):
    """The lines of fact a certificate prints, in reading order."""
    out = []
    if "start_date" in f:
        out.append(wd.range_text(f["start_date"], f["end_date"], rng))
    if "location" in f:
        out.append(f["location"])
    if "hours" in f:
        out.append(wd.hours_text(f["hours"], rng))
    if "days" in f:
        out.append(f"{wd.years_words(int(f['days'])).capitalize()} days of attendance")
    if "delivery" in f:
        out.append(DELIVERY[f["delivery"]])
    if f.get("assessment") is True:
        out.append(rng.choice(["Learning assessment completed", "Assessment: passed"]))
    elif f.get("assessment") is False:
        out.append("No learning assessment was administered")
    if f.get("course_review"):
        out.append(f"IIMC Course Review No. {rng.randrange(2014, 2026)}-{rng.randrange(100, 400)}")
    if "issue_date" in f:
        out.append("Issued " + wd.date_text(f["issue_date"], rng))
    return out


def _sig(c, x, y, f, p, rng):
    if "signatory" in f:
        dr.signature(c, x, y, f["signatory"], p.get("signer_title", "Director"), rng)


def landscape_seal(c, f, p, rng):
    w, h = landscape(letter)
    c.setPageSize((w, h))
    dr.frame(c, w, h, rng)
    dr.centre(c, f.get("provider", ""), h - 95, rng.choice(dr.SERIFS[1:]), 20, w)
    dr.centre(c, p.get("heading", "Certificate of Completion"), h - 140, "Times-BoldItalic", 30, w)
    dr.centre(c, rng.choice(["This certifies that", "Be it known that", "Presented to"]),
              h - 180, "Times-Italic", 13, w)
    if "applicant_name" in f:
        dr.centre(c, f["applicant_name"], h - 218, "Times-Bold", 26, w)
    dr.centre(c, wd.completion(rng) if p.get("attend") is None else wd.attendance(rng),
              h - 250, "Times-Roman", 13, w)
    if "title" in f:
        dr.centre(c, f["title"], h - 282, "Helvetica-Bold", rng.choice([15, 17, 19]), w)
    y = h - 315
    for ln in _facts(f, rng):
        dr.centre(c, ln, y, "Times-Roman", 11.5, w)
        y -= 16
    dr.seal(c, w / 2, 105, 42, rng, p.get("seal", "OFFICIAL"))
    _sig(c, 90, 95, f, p, rng)
    if p.get("second_signer"):
        dr.signature(c, w - 270, 95, p["second_signer"], "Program Coordinator", rng)
    c.showPage()


def portrait(c, f, p, rng):
    w, h = letter
    c.setPageSize((w, h))
    dr.frame(c, w, h, rng, double=rng.random() < 0.5)
    dr.seal(c, w / 2, h - 110, 38, rng, p.get("seal", "CLERKS"))
    dr.centre(c, f.get("provider", ""), h - 180, "Helvetica-Bold", 14, w)
    dr.centre(c, p.get("heading", "Certificate of Achievement").upper(), h - 215,
              "Times-Bold", 22, w)
    if "applicant_name" in f:
        dr.centre(c, "awarded to", h - 250, "Times-Italic", 12, w)
        dr.centre(c, f["applicant_name"], h - 285, "Times-BoldItalic", 24, w)
    dr.centre(c, wd.completion(rng), h - 320, "Times-Roman", 12, w)
    if "title" in f:
        dr.centre(c, f["title"], h - 350, "Times-Bold", 16, w)
    y = h - 385
    for ln in _facts(f, rng):
        dr.centre(c, ln, y, "Helvetica", 10.5, w)
        y -= 15
    _sig(c, w / 2 - 85, 120, f, p, rng)
    c.showPage()


def online(c, f, p, rng):
    """A learning platform's printout: a header bar, a record table, a URL footer."""
    w, h = letter
    c.setPageSize((w, h))
    plat = p.get("platform", "LearnBridge")
    c.setFillColorRGB(0.15, 0.35, 0.55)
    c.rect(0, h - 50, w, 50, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(40, h - 32, plat)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, h - 100, "Course Completion Record")
    c.setFont("Helvetica", 10)
    c.drawString(50, h - 120, "Course offered by " + f.get("provider", ""))
    rows = []
    if "applicant_name" in f:
        rows.append(["Learner", f["applicant_name"]])
    if "title" in f:
        rows.append(["Course", f["title"]])
    if "start_date" in f:
        rows.append(["Completed", wd.date_text(f["end_date"], rng, 2)])
        if f["start_date"] != f["end_date"]:
            rows.insert(-1, ["Started", wd.date_text(f["start_date"], rng, 2)])
    if "hours" in f:
        rows.append(["Credit hours", f"{f['hours']:g}"])
    if "delivery" in f:
        rows.append(["Format", DELIVERY[f["delivery"]]])
    if "assessment" in f:
        rows.append(["Final assessment", "Passed (82%)" if f["assessment"] else "None"])
    if f.get("course_review"):
        rows.append(["IIMC Course Review", f"approved, No. {rng.randrange(2015, 2026)}-0{rng.randrange(10, 99)}"])
    dr.table(c, 50, h - 150, ["Item", "Detail"], rows, [150, 360], rng, 10)
    if "signatory" in f:
        dr.signature(c, 50, 200, f["signatory"], p.get("signer_title", "Registrar"), rng)
    dr.footer(c, w, f"https://{plat.lower()}.example/records/{rng.randrange(10**6, 10**7)}"
              "   printed from the learner portal", rng)
    c.showPage()


def verification(c, f, p, rng):
    """An association's verification sheet: letterhead, labelled facts, a stamp."""
    w, h = letter
    c.setPageSize((w, h))
    y = dr.letterhead(c, w, h, f.get("provider", ""), p.get("lines", ["Education Committee"]), rng)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, y, p.get("heading", "Verification of Attendance"))
    y -= 30
    labels = [("Participant", f.get("applicant_name")), ("Program", f.get("title")),
              ("Dates", wd.range_text(f["start_date"], f["end_date"], rng) if "start_date" in f else None),
              ("Location", f.get("location")),
              ("Contact hours", f"{f['hours']:g}" if "hours" in f else None),
              ("Days", f"{f['days']:g}" if "days" in f else None)]
    for lab, val in labels:
        if val is None:
            continue
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(60, y, lab + ":")
        c.setFont("Courier", 10.5)
        c.drawString(180, y, str(val))
        y -= 20
    y -= 10
    for ln in _facts({k: v for k, v in f.items() if k in ("delivery", "assessment", "course_review", "issue_date")}, rng):
        c.setFont("Helvetica", 10)
        c.drawString(60, y, ln)
        y -= 16
    _sig(c, 60, 170, f, p, rng)
    dr.stamp(c, w - 220, 190, p.get("stamp", "VERIFIED"), rng)
    dr.footer(c, w, "Records of attendance are kept for seven years.", rng)
    c.showPage()


def diploma(c, f, p, rng):
    w, h = landscape(letter)
    c.setPageSize((w, h))
    dr.frame(c, w, h, rng)
    dr.centre(c, f["provider"], h - 100, "Times-Bold", 28, w)
    dr.centre(c, "upon the recommendation of the faculty has conferred upon", h - 150,
              "Times-Italic", 13, w)
    dr.centre(c, f["applicant_name"], h - 195, "Times-BoldItalic", 28, w)
    dr.centre(c, "the degree of", h - 230, "Times-Italic", 13, w)
    dr.centre(c, f["degree"], h - 265, "Times-Bold", 20, w)
    dr.centre(c, "with all the rights and privileges thereto, given on "
              + wd.date_text(f["degree_date"], rng, 0), h - 300, "Times-Roman", 12, w)
    dr.seal(c, w / 2, 110, 45, rng, "SEAL")
    dr.signature(c, 80, 100, "Harriet Quell", "President", rng)
    c.showPage()


STYLES = {"landscape": landscape_seal, "portrait": portrait, "online": online,
          "verification": verification, "diploma": diploma}
