"""Employment letters (prose, labelled fields, table, memo) and other letters
(committee, chair, board, officer, teaching, on-the-job, publication, first person)."""
from reportlab.lib.pagesizes import A4, letter

from . import drawing as dr
from . import wordings as wd


def _page(c, rng):
    w, h = rng.choice([letter, letter, A4])
    c.setPageSize((w, h))
    return w, h


def _span(f, p, rng):
    a = wd.date_text(f["start_date"], rng, 0)
    b = wd.to_present(rng) if p.get("present") else "to " + wd.date_text(f["end_date"], rng, 0)
    return a, b


def _close(c, y, f, p, rng):
    c.setFont("Times-Roman", 11)
    c.drawString(72, y - 10, rng.choice(["Sincerely,", "Respectfully,", "Yours truly,"]))
    if "signatory" in f:
        dr.signature(c, 72, y - 60, f["signatory"], p.get("signer_title", ""), rng)


def _head(c, w, h, f, p, rng):
    y = dr.letterhead(c, w, h, p.get("org", f.get("provider", "")), p.get("lines", []), rng)
    if "issue_date" in f:
        c.setFont("Times-Roman", 11)
        c.drawString(72, y, wd.date_text(f["issue_date"], rng, rng.choice([0, 1, 4])))
        y -= 30
    return y


def hr_prose(c, f, p, rng):
    w, h = _page(c, rng)
    y = _head(c, w, h, f, p, rng)
    c.setFont("Times-Roman", 11)
    c.drawString(72, y, "To the IIMC Education Department:")
    y -= 24
    a, b = _span(f, p, rng)
    verb = "has been employed" if p.get("present") else "was employed"
    s = (f"This letter verifies that {f.get('applicant_name', 'the employee named above')} {verb} by the "
         f"{f['provider']} as {f['position']} from {a} {b}.")
    if "employment_type" in f:
        s += f" The position is {wd.employment_type_text(f['employment_type'], rng)}."
    s += " " + wd.admin_text(f.get("administrative"), rng)
    s += " " + p.get("duties", "Duties include agendas and minutes, records, and elections.")
    y = dr.wrap(c, s, 72, y, w - 144, "Times-Roman", 11, 15)
    y = dr.wrap(c, "Please contact this office with any question about this verification.",
                72, y - 8, w - 144, "Times-Roman", 11, 15)
    _close(c, y - 10, f, p, rng)
    dr.footer(c, w, "Human Resources Department  -  " + f["provider"], rng)
    c.showPage()


def _rows(f, p, rng):
    a, b = _span(f, p, rng)
    rows = [("Employee", f.get("applicant_name")), ("Employer", f["provider"]),
            ("Position", f["position"]), ("Start date", a),
            ("End date", b.replace("to ", "", 1) if not p.get("present") else "Present"),
            ("Status", {"full_time": "Full-time", "part_time": "Part-time"}.get(f.get("employment_type")))]
    if "administrative" in f:
        rows.append(("Administrative", "Yes - supervises staff" if f["administrative"]
                     else "No administrative responsibility"))
    return [(k, v) for k, v in rows if v]


def hr_fields(c, f, p, rng):
    w, h = _page(c, rng)
    y = _head(c, w, h, f, p, rng)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, y, "EMPLOYMENT VERIFICATION")
    y -= 28
    for k, v in _rows(f, p, rng):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, y, k + ":")
        c.setFont("Helvetica", 10)
        c.drawString(190, y, v)
        y -= 18
    _close(c, y - 20, f, p, rng)
    c.showPage()


def hr_table(c, f, p, rng):
    w, h = _page(c, rng)
    y = _head(c, w, h, f, p, rng)
    y = dr.wrap(c, "Re: Verification of employment for the IIMC certification program. "
                "Our records show the following.", 72, y, w - 144, "Times-Roman", 11)
    rows = _rows(f, p, rng)
    y = dr.table(c, 72, y - 10, ["Record", "Value"], [list(r) for r in rows], [140, 300], rng)
    _close(c, y - 10, f, p, rng)
    c.showPage()


