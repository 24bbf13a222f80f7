"""Label/value pairs of form-like layouts: "Contact Hours: 12" on one line, or a label line
("Participant", "Dates:") with its value on the next line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.fields.base import Context, clean

LABELS: dict[str, tuple[str, ...]] = {
    "applicant_name": ("participant", "participant name", "name", "student", "student name",
                       "attendee", "attendee name", "awarded to", "presented to", "employee",
                       "employee name", "recipient", "member", "member name", "name of employee",
                       "name of participant", "candidate", "certificate holder"),
    "title": ("program", "program title", "course", "course title", "course name", "session",
              "session title", "workshop", "title", "class", "seminar", "training", "event",
              "subject", "topic", "program name", "course of study", "activity"),
    "dates": ("date", "dates", "date(s)", "course date", "course dates", "program dates",
              "date of course", "date of program", "date of training", "event date",
              "event dates", "completion date", "date completed", "date of completion",
              "held", "session date", "session dates", "conference dates", "date attended",
              "dates attended", "attendance dates", "date(s) attended", "date(s) of attendance"),
    "location": ("location", "venue", "site", "place", "held at", "city", "conference site",
                 "course location", "training location"),
    "hours": ("contact hours", "hours", "clock hours", "ce hours", "total hours",
              "total contact hours", "hours completed", "hours earned", "instructional hours",
              "training hours", "credit", "credits", "contact hrs", "hrs", "hours awarded",
              "hours attended", "total hours attended", "continuing education hours"),
    "provider": ("provider", "sponsor", "sponsored by", "offered by", "organization", "host",
                 "hosted by", "presented by", "training provider", "issuing organization",
                 "institution"),
    "delivery": ("format", "delivery", "delivery method", "delivery format", "mode",
                 "course format", "method"),
    "assessment": ("assessment", "exam", "final assessment", "learning assessment",
                   "assessment result", "examination", "test"),
    "days": ("days attended", "days of attendance", "number of days", "days", "attendance days"),
    "issue_date": ("issued", "date issued", "issue date", "date of issue", "issued on"),
    "position": ("position", "job title", "title/position", "position title", "classification",
                 "current position"),
    "employment_type": ("employment status", "status", "employment type", "type"),
}
_BY_LABEL = {label: field for field, labels in LABELS.items() for label in labels}
LABEL_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z()/' ]{1,40}?)\s*:?\s*$")
INLINE = re.compile(r"^\s*([A-Za-z][A-Za-z()/' ]{1,40}?)\s*:\s*(\S.*)$")


@dataclass(frozen=True)
class Labelled:
    label: str
    field: str
    value: str
    start: int
    end: int


SEPARATOR = re.compile(r"\s+(?:•|\||\(cid:127\)|·)\s+")


def _pieces(ctx: Context) -> list[tuple[int, str]]:
    """Lines, split where a bullet or bar separates items ("Location: X • Hours: 27")."""
    out = []
    for start, text in ctx.lines():
        pos = 0
        for part in SEPARATOR.split(text):
            at = text.find(part, pos)
            out.append((start + at, part))
            pos = at + len(part)
    return out


def labelled_values(ctx: Context) -> list[Labelled]:
    """Every labelled value of the document, in reading order."""
    lines = _pieces(ctx)
    out: list[Labelled] = []
    for i, (start, text) in enumerate(lines):
        inline = INLINE.match(text)
        if inline and inline.group(1).strip().lower() in _BY_LABEL:
            value = inline.group(2)
            offset = start + inline.start(2)
            name = inline.group(1).strip().lower()
            out.append(Labelled(name, _BY_LABEL[name], clean(value),
                                offset, offset + len(value.rstrip())))
            continue
        alone = LABEL_LINE.match(text)
        if alone and alone.group(1).strip().lower() in _BY_LABEL and i + 1 < len(lines):
            nstart, ntext = lines[i + 1]
            if ntext.strip() and not _is_label(ntext):
                lead = len(ntext) - len(ntext.lstrip())
                name = alone.group(1).strip().lower()
                out.append(Labelled(name, _BY_LABEL[name], clean(ntext),
                                    nstart + lead, nstart + len(ntext.rstrip())))
    return out


def _is_label(text: str) -> bool:
    m = LABEL_LINE.match(text)
    return bool(m and m.group(1).strip().lower() in _BY_LABEL)


def labelled(ctx: Context, field: str) -> Labelled | None:
    for item in labelled_values(ctx):
        if item.field == field and item.value:
            return item
    return None
