"""The `intake` command line."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from core.errors import ExitCode, IntakeError
from core.models import PacketResult

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="clerk-intake: IIMC designation packets to reviewed credit proposals.")
err = Console(stderr=True)


def _overrides(program: str | None, name: str | None, region: int | None,
               prior: str | None, received: str | None, member_id: str | None) -> dict[str, Any]:
    given = {
        "program": program, "applicant.name": name, "applicant.region": region,
        "prior_designation_date": prior, "received_date": received,
        "applicant.member_id": member_id,
    }
    return {k: v for k, v in given.items() if v is not None}


def _fail(e: IntakeError) -> None:
    err.print(f"[bold red]error:[/] {e.message}", soft_wrap=True)
    raise typer.Exit(int(e.exit_code))


@app.command()
def process(
    packet: Annotated[Path, typer.Argument(help="packet folder with packet.json, or one PDF "
                                                "with NAME.json beside it")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="result JSON path")] = None,
    manifest: Annotated[Path | None, typer.Option(help="manifest file to use instead")] = None,
    program: Annotated[str | None, typer.Option(help="CMC or MMC")] = None,
    name: Annotated[str | None, typer.Option(help="applicant name")] = None,
    region: Annotated[int | None, typer.Option(help="IIMC region 1-11")] = None,
    prior_designation_date: Annotated[str | None, typer.Option(help="MMC: YYYY-MM-DD")] = None,
    received_date: Annotated[str | None, typer.Option(help="YYYY-MM-DD, default today")] = None,
    member_id: Annotated[str | None, typer.Option(help="IIMC member id")] = None,
    prefect: Annotated[bool, typer.Option(help="run as a Prefect flow (--no-prefect: plain "
                                               "functions, no run recorded)")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no summary")] = False,
) -> None:
    """Process one packet and write its result JSON."""
    overrides = _overrides(program, name, region, prior_designation_date, received_date,
                           member_id)
    if overrides and "received_date" not in overrides and manifest is None \
            and not _manifest_exists(packet):
        overrides["received_date"] = dt.date.today().isoformat()
    try:
        result = _run(packet, out, overrides or None, manifest, prefect)
    except IntakeError as e:
        _fail(e)
        return
    if not quiet:
        from pipeline.summary import print_summary
        print_summary(result)
    if out is None:
        sys.stdout.write(json.dumps(result.model_dump(mode="json"), indent=2) + "\n")
    from pipeline.stages import nothing_readable
    if nothing_readable(result):
        err.print("[bold red]error:[/] no document of the packet could be read; "
                  "see the flags in the result")
        raise typer.Exit(int(ExitCode.unreadable_packet))


def _manifest_exists(packet: Path) -> bool:
    from pipeline.manifest import manifest_path_for
    return manifest_path_for(packet).exists()


def _run(packet: Path, out: Path | None, overrides: dict[str, Any] | None,
         manifest: Path | None, prefect: bool) -> PacketResult:
    from pipeline import stages
    if not prefect:
        return stages.process(packet, overrides, manifest, out)
    stages.ingest(packet, overrides, manifest)  # bad manifests fail fast, before Prefect starts
    from pipeline.flow import process_packet
    return process_packet(packet, out, overrides, manifest)


@app.command()
def batch(
    inbox: Annotated[Path, typer.Argument(help="folder of packets (folders or PDFs)")],
    out_dir: Annotated[Path, typer.Option("--out-dir", "-o")] = Path("out"),
    prefect: Annotated[bool, typer.Option(help="one Prefect flow run for the batch")] = True,
    summary: Annotated[bool, typer.Option(help="print a line per packet")] = False,
) -> None:
    """Process every packet in an inbox folder; one bad packet never stops the others."""
    from pipeline.inbox import find_packets
    packets = find_packets(inbox)
    if not packets:
        err.print(f"[bold red]error:[/] no packets in {inbox}")
        raise typer.Exit(int(ExitCode.bad_input))
    outcome = _run_batch(packets, out_dir, prefect)
    failed = {k: v for k, v in outcome.items() if v != "ok"}
    Console().print(f"{len(outcome) - len(failed)} of {len(outcome)} packets processed "
                    f"into {out_dir}")
    for packet, why in failed.items():
        err.print(f"[red]{packet}[/]: {why}")
    if summary:
        from pipeline.summary import print_batch
        print_batch(sorted(out_dir.glob("*.json")))


def _run_batch(packets: list[Path], out_dir: Path, prefect: bool) -> dict[str, str]:
    from pipeline.inbox import run_each
    if prefect:
        from pipeline.flow import process_inbox
        return process_inbox(packets, out_dir)
    from pipeline import stages
    return run_each(packets, out_dir, lambda p, out: stages.process(p, out=out))


@app.command()
def schema() -> None:
    """Print the result's JSON Schema."""
    sys.stdout.write(json.dumps(PacketResult.model_json_schema(mode="serialization"),
                                indent=2) + "\n")


@app.command("eval")
def evaluate(
    directory: Annotated[Path, typer.Argument(help="folder of sample packets with truth")],
    json_out: Annotated[Path | None, typer.Option("--json", help="write the figures")] = None,
) -> None:
    """Run the pipeline over sample packets and print accuracy against their ground truth."""
    from pipeline.evaluate import evaluate_dir, print_report
    try:
        report = evaluate_dir(directory)
    except IntakeError as e:
        _fail(e)
        return
    print_report(report)
    if json_out:
        json_out.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    app()
