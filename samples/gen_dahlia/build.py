"""Writes packets: renders each file's documents into one PDF (recording pages), turns
some into scans, phone photos, re-scans or bad files, and writes packet.json/truth.json."""

import io
import json
import os
import shutil
import zipfile

from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from . import agendas, certificates, letters, paper, records, scan, truth

RENDER = {
    "cert_classic": certificates.cert_classic,
    "cert_modern": certificates.cert_modern,
    "cert_record": certificates.cert_record,
    "cert_slip": certificates.cert_slip,
    "diploma": certificates.diploma,
    "transcript": records.transcript,
    "employment": letters.employment,
    "service": letters.service,
    "agenda": agendas.agenda,
}


def render_pdf(docs, base, separators=(), encrypt=None):
    """Draw documents back to back; set each doc's pages. A blank sheet follows the docs
    whose index is in `separators` (not a document)."""
    paper.register_fonts()
    b = io.BytesIO()
    kw = {"invariant": 1, "pageCompression": 1}
    if encrypt:
        kw["encrypt"] = StandardEncryption(encrypt, ownerPassword=encrypt + "-owner", strength=40)
    c = canvas.Canvas(b, **kw)
    c.setTitle(base)
    c.setAuthor("")
    c.setCreator("dahlia")
    for i, doc in enumerate(docs):
        first = c.getPageNumber()
        doc.pages = list(range(first, first + 1))  # provisional, for the doc's own Random
        RENDER[doc.render](c, doc)
        last = c.getPageNumber() - 1
        doc.pages = list(range(first, last + 1))
        if i in separators:
            c.setPageSize((612, 792))
            c.showPage()
    c.save()
    return b.getvalue()


def _docx(text_lines):
    b = io.BytesIO()
    z = zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED)

    def put(name, data):
        zi = zipfile.ZipInfo(name, date_time=(2026, 10, 14, 9, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)

    put(
        "[Content_Types].xml",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    )
    put(
        "_rels/.rels",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    )
    body = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in text_lines)
    put(
        "word/document.xml",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + body
        + "</w:body></w:document>",
    )
    z.close()
    return b.getvalue()


def write_file(pk, fobj, outdir):
    """Returns the documents of the file with source/pages/text_source set."""
    path = os.path.join(outdir, fobj.name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    docs, mode, seed = fobj.docs, fobj.mode, f"{pk.name}/{fobj.name}"
    for d in docs:
        d.source = fobj.name
    if mode in ("pdf", "scan_pdf"):
        data = render_pdf(docs, fobj.name, fobj.opt.get("separators", ()))
        if mode == "scan_pdf":
            data = scan.scanned_pdf(
                data, seed, dpi=fobj.opt.get("dpi", 200), heavy=fobj.opt.get("heavy", False)
            )
            for d in docs:
                d.text_source = "ocr"
    elif mode in ("jpeg_photo", "png_rescan"):
        data = render_pdf(docs, fobj.name)
        data = scan.phone_photo(data, seed) if mode == "jpeg_photo" else scan.png_rescan(data, seed)
        for d in docs:
            d.pages, d.text_source = [1], "ocr"
    elif mode == "docx":
        data = _docx(fobj.opt["lines"])
    elif mode == "empty":
        data = b""
    elif mode == "truncated":
        full = render_pdf(fobj.opt["inner"], fobj.name)
        data = full[: int(len(full) * 0.45)]
    elif mode == "encrypted":
        data = render_pdf(fobj.opt["inner"], fobj.name, encrypt="clerk2026")
    elif mode == "blank_scan":
        data = scan.blank_scan_pdf(seed)
    else:
        raise ValueError(mode)
    if mode in ("docx", "empty", "truncated", "encrypted"):
        for d in docs:
            d.pages, d.text_source, d.extra_flags = [1], None, ["UNSUPPORTED_FILE"]
    if mode == "blank_scan":
        for d in docs:
            d.pages, d.text_source, d.extra_flags = [1], "ocr", ["UNREADABLE"]
    with open(path, "wb") as fh:
        fh.write(data)
    return docs


def _dump(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def _truth_json(pk, docs):
    tdocs, totals = truth.packet_truth(pk, docs)
    for d in tdocs:
        if d["text_source"] is None:
            del d["text_source"]
    return {"description": pk.description, "documents": tdocs, "totals": totals}


def write_packet(pk, root):
    if pk.shape == "envelope":
        docs = [d for fo in pk.files for d in fo.docs]
        for d in docs:
            d.source = pk.name + ".pdf"
        data = render_pdf(docs, pk.name, pk.separator_after)
        data = scan.scanned_pdf(data, pk.name, dpi=200)
        for d in docs:
            d.text_source = "ocr"
        with open(os.path.join(root, pk.name + ".pdf"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(root, pk.name + ".json"), "w") as fh:
            fh.write(_dump(pk.manifest()))
        t = _truth_json(pk, docs)
        with open(os.path.join(root, pk.name + ".truth.json"), "w") as fh:
            fh.write(_dump(t))
        return t
    outdir = os.path.join(root, pk.name)
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    docs = []
    for fo in sorted(pk.files, key=lambda x: x.name):
        docs += write_file(pk, fo, outdir)
    docs.sort(key=lambda d: (d.source, d.pages[0]))  # packet order: path, then page (R12)
    with open(os.path.join(outdir, "packet.json"), "w") as fh:
        fh.write(_dump(pk.manifest()))
    t = _truth_json(pk, docs)
    with open(os.path.join(outdir, "truth.json"), "w") as fh:
        fh.write(_dump(t))
    return t
