"""validate → score: the one assessment of a packet's read documents, used by the
pipeline after reading and by the store after every reviewer correction (no reading then).

`assess` is a pure function of the documents, the manifest and what was credited before:
flags on every readable document, duplicates within the packet, duplicates of evidence an
earlier packet of the applicant was credited with, then the points.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from core.models import Document, FlagCode, Manifest
from scoring.duplicates import find_duplicates
from scoring.engine import ScoreResult, score
from scoring.facts import CREDITABLE
from scoring.flag_catalogue import make_flag
from scoring.validate import validate

UNREAD = frozenset({FlagCode.UNREADABLE, FlagCode.UNSUPPORTED_FILE})

# where a document's evidence was credited before ("packet P, doc-03"), or None
CreditedBefore = Callable[[Document], str | None]
# the flag codes of a document a reviewer overrode (they do not apply): not scored
Overridden = Callable[[Document], frozenset[FlagCode]]


def unread(doc: Document) -> bool:
    """The document stands for a file or page that could not be read."""
    return any(f.code in UNREAD for f in doc.flags)


def flag_credited_before(docs: Sequence[Document], credited_before: CreditedBefore) -> None:
    """DUPLICATE on a document whose evidence an earlier packet of the applicant was
    credited with (RULINGS.md 12 across packets); a copy within the packet is flagged
    already and keeps that one flag."""
    for doc in docs:
        if doc.kind not in CREDITABLE or unread(doc) or doc.has_flag(FlagCode.DUPLICATE):
            continue
        if (where := credited_before(doc)) is not None:
            doc.flags.append(make_flag(FlagCode.DUPLICATE, f"Credited before: {where}."))


def validate_documents(docs: list[Document], manifest: Manifest,
                       credited_before: CreditedBefore | None = None) -> list[Document]:
    """The flags of each readable document, then duplicates (within the packet, and of
    earlier packets' credit when `credited_before` is given), on the documents."""
    for doc in docs:
        if not unread(doc):  # a file or page not read: no facts to check
            doc.flags.extend(validate(doc, manifest))
    find_duplicates(docs)
    if credited_before is not None:
        flag_credited_before(docs, credited_before)
    return docs


def assess(docs: list[Document], manifest: Manifest,
           credited_before: CreditedBefore | None = None,
           overridden: Overridden | None = None) -> ScoreResult:
    """validate → score: flags on every readable document, duplicates, then the points.
    The documents keep every flag found; flags a reviewer overrode (`overridden`) are left
    out of the scoring only, so an overridden reject flag no longer stops the credit."""
    docs = validate_documents(docs, manifest, credited_before)
    if overridden is not None:
        docs = [_without(d, overridden(d)) for d in docs]
    return score(docs, manifest)


def _without(doc: Document, codes: frozenset[FlagCode]) -> Document:
    if not codes or not any(f.code in codes for f in doc.flags):
        return doc
    return doc.model_copy(update={"flags": [f for f in doc.flags if f.code not in codes]})
