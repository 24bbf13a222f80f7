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


def test_a_batch_with_prefect_is_a_flow_run_per_packet_named_after_it(
        prefect_server: None, tmp_path: Path) -> None:
    import asyncio

    from prefect.client.orchestration import get_client

    from pipeline.batch import BatchOptions, run_inbox
    from pipeline.flow import packet_flow_run
    from store import connect, upgrade

    _packet(tmp_path / "inbox" / "gonzalez-0142")
    bad = tmp_path / "inbox" / "bad"
    write_manifest(bad, program="QQQ")
    render_pdf(bad / "x.pdf", [CERT])
    store = connect(f"sqlite:///{tmp_path / 'intake.db'}", tmp_path / "files")
    upgrade(store)
    run = run_inbox(BatchOptions(inbox=tmp_path / "inbox", out_dir=tmp_path / "out",
                                 settle=0, jobs=1), store, packet_flow_run)
    assert [(o.name, o.state) for o in run.outcomes] == [("bad", "quarantined"),
                                                         ("gonzalez-0142", "processed")]
    assert (tmp_path / "out" / "gonzalez-0142.json").exists()

    async def names() -> list[str]:
        async with get_client() as client:
            return [r.name for r in await client.read_flow_runs()]
    assert "packet gonzalez-0142" in asyncio.run(names())
    assert not any("bad" in n for n in asyncio.run(names()))  # bad input: no flow run
    store.close()
