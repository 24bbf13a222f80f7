"""Letters: HR employment verifications (prose, labelled fields, table, memo) and service
letters (committee, chair, board, officer, teaching, on-the-job, publication), including
the ones the guidelines refuse (first person, from a relative)."""

from __future__ import annotations

from . import drawing as D
from . import wordings as W


def span(f, x, rng, present=False):
    """The dates of the work as the letter prints them (full, month-only or year-only)."""
    style = x.get("span", "full")
    s = f.get("start_date")
    e = f.get("end_date")

    def one(iso, end=False):
        dd = W.d(iso)
        if style == "month":
            return f"{W.MONTHS[dd.month - 1]} {dd.year}"
        if style == "year":
            return str(dd.year)
        return W.date(iso, rng, ("long", "us", "dmy", "abbr"))

    if s is None:
        return ""
    if present:
        return f"from {one(s)} {W.to_present(rng)}"
    if e is None:
        return f"since {one(s)}"
    return rng.choice([f"from {one(s)} to {one(e, True)}", f"from {one(s)} through {one(e, True)}",
                       f"{one(s)} - {one(e, True)}"])


def _dateline(c, f, x, rng, y, left=72):
    if "issue_date" in f:
        c.setFont("Times-Roman", 11)
        c.drawString(left, y, W.date(f["issue_date"], rng, ("long", "long", "dmy", "abbr")))
    return y - 34


def _close(c, f, x, rng, y, left=72):
    c.setFont("Times-Roman", 11)
    c.drawString(left, y, rng.choice(["Sincerely,", "Respectfully,", "With best regards,",
                                       "Yours truly,", "Cordially,"]))
    name = f.get("signatory", x.get("unsigned_name"))
    if name:
        D.signature(c, left + 4, y - 30, rng)
        c.setFont("Times-Roman", 11)
        c.drawString(left, y - 52, name)
        for i, line in enumerate(x.get("role_lines", [])):
            c.drawString(left, y - 66 - 14 * i, line)
    return y - 100


def _salutation(c, x, rng, y, left=72):
    c.setFont("Times-Roman", 11)
    c.drawString(left, y, x.get("salutation", rng.choice(
        ["To Whom It May Concern:", "Dear IIMC Education Department:",
         "To the IIMC Certification Committee:", "RE: Verification of Employment"])))
    return y - 24


# --------------------------------------------------------------- employment letters

def _employment_facts_text(f, x, rng):
    name = f.get("applicant_name", "the employee")
    first = x.get("first", name.split()[0])
    pos = f.get("position")
    t = W.employment_type(f["employment_type"], rng) if "employment_type" in f else None
    when = span(f, x, rng, present=x.get("present", False))
    s1 = rng.choice([
        f"This letter verifies that {name} has been employed by the {f['provider']}",
        f"Please accept this letter as verification that {name} was employed with {f['provider']}",
        f"Our records show that {name} is employed by {f['provider']}",
    ])
    if x.get("present") is False and "end_date" in f:
        s1 = s1.replace("has been employed", "was employed").replace("is employed", "was employed")
    s1 += (f" as {pos}" if pos else "") + (f", on a {t} basis," if t else "") + f" {when}."
    s2 = W.admin_sentence(f.get("administrative"), rng, first) if "administrative" in f or x.get("duties") else ""
    if x.get("duties_text"):
        s2 = x["duties_text"]
    return s1, s2


def employment_prose(c, f, x, rng):
    w, h = D.new_page(c, D.PORTRAIT)
    y = D.letterhead(c, x.get("lh", "rule"), x.get("office", f["provider"]), x["address"], w, h, rng,
                     x.get("color", (0.1, 0.25, 0.45)), sub=x.get("lh_sub"))
    y = _dateline(c, f, x, rng, y)
    y = _salutation(c, x, rng, y)
    s1, s2 = _employment_facts_text(f, x, rng)
    y = D.paragraph(c, s1, 72, y, w - 144) - 8
    if s2:
        y = D.paragraph(c, s2, 72, y, w - 144) - 8
    y = D.paragraph(c, rng.choice([
        "Please contact our office should you require any further information.",
        "This information is provided at the employee's request for IIMC certification purposes.",
        "If I can be of further assistance, do not hesitate to call."]), 72, y, w - 144) - 18
    _close(c, f, x, rng, y)
    D.footer(c, x.get("footer", "An Equal Opportunity Employer"), w)
    c.showPage()
    return 1


