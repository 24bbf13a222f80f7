"""Words to lines in reading order.

Words on the same baseline form a line; a wide horizontal gap starts a new segment, so
two columns (a signature block beside a date) stay apart.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.models import BBox, Line, Word

GAP_FACTOR = 2.5  # a gap wider than this many font heights splits a line into segments


def words_to_lines(words: Iterable[Word]) -> list[Line]:
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (_mid(w), w.bbox[0])):
        if rows and _same_row(rows[-1], word):
            rows[-1].append(word)
        else:
            rows.append([word])
    lines: list[Line] = []
    for row in rows:
        lines.extend(_segments(sorted(row, key=lambda w: w.bbox[0])))
    return reading_order(lines)


def reading_order(lines: list[Line]) -> list[Line]:
    """Top to bottom; pieces whose middles share a row (a label and its value in the next
    column, even on a slightly skewed scan) left to right."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: (ln.bbox[1] + ln.bbox[3]) / 2):
        mid = (line.bbox[1] + line.bbox[3]) / 2
        if rows:
            ref = rows[-1][0]
            ref_mid, ref_h = (ref.bbox[1] + ref.bbox[3]) / 2, ref.bbox[3] - ref.bbox[1]
            if abs(mid - ref_mid) <= 0.5 * min(ref_h, line.bbox[3] - line.bbox[1]):
                rows[-1].append(line)
                continue
        rows.append([line])
    return [line for row in rows for line in sorted(row, key=lambda ln: ln.bbox[0])]


def grouped_lines(groups: Iterable[list[Word]]) -> list[Line]:
    """Lines as the OCR engine grouped the words (its block/paragraph/line numbers follow
    a skewed or curved line better than coordinates do), split at wide gaps, in reading
    order."""
    lines: list[Line] = []
    for row in groups:
        lines.extend(_segments(sorted(row, key=lambda w: w.bbox[0])))
    return reading_order(lines)


def _mid(word: Word) -> float:
    return (word.bbox[1] + word.bbox[3]) / 2


def _height(word: Word) -> float:
    return max(word.bbox[3] - word.bbox[1], 1.0)


def _same_row(row: list[Word], word: Word) -> bool:
    ref = row[0]
    return abs(_mid(ref) - _mid(word)) <= 0.5 * min(_height(ref), _height(word))


def _segments(row: list[Word]) -> list[Line]:
    segments: list[list[Word]] = [[row[0]]]
    for prev, word in zip(row, row[1:], strict=False):
        gap = word.bbox[0] - prev.bbox[2]
        # a mark's box ("-", "|") is no measure of the type: the word after it is
        tall = prev if any(c.isalnum() for c in prev.text) else word
        if gap > GAP_FACTOR * _height(tall):
            segments.append([word])
        else:
            segments[-1].append(word)
    return [make_line(seg) for seg in segments]


def make_line(words: list[Word]) -> Line:
    return Line(text=" ".join(w.text for w in words), words=words, bbox=union(w.bbox for w in words))


def union(boxes: Iterable[BBox]) -> BBox:
    xs0, ys0, xs1, ys1 = zip(*boxes, strict=True)
    return (min(xs0), min(ys0), max(xs1), max(ys1))
