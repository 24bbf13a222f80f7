"""The campus sample generator: truth in the ground-truth format, deterministic for a seed."""
from __future__ import annotations

import datetime as dt
import json

from core.models import FIELD_NAMES, Category, FlagCode, Kind, Manifest
from samples.gen_campus.__main__ import generate

EXTENSION_FIELDS = {"activity", "sector", "course_review", "days", "years", "relationship", "first_person"}


def test_truth_format_and_determinism(tmp_path):
    names = generate(tmp_path / "a", seed=5, packets=3)
    generate(tmp_path / "b", seed=5, packets=3)
    for name in names:
        a, b = tmp_path / "a" / name, tmp_path / "b" / name
        assert (a / "truth.json").read_text() == (b / "truth.json").read_text()
        Manifest.model_validate(json.loads((a / "packet.json").read_text()))
        truth = json.loads((a / "truth.json").read_text())
        assert truth["description"] and truth["documents"]
        for doc in truth["documents"]:
            assert (a / doc["source"]).exists() and doc["pages"][0] >= 1
            Kind(doc["kind"])
            assert set(doc["fields"]) <= set(FIELD_NAMES) | EXTENSION_FIELDS
            for k in ("start_date", "end_date", "issue_date", "degree_date"):
                if k in doc["fields"]:
                    dt.date.fromisoformat(doc["fields"][k])
            for code in doc["flags"]:
                FlagCode(code)
            for p in doc["proposals"]:
                Category(p["category"])
                assert p["rule"].split(".")[0] in ("cmc", "mmc")
        for cat, tot in truth["totals"].items():
            Category(cat)
            assert {"points", "raw", "required"} <= set(tot)