def employment_fields(c, f, x, rng):
    """A verification form with labelled fields."""
    w, h = D.new_page(c, D.PORTRAIT)
    y = D.letterhead(c, x.get("lh", "bar"), x.get("office", f["provider"]), x["address"], w, h, rng,
                     x.get("color", (0.3, 0.1, 0.1)), sub=x.get("lh_sub"))
    D.centred(c, rng.choice(["EMPLOYMENT VERIFICATION", "VERIFICATION OF EMPLOYMENT",
                             "Human Resources - Employment Verification"]), y, w, "Helvetica-Bold", 14)
    y -= 30
    rows = [["Employee name:", f.get("applicant_name", "")], ["Employer:", f["provider"]]]
    if "position" in f:
        rows.append(["Position / title:", f["position"]])
    if "start_date" in f:
        rows.append(["Date of hire:", W.date(f["start_date"], rng, ("us", "long"))])
    if x.get("present"):
        rows.append(["Separation date:", rng.choice(["N/A - currently employed", "Active", "Still employed"])])
    elif "end_date" in f:
        rows.append(["Separation date:", W.date(f["end_date"], rng, ("us", "long"))])
    if "employment_type" in f:
        rows.append(["Status:", "Full-time" if f["employment_type"] == "full_time" else "Part-time"])
    if "administrative" in f:
        rows.append(["Administrative / supervisory:", "Yes" if f["administrative"] else "No"])
    y = D.table(c, 72, y, rows, [170, w - 314], header=False, leading=22, size=10.5)
    if x.get("duties_text"):
        y = D.paragraph(c, "Duties: " + x["duties_text"], 72, y - 6, w - 144, "Helvetica", 10) - 10
    if "issue_date" in f:
        c.setFont("Helvetica", 10)
        c.drawString(72, y - 10, "Date completed: " + W.date(f["issue_date"], rng, ("us", "long")))
        y -= 30
    if "signatory" in f:
        D.sign_block(c, 72, y - 40, f["signatory"], x.get("role", "Human Resources"), rng)
    D.footer(c, x.get("footer", "Confidential - for verification purposes only"), w)
    c.showPage()
    return 1


def employment_table(c, f, x, rng):
    """A letter with a position-history table (several rows: one person's career here)."""
    w, h = D.new_page(c, D.PORTRAIT)
    y = D.letterhead(c, x.get("lh", "banner"), x.get("office", f["provider"]), x["address"], w, h, rng,
                     x.get("color", (0.05, 0.35, 0.35)), sub=x.get("lh_sub"))
    y = _dateline(c, f, x, rng, y)
    y = _salutation(c, x, rng, y)
    name = f.get("applicant_name", "the employee")
    y = D.paragraph(c, f"At the request of {name}, the {f['provider']} confirms the employment history below.",
                    72, y, w - 144) - 6
    rows = [["Position", "From", "To", "Status"]]
    t = ""
    if "employment_type" in f:
        t = "Full-time" if f["employment_type"] == "full_time" else "Part-time"
    rows.append([f.get("position", ""), W.date(f["start_date"], rng, ("us",)),
                 "Present" if x.get("present") else W.date(f["end_date"], rng, ("us",)), t])
    y = D.table(c, 72, y, rows, [220, 80, 80, 88], size=9.5, leading=18)
    if x.get("duties_text") or "administrative" in f:
        y = D.paragraph(c, x.get("duties_text") or W.admin_sentence(f.get("administrative"), rng,
                                                                    x.get("first", name.split()[0])),
                        72, y - 4, w - 144) - 10
    _close(c, f, x, rng, y - 8)
    c.showPage()
    return 1


def employment_memo(c, f, x, rng):
    w, h = D.new_page(c, D.PORTRAIT)
    c.setFont("Helvetica-Bold", 22)
    c.drawString(72, h - 80, "MEMORANDUM")
    c.setFont("Helvetica", 8)
    c.drawString(72, h - 94, x.get("office", f["provider"]) + " - " + x["address"])
    rows = [["TO:", "IIMC Education Department"],
            ["FROM:", f"{f.get('signatory', '')}, {x.get('role', 'Human Resources')}"],
            ["DATE:", W.date(f["issue_date"], rng, ("long", "us")) if "issue_date" in f else ""],
            ["RE:", "Employment of " + f.get("applicant_name", "")]]
    y = D.table(c, 72, h - 115, rows, [60, 380], header=False, grid=False, leading=17, size=10.5)
    c.line(72, y, w - 72, y)
    s1, s2 = _employment_facts_text(f, x, rng)
    y = D.paragraph(c, s1 + (" " + s2 if s2 else ""), 72, y - 24, w - 144, "Helvetica", 10.5)
    D.sign_block(c, 72, y - 60, f.get("signatory", ""), x.get("role", ""), rng) if "signatory" in f else None
    c.showPage()
    return 1


