"""OCR of page images: words with boxes (PDF points on the page as scanned, origin
top-left) and confidences.

Each page goes: blank check → the preprocessing chain (extractors/preprocess.py) → OCR
(extractors/tesseract.py); a page that reads poorly is asked for its orientation and read
again upright, keeping the better reading. A page whose Tesseract run times out comes back
with its `error` set ("OCR timed out after N s"), so it is flagged, not lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageOps

from core.models import Line, Page, TextSource, Word
from extractors import tesseract
from extractors.dates import MONTH_NAMES
from extractors.layout import grouped_lines, make_line
from extractors.preprocess import (
    BLANK_INK,
    CHAIN,
    OPENED,
    UNERASED,
    PageState,
    Step,
    Turn,
    grayscale,
    is_blank,
    prepare,
    straight_box,
    to_scan_box,
)
from extractors.tesseract import OcrTimeout, TesseractWord

PSM = 3  # full page layout analysis. Measured on the scanned samples: psm 11 (sparse text)
# finds columns of figures that psm 3 sometimes drops, but reads worse overall (fields
# 0.954 → 0.927 on clean 300 dpi scans); psm 6 worse still.
# Tesseract's own search for light-on-dark text is switched off (tessedit_do_invert=0):
# dark bands are inverted here beforehand (preprocess.invert_dark_regions).
# Rough pages (uneven light, specks) and scans below 250 dpi are thresholded locally
# (Sauvola), clean ones globally (Otsu). Measured on the scanned samples: Sauvola everywhere
# reads degraded 150 dpi scans better (fields 0.856 -> 0.890), phone photos (0.948 -> 0.976)
# and 200 dpi scans (0.944 -> 0.958), but clean 300 dpi scans worse (0.972 -> 0.954), and it
# costs Tesseract 12% more time.
LOCAL_THRESHOLD = "-c thresholding_method=2"
GLOBAL_THRESHOLD = "-c thresholding_method=0"
GOOD_READING = 70.0  # mean word confidence above which orientation is not questioned
NOISE_CONFIDENCE = 0.25  # Tesseract's guesses at smudges, seals and signatures
DOUBTED_MARK = 0.5  # a mark ("|", "—", ".") read with less confidence is taken for dirt
# but figures ("7-8,", "2024") and long words it may doubt and still read right are kept,
# with their low confidence: a line mixing sizes (a title beside a sidebar) is doubted whole
# ("April" before "16 through 17, 2018" in a table's cell, read right at confidence 0: the
# date's month, and with it the only sign that the course predates the designation), and
# an hours label's own word with a speck run into it ("hours’" at 20: "Contact" alone is no label)
DOUBTED_BUT_READ = re.compile(rf"\d\D?\d|[A-Za-z]{{6}}|^(?:{'|'.join(m.capitalize() for m in sorted(MONTH_NAMES))})[.,]?$"
                              r"|^(?i:hours?|hrs?)\W{0,2}$")
ROMAN_SLIPS = re.compile(r"^([Il|]{1,3})([.,;:)]?[-–—_~]?)$")  # "Year Il", "Level |.", "Year Il.-"
ROMAN_CONTEXT = re.compile(r"^(?:year|level|part|phase|module|session|tier|unit|step|"
                           r"institute|academy|course|seminar|program|volume|vol\.?)$", re.I)


def _fix(text: str, before: str) -> str:
    """Undo the OCR slips that change meaning: I read as l or | in roman numerals ("Il"
    anywhere, a lone "l" or "|" only after a word such as Year or Level)."""
    m = ROMAN_SLIPS.match(text)
    if m is None or (len(m.group(1)) == 1 and not ROMAN_CONTEXT.match(before)):
        return text
    return "I" * len(m.group(1)) + m.group(2)


OCR_VERSION = "56"  # part of the cache key: bump when OCR or preprocessing changes


@dataclass(frozen=True)
class Reading:
    lines: list[Line]  # in reading order; boxes on the page as scanned
    turn: Turn
    sideways: bool  # most words were taller than wide on the working image

    @property
    def letters(self) -> int:
        return sum(len(w.text) for line in self.lines for w in line.words)

    @property
    def quality(self) -> float:
        """Mean confidence (0-100) weighted by word length; 0 for no words."""
        words = [w for line in self.lines for w in line.words]
        letters = self.letters
        if not letters:
            return 0.0
        return sum(w.confidence * 100 * len(w.text) for w in words) / letters


def _mostly_tall(words: list[Word]) -> bool:
    """Most words are taller than wide: the page lies on its side."""
    long_words = [w for w in words if len(w.text) >= 3]
    tall = sum(1 for w in long_words if (w.bbox[3] - w.bbox[1]) > (w.bbox[2] - w.bbox[0]))
    return bool(long_words) and tall > len(long_words) / 2


Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class OcrWord:
    """A word Tesseract read and the reader kept, on the working image."""

    line: tuple[int, ...]  # Tesseract's line it belongs to (block, paragraph, line)
    text: str  # with roman-numeral slips undone
    confidence: float  # 0-1
    box: Box


def _kept(read: list[TesseractWord]) -> list[OcrWord]:
    """The words worth keeping (not Tesseract's guesses at smudges), slips undone."""
    out: list[OcrWord] = []
    for w in read:
        if w.confidence < NOISE_CONFIDENCE * 100 and not DOUBTED_BUT_READ.search(w.text):
            continue
        before = out[-1].text if out and out[-1].line == w.line else ""
        out.append(OcrWord(w.line, _fix(w.text, before), w.confidence / 100.0, w.box))
    return out


def _words(images: list[Image.Image], config: str) -> list[list[OcrWord]]:
    """The kept words of each image, all read in one Tesseract run."""
    return [_kept(read) for read in tesseract.words(images, config)]


HOURS_WORD = re.compile(r"^(?:hours?|hrs?)\.?:?$", re.I)


def _hours_beside(work: Image.Image, found: list[OcrWord], options: str) -> list[OcrWord]:
    """Figures right of an "Hours" heading that page layout analysis left out (a column of
    numbers in a table): that strip of the row is read again as one line of digits."""
    extra: list[OcrWord] = []
    for heading in found:
        if not HOURS_WORD.match(heading.text):
            continue
        x0, y0, x1, y1 = heading.box
        h = y1 - y0
        beside = [w for w in found if w.box[0] > x1 and any(c.isdigit() for c in w.text)
                  and abs((w.box[1] + w.box[3]) / 2 - (y0 + y1) / 2) < h]
        if beside or x1 + 20 >= work.width:
            continue
        left, top = int(x1 + 10), int(max(0, y0 - h / 2))
        strip = work.crop((left, top, work.width, int(y1 + h / 2)))
        ink = np.asarray(strip) < 128
        for w in found:  # what was read there already (the next heading)
            a, b, c, d = w.box
            ink[max(0, int(b) - top):max(0, int(d) - top),
                max(0, int(a) - left):max(0, int(c) - left)] = False
        if ink.mean() < BLANK_INK:  # nothing left unread: a heading that ends its row
            continue
        figure = _first_cluster(ink, h)
        if figure is not None:  # the figure alone, in black on white: on the whole strip
            a, c = figure  # Tesseract reads a scan's grey paper and specks, not the "24"
            left += a
            strip = Image.fromarray(np.where(ink[:, a:c], 0, 255).astype(np.uint8), mode="L")
            strip = ImageOps.expand(strip, border=int(h / 2), fill=255)
            left, top = left - int(h / 2), top - int(h / 2)
        (figures,) = _words([strip], f"--psm 7 -c tessedit_char_whitelist=0123456789., {options}")
        for w in figures:
            if any(ch.isdigit() for ch in w.text):
                a, b, c, d = w.box
                extra.append(OcrWord(heading.line, w.text, w.confidence,
                                     (a + left, b + top, c + left, d + top)))
    return extra


def _first_cluster(ink: np.ndarray, h: float) -> tuple[int, int] | None:
    """The columns of the first group of marks in a strip that is as tall and as inky as
    type (a figure, not specks): columns with ink at least two pixels deep, apart by less
    than half a letter's height. None where there is none."""
    cols = np.flatnonzero(ink.sum(axis=0) >= 2)
    if not cols.size:
        return None
    breaks = np.flatnonzero(np.diff(cols) > max(4, h / 2))
    starts = np.concatenate(([0], breaks + 1))
    ends = np.concatenate((breaks, [cols.size - 1]))
    for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
        c0, c1 = int(cols[a]), int(cols[b]) + 1
        rows = np.flatnonzero(ink[:, c0:c1].any(axis=1))
        if rows.size and rows[-1] - rows[0] + 1 >= h / 3 and ink[:, c0:c1].sum() >= h * h / 16:
            return c0, c1
    return None


def _options(page: PageState) -> str:
    """Tesseract's thresholding for the page (see LOCAL_THRESHOLD)."""
    return LOCAL_THRESHOLD if page.rough or page.low_res else GLOBAL_THRESHOLD


def _config(page: PageState) -> str:
    return f"--psm {PSM} {_options(page)}"


def _noise(words: list[Word]) -> bool:
    """A line of nothing but marks (a speck or a rule's remnant read as "-" or ":") or of
    one- and two-letter fragments Tesseract doubts (a seal, a scrawl, a logo read as
    "WV", "d", "ON"): it would only come between a name and its role."""
    return all(not any(c.isalnum() for c in w.text)
               or (len(w.text.strip(".,;:'\"-")) <= 2 and w.text.isalpha() and w.confidence < 0.7)
               for w in words)


def _reading(scan: Image.Image, prep: PageState, found: list[OcrWord],
             scale: tuple[float, float]) -> Reading:
    """Lines are formed on the upright working image (reading order), then every box is
    carried back to the page as scanned."""
    work, turn = prep.image, prep.turn
    found = found + _hours_beside(work, found, _options(prep))
    sx, sy = scale
    groups: dict[tuple[int, ...], list[Word]] = {}  # words on the straight page, by OCR line
    on_work: dict[int, Box] = {}  # their boxes on the work image
    for w in found:
        if w.confidence < DOUBTED_MARK and not any(c.isalnum() for c in w.text):
            continue  # a rule's end or a speck read as "|" or "." beside a word
        word = Word(text=w.text, bbox=straight_box(w.box, prep.lean, work.size),
                    confidence=max(0.0, min(1.0, w.confidence)), size=(w.box[3] - w.box[1]) * sy)
        groups.setdefault(w.line, []).append(word)
        on_work[id(word)] = w.box
    lines = []
    for line in grouped_lines(groups.values()):
        if _noise(line.words):
            continue
        words = []
        for straight in line.words:
            x0, y0, x1, y1 = to_scan_box(on_work[id(straight)], turn, scan.size, work.size)
            ux0, uy0, ux1, uy1 = straight.bbox
            words.append(straight.model_copy(update={"bbox": (x0 * sx, y0 * sy, x1 * sx, y1 * sy),
                                              "upright": (ux0 * sx, uy0 * sy, ux1 * sx, uy1 * sy)}))
        lines.append(make_line(words))
    upright_words = [w for group in groups.values() for w in group]
    return Reading(lines, turn, _mostly_tall(upright_words))


def _read(scan: Image.Image, quarter: int, low_res: bool, scale: tuple[float, float],
          chain: list[Step] = CHAIN) -> Reading:
    prep = prepare(scan, quarter, low_res, chain)
    (found,) = _words([prep.image], _config(prep))
    return _reading(scan, prep, found, scale)


def _clearer(opened: Reading, first: Reading) -> bool:
    """The reading of the page with its thin lines opened is kept where it reads clearly
    better and keeps most of the first reading's letters (text too fine to survive the
    opening would otherwise be lost for a cleaner-looking reading of less)."""
    return opened.quality >= first.quality + 5 and opened.letters >= 0.6 * first.letters


def _better(turned: Reading, first: Reading) -> bool:
    """Tesseract reads lines on their side fairly well, but in the wrong order: a reading
    whose words stand upright wins unless it is clearly worse."""
    if first.sideways and not turned.sideways:
        return turned.quality >= first.quality - 15
    return turned.quality > first.quality


def _righted(scan: Image.Image, reading: Reading, low_res: bool,
             scale: tuple[float, float]) -> Reading:
    """A page that reads poorly or lies on its side is asked for its orientation and read
    again turned; the better reading is kept."""
    if reading.quality >= GOOD_READING and not reading.sideways:
        return reading
    turn = tesseract.orientation(scan.reduce(2))  # needs no fine detail: 4x cheaper
    # OSD unsure, or sure that a page which reads poorly is upright (specks fool it):
    # a sideways page is tried both ways, a poor upright one upside down
    turns = [turn] if turn else [90, 270] if reading.sideways else [180]
    for quarter in (t for t in turns if t):
        turned = _read(scan, quarter, low_res, scale)
        reading = turned if _better(turned, reading) else reading
    return reading


@dataclass(frozen=True)
class Raster:
    """A page's image as the reader made it (rendered, or the scan itself)."""

    image: Image.Image
    low_res: bool = False  # scanned below 250 dpi: thresholded locally


@dataclass(frozen=True)
class PageImage:
    """A page to OCR: its image, where it comes from and the page's size in points."""

    image: Image.Image
    source: str
    number: int
    width_pt: float
    height_pt: float
    low_res: bool = False  # scanned below 250 dpi: thresholded locally


def _first_readings(works: list[Image.Image], config: str) -> list[list[OcrWord] | OcrTimeout]:
    """The words of every image in one Tesseract run; should the run time out, each image
    is read alone, so only the page that hangs Tesseract is lost."""
    try:
        return list(_words(works, config))
    except OcrTimeout as e:
        if len(works) == 1:
            return [e]
        return [one for work in works for one in _first_readings([work], config)]


def _finish(page: Page, p: PageImage, scan: Image.Image, prep: PageState,
            first: list[OcrWord] | OcrTimeout) -> None:
    """The page's lines and rotation from its first reading (turned and read again where
    it reads poorly); a Tesseract run that timed out leaves the page with its error."""
    scale = (page.width / scan.width, page.height / scan.height)
    try:
        if isinstance(first, OcrTimeout):
            raise first
        reading = _righted(scan, _reading(scan, prep, first, scale), p.low_res, scale)
        if reading.quality < GOOD_READING and "erase_rules" in prep.done:
            unerased = _read(scan, reading.turn.quarter, p.low_res, scale, UNERASED)
            reading = unerased if unerased.quality > reading.quality else reading
        if reading.quality < GOOD_READING:
            opened = _read(scan, reading.turn.quarter, False, scale, OPENED)
            reading = opened if _clearer(opened, reading) else reading
    except OcrTimeout as e:
        page.error = str(e)
        return
    page.lines, page.rotation = reading.lines, reading.turn.quarter


def ocr_pages(pages: list[PageImage]) -> list[Page]:
    """OCR page images; boxes are scaled to each page's size in points, origin top-left.
    The first reading of every page with the same thresholding is one Tesseract run."""
    tesseract.check()
    out, scans, preps = [], {}, {}
    for i, p in enumerate(pages):
        scan = grayscale(p.image)
        out.append(Page(source=p.source, number=p.number, width=p.width_pt,
                        height=p.height_pt, text_source=TextSource.ocr, blank=is_blank(scan)))
        if not out[-1].blank:
            scans[i], preps[i] = scan, prepare(scan, 0, p.low_res)
    for config in {_config(prep) for prep in preps.values()}:
        batch = [i for i, prep in preps.items() if _config(prep) == config]
        firsts = _first_readings([preps[i].image for i in batch], config)
        for i, first in zip(batch, firsts, strict=True):
            _finish(out[i], pages[i], scans[i], preps[i], first)
    return out

