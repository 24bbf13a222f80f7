"""The cedar generator: byte-identical regeneration, well-formed truth, page counts."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from samples.gen_cedar.truth import FIELD_NAMES, FLAG_CODES, KINDS

ROOT = Path(__file__).resolve().parents[1]
CEDAR = ROOT / "samples" / "cedar"
ONLY = ["c02-fallow-creek", "c04-kestrel-point", "m04-dunmore-junction"]
CATEGORIES = {"cmc_education", "cmc_experience", "mmc_advanced_education", "mmc_professional_contribution"}


def _gen(out: Path, *extra):
    subprocess.run([sys.executable, "-m", "samples.gen_cedar", "--out", str(out), *extra],
                   cwd=ROOT, check=True, capture_output=True)


def _digest(root: Path):
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_regeneration_is_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    _gen(a, "--only", *ONLY)
    _gen(b, "--only", *ONLY)
    da, db = _digest(a), _digest(b)
    assert da and da == db


def test_committed_set_matches_generator(tmp_path):
    if not CEDAR.is_dir():
        pytest.skip("samples/cedar not generated")
    out = tmp_path / "cedar"
    _gen(out, "--only", *ONLY)
    for rel, h in _digest(out).items():
        assert _digest(CEDAR).get(rel) == h, rel


def _truths(root: Path):
    for t in sorted(root.glob("*/truth.json")):
        yield t.parent, t, json.loads(t.read_text())
    for t in sorted(root.glob("*.truth.json")):
        yield root, t, json.loads(t.read_text())


def _packets(tmp_path_factory):
    root = tmp_path_factory.mktemp("cedar")
    _gen(root)
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return _packets(tmp_path_factory)


def test_truth_well_formed(built):
    n = 0
    for folder, tpath, truth in _truths(built):
        assert set(truth) == {"description", "documents", "totals"}
        manifest = tpath.with_name("packet.json") if tpath.name == "truth.json" else \
            tpath.with_name(tpath.name.replace(".truth.json", ".json"))
        m = json.loads(manifest.read_text())
        assert m["program"] in ("CMC", "MMC")
        keys = [(d["source"], d["pages"][0]) for d in truth["documents"]]
        assert keys == sorted(keys), tpath
        for d in truth["documents"]:
            n += 1
            assert (folder / d["source"]).is_file(), d["source"]
            assert d["kind"] in KINDS
            assert set(d["fields"]) <= FIELD_NAMES, set(d["fields"]) - FIELD_NAMES
            assert all(v is not None and v != "" for v in d["fields"].values())
            assert set(d["flags"]) <= FLAG_CODES
            assert d["pages"] and all(isinstance(p, int) and p >= 1 for p in d["pages"])
            for p in d["proposals"]:
                assert p["category"] in CATEGORIES
                assert p["rule"].startswith(m["program"].lower() + ".")
                assert p["points"] is None or (p["points"] * 2).is_integer()
        for cat, t in truth["totals"].items():
            assert cat in CATEGORIES and set(t) == {"points", "raw", "required"}
    assert n >= 100


def test_page_counts_match_pdfs(built):
    for folder, _, truth in _truths(built):
        by_file = {}
        for d in truth["documents"]:
            if "UNSUPPORTED_FILE" in d["flags"]:
                continue
            by_file.setdefault(d["source"], []).extend(d["pages"])
        for src, pages in by_file.items():
            path = folder / src
            if path.suffix.lower() != ".pdf":
                assert pages == [1]
                continue
            n = len(PdfReader(str(path)).pages)
            assert max(pages) <= n, src
            assert len(set(pages)) == len(pages), src


def test_every_flag_code_appears(built):
    seen = {}
    for _, _, truth in _truths(built):
        for d in truth["documents"]:
            for f in d["flags"]:
                seen[f] = seen.get(f, 0) + 1
    assert set(seen) == FLAG_CODES
    for code in ("FIRST_PERSON", "RELATIVE_AUTHOR", "PREDATES_DESIGNATION"):
        assert seen[code] >= 2, code


def test_scanned_variant_truth(tmp_path):
    out = tmp_path / "c"
    _gen(out, "--only", "c03-north-ashcombe", "--scanned")
    born = json.loads((out / "c03-north-ashcombe" / "truth.json").read_text())
    for dpi in (300, 200):
        root = tmp_path / "c_scanned" / f"scan_{dpi}dpi" / "c03-north-ashcombe"
        t = json.loads((root / "truth.json").read_text())
        for a, b in zip(born["documents"], t["documents"], strict=True):
            assert {k: v for k, v in a.items() if k != "text_source"} == \
                   {k: v for k, v in b.items() if k != "text_source"}
            if "text_source" in b:
                assert b["text_source"] == "ocr"
        for p in root.glob("*.pdf"):
            r = PdfReader(str(p))
            assert all(not (pg.extract_text() or "").strip() for pg in r.pages), p
    assert os.path.isdir(tmp_path / "c_scanned")
