"""Scanned variants: a 200 dpi skewed flatbed scan (image-only PDF) or a phone photo (JPEG)."""
from __future__ import annotations

import io
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter


def raster(pdf: Path, dpi: int) -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as t:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), f"{t}/p"], check=True)
        return [Image.open(p).convert("L").copy() for p in sorted(Path(t).glob("p*.png"))]


def flatbed(img: Image.Image, rng: random.Random) -> Image.Image:
    img = img.rotate(rng.uniform(-2.2, 2.2), resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    noise = Image.effect_noise(img.size, rng.uniform(8, 16))
    img = Image.blend(img, noise, 0.06)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=rng.randint(55, 75))
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def phone(img: Image.Image, rng: random.Random) -> Image.Image:
    rgb = Image.merge("RGB", (img, img, img))
    w, h = rgb.size
    # uneven light: a darker corner gradient over warm paper
    shade = Image.linear_gradient("L").resize((w, h)).rotate(rng.choice([30, 135, 210]), expand=False,
                                                                 fillcolor=128)
    warm = Image.new("RGB", (w, h), (236, 226, 205))
    rgb = Image.composite(rgb, Image.blend(rgb, warm, 0.5), Image.eval(shade, lambda v: 255 - v // 3))
    dark = Image.new("RGB", (w, h), (60, 55, 50))
    rgb = Image.composite(dark, rgb, Image.eval(shade, lambda v: v // 5))
    # perspective-ish: slight rotation on a table-coloured background, then crop
    bg = Image.new("RGB", (int(w * 1.12), int(h * 1.1)), (92, 74, 58))
    bg.paste(rgb, (int(w * 0.06), int(h * 0.05)))
    ImageDraw.Draw(bg)
    bg = bg.rotate(rng.uniform(-4, 4), resample=Image.BICUBIC, fillcolor=(92, 74, 58))
    bg = bg.filter(ImageFilter.GaussianBlur(rng.uniform(0.8, 1.3)))
    return bg


def scan_set(src: Path, out: Path, seed: int) -> None:
    if out.exists():
        shutil.rmtree(out)
    rng = random.Random(seed)
    for pk in sorted(p for p in src.iterdir() if p.is_dir()):
        dst = out / pk.name
        dst.mkdir(parents=True)
        shutil.copy(pk / "packet.json", dst / "packet.json")
        truth = json.loads((pk / "truth.json").read_text())
        rename: dict[str, str] = {}
        for pdf in sorted(pk.glob("*.pdf")):
            pages = raster(pdf, 200)
            if len(pages) == 1 and rng.random() < 0.4:
                img = phone(raster(pdf, 150)[0], rng)
                name = pdf.stem + ".jpg"
                img.save(dst / name, "JPEG", quality=rng.randint(70, 85))
                rename[pdf.name] = name
            else:
                imgs = [flatbed(p, rng) for p in pages]
                imgs[0].save(dst / pdf.name, "PDF", resolution=200.0, save_all=True, append_images=imgs[1:])
        for d in truth["documents"]:
            d["source"] = rename.get(d["source"], d["source"])
        truth["description"] = "Scanned variant: " + truth["description"]
        (dst / "truth.json").write_text(json.dumps(truth, indent=2) + "\n")
