"""Duplicate detection compares only candidate pairs, and finds exactly the duplicates the
comparison of every pair found (RULINGS.md 12; bench/duplicates.py times both)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.duplicates import duplicates_found, quadratic, synthetic_packet
from core.models import Document, FieldValue, FlagCode, Kind, Line, Page, TextSource
from scoring.duplicates import find_duplicates


def _doc(n: int, words: list[str], kind: Kind = Kind.certificate, **fields: object) -> Document:
    text = " ".join(words)
    page = Page(source=f"f{n:03d}.pdf", number=1, width=612, height=792,
                text_source=TextSource.ocr, lines=[Line(text=text, words=[], bbox=(0, 0, 1, 1))])
    return Document(id=f"doc-{n}", source=page.source, pages=[1], kind=kind, page_data=[page],
                    text_source=TextSource.ocr, content_hash=f"h{n}",
                    fields={k: FieldValue(value=v, confidence=0.9)  # type: ignore[arg-type]
                            for k, v in fields.items()})


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("size", [60, 300])
def test_same_duplicates_as_comparing_every_pair(size: int, seed: int) -> None:
    docs, twins = synthetic_packet(size, seed), synthetic_packet(size, seed)
    find_duplicates(docs)
    quadratic(twins)
    found = duplicates_found(docs)
    assert found == duplicates_found(twins)
    rescans = {d.id for d in docs if d.id in found and not _same_hash_earlier(d, docs)}
    assert rescans  # near copies (other OCR slips) are among them, not only exact copies


def _same_hash_earlier(doc: Document, docs: list[Document]) -> bool:
    return any(o.content_hash == doc.content_hash and o.source < doc.source for o in docs)


def test_a_packet_of_600_compares_few_pairs_in_full() -> None:
    index = find_duplicates(synthetic_packet(600))
    assert 0 < index.compared < 600 * 599 // 2 // 100  # under 1% of every pair


def test_a_near_copy_of_common_words_is_still_found() -> None:
    """Exactly 3/4 of the words in common, all of them common in the packet: the copy's
    rarest words are the common ones, and the index still pairs it with the original."""
    common = [f"common{c}" for c in "abcdefghi"]
    original = _doc(1, [*common, "rareone", "raretwo", "rarethree"])
    copy = _doc(2, common)
    others = [_doc(n, [*common, *(f"own{n}x{i}" for i in range(20))]) for n in range(3, 23)]
    docs = [original, copy, *others]
    twins = [d.model_copy(deep=True) for d in docs]
    find_duplicates(docs)
    quadratic(twins)
    assert [f.code for f in copy.flags] == [FlagCode.DUPLICATE]
    assert "doc-1" in copy.flags[0].message
    assert duplicates_found(docs) == duplicates_found(twins)


VOCAB = [f"w{c}{c}{c}" for c in "abcdefghijkl"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sets(st.sampled_from(VOCAB), max_size=10),
                          st.sampled_from([Kind.certificate, Kind.letter]),
                          st.sampled_from([None, 2.0, 3.0])), max_size=14))
def test_property_same_as_every_pair(spec: list[tuple[set[str], Kind, float | None]]) -> None:
    def packet() -> list[Document]:
        return [_doc(n, sorted(words), kind, **({"hours": h} if h else {}))
                for n, (words, kind, h) in enumerate(spec)]
    docs, twins = packet(), packet()
    find_duplicates(docs)
    quadratic(twins)
    assert duplicates_found(docs) == duplicates_found(twins)
