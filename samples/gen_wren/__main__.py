"""python -m samples.gen_wren [--out DIR] [--only NAME] [--scanned]"""

from __future__ import annotations

import argparse
from pathlib import Path

from .build import build_all, scan_variant
from .packets import all_packets


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m samples.gen_wren", description=__doc__)
    ap.add_argument("--out", default="samples/wren", help="output folder (default samples/wren/)")
    ap.add_argument("--only", help="build one packet by name")
    ap.add_argument("--scanned", action="store_true",
                    help="also write image-only scans at 300 and 200 dpi beside OUT (OUT_scanned/)")
    a = ap.parse_args()
    out = Path(a.out)
    build_all(all_packets(), out, a.only)
    if a.scanned:
        base = out.parent / f"{out.name}_scanned"
        for dpi in (300, 200):
            scan_variant(out, base / f"scan_{dpi}dpi", dpi)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
