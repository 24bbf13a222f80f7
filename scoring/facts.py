"""The document facts that flags, routing, amounts and scoring read.

Plain readers of `Document.fields` (a field that is absent or of the wrong type reads as
None) and the packet order of RULINGS.md 12. Nothing here decides a rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from core.models import Document, Kind

# The kinds that can earn points; agendas, application forms and others cannot (RULINGS.md 15).
CREDITABLE = frozenset({Kind.certificate, Kind.transcript, Kind.employment_letter, Kind.letter})


def field_date(doc: Document, name: str) -> dt.date | None:
    try:
        return doc.date(name)
    except ValueError:
        return None


def number(doc: Document, name: str) -> float | None:
    v = doc.value(name)
    if isinstance(v, bool) or not isinstance(v, int | float):
        return None
    return float(v)


def text(doc: Document, name: str) -> str | None:
    v = doc.value(name)
    return v.strip() or None if isinstance(v, str) else None


def activity(doc: Document) -> str | None:
    return text(doc, "activity")


def delivery(doc: Document) -> str | None:
    """`in_person`, `online`, `hybrid` or `webinar`, lower-case (None: not stated)."""
    d = text(doc, "delivery")
    return d.lower() if d else None


def is_degree(doc: Document) -> bool:
    kind = activity(doc)
    return kind == "degree" or (kind is None and text(doc, "degree") is not None)


def work_date(doc: Document) -> dt.date | None:
    """RULINGS.md 13: the end of the work, else its start, else the document's date."""
    names = ("degree_date",) if is_degree(doc) else ()
    for name in (*names, "end_date", "start_date", "issue_date"):
        day = field_date(doc, name)
        if day is not None:
            return day
    return None


def packet_order(docs: Sequence[Document]) -> list[Document]:
    """RULINGS.md 12: file path, then first page."""
    return sorted(docs, key=lambda d: (d.source, min(d.pages, default=0)))
