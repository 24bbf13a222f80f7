"""How dates, hours and recurring phrases are written on the osprey documents."""

import datetime as dt

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
           "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
           "seventeen", "eighteen", "nineteen", "twenty"]
TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty"}


def number(n):
    n = int(n)
    if n < len(NUMBERS):
        return NUMBERS[n]
    t, u = n - n % 10, n % 10
    return TENS[t] + ("-" + NUMBERS[u] if u else "")


def d(iso):
    return dt.date.fromisoformat(iso)


def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def date(iso, style="long"):
    x = d(iso)
    if style == "long":
        return f"{MONTHS[x.month - 1]} {x.day}, {x.year}"
    if style == "us":
        return f"{x.month}/{x.day}/{x.year}"
    if style == "us0":
        return f"{x.month:02d}/{x.day:02d}/{x.year}"
    if style == "dmy":
        return f"{x.day} {MONTHS[x.month - 1]} {x.year}"
    if style == "abbr":
        return f"{MONTHS[x.month - 1][:3]}. {x.day}, {x.year}"
    if style == "iso":
        return iso
    if style == "formal":
        return f"this {ordinal(x.day)} day of {MONTHS[x.month - 1]}, {x.year}"
    if style == "month":
        return f"{MONTHS[x.month - 1]} {x.year}"
    raise ValueError(style)


def span(start, end, style="long"):
    """A date range as people write it: March 3-5, 2025; April 28 - May 2, 2025."""
    a, b = d(start), d(end)
    if start == end:
        return date(start, style)
    if style == "long":
        if a.year == b.year and a.month == b.month:
            return f"{MONTHS[a.month - 1]} {a.day}-{b.day}, {a.year}"
        if a.year == b.year:
            return f"{MONTHS[a.month - 1]} {a.day} - {MONTHS[b.month - 1]} {b.day}, {a.year}"
        return f"{date(start)} - {date(end)}"
    if style == "dmy" and a.year == b.year and a.month == b.month:
        return f"{a.day}-{b.day} {MONTHS[a.month - 1]} {a.year}"
    sep = " through " if style == "us" else " to "
    return date(start, style) + sep + date(end, style)


def hours(value, style="plain"):
    """Hours in the words of the issuer: 1.5 contact hours, six (6) hours, 1.2 CEUs."""
    n = int(value) if float(value).is_integer() else value
    if style == "plain":
        return f"{n} contact hours" if n != 1 else "1 contact hour"
    if style == "words":
        return f"{number(n)} ({n}) hours"
    if style == "ceu":
        return f"{value / 10:.1f} CEUs ({n} contact hours)"
    if style == "clock":
        return f"{n} clock hours of instruction"
    if style == "short":
        return f"{n} hrs."
    raise ValueError(style)
