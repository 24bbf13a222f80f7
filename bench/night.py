"""Night benchmark: an inbox of mixed packets (born-digital and scanned) through `intake
batch`, then a second night over the same, unchanged inbox.

The inbox is built from the committed sample sets' folder packets, cycled until there are
`--packets` of them; every `--scanned-every`-th one is a scanned twin (each PDF page
rasterized at 300 dpi, grayscale, a little blur and skew, and the copy's number printed
in the margin so no two scans share an OCR cache entry). Each packet's manifest gets its
own received date, so no two packets have one content key. Then, each in a child process
sampled for peak memory (the process and its Tesseract workers together):

1. the single-packet figure of `bench/run.py`: one 100-page scanned packet through
   `intake process` (pages a minute), in the same run so both figures share the machine's
   hour;
2. the first night: `intake batch INBOX --no-move --settle 0` on an empty database and an
   empty OCR cache;
3. the second night: the same command over the unchanged inbox (every packet is known by
   its content key: nothing is read or stored);
4. the born-digital packets alone as a night of their own, so that the first night's OCR
   throughput (pages OCR'd a minute) can be taken on the time the scans cost: the first
   night's time less this one's.

    .venv/bin/python -m bench.night [--packets 200] [--second-night-packets 50]

`--second-night-packets` also runs steps 2 and 3 on an inbox of that many packets (the
issue's 50-packet figure). Prints a table and writes bench/night.json. Not a test: run
it on demand (`make bench-night`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
from PIL import Image, ImageDraw, ImageFilter

from bench.run import intake as single_packet
from bench.run import make_scans, tree_rss_mib

ROOT = Path(__file__).resolve().parent.parent
SETS = ("born_digital", "holdout", "civic", "campus", "harbor", "ledger", "almanac", "quarry")
IMAGES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}


def source_packets() -> list[Path]:
    """Every folder packet of the committed sample sets, in a fixed order."""
    out: list[Path] = []
    for name in SETS:
        out.extend(sorted(p.parent for p in (ROOT / "samples" / name).glob("*/packet.json")))
    return out


def _scan_pdf(src: Path, dest: Path, copy: int, rng: random.Random) -> int:
    """An image-only twin of a PDF (300 dpi grayscale, skew, blur, the copy's number in
    the margin); a PDF that cannot be rendered is copied as it is. Returns its pages."""
    try:
        with pdfplumber.open(src) as doc:
            pages = [p.to_image(resolution=300).original.convert("L") for p in doc.pages]
    except Exception:
        shutil.copyfile(src, dest)
        return 0
    if not pages:
        shutil.copyfile(src, dest)
        return 0
    out = []
    for i, img in enumerate(pages):
        ImageDraw.Draw(img).text((40, img.height - 40), f"scan {copy}-{i + 1}", fill=90)
        angle = rng.uniform(-0.8, 0.8)
        out.append(img.rotate(angle, fillcolor=255, expand=False)
                   .filter(ImageFilter.GaussianBlur(0.5)))
    out[0].save(dest, "PDF", resolution=300, save_all=True, append_images=out[1:])
    return len(out)


def _mark_image(src: Path, dest: Path, copy: int) -> None:
    """A photo or scan image, with the copy's number in a corner (its own cache entry)."""
    try:
        with Image.open(src) as img:
            img = img.convert("RGB") if img.mode not in ("L", "RGB") else img.copy()
    except Exception:
        shutil.copyfile(src, dest)
        return
    ImageDraw.Draw(img).text((10, 10), f"copy {copy}", fill=0 if img.mode == "L" else (0, 0, 0))
    img.save(dest)


@dataclass
class Inbox:
    path: Path
    packets: int
    scanned: int
    scanned_pages: int
    born_digital: list[str]