def hr_memo(c, f, p, rng):
    w, h = _page(c, rng)
    c.setFont("Courier-Bold", 16)
    c.drawString(72, h - 80, "MEMORANDUM")
    y = h - 115
    heads = [("TO", "IIMC Education Department"), ("FROM", f.get("signatory", "Human Resources")),
             ("DATE", wd.date_text(f["issue_date"], rng, 2) if "issue_date" in f else ""),
             ("RE", "Employment of " + f.get("applicant_name", "staff member"))]
    for k, v in heads:
        c.setFont("Courier-Bold", 11)
        c.drawString(72, y, k + ":")
        c.setFont("Courier", 11)
        c.drawString(150, y, v)
        y -= 17
    c.line(72, y, w - 72, y)
    y -= 22
    a, b = _span(f, p, rng)
    s = (f"{f.get('applicant_name', 'The employee')} has served the {f['provider']} as "
         f"{f['position']} from {a} {b}")
    s += f", {wd.employment_type_text(f['employment_type'], rng)}." if "employment_type" in f else "."
    s += " " + wd.admin_text(f.get("administrative"), rng)
    y = dr.wrap(c, s, 72, y, w - 144, "Courier", 10.5, 14)
    if "signatory" in f:
        dr.signature(c, 72, y - 60, f["signatory"], p.get("signer_title", ""), rng)
    c.showPage()


def _service_text(f, p, rng):
    who = f.get("applicant_name", "the member")
    t = f.get("title")
    act = f["activity"]
    if "years" in f:
        term = f" for {wd.years_words(int(f['years']))} {p.get('unit', 'years')}"
    else:
        term = ""
    if "start_date" in f:
        term += (f" from {wd.date_text(f['start_date'], rng, 0)} to "
                 f"{wd.date_text(f['end_date'], rng, 0)}")
    body = p.get("body")
    if body:
        return body
    if act in ("committee_member", "committee_chair", "board_member", "association_officer",
               "related_officer"):
        role = {"committee_member": "a member of", "committee_chair": "Chair of",
                "board_member": "a member of", "association_officer": p.get("office", "Treasurer") + " of",
                "related_officer": p.get("office", "Secretary") + " of"}[act]
        what = f"the {t}" if t else "one of our committees"
        if act in ("association_officer", "related_officer"):
            role, what = "our", t
        return (f"On behalf of the {f['provider']}, I thank {who} for serving as {role} {what}"
                f"{term}. This service has been of real value to our members.")
    if act.startswith("teaching"):
        return (f"This confirms that {who} taught the session \"{t}\" for the {f['provider']}"
                f"{term}, a total of {f['hours']:g} hours of instruction and preparation.")
    if act == "on_the_job":
        return (f"{who} led the project \"{t}\"{term}, beyond the daily duties of the post, devoting "
                f"{f['hours']:g} hours to it. The work benefits the whole municipality.")
    return (f"We are pleased to confirm that {who}'s article \"{t}\" was published by the "
            f"{f['provider']}{term}.")


def service(c, f, p, rng):
    w, h = _page(c, rng)
    y = _head(c, w, h, f, p, rng)
    c.setFont("Times-Roman", 11)
    c.drawString(72, y, p.get("salutation", "Dear Education Department,"))
    y = dr.wrap(c, _service_text(f, p, rng), 72, y - 24, w - 144, rng.choice(["Times-Roman", "Helvetica"]), 11, 15)
    for extra in p.get("extra", []):
        y = dr.wrap(c, extra, 72, y - 8, w - 144, "Times-Roman", 11, 15)
    _close(c, y - 6, f, p, rng)
    if p.get("footer"):
        dr.footer(c, w, p["footer"], rng)
    c.showPage()


STYLES = {"hr_prose": hr_prose, "hr_fields": hr_fields, "hr_table": hr_table,
          "hr_memo": hr_memo, "service": service}
