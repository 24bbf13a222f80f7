"""Scan and photo effects: a clean 300 dpi office scan and a phone photo of each packet."""

from __future__ import annotations

import io
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageEnhance, ImageFilter, ImageOps


def raster(pdf: Path, dpi: int) -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), f"{td}/p"], check=True)
        return [Image.open(p).convert("L").copy() for p in sorted(Path(td).glob("p*.png"))]


def clean_scan(im: Image.Image, rng: random.Random) -> Image.Image:
    im = im.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=255)
    im = im.filter(ImageFilter.GaussianBlur(0.4))
    return _jpeg(im, 85)


def phone_photo(im: Image.Image, rng: random.Random) -> Image.Image:
    w, h = im.size
    im = im.resize((int(w * 0.62), int(h * 0.62)), Image.BILINEAR)
    im = ImageOps.expand(im, border=40, fill=90)  # the table around the sheet
    im = im.rotate(rng.uniform(-3.5, 3.5), resample=Image.BICUBIC, expand=True, fillcolor=70)
    w, h = im.size
    light = Image.linear_gradient("L").resize((w, h)).rotate(rng.choice([0, 90, 180, 270])).resize((w, h))
    light = light.point(lambda v: 255 - v * 0.35)
    im = ImageEnhance.Brightness(im).enhance(rng.uniform(0.85, 0.95))
    im = Image.fromarray(_shade(im, light))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.7, 1.1)))
    noise = Image.effect_noise((w, h), rng.uniform(6, 10))
    im = Image.blend(im, noise, 0.06)
    return _jpeg(im, 60)


def _shade(im, light):
    import numpy as np
    a = np.asarray(im, dtype=np.float32) * (np.asarray(light, dtype=np.float32) / 255.0)
    return a.clip(0, 255).astype("uint8")


def _jpeg(im, q):
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=q)
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def scan_set(src: Path, dst: Path, seed: int):
    """Writes clean 300 dpi image-only PDFs (variant *_scan300) and phone JPEGs/PDFs (*_photo)."""
    if dst.exists():
        shutil.rmtree(dst)
    for pk in sorted(p for p in src.iterdir() if p.is_dir()):
        truth = json.loads((pk / "truth.json").read_text())
        for variant in ("scan300", "photo"):
            rng = random.Random(f"{seed}-{pk.name}-{variant}")
            out = dst / f"{pk.name}_{variant}"
            out.mkdir(parents=True)
            shutil.copy(pk / "packet.json", out / "packet.json")
            rename = {}
            for pdf in sorted(pk.glob("*.pdf")):
                pages = raster(pdf, 300 if variant == "scan300" else 200)
                if variant == "scan300":
                    imgs = [clean_scan(p, rng) for p in pages]
                    imgs[0].save(out / pdf.name, "PDF", resolution=300, save_all=True, append_images=imgs[1:])
                    continue
                imgs = [phone_photo(p, rng) for p in pages]
                if len(imgs) == 1:  # one photo per one-page file: a phone's JPEG
                    name = f"{pdf.stem}.jpg"  # same stem: the packet order stays that of the PDFs
                    imgs[0].save(out / name, "JPEG", quality=70)
                    rename[pdf.name] = name
                else:
                    imgs[0].save(out / pdf.name, "PDF", resolution=200, save_all=True, append_images=imgs[1:])
            for d in truth["documents"]:
                d["source"] = rename.get(d["source"], d["source"])
            truth["documents"].sort(key=lambda d: (d["source"], d["pages"][0]))
            truth["description"] += f" ({variant} variant)"
            (out / "truth.json").write_text(json.dumps(truth, indent=2) + "\n")
