"""Bad files inside a packet become flagged documents; the rest is processed; nothing moves."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from core.models import FlagCode
from pipeline.stages import process
from tests.render import render_pdf, write_manifest

CERT = ["CERTIFICATE OF COMPLETION", "This certifies that", "Maria L. Gonzalez",
        "has successfully completed", "Parliamentary Procedure for Clerks",
        "at the Northwest Clerks Institute on March 4, 2024", "6 contact hours"]


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def make_bad_packet(folder: Path) -> Path:
    write_manifest(folder)
    good = render_pdf(folder / "a_good.pdf", [CERT])
    (folder / "b_corrupt.pdf").write_bytes(good.read_bytes()[:400])
    writer = PdfWriter(clone_from=PdfReader(good))
    writer.encrypt(user_password="secret", owner_password="owner")
    buf = io.BytesIO()
    writer.write(buf)
    (folder / "c_encrypted.pdf").write_bytes(buf.getvalue())
    (folder / "d_empty.pdf").write_bytes(b"")
    (folder / "e_minutes.pdf").write_bytes(b"PK\x03\x04" + b"\x00" * 200)  # a .docx in disguise
    (folder / "f_notes.png").write_text("Meeting notes, not an image.\n")
    return folder


def test_bad_files_become_flagged_documents(tmp_path: Path) -> None:
    packet = make_bad_packet(tmp_path / "bad")
    before = _digest(packet)
    result = process(packet)
    by_source = {d.source: d for d in result.documents}
    assert by_source["a_good.pdf"].kind == "certificate"
    assert not by_source["a_good.pdf"].flags
    for name, words in [("b_corrupt.pdf", "damaged"), ("c_encrypted.pdf", "encrypted"),
                        ("d_empty.pdf", "empty"), ("e_minutes.pdf", "ZIP"),
                        ("f_notes.png", "plain text")]:
        (flag,) = by_source[name].flags
        assert flag.code == FlagCode.UNSUPPORTED_FILE, name
        assert flag.severity == "review"
        assert words in flag.message, (name, flag.message)
    assert result.proposals and result.proposals[0].document_id == by_source["a_good.pdf"].id
    assert _digest(packet) == before  # files stay where they were, unchanged
    assert {f.path for f in result.files} == set(before) - {"packet.json"}


def test_page_without_text_is_unreadable(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    write_manifest(tmp_path)
    c = canvas.Canvas(str(tmp_path / "scribble.pdf"))
    c.setLineWidth(3)
    for i in range(10):
        c.line(100 + i * 20, 300, 150 + i * 25, 500)
    c.showPage()
    c.save()
    (doc,) = process(tmp_path).documents
    assert [f.code for f in doc.flags] == [FlagCode.UNREADABLE]
