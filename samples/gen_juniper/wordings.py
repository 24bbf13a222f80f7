"""Wordings real issuers use: date styles, hour phrasings and certificate sentences.

Each issuer picks its own; the renderers take one by name so a document's style is fixed by
its dict, not by chance at drawing time.
"""
from __future__ import annotations

import datetime as dt

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty"]
TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy"}


def number_word(n: int) -> str:
    """Spell a whole number up to 79, as certificates spell hours ("twenty-four")."""
    if n <= 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens * 10] + (f"-{ONES[ones]}" if ones else "")


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def fmt_date(iso: str, style: str) -> str:
    """One date in an issuer's style: long, dmy, us, abbrev, ordinal, iso."""
    d = dt.date.fromisoformat(iso)
    month = MONTHS[d.month - 1]
    if style == "long":
        return f"{month} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {month} {d.year}"
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "abbrev":
        return f"{month[:3]}. {d.day}, {d.year}" if len(month) > 4 else f"{month} {d.day}, {d.year}"
    if style == "ordinal":
        return f"the {ordinal(d.day)} day of {month}, {d.year}"
    if style == "iso":
        return d.isoformat()
    raise ValueError(style)


def fmt_range(start: str, end: str, style: str) -> str:
    """A span of dates the way programs print them ("May 4-6, 2025")."""
    if start == end:
        return fmt_date(start, style)
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    if style in ("long", "abbrev") and a.year == b.year and a.month == b.month:
        month = MONTHS[a.month - 1]
        return f"{month} {a.day}\u2013{b.day}, {a.year}"
    if style == "dmy" and a.year == b.year and a.month == b.month:
        return f"{a.day}\u2013{b.day} {MONTHS[a.month - 1]} {a.year}"
    joiner = " through " if style != "us" else " - "
    return fmt_date(start, style) + joiner + fmt_date(end, style)


def fmt_hours(h: float, style: str) -> str:
    """Contact hours as printed: "12 contact hours", "Contact Hours: 12.0", "twelve (12) hours"."""
    whole = float(h).is_integer()
    num = str(int(h)) if whole else f"{h:g}"
    if style == "contact":
        return f"{num} contact hours"
    if style == "label":
        return f"Contact Hours: {h:.1f}"
    if style == "words" and whole:
        return f"{number_word(int(h))} ({num}) hours"
    if style == "clock":
        return f"{num} clock hours of instruction"
    if style == "credit":
        return f"{num} hours of continuing education credit"
    return f"{num} hours"


INTRO = ["This is to certify that", "Be it known that", "This certificate is presented to",
         "Presented to", "In recognition of the completion by", "Awarded to"]
BODY = {
    "completed": "has successfully completed",
    "attended": "attended and participated in",
    "fulfilled": "has fulfilled the requirements of",
    "earned": "has earned credit for",
    "participated": "participated in",
    "instructed": "who served as an instructor, teaching",
}
