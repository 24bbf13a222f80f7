"""Scan effects: rasterize every PDF page, degrade it, save image-only PDFs."""
import io
import json
import random
import shutil
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageFilter


def degrade(img, rng):
    img = img.convert("L")
    tint = rng.choice([(242, 238, 228), (236, 236, 236), (245, 241, 225)])
    img = img.point(lambda v: int(30 + v * 0.86))
    img = img.rotate(rng.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 4000):
        px[rng.randrange(w), rng.randrange(h)] = rng.randrange(60, 160)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))
    rgb = Image.merge("RGB", [img.point(lambda v, t=t: v * t // 255) for t in tint])
    buf = io.BytesIO()
    rgb.save(buf, "JPEG", quality=rng.choice([60, 70, 80]))
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def scan_pdf(src, dest, dpi, rng):
    try:
        doc = pdfium.PdfDocument(str(src))
    except pdfium.PdfiumError:
        shutil.copyfile(src, dest)
        return
    pages = [degrade(doc[i].render(scale=dpi / 72).to_pil(), rng) for i in range(len(doc))]
    doc.close()
    pages[0].save(dest, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def _ocr(truth):
    for d in truth["documents"]:
        if "text_source" in d:
            d["text_source"] = "ocr"
    return truth


def scan_set(src, dest, dpi):
    src, dest = Path(src), Path(dest)
    if dest.exists():
        shutil.rmtree(dest)
    for path in sorted(src.rglob("*")):
        if path.is_dir():
            continue
        out = dest / path.relative_to(src)
        out.parent.mkdir(parents=True, exist_ok=True)
        rng = random.Random(f"{dpi}/{path.relative_to(src)}")
        if path.suffix == ".pdf":
            scan_pdf(path, out, dpi, rng)
        elif path.name.endswith("truth.json"):
            out.write_text(json.dumps(_ocr(json.loads(path.read_text())), indent=2, ensure_ascii=False) + "\n")
        else:
            shutil.copyfile(path, out)
