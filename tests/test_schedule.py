"""`intake schedule` against a real `prefect server start` the test starts: the nightly
deployment appears with its cron, time zone and stable slug, and the packets' concurrency
limit is created; triggered once (without waiting for the night) it processes the inbox
into the database and the archive, the packet a task run of its own with its summary as
an artifact; served again after its schedule was paused, the schedule stays one and stays
paused. Then the served command is killed with SIGKILL while Tesseract reads a packet:
the flow run and the packet's task run stay Running, holding the deployment's one slot and
a packet slot, until `intake reconcile` sets them Crashed, which frees both."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from pipeline.schedule import PACKET_TAG, SCHEDULE_SLUG
from store import connect
from store.claims import claims
from tests.cli_run import ROOT, conference_packet, intake
from tests.test_batch_crash import descendants
from tests.test_batch_transient import one_scan_packet


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def poll(what: str, get: Callable[[], Any], limit: float = 240) -> Any:
    end = time.monotonic() + limit
    while True:
        try:
            value = get()
        except httpx.HTTPError:
            value = None
        if value:
            return value
        if time.monotonic() > end:
            pytest.fail(f"never saw {what}")
        time.sleep(0.5)


@pytest.fixture
def prefect_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A Prefect server of the test's own (its database in the test's folder)."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env |= {"PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED":
            "false", "DO_NOT_TRACK": "1", "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
            "PREFECT_RUNNER_POLL_FREQUENCY": "1", "INTAKE_DATA_DIR": str(tmp_path / "data")}
    server = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host",
                               "127.0.0.1", "--port", str(port)], env=env, cwd=tmp_path,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    try:
        poll("the Prefect server", lambda: httpx.get(f"{env['PREFECT_API_URL']}/health",
                                                     timeout=2).status_code == 200)
        yield env
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)


def serve(env: dict[str, str], inbox: Path, out: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "schedule", str(inbox), "-o", str(out),
         "--settle", "0", "--timezone", "America/Chicago", "--packet-limit", "3"], cwd=ROOT,
        env=env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def stop(proc: subprocess.Popen[str]) -> str:
    os.killpg(proc.pid, signal.SIGINT)
    try:
        _, errs = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        _, errs = proc.communicate()
    return errs


def deployment(api: str) -> dict[str, Any] | None:
    r = httpx.get(f"{api}/deployments/name/night_batch/nightly", timeout=5)
    return r.json() if r.status_code == 200 else None


def test_the_nightly_deployment_runs_when_triggered(prefect_env: dict[str, str],
                                                   tmp_path: Path) -> None:
    api = prefect_env["PREFECT_API_URL"]
    inbox = tmp_path / "inbox"
    conference_packet(inbox / "a")
    served = serve(prefect_env, inbox, tmp_path / "out")
    try:
        dep = poll("the nightly deployment", lambda: deployment(api))
        (sched,) = dep["schedules"]
        assert sched["slug"] == SCHEDULE_SLUG and sched["active"]
        assert sched["schedule"]["cron"] == "0 1 * * *"
        assert sched["schedule"]["timezone"] == "America/Chicago"
        assert dep["parameters"]["inbox"] == str(inbox.resolve())

        # triggered now, not at 01:00
        # (a server on SQLite answers 503 while its database is locked by its own
        # services, e.g. the scheduler writing the nights ahead: asked again, it makes it)
        def made() -> dict[str, Any] | None:
            r = httpx.post(f"{api}/deployments/{dep['id']}/create_flow_run", json={},
                           timeout=10)
            return r.json() if r.status_code == 201 else None
        run = poll("the flow run made", made, limit=60)

        def finished() -> dict[str, Any] | None:
            state = httpx.get(f"{api}/flow_runs/{run['id']}", timeout=5).json()["state"]
            return state if state["type"] in ("COMPLETED", "FAILED", "CRASHED") else None
        state = poll("the flow run's end", finished, limit=300)
        assert state["type"] == "COMPLETED", state
        (packet_run,) = httpx.post(f"{api}/task_runs/filter", json={"flow_runs": {"id": {
            "any_": [run["id"]]}}}, timeout=5).json()

        def read_logged() -> bool:  # sent in batches, the last as the run's process ends
            logs = httpx.post(f"{api}/logs/filter", json={}, timeout=5).json()
            return any(log["task_run_id"] == packet_run["id"] and
                       log["message"].startswith("read: ") for log in logs)
        poll("the packet's log lines", read_logged, limit=60)
    finally:
        errs = stop(served)
    assert "Traceback" not in errs.split("serving night_batch")[0]
    store = connect(f"sqlite:///{tmp_path / 'data' / 'intake.db'}", tmp_path / "data" / "files")
    assert [(c["packet_name"], c["state"]) for c in claims(store)] == [("a", "done")]
    assert list(inbox.iterdir()) == []
    assert (tmp_path / "out" / "a.json").exists()
    artifacts = httpx.post(f"{api}/artifacts/filter", json={}, timeout=5).json()
    assert any(a["key"] == "night-batch-report" and "1 processed" in a["data"]
               for a in artifacts)
    # the packet: a task run of its own, tagged for the limit, with its summary artifact
    assert packet_run["name"] == "packet a" and PACKET_TAG in packet_run["tags"]
    assert packet_run["state"]["type"] == "COMPLETED"
    summary = next(a for a in artifacts if a["key"] == "packet-a")
    assert summary["task_run_id"] == packet_run["id"] and "# a" in summary["data"]
    limit = httpx.get(f"{api}/concurrency_limits/tag/{PACKET_TAG}", timeout=5).json()
    assert limit["concurrency_limit"] == 3

    # paused by someone, then served again (a new release): still one schedule, paused
    dep = deployment(api)
    assert dep is not None
    sid = dep["schedules"][0]["id"]
    httpx.patch(f"{api}/deployments/{dep['id']}/schedules/{sid}", json={"active": False},
                timeout=5).raise_for_status()
    paused = deployment(api)
    assert paused is not None and paused["schedules"][0]["active"] is False
    again = serve(prefect_env, inbox, tmp_path / "out")
    try:
        poll("the deployment served again", lambda: "serving night_batch" in
             (again.stderr.readline() if again.stderr else ""))
        dep = poll("the redeployed deployment", lambda: (d := deployment(api)) and
                   d["updated"] != paused["updated"] and d)
    finally:
        stop(again)
    (sched,) = dep["schedules"]
    assert sched["slug"] == SCHEDULE_SLUG and sched["active"] is False

    # killed with SIGKILL (the command and every process below it: Prefect starts each
    # flow run in a session of its own, as a power cut would) while Tesseract reads a
    # packet: Prefect keeps the flow run and the packet's task run Running, holding the
    # deployment's one slot and a packet slot
    one_scan_packet(inbox / "b", tmp_path / "work")
    slow = tmp_path / "slow-bin"
    slow.mkdir()
    (slow / "tesseract").write_text(f"""#!/bin/sh
