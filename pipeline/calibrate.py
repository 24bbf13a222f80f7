"""`make calibrate`: fit the fields' confidence maps (`extractors/calibration.json`).

    .venv/bin/python -m pipeline.calibrate samples/born_digital samples/holdout ...

Runs the pipeline over the sample sets with calibration off (`INTAKE_CALIBRATION=false`,
so the fit reads raw scores: rule confidence × OCR confidence), pairs every extracted
value with whether it matches truth (the eval's comparison, `pipeline/reliability.py`),
and fits, by isotonic regression (pool-adjacent-violators), a monotone map from raw score
to the rate of right values: one for everything, one per text source (pdf_text, ocr) and
one per field within a source. Each sample set weighs the same in the fit, however many
values it has: the maps describe a generator, not the most numerous one. A field or source with fewer than `MIN_SAMPLES` values
takes the map above it; every pooled block of values is shrunk toward the map above it
(toward the overall rate of right values at the top) by `PRIOR_WEIGHT` pseudo-values, so a
block of few values never says 0 or 1. The file is written deterministically (sorted,
rounded; its date changes only when the maps do).

It prints the expected calibration error per set: raw, calibrated in-sample, and
leave-one-generator-out (the maps fitted without the set and its scanned twin), the honest
figure for documents of a generator the maps have not seen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.settings import get_settings
from extractors.calibration import CALIBRATION_FILE, Calibration, Curve, bounded
from pipeline.reliability import Scored, ece

MIN_SAMPLES = 30  # values a field (or source) needs for a map of its own
PRIOR_WEIGHT = 2.0  # pseudo-values of the map above, added to every block
DIGITS = 4


@dataclass
class Block:
    """Values pooled by PAV: raw scores from `low` to `high`, their weight and sums."""
    low: float
    high: float
    weight: float
    right: float  # weighted count of right values
    raw: float  # weighted sum of raw scores

    @property
    def rate(self) -> float:
        return self.right / self.weight

    def merge(self, other: Block) -> Block:
        return Block(self.low, other.high, self.weight + other.weight,
                     self.right + other.right, self.raw + other.raw)


def pav(blocks: Iterable[Block]) -> list[Block]:
    """Pool adjacent violators: blocks in increasing raw order, merged until their rates
    do not decrease (the isotonic regression of rightness on the raw score)."""
    out: list[Block] = []
    for b in blocks:
        out.append(b)
        while len(out) > 1 and out[-2].rate > out[-1].rate:
            last = out.pop()
            out[-1] = out[-1].merge(last)
    return out


Point = tuple[float, bool, float]  # raw score, right, weight


def isotonic(points: Iterable[Point]) -> list[Block]:
    """PAV over (raw score, right, weight); equal scores share one block."""
    by_score: dict[float, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for score, right, w in points:
        by_score[score][0] += w
        by_score[score][1] += w * right
    return pav(Block(s, s, n, r, s * n) for s, (n, r) in sorted(by_score.items()))


def fit_curve(points: Sequence[Point], prior: Callable[[float], float],
              weight: float = PRIOR_WEIGHT) -> dict[str, Any]:
    """The breakpoints of one map: PAV blocks shrunk toward `prior` (a function of the
    block's mean raw score), pooled again so shrinking cannot break monotonicity."""
    shrunk = [Block(b.low, b.high, b.weight + weight,
                    b.right + weight * prior(b.raw / b.weight), b.raw + weight * b.raw / b.weight)
              for b in isotonic(points)]
    xs: list[float] = []
    ys: list[float] = []
    for b in pav(shrunk):
        for x in (b.low, b.high) if b.high > b.low else (b.low,):
            xs.append(round(x, DIGITS))
            ys.append(round(b.rate, DIGITS))
    return {"n": len(points), "x": xs, "y": ys}


def _points(scored: Iterable[Scored], weights: dict[int, float]) -> list[Point]:
    return [(s.confidence, s.right, weights.get(id(s), 1.0)) for s in scored]


def fit(scored: Sequence[Scored], min_samples: int = MIN_SAMPLES,
        weight: float = PRIOR_WEIGHT, weights: dict[int, float] | None = None
        ) -> dict[str, Any]:
    """The calibration maps (the JSON of `calibration.json`, without its provenance).
    `weights`: a value's weight by its id() (1 when absent, see `set_weights`)."""
    if not scored:
        return {}
    weights = weights or {}
    pts = _points(scored, weights)
    rate = sum(w * r for _, r, w in pts) / sum(w for _, _, w in pts)
    overall = fit_curve(pts, lambda _: rate, weight)
    data: dict[str, Any] = {"global": overall, "sources": {}}
    top = Curve.from_json(overall)
    by_source: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        if s.source is not None:
            by_source[s.source].append(s)
    for source, items in sorted(by_source.items()):
        entry: dict[str, Any] = {"n": len(items), "fields": {}}
        parent = top
        if len(items) >= min_samples:
            entry["all"] = fit_curve(_points(items, weights), top, weight)
            parent = Curve.from_json(entry["all"])
        by_field: dict[str, list[Scored]] = defaultdict(list)
        for s in items:
            by_field[s.field].append(s)
        for name, values in sorted(by_field.items()):
            if len(values) >= min_samples:
                entry["fields"][name] = fit_curve(_points(values, weights), parent, weight)
        data["sources"][source] = entry
    return data


def set_weights(by_set: dict[str, list[Scored]]) -> tuple[list[Scored], dict[int, float]]:
    """All the sets' values, each weighted so that every set weighs the same and the
    weights sum to the number of values."""
    everything = [s for items in by_set.values() for s in items]
    sets = [items for items in by_set.values() if items]
    share = len(everything) / len(sets) if sets else 0.0
    return everything, {id(s): share / len(items) for items in sets for s in items}


def fit_sets(by_set: dict[str, list[Scored]], min_samples: int = MIN_SAMPLES,
             weight: float = PRIOR_WEIGHT) -> dict[str, Any]:
    """The maps fitted on these sets, each weighing the same."""
    everything, weights = set_weights(by_set)
    return fit(everything, min_samples, weight, weights)


def applied(cal: Calibration, scored: Iterable[Scored]) -> list[Scored]:
    """Raw-scored values with the confidence extraction would give them under `cal`."""
    return [Scored(s.field, s.source, bounded(cal(s.field, s.source, s.confidence)), s.right)
            for s in scored]


def generator_of(directory: str) -> str:
    """The generator behind a sample set: a scanned set is its born-digital set's twin."""
    name = Path(directory).name
    return "born_digital" if name == "scanned" else name.removesuffix("_scanned")


def collect(directories: Sequence[str]) -> dict[str, list[Scored]]:
    """Every extracted value of each set, with its raw score (calibration must be off)."""
    from pipeline.evaluate import evaluate_reports
    if get_settings().calibration:
        raise RuntimeError("fitting needs raw scores: set INTAKE_CALIBRATION=false")
    out: dict[str, list[Scored]] = {}
    for d in directories:
        reports, _, errors = evaluate_reports(Path(d))
        for e in errors:
            print(f"warning: {e}", file=sys.stderr)
        out[d] = [s for r in reports.values() for s in r.scored]
    return out


def measure(by_set: dict[str, list[Scored]], min_samples: int = MIN_SAMPLES,
            weight: float = PRIOR_WEIGHT) -> dict[str, dict[str, Any]]:
    """ECE per set: raw, calibrated in-sample, calibrated leave-one-generator-out."""
    inside = Calibration.from_json(fit_sets(by_set, min_samples, weight))
    out = {}
    for d, items in by_set.items():
        others = {o: its for o, its in by_set.items() if generator_of(o) != generator_of(d)}
        held_out = Calibration.from_json(fit_sets(others, min_samples, weight))
        out[d] = {"n": len(items), "ece_raw": _r(ece(items)),
                  "ece_in_sample": _r(ece(applied(inside, items))),
                  "ece_leave_one_out": _r(ece(applied(held_out, items)))}
    return out


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, DIGITS)


