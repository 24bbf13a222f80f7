"""`intake eval`: the pipeline against sample packets' ground truth (docs/conventions.md).

Figures: document splitting (truth documents found with exactly their pages), kind
accuracy, per-field accuracy (a field counts wrong when missed, extra or different),
flag precision/recall/F1 per code, per-document points exact match and packet totals
exact match, the calibration of the fields' confidences (`pipeline/reliability.py`), the
recall of the flags that reject a document (critical recall) and the slowest packet's time.
Packets are grouped by variant: the first folder under the eval directory.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from core.errors import IntakeError
from core.models import Document, PacketResult
from core.names import names_match
from pipeline.ingest import DOCUMENT_SUFFIXES
from pipeline.reliability import Scored, calibration_figures
from pipeline.stages import process

NAME_FIELDS = {"applicant_name", "signatory"}
# The flags whose miss lets an unacceptable document through (critical recall).
CRITICAL_FLAGS = ("FIRST_PERSON", "RELATIVE_AUTHOR", "PREDATES_DESIGNATION")


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    @property
    def rate(self) -> float | None:
        return self.right / self.total if self.total else None

    def counts(self) -> list[int]:
        return [self.right, self.total]


@dataclass
class FlagTally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def f1(self) -> float | None:
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else None


@dataclass
class Report:
    splitting: Tally = field(default_factory=Tally)
    kind: Tally = field(default_factory=Tally)
    fields: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    flags: dict[str, FlagTally] = field(default_factory=lambda: defaultdict(FlagTally))
    points: Tally = field(default_factory=Tally)
    totals: Tally = field(default_factory=Tally)
    errors: list[str] = field(default_factory=list)
    scored: list[Scored] = field(default_factory=list)  # every extracted value, for calibration
    slowest: tuple[float, str] = (0.0, "")  # seconds, packet

    def critical_counts(self) -> dict[str, int]:
        return {k: sum(getattr(self.flags[c], k) for c in CRITICAL_FLAGS if c in self.flags)
                for k in ("tp", "fn")}

    def critical_recall(self) -> float | None:
        c = self.critical_counts()
        return c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else None

    def field_rate(self) -> float | None:
        right, total = self.field_counts()
        return right / total if total else None

    def field_counts(self) -> list[int]:
        return [sum(t.right for t in self.fields.values()),
                sum(t.total for t in self.fields.values())]

    def flag_counts(self) -> dict[str, int]:
        return {k: sum(getattr(t, k) for t in self.flags.values()) for k in ("tp", "fp", "fn")}

    def flag_f1(self) -> float | None:
        tp = sum(t.tp for t in self.flags.values())
        fp = sum(t.fp for t in self.flags.values())
        fn = sum(t.fn for t in self.flags.values())
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None


def find_samples(directory: Path) -> list[tuple[Path, Path]]:
    """(packet, truth) pairs: folders with truth.json, files with NAME.truth.json beside
    NAME.pdf (or NAME.png, .jpg, .tif)."""
    pairs = []
    for truth in sorted(directory.rglob("*truth.json")):
        if truth.name == "truth.json":
            pairs.append((truth.parent, truth))
        elif (packet := _packet_of(truth)) is not None:
            pairs.append((packet, truth))
    return pairs


def _packet_of(truth: Path) -> Path | None:
    stem = truth.name.removesuffix(".truth.json")
    for suffix in DOCUMENT_SUFFIXES:
        if (candidate := truth.with_name(stem + suffix)).exists():
            return candidate
    return None


def orphan_truths(directory: Path) -> list[Path]:
    """NAME.truth.json files with no packet file beside them (a typo or a missing file)."""
    return [t for t in sorted(directory.rglob("*.truth.json")) if _packet_of(t) is None]


def count_samples(directory: Path) -> int:
    return len(find_samples(directory)) if directory.is_dir() else 0


def same_value(name: str, got: Any, want: Any) -> bool:
    if isinstance(want, bool) or isinstance(got, bool):
        return got is want
    if isinstance(want, int | float):
        return isinstance(got, int | float) and abs(float(got) - float(want)) < 1e-6
    if name in NAME_FIELDS:
        return names_match(str(got), str(want))
    return _norm(str(got)) == _norm(str(want))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.casefold())).strip()


def compare_packet(result: PacketResult, truth: dict[str, Any], report: Report) -> None:
    by_key = {(d.source, d.pages[0]): d for d in result.documents}
    for want in truth["documents"]:
        got = by_key.get((want["source"], want["pages"][0]))
        report.splitting.add(got is not None and got.pages == want["pages"])
        if got is None:
            for code in want.get("flags", []):
                report.flags[code].fn += 1
            report.points.add(False)
            continue
        report.kind.add(got.kind == want["kind"])
        _compare_fields(got, want.get("fields", {}), report)
        _compare_flags(got, want.get("flags", []), report)
        report.points.add(_points_of(result, got) == _truth_points(want))
    report.totals.add(_totals_match(result, truth.get("totals", {})))


def _compare_fields(got: Document, want: dict[str, Any], report: Report) -> None:
    for name in sorted(set(want) | set(got.fields)):
        ok = name in want and name in got.fields and \
            same_value(name, got.fields[name].value, want[name])
        report.fields[name].add(ok)
        if name in got.fields:
            report.scored.append(Scored(name, got.text_source, got.fields[name].confidence, ok))


def _compare_flags(got: Document, want: list[str], report: Report) -> None:
    have = {f.code.value for f in got.flags}
    for code in have | set(want):
        tally = report.flags[code]
        if code in have and code in want:
            tally.tp += 1
        elif code in have:
            tally.fp += 1
        else:
            tally.fn += 1


def _points_of(result: PacketResult, doc: Document) -> list[tuple[str, float | None]]:
    return sorted((p.category.value, p.points) for p in result.proposals
                  if p.document_id == doc.id)


def _truth_points(want: dict[str, Any]) -> list[tuple[str, float | None]]:
    return sorted((p["category"], None if p["points"] is None else float(p["points"]))
                  for p in want.get("proposals", []))


def _totals_match(result: PacketResult, want: dict[str, Any]) -> bool:
    for cat, t in want.items():
        got = result.totals.get(cat)  # type: ignore[call-overload]
        if got is None or abs(got.points - float(t["points"])) > 1e-6:
            return False
    return True


def evaluate_dir(directory: Path,
                 on_packet: Callable[[Path], None] | None = None) -> dict[str, Any]:
    """Figures per variant, every mistake, and the packets that could not be evaluated
    (`errors`, each naming its packet or truth file)."""
    reports, mistakes, errors = evaluate_reports(directory, on_packet)
    return {"variants": {v: _figures(r) for v, r in sorted(reports.items())},
            "mistakes": mistakes, "errors": errors}


def evaluate_reports(directory: Path, on_packet: Callable[[Path], None] | None = None
                     ) -> tuple[dict[str, Report], list[dict[str, Any]], list[str]]:
    """The tallies per variant behind `evaluate_dir`, with every mistake and error."""
    if not directory.is_dir():
        raise IntakeError(f"No such folder: {directory}" if not directory.exists() else
                          f"{directory} is a file: give the folder of sample packets")
    pairs = find_samples(directory)
    errors = [f"{t}: no packet beside it (expected "
              f"{t.name.removesuffix('.truth.json')}.pdf or an image); skipped"
              for t in orphan_truths(directory)]
    if not pairs:
        raise IntakeError(f"No sample packets with truth under {directory}: a sample is a "
                          "packet folder with packet.json and truth.json, or NAME.pdf with "
                          "NAME.json and NAME.truth.json beside it")
    reports: dict[str, Report] = defaultdict(Report)
    mistakes: list[dict[str, Any]] = []
    for packet, truth_path in pairs:
        variant = packet.relative_to(directory).parts[0] if packet.parent != directory \
            else directory.name
        try:
            truth = _read_truth(truth_path)
            started = time.perf_counter()
            result = process(packet)
            seconds = time.perf_counter() - started
        except IntakeError as e:
            errors.append(f"{packet}: not evaluated: {e.message}")
            continue
        finally:
            if on_packet is not None:
                on_packet(packet)
        compare_packet(result, truth, reports[variant])
        reports[variant].slowest = max(reports[variant].slowest, (seconds, packet.name))
        mistakes.extend({"variant": variant, **m} for m in _mistakes(packet, result, truth))
    return reports, mistakes, errors


def _read_truth(path: Path) -> dict[str, Any]:
    try:
        truth = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as e:
        raise IntakeError(f"cannot read the truth file {path} ({e})") from None
    except json.JSONDecodeError as e:
        raise IntakeError(f"the truth file {path} is not valid JSON: line {e.lineno}: "
                          f"{e.msg}") from None
    if not isinstance(truth, dict) or not isinstance(truth.get("documents"), list):
        raise IntakeError(f"the truth file {path} has no 'documents' list")
    return truth


def _mistakes(packet: Path, result: PacketResult, truth: dict[str, Any]) -> list[dict[str, Any]]:
    by_key = {(d.source, d.pages[0]): d for d in result.documents}
    out: list[dict[str, Any]] = []
    for want in truth["documents"]:
        got = by_key.get((want["source"], want["pages"][0]))
        where = f"{packet.name}:{want['source']}:{want['pages']}"
        if got is None:
            out.append({"where": where, "what": "document not found",
                        "found": [(d.source, d.pages) for d in result.documents
                                  if d.source == want["source"]]})
            continue
        for name in set(want.get("fields", {})) | set(got.fields):
            w, g = want.get("fields", {}).get(name), got.fields.get(name)
            if g is None or w is None or not same_value(name, g.value, w):
                out.append({"where": where, "field": name, "want": w,
                            "got": None if g is None else g.value})
        have = sorted(f.code.value for f in got.flags)
        if have != sorted(want.get("flags", [])):
            out.append({"where": where, "flags_want": want.get("flags", []), "flags_got": have})
        if _points_of(result, got) != _truth_points(want):
            out.append({"where": where, "points_want": _truth_points(want),
                        "points_got": _points_of(result, got)})
    return out


def _figures(r: Report) -> dict[str, Any]:
    calibration = calibration_figures(r.scored)
    return {
        "documents": r.splitting.total,
        "splitting": r.splitting.rate, "kind": r.kind.rate, "fields": r.field_rate(),
        "fields_by_name": {k: t.rate for k, t in sorted(r.fields.items())},
        "flags_f1": r.flag_f1(),
        "flags_by_code": {k: {"tp": t.tp, "fp": t.fp, "fn": t.fn, "f1": t.f1()}
                          for k, t in sorted(r.flags.items())},
        "points_exact": r.points.rate, "totals_exact": r.totals.rate,
        "critical_recall": r.critical_recall(),
        "slowest_packet_s": round(r.slowest[0], 2), "slowest_packet": r.slowest[1],
        "ece": calibration["ece"], "calibration": calibration,
        "counts": {  # [right, total] behind each rate
            "splitting": r.splitting.counts(), "kind": r.kind.counts(),
            "fields": r.field_counts(), "points_exact": r.points.counts(),
            "totals_exact": r.totals.counts(), "flags": r.flag_counts(),
            "fields_by_name": {k: t.counts() for k, t in sorted(r.fields.items())},
            "critical": r.critical_counts(),
        },
    }


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _rated(rate: float | None, counts: list[int] | None) -> str:
    """'0.995 (1234/1240)': the rate with what it is the rate of."""
    if counts is None:
        return _pct(rate)
    return f"{_pct(rate)} ({counts[0]}/{counts[1]})"


def _console() -> Console:
    """The terminal's width on a terminal; wide enough for the tables in a file or a pipe."""
    return Console() if sys.stdout.isatty() else Console(width=160)


