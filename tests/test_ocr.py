"""Real Tesseract on rendered scans: orientation, EXIF, multi-page TIFF, blank pages,
image-only and mixed PDFs, the text-layer sanity check and the OCR cache."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image, ImageDraw

from core.models import Line, Page, TextSource, Word
from extractors import ocr_pool
from extractors.ocr import PageImage, ocr_pages
from extractors.read import _rasterize, text_layer_ok
from pipeline.ingest import describe_file
from pipeline.stages import process, read_file
from tests.render import render_pdf, write_manifest

CERT = [("Certificate of Completion", "Helvetica-Bold", 22), "This certifies that",
        ("Maria L. Gonzalez", "Times-Bold", 20), "has successfully completed",
        ("Records Retention Basics", "Helvetica-Bold", 16),
        "at the Northwest Clerks Institute on June 3, 2024", "for a total of 8 contact hours"]


def scan_of(tmp_path: Path, lines: list, dpi: int = 200) -> Image.Image:
    pdf = render_pdf(tmp_path / "born.pdf", [lines])
    with pdfplumber.open(pdf) as doc:
        return doc.pages[0].to_image(resolution=dpi).original.convert("L")


def read_image_file(tmp_path: Path, name: str, data: bytes) -> list[Page]:
    path = tmp_path / name
    path.write_bytes(data)
    read = read_file(tmp_path, describe_file(path, tmp_path))
    assert read.error is None, read.error
    return read.pages


def _bytes(image: Image.Image, fmt: str, **kw: object) -> bytes:
    buf = io.BytesIO()
    image.save(buf, fmt, **kw)
    return buf.getvalue()


@pytest.mark.parametrize("turn", [0, 180, 90])
def test_orientation_is_righted(tmp_path: Path, turn: int) -> None:
    scan = scan_of(tmp_path, CERT).rotate(-turn, expand=True)  # turned clockwise
    (page,) = read_image_file(tmp_path, "scan.png", _bytes(scan, "PNG", dpi=(200, 200)))
    assert page.text_source == TextSource.ocr
    assert page.rotation == (360 - turn) % 360
    assert "Records Retention Basics" in page.text
    word = next(w for ln in page.lines for w in ln.words if w.text == "Retention")
    x0, y0, x1, y1 = word.bbox  # in points on the page as scanned
    assert 0 <= x0 < x1 <= page.width and 0 <= y0 < y1 <= page.height
    if turn == 0:
        assert 100 < x0 < 330 and 100 < y0 < 250


def test_small_skew_is_read(tmp_path: Path) -> None:
    scan = scan_of(tmp_path, CERT).rotate(2.5, fillcolor=255)
    (page,) = read_image_file(tmp_path, "skewed.png", _bytes(scan, "PNG"))
    assert "This certifies that" in page.text


def test_figures_far_right_stay_on_their_row_when_the_scan_leans(tmp_path: Path) -> None:
    """A lean too small to turn the image for (under preprocess.DESKEW_MIN) still drifts a
    figure at the far right a row up or down from its label: rows are formed on the
    straightened boxes."""
    rows = [("Strategic Planning", "3.0"), ("Emergency Management", "3.5"),
            ("Open Meetings and Public Records", "2.5"), ("Total Contact Hours", "18.5")]
    scan = Image.new("L", (2550, 3300), 255)
    draw = ImageDraw.Draw(scan)
    for i, (label, figure) in enumerate(rows):
        draw.text((200, 600 + 70 * i), label, fill=0, font_size=42)
        draw.text((2250, 600 + 70 * i), figure, fill=0, font_size=42)
    leaning = scan.rotate(0.7, fillcolor=255, resample=Image.Resampling.BILINEAR)
    (page,) = read_image_file(tmp_path, "leaning.png", _bytes(leaning, "PNG", dpi=(300, 300)))
    texts = [line.text for line in page.lines]
    for label, figure in rows:
        assert texts[texts.index(label) + 1] == figure, texts


def test_pages_read_in_one_tesseract_run_read_as_alone(tmp_path: Path) -> None:
    """Batched pages (one Tesseract run over a list of images) come back in their order,
    each exactly as it reads alone; a blank page in the batch stays blank."""
    other = [("Town of Ashford", "Helvetica-Bold", 15), "Office of the Town Manager",
             "Maria Lopez has served as Town Clerk since April 3, 2017."]
    images = [scan_of(tmp_path, CERT), Image.new("L", (1700, 2200), 255),
              scan_of(tmp_path, other).rotate(180)]
    pages = [PageImage(im, "scan.pdf", n, 612, 792) for n, im in enumerate(images, start=1)]
    together = ocr_pages(pages)
    alone = [ocr_pages([p])[0] for p in pages]
    assert [p.number for p in together] == [1, 2, 3]
    assert together[1].blank and not together[0].blank
    assert "Records Retention Basics" in together[0].text and "Ashford" in together[2].text
    assert together[2].rotation == 180
    assert [p.model_dump() for p in together] == [p.model_dump() for p in alone]


def test_a_600_dpi_scan_is_read_at_300(tmp_path: Path) -> None:
    scan = scan_of(tmp_path, CERT, dpi=600)
    scan.save(tmp_path / "fine.pdf", "PDF", resolution=600)
    with pdfplumber.open(tmp_path / "fine.pdf") as doc:
        assert _rasterize(doc.pages[0], 300).image.size == (-(-scan.width // 2), -(-scan.height // 2))
    (page,) = read_image_file(tmp_path, "fine.tif", _bytes(scan, "TIFF", dpi=(600, 600)))
    assert (round(page.width), round(page.height)) == (612, 792)  # letter, in points
    assert "Records Retention Basics" in page.text
    word = next(w for ln in page.lines for w in ln.words if w.text == "Retention")
    assert 100 < word.bbox[0] < 330 and 100 < word.bbox[1] < 250


def test_exif_orientation_is_honoured(tmp_path: Path) -> None:
    upright = scan_of(tmp_path, CERT)
    stored = upright.rotate(90, expand=True)  # what the phone stored…
    exif = Image.Exif()
    exif[0x0112] = 6  # …and its note: turn 90° clockwise to show it
    (page,) = read_image_file(tmp_path, "photo.jpg", _bytes(stored, "JPEG", exif=exif))
    assert page.rotation == 0  # upright after EXIF: no OCR rotation needed
    assert "Maria L. Gonzalez" in page.text


def test_multipage_tiff_and_blank_page(tmp_path: Path) -> None:
    first = scan_of(tmp_path, CERT)
    blank = Image.new("L", first.size, 255)
    data = _bytes(first, "TIFF", save_all=True, append_images=[blank])
    pages = read_image_file(tmp_path, "scans.tif", data)
    assert [p.number for p in pages] == [1, 2]
    assert not pages[0].blank and pages[1].blank


def test_image_only_and_mixed_pdf(tmp_path: Path) -> None:
    write_manifest(tmp_path)
    scan = scan_of(tmp_path, CERT)
    text_pdf = render_pdf(tmp_path / "text.pdf", [["Dear Ms. Gonzalez,", "Thank you for your",
                                                   "service on the Legislative Committee.",
                                                   "Sincerely,", "Carl Benson", "President"]])
    (tmp_path / "born.pdf").unlink()
    scan.save(tmp_path / "scan.pdf", "PDF", resolution=200)
    result = process(tmp_path)
    by_source = {d.source: d for d in result.documents}
    assert by_source["scan.pdf"].text_source == TextSource.ocr
    assert by_source["scan.pdf"].fields["hours"].value == 8.0
    assert by_source["scan.pdf"].fields["hours"].confidence < 1.0  # from OCR'd words
    assert by_source[text_pdf.name].text_source == TextSource.pdf_text


def test_second_run_does_no_ocr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from core.settings import get_settings

    monkeypatch.setenv("INTAKE_CACHE_DIR", str(tmp_path / "cache"))
    get_settings.cache_clear()
    packet = tmp_path / "packet"
    write_manifest(packet)
    scan_of(tmp_path, CERT).save(packet / "scan.pdf", "PDF", resolution=200)
    calls: list[int] = []
    real = ocr_pool.ocr_pages

    def counting(pages: list[ocr_pool.PageImage]) -> list[Page]:
        calls.extend(1 for _ in pages)
        return real(pages)

    monkeypatch.setattr(ocr_pool, "ocr_pages", counting)
    first = process(packet)
    assert len(calls) == 1
    second = process(packet)
    assert len(calls) == 1  # read from the cache
    assert first.model_dump() == second.model_dump()
    sha = first.files[0].sha256 if first.files[0].path == "scan.pdf" else first.files[1].sha256
    page = ocr_pool.cached(sha, 1)
    assert page is not None and all(w.upright for ln in page.lines for w in ln.words)
    monkeypatch.undo()
    get_settings.cache_clear()


def _page(words: list[str]) -> Page:
    ws = [Word(text=t, bbox=(0, 0, 1, 1)) for t in words]
    return Page(source="x", number=1, width=612, height=792, text_source=TextSource.pdf_text,
                lines=[Line(text=" ".join(words), words=ws, bbox=(0, 0, 1, 1))])


class _Plumber:
    width, height, images = 612, 792, []  # type: ignore[var-annotated]


def test_text_layer_sanity() -> None:
    good = _page("This certifies that Maria Gonzalez completed 12 contact hours".split())
    garbage = _page(["(cid:12)(cid:7)", "#%&*", "xQ3!!", "(cid:99)", "~~~~~~~~~~~~", "@@@@@"])
    stamp = _page(["RECEIVED"])
    assert text_layer_ok(_Plumber(), good)  # type: ignore[arg-type]
    assert not text_layer_ok(_Plumber(), garbage)  # type: ignore[arg-type]
    assert not text_layer_ok(_Plumber(), stamp)  # type: ignore[arg-type]



def test_a_leaning_double_border_on_grey_paper_is_read(tmp_path: Path) -> None:
    """A scanned certificate (samples/tern: its heavy border erased but not the thin one
    inside, which the scan's lean breaks into runs too short for a rule) once read as no
    words at all: Tesseract found no layout on the prepared page. A page that reads poorly
    is read again without the erasing."""
    import random

    from samples.gen_tern import paper
    born = Path(__file__).resolve().parent.parent / "samples" / "tern" / \
        "tern_c01_institute_years" / "kactc_certificate.pdf"
    rnd = random.Random("tern-scan:tern_c01_institute_years:kactc_certificate.pdf:300")
    scan = paper.scan(paper.rasterize(born.read_bytes(), 300)[0], rnd)
    pdf = tmp_path / "scan.pdf"
    Image.open(io.BytesIO(paper.jpeg_bytes(scan, 85))).save(pdf, "PDF", resolution=300)
    read = read_file(tmp_path, describe_file(pdf, tmp_path))
    (page,) = read.pages
    text = " ".join(w.text for line in page.lines for w in line.words)
    assert "Kowalski" in text and "Emporia" in text and "contact hours" in text


def test_a_photocopied_letter_on_grey_paper_keeps_its_words(tmp_path: Path) -> None:
    """A phone photo of a letter, scanned again (samples/tern): on its grey paper rows of
    text darkened their cells below the fixed level of a rule and were erased with the
    rules ("Priya ~ Cole", the date gone). A rule is dark against the paper's own tone."""
    import random

    from samples.gen_tern import paper
    photo = Path(__file__).resolve().parent.parent / "samples" / "tern" / \
        "tern_c07_phone_and_odd_files" / "employment" / "escrow_letter.jpg"
    rnd = random.Random("tern-scan:tern_c07_phone_and_odd_files:employment/escrow_letter.jpg:300")
    scan = paper.scan(Image.open(photo), rnd)
    (page,) = read_image_file(tmp_path, "letter.jpg", paper.jpeg_bytes(scan))
    text = " ".join(w.text for line in page.lines for w in line.words)
    for words in ("September 6, 2013", "Priya Ramaswamy-Cole was employed by Meridian",
                  "managed the office's closing calendar"):
        assert words in text


def test_a_screenshot_that_states_no_resolution_is_enlarged(tmp_path: Path) -> None:
    """A certificate saved as an 850 x 1100 PNG with no dpi (a screenshot): read as if 300
    dpi, its small type came out as "Aoouviesivts of Municipal Administrators" and the
    heading as "Ce". Taken as a page, it is 100 dpi, and enlarged to the OCR resolution."""
    lines = [("Certificate of Completion", "Helvetica-Bold", 22), "Participant",
             "Aurelie M. Baptiste-Coyle", "Provider",
             "Association of Municipal Administrators of Nova Scotia", "Credit 10 hours",
             "Assessment completed - 92%"]
    shot = scan_of(tmp_path, lines, dpi=100)
    assert shot.size == (850, 1100)
    (page,) = read_image_file(tmp_path, "shot.png", _bytes(shot, "PNG"))
    text = " ".join(w.text for line in page.lines for w in line.words)
    assert "Certificate of Completion" in text
    assert "Association of Municipal Administrators of Nova Scotia" in text
    assert abs(page.width - 612) < 1  # its size in points: a letter page


def test_a_photocopy_of_security_paper_is_read_through_its_wavy_lines(tmp_path: Path) -> None:
    """A certificate on guilloche paper, photocopied at 150 dpi (samples/yarrow, written
    by another hand): the paper's thin wavy lines run through the letters, and the page
    read as "~——Heeartland Clerks cs Institute", its name, dates and hours lost. A page
    that still reads poorly is read again with its thin lines opened (whited out, the
    thicker strokes of the letters kept), thresholded globally."""
    copy = Path(__file__).resolve().parent.parent / "samples" / "yarrow" / "cmc_tessendale" / \
        "heartland_y1_copy.pdf"
    pdf = tmp_path / "copy.pdf"
    pdf.write_bytes(copy.read_bytes())
    read = read_file(tmp_path, describe_file(pdf, tmp_path))
    (got,) = read.pages
    text = " ".join(w.text for line in got.lines for w in line.words)
    for words in ("Priyanka Rao", "First-Year Clerks Institute", "05/04/2015 - 05/08/2015",
                  "Cass Valley, Kansas", "Rafferty Olawale"):
        assert words in text, text



def test_a_lone_figure_in_a_table_s_hours_row_is_read_on_specked_grey_paper(tmp_path: Path) -> None:
    """A verification printed as a ruled table, scanned at 300 dpi on grey paper with
    specks (samples/zinnia): layout analysis left out the "24" of its "Verified hours" row,
    and reading the rest of the row again read the paper and the specks, not the figure.
    The first mark there as tall and as inky as type is read alone, in black on white."""
    from samples.gen_zinnia.build import build

    build(tmp_path / "z", only="z10-kilbride", scanned=True, scan_root=tmp_path / "s")
    scan = tmp_path / "s" / "scan_300dpi" / "z10-kilbride" / "state-course.pdf"
    (read,) = read_file(scan.parent, describe_file(scan, scan.parent)).pages
    texts = [line.text for line in read.lines]
    at = next(i for i, t in enumerate(texts) if "Verified" in t)  # "Verifiedhours" at times
    assert "24" in " ".join(texts[at:at + 2])  # on the label's row, or read as its own line


def test_a_month_tesseract_doubts_but_reads_right_is_kept(tmp_path: Path) -> None:
    """A state course's certificate scanned at 300 dpi on grey paper (samples/zinnia): its
    "April 16 through 17, 2018" sits in a ruled cell and Tesseract read "April" right at
    confidence 0 (its box ran over specks). Without the month no date is read, and the
    course's 2018 date was the only sign it predates the CMC designation."""
    from samples.gen_zinnia.build import build

    build(tmp_path / "z", only="z08-harrowgate", scanned=True, scan_root=tmp_path / "s")
    scan = tmp_path / "s" / "scan_300dpi" / "z08-harrowgate" / "old-state-course.pdf"
    (read,) = read_file(scan.parent, describe_file(scan, scan.parent)).pages
    assert any("April 16 through 17, 2018" in line.text for line in read.lines), \
        [line.text for line in read.lines]


def test_an_hours_label_doubted_for_a_speck_run_into_it_is_kept() -> None:
    """zinnia's academy certificate at 300 dpi: Tesseract read "Contact hours’" (a speck
    after the word) at confidence 20, and without "hours" the row "Contact | 30" is no
    hours label. Smudges at that confidence still go."""
    from extractors.ocr import _kept
    from extractors.tesseract import TesseractWord

    read = [TesseractWord((1, 1, 1), "Contact", 96.0, (220, 1444, 376, 1480)),
            TesseractWord((1, 1, 1), "hours’", 20.0, (391, 1443, 522, 1478)),
            TesseractWord((1, 1, 1), "/", 8.0, (698, 1485, 705, 1488)),
            TesseractWord((1, 1, 1), "hous’", 20.0, (391, 1443, 522, 1478)),
            TesseractWord((1, 1, 1), "30", 96.0, (844, 1439, 893, 1473))]
    assert [w.text for w in _kept(read)] == ["Contact", "hours’", "30"]
