"""Shortcuts shared by the packet modules: issuers and short letter forms."""

from . import letters as LT
from . import world as WD
from .certificates import cert

IIMC = "International Institute of Municipal Clerks"


def assoc(key):
    return WD.ASSOCIATIONS[key][0]


def town(key):
    name, office, addr = WD.TOWNS[key]
    return name, [office, addr]


def service(*, name, body, body_lines, title, activity, dated, signatory, role,
            start=None, end=None, years=None, years_text="", style="two_column",
            flags=(), relationship=None, first_person=None, hours=None, extra=""):
    """A committee, board, officer, teaching or on-the-job letter."""
    when = ""
    if start and end:
        when = f" from {start[1]} to {end[1]}"
    what = {"committee_member": "served as a member of the",
            "committee_chair": "served as Chairperson of the",
            "board_member": "served on the",
            "association_officer": "held the office of",
            "related_officer": "served as an officer,",
            "teaching_institute": "taught the session",
            "teaching_state": "presented the course",
            "on_the_job": "led the project",
            "personal_accomplishment": "wrote and published"}[activity]
    p = [f"It is my pleasure to confirm that {name} {what} {title}{when}"
         + (f", {years_text}" if years_text else "") + "."]
    if hours is not None:
        p.append(f"This work amounted to {hours} hours.")
    if extra:
        p.append(extra)
    p.append("Thank you for the dedication shown to the profession.")
    fields = {"applicant_name": name, "provider": body, "title": title,
              "start_date": start and start[0], "end_date": end and end[0],
              "years": years, "hours": hours, "relationship": relationship,
              "first_person": first_person, "activity": activity}
    return LT.letter(org=body, org_lines=body_lines, style=style, dated=dated,
                     paragraphs=p, signatory=signatory, role=role, fields=fields,
                     flags=flags)


__all__ = ["cert", "service", "assoc", "town", "IIMC"]
