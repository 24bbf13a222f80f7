"""DUPLICATE: the same evidence twice in a packet (RULINGS.md 12).

The flag goes on the later copy in packet order; the first copy keeps its points. A re-scan
of the same paper is a duplicate too, even where OCR read it with different slips.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from difflib import SequenceMatcher

from core.models import Document, FlagCode, Kind
from core.names import names_match
from scoring.facts import CREDITABLE, number, packet_order, text
from scoring.flag_catalogue import make_flag, pages_text


def _norm(value: object) -> object:
    if isinstance(value, str):
        return re.sub(r"[^a-z0-9]+", " ", value.lower()).strip()
    return value


def evidence_key(doc: Document) -> tuple[object, ...] | None:
    """activity + title + provider + dates + hours (RULINGS.md 12); None when too thin.
    A degree is the same evidence whatever paper states it: a diploma beside the
    transcript of the same degree is its second copy (degree + college + date)."""
    if text(doc, "activity") == "degree" and text(doc, "degree") and doc.value("degree_date"):
        return ("degree", _norm(text(doc, "degree")), _norm(doc.value("provider")),
                doc.value("degree_date"))
    title = text(doc, "title") or text(doc, "position") or text(doc, "degree")
    activity = text(doc, "activity")
    if activity is None or (title is None and text(doc, "provider") is None):
        return None
    names = ("provider", "start_date", "end_date", "degree_date", "hours", "credit_units")
    return (activity, _norm(title), *(_norm(doc.value(n)) for n in names))


def credit_key(doc: Document) -> str | None:
    """The evidence a document credits, to find it again in a later packet of the same
    applicant (a re-scan or a second submission): kind + title + dates + hours, normalized;
    None when the document states too little (no title, or no date) to tell it apart."""
    title = text(doc, "title") or text(doc, "position") or text(doc, "degree")
    dates = [doc.value(n) for n in ("start_date", "end_date", "degree_date")]
    if title is None or not any(dates):
        return None
    hours = number(doc, "hours")
    parts = [doc.kind.value, str(_norm(title)), *(str(d or "") for d in dates),
             "" if hours is None else f"{hours:g}"]
    return "|".join(parts)


def first_copy(doc: Document, seen: dict[object, Document]) -> Document | None:
    """The earlier document with the same normalized text or evidence fields (one lookup
    each); records this one for the documents after it."""
    keys: list[tuple[str, object]] = [("hash", doc.content_hash)] if doc.content_hash else []
    key = evidence_key(doc)
    keys += [("fields", key)] if key is not None else []
    earlier = next((seen[k] for k in keys if k in seen
                    and (k[0] == "hash" or not _other_person(doc, seen[k]))), None)
    for k in keys:
        seen.setdefault(k, doc)
    return earlier


NEAR_COPY = 0.75  # share of words two readings of one paper have in common, at least


def words_of(doc: Document) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]{3,}", doc.text.lower()))


def _share(words: frozenset[str], theirs: frozenset[str]) -> float:
    union = len(words | theirs)
    return len(words & theirs) / union if union else 0.0


class TextIndex:
    """Earlier documents' words, looked up by their rarest words (prefix filtering).

    Two word sets with at least `NEAR_COPY` of their union in common share at least
    ceil(NEAR_COPY * n) of the n words of each, so in any one fixed order of all words the
    first n - ceil(NEAR_COPY * n) + 1 of each set (its prefix) have a word in common. Only
    earlier documents of the same kind sharing a prefix word are compared in full; with
    the rarest words first, two papers of one template rarely share a prefix word. This
    finds exactly the pairs a comparison of every pair finds, at a cost that grows with
    the candidates, not with the square of the packet.
    """

    def __init__(self, texts: Sequence[frozenset[str]]) -> None:
        self._frequency = Counter(w for words in texts for w in words)
        self._earlier: list[tuple[Document, frozenset[str]]] = []
        self._by_word: dict[tuple[Kind, str], list[int]] = defaultdict(list)
        self.compared = 0  # full comparisons made (bench/duplicates.py reports it)

    def prefix(self, words: frozenset[str]) -> list[str]:
        """The rarest words of a set, as many as a near copy must share one of."""
        keep = len(words) - math.ceil(NEAR_COPY * len(words) - 1e-9) + 1
        return heapq.nsmallest(keep, words, key=lambda w: (self._frequency[w], w))

    def near_copy(self, doc: Document, words: frozenset[str],
                  prefix: list[str]) -> Document | None:
        """The first earlier document (packet order) whose text is nearly the same: a
        re-scan or second photo of the same paper, read with different OCR slips
        (RULINGS.md 12)."""
        found = {i for w in prefix for i in self._by_word.get((doc.kind, w), ())}
        for i in sorted(found):
            other, theirs = self._earlier[i]
            self.compared += 1
            if _share(words, theirs) >= NEAR_COPY and not disagree(doc, other):
                return other
        return None

    def add(self, doc: Document, words: frozenset[str], prefix: list[str]) -> None:
        for w in prefix:
            self._by_word[(doc.kind, w)].append(len(self._earlier))
        self._earlier.append((doc, words))


def disagree(a: Document, b: Document) -> bool:
    """The two state different dates, hours or degrees: two papers of one template."""
    for name in ("start_date", "end_date", "hours", "degree"):  # titles are read too unevenly
        va, vb = _norm(a.value(name)), _norm(b.value(name))
        if va is None or vb is None or va == vb:
            continue
        if name.endswith("_date") and isinstance(va, str) and isinstance(vb, str) \
                and len(va) == len(vb):
            # an OCR slip changes one digit; the next year's session differs in two or more
            # ("2017-06-12" and "2018-06-11")
            if sum(x != y for x, y in zip(va, vb, strict=True)) > 1:
                return True
            continue
        if not (isinstance(va, str) and isinstance(vb, str)) or \
                SequenceMatcher(None, va, vb).ratio() < 0.8:  # more than an OCR slip apart
            return True
    return False


SAME_NAME = 0.8  # title (or provider) similarity of two readings of one paper, at least


class FieldIndex:
    """Earlier documents by kind, activity, dates and hours: a re-scan or a phone photo of
    a paper read with OCR slips in its title or its issuer, whose words differ too much
    for `TextIndex`, still states the same days and hours. Only the documents with the
    same key are compared (their titles, else their issuers, nearly the same, and no
    other person named), so the cost follows the packet, not its square."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[object, ...], list[Document]] = defaultdict(list)

    @staticmethod
    def key(doc: Document) -> tuple[object, ...] | None:
        start = doc.value("start_date")
        if start is None or text(doc, "activity") is None:
            return None
        return (doc.kind, text(doc, "activity"), start, doc.value("end_date"), number(doc, "hours"))

    def copy_of(self, doc: Document, key: tuple[object, ...] | None) -> Document | None:
        if key is None:
            return None
        for other in self._by_key.get(key, ()):
            if _similar(doc, other, "title") or (
                    text(doc, "title") is None and text(other, "title") is None
                    and _similar(doc, other, "provider")):
                if not _other_person(doc, other):
                    return other
        return None

    def add(self, doc: Document, key: tuple[object, ...] | None) -> None:
        if key is not None:
            self._by_key[key].append(doc)


