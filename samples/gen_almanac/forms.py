"""Agendas and brochures (time slots), application forms and registration receipts.

These support other documents and earn nothing (R15). An agenda's truth is its provider,
title, dates and location; a form's the applicant's name; a receipt's the name and date.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from . import paper
from .ink import label_rows, para, table
from .model import Doc
from .wordings import fmt_date, fmt_range
from .world import Org

W, H = letter


@dataclass
class Agenda:
    """A program agenda (style 0, a timetable) or a brochure (style 1, two columns)."""

    provider: Org
    title: str
    start: date
    end: date
    location: str
    slots: list[tuple[str, str, str]]  # time, session, presenter
    style: int = 0
    days: list[str] = field(default_factory=list)  # day headings, printed in order

    def doc(self) -> Doc:
        f: dict[str, Any] = {"provider": self.provider.name, "title": self.title,
                             "start_date": self.start, "end_date": self.end,
                             "location": self.location}
        return Doc("agenda", f, self.draw)

    def draw(self, c: Canvas) -> None:
        c.setPageSize(letter)
        (self._timetable if self.style == 0 else self._brochure)(c)
        c.showPage()

    def _timetable(self, c: Canvas) -> None:
        c.setFont("Helvetica-Bold", 16)
        c.drawCentredString(W / 2, H - 70, self.title)
        c.setFont("Helvetica", 11)
        c.drawCentredString(W / 2, H - 88, self.provider.name)
        c.drawCentredString(W / 2, H - 104, f"{fmt_range(self.start, self.end, 'long')} \u2022 {self.location}")
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, H - 135, "AGENDA")
        rows = [["Time", "Session", "Presenter"], *[list(s) for s in self.slots]]
        table(c, 72, H - 145, [95, 260, 113], rows, "Helvetica", 9, row_h=18)

    def _brochure(self, c: Canvas) -> None:
        c.setFillColor(paper.GREEN)
        c.rect(0, H - 150, W, 150, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 24)
        c.drawString(50, H - 70, self.title)
        c.setFont("Times-Roman", 13)
        c.drawString(50, H - 95, fmt_range(self.start, self.end, "long"))
        c.drawString(50, H - 113, self.location)
        c.setFont("Times-Italic", 11)
        c.drawString(50, H - 135, f"Presented by the {self.provider.name}")
        c.setFillColor(black)
        col_x = [50, W / 2 + 10]
        per_col = (len(self.slots) + 1) // 2
        for k, (t, s, p) in enumerate(self.slots):
            x = col_x[k // per_col]
            y = H - 185 - (k % per_col) * 48
            c.setFont("Times-Bold", 10)
            c.drawString(x, y, t)
            para(c, s, x, y - 13, W / 2 - 70, "Times-Roman", 10, 12)
            c.setFont("Times-Italic", 9)
            c.drawString(x, y - 38 + 12, p)
        para(c, "Register early: seating is limited. Continuing education hours are recorded "
             "at the door; sign in for each session.", 50, 90, W - 100, "Times-Italic", 10)


@dataclass
class ApplicationForm:
    """The IIMC application for designation, filled in by the applicant."""

    name: str
    program: str
    member_id: str
    region: int
    municipality: str
    signed: date
    seed: int = 0

    def doc(self) -> Doc:
        return Doc("application_form", {"applicant_name": self.name}, self.draw)

    def draw(self, c: Canvas) -> None:
        rng = random.Random(self.seed)
        c.setPageSize(letter)
        long_name = "Certified Municipal Clerk" if self.program == "CMC" else "Master Municipal Clerk"
        c.setFont("Helvetica-Bold", 15)
        c.drawString(60, H - 65, f"Application for the {long_name} ({self.program}) Designation")
        c.setFont("Helvetica", 9)
        c.drawString(60, H - 80, "International Institute of Municipal Clerks \u2022 Education Department")
        boxes = [("Applicant name (as it appears on your documents)", self.name),
                 ("IIMC member number", self.member_id), ("IIMC region", str(self.region)),
                 ("Municipality", self.municipality), ("Program", self.program)]
        y = H - 115
        for label, value in boxes:
            c.setFont("Helvetica", 7.5)
            c.drawString(60, y + 14, label.upper())
            c.rect(60, y - 6, W - 120, 18, stroke=1, fill=0)
            c.setFont("Courier", 11)
            c.drawString(66, y - 1, value)
            y -= 42
        c.setFont("Helvetica", 9)
        for k, item in enumerate(["Code of Ethics affirmed", "Supporting documentation enclosed",
                                  "Application fee enclosed"]):
            c.rect(60, y - 10 * k * 2, 9, 9)
            c.drawString(76, y - 20 * k + 1, item)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(61.5, y - 20 * k + 1.5, "X")
            c.setFont("Helvetica", 9)
        y -= 80
        para(c, "I affirm that the information in this application and the enclosed documents is "
             "true and complete.", 60, y, W - 120, "Helvetica", 9)
        paper.signature(c, 70, y - 50, 140, rng)
        c.line(60, y - 56, 260, y - 56)
        c.setFont("Helvetica", 8)
        c.drawString(60, y - 66, "Signature of applicant")
        c.setFont("Courier", 10)
        c.drawString(320, y - 52, fmt_date(self.signed, "us"))
        c.line(310, y - 56, 450, y - 56)
        c.setFont("Helvetica", 8)
        c.drawString(310, y - 66, "Date")
        c.showPage()


@dataclass
class Receipt:
    """A registration or fee receipt: a name, a date, an amount (no evidence of work)."""

    name: str
    issuer: Org
    issued: date
    item: str
    amount: str
    number: str

    def doc(self) -> Doc:
        return Doc("other", {"applicant_name": self.name, "issue_date": self.issued}, self.draw)

    def draw(self, c: Canvas) -> None:
        c.setPageSize(letter)
        c.setFillColor(Color(0.96, 0.96, 0.9))
        c.rect(60, H - 330, W - 120, 270, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Courier-Bold", 16)
        c.drawString(80, H - 95, "PAYMENT RECEIPT")
        c.setFont("Courier", 10)
        c.drawString(80, H - 112, self.issuer.name)
        label_rows(c, 80, H - 150, [("Receipt no.", self.number),
                                    ("Date", fmt_date(self.issued, "us")),
                                    ("Received from", self.name), ("For", self.item),
                                    ("Amount", self.amount), ("Method", "Credit card ending 4417")],
                   120, "Courier", 10, 20)
        c.setFont("Courier-Oblique", 9)
        c.drawString(80, H - 315, "Thank you. This receipt is not a certificate of attendance.")
        c.showPage()
