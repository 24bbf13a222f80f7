"""Real PDFs for tests, drawn with reportlab: text lines on pages, fonts chosen per line;
and a one-page PDF's document as the real stages read, classify and extract it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from core.models import Document, Manifest
from pipeline.ingest import describe_file
from pipeline.stages import classify_document, extract_document, read_file

Line = str | tuple[str, str, float]  # text, or (text, font, size)


def render_pdf(path: Path, pages: list[list[Line]], centered: bool = False) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=letter)
    width, height = letter
    for lines in pages:
        y = height - 72
        for line in lines:
            text, font, size = (line, "Helvetica", 11.0) if isinstance(line, str) else line
            c.setFont(font, size)
            if centered:
                c.drawCentredString(width / 2, y, text)
            else:
                c.drawString(72, y, text)
            y -= size * 1.6
        c.showPage()
    c.save()
    return path


MANIFEST = Manifest.model_validate({
    "applicant": {"name": "Maria L. Gonzalez", "member_id": "104233", "region": 3,
                  "membership": "full"},
    "program": "CMC", "received_date": "2026-11-02"})


def extract_pdf(pdf: Path, manifest: Manifest = MANIFEST, name: str = "d") -> Document:
    """The document of a one-page PDF, read, classified and its fields extracted by the
    real stages (no validation)."""
    read = read_file(pdf.parent, describe_file(pdf, pdf.parent))
    doc = Document(id=name, source=pdf.name, pages=[1], page_data=read.pages)
    return extract_document(classify_document(doc), manifest)


def extract_lines(folder: Path, lines: list[Line], manifest: Manifest = MANIFEST,
                  centered: bool = False) -> Document:
    """`extract_pdf` of one page of lines drawn by `render_pdf` (folder/doc.pdf)."""
    return extract_pdf(render_pdf(folder / "doc.pdf", [lines], centered=centered), manifest)


def write_manifest(folder: Path, **changes: Any) -> Path:
    manifest: dict[str, Any] = {
        "applicant": {"name": "Maria L. Gonzalez", "former_names": ["Maria Lopez"],
                      "member_id": "104233", "region": 3, "membership": "full"},
        "program": "CMC",
        "received_date": "2026-11-02",
    }
    manifest.update(changes)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "packet.json"
    path.write_text(json.dumps(manifest))
    return path
