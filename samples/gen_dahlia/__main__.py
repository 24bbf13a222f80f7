"""python -m samples.gen_dahlia [--out DIR] [--only PACKET ...] [--scanned]"""

import argparse
import os
import shutil
import sys
import time

from . import build, packets_cmc, packets_mmc, scanned

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(os.path.dirname(HERE), "dahlia")


def all_packets():
    return [f() for f in packets_cmc.PACKETS + packets_mmc.PACKETS]


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.gen_dahlia")
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--only", nargs="+", metavar="PACKET")
    ap.add_argument(
        "--scanned",
        action="store_true",
        help="also write <out>_scanned/scan_300dpi and scan_200dpi",
    )
    a = ap.parse_args(argv)
    pks = all_packets()
    if a.only:
        names = {p.name for p in pks}
        bad = [n for n in a.only if n not in names]
        if bad:
            print("unknown packet(s): " + ", ".join(bad), file=sys.stderr)
            return 2
        pks = [p for p in pks if p.name in a.only]
    elif os.path.isdir(a.out):
        shutil.rmtree(a.out)
    os.makedirs(a.out, exist_ok=True)
    for p in pks:
        build.write_packet(p, a.out)
    if a.scanned:
        t0 = time.time()
        root = os.path.normpath(a.out) + "_scanned"
        for dpi in (300, 200):
            scanned.write_variant(
                a.out, os.path.join(root, f"scan_{dpi}dpi"), dpi, [p.name for p in pks]
            )
        print(f"scanned variants written in {time.time() - t0:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
