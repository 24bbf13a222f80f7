"""Tesseract OCR through pytesseract: words with boxes (PDF points on the page as scanned,
origin top-left) and confidences.

Each page goes: blank check → deskew → OCR; a page that reads poorly is asked for its
orientation (Tesseract OSD) and read again upright, keeping the better reading.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytesseract
from PIL import Image

from core.errors import IntakeError
from core.models import Line, Page, TextSource, Word
from core.settings import get_settings
from extractors.layout import keyed_lines, make_line
from extractors.preprocess import (
    BLANK_INK,
    Turn,
    clean,
    deskew,
    grayscale,
    is_blank,
    osd_rotation,
    remove_rules,
    skew_angle,
    straight_box,
    to_scan_box,
    upright,
)

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one Tesseract thread per worker is fastest
SCRATCH = "/dev/shm" if os.path.isdir("/dev/shm") else None  # page images in memory, not on disk
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
LOW_RES = "intake_low_res"  # set in an image's info by the reader: scanned below 250 dpi
GOOD_READING = 70.0  # mean word confidence above which orientation is not questioned
NOISE_CONFIDENCE = 0.25  # Tesseract's guesses at smudges, seals and signatures
DOUBTED_MARK = 0.5  # a mark ("|", "—", ".") read with less confidence is taken for dirt
# but figures ("7-8,", "2024") and long words it may doubt and still read right are kept,
# with their low confidence: a line mixing sizes (a title beside a sidebar) is doubted whole
DOUBTED_BUT_READ = re.compile(r"\d\D?\d|[A-Za-z]{6}")
ROMAN_SLIPS = re.compile(r"^([Il|]{1,3})([.,;:)]?)$")  # "Year Il", "Level |.": misread numerals
ROMAN_CONTEXT = re.compile(r"^(?:year|level|part|phase|module|session|tier|unit|step|"
                           r"institute|academy|course|seminar|program|volume|vol\.?)$", re.I)


def _fix(text: str, before: str) -> str:
    """Undo the OCR slips that change meaning: I read as l or | in roman numerals ("Il"
    anywhere, a lone "l" or "|" only after a word such as Year or Level)."""
    m = ROMAN_SLIPS.match(text)
    if m is None or (len(m.group(1)) == 1 and not ROMAN_CONTEXT.match(before)):
        return text
    return "I" * len(m.group(1)) + m.group(2)


OCR_VERSION = "46"  # part of the cache key: bump when OCR or preprocessing changes


class TesseractMissing(IntakeError):
    pass


@lru_cache(maxsize=1)
def check_tesseract() -> None:
    """Once per process: every OCR'd page would otherwise search PATH again."""
    if shutil.which("tesseract") is None:
        raise TesseractMissing(
            "Tesseract is not installed; scanned pages cannot be read. "
            "Install it with: apt-get install tesseract-ocr"
        )


@dataclass(frozen=True)
class Reading:
    lines: list[Line]  # in reading order; boxes on the page as scanned
    turn: Turn
    sideways: bool  # most words were taller than wide on the working image

    @property
    def quality(self) -> float:
        """Mean confidence (0-100) weighted by word length; 0 for no words."""
        words = [w for line in self.lines for w in line.words]
        letters = sum(len(w.text) for w in words)
        if not letters:
            return 0.0
        return sum(w.confidence * 100 * len(w.text) for w in words) / letters


def _mostly_tall(words: list[Word]) -> bool:
    """Most words are taller than wide: the page lies on its side."""
    long_words = [w for w in words if len(w.text) >= 3]
    tall = sum(1 for w in long_words if (w.bbox[3] - w.bbox[1]) > (w.bbox[2] - w.bbox[0]))
    return bool(long_words) and tall > len(long_words) / 2


Box = tuple[float, float, float, float]
Found = list[tuple[tuple[int, ...], str, float, Box]]  # (line key, text, confidence 0-1, box)


