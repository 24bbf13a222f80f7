"""Letters: HR employment verifications (labels, prose, tables) and service, teaching, officer,
publication, first-person and relatives' letters."""

from __future__ import annotations

import datetime as dt
import random

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from . import drawing as dr
from . import wordings as w
from .model import Doc, put
from .world import Org

SALUTES = ["To Whom It May Concern:", "Dear Education Department:", "Dear Colleagues at IIMC:",
           "RE: Verification of Employment", "Dear Sir or Madam:"]
CLOSES = ["Sincerely,", "Respectfully,", "With kind regards,", "Yours truly,", "Best regards,"]
SMALL = ["This verification is furnished at the employee's request and without liability.",
         "Confidential - for certification purposes only.",
         "The information above is taken from the official personnel records."]


def _frame(c: Canvas, rnd: random.Random, org: Org | str, issued: dt.date | None, style: str) -> tuple[float, float]:
    size = dr.page(c, dr.PORTRAIT)
    name = org if isinstance(org, str) else org.name
    extra = [] if isinstance(org, str) else [org.street, org.town] + ([org.phone] if org.phone else [])
    y = dr.letterhead(c, size, name, extra or ["Office of the Secretary"], style,
                      rnd.choice(["#203a5c", "#5c2020", "#24503a", "#3a3a3a"]))
    x = 140.0 if style == "sidebar" else 72.0
    if issued:
        c.setFont("Times-Roman", 11)
        c.drawString(x, y, w.any_date(rnd, issued, ("long", "dmy", "abbr", "ordinal")))
        y -= 30
    return x, y


def _close(c: Canvas, rnd: random.Random, x: float, y: float, signer: str, role: str) -> None:
    c.setFont("Times-Roman", 11)
    c.drawString(x, y, rnd.choice(CLOSES))
    dr.signature(c, rnd, x, y - 44, signer, role, cursive=rnd.random() < 0.5)


ADMIN_TRUE = ["{p} supervises the two staff members of the office and carries full administrative responsibility for it.",
              "The position is administrative: {q} manages the office and leads a team of three records clerks.",
              "In this role {p} supervised the deputy clerks and managed the department's budget."]
ADMIN_FALSE = ["The position carries no administrative or supervisory responsibility.",
               "This is a clerical position without administrative responsibility."]
ADMIN_NONE = ["Duties include preparing council agendas and minutes, managing the agenda process and indexing resolutions.",
              "Typical duties are recording, filing and certifying official documents and assisting at elections."]


