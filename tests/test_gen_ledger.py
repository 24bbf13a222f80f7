"""The ledger sample set: output format, text layer, determinism, scans."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from samples.gen_ledger.__main__ import DEFAULT_OUT, generate
from samples.gen_ledger.scan import scan_pdf

ROOT = Path(__file__).resolve().parent.parent
KINDS = {"certificate", "transcript", "employment_letter", "letter", "agenda", "application_form", "other"}
FIELDS = {"applicant_name", "provider", "title", "location", "start_date", "end_date", "issue_date", "hours",
          "credit_units", "degree", "degree_date", "position", "employment_type", "administrative", "signatory",
          "delivery", "assessment", "activity", "sector", "course_review", "days", "years", "relationship",
          "first_person"}
FLAGS = {"FIRST_PERSON", "RELATIVE_AUTHOR", "NAME_MISMATCH", "MISSING_NAME", "MISSING_DATE", "MISSING_HOURS",
         "MISSING_TITLE", "PREDATES_DESIGNATION", "NO_ASSESSMENT", "BELOW_MINIMUM_HOURS", "DUPLICATE",
         "UNREADABLE", "UNSUPPORTED_FILE"}
CATEGORIES = {"cmc_education", "cmc_experience", "mmc_advanced_education", "mmc_professional_contribution"}
TEXTS = ("applicant_name", "provider", "title", "location", "degree", "position", "signatory")


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("ledger")
    generate(d)
    return d


def _truths(root: Path):
    for t in sorted(root.rglob("*truth.json")):
        yield t, json.loads(t.read_text(encoding="utf-8"))


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\r", " ").replace("\n", " ")).strip().lower()


def test_format(out: Path) -> None:
    rule_ids = set(re.findall(r"(?:cmc|mmc)\.[a-z_]+\.[a-z0-9_]+", (ROOT / "scoring/rules.yaml").read_text()))
    ndocs = 0
    truths = list(_truths(out))
    assert len(truths) >= 14
    assert sum(1 for t, _ in truths if t.name != "truth.json") >= 2   # single-PDF packets
    for t, truth in truths:
        manifest = t.parent / ("packet.json" if t.name == "truth.json" else t.name.replace(".truth", ""))
        m = json.loads(manifest.read_text(encoding="utf-8"))
        assert m["program"] in ("CMC", "MMC") and ("prior_designation_date" in m) == (m["program"] == "MMC")
        for doc in truth["documents"]:
            ndocs += 1
            assert doc["kind"] in KINDS
            assert set(doc["fields"]) <= FIELDS, doc["fields"]
            assert set(doc["flags"]) <= FLAGS
            for p in doc["proposals"]:
                assert p["category"] in CATEGORIES and p["rule"] in rule_ids
                assert p["points"] is None or float(p["points"] * 2).is_integer()
            for v in doc["fields"].values():
                assert v != ""
        assert set(truth["totals"]) <= CATEGORIES
    assert 80 <= ndocs <= 100


def test_pages_and_text_layer(out: Path) -> None:
    for t, truth in _truths(out):
        for doc in truth["documents"]:
            pdf = pdfium.PdfDocument(str(t.parent / doc["source"]))
            assert max(doc["pages"]) <= len(pdf)
            text = _norm(" ".join(pdf[i - 1].get_textpage().get_text_range() for i in doc["pages"]))
            for key in TEXTS:
                if key in doc["fields"]:
                    assert _norm(doc["fields"][key]) in text, (t, doc["source"], key)
            pdf.close()


def test_deterministic_and_committed(out: Path, tmp_path: Path) -> None:
    generate(tmp_path / "again")
    files = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(tmp_path / "again") for p in (tmp_path / "again").rglob("*") if p.is_file())
    for f in files:
        assert (out / f).read_bytes() == (tmp_path / "again" / f).read_bytes(), f
        assert (DEFAULT_OUT / f).read_bytes() == (out / f).read_bytes(), f"samples/ledger is stale: {f}"


def test_scan_is_image_only(out: Path, tmp_path: Path) -> None:
    src = next(out.rglob("iimc-2019.pdf"))
    dst = tmp_path / "scan.pdf"
    assert scan_pdf(src, dst, 10, dpi=200, skew=1.5, blur=0.6, noise=5.0, quality=60) == 1
    pdf = pdfium.PdfDocument(str(dst))
    assert len(pdf) == 1 and pdf[0].get_textpage().get_text_range().strip() == ""
    assert pdf[0].get_size() == pdfium.PdfDocument(str(src))[0].get_size()
