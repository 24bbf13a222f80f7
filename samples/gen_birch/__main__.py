"""python -m samples.gen_birch [--only PACKET] [--out DIR] [--scanned]"""
import argparse
import shutil
import sys
import time
from pathlib import Path

from . import build, packets_cmc, packets_mmc

ROOT = Path(__file__).resolve().parents[1]


def packets():
    return packets_cmc.ALL() + packets_mmc.ALL()


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.gen_birch")
    ap.add_argument("--only")
    ap.add_argument("--out", default=str(ROOT / "birch"))
    ap.add_argument("--scanned", action="store_true")
    a = ap.parse_args(argv)
    ps = [p for p in packets() if a.only in (None, p["name"])]
    if not ps:
        print(f"no packet named {a.only}", file=sys.stderr)
        return 2
    out = Path(a.out)
    if out.exists() and not a.only:
        shutil.rmtree(out)
    n = build.write_all(ps, out)
    print(f"{len(ps)} packets, {n} documents -> {out}")
    if a.scanned:
        from . import paper
        t = time.time()
        for dpi in (300, 200):
            dest = ROOT / "birch_scanned" / f"scan_{dpi}dpi"
            paper.scan_set(out, dest, dpi)
        print(f"scanned in {time.time() - t:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
