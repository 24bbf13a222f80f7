"""The scale-out path, all of it real, on loopback: a PostgreSQL cluster holds both Prefect's
database (with `pg_trgm`) and the database of record; a `prefect server start` on it; the
inbox deployed with `intake deploy` to a process work pool; two `prefect worker start`
processes; two runs triggered at once over one inbox of born-digital packets. Every packet
is processed, stored, claimed and archived exactly once, each flow run is taken by one
worker only, and both workers are still alive at the end."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from sqlalchemy import select

from pipeline.schedule import PACKET_TAG, artifact_key
from store import connect, upgrade
from store.claims import claims, runs
from store.tables import Packet
from tests.cli_run import ROOT, conference_packet
from tests.pg_cluster import Cluster, server_bin
from tests.store_fixtures import BORN_DIGITAL
from tests.test_schedule import _free_port, poll

POOL = "clerks"


def prefect_database(cluster: Cluster) -> str:
    """A database of Prefect's own on the cluster, with the `pg_trgm` extension its server
    needs; the asyncpg URL of it."""
    bin_dir = server_bin()
    assert bin_dir is not None
    control = Path("/usr/share/postgresql") / bin_dir.parent.name / "extension" / "pg_trgm.control"
    if not control.exists():
        pytest.skip(f"the pg_trgm extension is not installed ({control}; Debian's postgresql "
                    "or postgresql-contrib, installed by scripts/bootstrap.sh)")
    name = f"prefect{os.getpid()}"
    dsn = f"host=127.0.0.1 port={cluster.port} user=postgres"
    with psycopg.connect(f"{dsn} dbname=postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    with psycopg.connect(f"{dsn} dbname={name}", autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    return f"postgresql+asyncpg://postgres@127.0.0.1:{cluster.port}/{name}"


def start(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """A process in a group of its own (it and its children end together), output to `log`."""
    with log.open("wb") as out:
        return subprocess.Popen(args, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)


def end(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # whatever of its group is left
    except ProcessLookupError:
        pass


class Site:
    """A department's set-up on one machine: server, database of record, shared inbox."""

    def __init__(self, tmp: Path, cluster: Cluster) -> None:
        self.tmp = tmp
        self.inbox = tmp / "shared" / "inbox"
        self.archive = tmp / "shared" / "archive"
        self.inbox.mkdir(parents=True)
        self.record_url = cluster.new_database()
        self.prefect_url = prefect_database(cluster)
        self.api = f"http://127.0.0.1:{_free_port()}/api"
        base = {k: v for k, v in os.environ.items()
                if not k.startswith(("PREFECT_", "INTAKE_DATABASE_URL"))}
        self.env = base | {
            "PREFECT_HOME": str(tmp / "prefect"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "DO_NOT_TRACK": "1", "PREFECT_API_URL": self.api,
            "PREFECT_WORKER_QUERY_SECONDS": "1", "PREFECT_WORKER_PREFETCH_SECONDS": "1",
            "INTAKE_DATABASE_URL": self.record_url, "INTAKE_DATA_DIR": str(tmp / "data"),
            "INTAKE_CACHE_DIR": str(tmp / "ocr-cache")}
        self.procs: list[subprocess.Popen[bytes]] = []

    def server(self) -> None:
        port = self.api.rsplit(":", 1)[1].split("/")[0]
        env = self.env | {"PREFECT_SERVER_DATABASE_CONNECTION_URL": self.prefect_url}
        self.procs.append(start([sys.executable, "-m", "prefect", "server", "start", "--host",
                                 "127.0.0.1", "--port", port], env, self.tmp / "server.log"))
        poll("the Prefect server", lambda: httpx.get(f"{self.api}/health",
                                                     timeout=2).status_code == 200)

    def worker(self, n: int) -> subprocess.Popen[bytes]:
        env = self.env | {"PREFECT_HOME": str(self.tmp / f"prefect-worker{n}")}
        proc = start([sys.executable, "-m", "prefect", "worker", "start", "--pool", POOL,
                      "--type", "process", "--name", f"worker{n}", "--limit", "1"],
                     env, self.tmp / f"worker{n}.log")
        self.procs.append(proc)
        return proc

    def log(self, name: str) -> str:
        return (self.tmp / name).read_text(errors="replace")


@pytest.fixture
def site(tmp_path: Path, postgres_cluster: Cluster) -> Iterator[Site]:
    s = Site(tmp_path, postgres_cluster)
    try:
        yield s
    finally:
        for proc in reversed(s.procs):
            end(proc)


def test_two_workers_of_a_process_pool_take_each_packet_once(site: Site) -> None:
    names = sorted(p.name for p in BORN_DIGITAL.iterdir() if p.is_dir())[:3]
    for name in names:
        shutil.copytree(BORN_DIGITAL / name, site.inbox / name)
    conference_packet(site.inbox / "z-conf")
    names.append("z-conf")
    store = connect(site.record_url, site.tmp / "data" / "files")
    upgrade(store)

    site.server()
    deployed = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "deploy", str(site.inbox), "--pool", POOL,
         "-o", str(site.tmp / "out"), "--settle", "0", "--jobs", "1"],
        cwd=ROOT, env=site.env, capture_output=True, text=True, timeout=300)
    assert deployed.returncode == 0, deployed.stderr
    assert "prefect worker start --pool clerks" in deployed.stderr
    deployment_id = deployed.stdout.strip()
    dep = httpx.get(f"{site.api}/deployments/{deployment_id}", timeout=10).json()
    assert dep["work_pool_name"] == POOL and dep["parameters"]["inbox"] == str(site.inbox)
    pool = httpx.get(f"{site.api}/work_pools/{POOL}", timeout=10).json()
    assert pool["type"] == "process"
    limit = httpx.get(f"{site.api}/concurrency_limits/tag/{PACKET_TAG}", timeout=10).json()
    assert limit["concurrency_limit"] == 4  # created by intake deploy, for every worker

    workers = [site.worker(1), site.worker(2)]
    flow_runs = [httpx.post(f"{site.api}/deployments/{deployment_id}/create_flow_run",
                            json={}, timeout=10).json()["id"] for _ in range(2)]

    def final(run_id: str) -> dict[str, Any] | None:
        state = httpx.get(f"{site.api}/flow_runs/{run_id}", timeout=5).json()["state"]
        return state if state["type"] in ("COMPLETED", "FAILED", "CRASHED") else None
    for run_id in flow_runs:
        state = poll(f"flow run {run_id} finished", lambda r=run_id: final(r), limit=300)
        assert state["type"] == "COMPLETED", (state, site.log("worker1.log"),
                                              site.log("worker2.log"))

    assert all(w.poll() is None for w in workers), "a worker died"
    # each flow run started by exactly one of the workers (when both try for one run, the
    # server aborts the second's submission: Prefect's own claim on the run)
    logs = site.log("worker1.log") + site.log("worker2.log")
    for run_id in flow_runs:
        run_name = httpx.get(f"{site.api}/flow_runs/{run_id}", timeout=5).json()["name"]
        assert len(re.findall(rf"Flow run '{run_name}' submitted to infrastructure",
                              logs)) == 1, logs

    # each packet a task run of one of the two flow runs, with its summary as an artifact
    packet_runs = httpx.post(f"{site.api}/task_runs/filter", json={"flow_runs": {"id": {
        "any_": flow_runs}}}, timeout=10).json()
    assert sorted(t["name"] for t in packet_runs) == [f"packet {n}" for n in names]
    assert all(PACKET_TAG in t["tags"] and t["state"]["type"] == "COMPLETED"
               for t in packet_runs)
    artifacts = httpx.post(f"{site.api}/artifacts/filter", json={}, timeout=10).json()
    summaries = {a["key"]: a for a in artifacts if a["key"] and a["key"].startswith("packet-")}
    assert sorted(summaries) == sorted(artifact_key(n) for n in names)
    assert {a["task_run_id"] for a in summaries.values()} == {t["id"] for t in packet_runs}
    assert sum(a["key"] == "night-batch-report" for a in artifacts) == 2

    # every packet exactly once: one claim each, done; one row each; archived; inbox empty
    found = claims(store)
    assert sorted(c["packet_name"] for c in found) == names
    assert len({c["content_key"] for c in found}) == len(names)
    assert {c["state"] for c in found} == {"done"}
    with store.session() as s:
        keys = list(s.scalars(select(Packet.content_key)))
    assert len(keys) == len(set(keys)) == len(names)
    assert sorted(p.name for p in site.inbox.iterdir()) == []
    archived = sorted(p.name for day in site.archive.iterdir() for p in day.iterdir())
    assert archived == names
    # the two batch runs, one per flow run, between them processed each packet once
    done = runs(store)
    assert len(done) == 2
    assert sum(r["counts"]["processed"] for r in done) == len(names)
    store.close()

    # Prefect's own runs are in its PostgreSQL database, not in an SQLite file
    with psycopg.connect(site.prefect_url.replace("postgresql+asyncpg://", "postgresql://"),
                         autocommit=True) as conn:
        rows = conn.execute("SELECT id::text, state_type::text FROM flow_run "
                            "WHERE deployment_id = %s", (deployment_id,)).fetchall()
    # the two triggered runs, and the nights ahead that the cron schedule has planned
    assert sorted(i for i, state in rows if state != "SCHEDULED") == sorted(flow_runs)
    assert len(rows) > 2
    assert not list((site.tmp / "prefect").glob("*.db"))


def test_deploy_needs_a_reachable_prefect_server(tmp_path: Path) -> None:
    from tests.cli_run import intake

    none = intake("deploy", str(tmp_path), "--pool", POOL)
    assert none.returncode == 2 and "needs a Prefect server: set PREFECT_API_URL" in none.stderr
    gone = intake("deploy", str(tmp_path), "--pool", POOL,
                  env={"PREFECT_API_URL": f"http://127.0.0.1:{_free_port()}/api"})
    assert gone.returncode == 2, gone.stderr
    assert "Cannot reach the Prefect server" in gone.stderr and "Traceback" not in gone.stderr
