"""Start-up benchmark: what a one-page born-digital packet costs through `intake process`,
against a bare `python -c "import pdfplumber, pytesseract, PIL, spacy, pydantic"` (the
libraries any run needs) in the same run, alternating, so load on the machine hits both.
Goal: at most 1.5 x the bare imports (no Prefect server started, nothing imported that
the run does not use).

    .venv/bin/python -m bench.startup [--rounds 7]      (make bench-startup)

Prints both timings (median and best of the rounds) and their ratio. Not a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
BARE = [sys.executable, "-c", "import pdfplumber, pytesseract, PIL, spacy, pydantic"]
GOAL = 1.5
MANIFEST = ('{"applicant": {"name": "Maria L. Gonzalez", "region": 3}, "program": "CMC", '
            '"received_date": "2026-11-02"}')
CERTIFICATE = ["Certificate of Attendance", "This certifies that Maria L. Gonzalez",
               "attended the Arizona Municipal Clerks Association Annual Conference",
               "held May 1-3, 2024 in Tucson, Arizona", "Total contact hours: 12"]


def one_page_packet(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "packet.json").write_text(MANIFEST)
    c = canvas.Canvas(str(folder / "certificate.pdf"), pagesize=letter)
    for i, line in enumerate(CERTIFICATE):
        c.drawString(72, letter[1] - 72 - 18 * i, line)
    c.showPage()
    c.save()
    return folder


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args(argv)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    intake = str(Path(sys.executable).with_name("intake"))
    with tempfile.TemporaryDirectory() as tmp:
        packet = one_page_packet(Path(tmp) / "one-page")
        run = [intake, "process", str(packet), "--out", str(Path(tmp) / "r.json"), "-q"]
        timed(run, env)  # first run: bytecode and disk caches for both
        bare, full = [], []
        for _ in range(args.rounds):
            bare.append(timed(BARE, env))
            full.append(timed(run, env))
    ratio = statistics.median(full) / statistics.median(bare)
    print(f"{'':32} {'median':>8} {'best':>8}")
    print(f"{'bare imports':32} {statistics.median(bare):7.2f}s {min(bare):7.2f}s")
    print(f"{'intake process (1 page)':32} {statistics.median(full):7.2f}s {min(full):7.2f}s")
    print(f"ratio (medians) {ratio:.2f} (goal at most {GOAL}); best/best "
          f"{min(full) / min(bare):.2f}")
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
