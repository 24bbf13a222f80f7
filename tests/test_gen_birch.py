"""The birch sample set: reproducible and well-formed."""
import datetime as dt
import json
import re
from pathlib import Path

import pypdfium2 as pdfium

from samples.gen_birch.__main__ import main

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "samples" / "birch"
KINDS = {"certificate", "transcript", "employment_letter", "letter", "agenda", "application_form", "other"}
FLAGS = {"FIRST_PERSON", "RELATIVE_AUTHOR", "NAME_MISMATCH", "MISSING_NAME", "MISSING_DATE",
         "MISSING_HOURS", "MISSING_TITLE", "PREDATES_DESIGNATION", "NO_ASSESSMENT",
         "BELOW_MINIMUM_HOURS", "DUPLICATE", "UNREADABLE", "UNSUPPORTED_FILE"}
CATS = {"CMC": {"cmc_education", "cmc_experience"},
        "MMC": {"mmc_advanced_education", "mmc_professional_contribution"}}
DATES = {"start_date", "end_date", "issue_date", "degree_date"}


def _packets(base):
    for t in sorted(base.glob("*/truth.json")):
        yield json.loads((t.parent / "packet.json").read_text()), json.loads(t.read_text()), t.parent
    for t in sorted(base.glob("*.truth.json")):
        yield json.loads(t.with_name(t.name.replace(".truth", "")).read_text()), json.loads(t.read_text()), base


def _tree(base):
    return {str(p.relative_to(base)): p.read_bytes() for p in sorted(base.rglob("*")) if p.is_file()}


def test_regeneration_is_byte_identical(tmp_path):
    assert main(["--out", str(tmp_path / "b")]) == 0
    assert _tree(tmp_path / "b") == _tree(SET)


def test_truth_is_well_formed():
    rules = set(re.findall(r"\{id:\s*([a-z0-9_.]+)", (ROOT / "scoring" / "rules.yaml").read_text()))
    programs, seen = [], set()
    for m, t, where in _packets(SET):
        programs.append(m["program"])
        assert set(t["totals"]) == CATS[m["program"]]
        for d in t["documents"]:
            assert d["kind"] in KINDS
            assert set(d["flags"]) <= FLAGS
            seen |= set(d["flags"])
            for k in DATES & set(d["fields"]):
                dt.date.fromisoformat(d["fields"][k])
            for p in d["proposals"]:
                assert p["rule"] in rules and p["category"] in CATS[m["program"]]
            if "UNSUPPORTED_FILE" in d["flags"]:
                continue
            n = len(pdfium.PdfDocument(str(where / d["source"])))
            assert all(1 <= pg <= n for pg in d["pages"])
    assert len(programs) == 12 and programs.count("CMC") == 7 and programs.count("MMC") == 5
    assert seen == FLAGS