def employment_letter(
    *, person: str, employer: Org, sector: str, position: str, start: dt.date, end: dt.date | None,
    received: dt.date, etype: str | None, admin: bool | None, signer: str, signer_role: str,
    issued: dt.date, style: str = "prose", head: str = "centered", pronoun: str = "she",
    start_text: str | None = None,
) -> Doc:
    """An HR letter; `end=None` means employed to present (end_date is the received date)."""
    fields = put({}, applicant_name=person, provider=employer.name, position=position,
                 start_date=start, end_date=end or received, employment_type=etype,
                 administrative=admin, sector=sector, signatory=signer, issue_date=issued,
                 activity="employment")
    etxt = {"full_time": ["full-time", "regular full-time", "full time (40 hours per week)"],
            "part_time": ["part-time", "regular part-time (20 hours per week)", "part time"]}

    def draw(c: Canvas, rnd: random.Random) -> int:
        x, y = _frame(c, rnd, employer, issued, head)
        width = 540 - x
        sv = start_text or w.any_date(rnd, start)
        ev = w.any_date(rnd, end) if end else rnd.choice(["present", "the present", "the present time"])
        t = rnd.choice(etxt[etype]) if etype else ""
        p = pronoun.capitalize()
        if style == "memo":
            c.setFont("Courier-Bold", 14)
            c.drawString(x, y, "MEMORANDUM")
            y -= 22
            for k, v in (("TO:", "IIMC Education Department"), ("FROM:", f"{signer}, {signer_role}"),
                         ("RE:", f"Employment verification - {person}")):
                c.setFont("Courier-Bold", 10.5)
                c.drawString(x, y, k)
                c.setFont("Courier", 10.5)
                c.drawString(x + 60, y, v)
                y -= 15
            c.line(x, y + 4, 540, y + 4)
            y -= 14
            y = dr.para(c, f"Our records show that {person} {'worked' if end else 'has worked'} for the {employer.name} "
                           f"{'from ' + sv + ' until ' + ev if end else 'since ' + sv}. Title held: {position}."
                           + (f" Schedule: {t}." if etype else ""), x, y, width, "Courier", 10.5)
        else:
            y = dr.para(c, rnd.choice(SALUTES), x, y, width)
        if style == "labels":
            y = dr.para(c, f"The {employer.name} confirms the following employment information:", x, y, width)
            rows = [("Employee:", person), ("Job title:", position), ("Date of hire:", sv),
                    ("Separation date:" if end else "Status:", ev if end else "Active employee")]
            if etype:
                rows.append(("Employment status:", t.capitalize()))
            for k, v in rows:
                c.setFont("Helvetica-Bold", 10.5)
                c.drawString(x, y, k)
                c.setFont("Helvetica", 10.5)
                c.drawString(x + 130, y, v)
                y -= 17
            y -= 6
        elif style == "table":
            y = dr.para(c, f"Employment history of {person} with the {employer.name}:", x, y, width)
            if stringWidth(position, "Helvetica", 9) > 190:
                y = dr.table(c, x, y, [["Position", position], ["From", sv], ["To", ev], ["Status", t or "-"]],
                             [80, width - 80], 9, head=False)
            else:
                y = dr.table(c, x, y, [["Position", "From", "To", "Status"],
                                       [position, sv, ev, t or "-"]], [200, 90, 90, width - 380], 9)
        elif style == "prose" and rnd.random() < 0.5:
            y = dr.para(c, f"At the request of {person}, the {employer.name} confirms "
                           f"{'employment from ' + sv + ' through ' + ev if end else 'continuous employment since ' + sv}. "
                           f"{'The last position held was' if end else 'The current title is'} {position}.", x, y, width)
            if etype:
                y = dr.para(c, f"The position {'was' if end else 'is'} {t}.", x, y, width)
        elif style == "prose":
            y = dr.para(c, f"Please accept this letter as verification that {person} has been employed by the "
                           f"{employer.name} as {position} since {sv}." if not end else
                           f"This letter verifies that {person} was employed by the {employer.name} from {sv} "
                           f"to {ev}, most recently as {position}.", x, y, width)
            if etype:
                y = dr.para(c, f"{p} {'is' if not end else 'was'} employed on a {t} basis.", x, y, width)
        tpl = rnd.choice(ADMIN_TRUE if admin else ADMIN_FALSE if admin is False else ADMIN_NONE)
        y = dr.para(c, tpl.format(p=pronoun if tpl.startswith("In") else p, q=pronoun), x, y, width)
        y = dr.para(c, "Should you require anything further, please contact our office.", x, y, width)
        _close(c, rnd, x, y - 6, signer, signer_role)
        if rnd.random() < 0.45:
            dr.stamp(c, 370, 150, ["RECEIVED", w.date_text(received, "dash")], rnd.uniform(-9, 9))
        dr.footer(c, (612, 792), rnd.choice(SMALL))
        c.showPage()
        return 1

    return Doc("employment_letter", fields, draw)


def _span_words(rnd: random.Random, start: dt.date | None, end: dt.date | None, months: bool) -> str:
    if not start or not end:
        return ""
    if months and (start.year, start.month) == (end.year, end.month):
        return f"in {w.MONTHS[start.month - 1]} {start.year}"
    if months:
        return rnd.choice([f"from {w.MONTHS[start.month - 1]} {start.year} to {w.MONTHS[end.month - 1]} {end.year}",
                           f"{w.MONTHS[start.month - 1]} {start.year} through {w.MONTHS[end.month - 1]} {end.year}"])
    return w.span_text(rnd, start, end)


