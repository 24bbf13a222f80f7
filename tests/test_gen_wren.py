"""The wren sample set: deterministic, well-formed, and true to its own text layers."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pdfplumber
import pytest

from samples.gen_wren.build import build_all
from samples.gen_wren.packets import all_packets

ROOT = Path(__file__).resolve().parents[1]
WREN = ROOT / "samples" / "wren"
KINDS = {"certificate", "transcript", "employment_letter", "letter", "agenda", "application_form", "other"}
FLAGS = {"FIRST_PERSON", "RELATIVE_AUTHOR", "NAME_MISMATCH", "MISSING_NAME", "MISSING_DATE", "MISSING_HOURS",
         "MISSING_TITLE", "PREDATES_DESIGNATION", "NO_ASSESSMENT", "BELOW_MINIMUM_HOURS", "DUPLICATE",
         "UNREADABLE", "UNSUPPORTED_FILE"}
CATEGORIES = {"cmc_education", "cmc_experience", "mmc_advanced_education", "mmc_professional_contribution"}
MANIFEST_KEYS = {"applicant", "program", "prior_designation_date", "received_date"}
APPLICANT_KEYS = {"name", "former_names", "member_id", "region", "membership"}
TEXT_FIELDS = ("applicant_name", "provider", "title", "location", "position", "degree", "signatory")
DATE_FIELDS = ("start_date", "end_date", "issue_date", "degree_date")


def _rule_ids() -> set[str]:
    text = (ROOT / "scoring" / "rules.yaml").read_text(encoding="utf-8")
    ids = set(re.findall(r"\{id:\s*([a-z0-9_.]+)", text))
    ids |= set(re.findall(r"^\s*-?\s*id:\s*([a-z0-9_.]+)", text, re.M))
    return ids


def _packets() -> list[tuple[Path, dict, dict]]:
    """(packet root, manifest, truth) for every packet of the committed set."""
    out = []
    for man in sorted(WREN.glob("*/packet.json")):
        out.append((man.parent, json.loads(man.read_text()), json.loads((man.parent / "truth.json").read_text())))
    for pdf in sorted(WREN.glob("*.pdf")):
        stem = pdf.with_suffix("")
        name = next(p.name for p in all_packets() if p.single_pdf and f"{p.name}.pdf" == pdf.name)
        out.append((pdf.parent, json.loads((stem.parent / f"{name}.json").read_text()),
                    json.loads((stem.parent / f"{name}.truth.json").read_text())))
    return out


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", s)


def test_regenerates_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / "wren"
    build_all(all_packets(), out)
    want = sorted(p.relative_to(WREN) for p in WREN.rglob("*") if p.is_file())
    got = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    assert got == want
    for rel in want:
        assert (out / rel).read_bytes() == (WREN / rel).read_bytes(), rel


def test_set_size() -> None:
    packets = _packets()
    assert len(packets) == 12
    programs = [m["program"] for _, m, _ in packets]
    assert programs.count("CMC") == 7
    assert programs.count("MMC") == 5
    assert any(p.single_pdf for p in all_packets())
    n = sum(len(t["documents"]) for _, _, t in packets)
    assert 100 <= n <= 140


def test_manifests_valid() -> None:
    for _root, man, _truth in _packets():
        assert set(man) <= MANIFEST_KEYS
        assert set(man["applicant"]) <= APPLICANT_KEYS
        assert man["program"] in {"CMC", "MMC"}
        assert 1 <= man["applicant"]["region"] <= 11
        assert man["applicant"]["membership"] in {"full", "additional_full", "associate", "retired"}
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", man["received_date"])
        assert ("prior_designation_date" in man) == (man["program"] == "MMC")


def test_truth_well_formed() -> None:
    rules = _rule_ids()
    assert rules, "no rule ids found in scoring/rules.yaml"
    for root, man, truth in _packets():
        assert truth["description"]
        docs = truth["documents"]
        keys = [(d["source"], d["pages"][0]) for d in docs]
        assert keys == sorted(keys), "documents are in packet order"
        for d in docs:
            assert (root / d["source"]).is_file(), d["source"]
            assert d["kind"] in KINDS
            assert set(d["flags"]) <= FLAGS
            assert all(isinstance(p, int) and p >= 1 for p in d["pages"])
            for k in DATE_FIELDS:
                if k in d["fields"]:
                    assert re.fullmatch(r"\d{4}-\d\d-\d\d", d["fields"][k])
            for p in d["proposals"]:
                assert p["category"] in CATEGORIES
                assert p["rule"] in rules, p["rule"]
                assert p["rule"].startswith(man["program"].lower() + ".")
                assert p["points"] is None or (p["points"] * 2) == int(p["points"] * 2)
        cats = {"CMC": {"cmc_education", "cmc_experience"},
                "MMC": {"mmc_advanced_education", "mmc_professional_contribution"}}[man["program"]]
        assert set(truth["totals"]) == cats
        raw = {c: sum(p["points"] or 0 for d in docs for p in d["proposals"] if p["category"] == c) for c in cats}
        for c in cats:
            assert truth["totals"][c]["raw"] == pytest.approx(raw[c])


def test_every_flag_raised() -> None:
    seen = {f for _, _, t in _packets() for d in t["documents"] for f in d["flags"]}
    assert seen == FLAGS


def test_text_fields_in_text_layer() -> None:
    checked = 0
    for root, _man, truth in _packets():
        cache: dict[str, list[str]] = {}
        for d in truth["documents"]:
            path = root / d["source"]
            if path.suffix != ".pdf" or not path.read_bytes().startswith(b"%PDF"):
                continue
            if d["source"] not in cache:
                with pdfplumber.open(path) as pdf:
                    # the whole page, then its right-hand column (letters with a sidebar of officers)
                    cache[d["source"]] = [_norm((pg.extract_text() or "") + " "
                                                + (pg.crop((165, 0, pg.width, pg.height)).extract_text() or ""))
                                          for pg in pdf.pages]
            text = "".join(cache[d["source"]][p - 1] for p in d["pages"])
            if not text:
                continue  # an image-only page (a photocopy or a blank scan)
            for k in TEXT_FIELDS:
                if k not in d["fields"]:
                    continue
                value = d["fields"][k]
                if k in {"applicant_name", "signatory"}:
                    for tok in re.findall(r"[A-Za-z\u00c0-\u017f]+", value):
                        assert _norm(tok) in text, (d["source"], d["pages"], k, value)
                else:
                    assert _norm(value) in text, (d["source"], d["pages"], k, value)
                checked += 1
    assert checked > 300
