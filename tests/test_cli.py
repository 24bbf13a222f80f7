"""The command line's exit codes and messages (INTERFACE.md, "Exit codes")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from tests.cli_run import CONFERENCE, conference_packet
from tests.render import render_pdf, write_manifest

runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    res = runner.invoke(app, list(args))
    return res.exit_code, res.output


@pytest.fixture
def packet(tmp_path: Path) -> Path:
    return conference_packet(tmp_path / "packet")


def test_ok_writes_the_result(packet: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    code, output = run("process", str(packet), "--out", str(out), "--no-prefect")
    assert code == 0, output
    result = json.loads(out.read_text())
    assert result["schema_version"] == "1"
    assert result["documents"][0]["kind"] == "certificate"
    assert result["proposals"][0]["points"] == 3.0
    assert "cmc_experience" in output  # the summary


@pytest.mark.parametrize(("manifest", "named"), [
    ({"program": "XMC"}, "program"),
    ({"applicant": {"name": "M", "region": 14}}, "applicant.region"),
    ({"received_date": "yesterday"}, "received_date"),
    ({"colour": "blue"}, "colour"),
    ({"program": "MMC"}, "prior_designation_date"),
])
def test_bad_manifest_names_the_key(packet: Path, manifest: dict, named: str) -> None:
    data = json.loads((packet / "packet.json").read_text())
    data.update(manifest)
    (packet / "packet.json").write_text(json.dumps(data))
    code, output = run("process", str(packet), "--no-prefect")
    assert code == 2
    assert f"'{named}'" in output


def test_manifest_not_json(packet: Path) -> None:
    (packet / "packet.json").write_text("{not json")
    code, output = run("process", str(packet), "--no-prefect")
    assert code == 2 and "not valid JSON" in output


def test_missing_manifest(tmp_path: Path) -> None:
    render_pdf(tmp_path / "scan.pdf", [CONFERENCE])
    code, output = run("process", str(tmp_path / "scan.pdf"), "--no-prefect")
    assert code == 2 and "scan.json" in output


def test_manifest_from_options(tmp_path: Path) -> None:
    pdf = render_pdf(tmp_path / "scan.pdf", [CONFERENCE])
    code, output = run("process", str(pdf), "--program", "CMC", "--name", "Maria L. Gonzalez",
                       "--region", "3", "--received-date", "2026-11-02", "--no-prefect", "-q")
    assert code == 0, output
    assert json.loads(output)["applicant"]["name"] == "Maria L. Gonzalez"


def test_no_such_packet(tmp_path: Path) -> None:
    code, output = run("process", str(tmp_path / "nope"), "--no-prefect")
    assert code == 2 and "No such packet" in output


def test_unknown_option_is_bad_invocation(packet: Path) -> None:
    code, _ = run("process", str(packet), "--frobnicate")
    assert code == 2


def test_unreadable_single_pdf_packet_exits_3(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7\n garbage garbage")
    write_manifest(tmp_path)
    (tmp_path / "packet.json").rename(tmp_path / "scan.json")
    code, output = run("process", str(tmp_path / "scan.pdf"), "--no-prefect", "-q")
    assert code == 3 and "could be read" in output


def test_schema_describes_the_result() -> None:
    code, output = run("schema")
    schema = json.loads(output)
    assert code == 0
    assert {"documents", "proposals", "totals", "schema_version"} <= set(schema["properties"])
