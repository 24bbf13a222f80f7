"""The Prefect flows. They run `stages.run_packet`, the same composition of the stages as the
plain pipeline, with each stage a Prefect task: a thin wrapper over the plain function of
pipeline/stages.py, which holds the logic and is tested directly.

Every task here is tried again for transient errors only (pipeline/transient.py, as its
`retry_condition_fn`), and a failure that will not be tried again is returned as a Failed
state, not raised: Prefect then logs one line with the error, not a traceback, and the
caller gets the exception (the batch quarantines the packet, as without Prefect)."""

from __future__ import annotations

import contextlib
import functools
import io
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from pipeline.prefect_env import configure

configure()  # project-own PREFECT_HOME, analytics off: before Prefect is first imported

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.client.schemas.objects import TaskRun  # noqa: E402
from prefect.states import Failed, State  # noqa: E402

from core.errors import IntakeError  # noqa: E402
from core.models import PacketResult  # noqa: E402
from pipeline import stages  # noqa: E402
from pipeline.inbox import run_each  # noqa: E402
from pipeline.progress import StageProgress  # noqa: E402
from pipeline.schedule import (  # noqa: E402
    DEPLOYMENT_NAME,
    PACKET_TAG,
    SCHEDULE_SLUG,
    NightSchedule,
    artifact_key,
    packet_markdown,
)
from pipeline.transient import RETRIES, RETRY_DELAYS, describe, is_transient  # noqa: E402

T = TypeVar("T")


def _transient_failure(_task: Any, _run: TaskRun, state: State[Any]) -> bool:
    """Prefect's `retry_condition_fn`: try the task again for a transient error only."""
    return isinstance(state.data, BaseException) and is_transient(state.data)


def _error_text(e: BaseException) -> str:
    if is_transient(e):
        return describe(e)
    if isinstance(e, IntakeError):
        return e.message
    return f"{type(e).__name__}: {e}"


def _settled(fn: Callable[..., T]) -> Callable[..., T | State[Any]]:
    """A task's body: a transient error is raised while Prefect will try again; any other
    failure (or the last try's) is returned as a Failed state with the exception as its
    data, so Prefect logs its message and no traceback."""
    @functools.wraps(fn)
    def body(*args: Any, **kwargs: Any) -> T | State[Any]:
        from prefect.runtime import task_run

        try:
            return fn(*args, **kwargs)
        except Exception as e:
            if is_transient(e) and int(task_run.run_count or 1) <= RETRIES:
                raise
            return Failed(message=_error_text(e), data=e)
    return body


def _value(outcome: T | State[Any]) -> T:
    """A task's return: its value, or the exception of its Failed state raised here."""
    if isinstance(outcome, State):
        if isinstance(outcome.data, BaseException):
            raise outcome.data
        raise RuntimeError(outcome.message or "the task failed")
    return outcome


def _task(name: str, fn: Callable[..., Any], **options: Any) -> Any:
    """A Prefect task over `fn` that neither caches nor persists (stages pass live objects,
    in memory), tried again for transient errors only."""
    return task(name=name, cache_policy=NO_CACHE, persist_result=False, retries=RETRIES,
                retry_delay_seconds=list(RETRY_DELAYS),
                retry_condition_fn=_transient_failure, **options)(_settled(fn))


def as_task(name: str, fn: Callable[..., T], /, *args: Any) -> T:
    """Run one stage as a Prefect task, its time logged to the flow run's logger."""
    def logged(*a: Any) -> T:
        return StageProgress(None, get_run_logger())(name, fn, *a)  # type: ignore[arg-type]
    return _value(_task(name, logged)(*args))


def _one_packet(packet: Path, out: Path | None, overrides: dict[str, Any] | None,
                manifest_path: Path | None) -> PacketResult:
    intake = as_task("ingest", stages.ingest, packet, overrides, manifest_path)
    return stages.run_packet(intake, out, as_task)


@flow(name="process_packet", log_prints=True)
def process_packet(packet: Path, out: Path | None = None,
                   overrides: dict[str, Any] | None = None,
                   manifest_path: Path | None = None) -> PacketResult | State[Any]:
    """ingest → read → split → classify → extract → validate → score → write. A failure
    is the flow run's Failed state (the caller gets its exception), not a traceback."""
    try:
        return _one_packet(packet, out, overrides, manifest_path)
    except Exception as e:
        get_run_logger().error("%s: %s", packet.name, _error_text(e))
        return Failed(message=_error_text(e), data=e)


def _read_packet(intake: stages.Intake, out: Path) -> PacketResult:
    """One packet of the nightly flow: the stages, each stage's time in the task run's
    log; its summary as the markdown artifact `packet-ID`."""
    from prefect.artifacts import create_markdown_artifact

    logger = get_run_logger()
    logger.info("%s: %d files", intake.packet_id, len(intake.files))
    result = stages.run_packet(intake, out, StageProgress(None, logger))  # type: ignore[arg-type]
    create_markdown_artifact(key=artifact_key(intake.packet_id),
                             markdown=packet_markdown(result),
                             description=f"packet {intake.packet_id}")
    flags = sum(len(d.flags) for d in result.documents)
    logger.info("%s: %d documents, %d flags, %d proposals", intake.packet_id,
                len(result.documents), flags, len(result.proposals))
    return result


read_packet = _task("packet", _read_packet, tags=[PACKET_TAG])


