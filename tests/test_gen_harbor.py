"""The harbor sample generator: truth in the documented format, pages that exist, printed
facts in the text layer, and byte-identical output for a seed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from samples.gen_harbor.write import generate

KINDS = {"certificate", "transcript", "employment_letter", "letter", "agenda", "application_form", "other"}
FIELDS = {"applicant_name", "provider", "title", "location", "start_date", "end_date", "issue_date", "hours",
          "credit_units", "degree", "degree_date", "position", "employment_type", "administrative", "signatory",
          "delivery", "assessment", "activity", "sector", "course_review", "days", "years", "relationship",
          "first_person"}
FLAGS = {"FIRST_PERSON", "RELATIVE_AUTHOR", "NAME_MISMATCH", "MISSING_NAME", "MISSING_DATE", "MISSING_HOURS",
         "MISSING_TITLE", "PREDATES_DESIGNATION", "NO_ASSESSMENT", "BELOW_MINIMUM_HOURS", "DUPLICATE",
         "UNREADABLE", "UNSUPPORTED_FILE"}
CATEGORIES = {"CMC": {"cmc_education": 60, "cmc_experience": 50},
              "MMC": {"mmc_advanced_education": 60, "mmc_professional_contribution": 40}}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.fixture(scope="module")
def harbor(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("harbor") / "a"
    generate(out, 2026)
    return out


def packets(root: Path) -> list[tuple[Path, dict, dict]]:
    """(packet path, manifest, truth) for folder and single-PDF shapes."""
    out = []
    for truth in sorted(root.glob("*/truth.json")):
        out.append((truth.parent, json.loads((truth.parent / "packet.json").read_text()), json.loads(truth.read_text())))
    for truth in sorted(root.glob("*.truth.json")):
        stem = truth.name[: -len(".truth.json")]
        out.append((root / f"{stem}.pdf", json.loads((root / f"{stem}.json").read_text()), json.loads(truth.read_text())))
    return out


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def test_truth_format_and_pages(harbor: Path) -> None:
    found = packets(harbor)
    assert len(found) == 14
    assert sum(1 for p, _, _ in found if p.suffix == ".pdf") >= 2
    flags_seen, kinds_seen, ndocs = set(), set(), 0
    for path, manifest, truth in found:
        assert manifest["program"] in CATEGORIES and 1 <= manifest["applicant"]["region"] <= 11
        assert ("prior_designation_date" in manifest) == (manifest["program"] == "MMC")
        cats = CATEGORIES[manifest["program"]]
        base = path if path.is_dir() else path.parent
        texts: dict[str, list[str]] = {}
        for doc in truth["documents"]:
            ndocs += 1
            assert doc["kind"] in KINDS
            kinds_seen.add(doc["kind"])
            assert set(doc["fields"]) <= FIELDS, set(doc["fields"]) - FIELDS
            assert all(v not in ("", None) for v in doc["fields"].values())
            for k, v in doc["fields"].items():
                if k.endswith("_date"):
                    assert ISO.match(v), (k, v)
            assert set(doc["flags"]) <= FLAGS
            flags_seen |= set(doc["flags"])
            for p in doc["proposals"]:
                assert p["category"] in cats and p["rule"].split(".")[0] == manifest["program"].lower()
            if doc["source"] not in texts:
                pdf = pdfium.PdfDocument(str(base / doc["source"]))
                texts[doc["source"]] = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
            pages = texts[doc["source"]]
            assert all(1 <= pg <= len(pages) for pg in doc["pages"])
            text = squash(" ".join(pages[pg - 1] for pg in doc["pages"]))
            for k in ("applicant_name", "provider", "title", "position", "degree", "signatory", "location"):
                if k in doc["fields"]:
                    assert squash(doc["fields"][k]) in text, (path.name, doc["source"], k, doc["fields"][k])
        assert set(truth["totals"]) == set(cats)
        for cat, tot in truth["totals"].items():
            assert tot["required"] == cats[cat]
            assert tot["raw"] == sum(p["points"] or 0 for d in truth["documents"] for p in d["proposals"]
                                     if p["category"] == cat)
    assert 80 <= ndocs <= 105
    assert kinds_seen == KINDS
    assert flags_seen >= FLAGS - {"UNREADABLE", "UNSUPPORTED_FILE"}


def test_same_seed_same_bytes(harbor: Path, tmp_path: Path) -> None:
    again = tmp_path / "b"
    generate(again, 2026)
    a = {p.relative_to(harbor): p.read_bytes() for p in harbor.rglob("*") if p.is_file()}
    b = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert a.keys() == b.keys()
    assert all(a[k] == b[k] for k in a)


def test_scans_are_image_only_and_deterministic(harbor: Path, tmp_path: Path) -> None:
    import random

    from samples.gen_harbor.scan import scan_pdf

    src = harbor / "mmc-r4-oaklawn-mail.pdf"
    outs = []
    for run in range(2):
        dest = tmp_path / f"s{run}.pdf"
        assert scan_pdf(src, dest, 200, random.Random(5)) == len(pdfium.PdfDocument(str(src)))
        outs.append(dest.read_bytes())
    assert outs[0] == outs[1]
    pdf = pdfium.PdfDocument(str(tmp_path / "s0.pdf"))
    assert all(pdf[i].get_textpage().get_text_range().strip() == "" for i in range(len(pdf)))
