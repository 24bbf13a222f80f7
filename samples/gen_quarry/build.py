"""Render a packet's files and write its manifest and truth.

A packet is a list of files; a file is a list of documents drawn back to back (a blank
separator sheet is a page that belongs to no document), raw bytes (the corrupt file), or
the name of an earlier file to copy byte for byte (the same paper mailed twice).
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from .model import Doc
from .truth import packet_truth

FileBody = list[Doc] | bytes | str


@dataclass
class Packet:
    name: str
    manifest: dict[str, Any]
    files: list[tuple[str, FileBody]]
    description: str
    single: bool = False  # the whole packet as one PDF (scanner output)
    specials: dict[str, str] = field(default_factory=dict)  # file -> flag (corrupt etc.)


def render(docs: list[Doc], title: str) -> tuple[bytes, list[tuple[Doc, list[int]]]]:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("office scanner / print-to-PDF")
    placed: list[tuple[Doc, list[int]]] = []
    page = 0
    for doc in docs:
        pages = []
        for i, draw in enumerate(doc.pages):
            c.setPageSize(doc.size(i))
            draw(c)
            c.showPage()
            page += 1
            pages.append(page)
        placed.append((doc, pages))
    c.save()
    return buf.getvalue(), placed


def blank(n: int = 1) -> Doc:
    return Doc("other", {}, [lambda c: None] * n, separator=True)


def unreadable(pages: int = 2) -> Doc:
    """A file of white pages (a scan of the wrong side): one document, UNREADABLE."""
    return Doc("other", {}, [lambda c: None] * pages, note="UNREADABLE")


def write_packet(p: Packet, root: Path) -> dict[str, Any]:
    bodies: dict[str, bytes] = {}
    docs: list[dict[str, Any]] = []
    if p.single:
        all_docs: list[Doc] = []
        for _, body in p.files:
            assert isinstance(body, list)
            all_docs.extend(body)
        data, placed = render(all_docs, p.name)
        bodies[p.name + ".pdf"] = data
        docs += _truth_docs(p.name + ".pdf", placed)
    else:
        for fname, body in p.files:
            if isinstance(body, bytes):
                bodies[fname] = body
                docs.append({"source": fname, "pages": [1], "kind": "other", "fields": {},
                             "special": p.specials.get(fname, "UNSUPPORTED_FILE")})
            elif isinstance(body, str):
                bodies[fname] = bodies[body]
                docs += [dict(d, source=fname) for d in docs if d["source"] == body]
            else:
                data, placed = render(body, fname)
                bodies[fname] = data
                docs += _truth_docs(fname, placed)
    truth = packet_truth(p.manifest, docs, p.description)
    if p.single:
        root.mkdir(parents=True, exist_ok=True)
        (root / (p.name + ".pdf")).write_bytes(bodies[p.name + ".pdf"])
        _json(root / (p.name + ".json"), p.manifest)
        _json(root / (p.name + ".truth.json"), truth)
    else:
        d = root / p.name
        d.mkdir(parents=True, exist_ok=True)
        for fname, data in bodies.items():
            (d / fname).parent.mkdir(parents=True, exist_ok=True)
            (d / fname).write_bytes(data)
        _json(d / "packet.json", p.manifest)
        _json(d / "truth.json", truth)
    return truth


def _truth_docs(source: str, placed: list[tuple[Doc, list[int]]]) -> list[dict[str, Any]]:
    out = []
    for doc, pages in placed:
        if doc.separator:
            continue
        out.append({"source": source, "pages": pages, "kind": doc.kind,
                    "fields": dict(doc.fields), "evidence": doc.evidence,
                    "special": doc.note or None})
    return out


def _json(path: Path, obj: Any) -> None:
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
