"""Which stated date is which: the dates of the work, the issue date, the degree date."""

from __future__ import annotations

import datetime as dt
import re

from core.models import Kind
from extractors.dates import MONTHS, DateMention, find_dates
from extractors.fields.base import Context, Found
from extractors.fields.employment import STILL, current_row, table_rows
from extractors.fields.letter_marks import CLOSING

ISSUE_CUE = re.compile(r"(?:issued|date of issue|issue date|dated|given|signed|printed|"
                       r"date printed|date issued|prepared|awarded this|in witness)\b[^\n]{0,25}$", re.I)
DEGREE_CUE = re.compile(r"(?:conferred|confers|degree date|date of degree|graduat\w*|"
                        r"awarded|completed degree|degree granted)\b[^\n]{0,40}$", re.I)
START_CUE = re.compile(r"(?:hire date|date of hire|hired[^.\n]{0,60}? on|start(?:ing)? date|began|since|"
                       r"beginning|starting|"
                       r"commenced(?: employment)?(?: on)?|joined[^.\n]{0,40}? on|appointed on|"
                       r"effective|commenc\w+|from)\s*:?\s*$", re.I)
END_CUE = re.compile(r"(?:end date|separat\w+(?: on)?|terminat\w+(?: on)?|resign\w*(?: on)?|"
                     r"through|until|(?:ended|ending|concluded)(?: on| in)?|left (?:on|in))\s*:?\s*$",
                     re.I)
# a bare "Date:" beside a "Dates:" (or "Event dates:") label: the day the paper was made
DATE_LABEL = re.compile(r"(?:^|\n)[ \t]*date[ \t]*:[ \t]*$", re.I)
LETTER_KINDS = (Kind.letter, Kind.employment_letter)


def _before(ctx: Context, mention: DateMention, width: int = 60) -> str:
    line_start = ctx.raw.rfind("\n", 0, mention.start_char) + 1
    prev_line_start = ctx.raw.rfind("\n", 0, max(0, line_start - 1)) + 1
    same = ctx.raw[line_start:mention.start_char]
    if same.strip():
        return same[-width:]
    return ctx.raw[prev_line_start:mention.start_char][-width:]  # a label on the line above


def _alone_on_line(ctx: Context, mention: DateMention) -> bool:
    line_start = ctx.raw.rfind("\n", 0, mention.start_char) + 1
    line_end = ctx.raw.find("\n", mention.end_char)
    rest = ctx.raw[line_start:mention.start_char] + ctx.raw[mention.end_char:line_end]
    return len(re.sub(r"(?i)\bdate[d]?\b|[:,.\s]", "", rest)) <= 2


def _found(m: DateMention, which: str, conf: float) -> Found:
    d = m.start if which == "start" else m.end
    return Found(d.isoformat(), m.start_char, m.end_char, conf)


def _in(mention: DateMention, label: Found | None) -> bool:
    return label is not None and label.start <= mention.start_char < label.end


def _on_line_of(ctx: Context, mention: DateMention, found: Found | None) -> bool:
    """The date stands on the line of a value found ("Degree: B.A. in History - May 2012")."""
    if found is None:
        return False
    return ctx.text.line_at(mention.start_char) == ctx.text.line_at(found.start) \
        and mention.start_char >= found.end


# an agenda's day headings without their year ("Thursday, April 10"), the year in its title
DAY_HEADING = re.compile(r"(?im)^[ \t]*(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+"
                         r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+(\d{1,2})\b"
                         r"(?![,.]?[ \t]*(?:19|20)\d\d)")
