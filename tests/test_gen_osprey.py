"""The osprey sample set: deterministic, committed as generated, well-formed truth."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "samples" / "osprey"
FLAGS = {"FIRST_PERSON", "RELATIVE_AUTHOR", "NAME_MISMATCH", "MISSING_NAME", "MISSING_DATE",
         "MISSING_HOURS", "MISSING_TITLE", "PREDATES_DESIGNATION", "NO_ASSESSMENT",
         "BELOW_MINIMUM_HOURS", "DUPLICATE", "UNREADABLE", "UNSUPPORTED_FILE"}
KINDS = {"certificate", "transcript", "employment_letter", "letter", "agenda",
         "application_form", "other"}
CATEGORIES = {"cmc_education", "cmc_experience", "mmc_advanced_education",
              "mmc_professional_contribution"}
TEXT_FIELDS = ("applicant_name", "provider", "title", "location", "position", "signatory",
               "degree")


def generate(out, *extra):
    subprocess.run([sys.executable, "-m", "samples.gen_osprey", "--out", str(out), *extra],
                   cwd=ROOT, check=True)


def tree(base):
    return {p.relative_to(base).as_posix(): p.read_bytes()
            for p in sorted(base.rglob("*")) if p.is_file()}


def packets(base):
    """[(manifest, truth, directory holding the sources)]."""
    out = []
    for d in sorted(p for p in base.iterdir() if p.is_dir()):
        out.append((json.loads((d / "packet.json").read_text()),
                    json.loads((d / "truth.json").read_text()), d))
    for t in sorted(base.glob("*.truth.json")):
        name = t.name[: -len(".truth.json")]
        out.append((json.loads((base / f"{name}.json").read_text()),
                    json.loads(t.read_text()), base))
    return out


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    out = tmp_path_factory.mktemp("osprey") / "osprey"
    generate(out)
    return out


def test_two_runs_identical_and_committed(fresh, tmp_path):
    again = tmp_path / "again"
    generate(again)
    assert tree(fresh) == tree(again)
    assert tree(fresh) == tree(SET)


def test_set_shape():
    ps = packets(SET)
    assert len(ps) == 12
    programs = [m["program"] for m, _, _ in ps]
    assert programs.count("CMC") == 7 and programs.count("MMC") == 5
    flags = {f for _, t, _ in ps for d in t["documents"] for f in d["flags"]}
    assert flags == FLAGS
    assert sum(len(t["documents"]) for _, t, _ in ps) >= 95
    assert list(SET.glob("*.truth.json")), "a single-PDF packet"


def rule_ids():
    rules = yaml.safe_load((ROOT / "scoring" / "rules.yaml").read_text())["rules"]
    return {r["id"] for r in rules}


def test_truth_well_formed():
    ids = rule_ids()
    for man, truth, base in packets(SET):
        cats = set()
        for d in truth["documents"]:
            assert d["kind"] in KINDS
            assert set(d["flags"]) <= FLAGS
            src = base / d["source"]
            assert src.exists(), d["source"]
            if src.suffix == ".pdf" and src.read_bytes()[:5] == b"%PDF-":
                with pdfplumber.open(src) as pdf:
                    assert max(d["pages"]) <= len(pdf.pages)
            else:
                assert d["pages"] == [1]
            for p in d["proposals"]:
                assert p["category"] in CATEGORIES and p["rule"] in ids
                assert p["points"] is None or p["points"] * 2 == int(p["points"] * 2)
                cats.add(p["category"])
            for k, v in d["fields"].items():
                if k.endswith("_date"):
                    assert re.fullmatch(r"\d{4}-\d\d-\d\d", v)
        want = {"CMC": {"cmc_education", "cmc_experience"},
                "MMC": {"mmc_advanced_education", "mmc_professional_contribution"}}
        assert set(truth["totals"]) == want[man["program"]]
        assert cats <= want[man["program"]]


def norm(s):
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", s.lower())).strip()


def test_text_fields_printed_on_their_pages():
    for _, truth, base in packets(SET):
        for d in truth["documents"]:
            src = base / d["source"]
            if src.suffix != ".pdf" or src.read_bytes()[:5] != b"%PDF-":
                continue
            with pdfplumber.open(src) as pdf:
                text = norm(" ".join(pdf.pages[p - 1].extract_text() or "" for p in d["pages"]))
            for k in TEXT_FIELDS:
                if k in d["fields"]:
                    words = norm(d["fields"][k]).split()
                    if k == "applicant_name":
                        assert all(w in text.split() for w in words), (src, k)
                    else:
                        assert " ".join(words) in text, (src, k, d["fields"][k])


def test_scanned_variant_is_images_with_same_truth(tmp_path):
    out = tmp_path / "osprey"
    generate(out, "--only", "osprey_c03_former_name", "--scanned")
    for dpi in ("scan_300dpi", "scan_200dpi"):
        base = tmp_path / "osprey_scanned" / dpi / "osprey_c03_former_name"
        assert (base / "truth.json").read_text() == \
            (out / "osprey_c03_former_name" / "truth.json").read_text()
        for pdf_path in base.glob("*.pdf"):
            with pdfplumber.open(pdf_path) as pdf:
                for page in pdf.pages:
                    assert not (page.extract_text() or "").strip()
                    assert page.images
