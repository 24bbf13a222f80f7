"""The zinnia sample set: regenerates byte for byte, and its truth is well-formed."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from samples.gen_zinnia.build import build

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "samples" / "zinnia"
KINDS = {"certificate", "transcript", "employment_letter", "letter", "agenda", "application_form", "other"}
FLAGS = {"FIRST_PERSON", "RELATIVE_AUTHOR", "NAME_MISMATCH", "MISSING_NAME", "MISSING_DATE", "MISSING_HOURS",
         "MISSING_TITLE", "PREDATES_DESIGNATION", "NO_ASSESSMENT", "BELOW_MINIMUM_HOURS", "DUPLICATE",
         "UNREADABLE", "UNSUPPORTED_FILE"}
CATS = {"CMC": {"cmc_education", "cmc_experience"},
        "MMC": {"mmc_advanced_education", "mmc_professional_contribution"}}
DATE_FIELDS = {"start_date", "end_date", "issue_date", "degree_date"}


def rule_ids():
    text = (ROOT / "scoring" / "rules.yaml").read_text(encoding="utf-8")
    return set(re.findall(r"\{id:\s*([a-z0-9_.]+)", text))


def packets():
    """(manifest path, truth path, folder holding the sources) of every packet."""
    out = []
    for d in sorted(p for p in SET.iterdir() if p.is_dir()):
        out.append((d / "packet.json", d / "truth.json", d))
    for t in sorted(SET.glob("*.truth.json")):
        name = t.name[: -len(".truth.json")]
        out.append((SET / f"{name}.json", t, SET))
    return out


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory):
    out = tmp_path_factory.mktemp("zinnia")
    build(out)
    return out


def test_regenerates_byte_for_byte(regenerated):
    want = {p.relative_to(SET): p.read_bytes() for p in SET.rglob("*") if p.is_file()}
    got = {p.relative_to(regenerated): p.read_bytes() for p in regenerated.rglob("*") if p.is_file()}
    assert sorted(got) == sorted(want)
    assert [k for k in want if want[k] != got[k]] == []


def test_set_size():
    ps = packets()
    assert len(ps) == 12
    programs = [json.loads(m.read_text(encoding="utf-8"))["program"] for m, _, _ in ps]
    assert programs.count("CMC") == 7 and programs.count("MMC") == 5
    n = sum(len(json.loads(t.read_text(encoding="utf-8"))["documents"]) for _, t, _ in ps)
    assert 100 <= n <= 130


def test_single_pdf_shape():
    singles = sorted(SET.glob("*.truth.json"))
    assert len(singles) >= 3
    for t in singles:
        name = t.name[: -len(".truth.json")]
        assert (SET / f"{name}.pdf").is_file() and (SET / f"{name}.json").is_file()
        docs = json.loads(t.read_text(encoding="utf-8"))["documents"]
        assert docs and {d["source"] for d in docs} == {f"{name}.pdf"}
    loose = {p.name for p in SET.iterdir() if p.is_file()}
    names = {t.name[: -len(".truth.json")] for t in singles}
    assert loose == {f"{n}{s}" for n in names for s in (".pdf", ".json", ".truth.json")}


def _pages(path: Path):
    data = path.read_bytes()
    if data[:5] != b"%PDF-":
        return None
    doc = pdfium.PdfDocument(data)
    return doc


def test_truth_well_formed():
    ids = rule_ids()
    assert len(ids) > 40
    for manifest_path, truth_path, base in packets():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        assert truth["description"]
        assert set(truth["totals"]) == CATS[manifest["program"]]
        order = []
        for d in truth["documents"]:
            assert d["kind"] in KINDS
            assert set(d["flags"]) <= FLAGS and len(d["flags"]) == len(set(d["flags"]))
            src = base / d["source"]
            assert src.is_file(), src
            pdf = _pages(src)
            count = len(pdf) if pdf is not None else 1
            assert d["pages"] == list(range(d["pages"][0], d["pages"][-1] + 1))
            assert 1 <= d["pages"][0] and d["pages"][-1] <= count
            for k, v in d["fields"].items():
                if k in DATE_FIELDS:
                    dt.date.fromisoformat(v)
            for p in d["proposals"]:
                assert p["rule"] in ids and p["category"] in CATS[manifest["program"]]
                assert p["points"] is None or p["points"] == int(2 * p["points"]) / 2
            order.append((d["source"], d["pages"][0]))
        assert order == sorted(order)
        for cat, tot in truth["totals"].items():
            assert set(tot) == {"points", "raw", "required"}
            raw = sum(p["points"] or 0 for d in truth["documents"] for p in d["proposals"] if p["category"] == cat)
            assert raw == tot["raw"]


def test_text_in_born_digital_pdfs():
    seen = 0
    for _, truth_path, base in packets():
        for d in json.loads(truth_path.read_text(encoding="utf-8"))["documents"]:
            if d.get("text_source") != "pdf_text":
                continue
            pdf = pdfium.PdfDocument((base / d["source"]).read_bytes())
            text = "".join(pdf[i - 1].get_textpage().get_text_range() for i in d["pages"])
            assert len(text.strip()) > 40, (d["source"], d["pages"])
            if "applicant_name" in d["fields"] and d["kind"] != "transcript":
                assert d["fields"]["applicant_name"].split()[-1] in text
            seen += 1
    assert seen > 80
