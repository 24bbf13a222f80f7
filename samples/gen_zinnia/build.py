"""Draw every packet, write its files, manifest and truth; and the scanned variants."""

from __future__ import annotations

import io
import json
import random
import shutil
import zipfile
import zlib
from pathlib import Path

from reportlab.pdfgen import canvas

from . import certificates, letters, paper, records, truth
from .packets_cmc import PACKETS as CMC
from .packets_mmc import PACKETS as MMC

LAYOUTS = {**certificates.LAYOUTS, **letters.LAYOUTS, **records.LAYOUTS}
PACKETS = CMC + MMC
SEED = 20260611


def doc_seed(doc) -> int:
    key = json.dumps([doc["layout"], doc["fields"], sorted(doc["x"].items(), key=str)], sort_keys=True,
                     ensure_ascii=True, default=str)
    return zlib.crc32(key.encode()) ^ SEED


def _new_canvas():
    buf = io.BytesIO()
    return buf, canvas.Canvas(buf, invariant=1, pageCompression=1)


def draw(c, doc) -> int:
    return LAYOUTS[doc["layout"]](c, doc["fields"], doc["x"], random.Random(doc_seed(doc)))


def alone(doc) -> bytes:
    buf, c = _new_canvas()
    draw(c, doc)
    c.save()
    return buf.getvalue()


