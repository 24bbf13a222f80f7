"""A hung Tesseract is stopped: with a timeout too short for any page, the real command
line reads the packet, flags the scanned page UNREADABLE saying why, and reads the rest.
The timed-out page is not cached: with the usual timeout it is read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pdfplumber

from tests.render import render_pdf, write_manifest

INTAKE = str(Path(sys.executable).parent / "intake")
SCANNED = ["Certificate of Completion", "This certifies that Maria L. Gonzalez",
           "has successfully completed Records Retention Basics",
           "at the Northwest Clerks Institute on June 3, 2024", "for a total of 8 contact hours"]
BORN_DIGITAL = ["Certificate of Attendance", "This certifies that Maria L. Gonzalez",
                "attended the Arizona Municipal Clerks Association Annual Conference",
                "held May 1-3, 2024 in Tucson, Arizona", "Total contact hours: 12"]


def _packet(tmp_path: Path) -> Path:
    packet = tmp_path / "packet"
    write_manifest(packet)
    render_pdf(packet / "conf.pdf", [BORN_DIGITAL])
    born = render_pdf(tmp_path / "to_scan.pdf", [SCANNED])
    with pdfplumber.open(born) as doc:
        scan = doc.pages[0].to_image(resolution=200).original.convert("L")
    scan.save(packet / "scan.pdf", "PDF", resolution=200)  # image only: read by OCR
    return packet


def _process(packet: Path, out: Path, cache: Path, timeout: str | None) -> dict:
    env = {**os.environ, "INTAKE_CACHE_DIR": str(cache), "OMP_THREAD_LIMIT": "1"}
    env.pop("INTAKE_OCR_TIMEOUT_S", None)
    if timeout is not None:
        env["INTAKE_OCR_TIMEOUT_S"] = timeout
    run = subprocess.run([INTAKE, "process", str(packet), "--out", str(out), "--no-prefect",
                          "--quiet"], env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr + run.stdout
    return json.loads(out.read_text())  # type: ignore[no-any-return]


def test_a_page_whose_ocr_times_out_is_flagged_and_the_rest_read(tmp_path: Path) -> None:
    packet, cache = _packet(tmp_path), tmp_path / "cache"
    result = _process(packet, tmp_path / "r.json", cache, timeout="0.01")
    by_source = {d["source"]: d for d in result["documents"]}
    scanned = by_source["scan.pdf"]
    assert [f["code"] for f in scanned["flags"]] == ["UNREADABLE"]
    assert scanned["flags"][0]["message"] == "scan.pdf page 1: OCR timed out after 0.01 s"
    assert scanned["text_source"] == "ocr"
    read = by_source["conf.pdf"]
    assert read["kind"] == "certificate" and read["fields"]["hours"]["value"] == 12.0

    again = _process(packet, tmp_path / "r2.json", cache, timeout=None)  # 120 s
    scanned = {d["source"]: d for d in again["documents"]}["scan.pdf"]
    assert scanned["flags"] == [] or "UNREADABLE" not in {f["code"] for f in scanned["flags"]}
    assert scanned["fields"]["hours"]["value"] == 8.0
