"""python -m samples.gen_harbor [--scanned] [--seed N] [--out DIR]"""

from __future__ import annotations

import argparse
from pathlib import Path

from samples.gen_harbor.write import generate

HERE = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m samples.gen_harbor", description=__doc__)
    ap.add_argument("--out", type=Path, default=HERE / "harbor", help="born-digital output (deleted, rewritten)")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--scanned", action="store_true", help="also write the scans (default samples/harbor_scanned)")
    ap.add_argument("--scanned-out", type=Path, default=None)
    args = ap.parse_args()
    packets = generate(args.out, args.seed)
    print(f"{len(packets)} packets written to {args.out}")
    if args.scanned:
        from samples.gen_harbor.scan import scan_set

        dest = args.scanned_out or args.out.parent / (args.out.name + "_scanned")
        pages = scan_set(args.out, dest, args.seed)
        print(f"{pages} pages scanned to {dest}")


if __name__ == "__main__":
    main()