def _tesseract_words(images: list[Image.Image], config: str) -> list[Found]:
    """Every word Tesseract reads on each image. Several images go to one Tesseract run
    as a list file: its start-up (loading the model) is paid once, which saves 60 to
    100 ms a page (measured on 300 dpi pages)."""
    with tempfile.TemporaryDirectory(dir=SCRATCH) as tmp:
        paths = [f"{tmp}/{i}.pgm" for i in range(len(images))]
        for image, path in zip(images, paths, strict=True):
            # uncompressed: far cheaper to write than pytesseract's PNG; and Tesseract
            # reads PGM with less system time than BMP (measured: 40 ms a page less)
            image.save(path, "PPM")
        source = paths[0]
        if len(paths) > 1:
            source = f"{tmp}/pages.txt"
            Path(source).write_text("\n".join(paths) + "\n")
        data = pytesseract.image_to_data(source, lang=get_settings().ocr_lang,
                                         config=f"{config} -c tessedit_do_invert=0",
                                         output_type=pytesseract.Output.DICT)
    out: list[Found] = [[] for _ in images]
    before: tuple[tuple[int, ...], str] = ((), "")  # the word before, on the same line
    for i, text in enumerate(data["text"]):
        conf = float(data["conf"][i])
        if not text.strip() or conf < NOISE_CONFIDENCE * 100 and not DOUBTED_BUT_READ.search(text):
            continue
        page = data["page_num"][i]
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        left, top = data["left"][i], data["top"][i]
        box = (left, top, left + data["width"][i], top + data["height"][i])
        text = _fix(text.strip(), before[1] if before[0] == (page, *key) else "")
        before = ((page, *key), text)
        out[page - 1].append((key, text, conf / 100.0, box))
    return out


HOURS_WORD = re.compile(r"^(?:hours?|hrs?)\.?:?$", re.I)


def _hours_beside(work: Image.Image, found: Found, options: str) -> Found:
    """Figures right of an "Hours" heading that page layout analysis left out (a column of
    numbers in a table): that strip of the row is read again as one line of digits."""
    extra: Found = []
    for key, text, _, box in found:
        if not HOURS_WORD.match(text):
            continue
        x0, y0, x1, y1 = box
        h = y1 - y0
        beside = [b for _, t, _, b in found if b[0] > x1 and any(c.isdigit() for c in t)
                  and abs((b[1] + b[3]) / 2 - (y0 + y1) / 2) < h]
        if beside or x1 + 20 >= work.width:
            continue
        left, top = int(x1 + 10), int(max(0, y0 - h / 2))
        strip = work.crop((left, top, work.width, int(y1 + h / 2)))
        ink = np.asarray(strip) < 128
        for _, _, _, (a, b, c, d) in found:  # what was read there already (the next heading)
            ink[max(0, int(b) - top):max(0, int(d) - top),
                max(0, int(a) - left):max(0, int(c) - left)] = False
        if ink.mean() < BLANK_INK:  # nothing left unread: a heading that ends its row
            continue
        (figures,) = _tesseract_words(
            [strip], f"--psm 7 -c tessedit_char_whitelist=0123456789., {options}")
        for _, t, conf, (a, b, c, d) in figures:
            if any(ch.isdigit() for ch in t):
                extra.append((key, t, conf, (a + left, b + top, c + left, d + top)))
    return extra


@dataclass(frozen=True)
class Prepared:
    """A page made ready for Tesseract: turned upright by `turn.quarter`, cleaned, turned
    straight by `turn.skew` where the skew matters, ruled lines removed."""

    work: Image.Image
    turn: Turn
    lean: float  # degrees of skew left in `work` (too small to turn the image for)
    options: str  # Tesseract's thresholding for this page

    @property
    def config(self) -> str:
        return f"--psm {PSM} {self.options}"


def _prepare(scan: Image.Image, quarter: int) -> Prepared:
    cleaned = clean(upright(scan, quarter))
    angle = skew_angle(cleaned.image)
    work, skew = deskew(cleaned.image, angle)
    work = remove_rules(work)  # once straight, ruled lines are long runs
    options = LOCAL_THRESHOLD if cleaned.rough or scan.info.get(LOW_RES) else GLOBAL_THRESHOLD
    return Prepared(work, Turn(quarter, skew), angle - skew, options)


def _noise(words: list[Word]) -> bool:
    """A line of nothing but marks (a speck or a rule's remnant read as "-" or ":") or of
    one- and two-letter fragments Tesseract doubts (a seal, a scrawl, a logo read as
    "WV", "d", "ON"): it would only come between a name and its role."""
    return all(not any(c.isalnum() for c in w.text)
               or (len(w.text.strip(".,;:'\"-")) <= 2 and w.text.isalpha() and w.confidence < 0.7)
               for w in words)


