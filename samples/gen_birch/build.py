"""Render packets: PDFs with reportlab (invariant), manifests, truth."""
import copy
import io
import json
import random
from pathlib import Path

from reportlab.pdfgen import canvas

from . import certificates, letters, records, truth

STYLES = {**certificates.STYLES, **letters.STYLES, **records.STYLES}


def D(kind, style, flags=(), p=None, **fields):
    """One document: its kind, how it is drawn, the flags it should raise, its printed fields."""
    return {"kind": kind, "style": style, "flags": list(flags), "p": p or {}, "fields": fields}


def render_pdf(docs, seed):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    pages, n = [], 0
    for i, doc in enumerate(docs):
        rng = random.Random(f"{seed}/{i}")
        before = c.getPageNumber()
        STYLES[doc["style"]](c, doc["fields"], doc["p"], rng)
        count = c.getPageNumber() - before
        pages.append(list(range(n + 1, n + count + 1)))
        n += count
    c.save()
    return buf.getvalue(), pages


def _dump(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def build(packet, out):
    """Write one packet under out; return its number of documents."""
    name, m = packet["name"], packet["manifest"]
    files = packet["files"]
    if packet["shape"] == "single":
        files = [(name + ".pdf", files[0][1])]
    docs = []
    blobs = {}
    for fname, content in sorted(files, key=lambda x: x[0]):
        if isinstance(content, bytes):  # not a PDF whatever its name says
            blobs[fname] = content
            docs.append({"source": fname, "pages": [1], "kind": "other", "fields": {},
                         "flags": ["UNSUPPORTED_FILE"]})
            continue
        data, pages = render_pdf(content, f"{name}/{fname}")
        blobs[fname] = data
        for doc, pg in zip(content, pages, strict=True):
            t = {"source": fname, "pages": pg, "kind": doc["kind"], "fields": copy.deepcopy(doc["fields"]),
                 "flags": list(doc["flags"])}
            if "UNREADABLE" not in doc["flags"]:
                t["text_source"] = "pdf_text"
            docs.append(t)
    totals = truth.score(docs, m)
    tr = {"description": packet["description"], "documents": docs, "totals": totals}
    if packet["shape"] == "single":
        out.mkdir(parents=True, exist_ok=True)
        (out / (name + ".pdf")).write_bytes(blobs[name + ".pdf"])
        (out / (name + ".json")).write_text(_dump(m))
        (out / (name + ".truth.json")).write_text(_dump(tr))
    else:
        d = out / name
        d.mkdir(parents=True, exist_ok=True)
        for fname, data in blobs.items():
            (d / fname).write_bytes(data)
        (d / "packet.json").write_text(_dump(m))
        (d / "truth.json").write_text(_dump(tr))
    return len(docs)


def manifest(program, name, region, received, prior=None, former=None, member="", membership="full"):
    app = {"name": name}
    if former:
        app["former_names"] = former
    app.update({"member_id": member, "region": region, "membership": membership})
    m = {"applicant": app, "program": program}
    if prior:
        m["prior_designation_date"] = prior
    m["received_date"] = received
    return m


def write_all(packets, out):
    out = Path(out)
    total = 0
    for p in packets:
        total += build(p, out)
    return total
