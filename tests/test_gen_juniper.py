"""The juniper sample set: the generator is deterministic, the committed set is what it
writes, and the truth is well-formed and states only what is on the paper."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from samples.gen_juniper.__main__ import main
from samples.gen_juniper.truth import CATEGORIES, FLAG_CODES, KINDS

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "samples" / "juniper"
RULE_IDS = set(re.findall(r"\{id: ([a-z0-9_.]+)", (ROOT / "scoring" / "rules.yaml").read_text()))


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _truths() -> list:
    """(manifest, truth, folder of the sources) for every packet of the committed set."""
    out = []
    for entry in sorted(SET.iterdir()):
        if entry.is_dir():
            out.append(pytest.param(json.loads((entry / "packet.json").read_text()),
                                    json.loads((entry / "truth.json").read_text()), entry, id=entry.name))
        elif entry.name.endswith(".truth.json"):
            stem = entry.name[: -len(".truth.json")]
            out.append(pytest.param(json.loads((SET / f"{stem}.json").read_text()), json.loads(entry.read_text()), SET, id=stem))
    return out


def test_two_runs_write_identical_bytes(tmp_path: Path) -> None:
    only = ["--only", "cmc01-okafor", "mmc03-vanterpool", "cmc07-nakamura"]
    main(["--out", str(tmp_path / "a"), *only])
    main(["--out", str(tmp_path / "b"), *only])
    a, b = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert len(a) > 20 and a.keys() == b.keys()
    assert [k for k in a if a[k] != b[k]] == []


def test_committed_set_is_what_the_generator_writes(tmp_path: Path) -> None:
    main(["--out", str(tmp_path / "juniper")])
    fresh, committed = _files(tmp_path / "juniper"), _files(SET)
    assert fresh.keys() == committed.keys()
    assert [k for k in fresh if fresh[k] != committed[k]] == []


def test_set_shape() -> None:
    truths = [p.values for p in _truths()]
    programs = [m["program"] for m, _, _ in truths]
    assert programs.count("CMC") == 7 and programs.count("MMC") == 5
    assert sum(1 for p in SET.iterdir() if p.suffix == ".pdf") == 2
    assert 100 <= sum(len(t["documents"]) for _, t, _ in truths) <= 130
    seen = {code for _, t, _ in truths for d in t["documents"] for code in d["flags"]}
    assert seen == FLAG_CODES


@pytest.mark.parametrize("manifest,truth,folder", _truths())
def test_truth_is_well_formed(manifest: dict, truth: dict, folder: Path) -> None:
    program = manifest["program"]
    first, second = CATEGORIES[program]
    raw = {first: 0.0, second: 0.0}
    order = [(d["source"], d["pages"][0]) for d in truth["documents"]]
    assert order == sorted(order), "documents are in packet order"
    for doc in truth["documents"]:
        assert doc["kind"] in KINDS and set(doc["flags"]) <= FLAG_CODES
        path = folder / doc["source"]
        data = path.read_bytes()
        pages = len(pdfium.PdfDocument(data)) if data.startswith(b"%PDF") else 1
        assert doc["pages"] and max(doc["pages"]) <= pages
        if any(f not in ("NO_ASSESSMENT", "UNREADABLE", "UNSUPPORTED_FILE") for f in doc["flags"]):
            assert doc["proposals"] == [], "a rejected document earns nothing"
        for prop in doc["proposals"]:
            assert prop["category"] in (first, second)
            assert prop["rule"] in RULE_IDS
            assert prop["rule"].startswith(program.lower() + ".")
            assert prop["points"] is None or (prop["points"] >= 0 and (2 * prop["points"]).is_integer())
            raw[prop["category"]] += prop["points"] or 0.0
    totals = truth["totals"]
    assert {k: totals[k]["raw"] for k in raw} == raw
    assert totals[first]["points"] == min(60.0, raw[first])
    excess = max(0.0, raw[first] - 60)
    assert totals[second]["points"] == raw[second] + (excess if program == "CMC" else min(20.0, excess))
    assert (totals[first]["required"], totals[second]["required"]) == ((60, 50) if program == "CMC" else (60, 40))
    listed = {d["source"] for d in truth["documents"]}
    if folder != SET:
        on_disk = {p.name for p in folder.iterdir() if p.suffix in (".pdf", ".png", ".jpg")}
        assert listed == on_disk, "every file of the packet is accounted for"


TEXT_FIELDS = ("applicant_name", "provider", "title", "location", "position", "degree", "signatory")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


@pytest.mark.parametrize("manifest,truth,folder", _truths())
def test_text_fields_are_printed_on_their_pages(manifest: dict, truth: dict, folder: Path) -> None:
    for doc in truth["documents"]:
        if doc["text_source"] != "pdf_text" or not doc["fields"]:
            continue
        with pdfplumber.open(folder / doc["source"]) as pdf:
            text = _norm(" ".join(pdf.pages[p - 1].extract_text() or "" for p in doc["pages"]))
        for key in TEXT_FIELDS:
            if key in doc["fields"]:
                assert _norm(doc["fields"][key]) in text, (doc["source"], doc["pages"], key)
        if "hours" in doc["fields"]:
            assert f"{doc['fields']['hours']:g}" in text, (doc["source"], doc["pages"], "hours")


def test_scanned_variants_are_images_with_ocr_truth_and_repeat(tmp_path: Path) -> None:
    for run in ("a", "b"):
        main(["--out", str(tmp_path / run / "set"), "--only", "cmc07-nakamura", "--scanned"])
    a, b = _files(tmp_path / "a" / "set_scanned"), _files(tmp_path / "b" / "set_scanned")
    assert a.keys() == b.keys() and [k for k in a if a[k] != b[k]] == []
    for profile in ("scan_300dpi", "scan_200dpi"):
        folder = tmp_path / "a" / "set_scanned" / profile / "cmc07-nakamura"
        truth = json.loads((folder / "truth.json").read_text())
        for doc in truth["documents"]:
            assert doc["text_source"] == ("pdf_text" if "UNSUPPORTED_FILE" in doc["flags"] else "ocr")
        with pdfplumber.open(folder / "A5.pdf") as pdf:
            assert (pdf.pages[0].extract_text() or "").strip() == "", "a scanned page has no text layer"
            assert len(pdf.pages[0].images) == 1
