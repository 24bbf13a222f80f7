"""The Prefect flows, run for real against Prefect's temporary local server.

One module-scoped server for all flow tests, so Prefect's start-up is paid once.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.stages import process
from tests.render import render_pdf, write_manifest
from tests.test_batch_transient import killer  # noqa: F401

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


def _task_runs(flow_run_id: object) -> list[object]:
    import asyncio

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    async def read() -> list[object]:
        async with get_client() as client:
            return list(await client.read_task_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id]))))
    return asyncio.run(read())


def _logs(task_run_id: object) -> list[str]:
    import asyncio

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterTaskRunId
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=30)  # the runs' logs are sent in the background

    async def read() -> list[str]:
        async with get_client() as client:
            logs = await client.read_logs(LogFilter(task_run_id=LogFilterTaskRunId(
                any_=[task_run_id])))
            return [log.message for log in logs]
    return asyncio.run(read())


def test_the_nightly_flow_makes_each_packet_a_task_run_with_its_logs_and_artifact(
        prefect_server: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        killer: Path, capfd: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    """Per packet: a task run `packet ID` tagged for the packet limit, the stages' log
    lines in that task run's log, the summary as the artifact `packet-ID`; a Tesseract
    killed once is tried again by Prefect (its retry condition); a packet Tesseract
    cannot read fails as its task run, quarantined, and no traceback is printed."""
    from prefect.client.orchestration import get_client

    from pipeline.flow import night_batch
    from pipeline.schedule import PACKET_TAG
    from tests.test_batch_transient import one_scan_packet

    monkeypatch.setenv("INTAKE_DATABASE_URL", f"sqlite:///{tmp_path / 'intake.db'}")
    inbox = tmp_path / "inbox"
    _packet(inbox / "Gonzalez_0142")
    one_scan_packet(inbox / "scan", tmp_path / "work")
    killer.write_text("1")  # the scan's Tesseract is killed once
    bad = tmp_path / "inbox" / "bad"
    write_manifest(bad, program="QQQ")
    render_pdf(bad / "x.pdf", [CERT])

    state = night_batch(str(inbox), str(tmp_path / "out"), settle=0, jobs=2,
                        return_state=True)
    report = state.result()
    assert report["counts"] == {"found": 3, "processed": 2, "skipped": 0, "quarantined": 1}
    assert killer.read_text().strip() == "0"
    runs = {r.name: r for r in _task_runs(state.state_details.flow_run_id)}  # type: ignore[attr-defined]
    assert {"packet Gonzalez_0142", "packet scan"} <= set(runs)
    assert not any("bad" in n for n in runs)  # bad input: quarantined before any task
    scan = runs["packet scan"]
    assert PACKET_TAG in scan.tags and scan.state.is_completed()  # type: ignore[attr-defined]
    assert scan.run_count == 2  # type: ignore[attr-defined]  # killed, then tried again
    lines = _logs(scan.id)  # type: ignore[attr-defined]
    assert any(line.startswith("read: 1 page read") for line in lines), lines
    assert any(line.startswith("scan: ") and "documents" in line for line in lines), lines

    async def artifacts() -> dict[str, str]:
        async with get_client() as client:
            return {a.key: str(a.data) for a in await client.read_artifacts() if a.key}
    import asyncio
    found = asyncio.run(artifacts())
    assert "# Gonzalez_0142" in found["packet-gonzalez-0142"]
    assert "Certificate" in found["packet-scan"] or "certificate" in found["packet-scan"]

    # a packet whose Tesseract fails on its file: the task run fails, the packet is
    # quarantined, and what is printed has no traceback
    one_scan_packet(inbox / "unreadable", tmp_path / "work2", cert=2)
    killer.write_text("fail")
    capfd.readouterr()
    records: list[logging.LogRecord] = []
    catch = logging.Handler()
    catch.emit = records.append  # type: ignore[method-assign]
    logging.getLogger("prefect").addHandler(catch)
    try:
        state = night_batch(str(inbox), str(tmp_path / "out"), settle=0, return_state=True)
    finally:
        logging.getLogger("prefect").removeHandler(catch)
    report = state.result()
    assert report["counts"]["quarantined"] == 1, report
    (failed,) = [r for r in _task_runs(state.state_details.flow_run_id)]  # type: ignore[attr-defined]
    assert failed.name == "packet unreadable" and failed.state.is_failed()  # type: ignore[attr-defined]
    assert failed.run_count == 1  # type: ignore[attr-defined]  # not transient: not tried again
    printed = capfd.readouterr()
    assert any(r.getMessage().startswith('Finished in state Failed("TesseractError')
               for r in records), [r.getMessage() for r in records]
    assert not [r.getMessage() for r in records if r.exc_info and r.exc_info[0] is not None]
    assert "Traceback" not in printed.out + printed.err
