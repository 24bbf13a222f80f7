"""The Prefect flows. They run `stages.run_packet`, the same composition of the stages as the
plain pipeline, with each stage a Prefect task: a thin wrapper over the plain function of
pipeline/stages.py, which holds the logic and is tested directly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from pipeline.prefect_env import configure

configure()  # project-own PREFECT_HOME, analytics off: before Prefect is first imported

from prefect import flow, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402

from core.models import PacketResult  # noqa: E402
from pipeline import stages  # noqa: E402
from pipeline.inbox import run_each  # noqa: E402

T = TypeVar("T")


def as_task(name: str, fn: Callable[..., T], /, *args: Any) -> T:
    """Run one stage as a Prefect task that neither caches nor persists: stages pass live
    objects, in memory."""
    wrap = task(name=name, cache_policy=NO_CACHE, persist_result=False)
    return wrap(fn)(*args)


def _one_packet(packet: Path, out: Path | None, overrides: dict[str, Any] | None,
                manifest_path: Path | None) -> PacketResult:
    intake = as_task("ingest", stages.ingest, packet, overrides, manifest_path)
    return stages.run_packet(intake, out, as_task)


@flow(name="process_packet", log_prints=True)
def process_packet(packet: Path, out: Path | None = None,
                   overrides: dict[str, Any] | None = None,
                   manifest_path: Path | None = None) -> PacketResult:
    """ingest → read → split → classify → extract → validate → score → write."""
    return _one_packet(packet, out, overrides, manifest_path)


@flow(name="process_inbox")
def process_inbox(packets: list[Path], out_dir: Path) -> dict[str, str]:
    """A batch in one flow run, so Prefect's start-up is paid once, not per packet.
    A packet that fails is reported and the others go on."""
    return run_each(packets, out_dir, lambda p, out: _one_packet(p, out, None, None))


def packet_flow_run(packet: Path, intake: stages.Intake, out: Path) -> PacketResult:
    """One packet of `intake batch --prefect` as a flow run named after the packet."""
    named = process_packet.with_options(flow_run_name=f"packet {intake.packet_id}")
    return named(packet, out)
