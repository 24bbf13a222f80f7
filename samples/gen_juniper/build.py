"""Writes packets: draws every file of a packet from its document dicts, then the manifest
and the truth (fields copied from the same dicts; flags and proposals from truth.py).

A packet definition is a dict: `name`, `shape` ("folder" or "single"), `manifest`,
`description` and `files`, a list of (file name, content) where content is a list of
document dicts (and `BLANK` separator sheets), or one of the special contents
`WORD_FILE` and `blank_pages(n)`.
"""
from __future__ import annotations

import io
import json
import random
import shutil
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from . import layouts, letters, records, truth

BLANK = {"kind": "separator"}
WORD_FILE = {"kind": "word_file"}


def blank_pages(n: int) -> dict:
    return {"kind": "blank_file", "pages": n}


def _draw(c: Canvas, doc: dict, rng: random.Random) -> int:
    """Draw one document; returns its page count."""
    if doc["kind"] == "separator":
        c.setPageSize(letter)
        c.showPage()
        return 1
    if doc["kind"] == "transcript":
        return records.draw_transcript(c, doc, rng)
    if doc.get("layout") == "diploma":
        return records.draw_diploma(c, doc, rng)
    c.setPageSize(letter)
    renderer = layouts.RENDERERS.get(doc["layout"]) or letters.RENDERERS[doc["layout"]]
    renderer(c, doc, rng)
    c.showPage()
    return 1


def pdf_bytes(docs: list[dict], seed: str) -> tuple[bytes, list[list[int]]]:
    """The PDF of a file's documents and, per document, its 1-based pages."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setAuthor("")
    c.setTitle("")
    page, spans = 1, []
    for i, doc in enumerate(docs):
        n = _draw(c, doc, random.Random(f"{seed}/{i}"))
        spans.append(list(range(page, page + n)))
        page += n
    c.save()
    return buf.getvalue(), spans


def word_file_bytes() -> bytes:
    """A Word (.docx) file, fixed timestamps so it is the same bytes every run."""
    buf = io.BytesIO()
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>To whom it may concern: this letter confirms committee service.'
        '</w:t></w:r></w:p></w:body></w:document>',
    }
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 10, 1, 9, 0, 0))
            z.writestr(info, text)
    return buf.getvalue()


def raster(pdf: bytes, dpi: int) -> list:
    """The pages of a PDF as PIL images (RGB)."""
    doc = pdfium.PdfDocument(pdf)
    images = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return images


def write_file(path: Path, content, seed: str) -> list[list[int]]:
    """Write one file of a packet; returns the pages of each document in it."""
    if content is WORD_FILE:
        path.write_bytes(word_file_bytes())
        return [[1]]
    if isinstance(content, dict) and content["kind"] == "blank_file":
        c = Canvas(str(path), pagesize=letter, invariant=1)
        for _ in range(content["pages"]):
            c.showPage()
        c.save()
        return [list(range(1, content["pages"] + 1))]
    data, spans = pdf_bytes(content, seed)
    if path.suffix == ".pdf":
        path.write_bytes(data)
    else:
        image = raster(data, 150)[0]
        if path.suffix == ".png":
            image.convert("L").save(path, format="PNG", optimize=False)
        else:
            image.save(path, format="JPEG", quality=82)
    return spans


def truth_documents(packet: dict, spans: dict[str, list[list[int]]]) -> list[dict]:
    """The truth of every document, in packet order (file path by code points, then page)."""
    out = []
    for name, content in sorted(packet["files"], key=lambda fc: fc[0]):
        image = not name.endswith(".pdf")
        if content is WORD_FILE or (isinstance(content, dict) and content["kind"] == "blank_file"):
            flag = "UNSUPPORTED_FILE" if content is WORD_FILE else "UNREADABLE"
            out.append({"source": name, "pages": spans[name][0], "kind": "other", "text_source": "pdf_text",
                        "fields": {}, "flags": [flag], "doc": {"kind": "other", "fields": {}, "flags": [flag]}})
            continue
        for doc, pages in zip(content, spans[name], strict=True):
            if doc["kind"] == "separator":
                continue
            flags = list(doc.get("flags", [])) + truth.auto_flags(doc, packet["manifest"])
            doc = {**doc, "flags": sorted(set(flags), key=flags.index)}
            out.append({"source": name, "pages": pages, "kind": doc["kind"],
                        "text_source": "ocr" if image else "pdf_text",
                        "fields": dict(doc["fields"]), "flags": doc["flags"], "doc": doc})
    return out


def write_packet(packet: dict, out: Path) -> None:
    """Write a packet in its shape under `out`."""
    name = packet["name"]
    folder = out / name if packet["shape"] == "folder" else out
    folder.mkdir(parents=True, exist_ok=True)
    spans = {}
    for fname, content in packet["files"]:
        spans[fname] = write_file(folder / fname, content, f"{name}/{fname}")
    docs = truth_documents(packet, spans)
    proposals, totals = truth.score_packet([d["doc"] for d in docs], packet["manifest"])
    for d, props in zip(docs, proposals, strict=True):
        del d["doc"]
        d["proposals"] = props
    result = {"description": packet["description"], "documents": docs, "totals": totals}
    manifest = json.dumps(packet["manifest"], indent=2) + "\n"
    text = json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    if packet["shape"] == "folder":
        (folder / "packet.json").write_text(manifest)
        (folder / "truth.json").write_text(text)
    else:
        (out / f"{name}.json").write_text(manifest)
        (out / f"{name}.truth.json").write_text(text)


def write_set(packets: list[dict], out: Path, only: list[str] | None = None) -> list[dict]:
    """Write the chosen packets (all by default) into a fresh `out`; returns those written."""
    chosen = [p for p in packets if not only or p["name"] in only]
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for packet in chosen:
        write_packet(packet, out)
    return chosen
