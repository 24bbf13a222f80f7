"""Hours, credit units, days and years of service: numbers with their unit."""

from __future__ import annotations

import re

from extractors.fields.base import Context, Found
from extractors.nlp import amount_matcher

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "half": 0.5, "a": 1, "an": 1, "single": 1,
}
NUMBER = re.compile(r"\d+(?:\.\d+)?|\.\d+")
TOTAL_CUE = re.compile(r"\btotal|\bcumulative|\boverall|\bearned|\bfor a total\b", re.I)
NOT_CONTACT = re.compile(r"credit\s*(?:hours?|hrs)|semester\s+hours|quarter\s+hours|"
                         r"hours?\s+(?:per|a|an|each)\s+(?:week|day|month|year|annum)|per\s+week|weekly|"
                         r"hours?\s+(?:annually|yearly)|"
                         r"office hours|business hours", re.I)
DAY_COUNT = r"(\d+|one|two|three|four|five|six|seven)(?:\s*\(\d+\))?"  # "three (3)"
DAYS = re.compile(DAY_COUNT + r"[\s-]+(?:full\s+)?days?\b(?!\s+of\s+(?:the|each))", re.I)
ALL_DAYS = re.compile(r"\ball\s+" + DAY_COUNT + r"\s+(?:full\s+)?days\b", re.I)  # "all three days of the"
HOUR_UNIT = r"(?:hours?|hrs?\.?|h)"
# "2 hours 27 min": hours and minutes; "1.50 - 2.00 h", "6 to 8 hours": an estimate, whose
# lower bound is what the document vouches for
HOURS_MINUTES = re.compile(r"\b(\d+(?:\.\d+)?)\s*" + HOUR_UNIT + r",?\s*(?:and\s+)?(\d{1,2})\s*"
                           r"(?:minutes?|mins?\.?)(?![\w])", re.I)
HOURS_RANGE = re.compile(r"(?<![\d.:/])(\d+(?:\.\d+)?)\s*(?:-|–|—|to)\s*(\d+(?:\.\d+)?)\s*"
                         + HOUR_UNIT + r"(?![\w])", re.I)
YEARS = re.compile(r"(?<!hours\s)(?<!hrs\s)(?<!per\s)\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|single)"
                   r"[\s-]+(?:\(\d+\)[\s-]*)?(?:full\s+|consecutive\s+|complete\s+)?(?:(?:one|two|three)-year\s+)?"
                   r"(years?|terms?)\b", re.I)


LEAD = re.compile(r"[^\w.]*")  # marks before a figure


def to_number(text: str) -> float | None:
    text = text.strip().lower()
    if text in WORD_NUMBERS:
        return float(WORD_NUMBERS[text])
    m = NUMBER.search(text.replace(",", ""))
    return float(m.group()) if m else None


def _amounts(ctx: Context, label: str) -> list[tuple[float, int, int, bool]]:
    """(number, start, end, stated as a total) for each match of the matcher label."""
    doc = ctx.spacy
    out = []
    for match_id, s, e in amount_matcher()(doc):
        if doc.vocab.strings[match_id] != label:
            continue
        span = doc[s:e]
        nums = [t for t in span if t.like_num]
        value = to_number(nums[0].text) if nums else None
        if value is None:
            continue
        line_start = ctx.raw.rfind("\n", 0, span.start_char) + 1
        line_end = ctx.raw.find("\n", span.end_char)
        context = ctx.raw[line_start:line_end if line_end >= 0 else None]
        out.append((value, span.start_char, span.end_char, bool(TOTAL_CUE.search(context))))
    return _dedupe(out)


def _dedupe(items: list[tuple[float, int, int, bool]]) -> list[tuple[float, int, int, bool]]:
    items = sorted(items, key=lambda t: (t[1], -(t[2] - t[1])))
    kept: list[tuple[float, int, int, bool]] = []
    for item in items:
        if kept and item[1] < kept[-1][2]:
            continue
        kept.append(item)
    return kept


def find_hours(ctx: Context) -> Found | None:
    """Contact hours: a labelled or stated total wins, else a single figure, else the
    largest of a list."""
    labelled = _labelled_number(ctx, "hours")
    if labelled is not None:
        return labelled
    items = [it for it in _with_durations(ctx, _amounts(ctx, "HOURS"))
             if not _is_credit(ctx, it)]
    if not items:
        return None
    totals = [it for it in items if it[3]]
    if totals:
        value, s, e, _ = totals[-1]
        return Found(value, s, e, 0.95)
    values = {it[0] for it in items}
    if len(values) == 1:
        value, s, e, _ = items[0]
        return Found(value, s, e, 0.95)
    value, s, e, _ = max(items, key=lambda it: it[0])
    return Found(value, s, e, 0.6)


