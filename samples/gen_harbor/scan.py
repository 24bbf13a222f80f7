"""Good scans of the harbor set: every page rasterized (pypdfium2) and written back as an
image-only PDF (no text layer), in two variants with the same truth and file names:

- scan_300dpi: 300 dpi grayscale, lossless (Flate);
- scan_200dpi: 200 dpi grayscale, skew up to 1.5 degrees, light blur, faint noise, JPEG q=80.
"""

from __future__ import annotations

import io
import random
import shutil
import zlib
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

VARIANTS = {"scan_300dpi": 300, "scan_200dpi": 200}


def degrade(img: Image.Image, rnd: random.Random) -> Image.Image:
    angle = rnd.uniform(-1.5, 1.5)
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(radius=rnd.uniform(0.4, 0.7)))
    arr = np.asarray(img, dtype=np.int16)
    noise = np.random.default_rng(rnd.randrange(1 << 30)).normal(0, 4.0, arr.shape)
    return Image.fromarray(np.clip(arr + noise, 0, 255).astype(np.uint8), "L")


def scan_pdf(src: Path, dest: Path, dpi: int, rnd: random.Random) -> int:
    pdf = pdfium.PdfDocument(str(src))
    c = Canvas(str(dest), invariant=1)
    for i in range(len(pdf)):
        page = pdf[i]
        w, h = page.get_size()
        img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        if dpi < 300:
            img = degrade(img, rnd)
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=80)
            buf.seek(0)
            reader = ImageReader(buf)
        else:
            reader = ImageReader(img)
        c.setPageSize((w, h))
        c.drawImage(reader, 0, 0, w, h)
        c.showPage()
    c.save()
    n = len(pdf)
    pdf.close()
    return n


def scan_set(src: Path, dest: Path, seed: int) -> int:
    """Scan every PDF of src into dest/<variant>/..., copying manifests and truth; return pages scanned."""
    if dest.exists():
        shutil.rmtree(dest)
    pages = 0
    for variant, dpi in VARIANTS.items():
        for path in sorted(src.rglob("*")):
            if path.is_dir():
                continue
            rel = path.relative_to(src)
            out = dest / variant / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            if path.suffix == ".pdf":
                rnd = random.Random(seed * 31 + zlib.crc32(f"{variant}/{rel}".encode()))
                pages += scan_pdf(path, out, dpi, rnd)
            else:
                shutil.copyfile(path, out)
    return pages
