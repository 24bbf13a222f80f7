"""Good scans of the ledger set: every page rasterised and written back as an image-only
PDF. scan_300dpi: 300 dpi grayscale; scan_200dpi: 200 dpi, slight skew (<= 1.5 degrees),
light blur, faint noise, JPEG compression. Manifests and truth are copied unchanged."""

from __future__ import annotations

import io
import random
import shutil
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

VARIANTS = {"scan_300dpi": dict(dpi=300, skew=0.0, blur=0.0, noise=0.0, quality=88),
            "scan_200dpi": dict(dpi=200, skew=1.5, blur=0.6, noise=5.0, quality=60)}


def degrade(img: Image.Image, rng: random.Random, skew: float, blur: float, noise: float) -> Image.Image:
    if skew:
        img = img.rotate(rng.uniform(-skew, skew), resample=Image.Resampling.BILINEAR,
                         expand=False, fillcolor=255)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        arr = np.asarray(img, dtype=np.float32)
        gen = np.random.default_rng(rng.randrange(2**32))
        arr = np.clip(arr + gen.normal(0, noise, arr.shape), 0, 255)
        img = Image.fromarray(arr.astype(np.uint8), "L")
    return img


def scan_pdf(src: Path, dst: Path, seed: int, dpi: int, skew: float, blur: float,
             noise: float, quality: int) -> int:
    pdf = pdfium.PdfDocument(str(src))
    c = Canvas(str(dst), invariant=1)
    for i in range(len(pdf)):
        page = pdf[i]
        w, h = page.get_size()
        img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        img = degrade(img, random.Random(f"{seed}:{src.name}:{i}:{dpi}"), skew, blur, noise)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi))
        buf.seek(0)
        c.setPageSize((w, h))
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    n = len(pdf)
    pdf.close()
    c.save()
    return n


def scan_set(src: Path, dest: Path, seed: int) -> int:
    if dest.exists():
        shutil.rmtree(dest)
    pages = 0
    for variant, opts in VARIANTS.items():
        for f in sorted(src.rglob("*")):
            if f.is_dir():
                continue
            out = dest / variant / f.relative_to(src)
            out.parent.mkdir(parents=True, exist_ok=True)
            if f.suffix == ".pdf":
                pages += scan_pdf(f, out, seed, **opts)  # type: ignore[arg-type]
            else:
                shutil.copyfile(f, out)
    return pages
