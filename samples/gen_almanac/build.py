"""Write packets to disk: PDFs (reportlab, invariant), manifests and truth files.

Files are written in packet order (file name by code points, then page), which is also
the order of the truth's documents. A single-PDF packet puts every file's pages into
`NAME.pdf` back to back, with `NAME.json` and `NAME.truth.json` beside it.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from .model import Doc, File, Packet
from .truth import PacketTruth


def render(parts: list[Doc | None], title: str) -> tuple[bytes, list[tuple[int, Doc]]]:
    """One PDF of the parts; blank sheets for `None`. Returns bytes and (first page, doc)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("almanac sample generator")
    page = 1
    placed: list[tuple[int, Doc]] = []
    for part in parts:
        if part is None:
            c.setPageSize(letter)
            c.showPage()
            page += 1
            continue
        placed.append((page, part))
        part.draw(c)
        page += part.pages
    c.save()
    return buf.getvalue(), placed


def write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_packet(packet: Packet, root: Path) -> dict[str, Any]:
    """Write one packet under `root`; return its truth."""
    files = sorted(packet.files, key=lambda f: f.name)
    ordered: list[tuple[str, int, Doc]] = []
    if packet.single_pdf:
        parts: list[Doc | None] = []
        for f in files:
            assert f.raw is None, "a single-PDF packet holds PDF pages only"
            parts += f.parts
        data, placed = render(parts, packet.name)
        src = f"{packet.name}.pdf"
        (root / src).write_bytes(data)
        ordered = [(src, p, d) for p, d in placed]
        write_json(root / f"{packet.name}.json", packet.manifest())
        truth = PacketTruth(packet, ordered).build()
        write_json(root / f"{packet.name}.truth.json", truth)
        return truth
    folder = root / packet.name
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:
        ordered += write_file(f, folder)
    write_json(folder / "packet.json", packet.manifest())
    truth = PacketTruth(packet, ordered).build()
    write_json(folder / "truth.json", truth)
    return truth


def write_file(f: File, folder: Path) -> list[tuple[str, int, Doc]]:
    if f.raw is not None:
        assert f.raw_doc is not None
        (folder / f.name).write_bytes(f.raw)
        return [(f.name, 1, f.raw_doc)]
    data, placed = render(f.parts, f.pdf_title())
    (folder / f.name).write_bytes(data)
    return [(f.name, p, d) for p, d in placed]
