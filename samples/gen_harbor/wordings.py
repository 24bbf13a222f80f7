"""How issuers word the same facts: dates, hours, headlines, presentation phrases.

Each function takes the facts (ISO dates, numbers) and a seeded random.Random and returns
the printed string; the truth is always the fact, never the string.
"""

from __future__ import annotations

import datetime as dt
import random

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"]


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def date_one(iso: str, style: int) -> str:
    x = d(iso)
    return [
        f"{MONTHS[x.month - 1]} {x.day}, {x.year}",
        f"{x.month:02d}/{x.day:02d}/{x.year}",
        f"{x.day} {MONTHS[x.month - 1]} {x.year}",
        f"{ABBR[x.month - 1]} {x.day}, {x.year}",
        f"the {ordinal(x.day)} day of {MONTHS[x.month - 1]}, {x.year}",
        f"{x.month}/{x.day}/{x.year}",
    ][style % 6]


def date_range(start: str, end: str, style: int) -> str:
    a, b = d(start), d(end)
    if a == b:
        return date_one(start, style)
    if style % 3 == 0 and a.year == b.year and a.month == b.month:
        return f"{MONTHS[a.month - 1]} {a.day}-{b.day}, {a.year}"
    if style % 3 == 1:
        return f"{date_one(start, 1)} - {date_one(end, 1)}"
    if a.year == b.year:
        return f"{MONTHS[a.month - 1]} {a.day} - {MONTHS[b.month - 1]} {b.day}, {a.year}"
    return f"{date_one(start, 0)} through {date_one(end, 0)}"


def hours_phrase(h: float, rnd: random.Random) -> str:
    n = int(h) if float(h).is_integer() else h
    options = [f"{n} contact hours", f"Contact Hours: {n}", f"for a total of {n} hours of instruction",
               f"{n} Continuing Education Hours"]
    if float(h).is_integer() and int(h) < len(NUMBER_WORDS):
        options.append(f"{NUMBER_WORDS[int(h)]} ({int(h)}) contact hours")
    return rnd.choice(options)


def num(h: float) -> str:
    return str(int(h)) if float(h).is_integer() else str(h)


CERT_HEADLINES = ["Certificate of Completion", "CERTIFICATE OF ACHIEVEMENT", "Certificate of Attendance",
                  "Record of Participation", "Certificate of Accomplishment"]
PRESENT = ["This is to certify that", "Be it known that", "This certificate is presented to",
           "In recognition of the successful completion of coursework by", "Presented to"]
COMPLETED = ["has satisfactorily completed", "has successfully completed the requirements of",
             "attended and completed", "has fulfilled the course of study for", "participated in"]
ASSESSED = ["and passed the end-of-course learning assessment", "Assessment completed: PASS",
            "including a written learning assessment", "Final assessment score: 88% (passing)"]
REVIEW = ["IIMC Course Review No. {n}", "Approved through the IIMC Course Review process ({n})",
          "This program received IIMC Course Review approval, ref. {n}"]

SALUTES = ["To Whom It May Concern:", "Dear Education Department:", "Dear IIMC Education Staff:",
           "Dear Members of the Review Committee:"]
CLOSINGS = ["Sincerely,", "Respectfully,", "With best regards,", "Cordially,"]

AGENDA_SLOTS = [
    ("Check-in and Continental Breakfast", 30), ("Welcome and Opening Remarks", 30),
    ("Records Retention Schedules in Practice", 90), ("Break", 15),
    ("Open Meetings Law Update", 75), ("Luncheon", 60), ("Parliamentary Procedure Workshop", 90),
    ("Break", 15), ("Ethics Case Studies", 60), ("Election Administration Roundtable", 60),
    ("Closing and Evaluations", 30),
]


def slot_times(start_minutes: int, slots: list[tuple[str, int]]) -> list[tuple[str, str]]:
    out, t = [], start_minutes
    for name, length in slots:
        h, m = divmod(t, 60)
        ampm = "AM" if h < 12 else "PM"
        out.append((f"{(h - 1) % 12 + 1}:{m:02d} {ampm}", name))
        t += length
    return out
