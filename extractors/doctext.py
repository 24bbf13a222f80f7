"""A document's text as one string, with every character traceable to its word's box.

Extractors find spans in the text (regex, spaCy); `locate` turns a span back into the
page, box and OCR confidence of the words it covers. Words and lines are stored in offset
order, so every lookup from a span is a binary search (O(log n)), never a scan of the
document's words.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from core.models import BBox, Page, Word
from extractors.layout import union


@dataclass(frozen=True)
class Located:
    page: int | None
    bbox: BBox | None
    confidence: float  # the lowest word confidence under the span (1.0 for text layers)


@dataclass
class DocText:
    text: str
    lines: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, page)
    words: list[tuple[int, int, int, Word]] = field(default_factory=list)  # (start, end, page, w)
    _offsets: tuple[list[int], list[int], list[int], tuple[int, int]] | None = field(
        default=None, init=False, repr=False, compare=False)

    @classmethod
    def from_pages(cls, pages: list[Page]) -> DocText:
        parts: list[str] = []
        doc = cls(text="")
        pos = 0
        for page in pages:
            for line in page.lines:
                start = pos
                for i, word in enumerate(line.words):
                    if i:
                        parts.append(" ")
                        pos += 1
                    doc.words.append((pos, pos + len(word.text), page.number, word))
                    parts.append(word.text)
                    pos += len(word.text)
                doc.lines.append((start, pos, page.number))
                parts.append("\n")
                pos += 1
        doc.text = "".join(parts)
        return doc

    def _index(self) -> tuple[list[int], list[int], list[int]]:
        """Word starts, word ends and line starts, ascending (words and lines are laid
        out in offset order and never overlap); built once, on the first lookup."""
        if self._offsets is None or self._offsets[3] != (len(self.words), len(self.lines)):
            self._offsets = ([s for s, _, _, _ in self.words], [e for _, e, _, _ in self.words],
                             [s for s, _, _ in self.lines], (len(self.words), len(self.lines)))
        return self._offsets[0], self._offsets[1], self._offsets[2]

    def _span(self, start: int, end: int) -> range:
        """Indexes of the words a span touches (start < word end, word start < end)."""
        starts, ends, _ = self._index()
        return range(bisect_right(ends, start), bisect_left(starts, end))

    def _under(self, start: int, end: int) -> list[tuple[int, Word]]:
        """(page, word) of every word a span touches."""
        return [(self.words[i][2], self.words[i][3]) for i in self._span(start, end)]

    def locate(self, start: int, end: int) -> Located:
        hits = self._under(start, end)
        if not hits:
            return Located(None, None, 1.0)
        page = hits[0][0]
        boxes = [w.bbox for p, w in hits if p == page]
        conf = min(w.confidence for _, w in hits)
        return Located(page, tuple(round(v, 1) for v in union(boxes)), conf)  # type: ignore[arg-type]

    def mean_confidence(self, start: int, end: int) -> float:
        """The mean OCR confidence of the words under a span (1.0 for text layers)."""
        hits = [w.confidence for _, w in self._under(start, end)]
        return sum(hits) / len(hits) if hits else 1.0

    def upright(self, start: int, end: int) -> tuple[int, BBox] | None:
        """The span's page and its box on the straightened page (the same box as
        `locate`'s for text layers)."""
        hits = self._under(start, end)
        return (hits[0][0], union(w.upright or w.bbox for _, w in hits)) if hits else None

    def line_texts(self) -> list[tuple[int, str]]:
        """(start offset, text) of every line."""
        return [(s, self.text[s:e]) for s, e, _ in self.lines]

    def line_at(self, offset: int) -> int:
        """The line holding an offset (its end, the newline's position, included); the
        last line for an offset past the text."""
        _, _, line_starts = self._index()
        i = bisect_right(line_starts, offset) - 1
        if i >= 0 and offset <= self.lines[i][1]:
            return i
        return len(self.lines) - 1

    def words_in(self, start: int, end: int) -> list[tuple[int, int, int, Word]]:
        """(start, end, page, word) of every word a span touches, by binary search."""
        return [self.words[i] for i in self._span(start, end)]

    def words_on_line(self, index: int) -> list[Word]:
        s, e, _ = self.lines[index]
        starts, ends, _ = self._index()
        return [w for _, _, _, w in self.words[bisect_left(starts, s):bisect_right(ends, e)]]