# --------------------------------------------------------------- service letters

def _service_body(f, x, rng):
    name = f.get("applicant_name", "")
    act = f.get("activity")
    title = f.get("title", "")
    prov = f.get("provider", "")
    when = span(f, x, rng)
    years = ""
    if "years" in f:
        n = int(f["years"])
        years = rng.choice([f" for {W.WORDS[n]} consecutive years", f" for {W.TERMS.get(n, str(n) + ' terms')}",
                            f" for {W.WORDS[n]} ({n}) years"])
    hours = f" ({W.hours(f['hours'], rng)})" if "hours" in f else ""
    if act in ("committee_member", "committee_chair"):
        role = "as Chair of" if act == "committee_chair" else rng.choice(["as a member of", "on"])
        return (f"On behalf of the {prov}, I am pleased to confirm that {name} served {role} the "
                f"{title}{years} {when}.").replace("  ", " ") + " " + rng.choice([
                    "The committee's work benefited greatly from that service.",
                    "We are grateful for the time and expertise contributed.",
                    "Thank you for your dedication to our members."])
    if act == "board_member":
        return (f"This letter confirms that {name} served on the {title} of the {prov}{years} {when}. "
                "Board members attend quarterly meetings and the annual planning retreat.")
    if act in ("association_officer", "related_officer"):
        return (f"I write to confirm that {name} was elected and served as {title} of the {prov}"
                f"{years} {when}. The officers of the association are elected by the membership "
                "at the annual business meeting.")
    if act in ("teaching_institute", "teaching_state"):
        return (f"Thank you for serving as an instructor for the {prov}. This confirms that {name} "
                f"taught the session \"{title}\"{hours} {when}. Participant evaluations were excellent.")
    if act == "on_the_job":
        return (f"I am writing in support of {name}'s application for the Master Municipal Clerk "
                f"designation. Outside of regular daily duties, {x.get('first', name.split()[0])} "
                f"led the project \"{title}\" {when}, devoting{hours or ' considerable time'} to "
                "it. The project has benefited the municipality and other clerks who have since "
                "adopted the approach.")
    if act == "personal_accomplishment":
        return (f"This is to confirm that the article \"{title}\" by {name} was published in the "
                f"{x.get('issue_label', 'spring issue')} of {prov}'s journal {when}. Articles are "
                "peer reviewed by the editorial board before publication.")
    return f"{name}: {title} {when}."


def service_letter(c, f, x, rng):
    w, h = D.new_page(c, D.PORTRAIT)
    y = D.letterhead(c, x.get("lh", "side"), x.get("office", f.get("provider", "")), x.get("address", ""),
                     w, h, rng, x.get("color", (0.2, 0.3, 0.2)), sub=x.get("lh_sub"))
    y = _dateline(c, f, x, rng, y)
    y = _salutation(c, x, rng, y)
    body = x.get("body") or _service_body(f, x, rng)
    if f.get("relationship"):
        body += f" I should add, in full disclosure, that {f['applicant_name']} is my {f['relationship']}."
    y = D.paragraph(c, body, 72, y, w - 144) - 10
    if x.get("more"):
        y = D.paragraph(c, x["more"], 72, y, w - 144) - 10
    _close(c, f, x, rng, y - 6)
    if x.get("cc"):
        c.setFont("Times-Roman", 9)
        c.drawString(72, 80, "cc: " + x["cc"])
    c.showPage()
    return 1


def first_person_letter(c, f, x, rng):
    """The applicant writing about their own work: refused by the guidelines."""
    w, h = D.new_page(c, D.PORTRAIT)
    c.setFont("Times-Roman", 11)
    yy = h - 80
    for line in x.get("sender", []):
        c.drawString(72, yy, line)
        yy -= 14
    y = _dateline(c, f, x, rng, yy - 20)
    y = _salutation(c, {"salutation": "Dear Education Department,"}, rng, y)
    y = D.paragraph(c, x["body"], 72, y, w - 144) - 10
    _close(c, f, x, rng, y - 6)
    c.showPage()
    return 1


LAYOUTS = {
    "emp_prose": employment_prose,
    "emp_fields": employment_fields,
    "emp_table": employment_table,
    "emp_memo": employment_memo,
    "service": service_letter,
    "first_person": first_person_letter,
}
