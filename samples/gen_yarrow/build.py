"""Writes the packets: files, manifests and truth (folder shape or the scanner's single PDF)."""

from __future__ import annotations

import io
import json
import random
import shutil
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from . import paper
from .model import Doc, File, Packet
from .packets_cmc import brackwater, castellan, halbrook, marrowby, oriel, quillhaven, tessendale
from .packets_mmc import amberlane, ashdown, featherstonehaugh, saltmeadow, vireo
from .truth import Manifest, packet_truth
from .wordings import d

PACKETS = [quillhaven, marrowby, tessendale, brackwater, castellan, oriel, halbrook,
           amberlane, saltmeadow, vireo, featherstonehaugh, ashdown]


def draw_file(f: File, seed: str) -> tuple[bytes, list[list[int]]]:
    """The born-digital PDF of a file's documents, and each document's pages."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(f.name)
    c.setCreator("yarrow")
    page = 1
    pages: list[list[int]] = []
    for i, doc in enumerate(f.docs):
        if i and f.separators:
            c.setPageSize(letter)
            c.showPage()
            page += 1
        n = doc.draw(c, random.Random(f"{seed}|{f.name}|{i}"))
        pages.append(list(range(page, page + n)))
        page += n
    c.save()
    return buf.getvalue(), pages


def file_bytes(f: File, seed: str, scan_dpi: int | None) -> tuple[bytes, list[list[int]], str | None]:
    rnd = random.Random(f"{seed}|{f.name}|paper")  # the paper's own marks: the same in every variant
    scan_rnd = random.Random(f"{seed}|{f.name}|scan|{scan_dpi}")
    if f.mode == "corrupt":
        return (b"" if f.name.endswith((".tif", ".tiff")) else paper.word_document()), [[1]], None
    if f.mode == "blank":
        return paper.images_pdf([paper.blank_sheet(rnd, scan_dpi or 150)], scan_dpi or 150), [[1]], "ocr"
    pdf, pages = draw_file(f, seed)
    if f.mode == "jpeg":
        return paper.phone_photo(paper.render(pdf, 150)[0], rnd), pages, "ocr"
    if f.mode == "photocopy":
        imgs = [paper.photocopy(im, rnd) for im in paper.render(pdf, scan_dpi or 150)]
        if scan_dpi:
            imgs = [paper.scan(im, scan_rnd, scan_dpi) for im in imgs]
        return paper.images_pdf(imgs, scan_dpi or 150), pages, "ocr"
    if scan_dpi:
        imgs = [paper.scan(im, scan_rnd, scan_dpi) for im in paper.render(pdf, scan_dpi)]
        return paper.images_pdf(imgs, scan_dpi), pages, "ocr"
    return pdf, pages, "pdf_text"


def manifest(p: Packet) -> dict[str, object]:
    out: dict[str, object] = {"applicant": p.applicant, "program": p.program}
    if p.prior:
        out["prior_designation_date"] = p.prior
    out["received_date"] = p.received
    return out


def dump(path: Path, obj: object) -> None:
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build_packet(p: Packet, out: Path, scan_dpi: int | None = None) -> None:
    folder = out if p.single else out / p.name
    if not p.single:
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
    placed: list[tuple[str, list[int], Doc, str | None]] = []
    for f in sorted(p.files, key=lambda f: f.name):
        data, pages, ts = file_bytes(f, p.name, scan_dpi)
        (folder / f.name).write_bytes(data)
        for doc, pg in zip(f.docs, pages, strict=True):
            placed.append((f.name, pg, doc, ts))
    placed.sort(key=lambda t: (t[0], t[1][0]))
    a = p.applicant
    m = Manifest(p.program, str(a["name"]), list(a.get("former_names", [])),  # type: ignore[call-overload]
                 int(a["region"]), d(p.received), d(p.prior) if p.prior else None)  # type: ignore[call-overload]
    truth = packet_truth(m, placed, p.description)
    if p.single:
        dump(out / f"{p.name}.json", manifest(p))
        dump(out / f"{p.name}.truth.json", truth)
    else:
        dump(folder / "packet.json", manifest(p))
        dump(folder / "truth.json", truth)


def build(out: Path, only: str | None = None, scan_dpi: int | None = None) -> list[str]:
    packets = [f() for f in PACKETS]
    if only:
        packets = [p for p in packets if p.name == only]
        if not packets:
            raise SystemExit(f"no packet named {only!r}")
    elif out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    for p in packets:
        build_packet(p, out, scan_dpi)
    return [p.name for p in packets]
