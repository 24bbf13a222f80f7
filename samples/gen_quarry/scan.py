"""Scanned twins of the set: every PDF re-made as an image-only PDF of its pages.

`scan_300dpi`: 300 dpi grayscale, clean (a good office scanner).
`scan_200dpi`: 200 dpi, skewed up to 1.5 degrees, lightly blurred, speckled, JPEG
compressed; every fourth page instead looks like a phone photo (a slight keystone
perspective and lighting that falls off toward one corner), kept readable.
Files that are not PDFs (the Word file named .pdf) are copied as they are; manifests and
truth files are copied unchanged, since a scan prints the same facts.
"""

from __future__ import annotations

import hashlib
import io
import shutil
from pathlib import Path
from random import Random

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas


def _seed(name: str) -> int:
    return int(hashlib.sha256(name.encode()).hexdigest()[:12], 16)


def _noise(size: tuple[int, int], rng: Random, amount: int) -> Image.Image:
    """Sparse dark speckle as a grayscale layer (deterministic, no numpy)."""
    layer = Image.new("L", size, 255)
    d = ImageDraw.Draw(layer)
    w, h = size
    for _ in range(amount):
        x, y = rng.randrange(w), rng.randrange(h)
        d.point((x, y), fill=rng.randint(90, 200))
    return layer


def _phone(img: Image.Image, rng: Random) -> Image.Image:
    w, h = img.size
    dx, dy = w * rng.uniform(0.01, 0.025), h * rng.uniform(0.005, 0.015)
    # keystone: the top edge slightly narrower than the bottom
    quad = (dx, dy, -dx * 0.4, h + dy * 0.3, w + dx * 0.4, h - dy * 0.3, w - dx, 0)
    img = img.transform((w, h), Image.Transform.QUAD, quad, Image.Resampling.BICUBIC,
                        fillcolor=235)
    grad = Image.linear_gradient("L").resize((w, h)).rotate(rng.choice([0, 90, 180, 270]),
                                                            expand=False)
    shade = grad.point(lambda v: 255 - int(v * 0.22))  # at most ~22% darker
    return ImageChops.multiply(img, shade)


def degrade(img: Image.Image, rng: Random, phone: bool) -> Image.Image:
    img = img.convert("L")
    if phone:
        img = _phone(img, rng)
    img = img.rotate(rng.uniform(-1.5, 1.5), resample=Image.Resampling.BICUBIC, expand=False,
                     fillcolor=245)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
    img = ImageChops.multiply(img, _noise(img.size, rng, img.size[0] * img.size[1] // 900))
    return img


def scan_pdf(src: Path, dst: Path, dpi: int, rough: bool) -> None:
    rng = Random(_seed(f"{dpi}:{src.name}:{src.stat().st_size}"))
    pdf = pdfium.PdfDocument(str(src))
    c = Canvas(str(dst), invariant=1, pageCompression=1)
    c.setCreator("Scanner")
    for i in range(len(pdf)):
        page = pdf[i]
        w_pt, h_pt = page.get_size()
        img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        if rough:
            img = degrade(img, rng, phone=(i % 4 == 3) or rng.random() < 0.1)
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=rng.randint(72, 86))
            buf.seek(0)
            reader = ImageReader(buf)
        else:
            reader = ImageReader(img)
        c.setPageSize((w_pt, h_pt))
        c.drawImage(reader, 0, 0, w_pt, h_pt)
        c.showPage()
    c.save()
    pdf.close()


def _is_pdf(p: Path) -> bool:
    with p.open("rb") as fh:
        return fh.read(5) == b"%PDF-"


def scan_set(src_root: Path, out_root: Path) -> None:
    for sub, dpi, rough in (("scan_300dpi", 300, False), ("scan_200dpi", 200, True)):
        dst_root = out_root / sub
        if dst_root.exists():
            shutil.rmtree(dst_root)
        n = 0
        for p in sorted(src_root.rglob("*")):
            if not p.is_file():
                continue
            rel = p.relative_to(src_root)
            q = dst_root / rel
            q.parent.mkdir(parents=True, exist_ok=True)
            if p.suffix.lower() == ".pdf" and _is_pdf(p):
                scan_pdf(p, q, dpi, rough)
                n += 1
            else:
                shutil.copyfile(p, q)
        print(f"{sub}: {n} image-only PDFs in {dst_root}")
