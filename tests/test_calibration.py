"""Confidence that means what it says: the isotonic fit (pipeline/calibrate.py), the maps
applied in extraction (extractors/calibration.py), the reliability figures of the eval
(pipeline/reliability.py) and their place in `intake eval --json`."""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.models import Document, FieldValue, Kind
from core.settings import get_settings
from extractors.calibration import CALIBRATION_FILE, Calibration, Curve, bounded, loaded
from pipeline.calibrate import fit, fit_curve, isotonic
from pipeline.evaluate import Report, _compare_fields
from pipeline.reliability import Scored, calibration_figures, ece, reliability_bins
from pipeline.stages import process
from tests.cli_run import ROOT, intake

SAMPLE = ROOT / "samples" / "born_digital" / "cmc-r1-letter-flags"


def test_pav_pools_violators_into_their_mean() -> None:
    blocks = isotonic([(0.1, False, 1.0), (0.2, True, 1.0), (0.3, False, 1.0),
                       (0.4, True, 1.0)])
    assert [(b.low, b.high, b.rate) for b in blocks] == \
        [(0.1, 0.1, 0.0), (0.2, 0.3, 0.5), (0.4, 0.4, 1.0)]


def test_pav_fit_is_monotone_and_finds_the_true_rates() -> None:
    rng = random.Random(7)
    scores = [round(rng.uniform(0.05, 0.95), 2) for _ in range(6000)]
    points = [(x, rng.random() < (0.3 if x < 0.5 else 0.8), 1.0) for x in scores]
    curve = Curve.from_json(fit_curve(points, prior=lambda _: 0.55))
    grid = [i / 100 for i in range(101)]
    values = [curve(x) for x in grid]
    assert values == sorted(values)
    assert curve(0.25) == pytest.approx(0.3, abs=0.04)
    assert curve(0.75) == pytest.approx(0.8, abs=0.04)


def test_prior_keeps_a_block_of_few_values_off_0_and_1() -> None:
    curve = Curve.from_json(fit_curve([(0.9, True, 1.0)] * 3 + [(0.5, False, 1.0)] * 2,
                                      prior=lambda _: 0.7, weight=2.0))
    assert 0.7 < curve(0.9) < 1.0
    assert 0.0 < curve(0.5) < 0.7


def test_a_field_with_few_values_takes_its_source_map() -> None:
    rng = random.Random(3)
    scored = [Scored("hours", "pdf_text", 0.9, rng.random() < 0.6) for _ in range(200)] + \
        [Scored("days", "pdf_text", 0.9, True) for _ in range(5)]
    cal = Calibration.from_json(fit(scored, min_samples=30))
    assert cal.curve("hours", "pdf_text") is cal.by_field[("pdf_text", "hours")]
    assert cal.curve("days", "pdf_text") is cal.by_source["pdf_text"]
    assert cal.curve("days", "ocr") is cal.overall
    assert cal("hours", "pdf_text", 0.9) == pytest.approx(0.6, abs=0.08)


def test_ece_of_a_small_known_case() -> None:
    scored = [Scored("hours", None, 0.95, ok) for ok in (True, True, True, False)] + \
        [Scored("title", None, 0.55, True)] * 2 + [Scored("title", None, 1.0, True)] * 0
    # bin [0.9, 1.0]: 4 values, conf 0.95, accuracy 0.75; bin [0.5, 0.6): 2, 0.55, 1.0
    assert ece(scored) == pytest.approx((0.2 * 4 + 0.45 * 2) / 6)
    bins = reliability_bins(scored + [Scored("title", None, 1.0, True)])
    assert len(bins) == 10 and bins[9].count == 5 and bins[5].count == 2
    figures = calibration_figures(scored)
    assert figures["ece_by_field"]["hours"] == {"n": 4, "ece": 0.2}
    assert figures["ece_by_field"]["title"] == {"n": 2, "ece": 0.45}


def test_eval_scores_extracted_values_only() -> None:
    doc = Document(id="d", source="a.pdf", pages=[1], kind=Kind.certificate,
                   fields={"hours": FieldValue(value=12.0, confidence=0.9),
                           "title": FieldValue(value="Budgets", confidence=0.8)})
    report = Report()
    _compare_fields(doc, {"hours": 12, "location": "Tucson, Arizona"}, report)
    assert sorted((s.field, s.right) for s in report.scored) == \
        [("hours", True), ("title", False)]  # an extra value is wrong; a missed one absent


@pytest.fixture
def raw_scores() -> Iterator[None]:
    """Calibration off for the test (the scores `make calibrate` fits)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("INTAKE_CALIBRATION", "false")
    get_settings.cache_clear()
    try:
        yield
    finally:
        mp.undo()
        get_settings.cache_clear()


def _confidences() -> dict[tuple[str, int, str], tuple[str | None, float]]:
    return {(d.source, d.pages[0], name): (d.text_source, fv.confidence)
            for d in process(SAMPLE).documents for name, fv in d.fields.items()}


def test_extraction_gives_the_calibrated_confidence(request: pytest.FixtureRequest) -> None:
    assert CALIBRATION_FILE.exists(), "run `make calibrate`"
    calibrated = _confidences()
    request.getfixturevalue("raw_scores")
    raw = _confidences()
    assert calibrated.keys() == raw.keys() and raw
    cal = loaded()
    for (source, page, name), (text_source, score) in raw.items():
        assert calibrated[(source, page, name)][1] == \
            bounded(cal(name, text_source, score)), (source, page, name)
    assert sum(calibrated[k][1] != raw[k][1] for k in raw) > len(raw) / 2
    assert all(0 < c < 1 for _, c in calibrated.values())


def test_eval_json_has_calibration_critical_recall_and_slowest_packet(tmp_path: Path) -> None:
    shutil.copytree(SAMPLE, tmp_path / "born_digital" / SAMPLE.name)
    out = tmp_path / "eval.json"
    res = intake("eval", str(tmp_path / "born_digital"), "--json", str(out))
    assert res.returncode == 0, res.stderr
    assert "critical recall" in res.stdout and "reliability" in res.stdout
    report = json.loads(out.read_text())
    figures = report["variants"]["born_digital"]
    assert figures["fields"] is not None and "fields_by_name" in figures  # kept
    assert figures["critical_recall"] == 1.0
    assert figures["counts"]["critical"] == {"tp": 2, "fn": 0}
    assert figures["slowest_packet_s"] > 0 and figures["slowest_packet"] == SAMPLE.name
    cal = figures["calibration"]
    assert len(cal["bins"]) == 10 and sum(b["count"] for b in cal["bins"]) == cal["n"] > 0
    assert figures["ece"] == cal["ece"] and 0 <= cal["ece"] <= 1
    assert set(cal["ece_by_field"]) <= set(figures["fields_by_name"])
