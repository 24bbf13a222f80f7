"""The scanned variant: every PDF of a packet rasterised (grey) and rebuilt as an
image-only PDF with scan effects; images and bad files copied; truth text_source 'ocr'."""

import json
import os
import shutil

from . import scan


def _is_text_pdf(path):
    with open(path, "rb") as fh:
        head = fh.read(5)
    return head == b"%PDF-"


def _scan_file(src, dst, seed, dpi):
    with open(src, "rb") as fh:
        data = fh.read()
    try:
        out = scan.scanned_pdf(data, seed + f"|{dpi}", dpi=dpi)
    except Exception:  # truncated or encrypted: copied as it is
        out = data
    with open(dst, "wb") as fh:
        fh.write(out)


def _truth(src, dst):
    with open(src) as fh:
        t = json.load(fh)
    for d in t["documents"]:
        if "text_source" in d:
            d["text_source"] = "ocr"
    with open(dst, "w") as fh:
        fh.write(json.dumps(t, indent=2, ensure_ascii=False) + "\n")


def write_variant(src_root, dst_root, dpi, names):
    os.makedirs(dst_root, exist_ok=True)
    for name in names:
        folder = os.path.join(src_root, name)
        if os.path.isdir(folder):
            out = os.path.join(dst_root, name)
            if os.path.isdir(out):
                shutil.rmtree(out)
            os.makedirs(out)
            for fn in sorted(os.listdir(folder)):
                s, d = os.path.join(folder, fn), os.path.join(out, fn)
                if fn == "truth.json":
                    _truth(s, d)
                elif (
                    fn.lower().endswith(".pdf")
                    and _is_text_pdf(s)
                    and b"/Encrypt" not in open(s, "rb").read()
                ):
                    _scan_file(s, d, f"{name}/{fn}", dpi)
                else:
                    shutil.copyfile(s, d)
        else:
            for ext in (".pdf", ".json"):
                shutil.copyfile(
                    os.path.join(src_root, name + ext), os.path.join(dst_root, name + ext)
                )
            _truth(
                os.path.join(src_root, name + ".truth.json"),
                os.path.join(dst_root, name + ".truth.json"),
            )
