"""python -m samples.gen_yarrow [--out DIR] [--only NAME] [--scanned]"""

from __future__ import annotations

import argparse
from pathlib import Path

from .build import build

HERE = Path(__file__).resolve().parent


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m samples.gen_yarrow", description=__doc__)
    ap.add_argument("--out", type=Path, default=HERE.parent / "yarrow", help="output folder (default samples/yarrow)")
    ap.add_argument("--only", help="write only this packet")
    ap.add_argument("--scanned", action="store_true",
                    help="also write image-only scans at 300 and 200 dpi beside OUT as yarrow_scanned/")
    args = ap.parse_args()
    names = build(args.out, args.only)
    print(f"wrote {len(names)} packets to {args.out}")
    if args.scanned:
        root = args.out.parent / "yarrow_scanned"
        for dpi in (300, 200):
            build(root / f"scan_{dpi}dpi", args.only, dpi)
            print(f"wrote scans at {dpi} dpi to {root / f'scan_{dpi}dpi'}")


if __name__ == "__main__":
    main()
