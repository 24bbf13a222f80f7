"""How each kind of document says things: dates, hours, letter bodies."""
from __future__ import annotations

import datetime as dt
import random

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "eighteen"]


def long_date(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def date_style(rng: random.Random, d: dt.date, canada: bool = False) -> str:
    styles = [long_date(d), f"{d.month:02d}/{d.day:02d}/{d.year}",
              f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{MONTHS[d.month - 1][:3]}. {d.day}, {d.year}"]
    if canada:
        styles = [long_date(d), d.isoformat(), f"{d.day} {MONTHS[d.month - 1]} {d.year}"]
    return rng.choice(styles)


def formal_day(d: dt.date) -> str:
    return f"the {d.day}{ORD.get(d.day, 'th')} day of {MONTHS[d.month - 1]}, {d.year}"


def hours_phrase(rng: random.Random, h: float) -> str:
    hs = f"{h:g}"
    opts = [f"{hs} contact hours", f"Contact Hours: {hs}", f"for a total of {hs} hours of instruction",
            f"({float(h):.1f} hrs)", f"{hs} Continuing Education Hours"]
    if float(h).is_integer() and int(h) < len(NUMW):
        opts.append(f"{NUMW[int(h)]} ({int(h)}) contact hours")
    return rng.choice(opts)


def span(rng: random.Random, a: dt.date, b: dt.date) -> str:
    if a == b:
        return long_date(a)
    if a.year == b.year and a.month == b.month:
        return f"{MONTHS[a.month - 1]} {a.day}-{b.day}, {a.year}"
    return f"{long_date(a)} through {long_date(b)}"


def employment_body(rng: random.Random, f: dict, employer: str, pronoun: str, present: bool,
                    style: str) -> list[str]:
    """Paragraphs of an HR employment verification letter."""
    name = f["applicant_name"]
    start = long_date(f["start_date"])
    end = "the present" if present else long_date(f["end_date"])
    ft = {"full_time": "full-time", "part_time": "part-time"}.get(f.get("employment_type", ""), "")
    pos = f["position"]
    his = {"she": "her", "he": "his", "they": "their"}[pronoun]
    out = []
    if style == "twimc":
        out.append(f"This letter is to verify that {name} has been employed by the {employer} "
                   f"{'since ' + start if present else 'from ' + start + ' to ' + end}"
                   f"{', in a ' + ft + ' capacity' if ft else ''}, holding the position of {pos}.")
    elif style == "memo":
        out.append(f"Per the request received by this office, our records show the following "
                   f"regarding the employment of {name} with the {employer}.")
    else:
        out.append(f"At the request of our employee, {name}, the Human Resources Department "
                   f"confirms {his} employment as {pos} with the {employer}, beginning {start}"
                   f"{' and continuing to the present' if present else ' and ending ' + end}.")
        if ft:
            out.append(f"The position is {ft} ({'40' if ft == 'full-time' else '20-24'} hours per week).")
    if f.get("administrative") is True:
        out.append(rng.choice([
            f"In this role {name.split()[0]} carries administrative responsibility for the office of "
            f"the clerk, including supervision of staff, preparation of council agendas and minutes, "
            f"custody of official records, and administration of municipal elections.",
            f"The duties of the position are administrative in nature: {pronoun} supervises the "
            f"records division, manages the department budget, coordinates the legislative "
            f"calendar, and serves as the filing officer for campaign finance statements."]))
    elif f.get("administrative") is False:
        out.append(f"The position is clerical and carries no administrative or supervisory "
                   f"responsibility; {pronoun} assists with counter service, filing and the "
                   f"indexing of minutes.")
    out.append(rng.choice(["Should you require further information, please contact this office.",
                           "This verification is provided without prejudice and for the stated purpose only.",
                           "Please do not hesitate to contact me if you need anything further."]))
    return out


def service_body(rng: random.Random, f: dict, committee: str, assoc: str, years_word: str | None,
                 role: str) -> list[str]:
    name = f["applicant_name"]
    a, b = f["start_date"], f["end_date"]
    t = (f" for {years_word} consecutive years" if years_word else "")
    return [
        f"On behalf of the {assoc}, it is my pleasure to confirm that {name} served as {role} of "
        f"the {committee}{t}, from {long_date(a)} to {long_date(b)}.",
        rng.choice(["The committee met monthly and was responsible for planning the association's "
                    "education programs and reviewing applications for scholarship assistance.",
                    "During this period the committee reviewed the association's bylaws, organized "
                    "the fall workshop and reported to the Board at each quarterly meeting."]),
        "Thank you for your continued dedication to the profession.",
    ]


def first_person_body(f: dict, committee: str) -> list[str]:
    a, b = f["start_date"], f["end_date"]
    return [
        "To the IIMC Education Department:",
        f"I am writing to document my service on the {committee} from {long_date(a)} "
        f"to {long_date(b)}. I attended every meeting during that time and I prepared the "
        f"committee's annual report.",
        "I ask that this service be counted toward my application. I certify that the above "
        "statement is true to the best of my knowledge.",
    ]


def resolution_whereas(name: str, town: str, years: int, position: str) -> list[str]:
    return [
        f"WHEREAS, {name} has faithfully served the {town} for {years} years, most recently as "
        f"{position}; and",
        f"WHEREAS, {name} has administered elections with integrity, preserved the official "
        f"records of the {town}, and assisted residents with courtesy and patience; and",
        "WHEREAS, the Council wishes to recognize this record of dedicated public service;",
        f"NOW, THEREFORE, BE IT RESOLVED by the Council of the {town} that it hereby honours "
        f"{name} for outstanding service and extends its sincere appreciation.",
    ]