def print_report(report: dict[str, Any], console: Console | None = None) -> None:
    console = console or _console()
    summary = Table(title="Accuracy by variant (right/total beside each rate; flags: F1, "
                          "with tp/fp/fn per code below)")
    for col in ("variant", "docs", "splitting", "kind", "fields", "flags F1", "points exact",
                "totals exact"):
        summary.add_column(col, no_wrap=True)
    checks = Table(title="Critical flags (recall), slowest packet, calibration (ECE)")
    for col in ("variant", "critical recall", "slowest packet", "ECE"):
        checks.add_column(col, no_wrap=True)
    for name, f in report["variants"].items():
        c = f.get("counts", {})
        crit = c.get("critical")
        summary.add_row(
            name, str(f["documents"]), _rated(f["splitting"], c.get("splitting")),
            _rated(f["kind"], c.get("kind")), _rated(f["fields"], c.get("fields")),
            _pct(f["flags_f1"]), _rated(f["points_exact"], c.get("points_exact")),
            _rated(f["totals_exact"], c.get("totals_exact")))
        slowest = (f"{f['slowest_packet_s']:.2f} s ({f.get('slowest_packet', '')})"
                   if "slowest_packet_s" in f else "–")
        checks.add_row(
            name, _rated(f.get("critical_recall"),
                         None if crit is None else [crit["tp"], crit["tp"] + crit["fn"]]),
            slowest, _pct(f.get("ece")))
    console.print(summary)
    console.print(checks)
    for name, f in report["variants"].items():
        by_name = f.get("counts", {}).get("fields_by_name", {})
        ece_by_field = f.get("calibration", {}).get("ece_by_field", {})
        fields = Table(title=f"{name}: fields (ECE of the confidences of the values extracted)")
        for col in ("field", "accuracy", "extracted", "ECE"):
            fields.add_column(col)
        for k, v in f["fields_by_name"].items():
            cal = ece_by_field.get(k, {})
            fields.add_row(k, _rated(v, by_name.get(k)), str(cal.get("n", 0)),
                           _pct(cal.get("ece")))
        flags = Table(title=f"{name}: flags")
        for col in ("code", "tp", "fp", "fn", "F1"):
            flags.add_column(col)
        for k, v in f["flags_by_code"].items():
            flags.add_row(k, str(v["tp"]), str(v["fp"]), str(v["fn"]), _pct(v["f1"]))
        console.print(fields, flags)
        if "calibration" in f:
            console.print(_reliability_table(name, f["calibration"]))


