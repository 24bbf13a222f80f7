"""The workbench's parts on their own: the status letter from a result, page images from
real files, the formatting of boxes, and `intake review` / the demo reviewer."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pdfplumber
import pytest
from PIL import Image

from core.models import ProposalStatus
from review.images import cache_path, render_page
from review.letter import render_letter
from review.view_helpers import box_style, confidence_class
from tests.review_site import free_port, with_value
from tests.store_fixtures import BORN_DIGITAL, sample

ROOT = Path(__file__).resolve().parent.parent


def letter_text(pdf: bytes) -> str:
    """The letter's words, lines joined (a phrase may wrap)."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in doc.pages)


def test_the_letter_says_what_counted_what_did_not_and_what_is_still_needed() -> None:
    result = sample("cmc-r1-letter-flags").result
    text = letter_text(render_letter(result))
    assert result.applicant.name in text
    assert "Certified Municipal Clerk (CMC)" in text
    for c in result.status.categories:  # type: ignore[union-attr]
        assert f"{c.label} {c.earned:g} {c.required} {c.still_needed:g}" in text
    assert "What counted" in text and "Emergency Management for the Clerk's Office" in text
    assert "What did not count, and why" in text
    assert "FIRST_PERSON" in text and "RELATIVE_AUTHOR" in text
    assert result.status.determination.split(":")[0] in text  # type: ignore[union-attr]


def test_the_letter_follows_the_reviewers_decisions() -> None:
    result = sample("cmc-r1-letter-flags").result.model_copy(deep=True)
    result.proposals[0].status = ProposalStatus.confirmed
    result.proposals[1].status = ProposalStatus.rejected
    text = letter_text(render_letter(result))
    assert "confirmed by the reviewer" in text
    assert "not accepted by the reviewer" in text


def test_the_letter_keeps_markup_as_text() -> None:
    result = with_value(sample("cmc-r1-letter-flags").result, "doc-01", "title",
                        "<b>Bold</b> & <i>co</i>")
    text = letter_text(render_letter(result))
    assert "<b>Bold</b> & <i>co</i>" in text


def test_a_pdf_page_is_rendered_once_at_110_dpi(tmp_path: Path) -> None:
    pdf = BORN_DIGITAL / "cmc-r2-missing-facts" / "certificates.pdf"
    png = render_page(pdf, 2, tmp_path)
    with Image.open(png) as image:
        assert image.format == "PNG"
        assert abs(image.width - 612 * 110 / 72) <= 2  # a US Letter page
    assert png.parent.parent == tmp_path and png.name.endswith("-p2-110dpi.png")
    stamp = png.stat().st_mtime_ns
    assert render_page(pdf, 2, tmp_path) == png and png.stat().st_mtime_ns == stamp
    with pytest.raises(LookupError):
        render_page(pdf, 99, tmp_path)


def test_an_image_file_is_a_page_too(tmp_path: Path) -> None:
    scan = tmp_path / "scan.png"
    Image.new("RGB", (2550, 3300), "white").save(scan, dpi=(300, 300))
    png = render_page(scan, 1, tmp_path / "cache")
    with Image.open(png) as image:
        assert image.size == (935, 1210)  # 8.5 x 11 in at 110 dpi
    with pytest.raises(LookupError):
        render_page(scan, 2, tmp_path / "cache")
    not_a_page = tmp_path / "notes.txt"
    not_a_page.write_text("hello")
    with pytest.raises(ValueError):
        render_page(not_a_page, 1, tmp_path / "cache")


def test_the_cache_is_keyed_by_a_hash_only(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        cache_path(tmp_path, "../../etc/passwd", 1)
    assert cache_path(tmp_path, "a" * 64, 3).name == "a" * 64 + "-p3-110dpi.png"


def test_boxes_are_placed_in_percent_of_the_page() -> None:
    assert box_style((61.2, 79.2, 306.0, 99.0), 612.0, 792.0) == \
        "left:10.000%;top:10.000%;width:40.000%;height:2.500%"
    assert box_style(None, 612, 792) == "display:none"
    assert box_style((0, 0, 10, 10), 0, 0) == "display:none"
    assert [confidence_class(c) for c in (0.95, 0.8, 0.2, None)] == \
        ["conf-high", "conf-medium", "conf-low", "conf-none"]


def wait_listening(proc: subprocess.Popen[str], port: int) -> None:
    """Until the server accepts a connection (at most 20 s), or fail with its output."""
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            try:
                proc.wait(timeout=0.1)
            except subprocess.TimeoutExpired:
                continue
            raise AssertionError(proc.stdout.read() if proc.stdout else "exited") from None
    raise AssertionError("intake review never listened")


def test_intake_review_serves_the_workbench(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "INTAKE_DATA_DIR": str(tmp_path / "data")}
    env.pop("INTAKE_DATABASE_URL", None)
    env.pop("INTAKE_SECRET_KEY", None)
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "review", "--port",
                             str(port)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()  # printed before it listens
        assert f"http://127.0.0.1:{port}/" in first
        wait_listening(proc, port)
        r = httpx.get(f"http://127.0.0.1:{port}/login", timeout=10)
        assert r.status_code == 200 and "Log in" in r.text
        assert (tmp_path / "data" / "intake.db").exists()
        assert (tmp_path / "data" / "secret_key").stat().st_mode & 0o077 == 0
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_the_demo_reviewer_is_made_once(tmp_path: Path) -> None:
    env = {**os.environ, "INTAKE_DATA_DIR": str(tmp_path)}
    env.pop("INTAKE_DATABASE_URL", None)
    outputs = [subprocess.run([sys.executable, "-m", "review.demo"], cwd=ROOT, env=env,
                              capture_output=True, text=True, check=True).stdout
               for _ in range(2)]
    assert "'demo' (created), password 'demo-reviewer'" in outputs[0]
    assert "'demo' (password reset)" in outputs[1]
    assert "intake review" in outputs[1] and "http://127.0.0.1:8000/" in outputs[1]
    from store import connect, list_users, verify_login

    store = connect(f"sqlite:///{tmp_path / 'intake.db'}")
    try:
        assert [u.name for u in list_users(store)] == ["demo"]
        assert verify_login(store, "demo", "demo-reviewer") is not None
    finally:
        store.close()
