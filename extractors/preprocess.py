"""Page-image preparation for OCR with Pillow and NumPy: one named chain of steps (CHAIN),
each a function from a PageState to the next, each changing the image only where the page
shows the need; blank-page detection; and mapping boxes back to the page as it was
scanned. (The page's orientation is Tesseract's to tell: extractors/tesseract.py.)"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
from PIL import Image, ImageFilter, ImageOps

BLANK_INK = 0.002  # a page with less dark ink than this (share of pixels) is blank
DESKEW_LIMIT = 4.0  # degrees searched either way
DESKEW_MIN = 0.8  # smaller skews are left alone: Tesseract and its line grouping cope


@dataclass(frozen=True)
class Turn:
    """How the working image was made from the scan: a clockwise quarter turn, then a
    small deskew (degrees counter-clockwise, as Pillow rotates)."""

    quarter: int = 0
    skew: float = 0.0


def grayscale(image: Image.Image) -> Image.Image:
    return ImageOps.grayscale(image) if image.mode != "L" else image


def flatten_background(image: Image.Image) -> Image.Image:
    """Divide out uneven lighting (phone photos, gradients, yellowed paper): each pixel
    relative to a blurred estimate of the paper around it."""
    a = np.asarray(image, dtype=np.float32)
    small = image.reduce(8).filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(4))
    bg = np.asarray(small.resize(image.size, Image.Resampling.BILINEAR), dtype=np.float32)
    out = np.clip(a / np.maximum(bg, 1.0) * 255.0, 0, 255).astype(np.uint8)
    return Image.fromarray(out, mode="L")


def _rank(a: np.ndarray, r: int, op: np.ufunc) -> np.ndarray:
    """Pillow's MaxFilter/MinFilter(2r+1) (op np.maximum/np.minimum, edges repeated) in two
    one-dimensional passes: on the small masks here 10-50x faster."""
    h, w = a.shape
    p = np.pad(a, r, mode="edge")
    rows = op.reduce([p[i:i + h] for i in range(2 * r + 1)])
    return op.reduce([rows[:, j:j + w] for j in range(2 * r + 1)])  # type: ignore[no-any-return]


def grow(a: np.ndarray, r: int) -> np.ndarray:
    return _rank(a, r, np.maximum)


def shrink(a: np.ndarray, r: int) -> np.ndarray:
    return _rank(a, r, np.minimum)


def invert_dark_regions(image: Image.Image) -> Image.Image:
    """Light text on dark bands (letterheads, banners) made dark on light, the only way
    Tesseract reads it. Only dark areas at least 1/5 inch both ways count as bands (the
    heavy strokes of large bold type must not be inverted); a band with no light marks in
    it (a solid bar, a border, the desk around a photo) simply becomes paper."""
    small = image.reduce(12).filter(ImageFilter.MedianFilter(5))  # about 1/5-inch windows
    dark = np.asarray(small) < 100
    if not dark.any():
        return image
    bands = grow(shrink(dark, 2), 2)  # opening
    if not bands.any():
        return image
    cells = shrink(grow(bands, 4), 4)  # the bands, their letters filled in
    core = shrink(cells, 1)  # away from their edges
    quarter = np.asarray(image.reduce(4))
    inside = quarter[np.repeat(np.repeat(core, 3, 0), 3, 1)[:quarter.shape[0], :quarter.shape[1]]]
    if inside.size == 0:
        return image
    ys, xs = np.nonzero(cells)
    box = (int(xs.min()) * 12, int(ys.min()) * 12,
           min(image.width, (int(xs.max()) + 1) * 12), min(image.height, (int(ys.max()) + 1) * 12))
    region = image.crop(box)
    mask = Image.fromarray(cells.astype(np.uint8) * 255, mode="L") \
        .crop((box[0] // 12, box[1] // 12, -(-box[2] // 12), -(-box[3] // 12))) \
        .resize(region.size, Image.Resampling.NEAREST)
    out = image.copy()
    if (inside > 128).mean() < 0.005:  # a solid bar, a border, the desk around a photo:
        out.paste(255, box, mask)  # what inverting would make of it, without the work
        return out
    paper = 255.0 - float(np.median(inside)) or 255.0  # the band's paper, inverted
    lifted = ImageOps.invert(region).point(lambda v: min(255, int(v * 255 / paper)))
    out.paste(Image.composite(lifted, region, mask), box[:2])
    return out


def despeckle(image: Image.Image) -> Image.Image:
    """Lone specks become paper, then a 3x3 median evens out the strokes and the smaller
    dots. Measured on the 150 dpi samples (fields): the median alone 0.890, the specks
    removal alone 0.771, both 0.938."""
    return remove_specks(image).filter(ImageFilter.MedianFilter(3))


def lone_specks(dark: np.ndarray) -> np.ndarray:
    """Dark dots of one or two pixels with no other ink within 4 pixels. (Measured on the
    150 dpi samples, fields: allowing a neighbouring speck 0.943 -> 0.928; dots of up to
    2x2 pixels took full stops from initials, 0.923 -> 0.920.)"""
    near = _window_sum(dark, 1)
    return dark & (near <= 2) & (_window_sum(dark, 4) == near)  # type: ignore[no-any-return]


def remove_specks(image: Image.Image) -> Image.Image:
    """Lone dots (found at half resolution, where a speck of a 150 dpi scan is one or two
    pixels) become paper, with the pixel ring around them."""
    half = np.asarray(image.reduce(2)) < 160
    specks = lone_specks(half)
    if not specks.any():
        return image
    h, w = image.height, image.width
    mask = np.repeat(np.repeat(grow(specks, 1), 2, 0), 2, 1)[:h, :w]
    out = np.asarray(image).copy()
    out[:mask.shape[0], :mask.shape[1]][mask] = 255
    return Image.fromarray(out, mode="L")


def _window_sum(a: np.ndarray, r: int) -> np.ndarray:
    """Sum of `a` over the (2r+1)x(2r+1) window around every pixel (zero outside)."""
    c = np.pad(a.astype(np.int32), ((r + 1, r), (r + 1, r))).cumsum(0).cumsum(1)
    k = 2 * r + 1
    return c[k:, k:] - c[:-k, k:] - c[k:, :-k] + c[:-k, :-k]  # type: ignore[no-any-return]


def speck_density(image: Image.Image) -> float:
    """Dust and salt-and-pepper per megapixel, counted at half resolution in a band across
    the middle of the page: dark dots of one or two pixels with no other ink within 4
    pixels. Punctuation and i-dots sit close to letters, so text barely counts (measured:
    clean pages 0-100, salt-and-pepper scans 140 and up)."""
    w, h = image.size
    a = np.asarray(image.crop((w // 4, 3 * h // 8, 3 * w // 4, 5 * h // 8)).reduce(2)) < 128
    if not a.size:
        return 0.0
    return float(lone_specks(a).sum() / a.size * 1e6)


def background_spread(image: Image.Image) -> float:
    """How much the paper's brightness varies across the page (0 for even lighting)."""
    paper = grow(np.asarray(image.reduce(16)), 4).astype(np.float32)
    return float(np.percentile(paper, 90) - np.percentile(paper, 10))