HEAD_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def _agenda_days(ctx: Context) -> dict[str, Found]:
    """The first and last day headings of an agenda that prints its year only once, at
    the top ("2025 Spring Clerks Workshop" over "Thursday, April 10", "Friday, April 11")."""
    heads = ctx.lines()[:4]
    year = next((m for _, text in heads for m in HEAD_YEAR.finditer(text)), None)
    days = list(DAY_HEADING.finditer(ctx.raw))
    if year is None or not days:
        return {}
    found = []
    for m in days:
        try:
            day = dt.date(int(year.group(1)), MONTHS[m.group(1).lower()], int(m.group(2)))
        except ValueError:
            continue
        found.append((day, m))
    if not found:
        return {}
    (first, fm), (last, lm) = min(found, key=lambda x: x[0]), max(found, key=lambda x: x[0])
    return {"start_date": Found(first.isoformat(), fm.start(1), fm.end(2), 0.75),
            "end_date": Found(last.isoformat(), lm.start(1), lm.end(2), 0.75)}


def assign_dates(ctx: Context) -> dict[str, Found]:
    mentions = list(ctx.dates)
    if not mentions and ctx.kind == Kind.agenda:
        return _agenda_days(ctx)
    out: dict[str, Found] = {}
    used: set[int] = set()
    dates_label, issue_label = ctx.labels.get("dates"), ctx.labels.get("issue_date")
    if ctx.kind in LETTER_KINDS:
        dates_label, issue_label = None, issue_label or ctx.labels.get("dates")
    for i, m in enumerate(mentions):
        if _in(m, issue_label) and "issue_date" not in out:
            out["issue_date"] = _found(m, "end", 0.9)
            used.add(i)
        elif _in(m, dates_label) and "start_date" not in out:
            out["start_date"], out["end_date"] = _found(m, "start", 0.9), _found(m, "end", 0.9)
            used.add(i)
    degree = ctx.found.get("degree")
    diploma = ctx.kind == Kind.certificate and degree is not None
    for i, m in enumerate(mentions):
        before = _before(ctx, m)
        if "degree_date" not in out and (ctx.kind == Kind.transcript or diploma) and (
                DEGREE_CUE.search(before) or _on_line_of(ctx, m, degree)):
            out["degree_date"] = _found(m, "end", 0.9)
            used.add(i)
        elif "issue_date" not in out and not m.is_range and (
                ISSUE_CUE.search(before)
                or (i not in used and "start_date" in out and DATE_LABEL.search(before))):
            out["issue_date"] = _found(m, "end", 0.9)
            used.add(i)
    if diploma:  # a diploma's one date is the day it conferred the degree
        given = out.get("degree_date") or out.get("issue_date")
        if given is None and mentions:
            given = _found(mentions[-1], "end", 0.85 if len(mentions) == 1 else 0.6)
        return {"degree_date": given} if given is not None else {}
    if "issue_date" not in out and ctx.kind in LETTER_KINDS:
        _letter_date(ctx, mentions, used, out)
    if "issue_date" not in out:
        _signed_date(ctx, mentions, used, out)
    if "issue_date" not in out and ctx.kind == Kind.certificate:
        _dated_above(ctx, mentions, used, out)
    if ctx.kind == Kind.other:
        if "issue_date" not in out and mentions:
            out["issue_date"] = _found(mentions[0], "end", 0.7)
        return out
    _work_dates(ctx, [m for i, m in enumerate(mentions) if i not in used], out)
    if ctx.kind in LETTER_KINDS and "start_date" not in out:
        _years_of_service(ctx, mentions, out)  # "a position she has held since 2012"
    return out


OPENING = re.compile(r"^[ \t]*(?:dear|to whom|to the|re\s*:|subject\s*:)[^\n]*$", re.I | re.M)
BARE_YEAR = re.compile(r"(?<![\d/.,-])((?:19|20)\d{2})(?![\d/-]|\.\d)")
SINCE_YEAR = re.compile(r"\bsince\s+(?:the\s+|early\s+|late\s+)?$", re.I)


