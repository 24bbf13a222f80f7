"""How each kind of document says things: dates, hours, headlines, presentation phrases, letters."""

from __future__ import annotations

import datetime as dt
import random

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NUMS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "twenty-one", "twenty-two", "twenty-three", "twenty-four"]


def ordinal(n: int) -> str:
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def day(d: dt.date, style: int) -> str:
    if style == 0:
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == 1:
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == 2:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == 3:
        return f"this {ordinal(d.day)} day of {MONTHS[d.month - 1]}, {d.year}"
    return f"{MONTHS[d.month - 1][:3]}. {d.day}, {d.year}"


def span(a: dt.date, b: dt.date, style: int) -> str:
    """A date range as associations print it."""
    if a == b:
        return day(a, style if style != 3 else 0)
    if style == 0 and a.year == b.year and a.month == b.month:
        return f"{MONTHS[a.month - 1]} {a.day}-{b.day}, {a.year}"
    if style == 0 and a.year == b.year:
        return f"{MONTHS[a.month - 1]} {a.day} - {MONTHS[b.month - 1]} {b.day}, {a.year}"
    if style == 1:
        return f"{day(a, 1)} - {day(b, 1)}"
    if style == 2:
        return f"{day(a, 2)} to {day(b, 2)}"
    return f"{day(a, 0)} through {day(b, 0)}"


def hours(h: float, style: int) -> str:
    hs = f"{h:g}"
    if style == 0:
        return f"{hs} Contact Hours"
    if style == 1:
        n = int(h)
        return f"{NUMS[n]} ({hs}) contact hours" if h == n and n < len(NUMS) else f"{hs} contact hours"
    if style == 2:
        return f"{h / 10:.1f} CEUs ({hs} contact hours)"
    if style == 3:
        return f"Total Hours: {hs}"
    return f"{hs} hours of continuing education credit"


HEADLINES = {
    "completion": ["Certificate of Completion", "CERTIFICATE OF ACHIEVEMENT", "Certificate of Achievement",
                   "Certificate of Accomplishment", "Certificate of Training"],
    "attendance": ["Certificate of Attendance", "CERTIFICATE OF PARTICIPATION", "Certificate of Participation",
                   "Record of Attendance"],
}
PRESENT = ["This is to certify that", "is hereby presented to", "This certificate is awarded to",
           "Be it known that", "This certifies that", "Presented to"]
ACHIEVED = {
    "completion": ["has successfully completed", "has satisfactorily completed the requirements of",
                   "has completed the course of study", "for successful completion of"],
    "attendance": ["attended", "participated in", "was in attendance at", "for participation in"],
}


def yearword(n: int) -> str:
    return NUMS[n] if n < len(NUMS) else str(n)


def committee_letter(rng: random.Random, name: str, committee: str, assoc: str, years: int,
                     start: dt.date, end: dt.date, chair: bool) -> list[str]:
    role = "Chair" if chair else "member"
    open_ = rng.choice(["It is my pleasure to confirm", "On behalf of the Executive Board, I am pleased to verify",
                        "Please accept this letter as verification"])
    return [
        f"{open_} that {name} served as {'the ' if chair else 'a '}{role} of the {assoc} {committee} "
        f"for {yearword(years)} ({years}) {'years' if years > 1 else 'year'}, from {day(start, 0)} "
        f"through {day(end, 0)}.",
        rng.choice([
            "During this time the committee met monthly and prepared recommendations to the Board.",
            "The committee's work included reviewing applications, organizing programs and reporting to the membership.",
            "Service on this committee is voluntary and reflects a genuine commitment to the profession."]),
        "Should you require additional information, please do not hesitate to contact me.",
    ]


def officer_letter(rng: random.Random, name: str, office: str, assoc: str, years: int,
                   start: dt.date, end: dt.date) -> list[str]:
    return [
        f"This letter confirms that {name} was elected and served as {office} of the {assoc} "
        f"for {yearword(years)} terms of one year each, {start.year} through {end.year} "
        f"({day(start, 1)} - {day(end, 1)}).",
        "As an officer she or he attended every Board meeting and represented the association at "
        "regional and state functions.",
        "We are grateful for this leadership and recommend the applicant without reservation.",
    ]


def teaching_letter(rng: random.Random, name: str, title: str, inst: str, h: float, d: dt.date) -> list[str]:
    return [
        f"Thank you for serving as an instructor for the {inst}. This letter verifies that {name} "
        f"taught the session \"{title}\" on {day(d, 0)}, for a total of {h:g} hours of instruction.",
        "Evaluations from participants were excellent, and we hope you will teach with us again.",
    ]


def first_person_letter(name: str, title: str, provider: str, a: dt.date, h: float) -> list[str]:
    return [
        f"I am writing to document my attendance at \"{title}\" presented by {provider} on {day(a, 0)}.",
        f"I attended all {h:g} hours of the program and have enclosed the agenda. Unfortunately the "
        "sponsor did not issue certificates, so I am submitting this letter on my own behalf.",
        "Thank you for considering these hours toward my designation.",
    ]
