"""The real-document sample set (samples/real): issuers' own files with truth written by
hand. The manifests, truth and source record are checked always; the document files are
not kept in git (samples/real/SOURCES.md), so the checks that open them run where they
have been restored beside their truth."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from core.models import FIELD_NAMES, Category, FlagCode, Kind, Manifest
from pipeline.evaluate import evaluate_dir, find_samples
from pipeline.ingest import DOCUMENT_SUFFIXES
from scoring.rules import default_rules

REAL = Path(__file__).resolve().parent.parent / "samples" / "real"
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
# docs/conventions.md "Extension fields"
EXTENSION_FIELDS = {"activity", "sector", "course_review", "days", "years", "relationship",
                    "first_person"}
SOURCES = json.loads((REAL / "sources.json").read_text(encoding="utf-8"))


def _truths() -> list[tuple[Path, dict]]:
    return [(packet, json.loads(truth.read_text(encoding="utf-8")))
            for packet, truth in find_samples(REAL)]


def _documents() -> list[tuple[Path, dict]]:
    return [(packet, doc) for packet, truth in _truths() for doc in truth["documents"]]


def _restored() -> bool:
    return all((REAL / name).is_file() for name in SOURCES)


needs_files = pytest.mark.skipif(not _restored(), reason="the real documents are not "
                                 "restored beside their truth (samples/real/SOURCES.md)")


def test_every_packet_has_a_valid_manifest_and_truth() -> None:
    packets = sorted(p for p in REAL.iterdir() if p.is_dir())
    assert len(packets) >= 5
    assert [p for p, _ in _truths()] == packets
    for packet in packets:
        Manifest.model_validate_json((packet / "packet.json").read_text(encoding="utf-8"))


def test_truth_uses_only_known_names() -> None:
    rules = default_rules()
    rule_category = {r.id: r.category for r in rules.rules}
    activities = {a for routes in rules.routes.values() for a in routes}
    activities |= {"degree", "employment"}
    for packet, doc in _documents():
        where = f"{packet.name}/{doc['source']} p{doc['pages'][0]}"
        assert doc["kind"] in set(Kind), where
        assert set(doc["fields"]) <= set(FIELD_NAMES) | EXTENSION_FIELDS, where
        assert doc["fields"].get("activity", "course") in activities, where
        assert set(doc["flags"]) <= set(FlagCode), where
        for proposal in doc["proposals"]:
            assert proposal["rule"] in rule_category, where
            assert proposal["category"] == rule_category[proposal["rule"]], where
        pages = doc["pages"]
        assert pages == sorted(pages) and pages[0] >= 1, where
    for _, truth in _truths():
        assert set(truth["totals"]) <= set(Category)


def test_every_document_is_recorded_with_its_source() -> None:
    sources = {f"{packet.name}/{doc['source']}" for packet, doc in _documents()}
    assert sources == set(SOURCES)
    for name, record in SOURCES.items():
        assert Path(name).suffix.lower() in DOCUMENT_SUFFIXES, name
        assert {"repository", "path", "commit", "sha256"} <= set(record), name
        assert len(record["commit"]) == 40, name
    assert 16 <= len(sources) <= 25


def test_the_set_holds_image_files() -> None:
    assert any(Path(name).suffix.lower() in IMAGE_SUFFIXES for name in SOURCES)


@needs_files
def test_restored_files_are_the_recorded_ones_and_hold_their_pages() -> None:
    total = 0
    for packet, doc in _documents():
        path = packet / doc["source"]
        data = path.read_bytes()
        total += len(data)
        assert hashlib.sha256(data).hexdigest() == \
            SOURCES[f"{packet.name}/{doc['source']}"]["sha256"], path
        if path.suffix.lower() in IMAGE_SUFFIXES:
            assert doc["pages"] == [1], path
        else:
            assert doc["pages"][-1] <= len(pdfium.PdfDocument(data)), path
    assert total < 8 * 1024 * 1024


@needs_files
def test_some_pdfs_are_scans_without_a_text_layer() -> None:
    image_only = []
    for name in SOURCES:
        if name.endswith(".pdf"):
            pdf = pdfium.PdfDocument(REAL / name)
            if all(pdf[i].get_textpage().count_chars() <= 1 for i in range(len(pdf))):
                image_only.append(name)
    assert len(image_only) >= 2, image_only


@needs_files
def test_the_set_is_its_own_row_of_the_eval() -> None:
    report = evaluate_dir(REAL)
    assert list(report["variants"]) == ["real"]
    assert report["errors"] == []
    assert report["variants"]["real"]["documents"] == len(SOURCES)