def _reliability_table(name: str, cal: dict[str, Any]) -> Table:
    table = Table(title=f"{name}: reliability of the fields' confidences "
                        f"(ECE {_pct(cal['ece'])} over {cal['n']} values)")
    for col in ("confidence", "count", "mean confidence", "accuracy"):
        table.add_column(col)
    for b in cal["bins"]:
        close = "]" if b["high"] >= 1 else ")"
        table.add_row(f"[{b['low']:.1f}, {b['high']:.1f}{close}", str(b["count"]),
                      _pct(b["confidence"]), _pct(b["accuracy"]))
    return table


def _value(v: Any) -> str:
    return "(absent)" if v is None else f"{v:g}" if isinstance(v, float) else str(v)


def _where_text(where: str) -> str:
    """'packet:file.pdf:[1, 2]' as 'packet: file.pdf pages 1, 2'."""
    packet, _, rest = where.partition(":")
    source, _, pages = rest.rpartition(":")
    numbers = pages.strip("[]")
    label = "page" if "," not in numbers else "pages"
    return f"{packet}: {source} {label} {numbers}" if source else where


def _miss_text(m: dict[str, Any]) -> str:
    if "field" in m:
        return f"field {m['field']}: want {_value(m['want'])}, got {_value(m['got'])}"
    if "flags_want" in m:
        return (f"flags: want {', '.join(m['flags_want']) or 'none'}, got "
                f"{', '.join(m['flags_got']) or 'none'}")
    if "points_want" in m:
        def pts(items: list[Any]) -> str:
            return ", ".join(f"{c} {'reviewer' if p is None else f'{p:g}'}"
                             for c, p in items) or "none"
        return f"points: want {pts(m['points_want'])}, got {pts(m['points_got'])}"
    found = "; ".join(f"{src} pages {','.join(map(str, pages))}" for src, pages in
                      m.get("found", [])) or "nothing"
    return f"{m.get('what', 'mistake')} (found there: {found})"


def print_misses(report: dict[str, Any], console: Console | None = None) -> None:
    """Every mistake of the eval, one row each (`intake eval --misses`)."""
    console = console or _console()
    mistakes = report.get("mistakes", [])
    if not mistakes:
        console.print("[green]No mistakes.[/]")
        return
    table = Table(title=f"Mistakes ({len(mistakes)})")
    for col in ("variant", "document", "what"):
        table.add_column(col)
    for m in mistakes:
        table.add_row(Text(m["variant"]), Text(_where_text(m["where"])), Text(_miss_text(m)))
    console.print(table)
