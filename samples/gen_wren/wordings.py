"""Dates, hours and names written the many ways issuers write them."""

from __future__ import annotations

import datetime as dt
import random

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty-first", 22: "twenty-second",
       23: "twenty-third", 24: "twenty-fourth", 25: "twenty-fifth", 26: "twenty-sixth",
       27: "twenty-seventh", 28: "twenty-eighth", 29: "twenty-ninth", 30: "thirtieth",
       31: "thirty-first"}
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty"]


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def date_text(iso: str, style: str) -> str:
    x = d(iso)
    if style == "long":
        return f"{MONTHS[x.month - 1]} {x.day}, {x.year}"
    if style == "abbr":
        return f"{ABBR[x.month - 1]} {x.day}, {x.year}"
    if style == "us":
        return f"{x.month:02d}/{x.day:02d}/{x.year}"
    if style == "us_short":
        return f"{x.month}/{x.day}/{x.year}"
    if style == "dmy":
        return f"{x.day} {MONTHS[x.month - 1]} {x.year}"
    if style == "iso":
        return x.isoformat()
    if style == "dashes":
        return f"{x.month:02d}-{x.day:02d}-{x.year}"
    if style == "formal":
        return f"this {ORD[x.day]} day of {MONTHS[x.month - 1]}, {x.year}"
    if style == "upper":
        return f"{MONTHS[x.month - 1].upper()} {x.day}, {x.year}"
    raise ValueError(style)


DATE_STYLES = ["long", "abbr", "us", "us_short", "dmy", "dashes", "upper"]


def pick_style(rng: random.Random) -> str:
    return rng.choice(DATE_STYLES)


def date_range(start: str, end: str, rng: random.Random) -> str:
    """'March 4-6, 2024', 'March 30 - April 2, 2024', '04/03/2024 through 04/06/2024'."""
    a = d(start)
    b = d(end)
    if a == b:
        return date_text(start, rng.choice(["long", "abbr", "us", "dmy"]))
    kind = rng.choice(["compact", "through", "to", "slash"])
    if kind == "compact" and a.year == b.year:
        if a.month == b.month:
            return f"{MONTHS[a.month - 1]} {a.day}\u2013{b.day}, {a.year}"
        return f"{MONTHS[a.month - 1]} {a.day} \u2013 {MONTHS[b.month - 1]} {b.day}, {a.year}"
    if kind == "slash":
        return f"{date_text(start, 'us')} - {date_text(end, 'us')}"
    if kind == "to":
        return f"{date_text(start, 'dmy')} to {date_text(end, 'dmy')}"
    return f"{date_text(start, 'long')} through {date_text(end, 'long')}"


def hours_text(hours: float, rng: random.Random) -> str:
    h = f"{hours:g}"
    h1 = f"{hours:.1f}"
    forms = [f"{h} contact hours", f"{h1} Contact Hours", f"{h} clock hours", f"{h} CEUs hours",
             f"{h} hrs.", f"{h} in-class contact hours", f"Contact hours: {h1}"]
    if hours == int(hours) and int(hours) <= 20:
        forms.append(f"{WORDS[int(hours)]} ({h}) contact hours")
    return rng.choice(forms)


def name_form(first: str, middle: str, last: str, rng: random.Random, post: str = "") -> str:
    mi = f" {middle[0]}." if middle else ""
    forms = [f"{first}{mi} {last}", f"{first} {middle} {last}".replace("  ", " "),
             f"{last}, {first}{mi}", f"{first.upper()}{mi.upper()} {last.upper()}", f"{first} {last}"]
    out = rng.choice(forms)
    return f"{out}, {post}" if post else out
