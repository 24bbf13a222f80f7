"""Scan effects: rasterise a PDF with pdftoppm, then rotate, skew, add noise, blur and
JPEG-compress each page; phone photos (perspective, uneven light) and PNG re-scans.
All randomness comes from string-seeded random.Random, so output is byte-identical."""

import io
import os
import random
import subprocess
import tempfile

import numpy as np
from PIL import Image, ImageFilter
from reportlab.pdfgen import canvas


def rasterise(pdf_bytes, dpi, first=None, last=None):
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in.pdf")
        with open(src, "wb") as fh:
            fh.write(pdf_bytes)
        cmd = ["pdftoppm", "-r", str(dpi), "-gray", "-png"]
        if first:
            cmd += ["-f", str(first), "-l", str(last or first)]
        subprocess.run(cmd + [src, os.path.join(td, "p")], check=True, stderr=subprocess.DEVNULL)
        names = sorted(n for n in os.listdir(td) if n.startswith("p") and n.endswith(".png"))
        return [Image.open(os.path.join(td, n)).copy() for n in names]


def _noise(img, rng, amount):
    a = np.asarray(img, dtype=np.int16)
    nr = np.random.Generator(np.random.PCG64(rng.randrange(2**32)))
    a = a + nr.normal(0, amount, a.shape).astype(np.int16)
    # a few specks
    for _ in range(rng.randint(20, 60)):
        y, x = rng.randrange(a.shape[0]), rng.randrange(a.shape[1])
        a[y : y + rng.randint(1, 4), x : x + rng.randint(1, 4)] = rng.randint(0, 90)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def scan_page(img, rng, heavy=False):
    img = img.convert("L")
    w, h = img.size
    sh = rng.uniform(-0.012, 0.012)
    img = img.transform(
        (w, h), Image.AFFINE, (1, sh, -sh * h / 2, 0, 1, 0), resample=Image.BILINEAR, fillcolor=255
    )
    ang = rng.uniform(-1.6, 1.6) * (1.8 if heavy else 1)
    img = img.rotate(ang, resample=Image.BILINEAR, expand=False, fillcolor=rng.randint(235, 252))
    img = _noise(img, rng, rng.uniform(4, 9) * (1.5 if heavy else 1))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9) * (1.4 if heavy else 1)))
    return img


def jpeg(img, q):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, optimize=False)
    return b.getvalue()


def image_pdf(pages_jpeg, dpi_of):
    """An image-only PDF, one JPEG per page, sized as letter (or the image's own size)."""
    b = io.BytesIO()
    c = canvas.Canvas(b, invariant=1, pageCompression=1)
    from reportlab.lib.utils import ImageReader

    for data, (pw, ph) in pages_jpeg:
        c.setPageSize((pw, ph))
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, pw, ph)
        c.showPage()
    c.save()
    return b.getvalue()


def scanned_pdf(pdf_bytes, seed, dpi=200, heavy=False, quality=None):
    rng = random.Random("dahlia-scan|" + seed)
    imgs = rasterise(pdf_bytes, dpi)
    out = []
    for img in imgs:
        pw, ph = img.size[0] * 72.0 / dpi, img.size[1] * 72.0 / dpi
        out.append((jpeg(scan_page(img, rng, heavy), quality or rng.randint(55, 80)), (pw, ph)))
    return image_pdf(out, dpi)


def blank_scan_pdf(seed, dpi=150):
    rng = random.Random("dahlia-blank|" + seed)
    img = Image.new("L", (int(8.5 * dpi), int(11 * dpi)), 250)
    img = _noise(img, rng, 3)
    return image_pdf([(jpeg(img, 70), (612, 792))], dpi)


def phone_photo(pdf_bytes, seed, page=1):
    """A JPEG of a page photographed on a desk: perspective, uneven light, warm cast."""
    rng = random.Random("dahlia-photo|" + seed)
    img = rasterise(pdf_bytes, 110, page, page)[0].convert("RGB")
    w, h = img.size
    W, H = int(w * 1.18), int(h * 1.12)
    desk = Image.new(
        "RGB", (W, H), (rng.randint(90, 130), rng.randint(70, 100), rng.randint(50, 70))
    )
    desk.paste(img, ((W - w) // 2, (H - h) // 2))
    d = [rng.uniform(-0.04, 0.04) * W for _ in range(8)]
    quad = (
        d[0] + W * 0.05,
        d[1] + H * 0.04,
        d[2] + W * 0.02,
        H * 0.97 + d[3],
        W * 0.98 + d[4],
        H * 0.98 + d[5],
        W * 0.94 + d[6],
        H * 0.03 + d[7],
    )
    img = desk.transform((w, h), Image.QUAD, quad, resample=Image.BICUBIC)
    a = np.asarray(img, dtype=np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.1, 0.5) * h
    light = 1.08 - 0.35 * np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    a = a * light[..., None] * np.array([1.0, 0.97, 0.9])
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").filter(
        ImageFilter.GaussianBlur(0.7)
    )
    b = io.BytesIO()
    img.save(b, "JPEG", quality=rng.randint(72, 85))
    return b.getvalue()


def png_rescan(pdf_bytes, seed, page=1):
    rng = random.Random("dahlia-png|" + seed)
    img = scan_page(rasterise(pdf_bytes, 150, page, page)[0], rng)
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()
