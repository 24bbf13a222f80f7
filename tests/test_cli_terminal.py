"""The command line as a clerk at a terminal meets it (issue 9, part 3): the real `intake`
run as a subprocess where stdout and stderr must be told apart, typer's runner elsewhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from tests.cli_run import CONFERENCE, ROOT, conference_packet, intake
from tests.render import render_pdf

runner = CliRunner()


@pytest.fixture
def packet(tmp_path: Path) -> Path:
    return conference_packet(tmp_path / "packet")


@pytest.mark.parametrize("out", [[], ["--out", "-"]])
def test_redirected_stdout_carries_only_the_json(packet: Path, out: list[str]) -> None:
    run = intake("process", str(packet), *out)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)  # nothing but the JSON
    assert result["documents"][0]["kind"] == "certificate"
    assert "Proposed credits" in run.stderr and "cmc_experience" in run.stderr


def test_summary_on_stdout_when_the_result_goes_to_a_file(packet: Path, tmp_path: Path) -> None:
    run = intake("process", str(packet), "--out", str(tmp_path / "r.json"))
    assert run.returncode == 0, run.stderr
    assert "Proposed credits" in run.stdout
    assert json.loads((tmp_path / "r.json").read_text())["packet_id"] == "packet"


def test_process_runs_without_prefect_unless_a_server_is_configured(packet: Path) -> None:
    """No PREFECT_API_URL, no --prefect: the stages run directly; Prefect (and its
    temporary server) is never even imported."""
    code = ("import sys; from typer.testing import CliRunner; from pipeline.cli import app; "
            f"r = CliRunner().invoke(app, ['process', {str(packet)!r}, '-q']); "
            "assert r.exit_code == 0, r.output; "
            "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'prefect', 'fastapi'}); "
            "print('imported:', heavy)")
    base = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=base,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "imported: []" in run.stdout


def test_the_command_line_starts_light() -> None:
    code = ("import sys, pipeline.cli; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'prefect', 'fastapi', 'spacy', 'pdfplumber', 'extractors', 'scoring'}))")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert run.stdout.strip() == "[]", run.stdout + run.stderr


def test_prefect_is_used_where_a_server_is_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.cli import _use_prefect

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    assert not _use_prefect(None) and _use_prefect(True)
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    assert _use_prefect(None) and not _use_prefect(False)


def test_version_and_the_exit_codes_in_help() -> None:
    run = intake("--version")
    assert run.returncode == 0 and run.stdout.startswith("clerk-intake ")
    res = runner.invoke(app, ["--help"], terminal_width=200)
    assert "3 nothing in the packet could be read" in res.output


def test_verbose_logs_each_stage_on_stderr(packet: Path) -> None:
    run = intake("process", str(packet), "-q", "--verbose")
    assert run.returncode == 0, run.stderr
    json.loads(run.stdout)
    for stage in ("read: 1 page read", "split: 1 document", "extract:", "score:"):
        assert stage in run.stderr, run.stderr


def test_progress_is_shown_on_a_terminal_only(packet: Path) -> None:
    plain = intake("process", str(packet), "-q")
    assert "reading 1 file" not in plain.stderr  # not a terminal: no progress display
    shown = intake("process", str(packet), "-q", env={"FORCE_COLOR": "1"})  # rich: a terminal
    assert shown.returncode == 0, shown.stderr
    assert "reading 1 file" in shown.stderr and "extracting fields of 1 document" in shown.stderr
    json.loads(shown.stdout)


def test_options_accept_what_people_type(tmp_path: Path) -> None:
    pdf = render_pdf(tmp_path / "scan.pdf", [CONFERENCE])
    res = runner.invoke(app, ["process", str(pdf), "--program", "cmc", "--name",
                              "Maria L. Gonzalez", "--region", "3", "--received-date",
                              "11/02/2026", "-q"])
    assert res.exit_code == 0, res.output
    result = json.loads(res.stdout)
    assert result["program"] == "CMC" and result["received_date"] == "2026-11-02"
    res = runner.invoke(app, ["process", str(pdf), "--program", "cmc", "--name", "M",
                              "--region", "3", "--received-date", "2026-11-02", "-q"])
    assert res.exit_code == 0 and json.loads(res.stdout)["received_date"] == "2026-11-02"


@pytest.mark.parametrize(("option", "value"), [
    ("--program", "XMC"), ("--received-date", "13/45/2026"), ("--region", "12"),
    ("--prior-designation-date", "last spring"),
])
def test_a_bad_option_is_named(tmp_path: Path, option: str, value: str) -> None:
    pdf = render_pdf(tmp_path / "scan.pdf", [CONFERENCE])
    run = intake("process", str(pdf), "--program", "MMC", "--name", "M", "--region", "3",
                 option, value)
    assert run.returncode == 2
    assert f"'{option}'" in run.stderr and "Traceback" not in run.stderr


def test_help_shows_the_allowed_values() -> None:
    res = runner.invoke(app, ["process", "--help"], terminal_width=200)
    assert res.exit_code == 0
    assert "CMC|MMC" in res.output and "1<=x<=11" in res.output
    assert "MM/DD/YYYY" in res.output and "PREFECT_API_URL" in res.output


def test_bad_setting_is_one_line_and_exit_2(packet: Path) -> None:
    run = intake("process", str(packet), env={"INTAKE_OCR_WORKERS": "0"})
    assert run.returncode == 2
    assert run.stderr.strip().count("\n") == 0 and "INTAKE_OCR_WORKERS=0" in run.stderr
    assert "Traceback" not in run.stderr


def test_unknown_setting_is_warned_with_the_close_match(packet: Path) -> None:
    run = intake("process", str(packet), "-q", env={"INTAKE_OCR_WORKER": "1"})
    assert run.returncode == 0, run.stderr
    assert "INTAKE_OCR_WORKER is not a setting" in run.stderr
    assert "did you mean INTAKE_OCR_WORKERS?" in run.stderr
    json.loads(run.stdout)


@pytest.mark.parametrize("where", ["a folder", "under a file"])
def test_unwritable_out_is_one_line_and_exit_73(packet: Path, tmp_path: Path, where: str) -> None:
    out = tmp_path if where == "a folder" else packet / "conf.pdf" / "r.json"
    run = intake("process", str(packet), "--out", str(out))
    assert run.returncode == 73, run.stderr
    assert "--out" in run.stderr and "Traceback" not in run.stderr
    assert run.stderr.strip().count("\n") == 0


def test_schema_of_the_manifest() -> None:
    res = runner.invoke(app, ["schema", "--manifest"])
    schema = json.loads(res.stdout)
    assert res.exit_code == 0
    assert {"applicant", "program", "received_date"} <= set(schema["properties"])
    assert "documents" not in schema["properties"]


def test_bootstrap_waits_for_the_package_lock() -> None:
    script = (ROOT / "scripts" / "bootstrap.sh").read_text()
    calls = [line for line in script.splitlines() if "apt-get" in line
             and not line.lstrip().startswith("#")]
    assert calls and all("DPkg::Lock::Timeout=" in line or "${APT[@]}" in line
                         for line in calls), calls
    assert "APT=(apt-get -o DPkg::Lock::Timeout=" in script


def test_an_internal_error_is_one_line_and_exit_70(packet: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Fault injection (a stage that crashes): the user sees one line saying it is a bug."""
    from pipeline import stages

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(stages, "run_packet", crash)
    res = runner.invoke(app, ["process", str(packet)])
    assert res.exit_code == 70
    assert "internal error (RuntimeError: disk on fire)" in res.stderr
    assert "Traceback" not in res.output and res.stderr.strip().count("\n") == 0


def test_unwritable_out_dir_and_json_are_exit_73(packet: Path, tmp_path: Path) -> None:
    inbox = packet.parent
    res = runner.invoke(app, ["batch", str(inbox), "--out-dir", str(packet / "conf.pdf")])
    assert res.exit_code == 73 and "--out-dir" in res.stderr
    res = runner.invoke(app, ["eval", str(inbox), "--json", str(tmp_path)])
    assert res.exit_code == 73 and "--json" in res.stderr