def _spans(dark: np.ndarray, k: int) -> list[tuple[int, int, int]]:
    """(line, first cell, cell after the last) of every run of at least k dark cells
    along each line, one cell longer at both ends: a rule's end lies anywhere in its last
    cell."""
    padded = np.zeros((dark.shape[0], dark.shape[1] + 2), np.int8)
    padded[:, 1:-1] = dark
    edges = np.diff(padded, axis=1)
    lines, starts = np.nonzero(edges == 1)
    _, ends = np.nonzero(edges == -1)  # the same order (row-major), one end for each start
    n = dark.shape[1]
    return [(line, max(0, a - 1), min(n, b + 1))
            for line, a, b in zip(lines.tolist(), starts.tolist(), ends.tolist(), strict=True)
            if b - a >= k]


RULE_EDGE = 2  # pixels either side of a rule's dark core
RULE_LEVEL = 150  # a cell darker than this on white paper (scaled to the paper's tone) is ink


def _thin(dark: np.ndarray, spans: list[tuple[int, int, int]], size: int) -> list[tuple[int, int, int]]:
    """The runs that are rules: paper on at least one side of them, a few pixels off. A
    row of text that a security paper's wavy line runs through darkens a long run of cells
    too, but ink stands above and below it along most of its length."""
    off = max(3, size // 400)  # cells of 2 pixels: 6 pixels at 150 dpi, 12 at 300
    n = dark.shape[0]
    out = []
    for line, a, b in spans:
        if line - off < 0 or line + off >= n:
            out.append((line, a, b))
            continue
        above, below = dark[line - off, a:b].mean(), dark[line + off, a:b].mean()
        if min(above, below) < 0.5:
            out.append((line, a, b))
    return out


def remove_rules(image: Image.Image) -> Image.Image:
    """White out ruled lines and box edges (forms, tables, certificate borders), which
    Tesseract otherwise reads as letters or lets swallow the text they touch. Rules are
    found on cells 8 pixels along the line by 2 across (a 1-pixel rule still darkens its
    cells): 16x less work than the page itself."""
    w, h = image.size
    k = max(3, w // 12 // 8)  # a rule is at least 1/12 of the page width long
    along, across = np.asarray(image.reduce((8, 2))), np.asarray(image.reduce((2, 8)))
    # dark against the paper: on grey paper a row of bold text darkens its cells below a
    # fixed level too, and would be erased as a rule
    level = min(RULE_LEVEL, median_tone(along) * RULE_LEVEL / 255)
    dark_rows, dark_cols = along < level, (across < level).T
    rows = _thin(dark_rows, _spans(dark_rows, k), w)
    cols = _thin(dark_cols, _spans(dark_cols, k), h)
    if not rows and not cols:
        return image
    out = image.copy()
    edge = RULE_EDGE  # a scanned rule's blurred edges go too: Tesseract reads them as lines
    for r, a, b in rows:
        out.paste(255, (a * 8, max(0, 2 * r - edge), min(w, b * 8), min(h, 2 * r + 2 + edge)))
    for c, a, b in cols:
        out.paste(255, (max(0, 2 * c - edge), a * 8, min(w, 2 * c + 2 + edge), min(h, b * 8)))
    return out


def _tiles(a: np.ndarray, t: int) -> np.ndarray:
    """The share of True in each t x t tile of `a` (a partial last row or column dropped)."""
    h, w = a.shape[0] // t, a.shape[1] // t
    return a[:h * t, :w * t].reshape(h, t, w, t).mean((1, 3))  # type: ignore[no-any-return]


INK = 128  # tones darker than this are ink
LAYER_GAP = 24  # tones this far below the paper's or more are marks, not paper
PATTERNED = 0.6  # share of the ink-free tiles carrying a light pattern: security paper
EDGE_PATTERNED = 0.5  # ... and of the ink-free tiles along the sheet's edge
LAYER_FLOOR = 144  # a layer with tones darker than this is too close to ink to set aside


def light_layer_cut(image: Image.Image) -> int | None:
    """The tone from which a light patterned layer printed under the text (security paper:
    tiled or turned rows of tiny text, guilloches, a watermark) begins, where the page has
    one; None where it has not. Measured on every other pixel, in tiles of about 1/3
    inch (1/25 of the page width): a tile "carries the pattern" when 3% to 60% of its
    pixels are light marks (between INK and the paper's tone less LAYER_GAP), a texture
    of strokes on paper. The page has such a layer when it has dark ink (0.3% of the page
    or more), most of the ink-free tiles carry the pattern, and so do most of those along
    the sheet's edge, where documents leave a margin. Measured on the scanned samples:
    security paper 0.86-1.00 of the ink-free tiles (faint looks at 200 dpi, already
    lost in the scan, 0.06-0.42); plain scans up to 0.10; phone photos up to 0.28 (shaded
    corners: solid tones, not a texture); a page of faint text has no dark ink, and faint
    text beside dark headings leaves the margins clear."""
    a = np.asarray(image)[::2, ::2]
    if (a < INK).mean() < 0.003:
        return None
    paper = median_tone(a)
    t = max(8, a.shape[1] // 25)
    dark = _tiles(a < INK, t)
    marks = (a >= INK) & (a < paper - LAYER_GAP)
    band = _tiles(marks, t)
    free = dark < 0.002  # no ink in the tile (1 pixel in 500 at most)
    patterned = free & (band > 0.03) & (band < 0.6)
    if free.sum() < 20 or patterned.sum() < PATTERNED * free.sum():
        return None
    edge = np.zeros_like(free)
    edge[[0, -1], :] = edge[:, [0, -1]] = True
    if (patterned & edge).sum() < EDGE_PATTERNED * (free & edge).sum():
        return None
    inside = np.repeat(np.repeat(patterned, t, 0), t, 1)
    tones = a[:inside.shape[0], :inside.shape[1]][inside & marks[:inside.shape[0], :inside.shape[1]]]
    cut = int(np.percentile(tones, 2)) - 8  # the layer's darkest strokes go too
    return cut if cut >= LAYER_FLOOR else None


def median_tone(a: np.ndarray) -> int:
    """int(np.median(a)) of a uint8 array from its histogram (no sort of the pixels)."""
    order = np.cumsum(np.bincount(a.ravel(), minlength=256))
    n = a.size
    low = int(np.searchsorted(order, (n - 1) // 2, side="right"))
    high = int(np.searchsorted(order, n // 2, side="right"))
    return int((low + high) / 2)


def whiten_above(image: Image.Image, cut: int) -> Image.Image:
    """Every tone at `cut` or lighter set to paper white, except beside the ink (within
    1/100 inch of a pixel darker than INK): the thin and blurred strokes of the text
    itself (Courier's at 200 dpi are 160-180) stay as they were."""
    a = np.asarray(image)
    near = grow(a < INK, max(1, round(image.width / 850)))
    out = np.where((a >= cut) & ~near, np.uint8(255), a)
    return Image.fromarray(out, mode="L")


def otsu_level(a: np.ndarray) -> int:
    """Otsu's global threshold of a grayscale array (the tone that best splits its
    histogram in two), as Tesseract's thresholding_method=0 finds it: tones below are ink."""
    return otsu_level_of(np.bincount(a.ravel(), minlength=256))


def otsu_level_of(hist: np.ndarray) -> int:
    """Otsu's level from a 256-bin histogram (one pass over the pixels, shared)."""
    p = hist.astype(np.float64)
    p /= p.sum()
    w = np.cumsum(p)
    mu = np.cumsum(p * np.arange(256))
    between = (mu[-1] * w - mu) ** 2 / np.maximum(w * (1 - w), 1e-12)
    return int(between.argmax()) + 1


BLACKENED = 0.03  # share of the page a global threshold may add to the ink, at most


def global_threshold_blackens(image: Image.Image) -> bool:
    """A global threshold would turn a broad light area to ink: Otsu's level splits the
    paper from a light layer rather than the ink from the paper, and what falls below it
    is more than twice the ink and 3% of the page beyond it. (Seen on a security-paper
    certificate whose table rules were erased: with less dark ink left, the level moved
    from 137 to 220 and the background rows came out black. Measured on the scanned
    samples: every other page thresholded globally adds 0.1% or less.)"""
    a = np.asarray(image)[::2, ::2]
    hist = np.bincount(a.ravel(), minlength=256)
    share = np.cumsum(hist) / max(1, a.size)  # share[t]: tones t and darker
    below = float(share[otsu_level_of(hist) - 1])
    ink = float(share[INK - 1])
    return below > 2 * ink and below - ink > BLACKENED


SPECKLED = 100.0  # lone dots per megapixel above which a page is despeckled
UNEVEN = 20.0  # paper brightness spread (0-255) above this: flatten the background


def _small(image: Image.Image, width: int = 800) -> np.ndarray:
    """A thumbnail about `width` pixels wide, by box averaging (fast)."""
    factor = max(1, round(image.width / width))
    return np.asarray(image.reduce(factor) if factor > 1 else image, dtype=np.uint8)


def ink_share(image: Image.Image) -> float:
    """Share of dark pixels, ignoring a 3% margin where scanners leave edges."""
    a = _small(image)
    h, w = a.shape
    my, mx = int(h * 0.03), int(w * 0.03)
    core = a[my:h - my, mx:w - mx]
    return float((core < 128).mean()) if core.size else 0.0


def is_blank(image: Image.Image) -> bool:
    return ink_share(image) < BLANK_INK


def skew_angle(image: Image.Image) -> float:
    """The small rotation that makes text lines horizontal: the angle whose row profile
    of dark pixels is the most peaked (projection-profile method), searched in whole
    degrees, then in quarter degrees around the best."""
    a = _small(image, 600) < 128
    ys, xs = np.nonzero(a)
    if len(xs) < 200:
        return 0.0
    ys, xs = ys - ys.mean(), xs - xs.mean()

    def peakedness(angle: float) -> float:
        t = np.deg2rad(angle)
        rows = np.round(ys * np.cos(t) - xs * np.sin(t)).astype(int)
        return float((np.bincount(rows - rows.min()).astype(np.float64) ** 2).sum())

    coarse = max(np.arange(-DESKEW_LIMIT, DESKEW_LIMIT + 0.01, 1.0), key=peakedness)
    fine = np.arange(coarse - 0.75, coarse + 0.76, 0.25)
    return float(max(fine[np.abs(fine) <= DESKEW_LIMIT], key=peakedness))


def deskew(image: Image.Image, angle: float) -> tuple[Image.Image, float]:
    """The image turned by `angle` and the angle turned: 0 for skews too small to matter
    to Tesseract (rows far apart still drift: see straight_box)."""
    if abs(angle) < DESKEW_MIN:
        return image, 0.0
    return image.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255), angle


def upright(image: Image.Image, clockwise: int) -> Image.Image:
    return image.rotate(-clockwise, expand=True) if clockwise else image


def to_scan_box(box: tuple[float, float, float, float], turn: Turn, size: tuple[int, int],
                work_size: tuple[int, int]) -> tuple[float, float, float, float]:
    """A box on the working image back on the scan as it came (pixels)."""
    x0, y0, x1, y1 = box
    if turn.skew:
        x0, y0, x1, y1 = _unskew(box, turn.skew, work_size)
    w, h = size  # the scan's size; the working image is it turned by turn.quarter
    q = turn.quarter % 360
    if q == 0:
        return x0, y0, x1, y1
    if q == 180:
        return w - x1, h - y1, w - x0, h - y0
    if q == 90:  # turned clockwise: working (x, y) shows scan (y, h - x)
        return y0, h - x1, y1, h - x0
    return w - y1, x0, w - y0, x1  # 270 clockwise: working (x, y) shows scan (w - y, x)


def straight_box(box: tuple[float, float, float, float], lean: float,
                 size: tuple[int, int]) -> tuple[float, float, float, float]:
    """A box on an image whose text leans by `lean` degrees (the skew left untouched) as
    it would sit on the image turned straight: a label and its value far to the right
    then share a row."""
    return _unskew(box, -lean, size) if lean else box


def _unskew(box: tuple[float, float, float, float], skew: float,
            size: tuple[int, int]) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = box
    cx, cy = size[0] / 2, size[1] / 2
    t = np.deg2rad(skew)  # Pillow rotated counter-clockwise by skew: turn the centre back
    mx, my = (x0 + x1) / 2 - cx, (y0 + y1) / 2 - cy
    ox = mx * np.cos(t) - my * np.sin(t) + cx
    oy = mx * np.sin(t) + my * np.cos(t) + cy
    hw, hh = (x1 - x0) / 2, (y1 - y0) / 2
    return float(ox - hw), float(oy - hh), float(ox + hw), float(oy + hh)


@dataclass(frozen=True)
class PageState:
    """A page on its way to Tesseract: the working image and what the steps found and did."""

    image: Image.Image
    quarter: int = 0  # the clockwise quarter turn the first step makes (upright)
    low_res: bool = False  # scanned below 250 dpi (set by the reader)
    rough: bool = False  # uneven lighting, specks, or a light area a global threshold would
    # blacken: a local threshold reads it better
    skew: float = 0.0  # degrees the image was turned to straighten it (0: not turned)
    lean: float = 0.0  # degrees of skew left in the image (too small to turn it for)
    done: tuple[str, ...] = ()  # the steps that changed the image, in order

    @property
    def turn(self) -> Turn:
        return Turn(self.quarter, self.skew)


Step = Callable[[PageState], PageState]


def turn_upright(page: PageState) -> PageState:
    """The quarter turn asked for (Tesseract's OSD says which, see extractors/ocr.py)."""
    return replace(page, image=upright(page.image, page.quarter))


def invert_bands(page: PageState) -> PageState:
    """Light text on dark bands made dark on light (see invert_dark_regions)."""
    return replace(page, image=invert_dark_regions(page.image))


def flatten_light(page: PageState) -> PageState:
    """Uneven lighting divided out, where the paper's brightness varies."""
    if background_spread(page.image) <= UNEVEN:
        return page
    return replace(page, image=flatten_background(page.image), rough=True)


def drop_light_background(page: PageState) -> PageState:
    """A light patterned layer under the text (security paper) set to white, where the
    page has one (see light_layer_cut): Tesseract's global threshold would otherwise
    split the paper from the layer and read the layer as black text."""
    cut = light_layer_cut(page.image)
    if cut is None:
        return page
    return replace(page, image=whiten_above(page.image, cut))


def remove_speckle(page: PageState) -> PageState:
    """Specks removed, where the page is dusty (see despeckle)."""
    if speck_density(page.image) <= SPECKLED:
        return page
    return replace(page, image=despeckle(page.image), rough=True)


def straighten(page: PageState) -> PageState:
    """The page turned straight where its skew matters to Tesseract; the rest of the skew
    is kept as `lean` (see straight_box)."""
    angle = skew_angle(page.image)
    image, skew = deskew(page.image, angle)
    return replace(page, image=image, skew=skew, lean=angle - skew)


def erase_rules(page: PageState) -> PageState:
    """Ruled lines and box edges whited out (once straight, they are long runs)."""
    return replace(page, image=remove_rules(page.image))


# Cleaning comes before deskewing: a desk or a shadow around a photo must not steer it.
def check_threshold(page: PageState) -> PageState:
    """Last: a page a global threshold would blacken (see global_threshold_blackens) is
    thresholded locally; a light layer left on it then stays light."""
    if page.rough or page.low_res or not global_threshold_blackens(page.image):
        return page
    return replace(page, rough=True)


# The light layer is judged on paper made even (flatten_light) and before the median of
# despeckle blurs its strokes.
CLEANING: list[Step] = [invert_bands, flatten_light, drop_light_background, remove_speckle]
CHAIN: list[Step] = [turn_upright, *CLEANING, straighten, erase_rules, check_threshold]


def run_chain(page: PageState, chain: list[Step] = CHAIN) -> PageState:
    """Every step in order; the names of those that changed the image or the choice of
    threshold go in `done`."""
    for step in chain:
        before, rough = page.image, page.rough
        page = step(page)
        if page.image is not before or page.rough != rough:
            page = replace(page, done=(*page.done, step.__name__))
    return page


def prepare(scan: Image.Image, quarter: int = 0, low_res: bool = False,
            chain: list[Step] = CHAIN) -> PageState:
    """The scan (grayscale) made ready for Tesseract by the whole chain."""
    return run_chain(PageState(scan, quarter=quarter, low_res=low_res), chain)


def open_thin_lines(page: PageState) -> PageState:
    """Strokes of a pixel or two whited out: the paper's brightness spread over 3x3 and
    the ink grown back (an opening of the ink). A photocopied security paper's wavy lines
    run through the text and join its letters; the letters' strokes, thicker at the OCR
    resolution, stay."""
    image = page.image.filter(ImageFilter.MaxFilter(3)).filter(ImageFilter.MinFilter(3))
    return replace(page, image=image)


# the chain without the erasing of rules: a border erased in part (a leaning scan's rule
# breaks into runs too short for the rest of it to go) can leave a page whose layout
# Tesseract no longer finds
UNERASED: list[Step] = [step for step in CHAIN if step is not erase_rules]
# the chain with thin lines opened first, for a page that still reads poorly: thresholded
# globally (a local threshold finds the faint lines again); the opening takes the specks too
OPENED: list[Step] = [turn_upright, open_thin_lines,
                      *(step for step in CHAIN[1:] if step is not remove_speckle)]
