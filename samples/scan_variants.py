"""Turn born-digital sample packets into scanned variants (image-only PDFs, phone photos).

    .venv/bin/python -m samples.scan_variants [--src samples/born_digital] [--out samples/scanned]
                                              [--packets N|all|NAME,NAME] [--seed S]
                                              [--variants NAME,NAME]

Every page is rasterized with pypdfium2 and degraded the way paper comes back from an
office scanner or a phone; the result has no text layer. Each variant gets its own folder
`OUT/<variant>/` holding packets of the same shapes as `samples/born_digital/` (folder with
packet.json + files + truth.json, or NAME.pdf + NAME.json + NAME.truth.json). The truth keeps
every expected field, flag, proposal and total; only a document's `source` (and, where
files are split or merged, its `pages`) change. Output is deterministic for a given seed.

Variants (see samples/README.md):
  scan_300dpi_clean     300 dpi grayscale, faint sensor noise, JPEG in an image-only PDF
  scan_200dpi           200 dpi, small skew (0.5-2.5 deg), blur 0.6, JPEG quality 60
  scan_150dpi_degraded  150 dpi, salt & pepper 0.3 %, uneven background, blur, pages
                        upside-down (180 deg) and one sideways (90 deg) per packet
  photos                phone photos: one JPEG per page (name.jpg / name-p1.jpg ...),
                        warm uneven light, small rotation on a desk background, EXIF
                        Orientation on some images; files holding a multi-page document
                        become one multi-page TIFF (name.tif)
  whole_packet_scan     a folder packet fed through a sheet feeder: ONE image-only PDF
                        NAME.pdf (+ NAME.json, NAME.truth.json) with a blank separator page
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import shutil
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter, ImageOps

EXIF_ORIENTATION = 0x0112
UNSUPPORTED = "UNSUPPORTED_FILE"

# A diverse fixed subset per variant (CMC and MMC, certificates, 2-page transcripts and
# letters, flagged documents), kept small so samples/scanned stays a few MB.
DEFAULT_PACKETS: dict[str, list[str]] = {
    "scan_300dpi_clean": [                # 300 dpi pages cost ~150 KB each: 3 packets
        "cmc-r1-letter-flags",            # FIRST_PERSON, RELATIVE_AUTHOR
        "cmc-r4-unreadable-pages",        # UNREADABLE pages, form, receipt
        "scan-cmc-r11",                   # single-PDF packet, NAME_MISMATCH
    ],
    "scan_200dpi": [
        "mmc-r3-missing-and-relatives",   # MMC: FIRST_PERSON, RELATIVE_AUTHOR, MISSING_*
        "cmc-r8-texas-mixed",             # 2-page HR letter, course review
        "cmc-r5-duplicates",              # DUPLICATE across files
        "scan-cmc-r4",                    # single-PDF packet with a 2-page transcript
    ],
    "scan_150dpi_degraded": [
        "cmc-r2-missing-facts",           # MISSING_* on certificates
        "mmc-r7-duplicates",              # MMC: DUPLICATE inside a file and across files
        "cmc-r7-name-checks",             # 2-page transcript, NAME_MISMATCH
        "scan-mmc-r6",                    # single PDF: 2-page letter, duplicate, UNREADABLE
        "cmc-r1-letter-flags",            # FIRST_PERSON, RELATIVE_AUTHOR
        "mmc-r4-predates",                # MMC: PREDATES_DESIGNATION (degree, agenda)
    ],
    "photos": [
        "cmc-r1-letter-flags",            # FIRST_PERSON, RELATIVE_AUTHOR
        "mmc-r2-nj-standard",             # MMC: PREDATES_DESIGNATION
        "cmc-r5-duplicates",              # DUPLICATE across name-pN.jpg and a later file
        "cmc-r3-institute-track",         # 2-page transcript -> multi-page TIFF
    ],
    "whole_packet_scan": [
        "cmc-r1-letter-flags",            # FIRST_PERSON, RELATIVE_AUTHOR
        "cmc-r3-institute-track",         # 2-page transcript, certificates, agenda
        "mmc-r4-predates",                # MMC: PREDATES_DESIGNATION (degree, agenda)
        "cmc-r6-long-career",             # employment letters, 2-page letter
    ],
}


# ---------------------------------------------------------------- packets


@dataclass
class Packet:
    name: str
    manifest: Path
    truth: dict[str, Any]
    files: list[Path]            # document files in packet order
    root: Path                   # folder the `source` names are relative to
    single_pdf: bool


def find_packets(src: Path) -> dict[str, Packet]:
    found: dict[str, Packet] = {}
    for entry in sorted(src.iterdir()):
        if entry.is_dir() and (entry / "packet.json").exists() and (entry / "truth.json").exists():
            files = sorted(
                (p for p in entry.rglob("*") if p.is_file() and p.name not in
                 {"packet.json", "truth.json"} and not p.name.endswith(".truth.json")
                 and not any(part.startswith(".") for part in p.relative_to(entry).parts)),
                key=lambda p: p.relative_to(entry).as_posix(),
            )
            truth = json.loads((entry / "truth.json").read_text())
            found[entry.name] = Packet(entry.name, entry / "packet.json", truth, files, entry, False)
        elif entry.name.endswith(".truth.json"):
            stem = entry.name.removesuffix(".truth.json")
            pdf, manifest = src / f"{stem}.pdf", src / f"{stem}.json"
            if pdf.exists() and manifest.exists():
                truth = json.loads(entry.read_text())
                found[stem] = Packet(stem, manifest, truth, [pdf], src, True)
    return found


# ---------------------------------------------------------------- randomness


def rng_for(seed: int, *keys: str) -> np.random.Generator:
    """A generator that depends only on the seed and the keys (stable across runs)."""
    return np.random.default_rng([seed, *(zlib.crc32(k.encode()) for k in keys)])


# ---------------------------------------------------------------- rasterizing


def open_pdf(path: Path) -> pdfium.PdfDocument | None:
    """The PDF, or None when it cannot be rasterized (corrupt, encrypted, not a PDF)."""
    if path.suffix.lower() != ".pdf":
        return None
    try:
        pdf = pdfium.PdfDocument(str(path))
        if len(pdf) == 0:
            return None
        return pdf
    except Exception:  # pypdfium2 raises PdfiumError for broken/encrypted files
        return None


def render(pdf: pdfium.PdfDocument, index: int, dpi: int, color: bool = False) -> Image.Image:
    bitmap = pdf[index].render(scale=dpi / 72, grayscale=not color)
    img = bitmap.to_pil()
    return img.convert("RGB" if color else "L")


# ---------------------------------------------------------------- degradations


def to_array(img: Image.Image) -> np.ndarray:
    return np.asarray(img, dtype=np.float32)


def from_array(a: np.ndarray, mode: str) -> Image.Image:
    return Image.fromarray(np.clip(np.rint(a), 0, 255).astype(np.uint8), mode)


def sensor_noise(img: Image.Image, rng: np.random.Generator, sigma: float,
                 white_clip: float = 5.0) -> Image.Image:
    """Gaussian noise; paper white is pushed past 255 first the way a scanner's white
    point clips it, so the noise shows in ink and grey areas, not as fog on the paper."""
    a = to_array(img)
    a = a + rng.normal(0.0, sigma, a.shape).astype(np.float32) + white_clip * (a > 235)
    return from_array(a, img.mode)


def salt_and_pepper(img: Image.Image, rng: np.random.Generator, amount: float) -> Image.Image:
    a = to_array(img)
    h, w = a.shape[:2]
    n = int(h * w * amount)
    ys, xs = rng.integers(0, h, n), rng.integers(0, w, n)
    dark = rng.random(n) < 0.5
    a[ys[dark], xs[dark]] = rng.uniform(0, 70, int(dark.sum()))[..., None] if a.ndim == 3 \
        else rng.uniform(0, 70, int(dark.sum()))
    a[ys[~dark], xs[~dark]] = 255
    # a few 2x2 dust specks, like dirt on the glass
    m = max(1, n // 40)
    ys, xs = rng.integers(0, h - 2, m), rng.integers(0, w - 2, m)
    for dy in (0, 1):
        for dx in (0, 1):
            a[ys + dy, xs + dx] = 40
    return from_array(a, img.mode)


def smooth_field(rng: np.random.Generator, h: int, w: int, low: float, high: float) -> np.ndarray:
    """A smooth illumination field in [low, high]: a linear fall-off plus a soft blob."""
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    y /= h
    x /= w
    angle = rng.uniform(0, 2 * np.pi)
    lin = (np.cos(angle) * (x - 0.5) + np.sin(angle) * (y - 0.5)) + 0.5
    cy, cx = rng.uniform(0.2, 0.8, 2)
    blob = np.exp(-(((x - cx) ** 2 + (y - cy) ** 2) / (2 * rng.uniform(0.15, 0.35) ** 2)))
    f = 0.55 * lin + 0.45 * blob
    f = (f - f.min()) / max(float(f.max() - f.min()), 1e-6)
    return low + (high - low) * f


def uneven_background(img: Image.Image, rng: np.random.Generator, low: float) -> Image.Image:
    a = to_array(img)
    f = smooth_field(rng, a.shape[0], a.shape[1], low, 1.0)
    return from_array(a * (f[..., None] if a.ndim == 3 else f), img.mode)


def skew(img: Image.Image, degrees: float, fill: int | tuple[int, ...] = 255) -> Image.Image:
    return img.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=fill)


def random_skew(rng: np.random.Generator, low: float, high: float) -> float:
    return float(rng.uniform(low, high) * rng.choice([-1.0, 1.0]))


def blank_page(rng: np.random.Generator, dpi: int) -> Image.Image:
    """A white separator sheet: faint noise and a couple of specks, nothing to read."""
    w, h = round(8.5 * dpi), round(11 * dpi)
    a = np.full((h, w), 252.0, dtype=np.float32) + rng.normal(0, 1.5, (h, w)).astype(np.float32)
    img = from_array(a, "L")
    img = salt_and_pepper(img, rng, 0.00005)
    return img


# ---------------------------------------------------------------- writers


def jpeg_bytes(img: Image.Image, quality: int, **kw: Any) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True, **kw)
    return buf.getvalue()


def write_image_pdf(path: Path, pages: list[Image.Image], dpi: int, quality: int) -> None:
    """An image-only PDF: every page one JPEG (DCTDecode) filling the page, no text layer.

    The JPEG bytes are embedded as encoded (Pillow's PDF writer would encode them again),
    so the page images carry exactly one JPEG compression at `quality`."""
    objects: list[bytes] = []          # object n is objects[n - 1]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")                 # filled in below
    pages_obj = add(b"")
    kids = []
    for img in pages:
        data = jpeg_bytes(img, quality)
        w, h = img.size
        color = b"/DeviceRGB" if img.mode == "RGB" else b"/DeviceGray"
        image = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s "
                    b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
                    % (w, h, color, len(data)) + data + b"\nendstream")
        pw, ph = w * 72 / dpi, h * 72 / dpi
        draw = b"q %.4f 0 0 %.4f 0 0 cm /Im0 Do Q" % (pw, ph)
        content = add(b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.4f %.4f] "
                        b"/Resources << /XObject << /Im0 %d 0 R >> /ProcSet [/PDF /ImageB /ImageC] >> "
                        b"/Contents %d 0 R >>" % (pages_obj, pw, ph, image, content)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = (b"<< /Type /Pages /Kids [%s] /Count %d >>"
                              % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)))
    info = add(b"<< /Producer (clerk-intake samples.scan_variants) /Title (%s) >>"
               % path.stem.encode("ascii", "replace"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%EOF\n"
            % (len(objects) + 1, catalog, info, xref))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(out))


# ---------------------------------------------------------------- page treatments


@dataclass
class ScanProfile:
    dpi: int
    quality: int
    treat: Callable[[Image.Image, np.random.Generator, int], Image.Image]
    notes: list[str] = field(default_factory=list)


def treat_300(img: Image.Image, rng: np.random.Generator, _i: int) -> Image.Image:
    return sensor_noise(img, rng, sigma=2.5)


def treat_200(img: Image.Image, rng: np.random.Generator, _i: int) -> Image.Image:
    img = skew(img, random_skew(rng, 0.5, 2.5))
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return sensor_noise(img, rng, sigma=3.0)


def treat_150(img: Image.Image, rng: np.random.Generator, _i: int) -> Image.Image:
    img = skew(img, random_skew(rng, 0.3, 1.5))
    img = uneven_background(img, rng, low=float(rng.uniform(0.72, 0.82)))
    img = img.filter(ImageFilter.GaussianBlur(0.8))
    img = salt_and_pepper(img, rng, 0.003)
    return sensor_noise(img, rng, sigma=1.5, white_clip=0.0)


def treat_feeder(img: Image.Image, rng: np.random.Generator, _i: int) -> Image.Image:
    img = skew(img, random_skew(rng, 0.2, 1.2))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    return sensor_noise(img, rng, sigma=2.5)


PROFILES = {
    "scan_300dpi_clean": ScanProfile(300, 45, treat_300),
    "scan_200dpi": ScanProfile(200, 60, treat_200),
    "scan_150dpi_degraded": ScanProfile(150, 45, treat_150),
    "whole_packet_scan": ScanProfile(200, 45, treat_feeder),
}


def page_turns(variant: str, n_pages: int, rng: np.random.Generator) -> dict[int, int]:
    """Packet page index -> degrees (counter-clockwise) the sheet went through turned.

    Only scan_150dpi_degraded: in each packet one page upside-down (two in packets of 6+
    pages) and one other page sideways (90 or 270 degrees)."""
    if variant != "scan_150dpi_degraded" or n_pages < 2:
        return {}
    order = [int(i) for i in rng.permutation(n_pages)]
    turns = {order[0]: 180}
    if n_pages >= 6:
        turns[order[1]] = 180
    if n_pages >= 3:
        turns[order[-1]] = int(rng.choice([90, 270]))
    return turns


# ---------------------------------------------------------------- variants


@dataclass
class Result:
    files: list[Path] = field(default_factory=list)
    pages: int = 0
    notes: list[str] = field(default_factory=list)


def copy_manifest_and_truth(packet: Packet, dest: Path, truth: dict[str, Any]) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(packet.manifest, dest / "packet.json")
    (dest / "truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")
    return [dest / "packet.json", dest / "truth.json"]


def scan_packet(packet: Packet, variant: str, out: Path, seed: int) -> Result:
    """Page-by-page scanned PDFs, same file names, same truth."""
    prof = PROFILES[variant]
    res = Result()
    rng = rng_for(seed, variant, packet.name)
    if packet.single_pdf:
        dest_dir = out
    else:
        dest_dir = out / packet.name
        if dest_dir.exists():
            shutil.rmtree(dest_dir)
    pdfs = {path: open_pdf(path) for path in packet.files}
    turns = page_turns(variant, sum(len(p) for p in pdfs.values() if p is not None), rng)
    seen = 0
    for path in packet.files:
        rel = path.relative_to(packet.root)
        target = dest_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        pdf = pdfs[path]
        if pdf is None:  # bad files stay bad: copied byte for byte
            shutil.copyfile(path, target)
            res.files.append(target)
            res.notes.append(f"{rel}: copied unchanged (cannot be rasterized)")
            continue
        pages = []
        for i in range(len(pdf)):
            img = prof.treat(render(pdf, i, prof.dpi), rng, i)
            if seen in turns:
                img = img.rotate(turns[seen], expand=True)
                res.notes.append(f"{rel} p{i + 1}: turned {turns[seen]} deg")
            pages.append(img)
            seen += 1
        write_image_pdf(target, pages, prof.dpi, prof.quality)
        res.files.append(target)
        res.pages += len(pages)
    truth = copy.deepcopy(packet.truth)
    if packet.single_pdf:
        shutil.copyfile(packet.manifest, out / f"{packet.name}.json")
        tpath = out / f"{packet.name}.truth.json"
        tpath.write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")
        res.files += [out / f"{packet.name}.json", tpath]
    else:
        res.files += copy_manifest_and_truth(packet, dest_dir, truth)
    return res


def whole_packet(packet: Packet, variant: str, out: Path, seed: int) -> Result:
    """All files of the packet, in packet order, fed as one stack: ONE image-only PDF."""
    prof = PROFILES[variant]
    res = Result()
    rng = rng_for(seed, variant, packet.name)
    pages: list[Image.Image] = []
    offset: dict[str, int] = {}          # source -> pages before it in the stack
    skipped: set[str] = set()
    for path in packet.files:
        rel = path.relative_to(packet.root).as_posix()
        pdf = open_pdf(path)
        if pdf is None:
            skipped.add(rel)
            res.notes.append(f"{rel}: left out (cannot be rasterized)")
            continue
        offset[rel] = len(pages)
        for i in range(len(pdf)):
            pages.append(prof.treat(render(pdf, i, prof.dpi), rng, i))

    docs = []
    for doc in packet.truth["documents"]:
        if doc["source"] in skipped:
            if UNSUPPORTED not in doc.get("flags", []):
                raise SystemExit(f"{packet.name}: {doc['source']} cannot be rasterized but its "
                                 "truth is not UNSUPPORTED_FILE")
            continue
        doc = copy.deepcopy(doc)
        doc["_stack"] = [offset[doc["source"]] + p for p in doc["pages"]]  # 1-based
        docs.append(doc)
    docs.sort(key=lambda d: d["_stack"][0])

    # a blank separator sheet between two documents (after the last page of one document
    # whose successor starts on the next page)
    starts = {d["_stack"][0] for d in docs}
    gaps = [d["_stack"][-1] for d in docs if d["_stack"][-1] + 1 in starts]
    blank_after = int(rng.choice(gaps)) if gaps else None
    if blank_after is not None:
        pages.insert(blank_after, blank_page(rng, prof.dpi))
        res.notes.append(f"blank separator page {blank_after + 1}")

    name = packet.name
    truth = copy.deepcopy(packet.truth)
    truth["documents"] = []
    for doc in docs:
        stack = doc.pop("_stack")
        if blank_after is not None:
            stack = [p + 1 if p > blank_after else p for p in stack]
        doc["source"] = f"{name}.pdf"
        doc["pages"] = stack
        truth["documents"].append(doc)

    write_image_pdf(out / f"{name}.pdf", pages, prof.dpi, prof.quality)
    shutil.copyfile(packet.manifest, out / f"{name}.json")
    (out / f"{name}.truth.json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")
    res.files += [out / f"{name}.pdf", out / f"{name}.json", out / f"{name}.truth.json"]
    res.pages = len(pages)
    return res


# ---- photos

PHOTO_DPI = 200
PHOTO_QUALITY = 58
DESKS = [(92, 74, 58), (128, 118, 104), (60, 62, 66), (150, 132, 110)]


def photograph(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A phone photo of the sheet: warm uneven light, page on a desk, slightly turned."""
    a = to_array(img)
    h, w = a.shape[:2]
    light = smooth_field(rng, h, w, float(rng.uniform(0.70, 0.80)), 1.0)
    warm = np.array([1.0, rng.uniform(0.90, 0.94), rng.uniform(0.76, 0.84)], dtype=np.float32)
    a = a * light[..., None] * warm * float(rng.uniform(0.93, 0.98))
    page = from_array(a, "RGB")
    desk = DESKS[int(rng.integers(len(DESKS)))]
    mx, my = int(w * rng.uniform(0.03, 0.06)), int(h * rng.uniform(0.03, 0.05))
    canvas = Image.new("RGB", (w + 2 * mx, h + 2 * my), desk)
    canvas.paste(page, (mx + int(rng.integers(-mx // 2, mx // 2 + 1)),
                        my + int(rng.integers(-my // 2, my // 2 + 1))))
    canvas = skew(canvas, random_skew(rng, 0.8, 3.5), fill=desk)
    canvas = canvas.filter(ImageFilter.GaussianBlur(float(rng.uniform(0.5, 0.9))))
    return sensor_noise(canvas, rng, sigma=1.2, white_clip=0.0)


def exif_bytes(orientation: int | None) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Google"             # Make
    exif[0x0110] = "Pixel 6a"           # Model
    exif[0x0131] = "HDR+ 1.0.540104767zd"  # Software
    if orientation:
        exif[EXIF_ORIENTATION] = orientation
    return exif.tobytes()


# pixels are stored turned so that a reader honouring EXIF Orientation shows them upright
STORE_FOR_ORIENTATION = {
    6: Image.Transpose.ROTATE_90,    # viewer turns 90 clockwise
    8: Image.Transpose.ROTATE_270,   # viewer turns 90 counter-clockwise
    3: Image.Transpose.ROTATE_180,
}


def photos_packet(packet: Packet, variant: str, out: Path, seed: int, index: int) -> Result:
    """One JPEG per page; a file holding a multi-page document becomes a multi-page TIFF."""
    res = Result()
    rng = rng_for(seed, variant, packet.name)
    dest_dir = out / packet.name
    if dest_dir.exists():
        shutil.rmtree(dest_dir)
    dest_dir.mkdir(parents=True)
    multi_page_sources = {d["source"] for d in packet.truth["documents"] if len(d["pages"]) > 1}
    # source, page -> (new source, new page)
    remap: dict[tuple[str, int], tuple[str, int]] = {}
    renamed: dict[str, str] = {}
    jpegs: list[tuple[Path, Image.Image]] = []
    for path in packet.files:
        rel = path.relative_to(packet.root).as_posix()
        pdf = open_pdf(path)
        if pdf is None:
            shutil.copyfile(path, dest_dir / rel)
            res.files.append(dest_dir / rel)
            res.notes.append(f"{rel}: copied unchanged (cannot be rasterized)")
            renamed[rel] = rel
            continue
        stem = rel.removesuffix(Path(rel).suffix)
        n = len(pdf)
        shots = [photograph(render(pdf, i, PHOTO_DPI, color=True), rng) for i in range(n)]
        res.pages += n
        if rel in multi_page_sources:
            tif = dest_dir / f"{stem}.tif"
            # a scanner app's multi-page export: grayscale, JPEG-compressed frames
            frames = [shot.convert("L") for shot in shots]
            frames[0].save(tif, "TIFF", save_all=True, append_images=frames[1:],
                          compression="jpeg", quality=PHOTO_QUALITY,
                          dpi=(PHOTO_DPI, PHOTO_DPI))
            res.files.append(tif)
            for i in range(n):
                remap[(rel, i + 1)] = (tif.name, i + 1)
            res.notes.append(f"{rel} -> {tif.name} ({n} pages)")
        elif n == 1:
            jpegs.append((dest_dir / f"{stem}.jpg", shots[0]))
            remap[(rel, 1)] = (f"{stem}.jpg", 1)
        else:
            width = len(str(n))
            for i in range(n):
                name = f"{stem}-p{i + 1:0{width}d}.jpg"
                jpegs.append((dest_dir / name, shots[i]))
                remap[(rel, i + 1)] = (name, 1)

    # EXIF Orientation on one image in every third packet (orientation 6, 8, 3 in turn)
    exif_target = None
    if index % 3 == 0 and jpegs:
        exif_target = int(rng.integers(len(jpegs)))
    for k, (target, shot) in enumerate(jpegs):
        orientation = None
        if k == exif_target:
            orientation = (6, 8, 3)[(index // 3) % 3]
            stored = shot.transpose(STORE_FOR_ORIENTATION[orientation])
            _check_orientation(shot, stored, orientation)
            shot = stored
            res.notes.append(f"{target.name}: EXIF Orientation {orientation}, pixels stored turned")
        target.write_bytes(jpeg_bytes(shot, PHOTO_QUALITY, exif=exif_bytes(orientation),
                                      dpi=(72, 72)))
        res.files.append(target)

    truth = copy.deepcopy(packet.truth)
    before = [(d["source"], d["pages"][0]) for d in truth["documents"]]
    for doc in truth["documents"]:
        if doc["source"] in renamed:
            continue
        new = [remap[(doc["source"], p)] for p in doc["pages"]]
        if len({s for s, _ in new}) != 1:
            raise SystemExit(f"{packet.name}: {doc['source']} {doc['pages']} would span files")
        doc["source"] = new[0][0]
        doc["pages"] = [p for _, p in new]
    after = [(d["source"], d["pages"][0]) for d in truth["documents"]]
    if sorted(range(len(before)), key=lambda i: before[i]) != \
            sorted(range(len(after)), key=lambda i: after[i]):
        raise SystemExit(f"{packet.name}: renaming changes the packet order (DUPLICATE truth)")
    res.files += copy_manifest_and_truth(packet, dest_dir, truth)
    return res


def _check_orientation(upright: Image.Image, stored: Image.Image, orientation: int) -> None:
    """A reader honouring EXIF shows the stored pixels upright (checked on thumbnails)."""
    small = stored.resize((stored.width // 16, stored.height // 16))
    probe = Image.open(io.BytesIO(jpeg_bytes(small, 95, exif=exif_bytes(orientation))))
    shown = np.asarray(ImageOps.exif_transpose(probe), dtype=np.float32)
    want = np.asarray(upright.resize((shown.shape[1], shown.shape[0])), dtype=np.float32)
    if shown.shape != want.shape or float(np.abs(shown - want).mean()) > 12:
        raise AssertionError(f"EXIF orientation {orientation} does not restore the page")


# ---------------------------------------------------------------- main


VARIANTS = list(DEFAULT_PACKETS)


def select(variant: str, spec: str | None, available: dict[str, Packet], seed: int) -> list[str]:
    default = [p for p in DEFAULT_PACKETS[variant] if p in available]
    if spec is None:
        chosen = default
    elif spec == "all":
        chosen = list(available)
    elif spec.isdigit():
        rest = [p for p in available if p not in default]
        order = rng_for(seed, variant, "selection").permutation(len(rest))
        chosen = (default + [rest[int(i)] for i in order])[: int(spec)]
    else:
        chosen = [p.strip() for p in spec.split(",") if p.strip()]
        missing = [p for p in chosen if p not in available]
        if missing:
            raise SystemExit(f"unknown packet(s): {', '.join(missing)}")
    if variant == "whole_packet_scan":
        chosen = [p for p in chosen if not available[p].single_pdf]
    return chosen


def photos_single_pdf(packet: Packet) -> Packet:
    """A single-PDF packet photographed page by page becomes a folder packet."""
    return Packet(packet.name, packet.manifest, packet.truth, packet.files, packet.root, False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default="samples/born_digital", type=Path)
    ap.add_argument("--out", default="samples/scanned", type=Path)
    ap.add_argument("--packets", default=None,
                    help="packets per variant: a number, 'all', or comma-separated names "
                         "(default: a fixed diverse subset of 3-4 per variant)")
    ap.add_argument("--seed", default=2025, type=int)
    ap.add_argument("--variants", default=",".join(VARIANTS),
                    help="comma-separated subset of: " + ", ".join(VARIANTS))
    args = ap.parse_args(argv)

    available = find_packets(args.src)
    if not available:
        raise SystemExit(f"no sample packets in {args.src}")
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        raise SystemExit(f"unknown variant(s): {', '.join(unknown)}")

    grand = 0
    for variant in variants:
        vdir = args.out / variant
        if vdir.exists():
            shutil.rmtree(vdir)
        vdir.mkdir(parents=True)
        chosen = select(variant, args.packets, available, args.seed)
        files = pages = 0
        for idx, name in enumerate(chosen):
            packet = available[name]
            if variant == "photos":
                res = photos_packet(photos_single_pdf(packet), variant, vdir, args.seed, idx)
            elif variant == "whole_packet_scan":
                res = whole_packet(packet, variant, vdir, args.seed)
            else:
                res = scan_packet(packet, variant, vdir, args.seed)
            files += len(res.files)
            pages += res.pages
            size = sum(f.stat().st_size for f in res.files)
            print(f"  {variant}/{name}: {res.pages} pages, {len(res.files)} files, "
                  f"{size / 1024:.0f} KB" + (f"  [{'; '.join(res.notes)}]" if res.notes else ""))
        vsize = sum(f.stat().st_size for f in vdir.rglob("*") if f.is_file())
        grand += vsize
        print(f"{variant}: {len(chosen)} packets, {pages} pages, {files} files, "
              f"{vsize / 2**20:.2f} MB")
    print(f"total: {grand / 2**20:.2f} MB in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
