"""Employment letters: the position held, read from a positions table (a row of column
headings over the row of values: "Position Title | Department | Status | From | To") or
from the letter's sentence ("employed ... as full-time Deputy Town Clerk from ..."), the
whole job title ("Administrative Assistant to the City Manager").

Candidates are ranked by where they stand: a table cell under a position heading or a
labelled value first, then a title after an employment cue word; a value must read as a
job title (a job word in it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.models import Kind
from extractors.fields.base import Context, Found
from extractors.fields.text import clean

JOB_WORDS = re.compile(r"\b(?:clerk|secretary|recorder|manager|director|administrator|assistant|"
                       r"officer|coordinator|analyst|supervisor|treasurer|specialist|technician|"
                       r"deputy|registrar|auditor|controller|executive|planner|aide|accountant|"
                       r"generalist|receptionist|administrative)\b", re.I)
POSITION_CUE = re.compile(
    r"(?:^[ \t]*(?:position|job title|title|classification)[ \t]*:[ \t]*([^\n]+)$)|"
    r"(?:\b(?:as|position\s+of|title\s+of|serves\s+as|serving\s+as|employed\s+as|works\s+as|"
    r"capacity\s+of|role\s+of|appointed(?:\s+as)?|promoted\s+to|hired\s+as|"
    r"(?:has|had)\s+been|was\s+the|is\s+the)\s+(?:an?\s+|the\s+|our\s+)?"
    r"((?:(?i:full|part)[- ]time\s+)?[A-Z][\w/-]*(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:[A-Z][\w/-]*|of|and|&|to|the|"
    r"\d{1,2}(?![\d/.,:-])))*))",  # a class grade ends some titles: "Administrative Specialist 2"
    re.M)
# Where a job title ends and the employer or the dates begin: "City Clerk with the Town
# of X", "Deputy Clerk of the City of X", "Clerk since 2015"; "to the" stays inside a
# title ("Assistant to the County Administrator") unless the present follows.
TITLE_END = re.compile(r"\s+(?:for|with|at|in|since|from|effective|until|through)\s+|"
                       r"\s+of\s+(?:the\s+)?(?:City|Town|Village|County|Borough|Township|State|"
                       r"Commonwealth|Province|Municipality|Parish|District)\b|"
                       r"\s+to\s+(?:the\s+)?(?:present|date)\b", re.I)
# a label inside a sentence: "... until 12/21/2018. Title held: Administrative Specialist."
TITLE_HELD = re.compile(r"\b(?:title|position|job|post|office)\s+held\s*:\s*([A-Z][^\n.;:]*?)(?=\s*[.;\n]|$)",
                        re.I)
DANGLING = re.compile(r"(?:\s+(?:of|and|&|to|the))+\s*$", re.I)
EMPLOYMENT_TYPE = re.compile(r"^(?:(?:regular|permanent|temporary|seasonal)\s+)?(?P<v>(?:full|part)[- ]?time)", re.I)

POSITION_HEADING = re.compile(r"^(?:position(?:\s+title)?|job\s+title|title|classification|"
                              r"position\s+held|job)$", re.I)
FROM_HEADING = re.compile(r"^(?:from|start(?:\s+date)?|date\s+(?:of\s+)?hire|hire\s+date|"
                          r"hired|began|begin|appointed|effective)$", re.I)
TO_HEADING = re.compile(r"^(?:to|end(?:\s+date)?|through|until|separat\w+|left|ended)$", re.I)
STATUS_HEADING = re.compile(r"^(?:status|employment\s+(?:status|type)|type|basis|fte)$", re.I)
STILL = re.compile(r"^(?:(?:to\s+)?(?:the\s+)?present(?:\s+day)?|current(?:ly)?|to\s+date|now|active|ongoing)$",
                   re.I)


@dataclass(frozen=True)
class Cell:
    start: int
    text: str
    page: int
    box: tuple[float, float, float, float]

    @property
    def mid(self) -> float:
        return (self.box[1] + self.box[3]) / 2


COLUMN_GAP = 1.0  # ems between two words that stand in two columns, not in one phrase


def _pieces(ctx: Context, start: int, text: str) -> list[tuple[int, str]]:
    """A line cut where its words stand a column apart ("City Clerk   February 11, 2019
    Present": a table row read as one line): (start, text) of each piece."""
    doc = ctx.text
    words = [(s, e, w) for s, e, _, w in doc.words_in(start, start + len(text))]
    if len(words) < 2 or ctx.ocr:  # OCR's layout cuts a line at a column gap already
        return [(start, text)]
    out, first = [], words[0][0]
    for (_, e0, w0), (s1, _, w1) in zip(words, words[1:], strict=False):
        box0, box1 = w0.upright or w0.bbox, w1.upright or w1.bbox
        em = max(w0.size, w1.size) or (box0[3] - box0[1])
        if box1[0] - box0[2] > COLUMN_GAP * em:
            out.append((first, doc.text[first:e0]))
            first = s1
    out.append((first, doc.text[first:words[-1][1]]))
    return out


def _rows(ctx: Context) -> list[list[Cell]]:
    """The document's pieces of lines grouped into rows (pieces sharing a baseline, left
    to right)."""
    rows: list[list[Cell]] = []
    for line_start, line_text in ctx.lines():
        for start, text in _pieces(ctx, line_start, line_text):
            at = ctx.text.upright(start, start + len(text))
            if at is None or not text.strip():
                continue
            lead = len(text) - len(text.lstrip())
            cell = Cell(start + lead, text.strip(), at[0], at[1])
            h = cell.box[3] - cell.box[1]
            last = rows[-1][-1] if rows else None
            if last is not None and last.page == cell.page and abs(last.mid - cell.mid) <= h / 2:
                rows[-1].append(cell)
            else:
                rows.append([cell])
    return [sorted(r, key=lambda c: c.box[0]) for r in rows]


def _bare(text: str) -> str:
    """A cell's words without the marks a scan adds at its edges ("| Position", ". Status")."""
    return re.sub(r"^[^\w]+|[^\w]+$", "", text)


def _is_heading_row(row: list[Cell]) -> bool:
    return len(row) >= 3 and all(len(re.findall(r"\w+", c.text)) <= 4 and not re.search(r"\d", c.text)
                                 for c in row) and any(
        POSITION_HEADING.match(_bare(c.text)) or FROM_HEADING.match(_bare(c.text)) for c in row)


def _column(heading: Cell, headings: list[Cell], row: list[Cell]) -> Cell | None:
    """The cell of a row under a heading: the one whose left edge is nearest the
    heading's among those not nearer another heading."""
    best: Cell | None = None
    for cell in row:
        nearest = min(headings, key=lambda h: abs(h.box[0] - cell.box[0]))
        if nearest is heading:
            best = cell
    return best


COLUMN_SLACK = 20.0  # points a cell may stand off its heading's left edge, centre or right edge


def _aligned(cell: Cell, headings: list[Cell]) -> bool:
    """The cell stands in a heading's column: left-aligned, centred or right-aligned
    under it, and not across the next (prose running over the columns)."""
    def centre(c: Cell) -> float:
        return (c.box[0] + c.box[2]) / 2
    # (a heading's box may start a few points early: a scan's speck before it, ". Status")
    if sum(cell.box[0] - COLUMN_SLACK < h.box[0] < cell.box[2] - 6 for h in headings) > 1:
        return False
    return any(abs(cell.box[0] - h.box[0]) <= COLUMN_SLACK or
               abs(centre(cell) - centre(h)) <= COLUMN_SLACK or
               abs(cell.box[2] - h.box[2]) <= COLUMN_SLACK for h in headings)


def _split_under(ctx: Context, cell: Cell, headings: list[Cell]) -> list[Cell]:
    """A cell of a table row that runs on under the next heading ("December 31st, 2025
    regular full-time" under "To" and "Status", set a space apart) cut where a word starts
    at a heading's left edge."""
    inside = [h for h in headings if cell.box[0] + COLUMN_SLACK < h.box[0] < cell.box[2]]
    if not inside or not any(abs(cell.box[0] - h.box[0]) <= COLUMN_SLACK for h in headings):
        return [cell]  # prose running across the columns starts under no heading
    words = [(s, e, w.upright or w.bbox) for s, e, _, w in ctx.text.words_in(cell.start, cell.start + len(cell.text))]
    cuts = set()
    for h in inside:  # the word starting nearest the heading's left edge begins its cell
        k = min(range(1, len(words)), key=lambda k: abs(words[k][2][0] - h.box[0]), default=0)
        if k and abs(words[k][2][0] - h.box[0]) <= COLUMN_SLACK:
            cuts.add(k)
    bounds = [0, *sorted(cuts), len(words)]
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        s, e = words[a][0], words[b - 1][1]
        x0, x1 = words[a][2][0], words[b - 1][2][2]
        out.append(Cell(s, ctx.text.text[s:e], cell.page, (x0, cell.box[1], x1, cell.box[3])))
    return out


def table_rows(ctx: Context) -> list[dict[str, Cell]]:
    """The rows of a positions table, each a mapping of "position", "from", "to",
    "status" to its cell, in reading order."""
    rows = _rows(ctx)
    out: list[dict[str, Cell]] = []
    for i, row in enumerate(rows):
        if not _is_heading_row(row):
            continue
        names: list[tuple[str, Cell]] = []
        for cell in row:
            for name, pattern in (("position", POSITION_HEADING), ("from", FROM_HEADING),
                                  ("to", TO_HEADING), ("status", STATUS_HEADING)):
                if pattern.match(_bare(cell.text)):
                    names.append((name, cell))
                    break
        for below in rows[i + 1:i + 8]:
            if len(below) >= 2:
                below = [part for c in below for part in _split_under(ctx, c, row)]
            if len(below) < 2 or below[0].page != row[0].page or _is_heading_row(below) \
                    or not all(_aligned(c, row) for c in below):
                break  # the table has ended: prose in two pieces is no row of it
            values = {name: c for name, h in names if (c := _column(h, row, below))}
            if values:
                out.append(values)
    return out


def current_row(rows: list[dict[str, Cell]]) -> dict[str, Cell] | None:
    """The row of the position held now (its end "Present"), else the last row."""
    for row in rows:
        if "to" in row and STILL.match(row["to"].text):
            return row
    return rows[-1] if rows else None


def _title(value: str) -> str:
    value = re.sub(r"^(?:full|part)[- ]?time\s+", "", clean(value), flags=re.I)
    end = TITLE_END.search(value)
    value = value[:end.start()] if end else value
    return clean(DANGLING.sub("", value))


def _one_line_unless_ended(raw: str, after: str) -> str:
    """A title wrapped onto the next line ("as Deputy / City Clerk since 2012") is read
    whole only where the words after the break end as a title ends (the dates or the
    employer follow); otherwise the line break ends it."""
    first, sep, _rest = raw.partition("\n")
    if not sep:
        return raw
    tail = raw[len(first):]
    ended = TITLE_END.search(tail) or TITLE_END.match(" " + after.lstrip(" \t")) \
        or re.match(r"[ \t]*[(,.;]", after)  # "as City / Recorder (full-time), and ..."
    return raw if ended else first.rstrip()


def find_position(ctx: Context) -> Found | None:
    if ctx.kind != Kind.employment_letter:
        return None
    row = current_row(table_rows(ctx))
    if row is not None and "position" in row and JOB_WORDS.search(row["position"].text):
        cell = row["position"]
        return Found(clean(cell.text), cell.start, cell.start + len(cell.text), 0.9)
    label = ctx.labels.get("position")
    if label is not None and JOB_WORDS.search(str(label.value)):
        # "Village Clerk-Treasurer (part-time, 24 hours per week)": the title, not its terms
        value = re.sub(r"\s*\([^)]*\)\s*$", "", str(label.value)).strip()
        return Found(value, label.start, label.start + len(value), label.confidence) \
            if value and value != label.value else label
    held = TITLE_HELD.search(ctx.raw)
    if held and JOB_WORDS.search(held.group(1)) and len(held.group(1).split()) <= 8:
        return Found(clean(held.group(1)), held.start(1), held.end(1), 0.85)
    for m in POSITION_CUE.finditer(ctx.raw):
        group = 1 if m.group(1) else 2
        raw = _one_line_unless_ended(m.group(group), ctx.raw[m.end(group):])
        value = _title(raw)
        if value and JOB_WORDS.search(value) and len(value.split()) <= 10:
            start = m.start(group) + raw.find(value.split()[0])
            return Found(value, start, start + len(value), 0.85)
    return _intern(ctx)


INTERNSHIP = re.compile(r"\bintern(?:ship)?\b", re.I)


def _intern(ctx: Context) -> Found | None:
    """An internship letter names no title: its holder was an intern ("completed the
    internship at X", "INTERNSHIP EXPERIENCE LETTER")."""
    m = INTERNSHIP.search(ctx.raw)
    return Found("Intern", m.start(), m.end(), 0.6) if m else None


def find_employment_type_in_table(ctx: Context) -> Found | None:
    """The status column of a positions table ("Full-Time", "Part-Time")."""
    row = current_row(table_rows(ctx))
    cell = row.get("status") if row else None
    m = EMPLOYMENT_TYPE.match(cell.text) if cell else None
    if cell is None or m is None:
        return None
    value = "part_time" if m.group("v").lower().startswith("part") else "full_time"
    return Found(value, cell.start, cell.start + len(m.group()), 0.9)
