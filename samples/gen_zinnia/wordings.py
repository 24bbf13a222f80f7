"""Ways the mail says the same thing: dates, hours, completion, employment terms.

Each function takes the packet's seeded `random.Random` and picks one phrasing, so two
documents of the same kind rarely read alike.
"""

from __future__ import annotations

import datetime as dt

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
        "Nov.", "Dec."]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen", "twenty", "twenty-one", "twenty-two",
         "twenty-three", "twenty-four", "twenty-five", "twenty-six", "twenty-seven",
         "twenty-eight", "twenty-nine", "thirty", "thirty-one", "thirty-two"]
TERMS = {1: "one term", 2: "two terms", 3: "three terms", 4: "four terms"}


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


def date(iso: str, rng, styles=("long", "dmy", "us", "abbr", "long", "ordinal")) -> str:
    x = d(iso)
    style = rng.choice(styles)
    if style == "long":
        return f"{MONTHS[x.month - 1]} {x.day}, {x.year}"
    if style == "dmy":
        return f"{x.day} {MONTHS[x.month - 1]} {x.year}"
    if style == "us":
        return f"{x.month:02d}/{x.day:02d}/{x.year}"
    if style == "abbr":
        return f"{ABBR[x.month - 1]} {x.day}, {x.year}"
    if style == "iso":
        return x.isoformat()
    return f"the {ordinal(x.day)} day of {MONTHS[x.month - 1]}, {x.year}"


def date_range(start: str, end: str, rng) -> str:
    s, e = d(start), d(end)
    if s == e:
        return rng.choice(["on ", "on ", ""]) + date(start, rng, ("long", "dmy", "abbr", "us"))
    if s.year == e.year and s.month == e.month:
        m = MONTHS[s.month - 1]
        return rng.choice([
            f"{m} {s.day}-{e.day}, {s.year}",
            f"{m} {s.day} through {e.day}, {s.year}",
            f"from {s.day} to {e.day} {m} {s.year}",
            f"{m} {s.day} - {m} {e.day}, {s.year}",
        ])
    if s.year == e.year:
        return rng.choice([
            f"{MONTHS[s.month - 1]} {s.day} - {MONTHS[e.month - 1]} {e.day}, {s.year}",
            f"from {date(start, rng, ('long',))} to {date(end, rng, ('long',))}",
            f"{s.month:02d}/{s.day:02d}/{s.year} - {e.month:02d}/{e.day:02d}/{e.year}",
        ])
    return f"{date(start, rng, ('long', 'us'))} to {date(end, rng, ('long', 'us'))}"


def number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def hours(h: float, rng) -> str:
    n = number(h)
    opts = [f"{n} contact hours", f"{n} in-class contact hours", f"{n} clock hours",
            f"{n} hours of instruction", f"{n} Contact Hours", f"{n} hrs."]
    if float(h).is_integer() and int(h) < len(WORDS):
        opts += [f"{WORDS[int(h)]} ({n}) contact hours", f"{WORDS[int(h)].capitalize()} ({n}) Hours"]
    if h == 1:
        opts = ["1 contact hour", "one (1) contact hour", "1.0 hour of instruction"]
    return rng.choice(opts)


def days(n: int, rng) -> str:
    return rng.choice([f"{WORDS[n]} ({n}) days of attendance", f"{n} days",
                       f"{WORDS[n]} full days", f"Days attended: {n}"])


def completed(rng, attendance: bool = False) -> str:
    if attendance:
        return rng.choice(["attended and participated in", "was in attendance at",
                           "registered for and attended", "has attended the full program of"])
    return rng.choice(["has successfully completed", "has satisfactorily completed",
                       "is recognized for the successful completion of",
                       "fulfilled all requirements of", "completed the course of study for",
                       "has earned this certificate for completing"])


def certify(rng) -> str:
    return rng.choice(["This is to certify that", "Be it known that", "This certifies that",
                       "Presented to", "Awarded to", "In recognition of the achievement of",
                       "The undersigned hereby certify that"])


def cert_heading(rng, attendance: bool = False) -> str:
    if attendance:
        return rng.choice(["Certificate of Attendance", "CERTIFICATE OF PARTICIPATION",
                           "Attendance Verification", "Certificate of Attendance"])
    return rng.choice(["Certificate of Completion", "CERTIFICATE OF ACHIEVEMENT",
                       "Certificate of Completion", "Certificate", "Certificate of Accomplishment"])


def assessment_line(value: bool, rng) -> str:
    if value:
        return rng.choice(["Learning assessment: completed and passed.",
                           "The participant completed the required learning assessment.",
                           "Post-course assessment passed (score on file).",
                           "Assessment: Passed"])
    return rng.choice(["No learning assessment was administered for this course.",
                       "Assessment: none (attendance only).",
                       "This program did not include a test or other assessment."])


def delivery_line(value: str, rng) -> str:
    return {
        "online": rng.choice(["Delivered fully online (self-paced, instructor supported).",
                              "Format: Online course", "Delivery method: 100% online"]),
        "hybrid": rng.choice(["Format: hybrid (online modules with in-class sessions)",
                              "Blended/hybrid delivery"]),
        "webinar": rng.choice(["Live interactive webinar", "Format: Webinar",
                               "Recorded webinar (webcast)"]),
        "in_person": rng.choice(["Delivery: in person", "Format: In-person classroom"]),
    }[value]


def employment_type(value: str, rng) -> str:
    if value == "full_time":
        return rng.choice(["full-time", "full time", "regular full-time", "full-time (40 hours per week)"])
    return rng.choice(["part-time", "part time", "regular part-time (20 hours per week)",
                       "part-time, 24 hours a week"])


def admin_sentence(value, rng, first: str) -> str:
    if value is True:
        return rng.choice([
            f"In this role {first} supervises the staff of the Clerk's Office and carries full administrative responsibility for the office.",
            f"The position is administrative in nature; {first} manages the Clerk's Office and supervises three staff members.",
            f"{first} leads a team of four and is responsible for the administration of the department.",
        ])
    if value is False:
        return rng.choice([
            "This position does not carry administrative or supervisory responsibility.",
            f"{first}'s duties are clerical; the position has no administrative responsibility and supervises no staff.",
        ])
    return rng.choice([
        f"{first} prepares agendas and minutes, maintains the official records and manages the agenda process for the governing body.",
        "Duties include records management, election administration and custody of the municipal seal.",
    ])


def to_present(rng) -> str:
    return rng.choice(["to the present", "to present", "and continues in this position today",
                       "through the present date", "- present"])
