"""Label/value pairs of form-like layouts: "Contact Hours: 12" on one line, or a label line
("Participant", "Dates:") with its value on the next line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.doctext import DocText
from extractors.fields.text import clean

# A certificate's table may name the course by what it was, in a cell of its own ("IIMC
# online course | Ethics in Local Government", "Webinar | Public Records Requests"). With a
# colon on one line the kind is part of the name ("Webinar: Ethics Refresher") or says
# how it was held ("Hybrid course: online modules with classroom sessions"): no label.
KIND_CELLS = ("online course", "iimc online course", "webinar", "hybrid course",
              "online program", "module", "course module", "academy session", "cd-rom course",
              "dialogue")
LABELS: dict[str, tuple[str, ...]] = {
    "applicant_name": ("participant", "participant name", "name", "student", "student name",
                       "attendee", "attendee name", "awarded to", "presented to", "employee",
                       "employee name", "recipient", "member", "member name", "name of employee",
                       "name of participant", "candidate", "certificate holder"),
    "title": ("program", "program title", "course", "course title", "course name", "session",
              "session title", "workshop", "title", "class", "seminar", "training", "event",
              "subject", "topic", "program name", "course of study", "activity",
              "conference name", "event name",
              "webinar title", "session name", *KIND_CELLS),
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
              "hours attended", "total hours attended", "continuing education hours",
              # a certificate's table: "Verified hours  12", "Credit hours awarded  36"
              "verified hours", "credit hours awarded", "hours credited", "credited hours",
              "approved hours", "hours approved", "contact hours awarded", "hours of credit",
              "ceu hours", "cpe hours", "credit hours"),
    "provider": ("provider", "sponsor", "sponsored by", "offered by", "organization", "host",
                 "hosted by", "presented by", "training provider", "issuing organization",
                 "institution", "course provider", "provided by", "awarding body",
                 "issuing body", "organizer", "organiser", "organized by", "organised by",
                 "conducted by"),
    "delivery": ("format", "delivery", "delivery method", "delivery format", "mode",
                 "course format", "method"),
    "assessment": ("assessment", "exam", "final assessment", "learning assessment",
                   "assessment result", "examination", "test", "final exam",
                   "final examination", "exam result", "test result", "quiz", "post-test"),
    "days": ("days attended", "days of attendance", "number of days", "days", "attendance days"),
    "issue_date": ("issued", "date issued", "issue date", "date of issue", "issued on"),
    "position": ("position", "job title", "title/position", "position title", "classification",
                 "current position", "position held", "job held", "title held",
                 "position / title", "position/title", "job title / position", "title / position"),
    "employment_type": ("employment status", "status", "employment type", "type"),
    # a verification form's employer, read as the provider of an employment letter only
    "employer": ("employer", "employing agency", "employing organization",
                 "employing organisation", "employing entity", "employing municipality"),
}
_BY_LABEL = {label: field for field, labels in LABELS.items() for label in labels}
_INLINE_LABELS = _BY_LABEL.keys() - set(KIND_CELLS)  # the labels that may stand before a colon

BORDER = re.compile(r"^\s*(?:[|\[\]{}!lI1\-–—•·.,'‘’]\s+)+(?=\S)")  # a box edge or a speck read as a mark


def _unboxed(piece: Piece) -> Piece:
    """The piece without the remains of a form's box edge in front ("I Contact Hours")."""
    m = BORDER.match(piece.text)
    if not m or not re.match(r"[A-Z0-9]", piece.text[m.end():m.end() + 1]):
        return piece
    return Piece(piece.start + m.end(), piece.text[m.end():], piece.page, piece.box)


SMUDGE = r"[^A-Za-z0-9\s]{1,3}"  # OCR's marks for a box edge or a smudge: "‘Program", "Hours: —~"
LABEL_LINE = re.compile(rf"^\s*(?:{SMUDGE}\s*)?([A-Za-z][A-Za-z()/'., ]{{1,40}}?)\s*:?\s*(?:{SMUDGE}\s*)?$")
INLINE = re.compile(rf"^\s*(?:{SMUDGE}\s*)?([A-Za-z][A-Za-z()/'., ]{{1,40}}?)\s*:\s*(\S.*)$")


def _label(text: str) -> str:
    """A label as LABELS spells it: a speck OCR read as a comma or a full stop between
    its words ("Contact, Hours") is dropped."""
    text = re.sub(r"\((e?s)\)?(?=\s|$)", r"\1", text)  # "Date(s)", "Course(s)": the plural
    label = " ".join(re.sub(r"[.,]", " ", text).lower().split())
    if label in _BY_LABEL:
        return label
    for i in range(1, len(label)):  # a space OCR lost between its words ("Verifiedhours")
        if label[i - 1] != " " and label[i] != " " and (spaced := f"{label[:i]} {label[i:]}") in _BY_LABEL:
            return spaced
    return label


@dataclass(frozen=True)
class Labelled:
    label: str
    field: str
    value: str
    start: int
    end: int


_LABEL_AHEAD = "|".join(sorted((re.escape(k) for k in _BY_LABEL), key=len, reverse=True))
# items apart: a bullet or a bar ("Location: X • Hours: 27"), or a full stop before the
# next label in running text ("Position held: Deputy Clerk. Status: Part-time")
SEPARATOR = re.compile(rf"\s+(?:•|\||\(cid:127\)|·)\s+|(?<=[\w)])(?<!\b[A-Z][a-z])(?<!\b[A-Z])\.[ \t]+"
                       rf"(?=(?i:{_LABEL_AHEAD})[ \t]*:|[A-Z][a-z]+(?:[ \t]+[a-z]+){{0,3}}[ \t]*:)")


