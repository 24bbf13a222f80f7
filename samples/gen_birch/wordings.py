"""Phrasings of dates, ranges, hours, completion sentences, employment terms."""
import datetime as dt

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def d(iso):
    return dt.date.fromisoformat(iso)


def date_text(iso, rng, style=None):
    x = d(iso)
    style = style if style is not None else rng.randrange(5)
    if style == 0:
        return f"{MONTHS[x.month - 1]} {x.day}, {x.year}"
    if style == 1:
        return f"{x.day} {MONTHS[x.month - 1]} {x.year}"
    if style == 2:
        return f"{x.month:02d}/{x.day:02d}/{x.year}"
    if style == 3:
        return f"{MONTHS[x.month - 1][:3]}. {x.day}, {x.year}"
    return x.strftime("%B %d, %Y").replace(" 0", " ")


def ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def range_text(start, end, rng):
    a, b = d(start), d(end)
    if a == b:
        return date_text(start, rng)
    k = rng.randrange(3)
    if k == 0 and a.year == b.year and a.month == b.month:
        return f"{MONTHS[a.month - 1]} {a.day}-{b.day}, {a.year}"
    if k == 1:
        return f"{date_text(start, rng, 0)} through {date_text(end, rng, 0)}"
    return f"{date_text(start, rng, 2)} - {date_text(end, rng, 2)}"


def hours_text(h, rng):
    n = f"{h:g}"
    return rng.choice([f"{n} contact hours", f"{n} Contact Hours", f"{n} in-class hours",
                       f"{n} clock hours", f"{n} hours of instruction"])


def completion(rng):
    return rng.choice([
        "has successfully completed", "has satisfactorily completed the requirements of",
        "is hereby recognised for completing", "completed all coursework and the assessment for",
        "has fulfilled the attendance and assessment requirements of"])


def attendance(rng):
    return rng.choice(["attended", "was registered for and attended",
                       "participated in the full program of"])


def employment_type_text(t, rng):
    if t == "full_time":
        return rng.choice(["full-time", "full time", "a full-time basis"])
    return rng.choice(["part-time", "part time", "a part-time basis (20 hours per week)"])


def admin_text(admin, rng):
    if admin is True:
        return rng.choice([
            "The position carries administrative responsibility and supervises two staff.",
            "The holder manages the Clerk's office and supervises three employees.",
            "The position is administrative and leads a team of four."])
    if admin is False:
        return rng.choice([
            "The position carries no administrative responsibility.",
            "This position has no supervisory or administrative responsibility."])
    return ""


def to_present(rng):
    return rng.choice(["to present", "to the present", "until the present day", "- present"])


def years_words(n):
    return ["zero", "one", "two", "three", "four", "five", "six"][n]
