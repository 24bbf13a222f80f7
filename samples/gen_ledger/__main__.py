"""python -m samples.gen_ledger [--scanned] [--seed N] [--out DIR]"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from . import draw, layouts, letters, records
from .packets import CMC_PACKETS, Packet
from .packets_mmc import MMC_PACKETS
from .truth import packet_truth

RENDERERS = {
    "certificate_landscape": layouts.certificate_landscape,
    "certificate_portrait": layouts.certificate_portrait,
    "certificate_modern": layouts.certificate_modern,
    "diploma": layouts.diploma,
    "agenda": layouts.agenda,
    "business_letter": letters.business_letter,
    "memo": letters.memo,
    "transcript": records.transcript,
    "application_form": records.application_form,
    "receipt": records.receipt,
}
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "ledger"
DEFAULT_SEED = 10


def all_packets() -> list[Packet]:
    return [make() for make in CMC_PACKETS + MMC_PACKETS]


def manifest(p: Packet) -> dict:
    a = p.applicant
    app: dict = {"name": a.name}
    if a.former_names:
        app["former_names"] = a.former_names
    app.update(member_id=a.member_id, region=a.region, membership=a.membership)
    m: dict = {"applicant": app, "program": a.program}
    if a.prior:
        m["prior_designation_date"] = a.prior
    m["received_date"] = a.received
    return m


def render_file(path: Path, docs, seed: int, tag: str, separators: tuple[int, ...] = ()) -> list[list[int]]:
    c = Canvas(str(path), pagesize=letter, invariant=1)
    c.setTitle(path.stem)
    pages: list[list[int]] = []
    nxt = 1
    for i, doc in enumerate(docs):
        rng = random.Random(f"{seed}:{tag}:{i}")
        n = RENDERERS[doc.style](c, doc, rng)
        pages.append(list(range(nxt, nxt + n)))
        nxt += n
        if i in separators:   # a blank separator sheet, as scanner operators insert
            c.setPageSize(letter)
            c.showPage()
            nxt += 1
    c.save()
    return pages


def write_packet(p: Packet, out: Path, seed: int) -> None:
    base = out if p.single else out / p.name
    base.mkdir(parents=True, exist_ok=True)
    placed = []
    for fname, docs in p.files:
        pages = render_file(base / fname, docs, seed, f"{p.name}/{fname}", p.separator_after)
        placed += [(fname, pg, d) for pg, d in zip(pages, docs, strict=True)]
    placed.sort(key=lambda e: (e[0], e[1][0]))   # packet order: file path by code point, then page
    truth = packet_truth(p.applicant, placed, p.description)
    stem = p.files[0][0][:-4]
    mpath, tpath = ((base / f"{stem}.json", base / f"{stem}.truth.json") if p.single
                    else (base / "packet.json", base / "truth.json"))
    mpath.write_text(json.dumps(manifest(p), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tpath.write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def generate(out: Path, seed: int = DEFAULT_SEED) -> list[Packet]:
    draw.register_fonts()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    packets = all_packets()
    for p in packets:
        write_packet(p, out, seed)
    return packets


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m samples.gen_ledger")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--scanned", action="store_true",
                    help="also write scanned twins under OUT's sibling ledger_scanned/")
    args = ap.parse_args(argv)
    packets = generate(args.out, args.seed)
    ndocs = sum(len(d) for p in packets for _, d in p.files)
    print(f"wrote {len(packets)} packets, {ndocs} documents to {args.out}")
    if args.scanned:
        from .scan import scan_set
        dest = args.out.parent / (args.out.name + "_scanned")
        n = scan_set(args.out, dest, args.seed)
        print(f"wrote {n} scanned pages to {dest}")


if __name__ == "__main__":
    main()
