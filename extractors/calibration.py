"""Calibrated confidences: a field's raw score (its rule's confidence × the OCR confidence
of its words) through a monotone map fitted on the sample sets, so that of the values given
0.9 about nine in ten are right.

The maps are data, `calibration.json` beside this module, written by `make calibrate`
(`pipeline/calibrate.py`: isotonic regression of rightness on the raw score, per field and
text source, with fallbacks). Each map is a list of breakpoints (raw → calibrated), read
by linear interpolation between them, from (0, 0) up to the first and flat after the last
(a score below any the fit saw is scaled down, not raised to the lowest fitted rate). A field
without its own map (too few samples) takes its text source's, then the global one; with
no file at all the raw score stands. `INTAKE_CALIBRATION=false` turns the maps off, so
the fit reads raw scores, never calibrated ones.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.models import FieldValue, TextSource
from core.settings import get_settings

CALIBRATION_FILE = Path(__file__).with_name("calibration.json")


@dataclass(frozen=True)
class Curve:
    """A monotone map from raw to calibrated confidence, by its breakpoints."""
    x: tuple[float, ...]
    y: tuple[float, ...]

    def __post_init__(self) -> None:
        if not self.x or len(self.x) != len(self.y) or list(self.x) != sorted(self.x) \
                or list(self.y) != sorted(self.y):
            raise ValueError("a calibration curve needs increasing x and non-decreasing y")

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Curve:
        return cls(tuple(map(float, data["x"])), tuple(map(float, data["y"])))

    def __call__(self, raw: float) -> float:
        i = bisect.bisect_left(self.x, raw)
        if i == 0:
            return self.y[0] * max(raw, 0.0) / self.x[0] if self.x[0] > 0 else self.y[0]
        if i == len(self.x):
            return self.y[-1]
        x0, x1, y0, y1 = self.x[i - 1], self.x[i], self.y[i - 1], self.y[i]
        return y0 + (y1 - y0) * (raw - x0) / (x1 - x0)


@dataclass(frozen=True)
class Calibration:
    """Curves per (text source, field), per text source, and one for everything."""
    overall: Curve | None
    by_source: Mapping[str, Curve]
    by_field: Mapping[tuple[str, str], Curve]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Calibration:
        sources = data.get("sources", {})
        return cls(
            overall=Curve.from_json(data["global"]) if "global" in data else None,
            by_source={s: Curve.from_json(v["all"]) for s, v in sources.items() if "all" in v},
            by_field={(s, f): Curve.from_json(c) for s, v in sources.items()
                      for f, c in v.get("fields", {}).items()})

    def curve(self, name: str, source: str | None) -> Curve | None:
        if source is not None:
            if (found := self.by_field.get((source, name))) is not None:
                return found
            if (found := self.by_source.get(source)) is not None:
                return found
        return self.overall

    def __call__(self, name: str, source: str | None, raw: float) -> float:
        curve = self.curve(name, source)
        return raw if curve is None else curve(raw)


@lru_cache(maxsize=1)
def loaded() -> Calibration:
    """The repository's maps (none when the file is absent: raw scores stand)."""
    if not CALIBRATION_FILE.exists():
        return Calibration(overall=None, by_source={}, by_field={})
    return Calibration.from_json(json.loads(CALIBRATION_FILE.read_text(encoding="utf-8")))


def calibrated(fields: dict[str, FieldValue], source: TextSource | None
               ) -> dict[str, FieldValue]:
    """The fields with their confidences calibrated (unchanged when calibration is off)."""
    if not get_settings().calibration:
        return fields
    cal = loaded()
    return {name: fv.model_copy(update={"confidence": bounded(cal(name, source, fv.confidence))})
            for name, fv in fields.items()}


def bounded(confidence: float) -> float:
    """A calibrated confidence as stored: three decimals, never 0 or 1 (1.0 is a value a
    reviewer entered, scoring.engine)."""
    return min(max(round(confidence, 3), 0.001), 0.999)
