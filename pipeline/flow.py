"""The Prefect flows. They run `stages.run_packet`, the same composition of the stages as the
plain pipeline, with each stage a Prefect task: a thin wrapper over the plain function of
pipeline/stages.py, which holds the logic and is tested directly."""

from __future__ import annotations

import contextlib
import io
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
from pipeline.schedule import DEPLOYMENT_NAME, SCHEDULE_SLUG, NightSchedule  # noqa: E402

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


@flow(name="night_batch", log_prints=True)
def night_batch(inbox: str, out_dir: str = "out", archive: str | None = None,
                quarantine: str | None = None, settle: float = 30.0,
                jobs: int = 2) -> dict[str, Any]:
    """The nightly run of an inbox (`intake schedule`): `pipeline.batch.run_inbox` on the
    database of record; its report is the flow's result and a markdown artifact."""
    from prefect.artifacts import create_markdown_artifact

    from pipeline.batch import BatchOptions, run_inbox
    from pipeline.schedule import report_markdown
    from pipeline.store_commands import opened

    options = BatchOptions(inbox=Path(inbox), out_dir=Path(out_dir),
                           archive=Path(archive) if archive else None,
                           quarantine=Path(quarantine) if quarantine else None,
                           settle=settle, jobs=jobs)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    with opened() as db:
        report = run_inbox(options, db).report()
    create_markdown_artifact(key="night-batch-report", markdown=report_markdown(report),
                             description=f"intake batch of {inbox}")
    print(f"{report['counts']}")
    return report


def schedule_problem(cron: str, timezone: str) -> str | None:
    """What is wrong with a cron expression or a time zone, as Prefect reads them, or None."""
    from prefect.client.schemas.schedules import CronSchedule
    from pydantic import ValidationError

    try:
        CronSchedule(cron=cron, timezone=timezone)
    except ValidationError as e:
        first = e.errors()[0]
        option = "--cron" if first["loc"] and first["loc"][0] == "cron" else "--timezone"
        return f"{option}: {str(first['msg']).removeprefix('Value error, ')}"
    return None


def serve_nightly(schedule: NightSchedule) -> None:
    """Serve the nightly deployment of `night_batch` with its cron schedule, under a stable
    slug (a redeploy updates it, never re-activates a paused one); blocks until stopped."""
    from prefect import serve
    from prefect.schedules import Cron

    deployment = night_batch.to_deployment(
        DEPLOYMENT_NAME,
        schedules=[Cron(schedule.cron, timezone=schedule.timezone, slug=SCHEDULE_SLUG,
                        active=_schedule_active())],
        parameters=schedule.parameters(),
        description=f"intake batch of {schedule.inbox.resolve()} ({schedule.cron}, "
                    f"{schedule.timezone})",
        concurrency_limit=1)
    # a stop leaves the schedule as it is (Prefect's default pauses it, and the next start
    # could not tell that pause from a person's)
    serve(deployment, print_starting_message=False,  # type: ignore[arg-type]  # sync call
          pause_on_shutdown=False)


def _schedule_active(deployment: str = f"night_batch/{DEPLOYMENT_NAME}") -> bool:
    """False when the deployed schedule of our slug was paused: serving again keeps it so."""
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            existing = client.read_deployment_by_name(deployment)
        except ObjectNotFound:
            return True
    return next((s.active for s in existing.schedules if s.slug == SCHEDULE_SLUG), True)


def deploy_to_pool(schedule: NightSchedule, pool: str, name: str) -> str:
    """Create (or update) a deployment of `night_batch` for the process work pool `pool` on
    the configured server, with the checkout itself as its source (an absolute path: every
    worker runs the flow from the same path), creating the pool if it does not exist.
    Workers on any machine then take its runs; two of them on one inbox never take the
    same packet (the claims of pipeline/batch.py). Returns the deployment's id."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectAlreadyExists
    from prefect.schedules import Cron

    from core.errors import IntakeError
    from core.settings import PROJECT_ROOT

    with get_client(sync_client=True) as client:
        try:
            client.create_work_pool(WorkPoolCreate(name=pool, type="process"))
        except ObjectAlreadyExists:
            kind = client.read_work_pool(pool).type
            if kind != "process":
                raise IntakeError(f"--pool {pool}: a work pool of type {kind!r} exists; "
                                  "give the name of a process pool or a new one") from None
    source = night_batch.from_source(source=str(PROJECT_ROOT),
                                     entrypoint="pipeline/flow.py:night_batch")
    with contextlib.redirect_stdout(io.StringIO()):  # Prefect prints a table: ours is shorter
        deployment_id = source.deploy(  # type: ignore[union-attr]  # sync call
            name, work_pool_name=pool, build=False, push=False, print_next_steps=False,
            ignore_warnings=True,
            schedules=[Cron(schedule.cron, timezone=schedule.timezone, slug=SCHEDULE_SLUG,
                            active=_schedule_active(f"night_batch/{name}"))],
            parameters=schedule.parameters(),
            description=f"intake batch of {schedule.inbox.resolve()} ({schedule.cron}, "
                        f"{schedule.timezone}) on the workers of pool {pool}")
    return str(deployment_id)
