"""`python -m samples.gen_quarry [--scanned] [--out DIR] [--only NAME ...]`."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path
from random import Random

from . import packets_cmc, packets_cmc2
from .build import write_packet

SEED = 20261202
ROOT = Path(__file__).resolve().parent.parent


def all_packets() -> list:
    makers = [packets_cmc.cmc_01, packets_cmc.cmc_02, packets_cmc.cmc_03, packets_cmc.cmc_04]
    makers += packets_cmc2.MAKERS
    try:
        from . import packets_mmc
        makers += packets_mmc.MAKERS
    except ImportError:
        pass
    return [mk(Random(SEED * 100 + i)) for i, mk in enumerate(makers)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.gen_quarry")
    ap.add_argument("--out", type=Path, default=ROOT / "quarry")
    ap.add_argument("--scanned", action="store_true")
    ap.add_argument("--scan-out", type=Path, default=ROOT / "quarry_scanned")
    ap.add_argument("--only", nargs="*", default=None)
    a = ap.parse_args(argv)
    packets = [p for p in all_packets() if not a.only or p.name in a.only]
    if a.out.exists() and not a.only:
        shutil.rmtree(a.out)
    docs = 0
    for p in packets:
        t = write_packet(p, a.out)
        docs += len(t["documents"])
    print(f"wrote {len(packets)} packets, {docs} documents to {a.out}")
    if a.scanned:
        from .scan import scan_set
        scan_set(a.out, a.scan_out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
