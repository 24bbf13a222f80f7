"""Render packets: PDFs (reportlab, invariant), special files, phone photos, the scanner's
image-only PDFs; truth.json per the conventions; the scanned variants."""
from __future__ import annotations

import io
import json
import os
import random
import shutil
import time
from concurrent.futures import ProcessPoolExecutor

from reportlab.pdfgen import canvas

from . import drawing as g
from . import paper
from .truth import BLANK, Doc, File, Packet, allocate, totals


def rng_for(*parts):
    return random.Random(":".join(["cedar", *map(str, parts)]))


def render_file(packet: str, f: File):
    """Vector PDF bytes of a File's items, the page layout [(doc|BLANK, [pages])], blank pages."""
    out = io.BytesIO()
    c = canvas.Canvas(out, invariant=1)
    c.setAuthor("")
    c.setTitle(f.name)
    c.setProducer("cedar")
    rng = rng_for(packet, f.name, "draw")
    layout, blanks, page = [], set(), 0
    items = f.items if f.photo is None else [f.photo]
    for it in items:
        if it is BLANK:
            c.setPageSize((612, 792))
            c.showPage()
            page += 1
            blanks.add(page - 1)
            layout.append((BLANK, [page]))
            continue
        d: Doc = it
        pages = []
        for i, fn in enumerate(d.pages):
            w, h = d.pagesize
            c.setPageSize((w, h))
            if d.paper:
                paper.security_paper(c, w, h, d.paper, rng)
            fn(c, w, h, rng)
            for (pi, label, sub, x, y, ang, col) in d.stamps:
                if pi == i:
                    g.stamp(c, w * x, h * y, label, sub, col, ang)
            c.showPage()
            page += 1
            pages.append(page)
            if "UNREADABLE" in d.flags:
                blanks.add(page - 1)
        layout.append((d, pages))
    if page == 0:
        c.setPageSize((612, 792))
        c.showPage()
    c.save()
    return out.getvalue(), layout, blanks


def build_packet(p: Packet, root: str, scan_dpi: int | None = None):
    """Write one packet under root; returns (documents, pages)."""
    if p.single_pdf:
        folder = root
        assert len(p.files) == 1
    else:
        folder = os.path.join(root, p.name)
        os.makedirs(folder, exist_ok=True)
    docs = []   # (source, pages, Doc)
    n_pages = 0
    for f in p.files:
        src = f"{p.name}.pdf" if p.single_pdf else f.name
        path = os.path.join(folder, src)
        if f.raw is not None:
            with open(path, "wb") as fh:
                fh.write(f.raw)
            docs.append((src, [1], f.raw_doc))
            continue
        pdf, layout, blanks = render_file(p.name, f)
        rng = rng_for(p.name, f.name, "scan", scan_dpi or 0)
        if f.photo is not None:
            data = paper.phone_photo(pdf, rng)
            if f.name.endswith(".png"):
                from PIL import Image
                im = Image.open(io.BytesIO(data)).convert("L")
                b = io.BytesIO()
                im.save(b, "PNG", optimize=False)
                data = b.getvalue()
            with open(path, "wb") as fh:
                fh.write(data)
            f.photo.text_source = "ocr"
            docs.append((src, [1], f.photo))
            n_pages += 1
            continue
        if scan_dpi or f.image_only:
            pdf = paper.scanned_pdf(pdf, scan_dpi or 200, rng, blank_pages=blanks)
        with open(path, "wb") as fh:
            fh.write(pdf)
        for it, pages in layout:
            n_pages += len(pages)
            if it is BLANK:
                continue
            if scan_dpi or f.image_only:
                it.text_source = "ocr"
            docs.append((src, pages, it))
    docs.sort(key=lambda t: (t[0], t[1][0]))
    write_truth(p, folder, docs)
    manifest_path = os.path.join(folder, f"{p.name}.json" if p.single_pdf else "packet.json")
    with open(manifest_path, "w") as fh:
        json.dump(p.manifest, fh, indent=2)
        fh.write("\n")
    return len(docs), n_pages


def write_truth(p: Packet, folder: str, docs):
    ordered = [d for _, _, d in docs]
    props = allocate(p.manifest["program"], ordered)
    tot = totals(p.manifest["program"], props)
    out = []
    for src, pages, d in docs:
        e = {"source": src, "pages": pages, "kind": d.kind, "fields": dict(d.fields),
             "flags": list(d.flags)}
        if d.text_source and "UNSUPPORTED_FILE" not in d.flags:
            e["text_source"] = d.text_source
        e["proposals"] = props.get(id(d), [])
        out.append(e)
    truth = {"description": p.description, "documents": out, "totals": tot}
    name = f"{p.name}.truth.json" if p.single_pdf else "truth.json"
    with open(os.path.join(folder, name), "w") as fh:
        json.dump(truth, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


def _one(args):
    name, root, dpi = args
    p = {q.name: q for q in all_packets()}[name]
    return build_packet(p, root, dpi)


def build_all(out: str, only=None, scanned=False, jobs=2):
    packets = [p for p in all_packets() if not only or p.name in only]
    if only:
        missing = set(only) - {p.name for p in packets}
        if missing:
            raise SystemExit(f"unknown packet(s): {', '.join(sorted(missing))}")
    _reset(out)
    nd = npg = 0
    for p in packets:
        d, pg = build_packet(p, out)
        nd += d
        npg += pg
    print(f"{len(packets)} packets, {nd} documents -> {out}")
    if scanned:
        t0 = time.time()
        base = os.path.join(os.path.dirname(os.path.abspath(out)), os.path.basename(os.path.abspath(out)) + "_scanned")
        for dpi in (300, 200):
            root = os.path.join(base, f"scan_{dpi}dpi")
            _reset(root)
            with ProcessPoolExecutor(max_workers=jobs) as ex:
                list(ex.map(_one, [(p.name, root, dpi) for p in packets]))
        print(f"scanned in {time.time() - t0:.1f} s -> {base}")
    return len(packets), nd, npg


def _reset(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    os.makedirs(path)


def all_packets():
    from . import packets_cmc, packets_mmc
    return packets_cmc.packets() + packets_mmc.packets()