def _with_durations(ctx: Context, items: list[tuple[float, int, int, bool]]
                    ) -> list[tuple[float, int, int, bool]]:
    """The figures of hours read as words, with "N hours M min" read as one duration and
    a range "A - B h" as its lower bound (each replacing the figures it spans)."""
    spans = []
    for m in HOURS_MINUTES.finditer(ctx.raw):
        minutes = int(m.group(2))
        if minutes < 60:
            spans.append((round(float(m.group(1)) + minutes / 60, 2), m.start(), m.end()))
    for m in HOURS_RANGE.finditer(ctx.raw):
        low, high = float(m.group(1)), float(m.group(2))
        if 0 < low < high:
            spans.append((low, m.start(), m.end()))
    if not spans:
        return items
    kept = [it for it in items if not any(s <= it[1] < e or it[1] <= s < it[2]
                                          for _, s, e in spans)]
    for value, s, e in spans:
        if any(s < k[2] and k[1] < e for k in kept):
            continue
        line_start = ctx.raw.rfind("\n", 0, s) + 1
        line_end = ctx.raw.find("\n", e)
        line = ctx.raw[line_start:line_end if line_end >= 0 else None]
        kept.append((value, s, e, bool(TOTAL_CUE.search(line))))
    return sorted(kept, key=lambda it: it[1])


# a number under an hours label ("Credit:") that names another unit: "Credit: 2 days"
OTHER_UNIT = re.compile(r"\s*(?:full\s+|half\s+)?(?:days?|ceus?|units?|points?|credits?|"
                        r"sessions?|weeks?)\b", re.I)


def _labelled_number(ctx: Context, field: str) -> Found | None:
    """A number under its label; a label saying "total" wins over a column heading."""
    found = []
    for item in ctx.labelled:
        m = _leading_number(item.value)
        if item.field == field and m and not NOT_CONTACT.search(item.value) \
                and not (field == "hours" and OTHER_UNIT.match(item.value[m.end():])):
            found.append((("total" in item.label), item, m))
    if not found:
        return None
    _, item, m = max(found, key=lambda f: f[0])
    return Found(float(m.group()), item.start + m.start(), item.start + m.end(), 0.95)


def _leading_number(value: str) -> re.Match[str] | None:
    """The number that is the value's first word, after any mark OCR made of a box edge
    or a speck in front of it ("/,12")."""
    word = value.split()[0] if value.strip() else ""
    lead = LEAD.match(word)
    m = NUMBER.match(word, lead.end() if lead else 0)
    return m if m and m.end() == len(word) else None


def _is_credit(ctx: Context, item: tuple[float, int, int, bool]) -> bool:
    window = ctx.raw[max(0, item[1] - 12):item[2] + 12]
    return bool(NOT_CONTACT.search(window))


EARNED_TOTAL = re.compile(r"\b(?:(?:total|cumulative|overall)\s+earned|"
                          r"institution(?:al)?\s+credits?(?:\s+hours?)?(?:\s+total)?)\b"
                          r"[ \t:]*(\d+(?:\.\d+)?)\b", re.I)


def find_credit_units(ctx: Context) -> Found | None:
    items = _amounts(ctx, "CREDITS")
    label = re.compile(r"(?:total|cumulative|overall|earned)[^\n\d]{0,30}?(?:credits?|units|"
                       r"points|hours|hrs)[^\n\d]{0,20}?\n?[^\n\d]{0,5}?(\d+(?:\.\d+)?)", re.I)
    # "CUMULATIVE EARNED: 9.0": the earned column's total, no unit named
    matches = list(label.finditer(ctx.raw)) or list(EARNED_TOTAL.finditer(ctx.raw))
    if matches:
        m = matches[-1]
        return Found(float(m.group(1)), m.start(1), m.end(1), 0.95)
    totals = [it for it in items if it[3]]
    if totals:
        value, s, e, _ = totals[-1]
        return Found(value, s, e, 0.9)
    return None


def find_days(ctx: Context) -> Found | None:
    labelled = _labelled_number(ctx, "days")
    if labelled is not None:
        return labelled
    if "hours" in ctx.found:
        return None  # days count where a certificate states days rather than hours
    m = ALL_DAYS.search(ctx.raw) or DAYS.search(ctx.raw)
    if not m:
        return None
    value = to_number(m.group(1))
    return Found(value, m.start(), m.end(), 0.85) if value else None


TERM_OF = re.compile(r"\s+of\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)


def find_years(ctx: Context) -> Found | None:
    m = YEARS.search(ctx.raw)
    if m and m.group(1).lower() in ("a", "an", "single") and TERM_OF.match(ctx.raw, m.end()):
        m = YEARS.search(ctx.raw, m.end())  # "a term of three years": three
    if not m:
        return None
    value = to_number(m.group(1))
    return Found(value, m.start(), m.end(), 0.8) if value else None