ROLE_SENTENCES = {
    "committee_member": ["{n} served as a member of our {t} {s}.", "{n} was an active member of the {t} {s}.",
                         "Our minutes record {n} as a sitting member of the {t} {s}, attending its meetings regularly."],
    "committee_chair": ["{n} chaired the {t} {s}.", "{n} served as Chairperson of the {t} {s}.",
                        "{n} was appointed to lead the {t} as its chair {s}."],
    "board_member": ["{n} served on the {t} {s}.", "{n} was elected to and served on the {t} {s}."],
    "association_officer": ["{n} held the office of {t} of the Association {s}.", "{n} served as {t} {s}.",
                            "{n} was elected {t} by the membership and held that office {s}."],
    "related_officer": ["{n} served as {t} of our society {s}.", "{n} held the elected post of {t} {s}."],
    "teaching_institute": ["{n} taught the session \u201c{t}\u201d at the Institute {s}, {h}.",
                           "{n} served as instructor for \u201c{t}\u201d {s} ({h})."],
    "teaching_state": ["{n} presented \u201c{t}\u201d for our annual education program {s}, {h} of instruction and preparation."],
    "on_the_job": ["{n} led the {t} {s}, a project well outside daily duties, documented at {h}."],
    "personal_accomplishment": ["{n} is the author of \u201c{t}\u201d, published by us {s}."],
}


def service_letter(
    *, activity: str, person: str | None, provider: str, title: str | None, signer: str,
    signer_role: str, issued: dt.date | None, start: dt.date | None = None, end: dt.date | None = None,
    months: bool = True, years: float | None = None, years_text: str | None = None,
    hours: float | None = None, head: str = "left", relationship: str | None = None,
    first_person: bool = False, letterhead_name: str | None = None, same_as: str | None = None,
) -> Doc:
    """A letter about service, teaching, a project or a publication (months=True: month-only dates)."""
    s_iso = start
    e_iso = end
    if months and end:
        nxt = dt.date(end.year + (end.month == 12), end.month % 12 + 1, 1)
        e_iso = nxt - dt.timedelta(days=1)
    if months and start:
        s_iso = start.replace(day=1)
    fields = put({}, applicant_name=person, provider=provider, title=title, start_date=s_iso,
                 end_date=e_iso, years=years, hours=hours, signatory=signer, issue_date=issued,
                 relationship=relationship, first_person=True if first_person else None,
                 activity=activity)

    def draw(c: Canvas, rnd: random.Random) -> int:
        x, y = _frame(c, rnd, letterhead_name or provider, issued, head)
        width = 540 - x
        span = _span_words(rnd, start, end, months)
        if years_text:
            span = f"{span} ({years_text})" if span else years_text
        h = f"{hours:g} hours" if hours is not None else ""
        y = dr.para(c, rnd.choice(SALUTES[1:] + ["To the IIMC Education Department:"]), x, y, width)
        if first_person:
            y = dr.para(c, f"I am writing to document my own work for the {provider}. From {span} I led the "
                           f"{title}, which took {h} outside my daily duties. I organized the volunteers, "
                           "wrote the procedures and trained the staff myself.", x, y, width)
            y = dr.para(c, "I would be grateful if these hours could be credited toward my designation.", x, y, width)
            _close(c, rnd, x, y - 6, signer, signer_role)
            c.showPage()
            return 1
        who = person or "the clerk named in your request"
        body = provider if provider.startswith("The ") else f"the {provider}"
        y = dr.para(c, rnd.choice([f"On behalf of {body}, I am pleased to confirm the following.",
                                   f"I write for {body} in support of a designation application.",
                                   f"The records of {body} show the service described below."]), x, y, width)
        if relationship:
            y = dr.para(c, f"It is my pleasure to write on behalf of my {relationship}, {who}.", x, y, width)
            who = pronoun_for(relationship)
        if activity.startswith("teaching") and hours is None:
            sent = f"{who} presented \u201c{title}\u201d for our education program {span}."
        else:
            sent = rnd.choice(ROLE_SENTENCES[activity]).format(n=who, t=title or "committee", s=span, h=h)
        y = dr.para(c, sent[0].upper() + sent[1:], x, y, width)
        y = dr.para(c, rnd.choice(["Her contribution has been valued by every member.",
                                   "We are grateful for this generous service to the profession.",
                                   "The work was completed with great care and on schedule."]), x, y, width)
        _close(c, rnd, x, y - 6, signer, signer_role)
        c.showPage()
        return 1

    return Doc("letter", fields, draw, same_as=same_as)


def pronoun_for(relationship: str) -> str:
    return {"wife": "she", "husband": "he", "daughter": "she", "son": "he"}.get(relationship, "they")
