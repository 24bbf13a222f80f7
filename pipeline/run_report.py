"""The terminal output of `intake batch` (rich): what the inbox held and what was left and
why, the run report, and `--summary`, the packets of this run with a column per category."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from pipeline.batch import BatchRun

STATE_STYLE = {"processed": "green", "skipped": "yellow", "quarantined": "red"}


def one_line(text: str) -> str:
    """A multi-line reason (a manifest's problems) on one line."""
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


def print_found(run: BatchRun, console: Console) -> None:
    """What the inbox held: the packets ready, and every entry left, with why."""
    scan = run.scan
    console.print(f"found {len(scan.packets)} packet{'s' if len(scan.packets) != 1 else ''} "
                  f"ready, {len(scan.skipped)} entr{'ies' if len(scan.skipped) != 1 else 'y'} "
                  "left in the inbox", highlight=False)
    for s in scan.skipped:
        console.print(Text.assemble("  left ", (s.path.name, "yellow"), f": {s.why}"),
                      soft_wrap=True)
    for name in run.freed_claims:
        console.print(Text.assemble("  stale claim freed: ", (name, "yellow"),
                                    " (its worker is gone)"), soft_wrap=True)


def print_report(run: BatchRun, console: Console) -> None:
    """The run report: each packet's fate, then counts, pages, documents, flags, time."""
    report = run.report()
    if run.outcomes:
        table = Table(title="This run")
        for col in ("packet", "outcome", "why / where"):
            table.add_column(col)
        for o in run.outcomes:
            why = one_line(o.why)
            where = why or (f"moved to {o.moved_to}" if o.moved_to else "")
            if why and o.moved_to:
                where = f"{why}; now in {o.moved_to}"
            table.add_row(o.name, f"[{STATE_STYLE[o.state]}]{o.state}[/]", where)
        console.print(table)
    c = report["counts"]
    flags = ", ".join(f"{code} {n}" for code, n in report["flags"].items()) or "none"
    console.print(
        f"run {run.run_id[:8]}: {c['processed']} processed, {c['skipped']} skipped, "
        f"{c['quarantined']} quarantined; {report['pages']} pages, {report['documents']} "
        f"documents; flags: {flags}; {report['seconds']:.1f} s", highlight=False,
        soft_wrap=True)


def print_summary(run: BatchRun, console: Console) -> None:
    """One line per packet processed in this run: documents, flagged, and for each
    category (its name as the column) credited/required; then what is still needed."""
    results = [o.result for o in run.processed if o.result is not None]
    categories: list[str] = []
    for r in results:
        for cat in r.totals:
            if cat.value not in categories:
                categories.append(cat.value)
    table = Table(title="Packets of this run")
    table.add_column("packet", overflow="fold")
    for col in ("program", "docs", "flagged"):
        table.add_column(col)
    for name in categories:  # the category's name, whole, however narrow the terminal
        table.add_column(name, min_width=len(name), no_wrap=True)
    table.add_column("still needed")
    for r in results:
        flagged = sum(1 for d in r.documents if d.flags)
        by_cat = {cat.value: f"{t.points:g}/{t.required}" for cat, t in r.totals.items()}
        needed = "[green]met[/]" if r.requirements_met else \
            "[yellow]" + ", ".join(f"{t.needed:g}" for t in r.totals.values()) + "[/]"
        table.add_row(r.packet_id, r.program, str(len(r.documents)), str(flagged),
                      *[by_cat.get(name, "") for name in categories], needed)
    console.print(table)
