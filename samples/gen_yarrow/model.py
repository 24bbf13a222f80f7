"""The document model shared by the builders: what is drawn and what the truth says of it."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

Draw = Callable[[Canvas, random.Random], int]


@dataclass
class Doc:
    """One document: its kind, the truth's fields (normalized), and how to draw its pages."""

    kind: str
    fields: dict[str, object]
    draw: Draw
    same_as: str | None = None  # documents of one group are the same evidence (DUPLICATE)
    flags: list[str] = field(default_factory=list)  # flags set by construction (file-level)
    note: str = ""


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def put(fields: dict[str, object], **kw: object) -> dict[str, object]:
    """Adds the fields that are printed (skipping None)."""
    for k, v in kw.items():
        if v is None:
            continue
        fields[k] = v.isoformat() if isinstance(v, dt.date) else v
    return fields


@dataclass
class File:
    """One file of a packet: its documents and how it reaches the office."""

    name: str
    docs: list[Doc]
    mode: str = "pdf"  # pdf | photocopy | jpeg | corrupt | blank
    separators: bool = False  # a blank sheet between documents (scanner output)


@dataclass
class Packet:
    name: str
    program: str
    applicant: dict[str, object]
    received: str
    files: list[File]
    description: str
    exercises: str
    prior: str | None = None
    single: bool = False  # the scanner's shape: NAME.pdf, NAME.json, NAME.truth.json