def build_inbox(root: Path, packets: int, scanned_every: int, seed: int = 7) -> Inbox:
    """`packets` packets in `root`, every `scanned_every`-th of them a scanned twin."""
    rng = random.Random(seed)
    sources = source_packets()
    root.mkdir(parents=True)
    scanned = scanned_pages = 0
    born: list[str] = []
    for n in range(packets):
        src = sources[n % len(sources)]
        name = f"{n + 1:03d}_{src.parent.name}_{src.name}"
        dest = root / name
        dest.mkdir()
        scan = scanned_every > 0 and n % scanned_every == scanned_every - 1
        for f in sorted(src.iterdir()):
            if f.name in ("truth.json", "packet.json") or not f.is_file():
                continue
            if scan and f.suffix.lower() == ".pdf":
                scanned_pages += _scan_pdf(f, dest / f.name, n + 1, rng)
            elif scan and f.suffix.lower() in IMAGES:
                _mark_image(f, dest / f.name, n + 1)
            else:
                shutil.copyfile(f, dest / f.name)
        manifest = json.loads((src / "packet.json").read_text())
        received = dt.date.fromisoformat(manifest.get("received_date", "2026-11-02"))
        manifest["received_date"] = (received + dt.timedelta(days=n // len(sources))).isoformat()
        (dest / "packet.json").write_text(json.dumps(manifest, indent=2))
        scanned += scan
        if not scan:
            born.append(name)
    return Inbox(root, packets, scanned, scanned_pages, born)


def night(inbox: Path, data: Path, cache: Path, report: Path, jobs: int | None = None
          ) -> dict[str, Any]:
    """`intake batch` over `inbox` in a child: wall seconds, peak memory, its report."""
    env = {**os.environ, "INTAKE_DATA_DIR": str(data), "INTAKE_CACHE_DIR": str(cache),
           "OMP_THREAD_LIMIT": "1"}
    env.pop("INTAKE_DATABASE_URL", None)
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "batch", str(inbox), "--no-move", "--settle", "0",
         "--out-dir", str(data / "out"), "--report", str(report), "--no-prefect",
         *(["--jobs", str(jobs)] if jobs else [])],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0.0
    while child.poll() is None:
        peak = max(peak, tree_rss_mib(child.pid))
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    stderr = child.stderr.read().decode(errors="replace") if child.stderr else ""
    if child.returncode not in (0, 4):
        raise SystemExit(f"intake batch exited {child.returncode}:\n{stderr[-2000:]}")
    body = json.loads(report.read_text())
    return {"seconds": seconds, "peak_mib": peak, "counts": body["counts"],
            "pages": body["pages"], "documents": body["documents"],
            "ocr_pages": sum(1 for _ in cache.rglob("*.json"))}


def subset(inbox: Inbox, names: list[str], root: Path) -> Path:
    """A copy of some of an inbox's packets (hard links: same bytes, no cost)."""
    root.mkdir(parents=True)
    for name in names:
        shutil.copytree(inbox.path / name, root / name, copy_function=os.link)
    return root


def two_nights(work: Path, tag: str, packets: int, scanned_every: int, jobs: int | None
               ) -> dict[str, Any]:
    inbox = build_inbox(work / f"inbox-{tag}", packets, scanned_every)
    data, cache = work / f"data-{tag}", work / f"cache-{tag}"
    first = night(inbox.path, data, cache, work / f"{tag}-1.json", jobs)
    second = night(inbox.path, data, cache, work / f"{tag}-2.json", jobs)
    return {"inbox": inbox, "first": first, "second": second}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--packets", type=int, default=200)
    parser.add_argument("--second-night-packets", type=int, default=50,
                        help="also two nights over an inbox of this many (0: not)")
    parser.add_argument("--scanned-every", type=int, default=3,
                        help="every Nth packet is a scanned twin (0: none)")
    parser.add_argument("--jobs", type=int, default=None,
                        help="intake batch --jobs (default: its own default)")
    parser.add_argument("--single-pages", type=int, default=100,
                        help="pages of bench/run.py's single scanned packet (0: not run)")
    args = parser.parse_args()
    workers = os.cpu_count() or 1
    work = Path(tempfile.mkdtemp(prefix="intake-night-"))
    results: dict[str, Any] = {"date": dt.date.today().isoformat(), "cores": workers,
                               "load_average_before": [round(x, 2) for x in os.getloadavg()]}
    try:
        if args.single_pages:
            scans = work / "single"
            scans.mkdir()
            packet, _ = make_scans(args.single_pages, 300, scans)
            seconds, peak = single_packet(packet, scans / "cache", workers)
            results["single_packet"] = {"pages": args.single_pages,
                                        "pages_per_min": round(args.single_pages / seconds * 60, 1),
                                        "peak_mib": round(peak, 1)}
        big = two_nights(work, "night", args.packets, args.scanned_every, args.jobs)
        inbox, first, second = big["inbox"], big["first"], big["second"]
        born = subset(inbox, inbox.born_digital, work / "inbox-born")
        alone = night(born, work / "data-born", work / "cache-born", work / "born.json", args.jobs)
        scan_seconds = first["seconds"] - alone["seconds"]
        results["night"] = {
            "packets": inbox.packets, "scanned_packets": inbox.scanned,
            "scanned_pages": inbox.scanned_pages, "pages": first["pages"],
            "documents": first["documents"], "counts": first["counts"],
            "first_night_s": round(first["seconds"], 1),
            "pages_per_min": round(first["pages"] / first["seconds"] * 60, 1),
            "peak_mib": round(first["peak_mib"], 1),
            "born_digital_alone_s": round(alone["seconds"], 1),
            "ocr_pages": first["ocr_pages"],
            "ocr_pages_per_min": round(first["ocr_pages"] / scan_seconds * 60, 1)
            if scan_seconds > 0 else None,
            "second_night_s": round(second["seconds"], 2),
            "second_night_share": round(second["seconds"] / first["seconds"], 4),
            "second_night_counts": second["counts"],
        }
        if "single_packet" in results and results["night"]["ocr_pages_per_min"]:
            results["night"]["ocr_vs_single"] = round(
                results["night"]["ocr_pages_per_min"]
                / results["single_packet"]["pages_per_min"], 3)
        if args.second_night_packets:
            small = two_nights(work, "small", args.second_night_packets,
                               args.scanned_every, args.jobs)
            results[f"inbox_of_{args.second_night_packets}"] = {
                "first_night_s": round(small["first"]["seconds"], 1),
                "second_night_s": round(small["second"]["seconds"], 2),
                "second_night_share": round(small["second"]["seconds"]
                                            / small["first"]["seconds"], 4),
                "second_night_counts": small["second"]["counts"],
            }
        results["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    (ROOT / "bench" / "night.json").write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
