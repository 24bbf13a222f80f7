"""Write the juniper sample set: `python -m samples.gen_juniper [--only NAME...] [--out DIR] [--scanned]`."""
from __future__ import annotations

import argparse
from pathlib import Path

from . import build, packets_cmc, packets_mmc, scan

HERE = Path(__file__).resolve().parent.parent


def all_packets() -> list[dict]:
    """Every packet of the set, CMC first; built fresh so no run shares state with another."""
    return [make() for make in packets_cmc.PACKETS + packets_mmc.PACKETS]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m samples.gen_juniper", description=__doc__)
    parser.add_argument("--only", nargs="+", metavar="NAME", help="write only these packets")
    parser.add_argument("--out", type=Path, default=HERE / "juniper", help="output folder (deleted and rewritten)")
    parser.add_argument("--scanned", action="store_true",
                        help="also write the scanned variants (scan_300dpi, scan_200dpi) beside the output, as OUT_scanned/")
    args = parser.parse_args(argv)
    packets = all_packets()
    names = {p["name"] for p in packets}
    unknown = sorted(set(args.only or []) - names)
    if unknown:
        parser.error(f"unknown packet(s): {', '.join(unknown)}; known: {', '.join(sorted(names))}")
    written = build.write_set(packets, args.out, args.only)
    print(f"wrote {len(written)} packets to {args.out}")
    if args.scanned:
        target = args.out.with_name(args.out.name + "_scanned")
        scan.write_scanned(args.out, target)
        print(f"wrote scanned variants to {target}")


if __name__ == "__main__":
    main()
