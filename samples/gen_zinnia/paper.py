"""Paper and scanner effects: photocopies, phone photos, blank scans, image-only PDFs.

Everything random comes from the caller's seeded `random.Random` (no numpy, no
`effect_noise`), so the images are the same on every run.
"""

from __future__ import annotations

import io

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageOps
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas


def render(pdf_bytes: bytes, dpi: int):
    """Every page of a PDF as a PIL image (RGB) with its size in points."""
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        page = doc[i]
        size = page.get_size()
        img = page.render(scale=dpi / 72).to_pil().convert("RGB")
        out.append((img, size))
        page.close()
    doc.close()
    return out


def _speckle(img, rng, n, dark=True):
    draw = ImageDraw.Draw(img)
    w, h = img.size
    for _ in range(n):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.choice([0, 0, 1, 1, 2])
        v = rng.randint(20, 110) if dark else rng.randint(215, 255)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=(v, v, v) if img.mode == "RGB" else v)
    return img


def scan(img, rng, grey=232, skew_max=0.9, blur=0.6, specks=900, mode="L"):
    """A flatbed scan: grey paper, a slight skew (< 1 degree), speckle, a slight blur."""
    g = img.convert("L")
    g = g.point(lambda v: int(grey * v / 255 + (8 if v < 128 else 0)))
    g = g.rotate(rng.uniform(-skew_max, skew_max), resample=Image.BICUBIC, fillcolor=grey, expand=False)
    g = _speckle(g, rng, specks)
    if blur:
        g = g.filter(ImageFilter.GaussianBlur(blur))
    return g if mode == "L" else g.convert("RGB")


def photocopy(img, rng):
    """A photocopy: harsher contrast, toner streak, grey edges."""
    g = img.convert("L")
    g = ImageOps.autocontrast(g, cutoff=2)
    g = g.point(lambda v: 0 if v < 105 else (255 if v > 200 else int(v * 0.9)))
    draw = ImageDraw.Draw(g)
    w, h = g.size
    x = rng.randrange(w // 5, 4 * w // 5)
    draw.rectangle([x, 0, x + 2, h], fill=200)
    draw.rectangle([0, 0, w, 8], fill=70)
    g = g.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=235)
    g = _speckle(g, rng, 1500)
    return g.filter(ImageFilter.GaussianBlur(0.5))


def phone_photo(img, rng):
    """A phone photo of a page on a desk: warm light, tilted, a dark desk around it."""
    page = img.convert("RGB")
    page = page.point(lambda v: int(v * 0.93))
    r, g, b = page.split()
    r = r.point(lambda v: min(255, v + 10))
    b = b.point(lambda v: max(0, v - 14))
    page = Image.merge("RGB", (r, g, b))
    pw, ph = page.size
    bg = Image.new("RGB", (int(pw * 1.18), int(ph * 1.14)), (74, 58, 44))
    page = page.rotate(rng.uniform(-3.5, 3.5), resample=Image.BICUBIC, expand=True, fillcolor=(74, 58, 44))
    bg.paste(page, ((bg.size[0] - page.size[0]) // 2, (bg.size[1] - page.size[1]) // 2))
    shade = Image.new("L", bg.size, 0)
    d = ImageDraw.Draw(shade)
    d.rectangle([0, 0, bg.size[0] // 3, bg.size[1]], fill=26)
    shade = shade.filter(ImageFilter.GaussianBlur(60))
    dark = Image.new("RGB", bg.size, (0, 0, 0))
    bg = Image.composite(dark, bg, shade)
    return bg.filter(ImageFilter.GaussianBlur(0.8))


def blank_scan(rng, dpi=150, size=(612, 792)):
    """A white page run through the scanner: nothing on it but speckle."""
    w, h = int(size[0] * dpi / 72), int(size[1] * dpi / 72)
    g = Image.new("L", (w, h), 244)
    g = _speckle(g, rng, 180)
    return g.filter(ImageFilter.GaussianBlur(0.4))


def jpeg_bytes(img, quality=72) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=False, progressive=False)
    return buf.getvalue()


def image_pdf(images) -> bytes:
    """An image-only PDF: each (PIL image, (w, h) points) becomes one page, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    for img, (w, h) in images:
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(img, 60))), 0, 0, width=w, height=h)
        c.showPage()
    c.save()
    return buf.getvalue()