def packet_task_run(_packet: Path, intake: stages.Intake, out: Path) -> PacketResult:
    """One packet of the nightly flow as a task run named after it (`packet ID`), tagged
    for the packet concurrency limit."""
    named = read_packet.with_options(task_run_name=f"packet {intake.packet_id}")
    return _value(named(intake, out))  # type: ignore[no-any-return]


@flow(name="process_inbox")
def process_inbox(packets: list[Path], out_dir: Path) -> dict[str, str]:
    """A batch in one flow run, so Prefect's start-up is paid once, not per packet.
    A packet that fails is reported and the others go on."""
    return run_each(packets, out_dir, lambda p, out: _one_packet(p, out, None, None))


def recorded(packet: Path, out: Path | None = None, overrides: dict[str, Any] | None = None,
             manifest_path: Path | None = None) -> PacketResult:
    """`intake process --prefect`: one flow run of `process_packet`; its failure raised."""
    return _value(process_packet(packet, out, overrides, manifest_path))


def packet_flow_run(packet: Path, intake: stages.Intake, out: Path) -> PacketResult:
    """One packet of `intake batch --prefect` as a flow run named after the packet."""
    named = process_packet.with_options(flow_run_name=f"packet {intake.packet_id}")
    return _value(named(packet, out))


@flow(name="night_batch", log_prints=True)
def night_batch(inbox: str, out_dir: str = "out", archive: str | None = None,
                quarantine: str | None = None, settle: float = 30.0,
                jobs: int = 2) -> dict[str, Any]:
    """The nightly run of an inbox (`intake schedule`, `intake deploy`):
    `pipeline.batch.run_inbox` on the database of record, each packet a task run of its
    own (`packet ID`, with its log lines and its summary as an artifact); the run's id is
    the flow run's. First the flow runs of this flow left Running by a dead worker are
    crashed. The report is the flow's result and a markdown artifact."""
    from prefect.artifacts import create_markdown_artifact
    from prefect.runtime import flow_run

    from pipeline.batch import BatchOptions, run_inbox
    from pipeline.schedule import report_markdown
    from pipeline.store_commands import opened

    options = BatchOptions(inbox=Path(inbox), out_dir=Path(out_dir),
                           archive=Path(archive) if archive else None,
                           quarantine=Path(quarantine) if quarantine else None,
                           settle=settle, jobs=jobs)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    logger = get_run_logger()
    run_id = uuid.UUID(str(flow_run.id)).hex if flow_run.id else None
    with opened() as db:
        for line in reconcile(db, exclude=run_id):
            logger.warning(line)
        report = run_inbox(options, db, packet_task_run, run_id=run_id).report()
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


def reconcile(db: Any, exclude: str | None = None,
              stuck_after: float | None = None) -> list[str]:
    """Set Crashed the flow runs of `night_batch` that the server has Running but whose
    worker is dead (pipeline/reconcile.py), and their task runs still Running: their
    concurrency slots are freed. `exclude`: the id (hex) of the caller's own flow run.
    Returns a line per run crashed."""
    import datetime as dt

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        FlowFilter,
        FlowFilterName,
        FlowRunFilter,
        FlowRunFilterId,
        FlowRunFilterState,
        FlowRunFilterStateType,
        TaskRunFilter,
        TaskRunFilterState,
        TaskRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.states import Crashed

    from pipeline.reconcile import RunningFlow, dead_because
    from pipeline.schedule import STUCK_AFTER
    from store.claims import run_lives

    limit = dt.timedelta(seconds=STUCK_AFTER if stuck_after is None else stuck_after)
    running = FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.RUNNING]))
    lines = []
    with get_client(sync_client=True) as client:
        flow_runs = client.read_flow_runs(
            flow_filter=FlowFilter(name=FlowFilterName(any_=["night_batch"])),
            flow_run_filter=FlowRunFilter(state=running))
        lives = run_lives(db, [r.id.hex for r in flow_runs])
        now = dt.datetime.now(dt.UTC)
        for r in flow_runs:
            if r.id.hex == exclude:
                continue
            why = dead_because(RunningFlow(r.id.hex, r.name, r.start_time), lives.get(r.id.hex),
                               now, limit)
            if why is None:
                continue
            message = f"reconciled: {why}"
            client.set_flow_run_state(r.id, Crashed(message=message), force=True)
            tasks = client.read_task_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[r.id])),
                task_run_filter=TaskRunFilter(state=TaskRunFilterState(
                    type=TaskRunFilterStateType(any_=[StateType.RUNNING]))))
            for t in tasks:
                client.set_task_run_state(t.id, Crashed(message=message), force=True)
            lines.append(f"flow run {r.name} ({r.id}) was Running with a dead worker "
                         f"({why}): set Crashed")
    return lines


def ensure_packet_limit(limit: int) -> str:
    """The task concurrency limit of the packets' tag, created with `limit` slots if the
    server has none (one that exists is left as someone set it). Says which."""
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            existing = client.read_concurrency_limit_by_tag(PACKET_TAG)
        except ObjectNotFound:
            client.create_concurrency_limit(tag=PACKET_TAG, concurrency_limit=limit)
            return f"packets at once on this server: {limit} (concurrency limit of tag " \
                   f"{PACKET_TAG}, created)"
    return f"packets at once on this server: {existing.concurrency_limit} (concurrency " \
           f"limit of tag {PACKET_TAG}, as set before)"
