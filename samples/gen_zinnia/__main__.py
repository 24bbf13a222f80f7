"""python -m samples.gen_zinnia [--out DIR] [--only PACKET] [--scanned]"""

from __future__ import annotations

import argparse
from pathlib import Path

from .build import build

DEFAULT = Path(__file__).resolve().parent.parent / "zinnia"


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.gen_zinnia", description=__doc__)
    ap.add_argument("--out", type=Path, default=DEFAULT, help="output folder (default samples/zinnia)")
    ap.add_argument("--only", help="build only this packet (e.g. z04-dunleavy)")
    ap.add_argument("--scanned", action="store_true",
                    help="also write OUT_scanned/scan_300dpi and scan_200dpi (image-only PDFs)")
    a = ap.parse_args(argv)
    report = build(a.out, a.only, a.scanned)
    print(f"{len(report)} packets, {sum(n for _, n in report)} documents -> {a.out}")


if __name__ == "__main__":
    main()
