"""Security-paper background, recognised and set aside before extraction.

Transcripts and certificates are printed on paper whose background is text too: tiny
repeated or rotated words ("UNIVERSITY OF ... UNIVERSITY OF ..."), a microprint border,
a diagonal "COPY" watermark, very light tints. None of it is a fact of the document, and
read as words it buries the real lines (thousands of words per page) and leaks into
titles, providers and names.

Two kinds of test:

- on a text layer's characters (pdfplumber `chars`), before they become words:
  `CharTest` says whether one character is oblique, tiny or faint (a light colour that
  is not printed on a dark band, as a white heading on a coloured ribbon is);
- on a page's words (the shared model), for text layers and OCR'd pages alike:
  `set_aside` drops tiled lines (one short phrase repeated along the line, on several
  lines of the page), undecodable glyphs (`(cid:N)`), and on OCR'd pages the tiny
  doubtful words a faint background leaves after binarization (most of a faint
  background is gone by then: measured on samples/security_paper's scans).

Every test is one pass over the page's characters or words (a grid of dark boxes keeps
the contrast test cheap), so the cost grows with the page, not with its square.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from statistics import median
from typing import Any

from core.models import Line, Page, TextSource, Word
from extractors.layout import make_line

TINY_PT = 4.5  # text-layer characters smaller than this are microprint or background
ROTATED_DEG = 2.0  # characters turned more than this from a quarter turn are oblique
FAINT = 0.8  # fill luminance (0 black .. 1 white) above which text is too light to be print
DARK = 0.5  # a filled shape at most this luminous is a band light text may be printed on
GRID = 36.0  # points: cell size of the index of dark shapes

TILE_MAX_WORDS = 8  # the repeated phrase of a tiled line has at most this many words ("X STATE UNIVERSITY OFFICIAL TRANSCRIPT")
TILE_REPEATS = 3  # ... repeated at least this many times along the line
TILE_LINES = 3  # ... on at least this many lines of the page
TILE_MIN_LETTERS = 4  # ... and spells at least this many letters

OCR_TINY = 0.35  # OCR words lower than this share of the body text's height ...
OCR_DOUBTFUL = 0.5  # ... and read with less confidence than this are background

CID = re.compile(r"\(cid:\d+\)")


# ---------------------------------------------------------------- text-layer characters

def luminance(colour: Any) -> float:
    """0 (black) .. 1 (white) for a pdfplumber colour (grey, RGB or CMYK tuple); 0 for
    anything else (no colour set, a pattern name)."""
    if isinstance(colour, int | float):
        colour = (colour,)
    if not isinstance(colour, list | tuple) or not all(isinstance(v, int | float) for v in colour):
        return 0.0
    if len(colour) == 1:
        return float(colour[0])
    if len(colour) == 3:
        r, g, b = colour
        return 0.299 * r + 0.587 * g + 0.114 * b
    if len(colour) == 4:
        c, m, y, k = colour
        return 0.299 * (1 - c) * (1 - k) + 0.587 * (1 - m) * (1 - k) + 0.114 * (1 - y) * (1 - k)
    return 0.0


def rotation(matrix: Sequence[float]) -> float:
    """Degrees a character's text matrix turns it from the horizontal (0 upright)."""
    a, b = float(matrix[0]), float(matrix[1])
    return abs(math.degrees(math.atan2(b, a)))


def font_size(char: Mapping[str, Any]) -> float:
    """A character's size across its line: pdfplumber's `size` (its box's height) for
    upright text; its box's width for text turned a quarter (where `size` is the width of
    the letter along the line)."""
    matrix = char.get("matrix")
    if matrix is not None and len(matrix) >= 2 and abs(float(matrix[1])) > abs(float(matrix[0])):
        return float(char["x1"]) - float(char["x0"])
    return float(char.get("size") or TINY_PT)


def oblique(matrix: Sequence[float]) -> bool:
    """Turned by more than ROTATED_DEG from every quarter turn (a diagonal watermark,
    tiled rows at 30 degrees). Quarter-turned text is a page's orientation (a landscape
    certificate drawn on a portrait page) or a margin label, and stays as it was read;
    the turned microprint of a border is tiny anyway."""
    off = rotation(matrix) % 90.0
    return min(off, 90.0 - off) > ROTATED_DEG


