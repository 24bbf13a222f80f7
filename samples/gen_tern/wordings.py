"""How issuers write dates, hours and names: several hands, one seeded choice each."""

import datetime as dt

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WORDS = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
    13: "thirteen",
    14: "fourteen",
    15: "fifteen",
    16: "sixteen",
    18: "eighteen",
    20: "twenty",
    21: "twenty-one",
    22: "twenty-two",
    24: "twenty-four",
    25: "twenty-five",
    30: "thirty",
    32: "thirty-two",
    36: "thirty-six",
    40: "forty",
}


def d(s):
    return dt.date.fromisoformat(s)


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date(s, style):
    x = d(s)
    m = MONTHS[x.month - 1]
    return {
        "long": f"{m} {x.day}, {x.year}",
        "abbr": f"{m[:3]}. {x.day}, {x.year}" if len(m) > 4 else f"{m} {x.day}, {x.year}",
        "num": f"{x.month:02d}/{x.day:02d}/{x.year}",
        "dmy": f"{x.day} {m} {x.year}",
        "formal": f"this {ordinal(x.day)} day of {m}, {x.year}",
        "iso": x.isoformat(),
    }[style]


def span(a, b, style):
    """A date range as printed: one day, same month, or across months/years."""
    x, y = d(a), d(b)
    if x == y:
        return date(a, "long" if style == "formal" else style)
    if style in ("num", "iso"):
        return f"{date(a, style)} - {date(b, style)}"
    if style == "dmy":
        if x.month == y.month and x.year == y.year:
            return f"{x.day}-{y.day} {MONTHS[x.month - 1]} {x.year}"
        return f"{date(a, 'dmy')} to {date(b, 'dmy')}"
    if x.year == y.year and x.month == y.month:
        return f"{MONTHS[x.month - 1]} {x.day}-{y.day}, {x.year}"
    if x.year == y.year:
        return f"{MONTHS[x.month - 1]} {x.day} - {MONTHS[y.month - 1]} {y.day}, {x.year}"
    return f"{date(a, 'long')} through {date(b, 'long')}"


def hours(h, style):
    """Hours as printed: figures, words, 'contact hours', CEUs, 'hrs.'."""
    hs = f"{h:g}"
    if style == "words" and int(h) == h and int(h) in WORDS:
        return f"{WORDS[int(h)].capitalize()} ({hs}) Contact Hours"
    if style == "ceu":
        return f"{h / 10:.1f} CEUs ({hs} contact hours)"
    if style == "hrs":
        return f"{hs} hrs."
    if style == "clock":
        return f"{hs} clock hours"
    return f"{hs} contact hours"


def name(full, style):
    """'Margaret A. Kowalski' as UPPER, 'Last, First M.' or as written."""
    if style == "upper":
        return full.upper()
    if style == "lastfirst":
        parts = full.split()
        suffix = ""
        if parts[-1].rstrip(".") in ("Jr", "Sr", "II", "III"):
            suffix = " " + parts.pop()
        return f"{parts[-1]}{suffix}, {' '.join(parts[:-1])}"
    return full
