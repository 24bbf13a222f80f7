"""The status update: what counted, what did not and why, and the determination.

Built from the proposals and credited totals only (plus the documents' flags), so it says
exactly what `score` decided (docs/interpretations.md I16).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from core.models import (
    Category,
    CategoryStatus,
    CountedDocument,
    Document,
    NotCountedDocument,
    Proposal,
    Severity,
    StatusUpdate,
    Total,
)
from scoring.facts import CREDITABLE
from scoring.policies import Exclusion
from scoring.routing import Unrouted
from scoring.rules import RuleBook

_R15 = ("{kind}: supports another document's program content and earns nothing by itself "
        "(RULINGS.md 15)")


def _fmt(x: float) -> str:
    return f"{x:g}"


def categories(totals: dict[Category, Total], book: RuleBook) -> list[CategoryStatus]:
    return [CategoryStatus(category=cat, label=book.categories[cat].label, earned=t.points,
                           raw=t.raw, required=t.required, still_needed=t.needed)
            for cat, t in totals.items()]


def determination(totals: dict[Category, Total], book: RuleBook, awaiting: int) -> str:
    if all(t.needed == 0 for t in totals.values()):
        text = "Requirements met: " + "; ".join(
            f"{book.categories[c].label} {_fmt(t.points)} of {t.required}"
            for c, t in totals.items()) + "."
    else:
        text = "Requirements not yet met: " + "; ".join(
            f"{book.categories[c].label} needs {_fmt(t.needed)} more points "
            f"({_fmt(t.points)} of {t.required} credited)"
            for c, t in totals.items() if t.needed > 0) + "."
    if awaiting:
        items = "1 item awaits" if awaiting == 1 else f"{awaiting} items await"
        text += f" {items} a reviewer's amount and counts 0 until then."
    return text


def _not_counted(doc: Document, excluded: Mapping[str, Exclusion],
                 unrouted: Mapping[str, Unrouted]) -> NotCountedDocument:
    """Why a document without a proposal earns nothing: its reject flags, its kind, an
    exclusion, or the routing's reason (read from the routing, not worked out again)."""
    rejects = [f for f in doc.flags if f.severity == Severity.reject]
    if rejects:
        why = "rejected: " + " ".join(f"{f.code.value}: {f.message}" for f in rejects)
        return NotCountedDocument(document_id=doc.id, why=why, flags=[f.code for f in rejects])
    if doc.kind not in CREDITABLE:
        if doc.flags:  # unreadable or unsupported: a person must look
            why = "not read: " + " ".join(f"{f.code.value}: {f.message}" for f in doc.flags)
            return NotCountedDocument(document_id=doc.id, why=why, flags=[])
        return NotCountedDocument(document_id=doc.id,
                                  why=_R15.format(kind=doc.kind.value.replace("_", " ")))
    if doc.id in excluded:
        ex = excluded[doc.id]
        return NotCountedDocument(document_id=doc.id, why=f"{ex.why} ({ex.citation})")
    why = unrouted[doc.id].why if doc.id in unrouted else "no row applies"
    return NotCountedDocument(document_id=doc.id, why=why)


def status_update(docs: Sequence[Document], proposals: Sequence[Proposal],
                  totals: dict[Category, Total], book: RuleBook,
                  excluded: Mapping[str, Exclusion],
                  unrouted: Mapping[str, Unrouted]) -> StatusUpdate:
    by_doc: dict[str, list[Proposal]] = {}
    for p in proposals:
        by_doc.setdefault(p.document_id, []).append(p)
    counted: list[CountedDocument] = []
    not_counted: list[NotCountedDocument] = []
    for p in proposals:
        if p.points is None or p.points > 0:
            counted.append(CountedDocument(document_id=p.document_id, category=p.category,
                                           points=p.points, rule=p.rule, why=p.explanation))
    for doc in docs:
        mine = by_doc.get(doc.id)
        if mine is None:
            not_counted.append(_not_counted(doc, excluded, unrouted))
        elif all(p.points == 0 for p in mine):
            not_counted.append(NotCountedDocument(
                document_id=doc.id, why=" ".join(p.explanation for p in mine), rule=mine[0].rule))
    awaiting = sum(1 for p in proposals if p.points is None)
    return StatusUpdate(
        categories=categories(totals, book), counted=counted, not_counted=not_counted,
        awaiting_review=awaiting, requirements_met=all(t.needed == 0 for t in totals.values()),
        determination=determination(totals, book, awaiting),
    )