def corrupt_docx() -> bytes:
    """A Word document (a zip) saved under a .pdf name: fixed timestamps, so deterministic."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in [("[Content_Types].xml", '<?xml version="1.0"?><Types/>'),
                           ("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>Resume</w:t>"
                                                 "</w:r></w:p></w:body></w:document>")]:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            z.writestr(info, body)
    return buf.getvalue()


def render_file(mode, docs, rng):
    """The bytes of one file and, per document, (pages, text_source)."""
    spans = []
    if mode == "corrupt":
        return corrupt_docx(), [([1], None)]
    if mode in ("blank", "blank2"):
        n = 2 if mode == "blank2" else 1
        return paper.image_pdf([(paper.blank_scan(rng), (612, 792)) for _ in range(n)]), [(list(range(1, n + 1)), "ocr")]
    if mode == "jpeg":
        img, _ = paper.render(alone(docs[0]), 110)[0]
        return paper.jpeg_bytes(paper.phone_photo(img, rng), 80), [([1], "ocr")]
    if mode == "png_as_pdf":
        img, _ = paper.render(alone(docs[0]), 120)[0]
        buf = io.BytesIO()
        paper.scan(img, rng, specks=300).save(buf, "PNG", optimize=False)
        return buf.getvalue(), [([1], "ocr")]
    if mode == "photocopy":
        pages = []
        for doc in docs:
            imgs = [(paper.photocopy(img, rng), size) for img, size in paper.render(alone(doc), 150)]
            spans.append((list(range(len(pages) + 1, len(pages) + len(imgs) + 1)), "ocr"))
            pages += imgs
        return paper.image_pdf(pages), spans
    buf, c = _new_canvas()
    page = 0
    for doc in docs:
        if doc.get("image"):
            imgs = paper.render(alone(doc), 150)
            for img, (w, h) in imgs:
                c.setPageSize((w, h))
                from reportlab.lib.utils import ImageReader
                c.drawImage(ImageReader(io.BytesIO(paper.jpeg_bytes(paper.scan(img, rng), 60))), 0, 0, width=w, height=h)
                c.showPage()
            n, src = len(imgs), "ocr"
        else:
            n, src = draw(c, doc), "pdf_text"
        spans.append((list(range(page + 1, page + n + 1)), src))
        page += n
    c.save()
    return buf.getvalue(), spans


def build_packet(fn, out: Path):
    p = fn()
    rng = random.Random(f"{SEED}:{p['name']}")
    files = sorted(p["files"], key=lambda f: f[0])
    written = {}
    tdocs = []
    for path, mode, docs in files:
        data, spans = render_file(mode, docs, rng)
        written[path] = data
        for doc, (pages, src) in zip(docs, spans, strict=False):
            if doc["marks"].get("separator"):
                continue
            source = p["name"] + ".pdf" if p["shape"] == "single" else path
            t = {"source": source, "pages": pages, "kind": doc["kind"], "fields": dict(doc["fields"]),
                 "marks": doc["marks"]}
            if src:
                t["text_source"] = src
            tdocs.append(t)
    totals = truth.score(p["manifest"], tdocs)
    out_docs = []
    for t in tdocs:
        out_docs.append({"source": t["source"], "pages": t["pages"], "kind": t["kind"],
                         **({"text_source": t["text_source"]} if "text_source" in t else {}),
                         "fields": t["fields"], "flags": t["flags"], "proposals": t["proposals"]})
    tr = {"description": p["description"], "documents": out_docs, "totals": totals}
    manifest = json.dumps(p["manifest"], indent=2, ensure_ascii=False) + "\n"
    truth_text = json.dumps(tr, indent=2, ensure_ascii=False) + "\n"
    if p["shape"] == "single":
        (path, data), = written.items()
        (out / path).write_bytes(data)
        (out / f"{p['name']}.json").write_text(manifest, encoding="utf-8")
        (out / f"{p['name']}.truth.json").write_text(truth_text, encoding="utf-8")
    else:
        root = out / p["name"]
        for path, data in written.items():
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_bytes(data)
        (root / "packet.json").write_text(manifest, encoding="utf-8")
        (root / "truth.json").write_text(truth_text, encoding="utf-8")
    return p, len(out_docs)


def _clear(out: Path, name: str):
    if (out / name).is_dir():
        shutil.rmtree(out / name)
    for suffix in (".pdf", ".json", ".truth.json"):
        (out / (name + suffix)).unlink(missing_ok=True)


def build(out: Path, only=None, scanned=False, scan_root: Path | None = None):
    chosen = [f for f in PACKETS if only is None or f().get("name") == only]
    if only and not chosen:
        raise SystemExit(f"no packet named {only!r}; packets: {', '.join(f()['name'] for f in PACKETS)}")
    if only is None and out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    report = []
    for fn in chosen:
        name = fn()["name"]
        _clear(out, name)
        report.append(build_packet(fn, out))
    if scanned:
        root = scan_root or out.parent / (out.name + "_scanned")
        for dpi in (300, 200):
            target = root / f"scan_{dpi}dpi"
            target.mkdir(parents=True, exist_ok=True)
            for p, _ in report:
                _clear(target, p["name"])
                scan_packet(out, target, p, dpi)
    return report


def _scan_pdf(data: bytes, dpi: int, rng) -> bytes | None:
    try:
        pages = paper.render(data, dpi)
    except Exception:  # not a PDF pdfium can open: copied as it is
        return None
    return paper.image_pdf([(paper.scan(img, rng), size) for img, size in pages])


def scan_packet(out: Path, target: Path, p, dpi: int):
    rng = random.Random(f"{SEED}:{p['name']}:{dpi}")
    if p["shape"] == "single":
        srcs = [(out / f"{p['name']}.pdf", target / f"{p['name']}.pdf")]
        extra = [(out / f"{p['name']}.json", target / f"{p['name']}.json")]
        truth_in, truth_out = out / f"{p['name']}.truth.json", target / f"{p['name']}.truth.json"
    else:
        base = out / p["name"]
        srcs = [(f, target / p["name"] / f.relative_to(base)) for f in sorted(base.rglob("*"))
                if f.is_file() and f.name not in ("packet.json", "truth.json")]
        extra = [(base / "packet.json", target / p["name"] / "packet.json")]
        truth_in, truth_out = base / "truth.json", target / p["name"] / "truth.json"
    for src, dst in srcs:
        dst.parent.mkdir(parents=True, exist_ok=True)
        data = src.read_bytes()
        scanned = _scan_pdf(data, dpi, rng) if src.suffix.lower() == ".pdf" and data[:5] == b"%PDF-" else None
        dst.write_bytes(scanned if scanned is not None else data)
    for src, dst in extra:
        shutil.copyfile(src, dst)
    tr = json.loads(truth_in.read_text(encoding="utf-8"))
    for d in tr["documents"]:
        d["text_source"] = "ocr"
    truth_out.write_text(json.dumps(tr, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
