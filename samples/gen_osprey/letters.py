"""Letters: employment verification, committee and officer service, teaching, others."""

from . import layouts as L
from . import wordings as W
from .model import Doc

IIMC_DEPT = ["International Institute of Municipal Clerks", "Education Department",
             "Attn: Designation Review"]


def letter(*, org, org_lines, style, dated, paragraphs, signatory, role, kind="letter",
           fields=None, flags=(), date_style="long", recipient=IIMC_DEPT,
           salutation="To the Education Department:", closing="Sincerely,",
           stamp=None, foot=None, script=True, pages=1, subject=None):
    """A letter on letterhead; `fields` are its truth (signatory/issue_date added)."""
    f = dict(fields or {})
    if signatory:
        f["signatory"] = signatory
    if dated:
        f["issue_date"] = dated
    f = {k: v for k, v in f.items() if v is not None}

    def draw(c):
        c.setPageSize(L.PORTRAIT)
        w, h = c._pagesize
        y = L.letterhead(c, org, org_lines, style) if org else h - 80
        c.setFont("Times-Roman", 11.5)
        if dated:
            c.drawString(60 if style != "two_column" else w - 200, y, W.date(dated, date_style))
            y -= 30
        for line in recipient:
            c.drawString(60, y, line)
            y -= 14
        y -= 12
        if subject:
            c.setFont("Times-Bold", 11.5)
            c.drawString(60, y, "RE: " + subject)
            y -= 24
        c.setFont("Times-Roman", 11.5)
        c.drawString(60, y, salutation)
        y -= 24
        per_page = max(1, (len(paragraphs) + pages - 1) // pages)
        for i, para in enumerate(paragraphs):
            if pages > 1 and i and i % per_page == 0:
                if foot:
                    L.footer(c, foot)
                c.showPage()
                c.setPageSize(L.PORTRAIT)
                y = h - 80
            y = L.wrap(c, para, 60, y, w - 120) - 8
        y -= 6
        c.setFont("Times-Roman", 11.5)
        c.drawString(60, y, closing)
        if signatory:
            L.signature(c, 60, y - 50, signatory, role, script=script, width=200)
        if stamp:
            L.stamp(c, w - 230, 150, stamp, angle=-6)
        if foot:
            L.footer(c, foot)
        c.showPage()
        return pages

    return Doc(kind, f, draw, list(flags))


def employment(*, employer, employer_lines, style, dated, name, position, start, end,
               present=False, ftype=None, admin=None, sector, signatory, role,
               wording=0, hours_week=None, duties="", flags=(), stamp=None,
               date_style="long"):
    """An HR letter; `end` is the received date when the letter says 'to present'."""
    since = W.date(start, ["long", "us", "dmy"][wording % 3])
    until = "the present" if present else W.date(end, ["long", "us", "dmy"][wording % 3])
    typ = {"full_time": "full-time", "part_time": "part-time", None: ""}[ftype]
    if wording == 0:
        p = [f"This letter verifies that {name} has been employed by the {employer} as "
             f"{position} from {since} to {until}."
             + (f" This is a {typ} position" if typ else "")
             + (f" of {hours_week} hours per week." if hours_week else "." if typ else "")]
    elif wording == 1:
        p = [f"Per your request, our records show the following employment history for "
             f"{name}:",
             f"Position held: {position}.   Dates of employment: {since} through {until}."
             + (f"   Status: {typ.capitalize()}" if typ else "")
             + (f", {hours_week} hours weekly." if hours_week else "." if typ else "")]
    else:
        p = [f"I am pleased to confirm that {name} " + ("has served" if present else "served")
             + f" the {employer} in the position of {position} since {since}"
             + ("" if present else f" and until {until}") + "."
             + (f" {name.split()[0]} works {hours_week} hours a week, which is "
                f"{typ} employment with us." if hours_week and typ else
                f" The appointment is {typ}." if typ else "")]
    if duties:
        p.append(duties)
    p.append("Please contact this office should you need anything further.")
    f = {"applicant_name": name, "provider": employer, "position": position,
         "start_date": start, "end_date": end, "employment_type": ftype,
         "administrative": admin, "sector": sector, "activity": "employment"}
    return letter(org=employer, org_lines=employer_lines, style=style, dated=dated,
                  paragraphs=p, signatory=signatory, role=role, kind="employment_letter",
                  fields=f, flags=flags, stamp=stamp, date_style=date_style,
                  salutation=["To Whom It May Concern:", "Dear Review Committee:",
                              "To the Education Department:"][wording % 3],
                  subject="Verification of Employment" if wording == 1 else None)
