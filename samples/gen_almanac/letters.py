"""Employment letters (letterhead letter, memo, position table) and service letters.

An employment letter's "to present" prints no end date; its truth's `end_date` is the
packet's received date (interface.md). A letter that states "two terms" carries
`years`; one that states only dates carries them (month-only dates normalised to the
first and last day of the month, docs/conventions.md).
"""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from . import paper
from .ink import label_rows, para, table
from .model import Doc
from .wordings import HR_CLOSINGS, HR_OPENINGS, fmt_date, spelled
from .world import Org

W, H = letter


@dataclass
class Employment:
    """An HR verification of one position."""

    name: str
    employer: Org
    position: str
    start: date
    end: date | None  # None: "to present"
    received: date
    sector: str
    issue: date
    signer: tuple[str, str]
    etype: str | None = "full_time"
    admin: bool | None = None
    style: int = 0  # 0 letter, 1 memo, 2 table
    wording: int = 0
    date_style: str = "long"
    dept: str = "Human Resources"
    duties: str = ""
    seed: int = 0

    def fields(self) -> dict[str, Any]:
        f: dict[str, Any] = {"applicant_name": self.name, "provider": self.employer.name,
                             "position": self.position, "start_date": self.start,
                             "end_date": self.end or self.received}
        if self.etype:
            f["employment_type"] = self.etype
        if self.admin is not None:
            f["administrative"] = self.admin
        f.update({"sector": self.sector, "signatory": self.signer[0], "issue_date": self.issue,
                  "activity": "employment"})
        return f

    def doc(self) -> Doc:
        return Doc("employment_letter", self.fields(), self.draw)

    def _span(self) -> str:
        a = fmt_date(self.start, self.date_style)
        b = "the present" if self.end is None else fmt_date(self.end, self.date_style)
        return f"from {a} to {b}"

    def _type_words(self) -> str:
        return {"full_time": "full-time", "part_time": "part-time", None: ""}[self.etype]

    def _admin_sentence(self) -> str:
        if self.admin is True:
            return "The position carries administrative and supervisory responsibility. "
        if self.admin is False:
            return "The position has no administrative or supervisory responsibility. "
        return ""

    def draw(self, c: Canvas) -> None:
        rng = random.Random(self.seed)
        c.setPageSize(letter)
        [self._letter, self._memo, self._table][self.style](c, rng)
        c.showPage()

    def _letter(self, c: Canvas, rng: random.Random) -> None:
        top = paper.letterhead(c, W, H, self.employer.name, self.employer.address_lines(),
                               self.wording % 4)
        c.setFont("Times-Roman", 11)
        c.drawString(72, top, fmt_date(self.issue, self.date_style))
        c.drawString(72, top - 30, "IIMC Education Department")
        c.drawString(72, top - 44, "Re: Verification of Employment")
        opening = HR_OPENINGS[self.wording % 4].format(name=self.name, employer=self.employer.name)
        body = (f"{opening} {self.name} has served as {self.position} {self._span()}"
                f"{', on a ' + self._type_words() + ' basis' if self.etype else ''}. "
                f"{self._admin_sentence()}{self.duties}")
        y = para(c, body, 72, top - 80, W - 144, "Times-Roman", 11.5, 16)
        y = para(c, HR_CLOSINGS[self.wording % 4], 72, y - 10, W - 144, "Times-Roman", 11.5, 16)
        c.drawString(72, y - 14, "Sincerely,")
        paper.signature_block(c, 72, y - 70, self.signer[0], self.signer[1], rng, "Times-Roman", 11, 190)

    def _memo(self, c: Canvas, rng: random.Random) -> None:
        c.setFont("Helvetica-Bold", 26)
        c.drawString(72, H - 90, "MEMORANDUM")
        c.setFont("Helvetica", 9)
        c.drawString(72, H - 106, f"{self.employer.name} \u2022 {self.dept}")
        y = label_rows(c, 72, H - 140, [
            ("TO:", "International Institute of Municipal Clerks, Education Department"),
            ("FROM:", f"{self.signer[0]}, {self.signer[1]}"),
            ("DATE:", fmt_date(self.issue, self.date_style)),
            ("RE:", f"Employment verification \u2013 {self.name}")], 60, "Helvetica", 10.5, 18)
        c.line(72, y + 6, W - 72, y + 6)
        body = (f"Our records show that {self.name} was appointed {self.position} "
                f"{self._span()}. Status: {self._type_words() or 'regular'}. "
                f"{self._admin_sentence()}{self.duties}")
        y = para(c, body, 72, y - 16, W - 144, "Helvetica", 10.5, 15)
        para(c, HR_CLOSINGS[(self.wording + 1) % 4], 72, y - 10, W - 144, "Helvetica", 10.5, 15)
        paper.signature(c, 330, H - 160, 120, rng)

    def _table(self, c: Canvas, rng: random.Random) -> None:
        top = paper.letterhead(c, W, H, self.employer.name, self.employer.address_lines()[:2], 2)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, top, "Employment History Verification")
        c.setFont("Helvetica", 10)
        c.drawString(72, top - 18, f"Prepared {fmt_date(self.issue, self.date_style)} by {self.dept}")
        y = label_rows(c, 72, top - 50, [("Employee:", self.name)], 90, "Helvetica", 10.5)
        end = "Present" if self.end is None else fmt_date(self.end, "us")
        status = self._type_words().capitalize() or "Regular"
        y = table(c, 72, y - 6, [200, 80, 80, 108],
                  [["Position", "From", "To", "Status"],
                   [self.position, fmt_date(self.start, "us"), end, status]],
                  "Helvetica", 9.5, row_h=20)
        text = self._admin_sentence() + self.duties
        if text:
            y = para(c, text, 72, y - 16, W - 144, "Helvetica", 10, 14)
        paper.signature_block(c, 72, y - 60, self.signer[0], self.signer[1], rng, "Helvetica", 10, 180)
        paper.received_stamp(c, W - 150, 120, fmt_date(self.received, "abbr").upper(), rng)


