"""Scanned variants of the set: the same packets and truth, every page an image.

`scan_300dpi`: a clean office scanner, grayscale 300 dpi image PDFs (PNG/JPEG files stay
images). `scan_200dpi`: a tired scanner and a phone: skew up to 1.5 degrees, blur,
speckle, JPEG artefacts, and every fourth page taken like a phone photo (keystone, uneven
light). The truth is the same except `text_source`, which is `ocr` for every page read
from an image (conventions: `pdf_text` only where the PDF's own text layer is used).
"""
from __future__ import annotations

import io
import json
import random
import shutil
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

from .build import raster

PROFILES = {"scan_300dpi": 300, "scan_200dpi": 200}
SCAN_TIME = time.gmtime(1793525400)  # a fixed scan time, so two runs write the same bytes


def clean(page: Image.Image) -> Image.Image:
    return page.convert("L")


def worn(page: Image.Image, rng: random.Random, phone: bool) -> Image.Image:
    """A page as a worn scanner or a phone camera leaves it."""
    img = page.convert("L")
    w, h = img.size
    if phone:
        dx, dy = w * rng.uniform(0.02, 0.05), h * rng.uniform(0.01, 0.03)
        quad = (-dx, -dy, dx * 0.3, h + dy, w - dx * 0.3, h + dy * 0.5, w + dx, -dy * 0.6)
        img = img.transform((w, h), Image.Transform.QUAD, quad, resample=Image.Resampling.BILINEAR, fillcolor=120)
        light = Image.linear_gradient("L").resize((w, h)).rotate(rng.uniform(-40, 40), fillcolor=128)
        light = light.point(lambda v: 255 - int(v * 0.35))
        img = Image.composite(img, Image.new("L", (w, h), 0), light).point(lambda v: min(255, int(v * 1.08)))
    img = img.rotate(rng.uniform(-1.5, 1.5), resample=Image.Resampling.BICUBIC, expand=False, fillcolor=250)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))
    draw = ImageDraw.Draw(img)
    for _ in range(int(w * h / 40000)):
        x, y = rng.randrange(w), rng.randrange(h)
        draw.point((x, y), fill=rng.randrange(0, 90))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=rng.randint(38, 55))
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def _pages(profile: str, pages: list[Image.Image], seed: str, counter: list[int]) -> list[Image.Image]:
    out = []
    for n, page in enumerate(pages):
        if profile == "scan_300dpi":
            out.append(clean(page))
        else:
            counter[0] += 1
            out.append(worn(page, random.Random(f"{seed}/{n}"), phone=counter[0] % 4 == 0))
    return out


def _convert(src: Path, dst: Path, profile: str, counter: list[int]) -> None:
    dpi = PROFILES[profile]
    data = src.read_bytes()
    seed = f"{profile}/{src.parent.name}/{src.name}"
    if data.startswith(b"%PDF"):
        pages = _pages(profile, raster(data, dpi), seed, counter)
        pages[0].save(dst, format="PDF", save_all=True, append_images=pages[1:], resolution=float(dpi),
                      creationDate=SCAN_TIME, modDate=SCAN_TIME)
    elif src.suffix.lower() in (".png", ".jpg", ".jpeg"):
        img = Image.open(src)
        scale = dpi / 150  # the set's images are drawn at 150 dpi
        page = img.convert("RGB").resize((round(img.width * scale), round(img.height * scale)), Image.Resampling.LANCZOS)
        out = _pages(profile, [page], seed, counter)[0]
        out.save(dst, format="PNG" if src.suffix.lower() == ".png" else "JPEG", **({} if src.suffix.lower() == ".png" else {"quality": 80}))
    else:  # not a PDF or an image (the Word file): the scanner never saw it; copied as it is
        shutil.copyfile(src, dst)


def _truth(src: Path, dst: Path) -> None:
    truth = json.loads(src.read_text())
    for doc in truth["documents"]:
        if "UNSUPPORTED_FILE" not in doc["flags"]:
            doc["text_source"] = "ocr"
    dst.write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")


def write_scanned(source: Path, target: Path) -> None:
    """Write both profiles of every packet found in `source` under `target`."""
    if target.exists():
        shutil.rmtree(target)
    for profile in PROFILES:
        base = target / profile
        base.mkdir(parents=True)
        counter = [0]
        for entry in sorted(source.iterdir()):
            if entry.is_dir():
                (base / entry.name).mkdir()
                for f in sorted(entry.iterdir()):
                    if f.name == "truth.json":
                        _truth(f, base / entry.name / f.name)
                    elif f.name == "packet.json":
                        shutil.copyfile(f, base / entry.name / f.name)
                    else:
                        _convert(f, base / entry.name / f.name, profile, counter)
            elif entry.name.endswith(".truth.json"):
                _truth(entry, base / entry.name)
            elif entry.suffix == ".json":
                shutil.copyfile(entry, base / entry.name)
            else:
                _convert(entry, base / entry.name, profile, counter)
