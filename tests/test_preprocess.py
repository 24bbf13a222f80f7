"""Page preparation on real rendered pages: what each step changes and what it must leave
alone. (The whole OCR path, with real Tesseract, is in tests/test_ocr.py.)"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pdfplumber
import pytest
from PIL import Image, ImageDraw

from extractors import preprocess as pp
from extractors.ocr import _fix
from samples import generate, security_paper
from tests.render import render_pdf

NAME = [("REDBIRD, HEATHER M", "Times-BoldItalic", 34), "has completed the course of study for",
        ("Year I Program", "Times-Bold", 20), "Athens, Georgia | August 9, 2023"]


def page_image(tmp_path: Path, lines: list, dpi: int = 300) -> Image.Image:
    pdf = render_pdf(tmp_path / "page.pdf", [lines], centered=True)
    with pdfplumber.open(pdf) as doc:
        return doc.pages[0].to_image(resolution=dpi).original.convert("L")


def changed(a: Image.Image, b: Image.Image) -> int:
    return int((np.asarray(a) != np.asarray(b)).sum())


def test_large_bold_type_is_not_inverted(tmp_path: Path) -> None:
    page = page_image(tmp_path, NAME)
    assert changed(page, pp.invert_dark_regions(page)) == 0


def test_dark_band_with_text_is_inverted(tmp_path: Path) -> None:
    page = page_image(tmp_path, NAME)
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, page.width, 300), fill=40)
    draw.text((200, 120), "CITY OF SPRINGFIELD  OFFICE OF THE CLERK", fill=230,
              font_size=60)
    out = np.asarray(pp.invert_dark_regions(page))
    assert out[:300].mean() > 200  # the band is now light paper ...
    assert (out[100:220, 200:1400] < 128).any()  # ... with dark letters


def test_solid_bar_becomes_paper(tmp_path: Path) -> None:
    page = page_image(tmp_path, NAME)
    ImageDraw.Draw(page).rectangle((0, 0, page.width, 250), fill=50)
    out = pp.invert_dark_regions(page)
    assert (np.asarray(out)[:240] == 255).all()
    assert (np.asarray(out)[300:] == np.asarray(page)[300:]).all()


def test_rules_go_and_bold_words_stay(tmp_path: Path) -> None:
    page = page_image(tmp_path, NAME)
    draw = ImageDraw.Draw(page)
    draw.line((150, 2000, 2400, 2000), fill=0, width=4)  # a signature line
    draw.line((150, 2100, 150, 3000), fill=90, width=3)  # a grey box edge
    out = np.asarray(pp.remove_rules(page))
    assert (out[1994:2007, 160:2390] == 255).all()
    assert (out[2110:2990, 145:156] == 255).all()
    text = np.asarray(page)[:1900] < 128
    assert ((out[:1900] < 128) == text).all()  # not one pixel of the text touched


def test_specks_are_told_from_text(tmp_path: Path) -> None:
    page = page_image(tmp_path, NAME + ["for a total of seven contact hours"] * 12)
    assert pp.speck_density(page) < pp.SPECKLED
    a = np.asarray(page).copy()
    rng = np.random.default_rng(7)
    ys, xs = rng.integers(0, a.shape[0] - 1, 20000), rng.integers(0, a.shape[1] - 1, 20000)
    for dy in (0, 1):
        for dx in (0, 1):
            a[ys + dy, xs + dx] = 30  # dust of 1/150 inch, as a 150 dpi scan shows it
    dusty = Image.fromarray(a, mode="L")
    assert pp.speck_density(dusty) > pp.SPECKLED
    cleaned = pp.run_chain(pp.PageState(dusty), pp.CLEANING)
    assert cleaned.rough and pp.speck_density(cleaned.image) < pp.SPECKLED
    assert cleaned.done == ("remove_speckle",)


@pytest.mark.parametrize("angle", [-3.0, -1.25, 0.0, 2.0])
def test_skew_angle_found(tmp_path: Path, angle: float) -> None:
    page = page_image(tmp_path, NAME + ["for a total of seven contact hours"] * 8, dpi=150)
    turned = page.rotate(angle, fillcolor=255, resample=Image.Resampling.BILINEAR)
    assert pp.skew_angle(turned) == pytest.approx(-angle, abs=0.3)  # the turn that undoes it


@pytest.mark.parametrize(("text", "before", "want"), [
    ("Il", "Level", "II"), ("Il.", "Level", "II."), ("|", "Year", "I"), ("l", "Part", "I"),
    ("|", "Georgia", "|"), ("l", "", "l"), ("Ill", "", "III"), ("Illinois", "", "Illinois"),
    ("Il.-", "Year", "II.-"), ("l-", "Level", "I-"),  # a pen's stroke or a rule after the numeral
])
def test_roman_numeral_slips(text: str, before: str, want: str) -> None:
    assert _fix(text, before) == want


def test_lone_specks_go_and_points_stay(tmp_path: Path) -> None:
    """A 150 dpi scan's dust, enlarged to 300 dpi, is removed; decimal points, i-dots and
    colons (close to their letters) are not."""
    small = page_image(tmp_path, ["Contact Hours: 6.5", "Credits: 3.0 in Minutes i.e. 1.5",
                                  "Finished 4.25 units; fee paid."] * 6, dpi=150)
    page = small.resize((small.width * 2, small.height * 2), Image.Resampling.BICUBIC)
    a = np.asarray(page).copy()
    ink = pp._window_sum(np.asarray(page) < 200, 12) > 0  # text and 12 px around it
    ys, xs = (g.ravel() for g in np.mgrid[10:a.shape[0] - 10:30, 10:a.shape[1] - 10:30])
    keep = ~ink[ys, xs]  # dust on a 30 px grid, wherever it misses the text
    ys, xs = ys[keep], xs[keep]
    for dy in (0, 1):
        for dx in (0, 1):
            a[ys + dy, xs + dx] = 30  # one 150 dpi pixel of dust
    out = np.asarray(pp.remove_specks(Image.fromarray(a, mode="L")))
    assert len(ys) > 5000 and (out[ys, xs] == 255).all()
    text = np.asarray(page) < 128
    assert ((out < 128) & text).sum() == text.sum()  # every pixel of the text kept


def test_the_chain_names_its_steps_in_order() -> None:
    assert [step.__name__ for step in pp.CHAIN] == [
        "turn_upright", "invert_bands", "flatten_light", "drop_light_background",
        "remove_speckle", "straighten", "erase_rules", "check_threshold"]


def _banded(page: Image.Image) -> Image.Image:
    ImageDraw.Draw(page).rectangle((0, 0, page.width, 250), fill=50)
    return page


def _ruled(page: Image.Image) -> Image.Image:
    ImageDraw.Draw(page).line((150, 2000, 2400, 2000), fill=0, width=4)
    return page


@pytest.mark.parametrize(("make", "quarter", "done"), [
    (lambda p: p, 0, ()),
    (lambda p: p, 90, ("turn_upright",)),
    (_banded, 0, ("invert_bands",)),
    (lambda p: p.rotate(2.0, fillcolor=255, resample=Image.Resampling.BILINEAR), 0,
     ("straighten",)),
    (_ruled, 0, ("erase_rules",)),
])
def test_each_step_only_where_the_page_needs_it(tmp_path: Path, make, quarter: int,
                                                done: tuple[str, ...]) -> None:
    page = make(page_image(tmp_path, NAME + ["for a total of seven contact hours"] * 8))
    state = pp.prepare(page, quarter)
    assert state.done == done
    assert state.quarter == quarter
    assert state.skew == (pytest.approx(-2.0, abs=0.3) if "straighten" in done else 0.0)
    assert not state.rough  # a clean page: thresholded globally


@pytest.fixture(scope="module")
def transcript_twins(tmp_path_factory: pytest.TempPathFactory) -> tuple[Image.Image, Image.Image]:
    """Page 1 of a transcript at 300 dpi, on plain paper and on security paper with rows
    of grey text turned 30 degrees (the look that defeated the global threshold)."""
    out = tmp_path_factory.mktemp("security")
    security_paper.write(out, words=2000, packets=[generate.cmc_r7_names], look=2)
    pages = []
    for variant in ("plain", "security"):
        with pdfplumber.open(out / variant / "cmc-r7-name-checks" / "transcript.pdf") as pdf:
            pages.append(pdf.pages[0].to_image(resolution=300).original.convert("L"))
    return pages[0], pages[1]


def _light_marks(a: np.ndarray) -> float:
    """Share of the page in light, non-paper tones (the security layer's)."""
    return float(((a >= pp.INK) & (a < 230)).mean())


def test_a_security_background_is_dropped_and_the_text_kept(transcript_twins) -> None:
    plain, security = transcript_twins
    assert _light_marks(np.asarray(security)) > 0.05  # the layer is there ...
    cut = pp.light_layer_cut(security)
    assert cut is not None and pp.LAYER_FLOOR <= cut < 200
    state = pp.prepare(security)
    assert "drop_light_background" in state.done
    out = np.asarray(state.image)
    assert _light_marks(out) < 0.01  # ... and gone
    ink = np.asarray(pp.remove_rules(plain)) < 100  # the document's own ink stays ink
    assert (out[ink] < pp.INK).mean() > 0.99
    # with the layer gone, a global threshold splits ink from paper again
    assert pp.otsu_level(out) < 180 and not state.rough


def test_a_plain_or_faint_page_keeps_its_tones(transcript_twins) -> None:
    plain, _ = transcript_twins
    a = np.asarray(plain).astype(np.float32)
    faint = Image.fromarray((255 - (255 - a) * 0.35).astype(np.uint8), mode="L")  # all text faint
    body = a.copy()
    body[500:] = 255 - (255 - body[500:]) * 0.35  # a dark heading over faint text
    for page in (plain, faint, Image.fromarray(body.astype(np.uint8), mode="L")):
        assert pp.light_layer_cut(page) is None
        assert "drop_light_background" not in pp.prepare(page).done


@pytest.fixture(scope="module")
def ruled_certificate(tmp_path_factory: pytest.TempPathFactory) -> Image.Image:
    """An institute certificate (a table of four ruled rows) on the same security paper."""
    out = tmp_path_factory.mktemp("certificate")
    security_paper.write(out, words=2000, packets=[generate.cmc_r3_institute], look=2)
    pdf_path = out / "security" / "cmc-r3-institute-track" / "certificates.pdf"
    with pdfplumber.open(pdf_path) as pdf:
        return pdf.pages[2].to_image(resolution=300).original.convert("L")


def test_a_threshold_that_would_blacken_the_background_is_not_used(
        ruled_certificate: Image.Image, transcript_twins) -> None:
    """Without the drop, the table's rules erased leave less ink, and Otsu's level moves up
    into the light layer: such a page is thresholded locally instead."""
    undropped = [step for step in pp.CHAIN if step is not pp.drop_light_background]
    state = pp.run_chain(pp.PageState(ruled_certificate), undropped)
    assert pp.otsu_level(np.asarray(state.image)) > 180
    assert pp.global_threshold_blackens(state.image)
    assert state.rough and state.done == ("erase_rules", "check_threshold")
    dropped = pp.prepare(ruled_certificate)  # the whole chain: the layer goes first
    assert dropped.done == ("drop_light_background", "erase_rules") and not dropped.rough
    plain, _ = transcript_twins
    assert not pp.global_threshold_blackens(pp.remove_rules(plain))


def test_histogram_median_and_threshold_share_agree_with_numpy() -> None:
    """The histogram shortcuts give exactly what a sort and a comparison would."""
    from extractors.preprocess import median_tone, otsu_level

    rng = np.random.default_rng(7)
    for size in (1, 2, 3, 10, 11, 999, 1000):
        for low, high in ((0, 256), (100, 104)):
            a = rng.integers(low, high, size, dtype=np.uint8)
            assert median_tone(a) == int(np.median(a))
            level = otsu_level(a)
            hist = np.cumsum(np.bincount(a, minlength=256)) / a.size
            assert hist[level - 1] == pytest.approx(float((a < level).mean()))
