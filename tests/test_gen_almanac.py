"""The almanac sample set: its generator is deterministic and its truth is well-formed.

The generator (samples/gen_almanac) is written blind to the product; these tests check
the set itself, not the product: the same seed gives the same bytes, the committed set is
what the generator writes, and every truth file lists its documents in packet order with
interface flag codes and totals that follow from its proposals (RULINGS.md 10).
"""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from samples.gen_almanac.__main__ import main

ROOT = Path(__file__).resolve().parent.parent / "samples" / "almanac"
FLAGS = {"FIRST_PERSON", "RELATIVE_AUTHOR", "NAME_MISMATCH", "MISSING_NAME", "MISSING_DATE",
         "MISSING_HOURS", "MISSING_TITLE", "PREDATES_DESIGNATION", "NO_ASSESSMENT",
         "BELOW_MINIMUM_HOURS", "DUPLICATE", "UNREADABLE", "UNSUPPORTED_FILE"}
KINDS = {"certificate", "transcript", "employment_letter", "letter", "agenda", "application_form",
         "other"}
REQUIRED = {"CMC": {"cmc_education": 60, "cmc_experience": 50},
            "MMC": {"mmc_advanced_education": 60, "mmc_professional_contribution": 40}}


def truths() -> list[tuple[Path, Path, dict]]:
    """(truth file, manifest file, truth) for every packet of the committed set."""
    out = [(p / "truth.json", p / "packet.json") for p in sorted(ROOT.iterdir()) if p.is_dir()]
    out += [(t, t.with_name(t.name.replace(".truth.json", ".json")))
            for t in sorted(ROOT.glob("*.truth.json"))]
    return [(t, m, json.loads(t.read_text())) for t, m in out]


def test_two_runs_write_the_same_bytes(tmp_path: Path) -> None:
    names = ["c03-ramaswamy", "c07-strand", "m05-borowski"]
    for run in ("a", "b"):
        assert main(["--out", str(tmp_path / run), "--only", *names]) == 0
    files_a = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*") if p.is_file())
    assert files_a == files_b and len(files_a) > 20
    for rel in files_a:
        assert (tmp_path / "a" / rel).read_bytes() == (tmp_path / "b" / rel).read_bytes(), rel
        assert (tmp_path / "a" / rel).read_bytes() == (ROOT / rel).read_bytes(), f"{rel} is stale"


def test_the_set_has_twelve_packets_two_of_them_single_pdfs() -> None:
    found = truths()
    programs = [json.loads(m.read_text())["program"] for _, m, _ in found]
    assert len(found) == 12 and programs.count("CMC") == 7 and programs.count("MMC") == 5
    assert len(list(ROOT.glob("*.truth.json"))) == 2
    regions = {json.loads(m.read_text())["applicant"]["region"] for _, m, _ in found}
    assert regions == set(range(1, 12))


def test_every_flag_code_is_exercised() -> None:
    seen = {f for _, _, t in truths() for d in t["documents"] for f in d["flags"]}
    assert seen == FLAGS


@pytest.mark.parametrize("truth_file,manifest,truth", truths(),
                         ids=[m.name if m.name != "packet.json" else m.parent.name for _, m, _ in truths()])
def test_truth_is_well_formed(truth_file: Path, manifest: Path, truth: dict) -> None:
    docs = truth["documents"]
    order = [(d["source"], d["pages"][0]) for d in docs]
    assert order == sorted(order), "documents are not in packet order"
    assert len(set(order)) == len(order)
    base = truth_file.parent
    for d in docs:
        assert d["kind"] in KINDS
        assert set(d["flags"]) <= FLAGS, d["flags"]
        path = base / d["source"]
        assert path.is_file(), d["source"]
        if "UNSUPPORTED_FILE" not in d["flags"]:
            with pdfium.PdfDocument(str(path)) as pdf:
                assert max(d["pages"]) <= len(pdf)
        if set(d["flags"]) - {"NO_ASSESSMENT", "UNREADABLE", "UNSUPPORTED_FILE"}:
            assert d["proposals"] == [], "a rejected document earns nothing (RULINGS.md 11)"
    if truth_file.name == "truth.json":  # a folder packet: every file is accounted for
        files = {p.name for p in base.iterdir() if p.name not in ("truth.json", "packet.json")}
        assert files == {d["source"] for d in docs}
    program = json.loads(manifest.read_text())["program"]
    assert_totals(program, docs, truth["totals"])


def assert_totals(program: str, docs: list[dict], totals: dict) -> None:
    """raw = the proposals' sum per category; credited after the spill of RULINGS.md 10."""
    raw = dict.fromkeys(REQUIRED[program], 0.0)
    for d in docs:
        for p in d["proposals"]:
            assert p["category"] in raw and p["rule"].startswith(program.lower() + ".")
            raw[p["category"]] += p["points"] or 0.0
    (edu, other) = REQUIRED[program]
    spill = max(0.0, raw[edu] - 60)
    spill = min(20.0, spill) if program == "MMC" else spill
    assert totals[edu] == {"points": min(60.0, raw[edu]), "raw": raw[edu], "required": 60}
    assert totals[other] == {"points": raw[other] + spill, "raw": raw[other],
                             "required": REQUIRED[program][other]}
