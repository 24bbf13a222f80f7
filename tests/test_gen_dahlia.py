"""The dahlia sample set: regeneration, committed output, truth shape, page counts, scans."""

import filecmp
import json
import os
import subprocess
import sys

from pypdf import PdfReader

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = os.path.join(ROOT, "samples", "dahlia")
PY = sys.executable

FIELDS = {
    "applicant_name",
    "provider",
    "title",
    "location",
    "start_date",
    "end_date",
    "issue_date",
    "hours",
    "credit_units",
    "degree",
    "degree_date",
    "position",
    "employment_type",
    "administrative",
    "signatory",
    "delivery",
    "assessment",
    "activity",
    "sector",
    "course_review",
    "days",
    "years",
    "relationship",
    "first_person",
}
FLAGS = {
    "FIRST_PERSON",
    "RELATIVE_AUTHOR",
    "NAME_MISMATCH",
    "MISSING_NAME",
    "MISSING_DATE",
    "MISSING_HOURS",
    "MISSING_TITLE",
    "PREDATES_DESIGNATION",
    "NO_ASSESSMENT",
    "BELOW_MINIMUM_HOURS",
    "DUPLICATE",
    "UNREADABLE",
    "UNSUPPORTED_FILE",
}
KINDS = {
    "certificate",
    "transcript",
    "employment_letter",
    "letter",
    "agenda",
    "application_form",
    "other",
}
CATS = {
    "cmc_education",
    "cmc_experience",
    "mmc_advanced_education",
    "mmc_professional_contribution",
}
QUICK = [
    "cmc-r3-sawgrass",
    "mmc-r7-mesa-verdura",
    "cmc-r10-birchmouth",
]  # the envelopes: test_committed_set


def _gen(out, *args):
    subprocess.run([PY, "-m", "samples.gen_dahlia", "--out", str(out), *args], cwd=ROOT, check=True)


def _truths():
    for n in sorted(os.listdir(SET)):
        p = os.path.join(SET, n)
        if os.path.isdir(p):
            yield n, p, os.path.join(p, "truth.json")
        elif n.endswith(".truth.json"):
            yield n[:-11], SET, p


def _same_tree(a, b, names):
    for n in names:
        pa, pb = os.path.join(a, n), os.path.join(b, n)
        if os.path.isdir(pa):
            files = sorted(os.listdir(pa))
            assert files == sorted(os.listdir(pb)), n
            for f in files:
                assert filecmp.cmp(os.path.join(pa, f), os.path.join(pb, f), shallow=False), (n, f)
        else:
            for ext in (".pdf", ".json", ".truth.json"):
                assert filecmp.cmp(pa + ext, pb + ext, shallow=False), n + ext


def test_regeneration_is_byte_identical(tmp_path):
    _gen(tmp_path / "a", "--only", *QUICK)
    _gen(tmp_path / "b", "--only", *QUICK)
    _same_tree(tmp_path / "a", tmp_path / "b", QUICK)


def test_committed_set_matches_generator(tmp_path):
    _gen(tmp_path / "x")
    assert sorted(os.listdir(tmp_path / "x")) == sorted(os.listdir(SET))
    names = sorted(
        {n.split(".")[0] if not os.path.isdir(os.path.join(SET, n)) else n for n in os.listdir(SET)}
    )
    _same_tree(tmp_path / "x", SET, names)


def test_truth_is_well_formed():
    flags, ndocs, multi = {}, 0, 0
    for name, _folder, tpath in _truths():
        t = json.load(open(tpath))
        assert t["description"]
        prev = None
        for d in t["documents"]:
            ndocs += 1
            multi += len(d["pages"]) > 1
            assert d["kind"] in KINDS
            assert set(d["fields"]) <= FIELDS, set(d["fields"]) - FIELDS
            assert all(v is not None and v != "" for v in d["fields"].values())
            for f in d["flags"]:
                assert f in FLAGS
                flags[f] = flags.get(f, 0) + 1
            for p in d["proposals"]:
                assert p["category"] in CATS and p["rule"].split(".")[0] in ("cmc", "mmc")
                assert p["points"] is None or p["points"] >= 0
            key = (d["source"], d["pages"][0])
            assert prev is None or key > prev, "documents in packet order"
            prev = key
        cats = set(t["totals"])
        assert cats in (
            {"cmc_education", "cmc_experience"},
            {"mmc_advanced_education", "mmc_professional_contribution"},
        )
        for k, v in t["totals"].items():
            raw = sum(
                p["points"] or 0
                for d in t["documents"]
                for p in d["proposals"]
                if p["category"] == k
            )
            assert abs(raw - v["raw"]) < 1e-9, (name, k)
    assert set(flags) == FLAGS
    for f in ("FIRST_PERSON", "RELATIVE_AUTHOR", "PREDATES_DESIGNATION"):
        assert flags[f] >= 2
    assert ndocs >= 90 and multi >= 30


def test_page_counts_match_the_files():
    for _name, folder, tpath in _truths():
        t = json.load(open(tpath))
        for d in t["documents"]:
            path = os.path.join(folder, d["source"])
            assert os.path.exists(path), path
            if "UNSUPPORTED_FILE" in d["flags"]:
                continue
            if path.lower().endswith(".pdf"):
                n = len(PdfReader(path).pages)
                assert max(d["pages"]) <= n, (path, d["pages"], n)
                assert d["pages"] == list(range(d["pages"][0], d["pages"][-1] + 1))
            else:
                assert d["pages"] == [1]


def test_every_pdf_page_is_accounted_for():
    """Each page of a readable PDF belongs to one document, except blank separator sheets."""
    for _name, folder, tpath in _truths():
        t = json.load(open(tpath))
        by_src = {}
        for d in t["documents"]:
            by_src.setdefault(d["source"], []).extend(d["pages"])
        for src, pages in by_src.items():
            path = os.path.join(folder, src)
            if not path.endswith(".pdf") or any(
                "UNSUPPORTED_FILE" in d["flags"] for d in t["documents"] if d["source"] == src
            ):
                continue
            n = len(PdfReader(path).pages)
            assert len(pages) == len(set(pages))
            missing = set(range(1, n + 1)) - set(pages)
            assert len(missing) <= 1, (path, missing)


def test_scanned_variant_for_one_packet(tmp_path):
    out = tmp_path / "set"
    _gen(out, "--only", "cmc-r4-kettle-run", "--scanned")
    for dpi in (300, 200):
        v = tmp_path / "set_scanned" / f"scan_{dpi}dpi" / "cmc-r4-kettle-run"
        t = json.load(open(v / "truth.json"))
        src = json.load(open(out / "cmc-r4-kettle-run" / "truth.json"))
        assert [d["pages"] for d in t["documents"]] == [d["pages"] for d in src["documents"]]
        assert all(d.get("text_source", "ocr") == "ocr" for d in t["documents"])
        r = PdfReader(str(v / "athenian.pdf"))
        assert (r.pages[0].extract_text() or "").strip() == ""
