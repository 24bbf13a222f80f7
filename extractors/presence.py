"""What a document seems to state that the field finders did not read.

Issue 10's rule "abstain instead of inventing, never reject for an extraction miss": a
MISSING_* flag rejects a document (RULINGS.md 11), so it may be raised only when the
document plainly lacks the item. When a finder abstained but the text shows signs of the
item (an hours figure, a date, the applicant's family name, a position cue), the field is
listed in `Document.unread` with what was seen; validation then raises no MISSING_* flag
for it and routing leaves the amount to a reviewer, with that reason.

Each test is one regular-expression pass over the document's text (linear in its length).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.models import Document, Kind, Manifest
from core.names import applicant_names, family_name, plain_letters
from extractors.dates import date_coverage, find_dates

_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                r"thirteen|fourteen|fifteen|sixteen|twenty|thirty|forty|half)")
# "12 contact hours", "Hours: 6.5", "(8.0 hrs)", "twelve hours", "CEUs: 1.2"
HOURS_TEXT = re.compile(
    rf"(?i)(?:\b(?:\d+(?:[.,]\d+)?|{_NUMBER_WORD})\)?[ \t-]*(?:[a-z]+[ \t-]+){{0,2}}?"
    r"(?:hours?|hrs?)\b|\b(?:hours?|hrs?|ceus?)\b\.?[ \t]*(?:[a-z]+[ \t]+){0,2}[:=]?[ \t]*\(?\d"
    # a label line ("Contact hours") with its figure alone on the next line
    r"|\b(?:hours?|hrs?|ceus?)\b[ \t:]*\n[ \t]*\(?\d+(?:[.,]\d+)?\)?[ \t]*(?:\n|$))")
# a job title in an employment letter: a cue ("position", "employed as") or a role noun
POSITION_TEXT = re.compile(
    r"(?i)\b(?:position|job title|title\s*:|(?:employed|hired|serves?|served|serving|works?|"
    r"worked|working|appointed)\s+(?:here\s+|with\s+us\s+)?as|clerk|secretary|recorder|"
    r"registrar|assistant|administrator|manager|deputy|treasurer|coordinator|specialist|"
    r"technician|analyst|supervisor)\b")
# a year in words' company: "spring of 2019", "in 2021"; not a code ("No. 2019-114")
YEAR_TEXT = re.compile(r"(?i)\b(?:of|in|since|during|from|until|year)\s+(?:19[5-9]\d|20[0-4]\d)\b")
# a title introduced as such: "entitled", "Course:", a quoted name
TITLE_TEXT = re.compile(
    r"(?i)\b(?:entitled|titled|(?:course|program|programme|session|module|seminar|workshop|"
    r"conference|title)\s*(?:name|title)?\s*:)|[“\"][A-Z][^”\"\n]{3,80}[”\"]")


def _fold(text: str) -> str:
    return plain_letters(text).lower()


def _hours(doc: Document, _m: Manifest, text: str) -> str | None:
    m = HOURS_TEXT.search(text)
    return f"hours appear in the text ({_quote(m.group())})" if m else None


def _date(doc: Document, m: Manifest, text: str) -> str | None:
    dates = find_dates(text, today=m.received_date)
    if dates:
        return f"a date appears in the text ({_quote(text[dates[0].start_char:dates[0].end_char])})"
    year = YEAR_TEXT.search(text)  # "the spring of 2019", "Class of 2015"
    return f"a year appears in the text ({_quote(year.group())})" if year else None


def _name(doc: Document, m: Manifest, text: str) -> str | None:
    folded = _fold(text)
    for known in applicant_names(m.applicant):
        family = family_name(known)
        if family and len(family) > 2 and re.search(rf"\b{re.escape(family)}\b", folded):
            return f"the applicant's family name {family!r} appears in the text"
    return None


def _position(doc: Document, _m: Manifest, text: str) -> str | None:
    m = POSITION_TEXT.search(text)
    return f"a position is named ({_quote(m.group())} ...)" if m else None


def _title(doc: Document, _m: Manifest, text: str) -> str | None:
    for m in TITLE_TEXT.finditer(text):
        if not _blank_after(text, m.end()):
            return f"a title is introduced ({_quote(m.group())} ...)"
    return None


def _blank_after(text: str, at: int) -> bool:
    """What follows a cue ("has completed the course of study entitled") is no name: a
    date line, a place or a labelled value follows (the title was left blank)."""
    rest = text[at:at + 200].lstrip(" \t:")
    line = rest.split("\n", 1)[0].strip() or (rest.split("\n", 2) + [""])[1].strip()
    if not line:
        return True
    return date_coverage(line) > 0.5 or \
        bool(re.match(r"[A-Za-z ]{2,20}:\s*\S", line))


def _quote(s: str) -> str:
    s = " ".join(s.split())
    return f"“{s[:40]}”"


Sign = Callable[[Document, Manifest, str], str | None]
# field -> (the kinds it is asked of, the test); the date of the work is any of four fields
SIGNS: dict[str, tuple[frozenset[Kind], Sign]] = {
    "applicant_name": (frozenset({Kind.certificate, Kind.transcript, Kind.letter,
                                  Kind.employment_letter}), _name),
    "date": (frozenset({Kind.certificate, Kind.transcript, Kind.letter,
                        Kind.employment_letter}), _date),
    "hours": (frozenset({Kind.certificate, Kind.letter}), _hours),
    "position": (frozenset({Kind.employment_letter}), _position),
    "title": (frozenset({Kind.certificate, Kind.letter}), _title),
}
DATE_FIELDS = ("start_date", "end_date", "issue_date", "degree_date")


def unread_fields(doc: Document, manifest: Manifest) -> dict[str, str]:
    """The fields (of SIGNS) the finders left absent though the text shows signs of them,
    each with what was seen."""
    if not doc.page_data:
        return {}
    text = doc.text
    out: dict[str, str] = {}
    for name, (kinds, sign) in SIGNS.items():
        if doc.kind not in kinds:
            continue
        read = any(f in doc.fields for f in DATE_FIELDS) if name == "date" else name in doc.fields
        if not read and (seen := sign(doc, manifest, text)) is not None:
            out[name] = seen
    return out


__all__ = ["SIGNS", "unread_fields"]
