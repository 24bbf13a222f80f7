"""The objects a packet definition is made of: documents, files, packets.

A `Doc` carries the facts it prints (`fields`, exactly the truth's fields) and a `draw`
function that prints them; the truth never reads the drawing and the drawing never
invents a fact the fields lack. A file is a list of docs (and blank separator sheets)
written back to back into one PDF, or raw bytes for a file that is not a PDF at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.pdfgen.canvas import Canvas

Draw = Callable[[Canvas], None]


@dataclass
class Doc:
    """One document: its kind, the facts it prints, and how many pages it draws."""

    kind: str
    fields: dict[str, Any]
    draw: Draw
    pages: int = 1
    # Facts the truth needs that are not fields: identical paper appearing twice is
    # the same Doc object; a re-issue of the same evidence shares `evidence`.
    evidence: str = ""
    flags: list[str] = field(default_factory=list)  # flags only the file itself shows


@dataclass
class File:
    """A file of the packet: documents (with blank sheets between, where `None`)."""

    name: str
    parts: list[Doc | None] = field(default_factory=list)
    raw: bytes | None = None  # a file that is not a PDF (kept, flagged UNSUPPORTED_FILE)
    raw_doc: Doc | None = None
    title: str = ""  # the PDF's title; a copy of a file keeps its original's

    def pdf_title(self) -> str:
        return self.title or self.name.rsplit(".", 1)[0]


@dataclass
class Packet:
    """One applicant's submission, with what it exercises."""

    name: str
    description: str
    program: str
    applicant: dict[str, Any]
    received: date
    prior_designation: date | None = None
    files: list[File] = field(default_factory=list)
    single_pdf: bool = False

    def manifest(self) -> dict[str, Any]:
        """The packet.json of interface.md (no key it does not know)."""
        out: dict[str, Any] = {"applicant": self.applicant, "program": self.program}
        if self.prior_designation is not None:
            out["prior_designation_date"] = self.prior_designation.isoformat()
        out["received_date"] = self.received.isoformat()
        return out
