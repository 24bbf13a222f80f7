"""Scanned twins of the set: every page rendered and put back as an image-only PDF.

`scan_300dpi`: 300 dpi grayscale, straight and clean (lossless images). `scan_200dpi`:
200 dpi, a skew of at most 1.5 degrees, light blur, speckle noise, JPEG. File names,
manifests and truth files are the same as the born-digital set's (the truth does not
change: the same paper, scanned). Files that are no PDF are copied as they are.
"""

from __future__ import annotations

import io
import random
import shutil
import zlib
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

VARIANTS = {"scan_300dpi": 300, "scan_200dpi": 200}


def is_pdf(path: Path) -> bool:
    return path.read_bytes()[:5] == b"%PDF-"


def degrade(img: Image.Image, rng: random.Random) -> Image.Image:
    """Skew (<= 1.5 degrees), a light blur and speckle: a 200 dpi office scanner."""
    img = img.rotate(rng.uniform(-1.5, 1.5), resample=Image.Resampling.BICUBIC, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    noise = Image.frombytes("L", img.size, rng.randbytes(img.size[0] * img.size[1]))
    noise = noise.point(lambda v: 28 if v > 250 else v // 40)
    return ImageChops.subtract(img, noise)


def scan_pdf(src: Path, dst: Path, dpi: int) -> None:
    """Render each page of `src` and write an image-only PDF of the same page sizes."""
    rng = random.Random(zlib.crc32(f"{src.name}|{dpi}".encode()))
    pdf = pdfium.PdfDocument(str(src))
    c = Canvas(str(dst), invariant=1)
    for page in pdf:
        w, h = page.get_size()
        img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        if dpi == 300:
            reader = ImageReader(img)
        else:
            buf = io.BytesIO()
            degrade(img, rng).save(buf, "JPEG", quality=72, dpi=(dpi, dpi))
            buf.seek(0)
            reader = ImageReader(buf)
        c.setPageSize((w, h))
        c.drawImage(reader, 0, 0, w, h)
        c.showPage()
    c.save()
    pdf.close()


def scan_set(born: Path, out: Path) -> None:
    """Write every variant of the born-digital set `born` under `out`."""
    for variant, dpi in VARIANTS.items():
        root = out / variant
        if root.exists():
            shutil.rmtree(root)
        for src in sorted(born.rglob("*")):
            if src.is_dir():
                continue
            dst = root / src.relative_to(born)
            dst.parent.mkdir(parents=True, exist_ok=True)
            if src.suffix == ".pdf" and is_pdf(src):
                scan_pdf(src, dst, dpi)
            else:
                shutil.copyfile(src, dst)
        print(f"wrote {root}")