case "$*" in *"--psm 0"*|*--version*|*--list-langs*) exec {shutil.which('tesseract')} "$@";;
esac
exec sleep 600
""")
    (slow / "tesseract").chmod(0o755)
    killed = serve(prefect_env | {"PATH": f"{slow}:{os.environ['PATH']}",
                                  "INTAKE_CACHE_DIR": str(tmp_path / "ocr-cache")},
                   inbox, tmp_path / "out")
    try:
        poll("the deployment served a third time", lambda: "serving night_batch" in
             (killed.stderr.readline() if killed.stderr else ""))
        stuck = poll("the flow run made", made, limit=60)

        def packet_task() -> dict[str, Any] | None:
            found = httpx.post(f"{api}/task_runs/filter", json={"flow_runs": {"id": {
                "any_": [stuck["id"]]}}}, timeout=5).json()
            return found[0] if found and found[0]["state"]["type"] == "RUNNING" else None
        poll("packet b being read", packet_task)
        poll("packet b claimed", lambda: ("b", "claimed") in
             [(c["packet_name"], c["state"]) for c in claims(store)])
    finally:
        below = [pid for pid, _ in descendants(killed.pid)]
        os.killpg(killed.pid, signal.SIGKILL)
        for pid in below:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        killed.communicate()

    def flow_state() -> str:
        return str(httpx.get(f"{api}/flow_runs/{stuck['id']}", timeout=5).json()["state"]
                   ["type"])

    def slots() -> int:
        d = deployment(api)
        assert d is not None and d["global_concurrency_limit"] is not None
        return int(httpx.get(f"{api}/v2/concurrency_limits/{d['global_concurrency_limit']['id']}",
                             timeout=5).json()["active_slots"])
    def packet_slots() -> int:
        return int(httpx.get(f"{api}/v2/concurrency_limits/tag:{PACKET_TAG}",
                             timeout=5).json()["active_slots"])
    assert flow_state() == "RUNNING" and slots() == 1 and packet_slots() == 1
    reconciled = intake("reconcile", env=prefect_env)
    assert reconciled.returncode == 0, reconciled.stderr
    assert f"flow run {stuck['name']}" in reconciled.stderr
    assert "is gone" in reconciled.stderr and "set Crashed" in reconciled.stderr
    assert flow_state() == "CRASHED" and slots() == 0 and packet_slots() == 0
    (stuck_task,) = httpx.post(f"{api}/task_runs/filter", json={"flow_runs": {"id": {
        "any_": [stuck["id"]]}}}, timeout=5).json()
    assert stuck_task["name"] == "packet b" and stuck_task["state"]["type"] == "CRASHED"
    again = intake("reconcile", env=prefect_env)  # nothing left to do
    assert again.returncode == 0 and "no nightly flow run is Running" in again.stderr
