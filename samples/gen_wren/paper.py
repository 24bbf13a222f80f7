"""Paper and scanner effects: photocopies, phone photos, image-only scans of every page."""

from __future__ import annotations

import io
import random

import pypdfium2
from PIL import Image, ImageChops, ImageDraw, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas


def rasterize(pdf_bytes: bytes, dpi: int) -> list[Image.Image]:
    doc = pypdfium2.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=dpi / 72.0).to_pil().convert("L")
        out.append(img)
    doc.close()
    return out


def scan_effect(img: Image.Image, rng: random.Random, strength: float = 1.0) -> Image.Image:
    """Grey paper, skew under one degree, speckle and a slight blur."""
    g = img.convert("L")
    paper = rng.randint(222, 238)
    g = g.point(lambda v: int(v * paper / 255))
    angle = rng.uniform(-0.9, 0.9) * strength
    g = g.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=paper)
    speck = Image.new("L", g.size, 255)
    dr = ImageDraw.Draw(speck)
    for _ in range(int(g.size[0] * g.size[1] / 9000 * strength)):
        x = rng.randrange(g.size[0])
        y = rng.randrange(g.size[1])
        r = rng.choice([0, 0, 1])
        dr.ellipse([x, y, x + r, y + r], fill=rng.randint(40, 140))
    g = ImageChops.darker(g, speck)
    return g.filter(ImageFilter.GaussianBlur(radius=0.6 * strength))


def photocopy(img: Image.Image, rng: random.Random) -> Image.Image:
    """A copier's look: harder contrast, a dark edge, toner specks, a small shift."""
    g = scan_effect(img, rng, 1.3)
    g = g.point(lambda v: 0 if v < 110 else (255 if v > 200 else v))
    dr = ImageDraw.Draw(g)
    dr.rectangle([0, 0, g.size[0], 6], fill=70)
    return g


def phone_photo(img: Image.Image, rng: random.Random) -> Image.Image:
    """A JPEG of a page lying on a desk: warm light, a tilt, a background around it."""
    w, h = img.size
    bg = Image.new("RGB", (int(w * 1.12), int(h * 1.1)), (96, 78, 60))
    page = img.convert("RGB")
    page = Image.merge("RGB", [b.point(lambda v, k=k: int(v * k)) for b, k in
                               zip(page.split(), (0.98, 0.94, 0.84), strict=True)])
    page = page.rotate(rng.uniform(-3.5, 3.5), expand=True, fillcolor=(96, 78, 60))
    bg.paste(page, (int(w * 0.05), int(h * 0.04)))
    shade = Image.linear_gradient("L").resize(bg.size).point(lambda v: 255 - v // 4)
    bg = Image.composite(bg, Image.new("RGB", bg.size, (20, 16, 12)), shade)
    return bg.filter(ImageFilter.GaussianBlur(radius=0.8))


def image_pdf(images: list[Image.Image], dpi: int, title: str) -> bytes:
    """An image-only PDF, one page per image, deterministic."""
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1, pageCompression=1)
    c.setTitle(title)
    for img in images:
        wpt = img.size[0] * 72.0 / dpi
        hpt = img.size[1] * 72.0 / dpi
        c.setPageSize((wpt, hpt))
        jb = io.BytesIO()
        img.convert("L").save(jb, format="JPEG", quality=72, optimize=False)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, wpt, hpt)
        c.showPage()
    c.save()
    return buf.getvalue()


def jpeg_bytes(img: Image.Image, quality: int = 80) -> bytes:
    b = io.BytesIO()
    img.save(b, format="JPEG", quality=quality)
    return b.getvalue()


def white_scan(rng: random.Random, dpi: int = 150) -> Image.Image:
    """A blank sheet through the scanner: grey paper and dust, no text."""
    img = Image.new("L", (int(8.5 * dpi), int(11 * dpi)), 255)
    return scan_effect(img, rng, 0.7)
