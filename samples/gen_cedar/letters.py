"""Letters: HR employment verifications (letter, memo, form), committee and officer
letters, teaching letters, on-the-job and accomplishment letters, first-person letters
and letters by relatives."""
from __future__ import annotations

from reportlab.lib import colors

from . import drawing as g
from . import wordings as W
from .truth import Doc

RECIPIENT = ["IIMC Education Department", "8331 Utica Avenue, Suite 200",
             "Rancho Cucamonga, CA 91730"]


def _letter_pages(org, org_lines, lh_style, date_text, blocks, signer, office, rng_key="",
                  color=g.NAVY, footer=None, recipient=True, salutation="To Whom It May Concern:",
                  re_line=None, split_at=None, closing="Sincerely,", personal=False, cc=None):
    """Page functions of a letter; split_at: index of the block that starts page 2."""
    first = blocks if split_at is None else blocks[:split_at]
    rest = [] if split_at is None else blocks[split_at:]
    n = 1 if split_at is None else 2

    def page1(c, w, h, rng):
        if personal:
            y = h - 80
            for ln in org_lines:
                g.text(c, w - 72, y, ln, g.SERIF, 10.5, align="right")
                y -= 13
            y -= 20
        else:
            y = g.letterhead(c, w, h, org, org_lines, lh_style, color, org.split()[-1][:1])
        if date_text:
            g.text(c, 72, y, date_text, g.SERIF, 11)
            y -= 30
        if recipient:
            for ln in RECIPIENT:
                g.text(c, 72, y, ln, g.SERIF, 11)
                y -= 14
            y -= 14
        if re_line:
            g.text(c, 72, y, re_line, g.SERIF_B, 11)
            y -= 24
        if salutation:
            g.text(c, 72, y, salutation, g.SERIF, 11)
            y -= 22
        y = g.paras(c, 72, y, first, w - 144, g.SERIF, 11)
        if not rest:
            _close(c, y, rng, signer, office, closing, cc)
        if footer:
            g.footer(c, w, footer)
        if n == 2:
            g.page_no(c, w, 1, 2)

    def page2(c, w, h, rng):
        g.text(c, 72, h - 60, f"{org} \u2014 page 2", g.SERIF_I, 9, g.SLATE)
        y = g.paras(c, 72, h - 96, rest, w - 144, g.SERIF, 11)
        _close(c, y, rng, signer, office, closing, cc)
        if footer:
            g.footer(c, w, footer)
        g.page_no(c, w, 2, 2)

    return [page1] if n == 1 else [page1, page2]


def _close(c, y, rng, signer, office, closing, cc):
    y -= 6
    g.text(c, 72, y, closing, g.SERIF, 11)
    g.sign_block(c, 72, y - 48, rng, signer, office, 200, g.SERIF, 11)
    if cc:
        g.text(c, 72, y - 100, "cc: " + cc, g.SERIF, 9, g.SLATE)


def _memo_pages(org, to, frm, date_text, re, rows, blocks, signer, office, footer=None, color=g.SLATE):
    def page(c, w, h, rng):
        c.setFillColor(color)
        c.rect(0, h - 40, w, 40, stroke=0, fill=1)
        g.text(c, 60, h - 27, org.upper(), g.SANS_B, 12, colors.white)
        g.text(c, 60, h - 84, "MEMORANDUM", g.SANS_B, 22)
        y = h - 118
        for lab, val in (("TO:", to), ("FROM:", frm), ("DATE:", date_text), ("RE:", re)):
            g.text(c, 60, y, lab, g.SANS_B, 10.5)
            g.text(c, 130, y, val, g.SANS, 10.5)
            y -= 18
        c.setStrokeColor(colors.black)
        c.line(60, y + 4, w - 60, y + 4)
        y -= 20
        if rows:
            y = g.table(c, 60, y, [160, w - 280], [["Record", "Value"]] + rows, g.SANS, 10, row_h=21) - 24
        y = g.paras(c, 60, y, blocks, w - 120, g.SANS, 10.5)
        g.sign_block(c, 60, y - 40, rng, signer, office, 190, g.SANS, 10)
        if footer:
            g.footer(c, w, footer)
    return [page]


