"""Transcripts in three registrars' styles, paginated over as many pages as they need.

The truth of a transcript is the student, the college, the printed cumulative credits,
the degree and its date where one is conferred, and the issue date; no signatory (the
registrar's printed signature proves nothing, docs/conventions.md).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from . import paper
from .model import Doc
from .wordings import fmt_date
from .world import Org

W, H = letter
Course = tuple[str, str, float, str]  # code, title, credits, grade


@dataclass
class Transcript:
    """An official transcript."""

    name: str
    college: Org
    student_id: str
    terms: list[tuple[str, list[Course]]]
    issue: date
    style: int = 0
    degree: str | None = None
    degree_date: date | None = None
    transfer: list[tuple[str, float]] = field(default_factory=list)  # institution, credits
    birth: str = "**/**/****"
    seed: int = 0
    evidence: str = ""
    rows_per_page: int = 30

    def total(self) -> float:
        earned = sum(cr for _, courses in self.terms for _, _, cr, g in courses if g not in ("W", "F"))
        return earned + sum(cr for _, cr in self.transfer)

    def fields(self) -> dict[str, Any]:
        f: dict[str, Any] = {"applicant_name": self.name, "provider": self.college.name,
                             "credit_units": self.total()}
        if self.degree:
            f["degree"] = self.degree
            f["degree_date"] = self.degree_date
        f["issue_date"] = self.issue
        f["activity"] = "degree" if self.degree else "college_credits"
        return f

    def lines(self) -> list[tuple[str, Any]]:
        out: list[tuple[str, Any]] = []
        if self.transfer:
            out.append(("head", "TRANSFER CREDIT ACCEPTED"))
            out += [("transfer", t) for t in self.transfer]
        for term, courses in self.terms:
            out.append(("head", term))
            out += [("course", c) for c in courses]
            out.append(("termtotal", sum(c[2] for c in courses if c[3] not in ("W", "F"))))
        out.append(("total", self.total()))
        if self.degree:
            out.append(("degree", None))
        out.append(("end", None))
        return out

    def chunks(self) -> list[list[tuple[str, Any]]]:
        ls = self.lines()
        n = self.rows_per_page
        return [ls[i:i + n] for i in range(0, len(ls), n)]

    def doc(self) -> Doc:
        return Doc("transcript", self.fields(), self.draw, len(self.chunks()), evidence=self.evidence)

    def draw(self, c: Canvas) -> None:
        rng = random.Random(self.seed)
        pages = self.chunks()
        for k, chunk in enumerate(pages):
            c.setPageSize(letter)
            if self.style != 1:
                paper.security_background(c, W, H, rng)
            y = self._header(c, k + 1, len(pages))
            for kind, val in chunk:
                y = self._line(c, y, kind, val)
            c.showPage()

    # -------------------------------------------------------------- pieces
    def _font(self) -> tuple[str, str]:
        return [("Helvetica", "Helvetica-Bold"), ("Courier", "Courier-Bold"),
                ("Times-Roman", "Times-Bold")][self.style]

    def _header(self, c: Canvas, page: int, pages: int) -> float:
        reg, bold = self._font()
        title = ["OFFICIAL TRANSCRIPT", "STUDENT ACADEMIC HISTORY", "Academic Record"][self.style]
        c.setFont(bold, 14)
        c.drawString(54, H - 54, self.college.name)
        c.setFont(reg, 8)
        c.drawString(54, H - 66, f"{self.college.street}, {self.college.city}")
        c.setFont(bold, 11)
        c.drawRightString(W - 54, H - 54, title)
        c.setFont(reg, 8)
        c.drawRightString(W - 54, H - 66, f"Page {page} of {pages}")
        c.setStrokeColor(Color(0.3, 0.3, 0.3))
        c.rect(54, H - 118, W - 108, 42)
        c.setFont(reg, 9)
        label = ["Student Name", "NAME", "Student"][self.style]
        c.drawString(60, H - 92, f"{label}: {self.name}")
        c.drawString(60, H - 106, f"Student ID: {self.student_id}    Date of Birth: {self.birth}")
        c.drawString(340, H - 92, f"Date Issued: {fmt_date(self.issue, ['us', 'iso', 'dmy'][self.style])}")
        c.drawString(340, H - 106, "Issued to: IIMC Education Dept.")
        c.setStrokeColor(black)
        return H - 140

    def _line(self, c: Canvas, y: float, kind: str, val: Any) -> float:
        reg, bold = self._font()
        if kind == "head":
            c.setFont(bold, 9.5)
            c.drawString(60, y, val)
            return y - 15
        if kind == "course":
            code, title, cr, grade = val
            c.setFont(reg, 9)
            c.drawString(70, y, code)
            c.drawString(150, y, title)
            c.drawRightString(460, y, f"{cr:.1f}")
            c.drawString(490, y, grade)
            return y - 13
        if kind == "transfer":
            inst, cr = val
            c.setFont(reg, 9)
            c.drawString(70, y, inst)
            c.drawRightString(460, y, f"{cr:.1f}")
            c.drawString(490, y, "TR")
            return y - 13
        if kind == "termtotal":
            c.setFont(reg, 8.5)
            c.drawRightString(460, y, f"Term credits {val:.1f}")
            return y - 18
        if kind == "total":
            c.line(60, y + 8, W - 60, y + 8)
            c.setFont(bold, 10)
            label = ["Cumulative Credits Earned", "TOTAL HOURS EARNED", "Total Credits Earned"][self.style]
            c.drawString(60, y - 4, f"{label}: {val:.1f}")
            if not self.degree and self.style == 2:
                c.setFont(reg, 9)
                c.drawString(60, y - 18, "Program status: courses completed; no credential awarded.")
                return y - 34
            return y - 24
        if kind == "degree":
            c.setFont(bold, 10)
            assert self.degree_date is not None
            word = ["DEGREE CONFERRED", "AWARDED", "Credential conferred"][self.style]
            c.drawString(60, y, f"{word}: {self.degree}")
            c.setFont(reg, 9.5)
            c.drawString(60, y - 14, f"Date conferred: {fmt_date(self.degree_date, 'long')}")
            return y - 32
        if kind == "end":
            c.setFont(reg, 8)
            c.drawString(60, y - 6, "*** END OF TRANSCRIPT ***")
            c.drawString(60, 40, "This transcript is official only when it bears the seal of the "
                         "registrar on security paper.")
            paper.seal(c, W - 110, 80, 34, "office of the registrar", Color(0.5, 0.5, 0.6))
            return y - 20
        raise ValueError(kind)