def _years_of_service(ctx: Context, mentions: list[DateMention], out: dict[str, Found]) -> None:
    """A service letter that dates the work by years alone ("a year as Chair (2024)",
    "for two years, 2021 and 2022", "since the 2023 annual meeting; her term ended with
    the 2025 annual meeting"): from January 1 of the first year the body names to
    December 31 of the last (conventions: year-only dates), or to the day received when
    the only year is one served "since". Read from the letter's body only (between its
    salutation and its closing), never from a date read already."""
    opening = OPENING.search(ctx.raw)
    if opening is None:
        return
    closing = CLOSING.search(ctx.raw, opening.end())
    body_end = closing.start() if closing else len(ctx.raw)
    spans = [(m.start_char, m.end_char) for m in mentions]
    years = [m for m in BARE_YEAR.finditer(ctx.raw, opening.end(), body_end)
             if not any(s <= m.start() < e for s, e in spans)]
    if not years:
        return
    low = min(years, key=lambda m: int(m.group(1)))
    last = max(years, key=lambda m: int(m.group(1)))
    conf = 0.8 if len(years) > 1 else 0.7
    out["start_date"] = Found(f"{low.group(1)}-01-01", low.start(), low.end(), conf)
    if len(years) == 1 and SINCE_YEAR.search(ctx.raw[max(0, low.start() - 20):low.start()]):
        out["end_date"] = Found(ctx.today.isoformat(), low.start(), low.end(), 0.6)
    else:
        out["end_date"] = Found(f"{last.group(1)}-12-31", last.start(), last.end(), conf)


def _letter_date(ctx: Context, mentions: list[DateMention], used: set[int],
                 out: dict[str, Found]) -> None:
    """A letter's date stands alone on a line above the salutation."""
    salutation = re.search(r"^\s*(?:dear|to whom|re:)", ctx.raw, re.I | re.M)
    limit = salutation.start() if salutation else len(ctx.raw) // 3
    for i, m in enumerate(mentions):
        if m.start_char < limit and m.single_day and _alone_on_line(ctx, m):
            out["issue_date"] = _found(m, "end", 0.85)
            used.add(i)
            return
    # else dated at its foot, under the signature (a form-like letter with no salutation)
    for i, m in reversed(list(enumerate(mentions))):
        if m.start_char >= 3 * len(ctx.raw) // 4 and m.single_day and i not in used \
                and _alone_on_line(ctx, m):
            out["issue_date"] = _found(m, "end", 0.7)
            used.add(i)
            return


DATE_CAPTION = re.compile(r"^\s*date(?:\s+signed)?\s*$", re.I)


def _signed_date(ctx: Context, mentions: list[DateMention], used: set[int],
                 out: dict[str, Found]) -> None:
    """A date written over a "Date" caption on a signature line."""
    lines = ctx.lines()
    for i, m in enumerate(mentions):
        if i in used or not m.single_day or not _alone_on_line(ctx, m):
            continue
        n = ctx.text.line_at(m.start_char)
        if any(DATE_CAPTION.match(text) for _, text in lines[n + 1:n + 3]):
            out["issue_date"] = _found(m, "end", 0.85)
            used.add(i)
            return


# the words that open a certificate's statement of what the holder did
CERTIFYING = re.compile(r"\b(?:this\s+(?:is\s+to\s+)?certif(?:y|ies)|certif(?:y|ies)\s+that|"
                        r"presented\s+to|awarded\s+to|(?:has|have)\s+(?:successfully\s+)?"
                        r"(?:completed|attended|participated))\b", re.I)


def _dated_above(ctx: Context, mentions: list[DateMention], used: set[int],
                 out: dict[str, Found]) -> None:
    """A certificate dated like a letter: one day alone on its line above the statement
    ("March 15, 2024" / "CERTIFICATE OF ATTENDANCE" / "This certifies that ... attended
    ... on March 7-8, 2024"), the work dated again inside the statement. The day above is
    the day it was issued; without a date in the statement it is the work's own."""
    said = CERTIFYING.search(ctx.raw)
    if said is None:
        return
    later = [i for i, m in enumerate(mentions) if i not in used and m.start_char >= said.start()]
    if not later:
        return
    for i, m in enumerate(mentions):
        if m.start_char >= said.start():
            return
        if i not in used and m.single_day and _alone_on_line(ctx, m):
            out["issue_date"] = _found(m, "end", 0.8)
            used.add(i)
            return


