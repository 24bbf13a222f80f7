"""A document's text as one string, with every character traceable to its word's box.

Extractors find spans in the text (regex, spaCy); `locate` turns a span back into the
page, box and OCR confidence of the words it covers.
"""

from __future__ import annotations

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

    def _under(self, start: int, end: int) -> list[tuple[int, Word]]:
        """(page, word) of every word a span touches."""
        return [(p, w) for s, e, p, w in self.words if s < end and e > start]

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
        for i, (s, e, _) in enumerate(self.lines):
            if s <= offset <= e:
                return i
        return len(self.lines) - 1

    def words_on_line(self, index: int) -> list[Word]:
        s, e, _ = self.lines[index]
        return [w for ws, we, _, w in self.words if ws >= s and we <= e]
