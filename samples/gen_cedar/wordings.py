"""Phrasings: dates and hours written in many ways, and recurring sentences."""
from __future__ import annotations

import datetime as dt

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
        "Nov.", "Dec."]


def D(s):
    return dt.date.fromisoformat(s)


def long(s):
    d = D(s)
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def abbr(s):
    d = D(s)
    return f"{ABBR[d.month - 1]} {d.day}, {d.year}"


def us(s):
    d = D(s)
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def us_short(s):
    d = D(s)
    return f"{d.month}/{d.day}/{d.year % 100:02d}"


def dmy(s):
    d = D(s)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def formal(s):
    d = D(s)
    return f"this {ordinal(d.day)} day of {MONTHS[d.month - 1]}, {d.year}"


def span(start, end, style="long"):
    a, b = D(start), D(end)
    if start == end:
        return {"long": long, "abbr": abbr, "us": us, "dmy": dmy, "iso": str}[style](start)
    if style == "long":
        if a.year == b.year and a.month == b.month:
            return f"{MONTHS[a.month - 1]} {a.day}\u2013{b.day}, {a.year}"
        if a.year == b.year:
            return f"{MONTHS[a.month - 1]} {a.day} \u2013 {MONTHS[b.month - 1]} {b.day}, {a.year}"
        return f"{long(start)} \u2013 {long(end)}"
    if style == "abbr":
        if a.year == b.year and a.month == b.month:
            return f"{ABBR[a.month - 1]} {a.day}-{b.day}, {a.year}"
        return f"{abbr(start)} - {abbr(end)}"
    if style == "us":
        return f"{us(start)} to {us(end)}"
    if style == "dmy":
        return f"{a.day}\u2013{dmy(end)}" if (a.year, a.month) == (b.year, b.month) else f"{dmy(start)} to {dmy(end)}"
    if style == "iso":
        return f"{start} through {end}"
    raise ValueError(style)


WORDS = {1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven",
         8: "Eight", 9: "Nine", 10: "Ten", 11: "Eleven", 12: "Twelve", 14: "Fourteen",
         15: "Fifteen", 16: "Sixteen", 18: "Eighteen", 20: "Twenty", 24: "Twenty-four",
         30: "Thirty", 40: "Forty"}


def num(h):
    return f"{h:g}"


def hours_phrase(h, style):
    """How a certificate states its contact hours."""
    n = num(h)
    return {
        "contact": f"Contact hours: {n}",
        "earned": f"and earned {n} clock hours",
        "ceu": f"{h / 10:.1f} CEUs ({n} contact hours)",
        "words": f"{WORDS.get(int(h), n)} ({n}) contact hours" if float(h).is_integer() else f"{n} contact hours",
        "total": f"TOTAL HOURS: {n}",
        "credit": f"for a total of {n} hours of continuing education credit",
        "inclass": f"{n} in-class contact hours",
    }[style]


def years_word(n):
    return WORDS.get(n, str(n)).lower()
