"""`python -m samples.gen_almanac [--out DIR] [--only NAME ...] [--scanned]`."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from .build import write_packet
from .model import Packet
from .packets_cmc import PACKETS as CMC
from .packets_cmc2 import PACKETS as CMC2
from .packets_mmc import PACKETS as MMC

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "almanac"


def all_packets() -> list[Packet]:
    return [make() for make in (*CMC, *CMC2, *MMC)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.gen_almanac")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--only", nargs="*", default=None, help="packet names to write")
    ap.add_argument("--scanned", action="store_true", help="also write the scanned twins")
    args = ap.parse_args(argv)
    packets = [p for p in all_packets() if not args.only or p.name in args.only]
    if args.out.exists() and not args.only:
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True, exist_ok=True)
    for p in packets:
        write_packet(p, args.out)
    print(f"wrote {len(packets)} packets to {args.out}")
    if args.scanned:
        from .scan import scan_set

        scan_set(args.out, args.out.parent / f"{args.out.name}_scanned")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
