"""python -m samples.gen_osprey [--only NAME...] [--out DIR] [--scanned]"""

import argparse
import os
from pathlib import Path

from . import packets_cmc, packets_mmc
from .build import build

HERE = Path(__file__).resolve().parent.parent


def all_packets():
    return [make() for make in packets_cmc.PACKETS + packets_mmc.PACKETS]


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.gen_osprey")
    ap.add_argument("--only", nargs="+", metavar="NAME")
    ap.add_argument("--out", default=str(HERE / "osprey"))
    ap.add_argument("--scanned", action="store_true")
    ap.add_argument("--scanned-out", default=None)
    a = ap.parse_args(argv)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    scanned = None
    if a.scanned:
        scanned = a.scanned_out or (str(HERE / "osprey_scanned") if a.out == str(HERE / "osprey")
                                    else str(Path(a.out).parent / (Path(a.out).name + "_scanned")))
    build(all_packets(), a.out, scanned, a.only)


if __name__ == "__main__":
    main()
