"""Real PDFs for tests, drawn with reportlab: text lines on pages, fonts chosen per line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

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
