"""Certificate and diploma layouts: one `Cert` spec, six ways to put it on paper.

The spec holds the printed facts; `Cert.fields()` is the truth's view of them and every
layout prints each of those facts exactly once (a title is never repeated as a heading,
so there is one place to read it from).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen.canvas import Canvas

from . import paper
from .ink import centred, label_rows, para, table
from .model import Doc
from .wordings import CERT_COMPLETED, CERT_HEADINGS, CERT_PRESENTS, fmt_date, fmt_hours, fmt_range
from .world import Org


@dataclass
class Cert:
    """The facts a certificate prints, and how it prints them."""

    name: str | None
    provider: Org
    title: str | None
    start: date | None
    end: date | None
    activity: str
    hours: float | None = None
    days: int | None = None
    location: str | None = None
    issue: date | None = None
    signers: list[tuple[str, str]] = field(default_factory=list)
    delivery: str | None = None  # printed as a line when set
    assessment: bool | None = None  # printed as a line when set
    review_no: str | None = None  # "IIMC Course Review No. ..." when set
    no_review_line: bool = False  # prints that the course has no IIMC review
    platform: str | None = None  # the e-learning platform, named apart from the provider
    layout: int = 0
    wording: int = 0
    date_style: str = "long"
    hours_style: int = 0
    extra: list[str] = field(default_factory=list)  # lines that are no fact of the truth
    security: bool = False
    stamp: date | None = None
    seed: int = 0
    evidence: str = ""
    watermark: str | None = None

    def fields(self) -> dict[str, Any]:
        f: dict[str, Any] = {}
        pairs = [("applicant_name", self.name), ("provider", self.provider.name),
                 ("title", self.title), ("start_date", self.start), ("end_date", self.end),
                 ("issue_date", self.issue), ("hours", self.hours), ("days", self.days),
                 ("location", self.location),
                 ("signatory", self.signers[0][0] if self.signers else None),
                 ("delivery", self.delivery), ("assessment", self.assessment)]
        for k, v in pairs:
            if v is not None:
                f[k] = v
        if self.review_no:
            f["course_review"] = True
        if self.no_review_line:
            f["course_review"] = False
        f["activity"] = self.activity
        return f

    def doc(self) -> Doc:
        return Doc("certificate", self.fields(), self.draw, 1, evidence=self.evidence)

    # -------------------------------------------------------------- printed phrases
    def when(self) -> str | None:
        if self.start is None or self.end is None:
            return None
        return fmt_range(self.start, self.end, self.date_style)

    def detail_lines(self) -> list[str]:
        """Hours, delivery, assessment and review lines, each fact once."""
        out: list[str] = []
        if self.hours is not None:
            out.append(fmt_hours(self.hours, self.hours_style))
        if self.days is not None:
            out.append(f"{self.days} days of attendance" if self.days > 1 else "1 day of attendance")
        if self.delivery:
            out.append({"online": "Delivery: Online, self-paced", "webinar": "Format: Live Webinar",
                        "hybrid": "Delivery: Hybrid (online and classroom)",
                        "in_person": "Delivery: In person"}[self.delivery])
        if self.platform:
            out.append(f"Hosted on the {self.platform} learning platform")
        if self.assessment is True:
            out.append("Learning assessment completed and passed")
        if self.assessment is False:
            out.append("No learning assessment was administered for this course")
        if self.review_no:
            out.append(f"IIMC Course Review No. {self.review_no}")
        if self.no_review_line:
            out.append("This program has not been submitted for IIMC course review.")
        return out + self.extra

    def draw(self, c: Canvas) -> None:
        rng = random.Random(self.seed)
        [self._landscape, self._portrait, self._sidebar, self._table, self._odd,
         self._wallet][self.layout](c, rng)
        c.showPage()

    def _page(self, c: Canvas, size: tuple[float, float], rng: random.Random) -> tuple[float, float]:
        c.setPageSize(size)
        w, h = size
        if self.security:
            paper.security_background(c, w, h, rng)
        if self.watermark:
            paper.watermark(c, w, h, self.watermark)
        return w, h

    def _finish(self, c: Canvas, w: float, h: float, rng: random.Random) -> None:
        if self.stamp:
            paper.received_stamp(c, w - 120, h - 90, fmt_date(self.stamp, "abbr").upper(), rng)

    def _signers(self, c: Canvas, xs: list[float], y: float, rng: random.Random,
                 font: str = "Times-Roman") -> None:
        for (nm, role), x in zip(self.signers, xs, strict=False):
            paper.signature_block(c, x, y, nm, role, rng, font=font, size=10, width=170)

    # -------------------------------------------------------------- layouts
    def _landscape(self, c: Canvas, rng: random.Random) -> None:
        w, h = self._page(c, landscape(letter), rng)
        paper.border(c, w, h, self.wording % 4)
        centred(c, w, h - 80, self.provider.name.upper(), "Times-Bold", 15, paper.MAROON)
        centred(c, w, h - 125, CERT_HEADINGS[self.wording % 5], "Times-BoldItalic", 32)
        centred(c, w, h - 165, CERT_PRESENTS[self.wording % 5], "Times-Italic", 13)
        if self.name:
            centred(c, w, h - 205, self.name, "Times-BoldItalic", 30, paper.INK_BLUE)
        c.line(w / 2 - 200, h - 212, w / 2 + 200, h - 212)
        centred(c, w, h - 238, CERT_COMPLETED[self.wording % 5], "Times-Italic", 13)
        if self.title:
            centred(c, w, h - 268, self.title, "Times-Bold", 21)
        y = h - 298
        place = ", ".join(x for x in (self.when(), self.location) if x)
        if place:
            centred(c, w, y, place, "Times-Roman", 13)
            y -= 20
        for line in self.detail_lines():
            centred(c, w, y, line, "Times-Roman", 12)
            y -= 17
        if self.issue:
            centred(c, w, y - 4, f"Issued {fmt_date(self.issue, self.date_style)}", "Times-Italic", 11)
        self._signers(c, [90, w - 260], 95, rng)
        paper.seal(c, w / 2, 95, 42, self.provider.name[:34])
        self._finish(c, w, h, rng)

    def _portrait(self, c: Canvas, rng: random.Random) -> None:
        w, h = self._page(c, letter, rng)
        paper.border(c, w, h, (self.wording + 1) % 4, paper.GREEN)
        paper.seal(c, w / 2, h - 110, 45, self.provider.name[:30], paper.GREEN)
        centred(c, w, h - 185, self.provider.name, "Helvetica-Bold", 14, paper.GREEN)
        centred(c, w, h - 235, CERT_HEADINGS[self.wording % 5].upper(), "Helvetica-Bold", 22)
        centred(c, w, h - 275, CERT_PRESENTS[self.wording % 5], "Helvetica", 12)
        if self.name:
            centred(c, w, h - 315, self.name, "Helvetica-Bold", 26)
        centred(c, w, h - 350, CERT_COMPLETED[self.wording % 5], "Helvetica", 12)
        y = h - 385
        if self.title:
            y = para(c, self.title, 90, y, w - 180, "Helvetica-Bold", 17, align="centre") - 8
        for line in [x for x in (self.when(), self.location) if x] + self.detail_lines():
            centred(c, w, y, line, "Helvetica", 11)
            y -= 17
        if self.issue:
            centred(c, w, y - 6, f"Date of issue: {fmt_date(self.issue, self.date_style)}", "Helvetica", 10)
        self._signers(c, [80, w - 250], 120, rng, "Helvetica")
        self._finish(c, w, h, rng)

    def _sidebar(self, c: Canvas, rng: random.Random) -> None:
        w, h = self._page(c, landscape(letter), rng)
        c.setFillColor(paper.INK_BLUE)
        c.rect(0, 0, 190, h, stroke=0, fill=1)
        c.setFillColor(white)
        y = para(c, self.provider.name, 22, h - 80, 150, "Helvetica-Bold", 15)
        para(c, ", ".join(self.provider.address_lines()[:2]), 22, y - 10, 150, "Helvetica", 8)
        c.setFillColor(black)
        x = 230
        c.setFont("Helvetica-Bold", 28)
        c.drawString(x, h - 95, CERT_HEADINGS[self.wording % 5])
        c.setFont("Helvetica", 12)
        c.drawString(x, h - 135, CERT_PRESENTS[self.wording % 5])
        if self.name:
            c.setFont("Times-Bold", 28)
            c.drawString(x, h - 175, self.name)
        c.setFont("Helvetica", 12)
        c.drawString(x, h - 205, CERT_COMPLETED[self.wording % 5])
        y = h - 235
        if self.title:
            y = para(c, self.title, x, y, w - x - 50, "Helvetica-Bold", 18) - 6
        for line in [x for x in (self.when(), self.location) if x] + self.detail_lines():
            c.setFont("Helvetica", 11)
            c.drawString(x, y, line)
            y -= 16
        if self.issue:
            c.drawString(x, y - 4, f"Awarded {fmt_date(self.issue, self.date_style)}")
        self._signers(c, [x, x + 250], 80, rng, "Helvetica")
        paper.seal(c, 95, 95, 48, "official seal", Color(0.95, 0.85, 0.5))
        self._finish(c, w, h, rng)

    def _table(self, c: Canvas, rng: random.Random) -> None:
        w, h = self._page(c, letter, rng)
        top = paper.letterhead(c, w, h, self.provider.name, self.provider.address_lines()[:3],
                               self.wording % 4)
        centred(c, w, top - 10, CERT_HEADINGS[self.wording % 5], "Times-Bold", 22)
        y = para(c, "The record below confirms participation in the program named, as kept by "
                 "the registration office.", 72, top - 45, w - 144, "Times-Roman", 11)
        rows = [["Item", "Record"]]
        if self.name:
            rows.append(["Participant", self.name])
        if self.title:
            rows.append(["Program", self.title])
        if self.when():
            rows.append(["Date(s)", self.when() or ""])
        if self.location:
            rows.append(["Location", self.location])
        rows += [["Detail", line] for line in self.detail_lines()]
        if self.issue:
            rows.append(["Issued", fmt_date(self.issue, self.date_style)])
        y = table(c, 72, y - 10, [130, w - 274], rows, "Times-Roman", 10.5, row_h=20)
        self._signers(c, [72, 330], y - 70, rng)
        self._finish(c, w, h, rng)

    def _odd(self, c: Canvas, rng: random.Random) -> None:
        w, h = self._page(c, landscape(letter), rng)
        paper.border(c, w, h, 2, paper.MAROON)
        c.setFont("Courier-Bold", 13)
        c.drawString(60, h - 70, self.provider.name)
        if self.signers:
            paper.signature_block(c, w - 240, h - 95, self.signers[0][0], self.signers[0][1], rng,
                                  "Courier", 9, 170)
        c.setFont("Times-Bold", 36)
        c.drawString(60, h - 170, CERT_HEADINGS[self.wording % 5])
        if self.title:
            para(c, self.title, 60, h - 215, w - 120, "Times-Italic", 20)
        c.setFillColor(Color(0.93, 0.93, 0.93))
        c.rect(40, 40, w - 80, 70, stroke=0, fill=1)
        c.setFillColor(black)
        bits = [x for x in (self.when(), self.location) if x] + self.detail_lines()
        if self.issue:
            bits.append(f"issued {fmt_date(self.issue, self.date_style)}")
        y = 95
        for k in range(0, len(bits), 2):
            c.setFont("Helvetica", 10)
            c.drawString(56, y, "   \u2022   ".join(bits[k:k + 2]))
            y -= 14
        if self.name:
            c.setFont("Times-Roman", 12)
            c.drawRightString(w - 60, 170, CERT_PRESENTS[self.wording % 5])
            c.setFont("Times-BoldItalic", 26)
            c.drawRightString(w - 60, 140, self.name)
        self._finish(c, w, h, rng)

    def _wallet(self, c: Canvas, rng: random.Random) -> None:
        w, h = self._page(c, letter, rng)
        x0, y0, cw, ch = 60, h - 280, 330, 210
        c.setStrokeColor(paper.INK_BLUE)
        c.setLineWidth(1.5)
        c.roundRect(x0, y0, cw, ch, 10)
        c.setFillColor(paper.INK_BLUE)
        c.rect(x0, y0 + ch - 34, cw, 34, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0 + 10, y0 + ch - 22, self.provider.name)
        c.setFillColor(black)
        y = y0 + ch - 52
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0 + 10, y, CERT_HEADINGS[self.wording % 5])
        y -= 16
        pairs = []
        if self.name:
            pairs.append(("Name", self.name))
        if self.title:
            pairs.append(("Course", self.title))
        if self.when():
            pairs.append(("Date", self.when() or ""))
        if self.location:
            pairs.append(("Where", self.location))
        pairs += [("", line) for line in self.detail_lines()]
        label_rows(c, x0 + 10, y, pairs, 50, "Helvetica", 8, 12)
        if self.signers:
            paper.signature(c, x0 + cw - 120, y0 + 18, 90, rng)
            c.setFont("Helvetica", 6.5)
            c.drawString(x0 + cw - 125, y0 + 8, self.signers[0][0])
        para(c, "Cut along the border and keep this card with your education records. A duplicate "
             "card may be requested from the office named above.", 60, y0 - 30, 420, "Helvetica", 9)
        self._finish(c, w, h, rng)


@dataclass
class Diploma:
    """A college diploma: applicant, college, degree and date conferred (no title)."""

    name: str
    college: Org
    degree: str
    conferred: date
    signers: list[tuple[str, str]]
    seed: int = 0
    evidence: str = ""

    def doc(self) -> Doc:
        f = {"applicant_name": self.name, "provider": self.college.name, "degree": self.degree,
             "degree_date": self.conferred, "activity": "degree"}
        return Doc("certificate", f, self.draw, 1, evidence=self.evidence)

    def draw(self, c: Canvas) -> None:
        rng = random.Random(self.seed)
        w, h = landscape(letter)
        c.setPageSize((w, h))
        paper.border(c, w, h, 1, black)
        centred(c, w, h - 95, self.college.name, "Times-Bold", 30)
        centred(c, w, h - 140, "upon the recommendation of the Faculty has conferred on", "Times-Italic", 14)
        centred(c, w, h - 190, self.name, "Times-BoldItalic", 32)
        centred(c, w, h - 235, "the degree of", "Times-Italic", 14)
        centred(c, w, h - 275, self.degree, "Times-Bold", 24)
        centred(c, w, h - 315, "with all the rights, honors and privileges thereunto appertaining.",
                "Times-Italic", 12)
        centred(c, w, h - 345, f"Conferred {fmt_date(self.conferred, 'long')}", "Times-Roman", 13)
        for (nm, role), x in zip(self.signers, [90, w - 260], strict=False):
            paper.signature_block(c, x, 90, nm, role, rng, "Times-Roman", 10, 170)
        paper.seal(c, w / 2, 100, 50, self.college.name[:32], black)
        c.showPage()
