"""Security-paper background set aside before extraction (extractors/background.py), on
real PDFs drawn with reportlab (samples/security_paper.py) and on real Tesseract OCR."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from core.models import Line, Page, SourceFile, TextSource, Word
from extractors.background import set_aside
from extractors.layout import make_line
from extractors.read import read_source
from pipeline.ingest import describe_file
from pipeline.stages import read_file
from samples import generate, security_paper


def _read(path: Path) -> list[Page]:
    source = SourceFile(path=path.name, sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                        size=path.stat().st_size, media_type="application/pdf")
    return read_source(path.parent, source)


def _twins(tmp_path: Path, look: int) -> tuple[Path, Path]:
    security_paper.write(tmp_path, words=2000, packets=[generate.cmc_r7_names], look=look)
    name = "cmc-r7-name-checks/transcript.pdf"
    return tmp_path / "plain" / name, tmp_path / "security" / name


@pytest.mark.parametrize("look", [0, 1, 2, 3])  # tiny+light, light, rotated, tiny
def test_a_transcript_on_security_paper_reads_as_its_plain_twin(tmp_path: Path,
                                                                look: int) -> None:
    plain, security = _twins(tmp_path, look)
    with pdfplumber.open(security) as pdf:
        layer = sum(len(p.extract_words()) for p in pdf.pages)
    assert layer > 3000  # the background is really in the text layer
    assert [p.text for p in _read(security)] == [p.text for p in _read(plain)]


def _page_with_band(path: Path) -> Path:
    """A light tiled pattern over the whole page, a dark band over it with a white
    heading, and black body text."""
    c = canvas.Canvas(str(path), pagesize=letter)
    w, h = letter
    c.setFont("Helvetica", 7)
    c.setFillColorRGB(0.85, 0.88, 0.95)
    for row in range(0, int(h), 14):
        c.drawString(0, row, "ACME PAPER " * 20)
    c.setFillColorRGB(0.1, 0.2, 0.4)
    c.rect(0, h - 90, w, 90, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, h - 50, "Northwest Clerks Institute")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 11)
    c.drawString(72, h - 150, "This certifies that Maria L. Gonzalez")
    c.drawString(72, h - 170, "completed 8 contact hours")
    c.showPage()
    c.save()
    return path


def test_white_heading_on_a_band_stays_and_the_light_pattern_goes(tmp_path: Path) -> None:
    (page,) = _read(_page_with_band(tmp_path / "band.pdf"))
    assert page.text.splitlines() == ["Northwest Clerks Institute",
                                      "This certifies that Maria L. Gonzalez",
                                      "completed 8 contact hours"]


def test_glyphs_without_a_character_map_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bullet.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "Office of the Registrar \u2022 Akron, Ohio")
    c.drawString(72, 680, "OFFICIAL TRANSCRIPT of records for Maria L. Gonzalez")
    c.showPage()
    c.save()
    with pdfplumber.open(path) as pdf:
        assert "(cid:" in pdf.pages[0].extract_text()  # what the layer says
    (page,) = _read(path)
    assert page.text.splitlines()[0] == "Office of the Registrar Akron, Ohio"


def _line(texts: list[str], y: float, height: float = 10.0, conf: float = 1.0) -> Line:
    return make_line([Word(text=t, bbox=(20.0 + 30 * i, y, 45.0 + 30 * i, y + height),
                           confidence=conf) for i, t in enumerate(texts)])


def _page(lines: list[Line], source: TextSource = TextSource.pdf_text) -> Page:
    return Page(source="a.pdf", number=1, width=612, height=792, text_source=source,
                lines=lines)


def test_tiled_lines_go_ordinary_repeats_stay() -> None:
    tiled = ["SITY", "OF", "IOWA", "UNIVERSITY", "OF", "IOWA", "UNIVERSITY", "OF", "IOWA",
             "UNIVERSITY", "OF", "IOWA", "UNIVER"]
    lines = [_line(tiled, 10), _line(tiled[1:], 30), _line(["Fall", "2001"], 50),
             _line(tiled[2:-1], 70), _line(["A", "A", "A", "A"], 90),
             _line(["Term", "Credits:", "12.00"], 110)]
    kept = set_aside(_page(lines))
    assert [ln.text for ln in kept.lines] == ["Fall 2001", "A A A A", "Term Credits: 12.00"]
    # one repeated line is not yet a pattern
    once = _page([_line(["VOID"] * 5, 10), _line(["Fall", "2001"], 30)])
    assert set_aside(once) is once


def test_tiny_doubtful_ocr_words_go() -> None:
    body = [_line(["Certificate", "of", "Completion"], 10 + 20 * i, 12, 0.95) for i in range(4)]
    specks = _line(["Institute", "uni", "ver"], 100)
    specks.words[1].bbox, specks.words[2].bbox = (60, 100, 70, 104), (80, 100, 90, 104)
    specks.words[1].confidence = specks.words[2].confidence = 0.3
    sure_tiny = _line(["No.", "1234"], 130, 4, 0.92)  # small but read with certainty
    marks = _line(["08/27/2019", "—", "7"], 150, 4, 0.3)  # the date goes; dash, figure stay
    page = set_aside(_page([*body, make_line(specks.words), sure_tiny, marks], TextSource.ocr))
    assert [ln.text for ln in page.lines][4:] == ["Institute", "No. 1234", "— 7"]
    # on a text layer, confidences are 1.0 and sizes are the font's: nothing goes
    layer = _page([*body, make_line(specks.words)])
    assert set_aside(layer) is layer


def test_a_scanned_security_transcript_reads_without_its_background(tmp_path: Path) -> None:
    plain, security = _twins(tmp_path, 0)
    texts = []
    for pdf_path in (plain, security):
        with pdfplumber.open(pdf_path) as pdf:
            image = pdf.pages[0].to_image(resolution=300).original.convert("L")
        png = tmp_path / f"{pdf_path.parent.parent.name}.png"
        image.save(png, dpi=(300, 300))
        read = read_file(tmp_path, describe_file(png, tmp_path))
        assert read.error is None, read.error
        texts.append(read.pages[0].text)
    plain_text, security_text = texts
    assert "UNIVERSITY OF AKRON UNIVERSITY" not in security_text.upper()
    plain_words, security_words = plain_text.split(), security_text.split()
    assert len(security_words) <= len(plain_words) * 1.05 + 5
    name_line = next(ln for ln in plain_text.splitlines() if ln.startswith("Name:"))
    assert name_line in security_text.splitlines()


def test_a_security_paper_packet_gives_the_fields_of_its_plain_twin(tmp_path: Path) -> None:
    from pipeline.stages import process

    security_paper.write(tmp_path, packets=[generate.cmc_r7_names])
    results = [process(tmp_path / variant / "cmc-r7-name-checks")
               for variant in ("plain", "security")]
    plain, security = ([(d.source, d.pages, d.kind, {k: v.value for k, v in d.fields.items()})
                        for d in r.documents] for r in results)
    assert security == plain
    names = [fields.get("applicant_name") for _, _, _, fields in security]
    assert "Kimberly R. McAllister" in names  # read at all, not just equally badly


def test_quarter_turned_text_stays_a_diagonal_watermark_goes(tmp_path: Path) -> None:
    from extractors.read_pdf import page_words

    path = tmp_path / "turned.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.saveState()
    c.translate(300, 100)
    c.rotate(90)  # a landscape certificate drawn on a portrait page
    c.setFont("Helvetica-Bold", 20)
    c.drawString(0, 0, "Certificate of Completion")
    c.restoreState()
    c.saveState()
    c.translate(306, 396)
    c.rotate(45)
    c.setFont("Helvetica-Bold", 90)
    c.setFillColorRGB(0.3, 0.3, 0.3)  # dark enough not to be faint: oblique alone
    c.drawCentredString(0, 0, "COPY")
    c.restoreState()
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "for a total of 8 contact hours")
    c.showPage()
    c.save()
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        everything = page.extract_words(extra_attrs=["size", "fontname"])
        kept = [w.text for w in page_words(page)]
    turned = [w["text"] for w in everything if not w["upright"]]  # the quarter-turned line
    assert sorted("".join(turned)) == sorted("CertificateofCompletion")
    assert "Certificate of Completion" in kept  # kept, and read bottom to top as one line
    assert not any("C" in t and "Y" in t for t in kept)  # no trace of the watermark
    assert "contact" in kept


def test_a_tiled_pattern_of_ordinary_print_goes(tmp_path: Path) -> None:
    """A "VOID" pantograph in mid grey at 7 pt, upright: neither tiny, nor turned, nor
    faint; its rows share baselines with the document's lines. Only the repetition
    gives it away."""
    path = tmp_path / "void.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    w, h = letter
    c.setFont("Helvetica", 7)
    c.setFillColorRGB(0.6, 0.6, 0.6)
    for row, y in enumerate(range(20, int(h), 12)):
        c.drawString(-9 * (row % 3), y, "VOID  " * 30)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 11)
    for i, line in enumerate(["Certificate of Completion", "This certifies that",
                              "Maria L. Gonzalez", "completed 8 contact hours"]):
        c.drawString(72, 700 - 24 * i, line)
    c.showPage()
    c.save()
    (page,) = _read(path)
    assert page.text.splitlines() == ["Certificate of Completion", "This certifies that",
                                      "Maria L. Gonzalez", "completed 8 contact hours"]


def test_a_five_word_background_phrase_with_separators_in_dark_ink_is_set_aside(
        tmp_path: Path) -> None:
    # tiled in a dark colour made light by transparency (a text layer shows no alpha):
    # only the repetition says it is background; the bullets between repeats spell nothing
    path = tmp_path / "transcript.pdf"
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setFillColorRGB(0.1, 0.18, 0.38)
    c.setFillAlpha(0.08)
    c.setFont("Helvetica", 5.5)
    phrase = "LAKEMONT STATE UNIVERSITY OFFICIAL TRANSCRIPT \u2022 "
    for row in range(90):
        c.drawString(-20 + (row % 4) * 9, 785 - row * 8.5, phrase * 12)
    c.setFillAlpha(1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, 700, "Student: GONZALEZ, MARIA L")
    c.setFont("Helvetica", 9)
    c.drawString(72, 680, "Degree Conferred: Bachelor of Arts in Political Science")
    c.save()
    text = _read(path)[0].text
    assert "OFFICIAL TRANSCRIPT" not in text
    assert "Student: GONZALEZ, MARIA L" in text and "Bachelor of Arts" in text
