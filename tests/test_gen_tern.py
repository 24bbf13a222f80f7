"""The tern sample set: deterministic, committed, and its truth well-formed."""

import collections
import json
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

ROOT = Path(__file__).resolve().parent.parent
TERN = ROOT / "samples" / "tern"
KINDS = {
    "certificate",
    "transcript",
    "employment_letter",
    "letter",
    "agenda",
    "application_form",
    "other",
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
CATEGORIES = {
    "CMC": {"cmc_education", "cmc_experience"},
    "MMC": {"mmc_advanced_education", "mmc_professional_contribution"},
}


def rule_ids():
    text = (ROOT / "scoring" / "rules.yaml").read_text()
    return set(re.findall(r"\{id:\s*([a-z0-9_.]+)", text))


def packets():
    """(name, packet root, manifest, truth, files) for folder and single-PDF packets."""
    out = []
    for p in sorted(TERN.iterdir()):
        if p.is_dir():
            files = sorted(
                str(f.relative_to(p))
                for f in p.rglob("*")
                if f.is_file() and f.name not in ("packet.json", "truth.json")
            )
            out.append(
                (
                    p.name,
                    p,
                    json.loads((p / "packet.json").read_text()),
                    json.loads((p / "truth.json").read_text()),
                    files,
                )
            )
        elif p.suffix == ".pdf":
            out.append(
                (
                    p.stem,
                    TERN,
                    json.loads((TERN / f"{p.stem}.json").read_text()),
                    json.loads((TERN / f"{p.stem}.truth.json").read_text()),
                    [p.name],
                )
            )
    return out


def test_twelve_packets_and_shapes():
    ps = packets()
    names = [n for n, *_ in ps]
    assert len(ps) == 12
    assert (
        sum(n.startswith("tern_c") for n in names) == 7
        and sum(n.startswith("tern_m") for n in names) == 5
    )
    assert any(r == TERN for _, r, *_ in ps), "a single-PDF packet"
    assert any(f.lower().endswith((".jpg", ".jpeg")) for *_, fs in ps for f in fs)
    ndocs = sum(len(t["documents"]) for _, _, _, t, _ in ps)
    assert 100 <= ndocs <= 125


def test_deterministic_and_matches_committed(tmp_path):
    out = tmp_path / "tern"
    subprocess.run(
        [sys.executable, "-m", "samples.gen_tern", "--out", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    a = sorted(str(f.relative_to(out)) for f in out.rglob("*") if f.is_file())
    b = sorted(str(f.relative_to(TERN)) for f in TERN.rglob("*") if f.is_file())
    assert a == b
    for rel in a:
        assert (out / rel).read_bytes() == (TERN / rel).read_bytes(), rel


@pytest.mark.parametrize("pk", packets(), ids=lambda p: p[0])
def test_truth_well_formed(pk):
    name, root, manifest, truth, files = pk
    ids = rule_ids()
    prog = manifest["program"]
    assert truth["description"]
    assert set(truth["totals"]) == CATEGORIES[prog]
    sources = set()
    raw = collections.Counter()
    for d in truth["documents"]:
        assert d["kind"] in KINDS
        assert set(d["flags"]) <= FLAGS
        src = root / d["source"]
        assert src.is_file(), d["source"]
        sources.add(d["source"])
        if src.read_bytes()[:5] == b"%PDF-":
            with pdfplumber.open(src) as pdf:
                n = len(pdf.pages)
            assert all(1 <= p <= n for p in d["pages"]), (d["source"], d["pages"], n)
        else:
            assert d["pages"] == [1]
        for pr in d["proposals"]:
            assert pr["category"] in CATEGORIES[prog]
            assert pr["rule"] in ids, pr["rule"]
            assert pr["rule"].startswith(prog.lower() + ".")
            raw[pr["category"]] += pr["points"] or 0
        for k, v in d["fields"].items():
            assert v is not None and v != "", (k, d["source"])
            if k.endswith("_date"):
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)
    for cat, tot in truth["totals"].items():
        assert tot["raw"] == raw[cat]
        assert (
            tot["required"]
            == {
                "cmc_education": 60,
                "cmc_experience": 50,
                "mmc_advanced_education": 60,
                "mmc_professional_contribution": 40,
            }[cat]
        )
    order = [(d["source"], d["pages"][0]) for d in truth["documents"]]
    assert order == sorted(order)
    # the manifest's shape lists every file: every file is a document's source
    assert sources == set(files)


def test_every_flag_code_raised():
    seen = collections.Counter(
        f for *_, t, _ in packets() for d in t["documents"] for f in d["flags"]
    )
    assert set(seen) == FLAGS, FLAGS - set(seen)


def test_manifests_valid():
    for _name, _root, m, _t, _files in packets():
        assert set(m) <= {"applicant", "program", "prior_designation_date", "received_date"}
        assert m["program"] in ("CMC", "MMC")
        assert 1 <= m["applicant"]["region"] <= 11
        assert ("prior_designation_date" in m) == (m["program"] == "MMC")


@pytest.mark.parametrize("pk", packets(), ids=lambda p: p[0])
def test_text_fields_are_in_the_text_layer(pk):
    """What the truth says a document prints is in its PDF's text layer (born-digital files)."""
    name, root, manifest, truth, files = pk
    def norm(s):
        return re.sub(r"\s+", " ", s).strip().lower()
    for d in truth["documents"]:
        src = root / d["source"]
        if src.read_bytes()[:5] != b"%PDF-":
            continue
        with pdfplumber.open(src) as pdf:
            text = norm(" ".join(pdf.pages[p - 1].extract_text() or "" for p in d["pages"]))
        if "UNREADABLE" in d["flags"]:
            assert text == ""
            continue
        for k in (
            "applicant_name",
            "provider",
            "title",
            "position",
            "degree",
            "signatory",
            "location",
        ):
            if k in d["fields"]:
                assert norm(d["fields"][k]) in text, (d["source"], k, d["fields"][k])
