"""The quarry sample generator is deterministic and writes well-formed ground truth."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from samples.gen_quarry.__main__ import main

FLAGS = {"FIRST_PERSON", "RELATIVE_AUTHOR", "NAME_MISMATCH", "MISSING_NAME", "MISSING_DATE",
         "MISSING_HOURS", "MISSING_TITLE", "PREDATES_DESIGNATION", "NO_ASSESSMENT",
         "BELOW_MINIMUM_HOURS", "DUPLICATE", "UNREADABLE", "UNSUPPORTED_FILE"}
KINDS = {"certificate", "transcript", "employment_letter", "letter", "agenda",
         "application_form", "other"}
CATS = {"CMC": {"cmc_education": 60, "cmc_experience": 50},
        "MMC": {"mmc_advanced_education": 60, "mmc_professional_contribution": 40}}
SUBSET = ["cmc_02_marlow_heights", "cmc_03_keelby", "mmc_03_dunmore_plains"]


@pytest.fixture(scope="module")
def full_set(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("quarry")
    assert main(["--out", str(out)]) == 0
    return out


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def test_two_runs_give_identical_bytes(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    main(["--out", str(a), "--only", *SUBSET])
    main(["--out", str(b), "--only", *SUBSET])
    fa, fb = _files(a), _files(b)
    assert len(fa) > 20
    assert fa == fb


def test_committed_set_matches_generator(full_set: Path) -> None:
    committed = Path(__file__).resolve().parent.parent / "samples" / "quarry"
    assert _files(full_set) == _files(committed)


def _truths(root: Path) -> list[tuple[Path, dict, dict]]:
    out = []
    for t in sorted(root.rglob("truth.json")):
        out.append((t.parent, json.loads((t.parent / "packet.json").read_text()),
                    json.loads(t.read_text())))
    for t in sorted(root.glob("*.truth.json")):
        stem = t.name[: -len(".truth.json")]
        out.append((root, json.loads((root / f"{stem}.json").read_text()),
                    json.loads(t.read_text())))
    return out


def test_truth_is_well_formed(full_set: Path) -> None:
    truths = _truths(full_set)
    assert len(truths) == 12
    assert sum(1 for _, m, _ in truths if m["program"] == "CMC") == 7
    seen_flags: set[str] = set()
    for folder, man, truth in truths:
        docs = truth["documents"]
        order = [(d["source"], d["pages"][0]) for d in docs]
        assert order == sorted(order), folder
        for d in docs:
            assert (folder / d["source"]).is_file()
            assert d["kind"] in KINDS
            assert set(d["flags"]) <= FLAGS, d["flags"]
            seen_flags |= set(d["flags"])
            assert all(not k.startswith("_") for k in d["fields"])
            if any(f not in {"NO_ASSESSMENT", "UNREADABLE", "UNSUPPORTED_FILE"}
                   for f in d["flags"]):
                assert d["proposals"] == [], (folder, d["source"])
        cats = CATS[man["program"]]
        assert set(truth["totals"]) == set(cats)
        for cat, req in cats.items():
            raw = sum(p["points"] or 0.0 for d in docs for p in d["proposals"]
                      if p["category"] == cat)
            assert truth["totals"][cat]["raw"] == raw
            assert truth["totals"][cat]["required"] == req
        first, second = list(cats)
        t1, t2 = truth["totals"][first], truth["totals"][second]
        assert t1["points"] == min(60.0, t1["raw"])
        spill = max(0.0, t1["raw"] - 60.0)
        assert t2["points"] == t2["raw"] + (spill if man["program"] == "CMC" else min(20.0, spill))
    assert seen_flags == FLAGS