@dataclass(frozen=True)
class Piece:
    start: int  # offset in the document text
    text: str
    page: int
    box: tuple[float, float, float, float]


def _pieces(doc: DocText) -> list[Piece]:
    """Lines, split where a bullet or bar separates items ("Location: X • Hours: 27"),
    with their boxes."""
    out = []
    for start, text in doc.line_texts():
        pos = 0
        for part in SEPARATOR.split(text):
            at = text.find(part, pos)
            page, box = doc.upright(start + at, start + at + len(part)) or (0, (0, 0, 0, 0))
            out.append(_unboxed(Piece(start + at, part, page, box)))
            pos = at + len(part)
    return out


def _value_of(lines: list[Piece], i: int, by_page: dict[int, list[Piece]]) -> Piece | None:
    """The value of the label at lines[i]: the nearest piece to its right on the same row,
    else the nearest below it in the same column, else simply the next line. `by_page`:
    the pieces of each page (so a label looks only at its own page, not the document's)."""
    label = lines[i]
    x0, y0, x1, y1 = label.box
    h = y1 - y0
    same_page = [p for p in by_page[label.page] if p is not label
                 and re.search(r"[A-Za-z0-9]", p.text)]  # not a smudge read as "—~"
    right = [p for p in same_page if p.box[0] >= x1 - 1 and abs(
        (p.box[1] + p.box[3]) / 2 - (y0 + y1) / 2) <= h / 2]
    if right:
        value = min(right, key=lambda p: p.box[0])
        if ":" not in label.text and len(right) >= 2 and all(
                len(p.text.split()) <= 2 and not re.search(r"\d", p.text) for p in right) \
                and _column_under(label, same_page) and _column_under(value, same_page):
            return None  # a row of column headings ("Time  Session  Presenter"), not a value
        return value
    below = _under(label, same_page)
    if below and _heads_a_table(label, same_page):
        return _single_value(below[0], same_page, label)
    if below:
        return below[0]
    return lines[i + 1] if i + 1 < len(lines) else None


def _under(piece: Piece, pieces: list[Piece]) -> list[Piece]:
    """The pieces right under the piece in its column (within three of its heights), top
    first."""
    x0, y0, x1, y1 = piece.box
    h = y1 - y0
    return sorted((p for p in pieces if p is not piece and y1 - 1 <= p.box[1] <= y1 + 3 * h
                   and p.box[0] < x1 and p.box[2] > x0), key=lambda p: p.box[1])


def _column_under(piece: Piece, pieces: list[Piece]) -> bool:
    """Right under the piece, in its column, a piece that is not a label: a table's cell."""
    return any(not _is_label(p.text) for p in _under(piece, pieces))


def _heads_a_table(label: Piece, pieces: list[Piece]) -> bool:
    """The label sits in a row of labels (column headings)."""
    x0, y0, x1, y1 = label.box
    mid, h = (y0 + y1) / 2, y1 - y0
    return any(_is_label(p.text) and abs((p.box[1] + p.box[3]) / 2 - mid) <= h / 2
               for p in pieces)


def _single_value(first: Piece, pieces: list[Piece], label: Piece) -> Piece | None:
    """Under a column heading, a value counts only when it stands alone: a column of
    several values is a table (sessions and their hours), not one labelled fact."""
    x0, _, x1, _ = label.box
    fy1, fh = first.box[3], first.box[3] - first.box[1]
    more = [p for p in pieces if p is not first and fy1 - 1 <= p.box[1] <= fy1 + 2 * fh
            and p.box[0] < x1 and p.box[2] > x0]
    return None if more else first


def labelled_values(doc: DocText) -> list[Labelled]:
    """Every labelled value of the document, in reading order."""
    lines = _pieces(doc)
    by_page: dict[int, list[Piece]] = {}
    for piece in lines:
        by_page.setdefault(piece.page, []).append(piece)
    out: list[Labelled] = []
    for i, piece in enumerate(lines):
        start, text = piece.start, piece.text
        inline = INLINE.match(text)
        if inline and _label(inline.group(1)) in _INLINE_LABELS \
                and re.search(r"[A-Za-z0-9]", inline.group(2)):  # not a smudge read as "—~"
            value = inline.group(2)
            offset = start + inline.start(2)
            name = _label(inline.group(1))
            out.append(Labelled(name, _BY_LABEL[name], clean(value),
                                offset, offset + len(value.rstrip())))
            continue
        alone = LABEL_LINE.match(text)
        value = _value_of(lines, i, by_page) if alone and _label(alone.group(1)) in _BY_LABEL \
            else None
        if alone and value is not None:
            nstart, ntext = value.start, value.text
            if ntext.strip() and not _is_label(ntext):
                lead = len(ntext) - len(ntext.lstrip())
                name = _label(alone.group(1))
                out.append(Labelled(name, _BY_LABEL[name], clean(ntext),
                                    nstart + lead, nstart + len(ntext.rstrip())))
    return out


def _is_label(text: str) -> bool:
    m = LABEL_LINE.match(text)
    return bool(m and _label(m.group(1)) in _BY_LABEL)
