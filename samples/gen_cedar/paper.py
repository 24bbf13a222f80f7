"""Security paper, and what a scanner or a phone does to a page: rasterising (pdftoppm),
rotation/skew, noise, blur, JPEG, image-only PDFs; a phone photo with perspective and
uneven light.  All randomness comes from the caller's seeded Random."""
from __future__ import annotations

import io
import math
import os
import subprocess
import tempfile

import numpy as np
from PIL import Image, ImageFilter
from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas


def security_paper(c, w, h, style, rng):
    """Draw a security background under the page's content."""
    c.saveState()
    if style == "wave":
        c.setStrokeColor(colors.HexColor("#c9dcd0"))
        c.setLineWidth(0.35)
        for k in range(0, int(h), 9):
            p = c.beginPath()
            p.moveTo(0, k)
            for x in range(0, int(w) + 12, 12):
                p.lineTo(x, k + 3.5 * math.sin(x / 19.0 + k / 31.0))
            c.drawPath(p, stroke=1, fill=0)
    elif style == "microtext":
        c.setFillColor(colors.HexColor("#e3dccb"))
        c.setFont("Helvetica", 3.2)
        line = "ORIGINAL DOCUMENT VOID IF COPIED " * 12
        for k in range(0, int(h), 5):
            c.drawString(-(k % 40), k, line)
    elif style == "rosette":
        c.setStrokeColor(colors.HexColor("#d6d2ea"))
        c.setLineWidth(0.3)
        cx, cy = w / 2, h / 2
        for k in range(48):
            a = k * math.pi / 24
            c.circle(cx + 90 * math.cos(a), cy + 90 * math.sin(a), 120, stroke=1, fill=0)
    elif style == "tint":
        c.setFillColor(colors.HexColor("#f3eedc"))
        c.rect(0, 0, w, h, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#e7dfc3"))
        for _ in range(220):
            c.circle(rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.4, 1.6), stroke=0, fill=1)
    c.restoreState()


def render_pages(pdf_bytes: bytes, dpi: int) -> list[Image.Image]:
    """Rasterise every page with poppler's pdftoppm (grey)."""
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in.pdf")
        with open(src, "wb") as f:
            f.write(pdf_bytes)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src, os.path.join(td, "p")],
                       check=True, capture_output=True)
        names = sorted(n for n in os.listdir(td) if n.startswith("p") and n.endswith(".png"))
        names.sort(key=lambda n: int(n[2:-4]))
        return [Image.open(os.path.join(td, n)).convert("L") for n in names]


def scan_effect(img: Image.Image, rng, strength=1.0) -> Image.Image:
    """Small rotation, a shift, grey noise, a little blur, a darker border."""
    angle = rng.uniform(-1.6, 1.6) * strength
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
    dx, dy = rng.randint(-8, 8), rng.randint(-8, 8)
    img = img.transform(img.size, Image.AFFINE, (1, 0.004 * strength * rng.uniform(-1, 1), dx,
                                                  0, 1, dy), fillcolor=248)
    a = np.asarray(img, dtype=np.float32)
    nrng = np.random.default_rng(rng.randint(0, 2**31))
    a = a * rng.uniform(0.9, 0.98) + rng.uniform(4, 14)
    a += nrng.normal(0, 6 * strength, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if rng.random() < 0.7:
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    return img


def blank_effect(img: Image.Image, rng) -> Image.Image:
    a = np.full(img.size[::-1], 244, dtype=np.float32)
    a += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 2.5, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def jpeg_bytes(img: Image.Image, quality: int) -> bytes:
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality, optimize=False)
    return b.getvalue()


def image_pdf(images: list[Image.Image], sizes: list[tuple], quality=70) -> bytes:
    """An image-only PDF: one JPEG per page at the page's size in points."""
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1, pageCompression=0)
    c.setAuthor("")
    c.setProducer("cedar-scanner")
    for img, (w, h) in zip(images, sizes, strict=True):
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jpeg_bytes(img, quality))), 0, 0, w, h)
        c.showPage()
    c.save()
    return out.getvalue()


def page_sizes(pdf_bytes: bytes) -> list[tuple]:
    from pypdf import PdfReader
    r = PdfReader(io.BytesIO(pdf_bytes))
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in r.pages]


def scanned_pdf(pdf_bytes: bytes, dpi: int, rng, blank_pages=(), quality=None) -> bytes:
    imgs = render_pages(pdf_bytes, dpi)
    out = []
    for i, im in enumerate(imgs):
        out.append(blank_effect(im, rng) if i in blank_pages else scan_effect(im, rng))
    return image_pdf(out, page_sizes(pdf_bytes), quality or (72 if dpi >= 300 else 60))


def phone_photo(pdf_bytes: bytes, rng) -> bytes:
    """A phone's JPEG of page 1: on a desk, perspective, uneven light, colour."""
    page = render_pages(pdf_bytes, 150)[0]
    W, H = page.size
    bg_w, bg_h = int(W * 1.25), int(H * 1.18)
    bg = Image.new("RGB", (bg_w, bg_h), (92, 74, 58))
    ox, oy = int(W * 0.12), int(H * 0.08)
    bg.paste(page.convert("RGB"), (ox, oy))
    # perspective: the top edge narrower than the bottom
    sq = W * 0.05
    src = [(ox - sq, oy), (ox + W + sq, oy), (ox + W, oy + H), (ox, oy + H)]
    dst = [(0, 0), (bg_w, 0), (bg_w, bg_h), (0, bg_h)]
    coeffs = _persp(dst, src)
    img = bg.transform((bg_w, bg_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    img = img.rotate(rng.uniform(-3, 3), resample=Image.BICUBIC, fillcolor=(80, 64, 50))
    a = np.asarray(img, dtype=np.float32)
    yy, xx = np.mgrid[0:bg_h, 0:bg_w]
    light = 0.72 + 0.33 * (1 - ((xx / bg_w - 0.3) ** 2 + (yy / bg_h - 0.25) ** 2))
    a = a * light[..., None] * np.array([1.0, 0.97, 0.9])
    a += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 4, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return jpeg_bytes(img, 82)


def _persp(pa, pb):
    m = []
    for (x, y), (u, v) in zip(pa, pb, strict=True):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=np.float64)
    B = np.array(pb, dtype=np.float64).reshape(8)
    return tuple(np.linalg.solve(A, B))
