"""Renders every packet's files, works out pages and duplicates, writes manifests and truth."""

from __future__ import annotations

import copy
import io
import json
import random
import shutil
import zipfile
from pathlib import Path

from PIL import Image

from . import paper
from .drawing import new_canvas
from .model import Doc, File, Packet
from .records import draw_blank
from .truth import packet_truth


def render_pdf(f: File, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, f.name)
    for i, doc in enumerate(f.docs):
        first = c.getPageNumber()
        assert doc.draw is not None
        doc.draw(c, doc, rng)
        doc.pages = list(range(first, c.getPageNumber()))
        if i in f.separators:
            draw_blank(c, doc, rng)
    c.save()
    return buf.getvalue()


def _fake_word_file() -> bytes:
    """A .docx (a zip of XML) that someone saved with a .pdf name."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in [("[Content_Types].xml", "<Types/>"), ("word/document.xml",
                           "<w:document><w:body><w:p><w:r><w:t>Letter of appreciation</w:t></w:r></w:p></w:body></w:document>")]:
            info = zipfile.ZipInfo(name, date_time=(2026, 9, 1, 9, 0, 0))
            z.writestr(info, text)
    return buf.getvalue()


def render_file(f: File, rng: random.Random) -> bytes:
    if f.shape == "pdf":
        return render_pdf(f, rng)
    if f.shape == "photocopy":
        born = render_pdf(f, rng)
        imgs = [paper.photocopy(im, rng) for im in paper.rasterize(born, 150)]
        for d in f.docs:
            d.text_layer = False
        return paper.image_pdf(imgs, 150, f.name)
    if f.shape == "jpeg":
        born = render_pdf(f, rng)
        img = paper.phone_photo(paper.rasterize(born, 160)[0], rng)
        f.docs[0].pages = [1]
        f.docs[0].text_layer = False
        return paper.jpeg_bytes(img, 82)
    if f.shape == "png":
        born = render_pdf(f, rng)
        img = paper.rasterize(born, 100)[0].convert("RGB")
        f.docs[0].pages = [1]
        f.docs[0].text_layer = False
        b = io.BytesIO()
        img.save(b, format="PNG", optimize=False)
        return b.getvalue()
    if f.shape == "blank_png":
        f.docs[0].pages = [1]
        b = io.BytesIO()
        paper.white_scan(rng, 60).save(b, format="PNG")
        return b.getvalue()
    if f.shape == "blank_scan":
        f.docs[0].pages = [1, 2]
        return paper.image_pdf([paper.white_scan(rng, 100), paper.white_scan(rng, 100)], 100, f.name)
    if f.shape == "fake_pdf":
        f.docs[0].pages = [1]
        return _fake_word_file()
    if f.shape == "corrupt_jpeg":
        f.docs[0].pages = [1]
        img = Image.new("RGB", (300, 200), (240, 240, 240))
        return paper.jpeg_bytes(img)[:600]
    raise ValueError(f.shape)


def _mark_duplicates(docs: list[Doc]) -> None:
    seen: set[str] = set()
    for d in docs:
        key = d.look.get("dup_key")
        if key is None:
            continue
        if key in seen:
            d.flags.append("DUPLICATE")
        seen.add(key)


def build_packet(packet: Packet, out: Path) -> None:
    packet = copy.deepcopy(packet)
    blobs: dict[str, bytes] = {}
    for f in packet.files:
        rng = random.Random(f"wren/{packet.name}/{f.name}")
        blobs[f.name] = render_file(f, rng)
        for d in f.docs:  # the single-PDF shape: NAME.pdf beside NAME.json (docs/interface.md)
            d.source = f"{packet.name}.pdf" if packet.single_pdf else f.name
    docs = sorted((d for f in packet.files for d in f.docs), key=lambda d: (d.source, d.pages[0]))
    _mark_duplicates(docs)
    truth = packet_truth(packet, docs)
    manifest = json.dumps(packet.manifest, indent=2) + "\n"
    truth_text = json.dumps(truth, indent=2, ensure_ascii=False) + "\n"
    if packet.single_pdf:
        (f,) = packet.files
        (out / f"{packet.name}.pdf").write_bytes(blobs[f.name])
        (out / f"{packet.name}.json").write_text(manifest, encoding="utf-8")
        (out / f"{packet.name}.truth.json").write_text(truth_text, encoding="utf-8")
        return
    folder = out / packet.name
    folder.mkdir(parents=True)
    for name, blob in blobs.items():
        (folder / name).write_bytes(blob)
    (folder / "packet.json").write_text(manifest, encoding="utf-8")
    (folder / "truth.json").write_text(truth_text, encoding="utf-8")


def scan_variant(src: Path, dst: Path, dpi: int) -> None:
    """Every PDF page through the scanner at DPI (image-only); images and the rest copied."""
    if dst.exists():
        shutil.rmtree(dst)
    for p in sorted(src.rglob("*")):
        rel = p.relative_to(src)
        target = dst / rel
        if p.is_dir():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        data = p.read_bytes()
        if p.suffix == ".pdf" and data.startswith(b"%PDF"):
            rng = random.Random(f"wren-scan/{dpi}/{rel.as_posix()}")
            imgs = [paper.scan_effect(im, rng) for im in paper.rasterize(data, dpi)]
            target.write_bytes(paper.image_pdf(imgs, dpi, rel.name))
        else:
            target.write_bytes(data)


def build_all(packets: list[Packet], out: Path, only: str | None = None) -> None:
    if only is None and out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    for packet in packets:
        if only and packet.name != only:
            continue
        if only:
            for stale in [out / packet.name, out / f"{packet.name}.pdf", out / f"{packet.name}.json",
                          out / f"{packet.name}.truth.json"]:
                if stale.is_dir():
                    shutil.rmtree(stale)
                elif stale.exists():
                    stale.unlink()
        build_packet(packet, out)
