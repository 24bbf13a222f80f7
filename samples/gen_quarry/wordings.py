"""Varied wording for each kind of document, and the ways dates and hours are printed.

Real mail states the same fact in many ways ("is hereby awarded", "has satisfactorily
completed", "12 contact hours", "twelve (12) clock hours"); the packets pick one of these
with the set's seeded random so each document reads differently while its truth stays the
same normalised value.
"""

from __future__ import annotations

import datetime as dt
from random import Random

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "twenty"]
TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty"}


def num_words(n: int) -> str:
    if n <= 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t * 10] + ("" if o == 0 else "-" + ONES[o])


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def date_text(iso: str, style: str) -> str:
    x = d(iso)
    m = MONTHS[x.month - 1]
    if style == "long":
        return f"{m} {x.day}, {x.year}"
    if style == "us":
        return f"{x.month:02d}/{x.day:02d}/{x.year}"
    if style == "dmy":
        return f"{x.day} {m} {x.year}"
    if style == "abbr":
        return f"{m[:3]}. {x.day}, {x.year}"
    if style == "ordinal":
        return f"the {ordinal(x.day)} day of {m}, {x.year}"
    return iso


def span_text(start: str, end: str, style: str) -> str:
    a, b = d(start), d(end)
    if a == b:
        return date_text(start, style)
    if style in ("long", "abbr") and a.year == b.year:
        ma = MONTHS[a.month - 1] if style == "long" else MONTHS[a.month - 1][:3] + "."
        mb = MONTHS[b.month - 1] if style == "long" else MONTHS[b.month - 1][:3] + "."
        if a.month == b.month:
            return f"{ma} {a.day}-{b.day}, {a.year}"
        return f"{ma} {a.day} - {mb} {b.day}, {a.year}"
    if style == "dmy" and a.year == b.year and a.month == b.month:
        return f"{a.day}-{b.day} {MONTHS[a.month - 1]} {a.year}"
    return f"{date_text(start, style)} through {date_text(end, style)}"


def hours_text(h: float, rng: Random) -> str:
    n = int(h) if float(h).is_integer() else h
    if isinstance(n, int) and n <= 60:
        choices = [f"{n} contact hours", f"{num_words(n).capitalize()} ({n}) Contact Hours",
                   f"{n} in-class contact hours", f"{n}.0 clock hours"]
    else:
        choices = [f"{n} contact hours", f"{n} hours of instruction"]
    if n == 1:
        return "1 contact hour"
    return rng.choice(choices)


COMPLETION_LEADS = [
    "This is to certify that",
    "Be it known that",
    "This certificate is presented to",
    "In recognition of the successful completion of the program, we honor",
    "The undersigned hereby certify that",
]

COMPLETION_VERBS = [
    "has satisfactorily completed",
    "has successfully completed the requirements of",
    "attended and completed",
    "has fulfilled the course of study for",
]

ATTENDANCE_VERBS = [
    "attended",
    "was registered for and attended",
    "participated in",
]

HR_OPENINGS = [
    "This letter will verify the employment of",
    "Please accept this letter as verification that",
    "At the request of the employee named below, we confirm that",
    "To whom it may concern: our records show that",
]

CLOSINGS = ["Sincerely,", "Respectfully,", "Yours truly,", "Kind regards,", "With best wishes,"]
