"""Writing the set: the files, packet.json and truth.json of every packet."""

import io
import json
import random
import shutil
from pathlib import Path

from reportlab.pdfgen import canvas

from . import paper
from .model import RawFile
from .truth import packet_truth


def render_pdf(docs, title):
    """Draw documents back to back; returns (bytes, [[pages of doc], ...])."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    page, spans = 1, []
    for doc in docs:
        n = doc.draw(c)
        spans.append(list(range(page, page + n)))
        page += n
    c.save()
    return buf.getvalue(), spans


def dumps(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def packet_files(packet):
    """{relative name: bytes} and the placed documents [(source, pages, doc)]."""
    files, placed = {}, []
    if packet.single_pdf:
        docs = [d for _, ds in packet.files for d in ds]
        data, spans = render_pdf(docs, packet.name)
        files[packet.name + ".pdf"] = data
        placed = [(packet.name + ".pdf", sp, d) for sp, d in zip(spans, docs, strict=True)]
        return files, placed
    for entry in packet.files:
        if isinstance(entry, RawFile):
            files[entry.name] = entry.data()
            placed.append((entry.name, [1], entry.doc))
            continue
        name, docs = entry
        data, spans = render_pdf(docs, name)
        files[name] = data
        placed += [(name, sp, d) for sp, d in zip(spans, docs, strict=True)]
    placed.sort(key=lambda t: (t[0], t[1][0]))
    return files, placed


def write_packet(packet, out):
    files, placed = packet_files(packet)
    truth = packet_truth(packet, placed)
    if packet.single_pdf:
        base = out
        base.mkdir(parents=True, exist_ok=True)
        (base / (packet.name + ".json")).write_text(dumps(packet.manifest))
        (base / (packet.name + ".truth.json")).write_text(dumps(truth))
    else:
        base = out / packet.name
        base.mkdir(parents=True, exist_ok=True)
        (base / "packet.json").write_text(dumps(packet.manifest))
        (base / "truth.json").write_text(dumps(truth))
    for name, data in files.items():
        (base / name).write_bytes(data)
    return files, truth


def scanned_copy(packet, files, truth, out, dpi):
    """The same packet, every page rasterised with scan effects; truth copied."""
    base = out if packet.single_pdf else out / packet.name
    base.mkdir(parents=True, exist_ok=True)
    for name, data in sorted(files.items()):
        rnd = random.Random(f"{packet.name}/{name}/{dpi}")
        if data[:5] == b"%PDF-" and name.endswith(".pdf"):
            try:
                imgs = [paper.scan(i, rnd) for i in paper.pages_as_images(data, dpi)]
            except Exception:  # the broken file stays what it is
                (base / name).write_bytes(data)
                continue
            (base / name).write_bytes(paper.images_to_pdf(imgs, dpi))
        else:
            (base / name).write_bytes(data)
    if packet.single_pdf:
        (base / (packet.name + ".json")).write_text(dumps(packet.manifest))
        (base / (packet.name + ".truth.json")).write_text(dumps(truth))
    else:
        (base / "packet.json").write_text(dumps(packet.manifest))
        (base / "truth.json").write_text(dumps(truth))


def build(packets, out, scanned_out=None, only=None):
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    if scanned_out:
        scanned_out = Path(scanned_out)
        if scanned_out.exists():
            shutil.rmtree(scanned_out)
    for packet in packets:
        if only and packet.name not in only:
            continue
        files, truth = write_packet(packet, out)
        if scanned_out:
            for dpi in (300, 200):
                scanned_copy(packet, files, truth, scanned_out / f"scan_{dpi}dpi", dpi)
