"""The civic sample generator: its truth follows the ground-truth format and is deterministic."""

from __future__ import annotations

import json

from core.models import FIELD_NAMES, Category, FlagCode, Kind
from samples.gen_civic import packets as P
from samples.gen_civic.__main__ import build_packet

EXTENSION = {"activity", "sector", "course_review", "days", "years", "relationship", "first_person"}
ACTIVITIES = {"institute", "state_course", "course", "vocational", "annual_conference", "conference",
              "conference_academy", "athenian_dialogue", "iimc_online", "cd_rom", "study_abroad",
              "certification", "degree", "college_credits", "employment", "committee_member",
              "committee_chair", "board_member", "association_officer", "related_officer",
              "teaching_institute", "teaching_state", "on_the_job", "personal_accomplishment"}


def _truth(tmp_path, name, idx, spec):
    d = build_packet(7, idx, spec, tmp_path / name)
    return json.loads((d / "truth.json").read_text()), d


def test_truth_format_and_determinism(tmp_path):
    for idx in (0, 3):  # a CMC and an MMC packet with flags
        spec = P.PACKETS[idx]
        a, d = _truth(tmp_path, "a", idx, spec)
        b, _ = _truth(tmp_path, "b", idx, spec)
        assert a == b
        manifest = json.loads((d / "packet.json").read_text())
        cats = {"CMC": {"cmc_education", "cmc_experience"},
                "MMC": {"mmc_advanced_education", "mmc_professional_contribution"}}[manifest["program"]]
        assert set(a["totals"]) == cats
        for doc in a["documents"]:
            assert (d / doc["source"]).exists() and doc["pages"][0] >= 1
            Kind(doc["kind"])
            assert set(doc["fields"]) <= set(FIELD_NAMES) | EXTENSION
            assert doc["fields"].get("activity", "course") in ACTIVITIES
            for f in doc["flags"]:
                FlagCode(f)
            for p in doc["proposals"]:
                Category(p["category"])
                assert p["category"] in cats and p["rule"].startswith(manifest["program"].lower())
