"""Duplicate detection (RULINGS.md 12) on synthetic packets of 60, 600 and 6,000 documents.

Certificates drawn from a few templates (shared boilerplate, then a name, title, place,
dates and hours of their own), with re-scans of earlier papers read with OCR slips, exact
copies, the same evidence on other paper, and papers of one template that differ only in
hours. `find_duplicates` compares in full only the candidates its index finds; the
previous comparison of every earlier pair is kept here as the reference (`quadratic`),
timed where it takes seconds, not hours.

    .venv/bin/python -m bench.duplicates [--sizes 60 600 6000] [--reference-max 600]

Not a test: run it on demand. tests/test_duplicates_scaling.py checks that both find the
same duplicates.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import string
import time
from collections.abc import Sequence

from core.models import Document, FieldValue, FlagCode, Kind, Line, Page, TextSource
from scoring.duplicates import NEAR_COPY, disagree, first_copy, words_of
from scoring.facts import CREDITABLE, packet_order
from scoring.flag_catalogue import make_flag, pages_text

TEMPLATES = 8
BOILERPLATE = 40  # words every paper of a template prints
OWN = 14  # words of its own: name, title, place


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(4, 9)))


def _slip(text: str, rng: random.Random, share: float = 0.06) -> str:
    """OCR slips: a letter misread in about `share` of the words."""
    def misread(w: str) -> str:
        if len(w) < 3 or rng.random() >= share:
            return w
        i = rng.randrange(len(w))
        return w[:i] + rng.choice("ilrnqc") + w[i + 1:]
    return " ".join(misread(w) for w in text.split())


def _doc(n: int, text: str, fields: dict[str, object]) -> Document:
    page = Page(source=f"scan{n:05d}.pdf", number=1, width=612, height=792,
                text_source=TextSource.ocr, lines=[Line(text=text, words=[], bbox=(0, 0, 1, 1))])
    digest = hashlib.sha256(re.sub(r"[^a-z0-9]", "", text.lower()).encode()).hexdigest()[:16]
    return Document(id=f"doc-{n:05d}", source=page.source, pages=[1], kind=Kind.certificate,
                    text_source=TextSource.ocr, page_data=[page], content_hash=digest,
                    fields={k: FieldValue(value=v, confidence=0.9)  # type: ignore[arg-type]
                            for k, v in fields.items()})


def synthetic_packet(size: int, seed: int = 0) -> list[Document]:
    """`size` documents; about a fifth of them copies of an earlier one, in four ways."""
    rng = random.Random(seed)
    templates = [" ".join(_word(rng) for _ in range(BOILERPLATE)) for _ in range(TEMPLATES)]
    papers: list[tuple[str, dict[str, object]]] = []
    docs: list[Document] = []
    for n in range(size):
        roll = rng.random()
        if papers and roll < 0.08:  # a re-scan of an earlier paper, other OCR slips
            text, fields = rng.choice(papers)
            text = _slip(text, rng)
        elif papers and roll < 0.12:  # the same file twice
            text, fields = rng.choice(papers)
        elif papers and roll < 0.16:  # the same evidence on other paper
            _, fields = rng.choice(papers)
            text = " ".join(_word(rng) for _ in range(BOILERPLATE + OWN))
        elif papers and roll < 0.20:  # one template, one title, other hours: not a copy
            text, fields = rng.choice(papers)
            fields = {**fields, "hours": float(fields["hours"]) + 1}  # type: ignore[arg-type]
            text = f"{text} {fields['hours']}"
        else:
            own = " ".join(_word(rng) for _ in range(OWN))
            text = f"{rng.choice(templates)} {own}"
            fields = {"activity": "state_course", "title": own.split()[0],
                      "provider": "association", "hours": float(rng.randint(1, 12)),
                      "start_date": f"20{rng.randint(10, 25)}-0{rng.randint(1, 9)}-1{n % 10}"}
            papers.append((text, fields))
        docs.append(_doc(n, text, fields))
    return docs


def quadratic(docs: Sequence[Document]) -> None:
    """The previous detection: every document's words against every earlier one's."""
    seen: dict[object, Document] = {}
    texts: list[tuple[Document, frozenset[str]]] = []
    for doc in packet_order([d for d in docs if d.kind in CREDITABLE]):
        earlier = first_copy(doc, seen) or (_near(doc, texts) if doc.page_data else None)
        if doc.page_data:
            texts.append((doc, words_of(doc)))
        if earlier is None or doc.has_flag(FlagCode.DUPLICATE):
            continue
        detail = (f"Same evidence as document {earlier.id} ({earlier.source}, "
                  f"{pages_text(earlier.pages)}).")
        doc.flags.append(make_flag(FlagCode.DUPLICATE, detail))


def _near(doc: Document, earlier: list[tuple[Document, frozenset[str]]]) -> Document | None:
    words = words_of(doc)
    for other, theirs in earlier:
        union = words | theirs
        if other.kind == doc.kind and union and len(words & theirs) / len(union) >= NEAR_COPY \
                and not disagree(doc, other):
            return other
    return None


def duplicates_found(docs: Sequence[Document]) -> dict[str, str]:
    """Document id -> the message of its DUPLICATE flag."""
    return {d.id: f.message for d in docs for f in d.flags if f.code == FlagCode.DUPLICATE}


def main() -> None:
    from scoring.duplicates import find_duplicates

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[60, 600, 6000])
    parser.add_argument("--reference-max", type=int, default=600,
                        help="time the every-pair reference only up to this size")
    args = parser.parse_args()
    print(f"{'documents':>9} {'duplicates':>10} {'compared':>9} {'every pair':>11} "
          f"{'seconds':>8} {'reference s':>11}")
    for size in args.sizes:
        docs = synthetic_packet(size)
        start = time.perf_counter()
        index = find_duplicates(docs)
        seconds = time.perf_counter() - start
        found = duplicates_found(docs)
        reference = "-"
        if size <= args.reference_max:
            twins = synthetic_packet(size)
            start = time.perf_counter()
            quadratic(twins)
            reference = f"{time.perf_counter() - start:.3f}"
            assert duplicates_found(twins) == found, "the index and the reference disagree"
        pairs = size * (size - 1) // 2
        print(f"{size:>9} {len(found):>10} {index.compared:>9} {pairs:>11} {seconds:>8.3f} "
              f"{reference:>11}")


if __name__ == "__main__":
    main()
