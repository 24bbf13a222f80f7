"""The terminal summary of a packet result (rich)."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from core.models import PacketResult

SHOWN_FIELDS = ("applicant_name", "title", "position", "degree", "provider", "start_date",
                "end_date", "degree_date", "hours", "credit_units")


def _fields(doc_fields: dict) -> str:
    parts = []
    for name in SHOWN_FIELDS:
        if name in doc_fields:
            value = doc_fields[name].value
            parts.append(f"{name}: {value:g}" if isinstance(value, float) else f"{name}: {value}")
    return "\n".join(parts)


def print_summary(result: PacketResult, console: Console | None = None) -> None:
    console = console or Console()
    a = result.applicant
    console.print(f"[bold]{result.packet_id}[/] · {result.program} · {a.name} "
                  f"(region {a.region}) · received {result.received_date}")
    docs = Table(title="Documents", show_lines=True)
    for col in ("id", "source · pages", "kind", "fields", "flags"):
        docs.add_column(col)
    for d in result.documents:
        flags = "\n".join(f"[{'red' if f.severity == 'reject' else 'yellow'}]{f.code}[/]"
                          for f in d.flags)
        docs.add_row(d.id, f"{d.source} · {','.join(map(str, d.pages))}", d.kind,
                     _fields(d.fields), flags or "[green]ok[/]")
    console.print(docs)
    props = Table(title="Proposed credits")
    for col in ("document", "category", "points", "rule"):
        props.add_column(col)
    for p in result.proposals:
        points = "[yellow]reviewer[/]" if p.points is None else f"{p.points:g}"
        props.add_row(p.document_id, p.category, points, p.rule)
    console.print(props)
    totals = Table(title="Totals")
    for col in ("category", "credited", "raw", "required", "still needed"):
        totals.add_column(col)
    for cat, t in result.totals.items():
        needed = f"[red]{t.needed:g}[/]" if t.needed else "[green]0[/]"
        totals.add_row(cat, f"{t.points:g}", f"{t.raw:g}", str(t.required), needed)
    console.print(totals)
    if result.status is not None and result.status.not_counted:
        skipped = Table(title="Not counted")
        skipped.add_column("document")
        skipped.add_column("why")
        for item in result.status.not_counted:
            skipped.add_row(item.document_id, item.why)
        console.print(skipped)
    if result.status is not None and result.status.determination:
        style = "bold green" if result.requirements_met else "bold yellow"
        console.print(f"[{style}]{result.status.determination}[/]")
    elif result.requirements_met:
        console.print("[bold green]Requirements met.[/]")
    else:
        for line in result.still_needed:
            console.print(f"[bold yellow]Still needed:[/] {line}")


def print_batch(results: list[Path], console: Console | None = None) -> None:
    """One line per packet: documents, flags, credited/required per category (CMC:
    Education, Experience; MMC: Advanced Education, Professional Contribution), and what
    is still needed."""
    console = console or Console()
    table = Table(title="Packets")
    for col in ("packet", "program", "docs", "flagged", "credited/required", "still needed"):
        table.add_column(col)
    for path in results:
        r = PacketResult.model_validate_json(path.read_text())
        flagged = sum(1 for d in r.documents if d.flags)
        totals = ", ".join(f"{t.points:g}/{t.required}" for t in r.totals.values())
        needed = "[green]met[/]" if r.requirements_met else \
            "[yellow]" + ", ".join(f"{t.needed:g}" for t in r.totals.values()) + "[/]"
        table.add_row(r.packet_id, r.program, str(len(r.documents)), str(flagged), totals, needed)
    console.print(table)
