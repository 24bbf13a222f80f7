"""Whether a confidence means what it says: the (field, confidence, right) of every value
extracted and compared with truth, in a reliability table of ten equal-width bins and the
expected calibration error (ECE = sum over bins of |accuracy - mean confidence| * n_bin / n).

A value extracted where truth has none counts wrong; a truth value not extracted has no
confidence and does not enter (it is a miss of the field accuracy, not of calibration).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

BINS = 10


@dataclass(frozen=True)
class Scored:
    """One extracted value: its field, the text source of its document, its confidence and
    whether it matches truth."""
    field: str
    source: str | None
    confidence: float
    right: bool


@dataclass(frozen=True)
class Bin:
    low: float
    high: float
    count: int
    confidence: float | None  # mean confidence of the bin's values
    accuracy: float | None

    def as_json(self) -> dict[str, Any]:
        return {"low": self.low, "high": self.high, "count": self.count,
                "confidence": _r(self.confidence), "accuracy": _r(self.accuracy)}


def bin_of(confidence: float) -> int:
    """[0, 0.1), [0.1, 0.2), …, [0.9, 1.0]: 1.0 falls in the last bin."""
    return min(max(int(confidence * BINS + 1e-9), 0), BINS - 1)


def reliability_bins(scored: Iterable[Scored]) -> list[Bin]:
    sums: list[list[float]] = [[0, 0.0, 0] for _ in range(BINS)]  # count, Σconf, Σright
    for s in scored:
        b = sums[bin_of(s.confidence)]
        b[0] += 1
        b[1] += s.confidence
        b[2] += s.right
    return [Bin(low=i / BINS, high=(i + 1) / BINS, count=int(n),
                confidence=conf / n if n else None, accuracy=right / n if n else None)
            for i, (n, conf, right) in enumerate(sums)]


def ece(scored: Sequence[Scored]) -> float | None:
    """Expected calibration error over ten equal-width bins; None with nothing scored."""
    if not scored:
        return None
    return sum(abs(b.accuracy - b.confidence) * b.count  # type: ignore[operator]
               for b in reliability_bins(scored) if b.count) / len(scored)


def calibration_figures(scored: Sequence[Scored]) -> dict[str, Any]:
    """The JSON of `intake eval`: overall table and ECE, and ECE per field."""
    by_field: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        by_field[s.field].append(s)
    return {
        "n": len(scored), "ece": _r(ece(scored)),
        "mean_confidence": _r(sum(s.confidence for s in scored) / len(scored)) if scored
        else None,
        "accuracy": _r(sum(s.right for s in scored) / len(scored)) if scored else None,
        "bins": [b.as_json() for b in reliability_bins(scored)],
        "ece_by_field": {name: {"n": len(items), "ece": _r(ece(items))}
                         for name, items in sorted(by_field.items())},
    }


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 4)