PRESENT_TENSE = re.compile(r"\b(?:holds|is employed|is (?:currently|presently|still) employed|"
                           r"is currently|is presently|presently (?:serves|holds|works)|"
                           r"currently (?:serves|holds|works|employed)|still employed|remains in|to this day|"
                           r"(?:an? )?(?:active|current) employee|status\s*:\s*active|"
                           r"serves as|continues to|remains|is a (?:full|part)[- ]time|"
                           r"continu\w+ (?:to|through|until) (?:the )?present|"
                           r"continues in (?:this|that|the|her|his|their) (?:position|role|post|office)|"
                           r"(?:to|through|until) (?:the )?present(?: day| time)?|"
                           # a form's "End date: Present", a table's "End date | Current"
                           r"end(?:ing)?(?: date)?(?:[ \t]*:?[ \t]*\n[ \t]*|[ \t]*:[ \t]*|[ \t]+)(?:the )?"
                           r"(?:present|current|ongoing))\b",
                           re.I)


def _table_dates(ctx: Context, out: dict[str, Found]) -> bool:
    """The dates of a positions table's row (employment.py): its "From" cell, and its
    "To" cell, where "Present" ends on the day the packet was received."""
    row = current_row(table_rows(ctx))
    if row is None or "from" not in row:
        return False
    begun = find_dates(row["from"].text, today=ctx.today)
    if not begun:
        return False
    cell = row["from"]
    out["start_date"] = Found(begun[0].start.isoformat(), cell.start, cell.start + len(cell.text), 0.9)
    end_cell = row.get("to")
    if end_cell is None:  # no "To" column read: a sentence may give the span from that day
        span = next((m for m in ctx.dates if m.is_range and m.start == begun[0].start), None)
        if span is not None:
            out["end_date"] = _found(span, "end", 0.85)
        return True
    if STILL.match(end_cell.text):
        out["end_date"] = Found(ctx.today.isoformat(), end_cell.start,
                                end_cell.start + len(end_cell.text), 0.85)
    elif ended := find_dates(end_cell.text, today=ctx.today):
        out["end_date"] = Found(ended[0].end.isoformat(), end_cell.start,
                                end_cell.start + len(end_cell.text), 0.9)
    return True


def _work_dates(ctx: Context, mentions: list[DateMention], out: dict[str, Found]) -> None:
    if ctx.kind == Kind.transcript or not mentions or "start_date" in out:
        return
    if ctx.kind == Kind.employment_letter and _table_dates(ctx, out):
        return
    start = next((m for m in mentions if START_CUE.search(_before(ctx, m, 25))), None)
    end = next((m for m in mentions if m is not start and END_CUE.search(_before(ctx, m, 25))),
               None)
    ranges = [m for m in mentions if m.is_range]
    if ctx.kind == Kind.employment_letter and not ranges and not end \
            and PRESENT_TENSE.search(ctx.raw):
        first = start or min(mentions, key=lambda m: m.start)
        out["start_date"] = _found(first, "start", 0.8)
        out["end_date"] = Found(ctx.today.isoformat(), first.start_char, first.end_char, 0.7)
        return
    if start and end and start.start <= end.end:
        out["start_date"], out["end_date"] = _found(start, "start", 0.85), _found(end, "end", 0.85)
    elif ranges:
        r = ranges[0]
        out["start_date"], out["end_date"] = _found(r, "start", 0.9), _found(r, "end", 0.9)
    else:
        days = [m for m in mentions if m.precision == "day"] or mentions
        first, last = min(days, key=lambda m: m.start), max(days, key=lambda m: m.end)
        conf = 0.9 if first is last else 0.7
        out["start_date"], out["end_date"] = _found(first, "start", conf), _found(last, "end", conf)
