"""Paper and scanner effects: photocopies, phone photos, grey scans, blank sheets, broken files."""

from __future__ import annotations

import io
import random
import zipfile

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageOps
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas


def render(pdf: bytes, dpi: int) -> list[Image.Image]:
    """The pages of a PDF as greyscale images."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return [doc[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(doc))]
    finally:
        doc.close()


def _tone(img: Image.Image, paper: int, ink: int) -> Image.Image:
    lut = [ink + (paper - ink) * v // 255 for v in range(256)]
    return img.point(lut)


def _speckle(img: Image.Image, rnd: random.Random, count: int) -> None:
    draw = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(count):
        x, y = rnd.randrange(w), rnd.randrange(h)
        r = rnd.choice([0, 0, 1, 1, 2])
        draw.ellipse((x, y, x + r, y + r), fill=rnd.randint(40, 170))


def scan(img: Image.Image, rnd: random.Random, dpi: int) -> Image.Image:
    """A flatbed scan: grey paper, a skew under one degree, speckle, a slight blur."""
    paper = rnd.randint(226, 240)
    out = _tone(img, paper, rnd.randint(15, 40))
    out = out.rotate(rnd.uniform(-0.9, 0.9), resample=Image.Resampling.BICUBIC, fillcolor=paper)
    _speckle(out, rnd, int(dpi * 1.5))
    return out.filter(ImageFilter.GaussianBlur(radius=0.35 * dpi / 150))


def photocopy(img: Image.Image, rnd: random.Random) -> Image.Image:
    """A photocopy: harder contrast, darker grey, a toner streak, specks, a small skew."""
    out = ImageOps.autocontrast(img, cutoff=2)
    out = _tone(out, rnd.randint(205, 222), 5)
    draw = ImageDraw.Draw(out)
    x = rnd.randrange(out.size[0])
    draw.line((x, 0, x + rnd.randint(-8, 8), out.size[1]), fill=rnd.randint(150, 190), width=2)
    _speckle(out, rnd, 500)
    out = out.rotate(rnd.uniform(-0.8, 0.8), resample=Image.Resampling.BICUBIC, fillcolor=210)
    return out.filter(ImageFilter.GaussianBlur(radius=0.4))


def phone_photo(img: Image.Image, rnd: random.Random) -> bytes:
    """A phone's JPEG of a page on a desk: warm tint, a little perspective, a shadow, JPEG."""
    w, h = img.size
    desk = Image.new("RGB", (w + 160, h + 160), (92, 74, 58))
    sheet = Image.merge("RGB", [img.point(lambda v: min(255, v + 0)), img.point(lambda v: v * 245 // 255),
                                img.point(lambda v: v * 222 // 255)])
    desk.paste(sheet, (80, 80))
    W, H = desk.size
    j = [rnd.randint(10, 45) for _ in range(8)]
    quad = (j[0], j[1], j[2], H - j[3], W - j[4], H - j[5], W - j[6], j[7])
    out = desk.transform((W, H), Image.Transform.QUAD, quad, resample=Image.Resampling.BICUBIC)
    shade = Image.linear_gradient("L").resize((W, H)).point(lambda v: 255 - v // 5)
    out = Image.composite(out, Image.new("RGB", (W, H), (0, 0, 0)), shade)
    out = out.filter(ImageFilter.GaussianBlur(radius=0.6))
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=84)
    return buf.getvalue()


def images_pdf(images: list[Image.Image], dpi: int, quality: int = 80) -> bytes:
    """An image-only PDF (no text layer), each page the size of its image at dpi."""
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    for img in images:
        w, h = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        c.setPageSize((w, h))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=quality)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def blank_sheet(rnd: random.Random, dpi: int) -> Image.Image:
    """A white sheet through a scanner: nothing on it but the paper's grain."""
    img = Image.new("L", (int(8.5 * dpi), int(11 * dpi)), rnd.randint(238, 246))
    _speckle(img, rnd, 60)
    return img.filter(ImageFilter.GaussianBlur(radius=0.5))


def word_document() -> bytes:
    """A Word document (a zip) as someone saved it under a .pdf name."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in (("[Content_Types].xml", '<?xml version="1.0"?><Types/>'),
                           ("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>To whom it may concern"
                                                 "</w:t></w:r></w:p></w:body></w:document>")):
            z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), text)
    return buf.getvalue()
