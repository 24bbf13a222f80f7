"""Scaling benchmark: the cost of a document grows with its words, not with their square.

The same 2-page transcript (samples/security_paper.py, packet cmc-r7-name-checks) is
printed on security paper carrying 100, 1,000, 5,000 and 20,000 words of tiled background
text in all, and each copy is processed end to end (`pipeline.stages.process`, no
Prefect); the time per document and the fitted exponent (slope of log time against log
words: 1 is linear, 2 quadratic) are printed. Then two whole born-digital packets on
security paper, of 13 and 12 pages (mmc-r9-athenian-cap: eleven certificates;
mmc-r8-combination-spill: a 2-page transcript and nine certificates, about 2,000 words of
background a page), are timed end to end.

    .venv/bin/python -m bench.scaling [--repeat 2]

Prints a table and writes bench/scaling.json. Not a test: run it on demand
(`make bench-scaling`).
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
import tempfile
import time
from pathlib import Path

import pdfplumber

from pipeline.stages import _warm_up, process
from samples import generate, security_paper

ROOT = Path(__file__).resolve().parent.parent
WORDS = (100, 1_000, 5_000, 20_000)
DOCUMENT = generate.cmc_r7_names  # its transcript.pdf: two pages
PACKETS = (generate.mmc_r9_athenian_cap, generate.mmc_r8_spill)


def transcript_with(words: int, work: Path) -> tuple[Path, int, int]:
    """A packet holding only the transcript with about `words` words of background; the
    packet, its page count and the words its text layer really carries."""
    out = work / f"w{words}"
    pages = 2
    security_paper.write(out, words=max(1, words // pages), packets=[DOCUMENT],
                         look=0)
    packet = out / "security" / "cmc-r7-name-checks"
    for f in packet.glob("*.pdf"):
        if f.name != "transcript.pdf":
            f.unlink()
    with pdfplumber.open(packet / "transcript.pdf") as pdf:
        layer = sum(len(p.extract_words()) for p in pdf.pages)
        pages = len(pdf.pages)
    return packet, pages, layer


def timed(packet: Path, repeat: int) -> float:
    best = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        process(packet)
        best = min(best, time.perf_counter() - start)
    return best


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log y against log x."""
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly, strict=True)) / \
        sum((a - mx) ** 2 for a in lx)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=2, help="runs per copy (the best is kept)")
    args = ap.parse_args(argv)
    _warm_up()
    work = Path(tempfile.mkdtemp(prefix="intake-scaling-"))
    rows, results = [], {}
    try:
        process(transcript_with(100, work)[0])  # loads models and rules once
        for words in WORDS:
            packet, pages, layer = transcript_with(words, work)
            seconds = timed(packet, args.repeat)
            rows.append((words, layer, seconds))
            print(f"{words:>7,} words of background ({layer:>6,} in the text layer, "
                  f"{pages} pages): {seconds:6.2f} s")
        exponent = slope([float(r[1]) for r in rows], [r[2] for r in rows])
        print(f"fitted exponent (log-log slope of time against words): {exponent:.2f}")
        results["transcript"] = {"rows": [{"words": w, "layer_words": n, "seconds": round(s, 3)}
                                          for w, n, s in rows],
                                 "exponent": round(exponent, 3)}
        out = work / "packets"
        security_paper.write(out, packets=list(PACKETS))
        for fn in PACKETS:
            packet = out / "security" / fn(2025).name
            pages = 0
            for f in packet.glob("*.pdf"):
                with pdfplumber.open(f) as pdf:
                    pages += len(pdf.pages)
            seconds = timed(packet, 1)
            print(f"{packet.name} on security paper ({pages} pages): {seconds:.1f} s end to end")
            results[packet.name] = {"pages": pages, "seconds": round(seconds, 2)}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    (ROOT / "bench" / "scaling.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
