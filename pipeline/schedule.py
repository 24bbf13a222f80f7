"""`intake schedule`: the nightly batch as a Prefect deployment served with a cron
schedule (the deployment itself is in pipeline/flow.py, the one module that imports
Prefect; this module holds what needs no Prefect).

The schedule has a stable slug, so serving again (a new release, a restart) updates the
same schedule instead of adding one, and never re-activates a schedule someone paused.
Prefect's temporary server runs no schedules: the deployment is served to the server of
PREFECT_API_URL, or to a `prefect server` this command starts itself (and says so).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import IntakeError

DEFAULT_CRON = "0 1 * * *"
SCHEDULE_SLUG = "intake-nightly"
DEPLOYMENT_NAME = "nightly"
# the tag of every packet's task run: Prefect's task concurrency limit of this tag bounds
# the packets read at once across every worker of the server (`intake deploy`, `intake
# schedule` create it with --packet-limit when it does not exist)
PACKET_TAG = "intake-packet"
DEFAULT_PACKET_LIMIT = 4
# a flow run of the nightly flow still Running with no heartbeat for this long is crashed
STUCK_AFTER = 300.0


@dataclass(frozen=True)
class NightSchedule:
    inbox: Path
    out_dir: Path
    cron: str = DEFAULT_CRON
    timezone: str = "UTC"
    archive: Path | None = None
    quarantine: Path | None = None
    settle: float = 30.0
    jobs: int = 2

    def parameters(self) -> dict[str, Any]:
        """The flow's parameters: absolute paths (the runs start elsewhere)."""
        return {"inbox": str(self.inbox.resolve()), "out_dir": str(self.out_dir.resolve()),
                "archive": str(self.archive.resolve()) if self.archive else None,
                "quarantine": str(self.quarantine.resolve()) if self.quarantine else None,
                "settle": self.settle, "jobs": self.jobs}


def precheck(cron: str, timezone: str) -> None:
    """The mistakes that need no Prefect to see (before a server is started): a cron
    expression of other than five fields, an unknown time zone. Prefect checks the rest."""
    import zoneinfo

    if len(cron.split()) != 5:
        raise IntakeError(f"--cron {cron!r}: give five fields, minute hour day month weekday "
                          f"(e.g. '{DEFAULT_CRON}': 01:00 every day)")
    try:
        zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise IntakeError(f"--timezone {timezone!r} is not a time zone (an IANA name such "
                          "as 'America/Chicago', or 'UTC')") from None


def report_markdown(report: dict[str, Any]) -> str:
    """The run report as the markdown artifact the Prefect UI shows."""
    c = report["counts"]
    lines = [f"# intake batch {report['run_id'][:8]}", "",
             f"{c['processed']} processed, {c['skipped']} skipped, {c['quarantined']} "
             f"quarantined; {report['pages']} pages, {report['documents']} documents; "
             f"{report['seconds']:.1f} s", "", "| packet | outcome | why |", "|---|---|---|"]
    lines += [f"| {p['packet']} | {p['state']} | {p['why'].splitlines()[0] if p['why'] else ''} |"
              for p in report["packets"]]
    if report["flags"]:
        lines += ["", "| flag | documents |", "|---|---|"]
        lines += [f"| {code} | {n} |" for code, n in report["flags"].items()]
    return "\n".join(lines) + "\n"


def artifact_key(packet_id: str) -> str:
    """A packet's artifact key: Prefect allows lower-case letters, digits and dashes."""
    return "packet-" + (re.sub(r"[^a-z0-9]+", "-", packet_id.lower()).strip("-") or "unnamed")


def packet_markdown(result: Any) -> str:
    """A packet's summary (a PacketResult) as the markdown artifact the Prefect UI shows:
    who and what, its documents with their flags, the proposed credits and the totals."""
    a = result.applicant
    lines = [f"# {result.packet_id}", "",
             f"{result.program} · {a.name} (region {a.region}) · received "
             f"{result.received_date}", "", "| document | pages | kind | flags |",
             "|---|---|---|---|"]
    lines += [f"| {d.id} | {d.source} {','.join(map(str, d.pages))} | {d.kind} | "
              f"{', '.join(_value(f.code) for f in d.flags) or 'ok'} |"
              for d in result.documents]
    if result.proposals:
        lines += ["", "| document | category | points | rule |", "|---|---|---|---|"]
        lines += [f"| {p.document_id} | {_value(p.category)} | "
                  f"{'a reviewer sets it' if p.points is None else f'{p.points:g}'} | "
                  f"{p.rule} |" for p in result.proposals]
    if result.totals:
        lines += ["", "| category | points | required | still needed |", "|---|---|---|---|"]
        lines += [f"| {_value(c)} | {t.points:g} | {t.required} | {t.needed:g} |"
                  for c, t in result.totals.items()]
    if result.status is not None and result.status.determination:
        lines += ["", result.status.determination]
    return "\n".join(lines) + "\n"


def _value(member: Any) -> str:
    return str(getattr(member, "value", member))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _healthy(api: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api}/health", timeout=2) as r:  # noqa: S310 (loopback)
            return bool(r.status == 200)
    except OSError:
        return False


def start_local_server(timeout: float = 120) -> tuple[subprocess.Popen[bytes], str]:
    """A `prefect server start` of our own on loopback (its database in PREFECT_HOME);
    returns the process and its API URL once it answers."""
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host",
                             "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    end = time.monotonic() + timeout
    while not _healthy(api):
        if proc.poll() is not None or time.monotonic() > end:
            proc.kill()
            raise IntakeError("Could not start a local Prefect server (prefect server start); "
                              "start one and set PREFECT_API_URL")
        time.sleep(0.5)
    return proc, api


def configured_api() -> str | None:
    return os.environ.get("PREFECT_API_URL") or None
