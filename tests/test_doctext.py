"""DocText: every lookup from a span (words, lines, boxes) answers as a scan of every word
would, by binary search over the offsets."""

from __future__ import annotations

import random

from core.models import Line, Page, TextSource, Word
from extractors.doctext import DocText
from extractors.layout import make_line


def _pages(rng: random.Random) -> list[Page]:
    pages = []
    for number in (1, 2, 3):
        lines: list[Line] = []
        for row in range(rng.randint(1, 12)):
            words = [Word(text=rng.choice(["Clerk", "of", "12", "Institute", "A", "—"]),
                          bbox=(10.0 + 40 * i, 20.0 * row, 45.0 + 40 * i, 20.0 * row + 9),
                          confidence=rng.uniform(0.3, 1.0))
                     for i in range(rng.randint(1, 7))]
            lines.append(make_line(words))
        pages.append(Page(source="a.pdf", number=number, width=612, height=792,
                          text_source=TextSource.ocr, lines=lines))
    return pages


def test_span_lookups_match_a_scan_of_every_word() -> None:
    rng = random.Random(7)
    for _ in range(20):
        doc = DocText.from_pages(_pages(rng))
        n = len(doc.text)
        for _ in range(200):
            start = rng.randint(-2, n + 2)
            end = start + rng.randint(0, 30)
            want = [(p, w) for s, e, p, w in doc.words if s < end and e > start]
            assert doc._under(start, end) == want
            conf = [w.confidence for _, w in want]
            assert doc.mean_confidence(start, end) == (sum(conf) / len(conf) if conf else 1.0)
            assert (doc.upright(start, end) is None) == (not want)
        for offset in range(-1, n + 2):
            want_line = next((i for i, (s, e, _) in enumerate(doc.lines) if s <= offset <= e),
                             len(doc.lines) - 1)
            assert doc.line_at(offset) == want_line
        for index, (s, e, _) in enumerate(doc.lines):
            assert doc.words_on_line(index) == [w for ws, we, _, w in doc.words
                                                if ws >= s and we <= e]


def test_locate_gives_the_first_page_box_and_lowest_confidence() -> None:
    page = _pages(random.Random(1))[:1]
    doc = DocText.from_pages(page)
    first = page[0].lines[0]
    where = doc.locate(0, len(first.text))
    assert where.page == 1
    assert where.bbox == tuple(round(v, 1) for v in first.bbox)
    assert where.confidence == min(w.confidence for w in first.words)
    assert doc.locate(len(doc.text) + 5, len(doc.text) + 9).page is None
