"""python -m samples.gen_civic [--seed S] [--packets N] [--scanned] [--out DIR]"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from pathlib import Path

from reportlab.pdfgen import canvas

from . import packets as P
from . import world as WD
from .build import Builder, render
from .truth import settle

HERE = Path(__file__).resolve().parent.parent


def manifest(rng: random.Random, w: WD.World, program, region, prior, opts, idx):
    name = w.person()
    w.reserved.add(WD.surname(name))
    app = {"name": name, "member_id": str(rng.randint(100000, 199999)), "region": region,
           "membership": rng.choice(["full", "full", "additional_full"])}
    if "former" in opts:
        first = name.split()[0]
        maiden = rng.choice([x for x in WD.LAST if x not in w.reserved])
        w.reserved.add(maiden)
        app["former_names"] = [f"{first} {maiden}"]
    m = {"applicant": app, "program": program}
    if prior:
        m["prior_designation_date"] = prior
    m["received_date"] = f"2026-{rng.randint(9, 11):02d}-{rng.randint(1, 28):02d}"
    return m


def build_packet(seed: int, idx: int, spec, out: Path):
    pid, fn, program, region, prior, opts = spec
    rng = random.Random(f"{seed}-{pid}")
    w = WD.World(rng)
    m = manifest(rng, w, program, region, prior, opts, idx)
    b = Builder(rng, m, w)
    files = fn(b)
    d = out / pid
    d.mkdir(parents=True)
    docs = []
    for fname in sorted(files):
        c = canvas.Canvas(str(d / fname), invariant=1)
        c.setTitle(fname)
        page = 1
        for doc in files[fname]:
            n = render(c, doc, rng)
            doc.source, doc.pages = fname, list(range(page, page + n))
            page += n
            docs.append(doc)
        c.save()
    totals = settle(docs, m)
    truth = {"description": fn.__doc__.strip(), "documents": [
        {"source": x.source, "pages": x.pages, "kind": x.kind, "fields": x.fields, "flags": x.flags,
         "proposals": x.proposals} for x in docs], "totals": totals}
    (d / "packet.json").write_text(json.dumps(m, indent=2) + "\n")
    (d / "truth.json").write_text(json.dumps(truth, indent=2) + "\n")
    return d


def main(argv=None):
    ap = argparse.ArgumentParser(prog="samples.gen_civic")
    ap.add_argument("--seed", type=int, default=1010)
    ap.add_argument("--packets", type=int, default=len(P.PACKETS))
    ap.add_argument("--scanned", action="store_true", help="also write samples/civic_scanned/")
    ap.add_argument("--out", type=Path, default=HERE / "civic")
    a = ap.parse_args(argv)
    if a.out.exists():
        shutil.rmtree(a.out)
    a.out.mkdir(parents=True)
    made = [build_packet(a.seed, i, spec, a.out) for i, spec in enumerate(P.PACKETS[: a.packets])]
    print(f"{len(made)} packets in {a.out}")
    if a.scanned:
        from .scan import scan_set
        scan_set(a.out, a.out.parent / f"{a.out.name}_scanned", a.seed)


if __name__ == "__main__":
    main()