def write(path: Path, maps: dict[str, Any], provenance: dict[str, Any]) -> bool:
    """Write the maps with what they were fitted on; the date stays unless the maps
    changed. True when the file changed."""
    old: dict[str, Any] = {}
    if path.exists():
        old = json.loads(path.read_text(encoding="utf-8"))
    date = old.get("fitted_on", {}).get("date")
    same = {k: v for k, v in old.items() if k != "fitted_on"} == maps and \
        {k: v for k, v in old.get("fitted_on", {}).items() if k != "date"} == provenance
    data = {"about": "Field confidence maps: raw score (rule x OCR confidence) -> rate of "
                     "right values, per text source and field; breakpoints read by linear "
                     "interpolation. Written by `make calibrate` (pipeline/calibrate.py); "
                     "do not edit by hand.",
            "fitted_on": {**provenance, "date": date if same and date else
                          dt.date.today().isoformat()},
            **maps}
    text = json.dumps(data, indent=1, sort_keys=True) + "\n"
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pipeline.calibrate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+", help="folders of sample packets with truth")
    ap.add_argument("--out", type=Path, default=CALIBRATION_FILE)
    ap.add_argument("--min-samples", type=int, default=MIN_SAMPLES)
    ap.add_argument("--prior-weight", type=float, default=PRIOR_WEIGHT)
    a = ap.parse_args(argv)
    os.environ["INTAKE_CALIBRATION"] = "false"
    get_settings.cache_clear()
    by_set = collect(a.sets)
    everything = [s for items in by_set.values() for s in items]
    figures = measure(by_set, a.min_samples, a.prior_weight)
    by_source: dict[str, int] = defaultdict(int)
    for s in everything:
        by_source[str(s.source)] += 1
    provenance = {"sets": {d: len(items) for d, items in by_set.items()},
                  "values": len(everything), "by_source": dict(sorted(by_source.items())),
                  "min_samples": a.min_samples, "prior_weight": a.prior_weight,
                  "ece": figures}
    changed = write(a.out, fit_sets(by_set, a.min_samples, a.prior_weight), provenance)
    print(f"{a.out.relative_to(Path.cwd()) if a.out.is_relative_to(Path.cwd()) else a.out}: {'written' if changed else 'unchanged'} ({len(everything)} values)")
    print("| set | values | ECE raw | ECE calibrated (in-sample) | ECE leave-one-out |")
    print("|---|---|---|---|---|")
    for d, f in figures.items():
        print(f"| `{d}` | {f['n']} | {f['ece_raw']:.3f} | {f['ece_in_sample']:.3f} | "
              f"{f['ece_leave_one_out']:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
