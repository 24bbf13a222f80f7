"""Ways of writing dates, hours, names and numbers, and the headlines and phrases of
certificates and letters. Each function takes the document's own Random."""

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
ABBR = [
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty"}
ORD = {
    1: "first",
    2: "second",
    3: "third",
    4: "fourth",
    5: "fifth",
    6: "sixth",
    7: "seventh",
    8: "eighth",
    9: "ninth",
    10: "tenth",
    11: "eleventh",
    12: "twelfth",
    13: "thirteenth",
    14: "fourteenth",
    15: "fifteenth",
    16: "sixteenth",
    17: "seventeenth",
    18: "eighteenth",
    19: "nineteenth",
    20: "twentieth",
    21: "twenty-first",
    22: "twenty-second",
    23: "twenty-third",
    24: "twenty-fourth",
    25: "twenty-fifth",
    26: "twenty-sixth",
    27: "twenty-seventh",
    28: "twenty-eighth",
    29: "twenty-ninth",
    30: "thirtieth",
    31: "thirty-first",
}


def d(s):
    return dt.date.fromisoformat(s)


def words(n):
    n = int(n)
    if n <= 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t * 10] + ("-" + ONES[o] if o else "")


def ordinal_suffix(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def date(s, style):
    x = d(s)
    m = x.month - 1
    return {
        "long": f"{MONTHS[m]} {x.day}, {x.year}",
        "abbr": f"{ABBR[m]} {x.day}, {x.year}",
        "us": f"{x.month:02d}/{x.day:02d}/{x.year}",
        "us_short": f"{x.month}/{x.day}/{x.year}",
        "intl": f"{x.day} {MONTHS[m]} {x.year}",
        "iso": x.isoformat(),
        "dots": f"{x.day:02d}.{x.month:02d}.{x.year}",
        "upper": f"{MONTHS[m].upper()} {x.day}, {x.year}",
        "legal": f"the {ORD[x.day]} day of {MONTHS[m]}, {x.year}",
        "dmy_abbr": f"{x.day}-{ABBR[m].rstrip('.')[:3]}-{x.year}",
    }[style]


def month_year(s, rng=None):
    x = d(s)
    return f"{MONTHS[x.month - 1]} {x.year}"


def span(a, b, style):
    """A date span; a one-day event prints one date."""
    if a == b:
        return date(a, style)
    x, y = d(a), d(b)
    if style in ("long", "abbr") and x.year == y.year and x.month == y.month:
        mm = (MONTHS if style == "long" else ABBR)[x.month - 1]
        return f"{mm} {x.day}\u2013{y.day}, {x.year}"
    if style in ("long", "abbr") and x.year == y.year:
        mm = MONTHS if style == "long" else ABBR
        return f"{mm[x.month - 1]} {x.day} \u2013 {mm[y.month - 1]} {y.day}, {y.year}"
    if style == "intl" and x.year == y.year and x.month == y.month:
        return f"{x.day}\u2013{y.day} {MONTHS[x.month - 1]} {x.year}"
    return f"{date(a, style)} through {date(b, style)}"


def pick_date_style(rng, intl=False):
    if intl:
        return rng.choice(["intl", "intl", "dots", "long"])
    return rng.choice(["long", "long", "abbr", "us", "us_short", "upper", "long"])


def num(h):
    return str(int(h)) if float(h).is_integer() else f"{h:g}"


def hours_phrase(h, rng, unit=None):
    unit = unit or rng.choice(
        ["contact hours", "clock hours", "hours", "in-class contact hours", "hours of instruction"]
    )
    n = num(h)
    forms = [
        f"{n} {unit}",
        f"{words(h)} ({n}) {unit}" if float(h).is_integer() and h <= 60 else f"{n} {unit}",
        f"a total of {n} {unit}",
        f"{n}.0 {unit}" if float(h).is_integer() else f"{n} {unit}",
    ]
    return rng.choice(forms)


def name_forms(name, rng, allow=("plain", "upper", "last_first", "plain", "plain")):
    """(printed, truth) for an applicant name 'First M. Last'."""
    parts = name.split()
    first, last = parts[0], parts[-1]
    mid = " ".join(parts[1:-1])
    style = rng.choice(list(allow))
    if style == "upper":
        return name.upper(), name
    if style == "last_first":
        return f"{last}, {first}{' ' + mid if mid else ''}", name
    if style == "no_middle" and mid:
        return f"{first} {last}", f"{first} {last}"
    if style == "honorific":
        return f"{name}, CMC", name
    return name, name


CERT_HEADINGS = [
    "Certificate of Completion",
    "Certificate of Attendance",
    "Certificate of Achievement",
    "Certificate of Participation",
    "Certificate of Recognition",
    "Award of Completion",
]
PRESENT = [
    "This certifies that",
    "This is to certify that",
    "Be it known that",
    "Presented to",
    "is hereby awarded to",
    "We are pleased to recognize",
    "Awarded to",
]
COMPLETED = [
    "has successfully completed",
    "has satisfactorily completed the requirements of",
    "has completed the course entitled",
    "attended and completed",
    "participated in and completed",
    "has fulfilled all requirements for",
]
