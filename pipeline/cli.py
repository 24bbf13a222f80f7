"""The `intake` command line.

Nothing heavy is imported at start (no Prefect, no spaCy, no pipeline stages): `--help`
and a bad option answer at once, and the stages are imported by the command that runs them.
Every error reaches the user as one line and an exit code (core/errors.py, docs/interface.md).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.text import Text

from core.errors import ExitCode, IntakeError, OutputError
from pipeline.guard import err, guarded, log
from pipeline.store_commands import db_app, users_app

if TYPE_CHECKING:
    from core.models import PacketResult
    from pipeline.stages import Intake
    from store import Store

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False)
app.add_typer(users_app, name="users")
app.add_typer(db_app, name="db")


# ---------------------------------------------------------------- logging, settings

def _logging(verbose: bool) -> None:
    from rich.logging import RichHandler

    root = logging.getLogger()
    if not any(isinstance(h, RichHandler) for h in root.handlers):
        root.addHandler(RichHandler(console=err, show_path=False, rich_tracebacks=False))
    root.setLevel(logging.DEBUG if verbose else logging.WARNING)
    for noisy in ("PIL", "httpx", "httpcore", "asyncio"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    # pdfminer warns of font quirks of real issuers' PDFs ("Could not get FontBBox") that
    # change nothing read; a clerk sees them only with --verbose
    logging.getLogger("pdfminer").setLevel(logging.WARNING if verbose else logging.ERROR)


def _check_settings() -> None:
    """Warn of an INTAKE_* variable that names no setting (a typo would be ignored); a
    setting out of its bounds is an error (exit 2) before any work."""
    from core.settings import get_settings, unknown_settings

    for var, close in unknown_settings():
        hint = f"; did you mean {close}?" if close else ""
        err.print(Text.assemble(("warning: ", "bold yellow"),
                                f"{var} is not a setting and is ignored{hint}"), soft_wrap=True)
    get_settings()


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version
        try:
            typer.echo(f"clerk-intake {version('clerk-intake')}")
        except PackageNotFoundError:
            typer.echo("clerk-intake (not installed)")
        raise typer.Exit()


Verbose = Annotated[bool, typer.Option("--verbose", "-v",
                                       help="log each stage and its time (and the traceback "
                                            "of an internal error) on stderr")]


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="print the version and exit")] = False,
    verbose: Verbose = False,
) -> None:
    """clerk-intake: IIMC designation packets to reviewed credit proposals.

    Exit codes:
    0 processed (flags are results, not errors)
    2 bad invocation, manifest or setting (the message names it)
    3 nothing in the packet could be read
    4 a batch quarantined some packets (the others were processed)
    70 internal error (a bug; --verbose shows the traceback)
    73 the result could not be written
    75 the database of record could not be opened or written
    130 interrupted
    """
    _logging(verbose)


# ---------------------------------------------------------------- options people type

def _date_option(text: str) -> dt.date:
    from pipeline.manifest import parse_date
    try:
        return parse_date(text)
    except ValueError as e:  # shown as "Invalid value for '--received-date': ..."
        raise typer.BadParameter(str(e)) from None


def _program_option(text: str) -> str:
    from core.models import Program

    value = text.strip().upper()
    if value not in {p.value for p in Program}:
        raise typer.BadParameter(f"'{text}' is not a program: give CMC or MMC")
    return value


def _overrides(program: str | None, name: str | None, region: int | None,
               prior: dt.date | None, received: dt.date | None,
               member_id: str | None) -> dict[str, Any]:
    given = {
        "program": program, "applicant.name": name,
        "applicant.region": region,
        "prior_designation_date": prior.isoformat() if prior else None,
        "received_date": received.isoformat() if received else None,
        "applicant.member_id": member_id,
    }
    return {k: v for k, v in given.items() if v is not None}


def _use_prefect(asked: bool | None) -> bool:
    """Record a Prefect flow run when asked (--prefect), else only where a Prefect server is
    configured: without one, Prefect starts a temporary server first (10 s and more)."""
    return asked if asked is not None else bool(os.environ.get("PREFECT_API_URL"))


def _writable(path: Path, option: str) -> None:
    """Fail before any work when the result cannot be written where asked."""
    if path.is_dir():
        raise OutputError(f"Cannot write the result to {option} {path}: it is a folder "
                          "(give a file name, e.g. result.json)")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"Cannot write the result to {option} {path}: {path.parent} is a "
                          "file, not a folder") from None
    except OSError as e:
        raise OutputError(f"Cannot write the result to {option} {path}: cannot create "
                          f"{path.parent} ({e.strerror or e})") from None
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise OutputError(f"Cannot write the result to {option} {path}: permission denied")


StoreOption = Annotated[bool, typer.Option(
    "--store/--no-store",
    help="store the result in the database of record as well (INTAKE_DATABASE_URL, default "
         ".data/intake.db; a packet stored before is not stored twice)")]

PacketLimitOption = Annotated[int, typer.Option(
    min=1, max=256,
    help="packets read at once by all the server's workers together (Prefect's task "
         "concurrency limit of tag intake-packet, created when missing; one that exists "
         "is kept)")]

PrefectOption = Annotated[bool | None, typer.Option(
    "--prefect/--no-prefect",
    help="record a Prefect flow run (default: only when PREFECT_API_URL names a server; "
         "otherwise the stages run directly, without Prefect's temporary server)",
    show_default=False)]


# ---------------------------------------------------------------- commands

@app.command()
@guarded
def process(
    packet: Annotated[Path, typer.Argument(
        help="a packet folder with packet.json, or one PDF or image file (PNG, JPEG, TIFF) "
             "with NAME.json beside it or the manifest given as options")],
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", help="result JSON file; '-' or none: stdout (the summary then goes "
                            "to stderr)")] = None,
    manifest: Annotated[Path | None, typer.Option(help="manifest file to use instead")] = None,
    program: Annotated[str | None, typer.Option(
        parser=_program_option, metavar="CMC|MMC",
        help="the designation applied for: CMC or MMC (cmc works too)")] = None,
    name: Annotated[str | None, typer.Option(help="applicant name")] = None,
    region: Annotated[int | None, typer.Option(min=1, max=11, help="IIMC region")] = None,
    prior_designation_date: Annotated[dt.date | None, typer.Option(
        parser=_date_option, metavar="DATE",
        help="MMC: date of the CMC designation (YYYY-MM-DD or MM/DD/YYYY)")] = None,
    received_date: Annotated[dt.date | None, typer.Option(
        parser=_date_option, metavar="DATE",
        help="YYYY-MM-DD or MM/DD/YYYY; default today when no manifest file")] = None,
    member_id: Annotated[str | None, typer.Option(help="IIMC member id")] = None,
    prefect: PrefectOption = None,
    store: StoreOption = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no summary")] = False,
    verbose: Verbose = False,
) -> None:
    """Process one packet, write its result JSON and store it in the database of record."""
    if verbose:
        _logging(True)
    _check_settings()
    overrides = _overrides(program, name, region, prior_designation_date, received_date,
                           member_id)
    if overrides and "received_date" not in overrides and manifest is None \
            and not _manifest_exists(packet):
        overrides["received_date"] = dt.date.today().isoformat()
    to_stdout = out is None or str(out) == "-"
    if out is not None and not to_stdout:
        _writable(out, "--out")
    result, intake = _run(packet, None if to_stdout else out, overrides or None, manifest,
                          _use_prefect(prefect))
    if not quiet:
        from pipeline.summary import print_summary
        print_summary(result, err if to_stdout else Console())
    if to_stdout:
        sys.stdout.write(json.dumps(result.model_dump(mode="json"), indent=2) + "\n")
        sys.stdout.flush()
    if store:
        from pipeline.store_commands import store_results
        store_results([(result, intake.manifest, intake.root)], quiet=quiet)
    from pipeline.stages import nothing_readable
    if nothing_readable(result):
        err.print(Text.assemble(("error: ", "bold red"), "no document of the packet could "
                                "be read; see the flags in the result"))
        raise typer.Exit(int(ExitCode.unreadable_packet))


def _manifest_exists(packet: Path) -> bool:
    from pipeline.manifest import manifest_path_for
    return manifest_path_for(packet).exists()


def _run(packet: Path, out: Path | None, overrides: dict[str, Any] | None,
         manifest: Path | None, prefect: bool) -> tuple[PacketResult, Intake]:
    from pipeline import stages
    intake = stages.ingest(packet, overrides, manifest)  # a bad manifest fails fast
    if prefect:
        log.info("recording a Prefect flow run")
        from pipeline.flow import recorded
        return recorded(packet, out, overrides, manifest), intake
    from pipeline.progress import stages_shown
    with stages_shown(err) as runner:
        result = stages.run_packet(intake, None, runner)
    if out is not None:
        try:
            stages.write_result(result, out)
        except OSError as e:
            raise OutputError(f"Cannot write the result to --out {out}: "
                              f"{e.strerror or e}") from None
    return result, intake


@app.command()
@guarded
def batch(
    inbox: Annotated[Path, typer.Argument(
        help="folder of packets: folders with packet.json, and PDF or image files with "
             "NAME.json beside them")],
    out_dir: Annotated[Path, typer.Option("--out-dir", "-o")] = Path("out"),
    archive: Annotated[Path | None, typer.Option(
        help="where processed packets go, in a folder per day (default INBOX/../archive)")]
    = None,
    quarantine: Annotated[Path | None, typer.Option(
        help="where packets that failed go, each with NAME.ERROR.txt beside it, in a "
             "folder per day (default INBOX/../quarantine)")] = None,
    move: Annotated[bool, typer.Option(
        "--move/--no-move",
        help="move each packet out of the inbox when done (--no-move: leave every packet "
             "where it is, e.g. a sample set; the database still skips it next time)")]
    = True,
    settle: Annotated[float, typer.Option(
        min=0, metavar="SECONDS",
        help="a packet with a file changed less than this long ago is still being written: "
             "left for the next run")] = 30.0,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", min=1, max=32, help="packets processed at a time")] = 2,
    claim_timeout: Annotated[float, typer.Option(
        min=1, metavar="SECONDS",
        help="a claim whose worker's heartbeat (renewed every few seconds) is older than "
             "this is freed at start-up: its worker is presumed dead")]
    = 300.0,
    report: Annotated[Path | None, typer.Option(
        "--report", help="write the run report as JSON to this file")] = None,
    prefect: PrefectOption = None,
    store: StoreOption = True,
    summary: Annotated[bool, typer.Option(
        help="print a line per packet processed in this run")] = False,
    verbose: Verbose = False,
) -> None:
    """Process every new packet of an inbox once, then archive it; a failed one is quarantined.

    Each result is written and stored before its packet leaves the inbox; a packet that
    fails goes to quarantine with its error beside it and the others go on. Exit 0: all
    processed (or nothing to do); 4: some quarantined."""
    if verbose:
        _logging(True)
    _check_settings()
    if not inbox.is_dir():
        raise IntakeError(f"No such inbox folder: {inbox}")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"Cannot write results to --out-dir {out_dir}: "
                          f"{e.strerror or e}") from None
    if not os.access(out_dir, os.W_OK):
        raise OutputError(f"Cannot write results to --out-dir {out_dir}: permission denied")
    if report is not None:
        _writable(report, "--report")
    from pipeline.batch import BatchOptions
    options = BatchOptions(inbox=inbox, out_dir=out_dir, archive=archive,
                           quarantine=quarantine, settle=settle,
                           jobs=1 if _use_prefect(prefect) else jobs,
                           claim_timeout=claim_timeout, move=move)
    if store:
        from pipeline.store_commands import opened, shown_url
        with opened() as db:
            run = _run_batch(options, _use_prefect(prefect), db)
            where = f" and stored in {shown_url(db.url)}"
    else:
        run, where = _run_batch(options, _use_prefect(prefect)), ""
    console = Console()
    from pipeline.run_report import one_line, print_report, print_summary
    print_report(run, console)
    c = run.counts()
    console.print(f"{c['processed']} of {c['found']} packets processed into {out_dir}{where}",
                  soft_wrap=True, highlight=False)
    for o in run.quarantined:
        err.print(Text.assemble((o.name, "red"), f": quarantined: {one_line(o.why)}"),
                  soft_wrap=True)
    if summary:
        print_summary(run, console)
    if report is not None:
        try:
            report.write_text(json.dumps(run.report(), indent=2) + "\n", encoding="utf-8")
        except OSError as e:
            raise OutputError(f"Cannot write the report to --report {report}: "
                              f"{e.strerror or e}") from None
    if run.quarantined:
        raise typer.Exit(int(ExitCode.quarantined))


def _run_batch(options: Any, prefect: bool, db: Store | None = None) -> Any:
    """Scan, process and move (pipeline/batch.py); with Prefect, each packet is a flow run
    named after it."""
    from pipeline.batch import Batch
    from pipeline.progress import counted
    from pipeline.run_report import print_found

    process = None
    if prefect:
        log.info("recording a Prefect flow run per packet")
        from pipeline.flow import packet_flow_run
        process = packet_flow_run
    batch_run = Batch(options, db, process)
    scan = batch_run.begin()
    print_found(batch_run.run, err)
    with counted(err, "packets", len(scan.packets)) as step:
        return batch_run.execute(done=lambda o: step(o.name))


@app.command()
@guarded
def schedule(
    inbox: Annotated[Path, typer.Argument(help="the inbox folder the night processes")],
    out_dir: Annotated[Path, typer.Option("--out-dir", "-o")] = Path("out"),
    cron: Annotated[str, typer.Option(
        help="when: a cron expression (default 01:00 every day)")] = "0 1 * * *",
    timezone: Annotated[str, typer.Option(
        help="the cron's time zone, an IANA name (America/Chicago)")] = "UTC",
    archive: Annotated[Path | None, typer.Option(help="as for intake batch")] = None,
    quarantine: Annotated[Path | None, typer.Option(help="as for intake batch")] = None,
    settle: Annotated[float, typer.Option(min=0, metavar="SECONDS")] = 30.0,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, max=32)] = 2,
    packet_limit: PacketLimitOption = 4,
    verbose: Verbose = False,
) -> None:
    """Serve the nightly batch of an inbox as a Prefect deployment with a cron schedule.

    It uses PREFECT_API_URL's server, or starts a local Prefect server of its own and says
    so; it runs until stopped."""
    if verbose:
        _logging(True)
    _check_settings()
    if not inbox.is_dir():
        raise IntakeError(f"No such inbox folder: {inbox}")
    from pipeline.schedule import NightSchedule, configured_api, precheck, start_local_server
    precheck(cron, timezone)
    plan = NightSchedule(inbox=inbox, out_dir=out_dir, cron=cron, timezone=timezone,
                         archive=archive, quarantine=quarantine, settle=settle, jobs=jobs)
    server = None
    api = configured_api()
    if api is None:
        server, api = start_local_server()
        os.environ["PREFECT_API_URL"] = api
        err.print(f"no PREFECT_API_URL: started a local Prefect server at {api} (its "
                  "database in PREFECT_HOME); it stops with this command", soft_wrap=True,
                  highlight=False)
    from pipeline.flow import ensure_packet_limit, schedule_problem, serve_nightly
    problem = schedule_problem(cron, timezone)
    if problem is not None:
        if server is not None:
            server.terminate()
        raise IntakeError(problem)
    err.print(ensure_packet_limit(packet_limit), soft_wrap=True, highlight=False)
    _reconcile_shown()  # this command restarted after a crash: its runs are freed first
    from pipeline.schedule import DEPLOYMENT_NAME, SCHEDULE_SLUG
    err.print(f"serving night_batch/{DEPLOYMENT_NAME} on {api}: {cron} ({timezone}), "
              f"schedule {SCHEDULE_SLUG}, inbox {inbox.resolve()}", soft_wrap=True,
              highlight=False)
    try:
        serve_nightly(plan)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)


@app.command()
@guarded
def deploy(
    inbox: Annotated[Path, typer.Argument(help="the shared inbox folder the workers process")],
    pool: Annotated[str, typer.Option(help="the process work pool the workers poll "
                                           "(created if it does not exist)")],
    name: Annotated[str, typer.Option(help="the deployment's name")] = "inbox",
    out_dir: Annotated[Path, typer.Option("--out-dir", "-o")] = Path("out"),
    cron: Annotated[str, typer.Option(
        help="when: a cron expression (default 01:00 every day)")] = "0 1 * * *",
    timezone: Annotated[str, typer.Option(
        help="the cron's time zone, an IANA name (America/Chicago)")] = "UTC",
    archive: Annotated[Path | None, typer.Option(help="as for intake batch")] = None,
    quarantine: Annotated[Path | None, typer.Option(help="as for intake batch")] = None,
    settle: Annotated[float, typer.Option(min=0, metavar="SECONDS")] = 30.0,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, max=32)] = 2,
    packet_limit: PacketLimitOption = 4,
    verbose: Verbose = False,
) -> None:
    """Deploy the nightly batch of an inbox to a Prefect server's process work pool.

    Needs PREFECT_API_URL (a `prefect server start`, on PostgreSQL for several workers).
    Then `prefect worker start --pool POOL` on each machine runs it; the workers need this
    checkout at the same path, the same environment and INTAKE_DATABASE_URL, and the inbox
    as a shared folder."""
    if verbose:
        _logging(True)
    _check_settings()
    if not inbox.is_dir():
        raise IntakeError(f"No such inbox folder: {inbox}")
    from pipeline.schedule import NightSchedule, configured_api, precheck
    precheck(cron, timezone)
    api = configured_api()
    if api is None:
        raise IntakeError("intake deploy needs a Prefect server: set PREFECT_API_URL (e.g. "
                          "http://HOST:4200/api of a `prefect server start`)")
    from pipeline.flow import deploy_to_pool, ensure_packet_limit, schedule_problem
    problem = schedule_problem(cron, timezone)
    if problem is not None:
        raise IntakeError(problem)
    plan = NightSchedule(inbox=inbox, out_dir=out_dir, cron=cron, timezone=timezone,
                         archive=archive, quarantine=quarantine, settle=settle, jobs=jobs)
    import httpx
    try:
        deployment_id = deploy_to_pool(plan, pool, name)
        limit = ensure_packet_limit(packet_limit)
    except httpx.TransportError as e:
        raise IntakeError(f"Cannot reach the Prefect server at PREFECT_API_URL {api}: "
                          f"{e}") from None
    sys.stdout.write(f"{deployment_id}\n")
    err.print(f"deployed night_batch/{name} to work pool {pool} on {api}: {cron} "
              f"({timezone}), inbox {inbox.resolve()}; {limit}; on each machine run: intake "
              f"reconcile, then prefect worker start --pool {pool}", soft_wrap=True,
              highlight=False)


@app.command()
@guarded
def reconcile(
    stuck_after: Annotated[float, typer.Option(
        min=1, metavar="SECONDS",
        help="a run of another host with no heartbeat for this long is dead")] = 300.0,
    verbose: Verbose = False,
) -> None:
    """Set Crashed the nightly flow runs a dead worker left Running, freeing their slots.

    Run it when a worker machine starts, before `prefect worker start` (the nightly flow
    also does it when it starts). Needs PREFECT_API_URL and INTAKE_DATABASE_URL."""
    if verbose:
        _logging(True)
    _check_settings()
    from pipeline.schedule import configured_api
    api = configured_api()
    if api is None:
        raise IntakeError("intake reconcile needs a Prefect server: set PREFECT_API_URL")
    import httpx
    try:
        shown = _reconcile_shown(stuck_after)
    except httpx.TransportError as e:
        raise IntakeError(f"Cannot reach the Prefect server at PREFECT_API_URL {api}: "
                          f"{e}") from None
    if not shown:
        err.print("no nightly flow run is Running with a dead worker", highlight=False)


def _reconcile_shown(stuck_after: float | None = None) -> list[str]:
    """Crash the nightly flow runs of dead workers (pipeline/flow.py: reconcile), each
    said on stderr."""
    from pipeline.flow import reconcile as crash_dead
    from pipeline.store_commands import opened

    with opened() as db:
        lines = crash_dead(db, stuck_after=stuck_after)
    for line in lines:
        err.print(line, soft_wrap=True, highlight=False)
    return lines


@app.command()
@guarded
def schema(
    manifest: Annotated[bool, typer.Option(
        "--manifest", help="the manifest's (packet.json) schema instead of the result's")] = False,
) -> None:
    """Print the result's JSON Schema (or the manifest's, with --manifest)."""
    from core.models import Manifest, PacketResult
    model = Manifest.model_json_schema() if manifest else \
        PacketResult.model_json_schema(mode="serialization")
    sys.stdout.write(json.dumps(model, indent=2) + "\n")


@app.command("eval")
@guarded
def evaluate(
    directory: Annotated[Path, typer.Argument(help="folder of sample packets with truth")],
    json_out: Annotated[Path | None, typer.Option("--json", help="write the figures and "
                                                                 "every mistake")] = None,
    misses: Annotated[bool, typer.Option("--misses", help="list every mistake here too")] = False,
    verbose: Verbose = False,
) -> None:
    """Run the pipeline over sample packets and print accuracy against their ground truth."""
    if verbose:
        _logging(True)
    _check_settings()
    if json_out is not None:
        _writable(json_out, "--json")
    from pipeline.evaluate import count_samples, evaluate_dir, print_misses, print_report
    from pipeline.progress import counted
    with counted(err, "packets", count_samples(directory)) as step:
        report = evaluate_dir(directory, on_packet=lambda p: step(p.name))
    print_report(report)
    if misses:
        print_misses(report)
    for problem in report.get("errors", []):
        err.print(Text.assemble(("error: ", "bold red"), problem), soft_wrap=True)
    if json_out:
        json_out.write_text(json.dumps(report, indent=2) + "\n")


@app.command()
@guarded
def review(
    host: Annotated[str, typer.Option(help="address to listen on (loopback by default)")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="port to listen on")] = 8000,
    secure_cookies: Annotated[bool, typer.Option(
        "--secure-cookies", help="mark the session cookie Secure (behind TLS)")] = False,
    verbose: Verbose = False,
) -> None:
    """Start the reviewer's workbench, a web app on the database of record."""
    if verbose:
        _logging(True)
    _check_settings()
    from pipeline.review_command import serve
    serve(host, port, err, secure_cookies)


if __name__ == "__main__":
    app()