def employment(applicant_name, employer, employer_lines, position, start_date, end_date,
               received_date, signer, office, issue_date, sector="local", employment_type=None,
               type_phrase="", administrative=None, admin_phrase="", style="letter",
               lh_style="rule", duties=(), footer=None, two_pages=False, date_fmt="long",
               color=g.NAVY, opening=None):
    """end_date None: 'to present' (truth end_date = received_date)."""
    fmt = {"long": W.long, "us": W.us, "abbr": W.abbr, "dmy": W.dmy}[date_fmt]
    end_txt = "present" if end_date is None else fmt(end_date)
    f = {"applicant_name": applicant_name, "provider": employer, "position": position,
         "start_date": start_date, "end_date": end_date or received_date, "sector": sector,
         "signatory": signer, "issue_date": issue_date, "activity": "employment"}
    if employment_type:
        f["employment_type"] = employment_type
    if administrative is not None:
        f["administrative"] = administrative
    if style == "memo":
        rows = [["Employee", applicant_name], ["Position", position],
                ["Start date", fmt(start_date)], ["End date", end_txt.capitalize() if end_date is None else end_txt]]
        if type_phrase:
            rows.append(["Status", type_phrase])
        blocks = [p for p in (admin_phrase, " ".join(duties)) if p]
        blocks.append("Please contact this office if further verification is needed.")
        pages = _memo_pages(employer, "IIMC Education Department", f"{signer}, {office}",
                            fmt(issue_date), "Verification of employment", rows, blocks, signer, office, footer)
    else:
        if opening:
            first = opening
        elif end_date is None:
            first = (f"This letter verifies that {applicant_name} has been employed by the {employer} "
                     f"as {position} from {fmt(start_date)} to present.")
        else:
            first = (f"This letter verifies that {applicant_name} was employed by the {employer} "
                     f"as {position} from {fmt(start_date)} through {end_txt}.")
        blocks = [first]
        if type_phrase:
            blocks.append(type_phrase)
        if admin_phrase:
            blocks.append(admin_phrase)
        if duties:
            blocks.append("The duties of the position include: " + "; ".join(duties) + ".")
        blocks.append("Should you require any further information, please contact our office.")
        pages = _letter_pages(employer, employer_lines, lh_style, fmt(issue_date), blocks, signer, office,
                              footer=footer, re_line="RE: Employment Verification", color=color,
                              split_at=len(blocks) - 2 if two_pages else None)
    return Doc("employment_letter", f, pages)


def service_letter(applicant_name, provider, provider_lines, title, signer, office, issue_date,
                   activity, body, start_date=None, end_date=None, years=None, hours=None,
                   lh_style="centered", footer=None, color=g.MAROON, salutation=None,
                   two_pages=False, extra=()):
    """Committee, board, officer, teaching, on-the-job, accomplishment letters; `body` is
    the list of paragraphs (already stating the facts given here)."""
    f = {"applicant_name": applicant_name, "provider": provider, "title": title,
         "signatory": signer, "issue_date": issue_date, "activity": activity}
    for key, v in (("start_date", start_date), ("end_date", end_date), ("years", years), ("hours", hours)):
        if v is not None:
            f[key] = v
    blocks = list(body) + list(extra)
    pages = _letter_pages(provider, provider_lines, lh_style, W.long(issue_date), blocks, signer, office,
                          footer=footer, color=color,
                          salutation=salutation or "Dear Members of the Education Department:",
                          split_at=len(blocks) - 1 if two_pages else None)
    return Doc("letter", f, pages)


def first_person(applicant_name, address_lines, issue_date, title, provider, start_date, end_date,
                 hours, location, body, activity):
    f = {"applicant_name": applicant_name, "provider": provider, "title": title,
         "start_date": start_date, "end_date": end_date, "signatory": applicant_name,
         "issue_date": issue_date, "first_person": True, "activity": activity}
    if hours is not None:
        f["hours"] = hours
    pages = _letter_pages("", [applicant_name] + address_lines, None, W.long(issue_date), body,
                          applicant_name, "", personal=True, salutation="Dear Education Committee:",
                          closing="Respectfully,")
    return Doc("letter", f, pages).flag("FIRST_PERSON")


def relative_letter(applicant_name, provider, provider_lines, title, signer, office, issue_date,
                    relationship, body, activity, start_date=None, end_date=None, years=None,
                    hours=None, lh_style="right", color=g.FOREST):
    d = service_letter(applicant_name, provider, provider_lines, title, signer, office, issue_date,
                       activity, body, start_date, end_date, years, hours, lh_style=lh_style, color=color)
    d.fields["relationship"] = relationship
    return d.flag("RELATIVE_AUTHOR")
