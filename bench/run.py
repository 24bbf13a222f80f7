"""Scanned-packet benchmark: `intake process` against raw `tesseract` on the same page
images with the same parallelism, in one run; peak memory of a 100-page packet; and a
second run of the same packet, which must do no OCR (the cache). Raw Tesseract runs once
per page image (PNG), the way one runs it by hand.

    .venv/bin/python -m bench.run [--pages 100] [--workers 2] [--dpi 300]

Prints a table and writes bench/results.json. Not a test: run it on demand.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pdfplumber
from PIL import Image, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "samples" / "born_digital"


def source_pages(limit: int) -> list[Path]:
    """Born-digital sample PDFs, cycled until there are `limit` pages."""
    pdfs = sorted(p for p in SOURCES.rglob("*.pdf") if p.stat().st_size > 2000)
    out: list[Path] = []
    while len(out) < limit:
        for pdf in pdfs:
            try:
                with pdfplumber.open(pdf) as doc:
                    n = len(doc.pages)
            except Exception:
                continue
            out.extend([pdf] * n)
    return out[:limit]


def make_scans(pages: int, dpi: int, work: Path) -> tuple[Path, list[Path]]:
    """A scanned packet (one image-only PDF) and the same page images as PNG files."""
    images_dir = work / "pages"
    images_dir.mkdir()
    seen: dict[Path, int] = {}
    images = []
    for i, pdf in enumerate(source_pages(pages)):
        index = seen.get(pdf, 0)
        seen[pdf] = index + 1
        with pdfplumber.open(pdf) as doc:
            img = doc.pages[index].to_image(resolution=dpi).original.convert("L")
        img = img.rotate(0.7 if i % 3 == 0 else 0, fillcolor=255).filter(ImageFilter.GaussianBlur(0.5))
        path = images_dir / f"page-{i + 1:03d}.png"
        img.save(path)
        images.append(path)
    packet = work / "packet"
    packet.mkdir()
    first, *rest = [Image.open(p) for p in images]
    first.save(packet / "scan.pdf", "PDF", resolution=dpi, save_all=True, append_images=rest)
    for im in [first, *rest]:
        im.close()
    (packet / "packet.json").write_text(json.dumps({
        "applicant": {"name": "Bench Mark", "region": 3}, "program": "CMC",
        "received_date": "2026-11-02"}))
    return packet, images


def raw_tesseract(images: list[Path], workers: int) -> float:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def one(path: Path) -> None:
        subprocess.run(["tesseract", str(path), "stdout", "--psm", "3", "tsv"], env=env,
                       check=True, capture_output=True)

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(one, images))
    return time.perf_counter() - start


def tree_rss_mib(pid: int) -> float:
    """Resident memory of a process and all its descendants (its Tesseract workers), MiB."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        p = int(stat.parent.name)
        children.setdefault(int(fields[1]), []).append(p)  # fields[1]: the parent's pid
        rss[p] = int(fields[21]) * resource.getpagesize()  # fields[21]: resident pages
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total / 2**20


def intake(packet: Path, cache: Path, workers: int) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MiB, the process and its Tesseracts together,
    sampled every 0.1 s) of `intake process` in a child."""
    env = {**os.environ, "INTAKE_CACHE_DIR": str(cache), "INTAKE_OCR_WORKERS": str(workers),
           "OMP_THREAD_LIMIT": "1"}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "process", str(packet),
                              "--no-prefect", "-q", "--out", str(packet.parent / "result.json")],
                             env=env)
    peak = 0.0
    while child.poll() is None:
        peak = max(peak, tree_rss_mib(child.pid))
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, child.args)
    return seconds, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--dpi", type=int, default=300)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="intake-bench-"))
    try:
        packet, images = make_scans(args.pages, args.dpi, work)
        cache = work / "cache"
        raw = raw_tesseract(images, args.workers)
        first, peak = intake(packet, cache, args.workers)
        second, _ = intake(packet, cache, args.workers)
        ocr_files = sum(1 for _ in cache.rglob("*.json"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    results = {
        "pages": args.pages, "workers": args.workers, "dpi": args.dpi,
        "raw_tesseract_pages_per_min": round(args.pages / raw * 60, 1),
        "intake_pages_per_min": round(args.pages / first * 60, 1),
        "throughput_ratio": round(raw / first, 3),
        "peak_memory_mib": round(peak, 1),
        "second_run_seconds": round(second, 2),
        "pages_cached": ocr_files,
    }
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    for key, value in results.items():
        print(f"{key:30} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