def _reading(scan: Image.Image, prep: Prepared, found: Found,
             scale: tuple[float, float]) -> Reading:
    """Lines are formed on the upright working image (reading order), then every box is
    carried back to the page as scanned."""
    work, turn = prep.work, prep.turn
    found = found + _hours_beside(work, found, prep.options)
    sx, sy = scale
    keyed, on_work = [], {}  # words placed on the straight page; their boxes on the work image
    for key, text, conf, box in found:
        if conf < DOUBTED_MARK and not any(c.isalnum() for c in text):
            continue  # a rule's end or a speck read as "|" or "." beside a word
        word = Word(text=text, bbox=straight_box(box, prep.lean, work.size),
                    confidence=max(0.0, min(1.0, conf)), size=(box[3] - box[1]) * sy)
        keyed.append((key, word))
        on_work[id(word)] = box
    upright_words = [w for _, w in keyed]
    lines = []
    for line in keyed_lines(keyed):
        if _noise(line.words):
            continue
        words = []
        for w in line.words:
            x0, y0, x1, y1 = to_scan_box(on_work[id(w)], turn, scan.size, work.size)
            ux0, uy0, ux1, uy1 = w.bbox
            words.append(w.model_copy(update={"bbox": (x0 * sx, y0 * sy, x1 * sx, y1 * sy),
                                              "upright": (ux0 * sx, uy0 * sy, ux1 * sx, uy1 * sy)}))
        lines.append(make_line(words))
    return Reading(lines, turn, _mostly_tall(upright_words))


def _read(scan: Image.Image, quarter: int, scale: tuple[float, float]) -> Reading:
    prep = _prepare(scan, quarter)
    (found,) = _tesseract_words([prep.work], prep.config)
    return _reading(scan, prep, found, scale)


def _better(turned: Reading, first: Reading) -> bool:
    """Tesseract reads lines on their side fairly well, but in the wrong order: a reading
    whose words stand upright wins unless it is clearly worse."""
    if first.sideways and not turned.sideways:
        return turned.quality >= first.quality - 15
    return turned.quality > first.quality


def _righted(scan: Image.Image, reading: Reading, scale: tuple[float, float]) -> Reading:
    """A page that reads poorly or lies on its side is asked for its orientation and read
    again turned; the better reading is kept."""
    if reading.quality >= GOOD_READING and not reading.sideways:
        return reading
    turn = osd_rotation(scan.reduce(2))  # orientation needs no fine detail: 4x cheaper
    # OSD unsure, or sure that a page which reads poorly is upright (specks fool it):
    # a sideways page is tried both ways, a poor upright one upside down
    turns = [turn] if turn else [90, 270] if reading.sideways else [180]
    for quarter in (t for t in turns if t):
        turned = _read(scan, quarter, scale)
        reading = turned if _better(turned, reading) else reading
    return reading


@dataclass(frozen=True)
class PageImage:
    """A page to OCR: its image and the page's size in points."""

    image: Image.Image
    source: str
    number: int
    width_pt: float
    height_pt: float


def ocr_pages(pages: list[PageImage]) -> list[Page]:
    """OCR page images; boxes are scaled to each page's size in points, origin top-left.
    The first reading of every page with the same thresholding is one Tesseract run."""
    check_tesseract()
    out, scans, preps = [], {}, {}
    for i, p in enumerate(pages):
        scan = grayscale(p.image)
        out.append(Page(source=p.source, number=p.number, width=p.width_pt,
                        height=p.height_pt, text_source=TextSource.ocr, blank=is_blank(scan)))
        if not out[-1].blank:
            scans[i], preps[i] = scan, _prepare(scan, 0)
    for config in {prep.config for prep in preps.values()}:
        batch = [i for i, prep in preps.items() if prep.config == config]
        for i, found in zip(batch, _tesseract_words([preps[i].work for i in batch], config),
                            strict=True):
            scan, page = scans[i], out[i]
            scale = (page.width / scan.width, page.height / scan.height)
            reading = _righted(scan, _reading(scan, preps[i], found, scale), scale)
            page.lines, page.rotation = reading.lines, reading.turn.quarter
    return out


def ocr_image(image: Image.Image, source: str, number: int, width_pt: float,
              height_pt: float) -> Page:
    """OCR one page image (see ocr_pages)."""
    return ocr_pages([PageImage(image, source, number, width_pt, height_pt)])[0]
