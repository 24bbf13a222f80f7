"""How documents word their facts: date styles, hours, and phrase variants per kind.

Each formatter prints exactly one fact, so a truth field always has one printed source.
The variants are picked by the packet definitions (an index), not at random, so a packet
reads the same whenever it is generated.
"""

from __future__ import annotations

from datetime import date

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six",
                7: "seven", 8: "eight", 9: "nine", 10: "ten"}


def ordinal(n: int) -> str:
    """1 -> '1st', 22 -> '22nd'."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


def fmt_date(d: date, style: str) -> str:
    """One date in a named style: long, dmy, us, iso, ordinal, abbr, month."""
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "ordinal":
        return f"this {ordinal(d.day)} day of {MONTHS[d.month - 1]}, {d.year}"
    if style == "abbr":
        return f"{MONTHS[d.month - 1][:3]}. {d.day}, {d.year}"
    if style == "month":
        return f"{MONTHS[d.month - 1]} {d.year}"
    raise ValueError(style)


def fmt_range(a: date, b: date, style: str) -> str:
    """A span of dates the way programs print them ('March 4-6, 2024')."""
    if a == b:
        return fmt_date(a, style)
    if style in ("long", "abbr") and a.year == b.year:
        ma = MONTHS[a.month - 1] if style == "long" else MONTHS[a.month - 1][:3] + "."
        mb = MONTHS[b.month - 1] if style == "long" else MONTHS[b.month - 1][:3] + "."
        if a.month == b.month:
            return f"{ma} {a.day}\u2013{b.day}, {a.year}"
        return f"{ma} {a.day} \u2013 {mb} {b.day}, {a.year}"
    if style == "dmy" and a.year == b.year and a.month == b.month:
        return f"{a.day}\u2013{b.day} {MONTHS[a.month - 1]} {a.year}"
    return f"{fmt_date(a, style)} \u2013 {fmt_date(b, style)}"


def fmt_hours(h: float, style: int = 0) -> str:
    """Contact hours printed several ways; the number is always the truth's `hours`."""
    num = f"{h:g}"
    return [f"{num} contact hours", f"{num} Hours", f"{num} in-class contact hours",
            f"{num} clock hours", f"Contact Hours: {num}"][style % 5]


CERT_HEADINGS = ["Certificate of Completion", "Certificate of Achievement",
                 "Certificate of Attendance", "Certificate of Participation",
                 "Certificate of Recognition"]
CERT_PRESENTS = ["This is to certify that", "This certifies that", "Presented to",
                 "Be it known that", "is hereby awarded to"]
CERT_COMPLETED = ["has satisfactorily completed", "has successfully completed the program",
                  "attended and completed", "has fulfilled the requirements of",
                  "participated in"]

HR_OPENINGS = [
    "This letter verifies the employment of {name} with the {employer}.",
    "Please accept this letter as confirmation that {name} is employed by the {employer}.",
    "At the request of the employee, we confirm the following employment information for {name}.",
    "To Whom It May Concern: I am writing to verify that {name} has been employed by the {employer}.",
]
HR_CLOSINGS = [
    "Should you require anything further, please contact our office.",
    "This information is provided at the employee's request and without liability.",
    "Please do not hesitate to contact me if you have any questions.",
    "We trust this information meets your needs.",
]
COMMITTEE_THANKS = [
    "On behalf of the Association, thank you for your dedicated service.",
    "Your contributions were invaluable to the work of the committee.",
    "We are grateful for the time and talent you gave to our members.",
]


def spelled(n: int) -> str:
    """Small counts in words ('three'), larger as digits."""
    return NUMBER_WORDS.get(n, str(n))