MARKERS = re.compile(r"\b(?:\d+|[ivx]{1,4}|[a-z])\b")  # what tells "Module 2" from "Module 3"


def _similar(a: Document, b: Document, name: str) -> bool:
    """Nearly the same name, read twice with OCR slips: never two names that differ in a
    number, a roman numeral or a letter ("Dialogue 1", "Dialogue 2"; "Module A", "Module B")."""
    va, vb = _norm(text(a, name)), _norm(text(b, name))
    return isinstance(va, str) and isinstance(vb, str) and bool(va) and \
        set(MARKERS.findall(va)) == set(MARKERS.findall(vb)) and \
        SequenceMatcher(None, va, vb).ratio() >= SAME_NAME


def _other_person(a: Document, b: Document) -> bool:
    """The two name different people (a colleague's certificate of the same course)."""
    na, nb = text(a, "applicant_name"), text(b, "applicant_name")
    return na is not None and nb is not None and not names_match(na, nb, fuzzy=True)


def find_duplicates(docs: Sequence[Document]) -> TextIndex:
    """Add DUPLICATE to every later copy of the same evidence (RULINGS.md 12): the same
    normalized text or evidence fields (one lookup each), else nearly the same words
    (compared only with the candidates `TextIndex` finds). Returns the index, for its
    count of comparisons."""
    ordered = packet_order([d for d in docs if d.kind in CREDITABLE])
    texts = [words_of(d) if d.page_data else frozenset() for d in ordered]
    index = TextIndex(texts)
    fields = FieldIndex()
    seen: dict[object, Document] = {}
    for doc, words in zip(ordered, texts, strict=True):
        earlier = first_copy(doc, seen)
        if doc.page_data:
            prefix = index.prefix(words)
            earlier = earlier or index.near_copy(doc, words, prefix)
            index.add(doc, words, prefix)
        key = fields.key(doc)
        earlier = earlier or fields.copy_of(doc, key)
        fields.add(doc, key)
        if earlier is None or doc.has_flag(FlagCode.DUPLICATE):
            continue
        detail = (f"Same evidence as document {earlier.id} ({earlier.source}, "
                  f"{pages_text(earlier.pages)}).")
        doc.flags.append(make_flag(FlagCode.DUPLICATE, detail))
    return index


__all__ = [
    "NEAR_COPY", "FieldIndex", "TextIndex", "credit_key", "disagree", "evidence_key", "find_duplicates", "first_copy",
    "words_of",
]
