"""DUPLICATE: the same evidence twice in a packet (RULINGS.md 12).

The flag goes on the later copy in packet order; the first copy keeps its points. A re-scan
of the same paper is a duplicate too, even where OCR read it with different slips.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from core.models import Document, FlagCode
from scoring.facts import CREDITABLE, packet_order, text
from scoring.flag_catalogue import make_flag


def _norm(value: object) -> object:
    if isinstance(value, str):
        return re.sub(r"[^a-z0-9]+", " ", value.lower()).strip()
    return value


def evidence_key(doc: Document) -> tuple[object, ...] | None:
    """activity + title + provider + dates + hours (RULINGS.md 12); None when too thin."""
    title = text(doc, "title") or text(doc, "position") or text(doc, "degree")
    activity = text(doc, "activity")
    if activity is None or (title is None and text(doc, "provider") is None):
        return None
    names = ("provider", "start_date", "end_date", "degree_date", "hours", "credit_units")
    return (activity, _norm(title), *(_norm(doc.value(n)) for n in names))



def _first_copy(doc: Document, seen: dict[object, Document]) -> Document | None:
    keys: list[tuple[str, object]] = [("hash", doc.content_hash)] if doc.content_hash else []
    key = evidence_key(doc)
    keys += [("fields", key)] if key is not None else []
    earlier = next((seen[k] for k in keys if k in seen), None)
    for k in keys:
        seen.setdefault(k, doc)
    return earlier


NEAR_COPY = 0.75  # share of words two readings of one paper have in common, at least


def _words(doc: Document) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]{3,}", doc.text.lower()))


def _near_copy(doc: Document, earlier: list[tuple[Document, frozenset[str]]]) -> Document | None:
    """An earlier document whose text is nearly the same: a re-scan or second photo of the
    same paper, read with different OCR slips (RULINGS.md 12)."""
    words = _words(doc)
    for other, theirs in earlier:
        union = words | theirs
        if other.kind == doc.kind and union and len(words & theirs) / len(union) >= NEAR_COPY \
                and not _disagree(doc, other):
            return other
    return None


def _disagree(a: Document, b: Document) -> bool:
    """The two state different dates, hours or degrees: two papers of one template."""
    for name in ("start_date", "end_date", "hours", "degree"):  # titles are read too unevenly
        va, vb = _norm(a.value(name)), _norm(b.value(name))
        if va is None or vb is None or va == vb:
            continue
        if not (isinstance(va, str) and isinstance(vb, str)) or \
                SequenceMatcher(None, va, vb).ratio() < 0.8:  # more than an OCR slip apart
            return True
    return False


def find_duplicates(docs: Sequence[Document]) -> None:
    """Add DUPLICATE to every later copy of the same evidence (RULINGS.md 12)."""
    seen: dict[object, Document] = {}
    texts: list[tuple[Document, frozenset[str]]] = []
    for doc in packet_order([d for d in docs if d.kind in CREDITABLE]):
        earlier = _first_copy(doc, seen) or (_near_copy(doc, texts) if doc.page_data else None)
        if doc.page_data:
            texts.append((doc, _words(doc)))
        if earlier is None or doc.has_flag(FlagCode.DUPLICATE):
            continue
        detail = f"Same evidence as document {earlier.id} ({earlier.source} p{earlier.pages})."
        doc.flags.append(make_flag(FlagCode.DUPLICATE, detail))


__all__ = ["evidence_key", "find_duplicates"]
