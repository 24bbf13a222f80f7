"""Writing the packets: PDFs (reportlab, invariant), manifests and truth files."""

from __future__ import annotations

import json
import random
import shutil
import zlib
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from samples.gen_harbor import layouts, letters
from samples.gen_harbor.model import Doc
from samples.gen_harbor.packets import PACKETS, Packet
from samples.gen_harbor.truth import packet_truth

RENDERERS = {**layouts.RENDERERS, **letters.RENDERERS}


def dump(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def render_file(path: Path, docs: list[Doc], rnd: random.Random, source: str) -> None:
    c = Canvas(str(path), invariant=1, pageCompression=1)
    c.setAuthor("")
    page = 1
    for doc in docs:
        # one look per paper: a copy (R12) is drawn exactly as its original was
        look = doc.dup_of.x["look"] if doc.dup_of is not None else rnd.randrange(1 << 30)
        doc.x["look"] = look
        n = RENDERERS[doc.layout](c, doc, random.Random(look))
        doc.source, doc.pages = source, list(range(page, page + n))
        page += n
    c.save()


def build_packet(pk: Packet, out: Path, rnd: random.Random) -> None:
    docs: list[Doc] = []
    if pk.single:
        every = [d for _, ds in pk.files for d in ds]
        render_file(out / f"{pk.name}.pdf", every, rnd, f"{pk.name}.pdf")
        docs = every
        dump(out / f"{pk.name}.json", pk.manifest)
        truth_path = out / f"{pk.name}.truth.json"
    else:
        folder = out / pk.name
        folder.mkdir(parents=True)
        for fname, ds in pk.files:
            render_file(folder / fname, ds, rnd, fname)
            docs += ds
        dump(folder / "packet.json", pk.manifest)
        truth_path = folder / "truth.json"
    docs.sort(key=lambda d: (d.source, d.pages[0]))  # packet order: file path, then page (R12)
    dump(truth_path, packet_truth(pk.description, pk.manifest, docs))


def generate(out: Path, seed: int) -> list[Packet]:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    made = []
    for make in PACKETS:
        rnd = random.Random(seed * 7919 + zlib.crc32(make.__name__.encode()))
        pk = make(rnd)
        build_packet(pk, out, rnd)
        made.append(pk)
    return made
