"""python -m samples.gen_tern [--out DIR] [--only NAME] [--scanned]"""

import argparse
import collections
from pathlib import Path

from .build import build

HERE = Path(__file__).resolve().parent.parent


def main():
    ap = argparse.ArgumentParser(prog="python -m samples.gen_tern")
    ap.add_argument("--out", type=Path, default=HERE / "tern")
    ap.add_argument("--only", default=None, help="one packet, e.g. tern_c01_institute_years")
    ap.add_argument(
        "--scanned",
        action="store_true",
        help="also write <out>_scanned/scan_300dpi and scan_200dpi (image-only PDFs)",
    )
    a = ap.parse_args()
    res = build(a.out, a.only, a.scanned, a.out.parent / f"{a.out.name}_scanned")
    flags = collections.Counter(f for _, t in res for d in t["documents"] for f in d["flags"])
    ndocs = sum(len(t["documents"]) for _, t in res)
    print(f"{len(res)} packets, {ndocs} documents -> {a.out}")
    for n, t in res:
        tot = "  ".join(
            f"{k}={v['points']:g}/{v['required']} (raw {v['raw']:g})"
            for k, v in t["totals"].items()
        )
        print(f"  {n:34s} {len(t['documents']):3d} docs  {tot}")
    print("flags:", dict(sorted(flags.items())))


if __name__ == "__main__":
    main()
