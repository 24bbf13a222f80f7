"""Words to lines in reading order.

Words on the same baseline form a line; a wide horizontal gap starts a new segment, so
two columns (a signature block beside a date) stay apart.
"""

from __future__ import annotations

from bisect import bisect_left
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
    column, even on a slightly skewed scan) left to right. A side column (a letterhead's
    list of officers beside the letter) is read after the text beside it, not line by line
    into it."""
    side = side_column(lines)
    if side is None:
        return _by_rows(lines)
    column, top, bottom, left = side
    ids = {id(ln) for ln in column}
    rest = [ln for ln in lines if id(ln) not in ids]
    beside = [ln for ln in rest if top <= _line_mid(ln) <= bottom]
    above = [ln for ln in rest if _line_mid(ln) < top]
    below = [ln for ln in rest if _line_mid(ln) > bottom]
    middle = _by_rows(column) + _by_rows(beside) if left else _by_rows(beside) + _by_rows(column)
    return _by_rows(above) + middle + _by_rows(below)


def _line_mid(line: Line) -> float:
    return (line.bbox[1] + line.bbox[3]) / 2


SIDE_SHARE = 0.4  # a side column is at most this share of the text's width
SIDE_LINES = 4  # lines a side column and the text beside it have each, at least


def side_column(lines: list[Line]) -> tuple[list[Line], float, float, bool] | None:
    """A narrow column of lines at the left or right of the page that no line crosses
    over its height, beside at least as many lines of other text whose rows are not its
    rows (a label column and its values share rows: that is a table, read row by row).
    Returns its lines, the top and bottom of its band and whether it stands on the left
    (read before the text beside it) or the right (after). Each candidate edge is one pass
    over the page's lines; the candidates are the column's distinct edges, at most 12."""
    if len(lines) < 2 * SIDE_LINES:
        return None
    x0 = min(ln.bbox[0] for ln in lines)
    x1 = max(ln.bbox[2] for ln in lines)
    narrow = SIDE_SHARE * (x1 - x0)
    # widest first: a column's narrower lines alone would leave its wider ones crossing
    lefts = sorted({round(ln.bbox[2]) for ln in lines if ln.bbox[2] - x0 <= narrow},
                   reverse=True)[:12]
    rights = sorted({round(ln.bbox[0]) for ln in lines if x1 - ln.bbox[0] <= narrow})[:12]
    for edge, left in [(g, True) for g in lefts] + [(g, False) for g in rights]:
        found = _column_at(lines, edge, left)
        if found is not None:
            return found
    return None


def _column_at(lines: list[Line], edge: float,
               left: bool) -> tuple[list[Line], float, float, bool] | None:
    if left:
        column = [ln for ln in lines if ln.bbox[2] <= edge + 0.5]
        other = [ln for ln in lines if ln.bbox[0] > edge + 6]
    else:
        column = [ln for ln in lines if ln.bbox[0] >= edge - 0.5]
        other = [ln for ln in lines if ln.bbox[2] < edge - 6]
    if len(column) < SIDE_LINES or len(other) < SIDE_LINES:
        return None
    top = max(min(ln.bbox[1] for ln in column), min(ln.bbox[1] for ln in other))
    bottom = min(max(ln.bbox[3] for ln in column), max(ln.bbox[3] for ln in other))
    column = [ln for ln in column if top <= _line_mid(ln) <= bottom]
    beside = [ln for ln in other if top <= _line_mid(ln) <= bottom]
    if len(column) < SIDE_LINES or len(beside) < SIDE_LINES:
        return None
    crossing = [ln for ln in lines if ln.bbox[0] < edge - 0.5 < edge + 6 < ln.bbox[2]
                and top <= _line_mid(ln) <= bottom] if left else \
        [ln for ln in lines if ln.bbox[0] < edge - 6 and ln.bbox[2] > edge + 0.5
         and top <= _line_mid(ln) <= bottom]
    if crossing:
        return None
    mids = sorted(_line_mid(ln) for ln in beside)
    shared = sum(1 for ln in column if _has_row(mids, _line_mid(ln), ln.bbox[3] - ln.bbox[1]))
    if shared > 0.5 * len(column):
        return None  # labels beside their values: a table
    return column, top, bottom, left


def _has_row(mids: list[float], mid: float, height: float) -> bool:
    i = bisect_left(mids, mid - 0.5 * height)
    return i < len(mids) and mids[i] <= mid + 0.5 * height


def _by_rows(lines: list[Line]) -> list[Line]:
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
