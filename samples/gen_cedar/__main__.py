"""python -m samples.gen_cedar [--only PACKET ...] [--out DIR] [--scanned]"""
from __future__ import annotations

import argparse
import os

from .build import build_all

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(os.path.dirname(HERE), "cedar")


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.gen_cedar")
    ap.add_argument("--only", nargs="+", metavar="PACKET", help="build only these packets")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output folder (default samples/cedar)")
    ap.add_argument("--scanned", action="store_true",
                    help="also write OUT_scanned/scan_300dpi and scan_200dpi (image-only PDFs)")
    ap.add_argument("--jobs", type=int, default=2, help="processes for --scanned")
    a = ap.parse_args(argv)
    build_all(a.out, a.only, a.scanned, a.jobs)


if __name__ == "__main__":
    main()
