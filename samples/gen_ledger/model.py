"""A document to draw: its kind, its look, and the facts it prints (the truth's fields)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .world import Org, Person

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


@dataclass
class Doc:
    kind: str
    style: str                      # the renderer's name in layouts.RENDERERS
    facts: dict                     # the fields as the truth records them (normalised)
    org: Org                        # whose paper it is (issuer, employer, college)
    signer: Person | None = None
    extra: dict = field(default_factory=dict)   # presentation: date style, phrases, tables
    note: str = ""                  # what this document exercises

    def get(self, key: str, default=None):
        return self.facts.get(key, default)


def _d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def fmt(iso: str, style: str = "long") -> str:
    d = _d(iso)
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "iso":
        return iso
    if style == "abbr":
        m = MONTHS[d.month - 1]
        return f"{m[:3]}. {d.day}, {d.year}" if len(m) > 4 else f"{m} {d.day}, {d.year}"
    if style == "month":
        return f"{MONTHS[d.month - 1]} {d.year}"
    if style == "ordinal":
        suffix = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"this {d.day}{suffix} day of {MONTHS[d.month - 1]}, {d.year}"
    raise ValueError(style)


def fmt_range(start: str, end: str, style: str = "long") -> str:
    """'March 4-6, 2024', 'March 30 - April 2, 2024', or the single day."""
    if start == end:
        return fmt(start, style)
    a, b = _d(start), _d(end)
    if style == "long" and a.year == b.year:
        if a.month == b.month:
            return f"{MONTHS[a.month - 1]} {a.day}-{b.day}, {a.year}"
        return f"{MONTHS[a.month - 1]} {a.day} - {MONTHS[b.month - 1]} {b.day}, {a.year}"
    if style == "dmy" and a.year == b.year and a.month == b.month:
        return f"{a.day}-{b.day} {MONTHS[a.month - 1]} {a.year}"
    return f"{fmt(start, style)} to {fmt(end, style)}"


def num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"
