"""Write the tern packets: files, manifests, truth; optionally the scanned variants."""

import io
import json
import random
import shutil
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from . import paper
from .truth import truth_json

SEPARATOR = "separator"


def _canvas(buf, title):
    c = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("scan-station")
    c.setProducer("tern")
    return c


def render_pdf(items, title, rnd):
    """Draw documents (and blank separator sheets) back to back; set each doc's pages."""
    buf = io.BytesIO()
    c = _canvas(buf, title)
    page = 1
    for it in items:
        if it == SEPARATOR:
            c.setPageSize(letter)
            c.showPage()
            page += 1
            continue
        if it.draw == "blank":
            n = it.spec["pages"]
            for _ in range(n):
                c.setPageSize(letter)
                c.showPage()
        else:
            n = it.draw(c, it.spec, random.Random(it.draw_key) if it.draw_key else rnd)
        it.pages = list(range(page, page + n))
        page += n
    c.save()
    return buf.getvalue()


def images_to_pdf(images, title, dpi):
    buf = io.BytesIO()
    c = _canvas(buf, title)
    for img in images:
        w, h = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(paper.jpeg_bytes(img, 85))), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def build_packet(pk, out: Path):
    """pk: name, manifest, description, shape ('folder'|'single'), files [(path, items|doc, mode)]."""
    name = pk["name"]
    docs, written = [], {}
    for path, items, mode in pk["files"]:
        rnd = random.Random(f"tern-draw:{name}:{path}")
        if mode == "pdf":
            data = render_pdf(items, f"{path}", rnd)
        elif mode == "jpeg":
            doc = items[0]
            pdf = render_pdf([doc], path, rnd)
            img = paper.photo(paper.rasterize(pdf, 150)[0], rnd)
            data = paper.jpeg_bytes(img)
            doc.pages = [1]
        elif mode == "raw":
            data = items[0].spec["bytes"]
            items[0].pages = [1]
        for it in items:
            if it != SEPARATOR:
                it.source = path
                docs.append(it)
        written[path] = (data, mode)
    truth = truth_json(pk["manifest"], docs, pk["description"])
    manifest = json.dumps(pk["manifest"], indent=2) + "\n"
    tj = json.dumps(truth, indent=2, ensure_ascii=False) + "\n"
    if pk["shape"] == "single":
        ((path, (data, mode)),) = written.items()
        (out / path).write_bytes(data)
        (out / f"{name}.json").write_text(manifest)
        (out / f"{name}.truth.json").write_text(tj)
    else:
        d = out / name
        d.mkdir(parents=True)
        for path, (data, _mode) in written.items():
            (d / path).parent.mkdir(parents=True, exist_ok=True)
            (d / path).write_bytes(data)
        (d / "packet.json").write_text(manifest)
        (d / "truth.json").write_text(tj)
    return written, manifest, tj, truth


def write_scanned(pk, written, manifest, tj, root: Path):
    name = pk["name"]
    for dpi in (300, 200):
        base = root / f"scan_{dpi}dpi"
        d = base if pk["shape"] == "single" else base / name
        d.mkdir(parents=True, exist_ok=True)
        for path, (data, mode) in written.items():
            rnd = random.Random(f"tern-scan:{name}:{path}:{dpi}")
            if mode == "pdf":
                imgs = [paper.scan(im, rnd) for im in paper.rasterize(data, dpi)]
                out = images_to_pdf(imgs, path, dpi)
            elif mode == "jpeg":
                img = paper.scan(Image_open(data), rnd)
                out = paper.jpeg_bytes(img)
            else:
                out = data
            (d / path).parent.mkdir(parents=True, exist_ok=True)
            (d / path).write_bytes(out)
        if pk["shape"] == "single":
            (d / f"{name}.json").write_text(manifest)
            (d / f"{name}.truth.json").write_text(tj)
        else:
            (d / "packet.json").write_text(manifest)
            (d / "truth.json").write_text(tj)


def Image_open(data):
    from PIL import Image

    return Image.open(io.BytesIO(data)).convert("L")


def all_packets():
    from . import packets_cmc, packets_mmc

    return packets_cmc.PACKETS + packets_mmc.PACKETS


def build(out: Path, only=None, scanned=False, scanned_root=None):
    makers = all_packets()
    if only:
        makers = [
            m for m in makers if m.__name__.replace("p_", "tern_", 1) == only or only in m.__name__
        ]
        if not makers:
            raise SystemExit(f"no tern packet named {only!r}")
    if out.exists() and not only:
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    if scanned and scanned_root.exists() and not only:
        shutil.rmtree(scanned_root)
    results = []
    for make in makers:
        pk = make(random.Random(f"tern:{make.__name__}"))
        for p in (out / pk["name"], out / f"{pk['name']}.pdf"):
            if p.is_dir():
                shutil.rmtree(p)
        written, manifest, tj, truth = build_packet(pk, out)
        if scanned:
            write_scanned(pk, written, manifest, tj, scanned_root)
        results.append((pk["name"], truth))
    return results