def month_end(d: date) -> date:
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


@dataclass
class Service:
    """A committee, board, officer, teaching, on-the-job or accomplishment letter."""

    name: str | None
    body: Org
    title: str | None
    activity: str
    signer: tuple[str, str]
    issue: date
    start: date | None = None
    end: date | None = None
    years: int | None = None
    hours: float | None = None
    month_dates: bool = False  # print start/end as "Month YYYY"
    relationship: str | None = None
    first_person: bool = False
    style: int = 0
    seed: int = 0
    extra: str = ""
    letterhead: Org | None = None  # the paper it is written on, when not the body's

    def fields(self) -> dict[str, Any]:
        f: dict[str, Any] = {}
        if self.month_dates:
            assert self.start and self.start.day == 1 and self.end and self.end == month_end(self.end)
        pairs = [("applicant_name", self.name), ("provider", self.body.name), ("title", self.title),
                 ("start_date", self.start), ("end_date", self.end), ("years", self.years),
                 ("hours", self.hours), ("signatory", self.signer[0]), ("issue_date", self.issue),
                 ("relationship", self.relationship)]
        f.update({k: v for k, v in pairs if v is not None})
        if self.first_person:
            f["first_person"] = True
        f["activity"] = self.activity
        return f

    def doc(self) -> Doc:
        return Doc("letter", self.fields(), self.draw)

    def _d(self, d: date) -> str:
        return fmt_date(d, "month" if self.month_dates else "long")

    def _span(self) -> str:
        if self.start and self.end:
            if self.start == self.end:
                return f" on {self._d(self.start)}"
            return f" from {self._d(self.start)} through {self._d(self.end)}"
        return ""

    def sentences(self) -> str:
        nm = self.name or "the member named in your request"
        t = self.title or "our program"
        span = self._span()
        unit = "term" if self.style % 2 else "year"
        yrs = f" for {spelled(self.years)} {unit}{'s' if self.years != 1 else ''}" if self.years else ""
        hrs = f" The work comprised {self.hours:g} hours." if self.hours is not None else ""
        a = self.activity
        if self.first_person:
            return (f"I am writing to document my own service. I served on the {t} of the "
                    f"{self.body.name}{span}{yrs}.{hrs} I attended every meeting and prepared the "
                    f"committee's minutes. {self.extra}")
        if a in ("committee_member", "committee_chair", "board_member"):
            role = {"committee_member": "a member of", "committee_chair": "Chair of",
                    "board_member": "a Director on"}[a]
            of = "" if self.body.name in t else f" of the {self.body.name}"
            return (f"It is my pleasure to confirm that {nm} served as {role} the {t}{of}"
                    f"{span}{yrs}.{hrs} {self.extra}")
        if a in ("association_officer", "related_officer"):
            return (f"This letter confirms that {nm} held the office of {t} of the "
                    f"{self.body.name}{span}{yrs}.{hrs} {self.extra}")
        if a in ("teaching_institute", "teaching_state"):
            return (f"Thank you for serving as an instructor for the {self.body.name}. Our records "
                    f"show that {nm} taught the session \u201c{t}\u201d{span}, for a total of "
                    f"{self.hours:g} hours of instruction. {self.extra}")
        if a == "on_the_job":
            return (f"I write to recognise {nm} for the {t}, carried out{span} beyond "
                    f"regular duties.{hrs} {self.extra}")
        if a == "personal_accomplishment":
            return (f"We are pleased to confirm that the article \u201c{t}\u201d by {nm} was "
                    f"published in the newsletter of the {self.body.name}{span}. {self.extra}")
        raise ValueError(a)

    def draw(self, c: Canvas) -> None:
        rng = random.Random(self.seed)
        c.setPageSize(letter)
        head = self.letterhead or self.body
        top = paper.letterhead(c, W, H, head.name, head.address_lines()[:3], self.style % 4,
                               [paper.INK_BLUE, paper.MAROON, paper.GREEN, paper.INK_BLUE][self.style % 4])
        font = ["Times-Roman", "Helvetica", "Courier", "Times-Roman"][self.style % 4]
        c.setFont(font, 11)
        c.drawString(72, top, fmt_date(self.issue, "dmy" if self.style == 3 else "long"))
        salute = "To the IIMC Education Department:" if not self.first_person else "Dear Reviewer,"
        c.drawString(72, top - 34, salute)
        y = para(c, self.sentences(), 72, top - 62, W - 144, font, 11, 16)
        close = "With thanks," if self.relationship is None else "With love and pride,"
        c.setFont(font, 11)
        c.drawString(72, y - 16, close)
        paper.signature_block(c, 72, y - 72, self.signer[0], self.signer[1], rng, font, 10.5, 190)
        c.showPage()