class DarkShapes:
    """The filled dark rectangles and curves of a page (bands, ribbons, boxes), indexed
    in a grid so a point is tested against the few shapes near it."""

    def __init__(self, shapes: Iterable[Mapping[str, Any]]) -> None:
        self.cells: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
        for s in shapes:
            if not s.get("fill") or luminance(s.get("non_stroking_color")) > DARK:
                continue
            box = (float(s["x0"]), float(s["top"]), float(s["x1"]), float(s["bottom"]))
            for cx in range(int(box[0] // GRID), int(box[2] // GRID) + 1):
                for cy in range(int(box[1] // GRID), int(box[3] // GRID) + 1):
                    self.cells.setdefault((cx, cy), []).append(box)

    def under(self, x: float, y: float) -> bool:
        boxes = self.cells.get((int(x // GRID), int(y // GRID)), ())
        return any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in boxes)


def _style(char: Mapping[str, Any]) -> tuple[Any, ...]:
    colour = char.get("non_stroking_color")
    return (tuple(colour) if isinstance(colour, list | tuple) else colour,
            round(float(char.get("size") or 0.0), 1), char.get("fontname"))


class CharTest:
    """Which characters of a text layer are background: tiny, oblique, faint (light ink),
    or of a style (colour, size, font) that spells nothing but a few words over and over
    ("VOID VOID VOID ...", `tiled_styles`). Light ink is print where it sits on a dark
    shape (a white heading on a coloured band), unless most characters of the same style
    lie on the bare page: then they are one background pattern that a band happens to
    cover."""

    def __init__(self, chars: Iterable[Mapping[str, Any]],
                 shapes: Iterable[Mapping[str, Any]]) -> None:
        self.dark = DarkShapes(shapes)
        chars = list(chars)
        on, off = Counter[tuple[Any, ...]](), Counter[tuple[Any, ...]]()
        for char in chars:
            if self._faint(char) and not self._small_or_turned(char):
                (on if self._on_dark(char) else off)[_style(char)] += 1
        self.pattern = {style for style, n in off.items() if n > on[style]}
        self.tiled = tiled_styles(chars)

    def __call__(self, char: Mapping[str, Any]) -> bool:
        if self._small_or_turned(char) or (self.tiled and _style(char) in self.tiled):
            return True
        if not self._faint(char):
            return False
        return _style(char) in self.pattern or not self._on_dark(char)

    @staticmethod
    def _small_or_turned(char: Mapping[str, Any]) -> bool:
        matrix = char.get("matrix")
        if matrix is not None and len(matrix) >= 2 and oblique(matrix):
            return True
        return font_size(char) < TINY_PT

    @staticmethod
    def _faint(char: Mapping[str, Any]) -> bool:
        return luminance(char.get("non_stroking_color")) >= FAINT

    def _on_dark(self, char: Mapping[str, Any]) -> bool:
        x = (float(char["x0"]) + float(char["x1"])) / 2
        y = (float(char["top"]) + float(char["bottom"])) / 2
        return self.dark.under(x, y)


STYLE_TILE_WORDS = 60  # a style spelling at least this many words ...
STYLE_TILE_SHARE = 0.85  # ... this share of them TILE_MAX_WORDS distinct words: a pattern


def tiled_styles(chars: Iterable[Mapping[str, Any]]) -> set[tuple[Any, ...]]:
    """Styles whose characters spell a tiled pattern: many words, nearly all of them one
    of a few (a background phrase repeated row after row, whatever its size or colour).
    Words are runs of characters of one style that touch on one baseline, in the order
    the page draws them."""
    words: dict[tuple[Any, ...], Counter[str]] = {}
    current: dict[tuple[Any, ...], tuple[list[str], Mapping[str, Any]]] = {}
    for char in chars:
        style = _style(char)
        text = str(char.get("text", ""))
        run = current.get(style)
        if run is not None and (not text.strip() or not _touches(run[1], char)):
            words.setdefault(style, Counter())["".join(run[0])] += 1
            run = None
            current.pop(style)
        if text.strip():
            if run is None:
                current[style] = ([text], char)
            else:
                run[0].append(text)
                current[style] = (run[0], char)
    for style, (run_letters, _) in current.items():
        words.setdefault(style, Counter())["".join(run_letters)] += 1
    tiled = set()
    for style, counts in words.items():
        # separators between the repeats ("•", "*", an undecodable "(cid:127)") spell nothing
        counts = Counter({w: n for w, n in counts.items() if any(c.isalpha() for c in CID.sub("", w))})
        total = sum(counts.values())
        if total < STYLE_TILE_WORDS:
            continue
        common = counts.most_common(TILE_MAX_WORDS)
        letters = sum(c.isalpha() for word, _ in common for c in word)
        if sum(n for _, n in common) >= STYLE_TILE_SHARE * total and letters >= TILE_MIN_LETTERS:
            tiled.add(style)
    return tiled


def _touches(prev: Mapping[str, Any], char: Mapping[str, Any]) -> bool:
    size = float(char.get("size") or 1.0)
    return (abs(float(char["top"]) - float(prev["top"])) < 0.5 * size
            and -0.5 * size < float(char["x0"]) - float(prev["x1"]) < 0.25 * size)


# ---------------------------------------------------------------- words of a page

def set_aside(page: Page) -> Page:
    """The page without its background words (tiled lines, undecodable glyphs, and on
    OCR'd pages tiny doubtful words); the page itself when there are none."""
    lines = [kept for line in page.lines if (kept := _clean_line(line)) is not None]
    periods = [_period(line) for line in lines]
    tiled = tiled_phrases(periods)
    lines = [line for line, period in zip(lines, periods, strict=True) if period not in tiled]
    if page.text_source == TextSource.ocr:
        lines = _without_tiny_doubts(lines)
    if lines == page.lines:
        return page
    return page.model_copy(update={"lines": lines})


def _clean_line(line: Line) -> Line | None:
    """The line without `(cid:N)` glyphs (a font without a character map); None when
    nothing is left."""
    if "(cid:" not in line.text:
        return line
    words = []
    for w in line.words:
        text = CID.sub("", w.text).strip()
        if text:
            words.append(w if text == w.text else w.model_copy(update={"text": text}))
    return make_line(words) if words else None


def _period(line: Line) -> tuple[str, ...] | None:
    """The phrase a line repeats end to end ("UNIVERSITY OF IOWA UNIVERSITY OF IOWA
    UNIVERSITY OF ..."), as its sorted words (any phase of the repeat gives the same key);
    None for an ordinary line. The first and last words may be cut by the page edge."""
    tokens = [w.text.upper().strip(".,;:-") for w in line.words]
    if len(tokens) < TILE_REPEATS:
        return None
    for size in range(1, TILE_MAX_WORDS + 1):
        for inner in (tokens, tokens[1:-1]):
            if len(inner) >= TILE_REPEATS * size and all(
                    t == inner[i % size] for i, t in enumerate(inner)):
                phrase = inner[:size]
                if sum(c.isalpha() for t in phrase for c in t) >= TILE_MIN_LETTERS:
                    return tuple(sorted(phrase))
    return None


def tiled_phrases(periods: Iterable[tuple[str, ...] | None]) -> set[tuple[str, ...]]:
    """Of the lines' phrases (`_period`), those repeated along at least TILE_LINES lines
    of the page: a tiled pattern."""
    counts = Counter(p for p in periods if p is not None)
    return {p for p, n in counts.items() if n >= TILE_LINES}


def _without_tiny_doubts(lines: list[Line]) -> list[Line]:
    """OCR lines without the words a faint background leaves after binarization: words
    (two letters or more; marks and dashes stay) far lower than the body text and read
    with doubt. Heights, not sizes in points: a photo's points are not the page's."""
    sure = [w.bbox[3] - w.bbox[1] for line in lines for w in line.words
            if w.confidence >= 0.8 and len(w.text) >= 3]
    if not sure:
        return lines
    body = median(sure)
    out: list[Line] = []
    for line in lines:
        words = [w for w in line.words if not _tiny_doubt(w, body)]
        if len(words) == len(line.words):
            out.append(line)
        elif words:
            out.append(make_line(words))
    return out


def _tiny_doubt(word: Word, body: float) -> bool:
    return (sum(c.isalnum() for c in word.text) >= 2 and word.confidence < OCR_DOUBTFUL
            and word.bbox[3] - word.bbox[1] < OCR_TINY * body)
