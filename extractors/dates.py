"""Finding dates and date ranges in running text, the ways people write them.

`find_dates` returns every mention with its character span: single days, month-only
and year-only dates (expanded to the first/last day by `start`/`end`), ranges such as
"March 4-6, 2024", "March 30 - April 2, 2024", "June 2019 through May 2022",
"3/1/2015 to present", "the 5th day of May, 2024", and two-digit years after a month
named in words ("29th Jan 26", "26-May-26").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
       r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)[.:]?")
ORD = r"(?:st|nd|rd|th)?"
DASH = r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*"
YEAR = r"((?:19|20)\d{2})"
SEP = r"(?:[,.:;°]{1,2}\s*|\s+)"  # before the year: a comma, or a speck OCR read as ";" or "°"

DAY_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
TENS = {"twenty": 20, "thirty": 30}
DAY_WORD = (r"(?:(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
            r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
            r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
            r"thirtieth)")


def day_number(word: str) -> int:
    """The day of an ordinal written in words: "sixteenth" 16, "twenty-first" 21."""
    w = re.sub(r"[- ]", "", word.lower())
    tens = next((t for t in TENS if w.startswith(t)), "")
    return TENS.get(tens, 0) + DAY_ORDINALS.get(w[len(tens):], 0)


SEASONS = {"winter": (1, 2), "spring": (3, 5), "summer": (6, 8), "fall": (9, 12), "autumn": (9, 12)}


PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # March 30 - April 2, 2024
    ("md_md_y", re.compile(rf"\b({MON})\s+(\d{{1,2}}){ORD}{DASH}({MON})\s+(\d{{1,2}}){ORD}{SEP}{YEAR}", re.I)),
    # March 4-6, 2024
    ("m_d_d_y", re.compile(rf"\b({MON})\s+(\d{{1,2}}){ORD}\s*(?:-|–|—|to|through|and|&)\s*(\d{{1,2}}){ORD}{SEP}{YEAR}", re.I)),
    # 4-6 March 2024
    ("d_d_m_y", re.compile(rf"\b(\d{{1,2}}){ORD}\s*(?:-|–|—|to)\s*(\d{{1,2}}){ORD}\s+({MON}){SEP}{YEAR}", re.I)),
    # the 5th day of May, 2024
    ("day_of", re.compile(rf"\b(\d{{1,2}}){ORD}\s+day\s+of\s+({MON}),?\s+(?:in\s+the\s+year\s+)?{YEAR}", re.I)),
    # this sixteenth day of May, 2009; the twenty-first day of March 2024
    ("day_of_w", re.compile(rf"\b({DAY_WORD})\s+day\s+of\s+({MON}),?\s+(?:in\s+the\s+year\s+(?:of\s+)?)?{YEAR}", re.I)),
    # March 4, 2024
    ("mdy", re.compile(rf"\b({MON})\s+(\d{{1,2}}){ORD}{SEP}{YEAR}", re.I)),
    # 4 March 2024
    ("dmy", re.compile(rf"\b(\d{{1,2}}){ORD}\s+(?:of\s+)?({MON}){SEP}{YEAR}", re.I)),
    # 26-May-26, 26-May-2026
    ("d_mon_y", re.compile(rf"\b(\d{{1,2}})-({MON})-(\d{{4}}|\d{{2}})\b(?![-/.:]\d)", re.I)),
    # 29th Jan 26, 30 th Apr 26: a two-digit year, only after a month named in words
    ("dmy2", re.compile(rf"\b(\d{{1,2}})\s?{ORD}\s+({MON})[,']?\s*(\d{{2}})\b(?![-/.:,]?\d)", re.I)),
    # 2024-03-04
    ("iso", re.compile(r"\b((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\b")),
    # 03/04/2024, 3-4-24, 3.4.2024 (US order)
    ("numeric", re.compile(r"\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b")),
    # February through July 2023
    ("m_m_y", re.compile(rf"\b({MON})\s*(?:-|–|—|to|through|thru|until)\s*({MON}){SEP}{YEAR}\b", re.I)),
    # between January and June 2025
    ("m_m_y", re.compile(rf"(?<=between )({MON})\s+and\s+({MON}){SEP}{YEAR}\b", re.I)),
    # the fall of 2024: a season named in prose (not a transcript's "FALL 2024" term)
    ("season", re.compile(r"\b(spring|summer|fall|autumn|winter)\s+of\s+((?:19|20)\d{2})\b", re.I)),
    # June 2019
    ("my", re.compile(rf"\b({MON}){SEP}{YEAR}\b", re.I)),
    # 06/2019
    ("m_slash_y", re.compile(r"\b(\d{1,2})/((?:19|20)\d{2})\b")),
]
RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|through|thru|until|till)\s*$", re.I)
PRESENT = re.compile(r"^\s*(?:-|–|—|to|through|thru|until|till)\s*(?:the\s+)?(present|current|"
                     r"date|today|now|present\s+day)\b", re.I)
YEAR_RANGE = re.compile(r"\b(?:from\s+)?((?:19|20)\d{2})\s*(?:-|–|—|to|through|thru)\s*((?:19|20)\d{2})\b", re.I)
SINCE = re.compile(r"\bsince\s*$", re.I)


@dataclass(frozen=True)
class DateMention:
    start_char: int
    end_char: int
    start: dt.date
    end: dt.date
    precision: str  # day, month, year
    is_range: bool = False
    to_present: bool = False

    @property
    def single_day(self) -> bool:
        return self.precision == "day" and self.start == self.end


def month_number(token: str) -> int:
    return MONTHS[token.strip(".").lower()[:3]]


def _day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _year(text: str) -> int:
    y = int(text)
    return y if y >= 100 else (2000 + y if y < 50 else 1900 + y)


def _parse(kind: str, g: tuple[str, ...]) -> tuple[dt.date, dt.date, str] | None:
    if kind == "md_md_y":
        y = int(g[4])
        a, b = _day(y, month_number(g[0]), int(g[1])), _day(y, month_number(g[2]), int(g[3]))
        return (a, b, "day") if a and b and a <= b else None
    if kind == "m_d_d_y":
        m, y = month_number(g[0]), int(g[3])
        a, b = _day(y, m, int(g[1])), _day(y, m, int(g[2]))
        return (a, b, "day") if a and b and a <= b else None
    if kind == "d_d_m_y":
        m, y = month_number(g[2]), int(g[3])
        a, b = _day(y, m, int(g[0])), _day(y, m, int(g[1]))
        return (a, b, "day") if a and b and a <= b else None
    if kind == "day_of":
        d = _day(int(g[2]), month_number(g[1]), int(g[0]))
        return (d, d, "day") if d else None
    if kind == "day_of_w":
        d = _day(int(g[2]), month_number(g[1]), day_number(g[0]))
        return (d, d, "day") if d else None
    if kind == "mdy":
        d = _day(int(g[2]), month_number(g[0]), int(g[1]))
        return (d, d, "day") if d else None
    if kind == "dmy":
        d = _day(int(g[2]), month_number(g[1]), int(g[0]))
        return (d, d, "day") if d else None
    if kind in ("d_mon_y", "dmy2"):
        d = _day(_year(g[2]), month_number(g[1]), int(g[0]))
        return (d, d, "day") if d else None
    if kind == "iso":
        d = _day(int(g[0]), int(g[1]), int(g[2]))
        return (d, d, "day") if d else None
    if kind == "numeric":
        d = _day(_year(g[3]), int(g[0]), int(g[2]))
        return (d, d, "day") if d else None
    if kind == "m_m_y":
        year, first, last = int(g[2]), month_number(g[0]), month_number(g[1])
        return (dt.date(year, first, 1), _month_end(year, last), "month") if first <= last else None
    if kind == "season":
        first, last = SEASONS[g[0].lower()]
        y = int(g[1])
        return dt.date(y, first, 1), _month_end(y, last), "month"
    if kind == "my":
        m, y = month_number(g[0]), int(g[1])
        return dt.date(y, m, 1), _month_end(y, m), "month"
    if kind == "m_slash_y":
        m, y = int(g[0]), int(g[1])
        return (dt.date(y, m, 1), _month_end(y, m), "month") if 1 <= m <= 12 else None
    return None


def _singles(text: str) -> list[DateMention]:
    taken = [False] * len(text)
    found: list[DateMention] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(taken[m.start():m.end()]):
                continue
            parsed = _parse(kind, m.groups())
            if parsed is None:
                continue
            start, end, precision = parsed
            found.append(DateMention(m.start(), m.end(), start, end, precision,
                                     is_range=start != end and kind not in ("my", "m_slash_y")))
            taken[m.start():m.end()] = [True] * (m.end() - m.start())
    for m in YEAR_RANGE.finditer(text):
        if not any(taken[m.start():m.end()]) and int(m.group(1)) <= int(m.group(2)):
            found.append(DateMention(m.start(), m.end(), dt.date(int(m.group(1)), 1, 1),
                                     dt.date(int(m.group(2)), 12, 31), "year", is_range=True))
    return sorted(found, key=lambda d: d.start_char)


# OCR reads a day of 1 as a bar or a letter ("December |, 2025"): made a 1 in place
DAY_ONE_SLIP = re.compile(rf"(\b{MON}\s)[|lI](?=[,.]?\s+(?:19|20)\d{{2}}\b)", re.I)


# OCR splits a month's first letter off in some serif faces ("J uly 17-21", "J anuary 4"):
# joined in place, the space moved behind the word
SPLIT_MONTH = re.compile(r"\b([A-Z]) ([a-z]{2,8})\b")
MONTH_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july",
                         "august", "september", "october", "november", "december"})


def _join_month(m: re.Match[str]) -> str:
    word = m.group(1) + m.group(2)
    return f"{word} " if word.lower() in MONTH_NAMES else m.group()


def find_dates(text: str, today: dt.date | None = None) -> list[DateMention]:
    """Every date mention, adjacent mentions joined into ranges ("X to Y", "X - present")."""
    text = DAY_ONE_SLIP.sub(r"\g<1>1", text)  # same length: offsets stay true
    text = SPLIT_MONTH.sub(_join_month, text)  # same length too
    singles = _singles(text)
    out: list[DateMention] = []
    i = 0
    while i < len(singles):
        cur = singles[i]
        nxt = singles[i + 1] if i + 1 < len(singles) else None
        between = text[cur.end_char:nxt.start_char] if nxt else ""
        if nxt and not cur.is_range and not nxt.is_range and RANGE_JOIN.match(between) \
                and cur.start <= nxt.end:
            out.append(DateMention(cur.start_char, nxt.end_char, cur.start, nxt.end,
                                   cur.precision, is_range=True))
            i += 2
            continue
        present = PRESENT.match(text[cur.end_char:cur.end_char + 30])
        since = SINCE.search(text[max(0, cur.start_char - 12):cur.start_char])
        if (present or since) and today is not None and not cur.is_range:
            end_char = cur.end_char + present.end() if present else cur.end_char
            out.append(DateMention(cur.start_char, end_char, cur.start, today, cur.precision,
                                   is_range=True, to_present=True))
        else:
            out.append(cur)
        i += 1
    return out


def date_coverage(text: str) -> float:
    """How much of the text (without its outer blanks) the dates found in it cover, from 0
    to 1: a line that is mostly dates ("12-14 March 2024") says when, not what or who."""
    t = text.strip()
    if not t:
        return 0.0
    return min(1.0, sum(d.end_char - d.start_char for d in find_dates(t)) / len(t))
