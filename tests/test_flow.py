"""The Prefect flows, run for real against Prefect's temporary local server.

One module-scoped server for all flow tests, so Prefect's start-up is paid once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.stages import process
from tests.render import render_pdf, write_manifest

CERT = ["Certificate of Completion", "This certifies that Maria L. Gonzalez",
        "has successfully completed Budgeting for Clerks",
        "at the Northwest Clerks Institute on April 9, 2024", "8 contact hours"]
LETTER = ["Dear Ms. Gonzalez:", "Thank you, Maria Gonzalez, for serving on the Clerks Association",
          "Education Committee from January 1, 2021 through December 31, 2023.",
          "Sincerely,", "Pat Rivera", "Association President"]


@pytest.fixture(scope="module")
def prefect_server() -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def _packet(folder: Path) -> Path:
    write_manifest(folder)
    render_pdf(folder / "evidence.pdf", [CERT, LETTER])
    return folder


def test_flow_matches_the_plain_pipeline(prefect_server: None, tmp_path: Path) -> None:
    from pipeline.flow import process_packet

    packet = _packet(tmp_path / "p")
    out = tmp_path / "result.json"
    result = process_packet(packet, out)
    assert json.loads(out.read_text())["packet_id"] == "p"
    plain = process(packet)
    assert result.model_dump() == plain.model_dump()
    assert [p.points for p in result.proposals] == [4.0, 3.0]


def test_batch_goes_on_past_a_bad_packet(prefect_server: None, tmp_path: Path) -> None:
    from pipeline.flow import process_inbox

    good = _packet(tmp_path / "inbox" / "good")
    bad = tmp_path / "inbox" / "bad"
    write_manifest(bad, program="QQQ")
    render_pdf(bad / "x.pdf", [CERT])
    outcome = process_inbox([bad, good], tmp_path / "out")
    assert outcome[str(good)] == "ok"
    assert outcome[str(bad)].startswith("failed:") and "program" in outcome[str(bad)]
    assert (tmp_path / "out" / "good.json").exists()
