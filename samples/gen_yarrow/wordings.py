"""The many ways real issuers write the same fact: dates, spans, hours, names."""

from __future__ import annotations

import datetime as dt
import random

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
ORDWORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
            8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
            14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth",
            18: "eighteenth", 19: "nineteenth", 20: "twentieth", 21: "twenty-first",
            22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth", 25: "twenty-fifth",
            26: "twenty-sixth", 27: "twenty-seventh", 28: "twenty-eighth", 29: "twenty-ninth",
            30: "thirtieth", 31: "thirty-first"}
NUMWORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve"]


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def suffix(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def date_text(day: dt.date, style: str) -> str:
    m = day.month - 1
    forms = {
        "long": f"{MONTHS[m]} {day.day}, {day.year}",
        "dmy": f"{day.day} {MONTHS[m]} {day.year}",
        "abbr": f"{ABBR[m]} {day.day}, {day.year}",
        "us": f"{day.month:02d}/{day.day:02d}/{day.year}",
        "us_short": f"{day.month}/{day.day}/{day.year}",
        "iso": day.isoformat(),
        "ordinal": f"{MONTHS[m]} {day.day}{suffix(day.day)}, {day.year}",
        "formal": f"this {ORDWORDS[day.day]} day of {MONTHS[m]}, {day.year}",
        "upper": f"{MONTHS[m].upper()} {day.day}, {day.year}",
        "dash": f"{day.day:02d}-{ABBR[m].rstrip('.')[:3].upper()}-{day.year}",
    }
    return forms[style]


def any_date(rnd: random.Random, day: dt.date, styles: tuple[str, ...] = ("long", "dmy", "abbr", "us", "ordinal")) -> str:
    return date_text(day, rnd.choice(styles))


def span_text(rnd: random.Random, a: dt.date, b: dt.date) -> str:
    """A span of days as conference and institute certificates print it."""
    if a == b:
        return any_date(rnd, a)
    style = rnd.choice(["range", "through", "from_to", "us", "dmy"])
    if style == "range" and a.month == b.month and a.year == b.year:
        return f"{MONTHS[a.month - 1]} {a.day}\u2013{b.day}, {a.year}"
    if style == "through":
        return f"{date_text(a, 'long')} through {date_text(b, 'long')}"
    if style == "from_to":
        return f"from {date_text(a, 'abbr')} to {date_text(b, 'abbr')}"
    if style == "dmy":
        return f"{date_text(a, 'dmy')} - {date_text(b, 'dmy')}"
    return f"{date_text(a, 'us')} - {date_text(b, 'us')}"


def hours_text(rnd: random.Random, h: float) -> str:
    n = f"{h:g}"
    if h == int(h) and h <= 12 and rnd.random() < 0.3:
        return f"{NUMWORDS[int(h)].capitalize()} ({n}) contact hours"
    return rnd.choice([
        f"{n} contact hours", f"{n} Contact Hours", f"{n} CEU hours", f"{n} clock hours",
        f"{n} hrs. of instruction", f"{n} in-class contact hours", f"Hours: {n}",
    ])


def reorder_name(name: str, style: str) -> str:
    """'Last, First M.' and other forms of a printed name."""
    parts = name.split()
    if style == "last_first" and len(parts) >= 2:
        return f"{parts[-1]}, {' '.join(parts[:-1])}"
    if style == "upper":
        return name.upper()
    return name
