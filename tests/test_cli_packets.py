"""What a clerk hands the command line (issue 9, part 3): manifests with several problems or
a byte-order mark, single images as packets, blank files, decompression bombs, files that
are no documents, and `intake eval` on what it is given. Real CLI, real files, real OCR."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image
from reportlab.pdfgen import canvas
from typer.testing import CliRunner

from pipeline.cli import app
from tests.cli_run import ROOT, intake
from tests.render import render_pdf, write_manifest

CERT = [("Certificate of Completion", "Helvetica-Bold", 22), "This certifies that",
        ("Maria L. Gonzalez", "Times-Bold", 20), "has successfully completed",
        ("Records Retention Basics", "Helvetica-Bold", 16),
        "at the Northwest Clerks Institute on June 3, 2024", "for a total of 8 contact hours"]
runner = CliRunner()


def process(packet: Path, *options: str) -> tuple[int, dict, str]:
    """`intake process` on the packet: exit code, result (if any), stderr."""
    run = intake("process", str(packet), "-q", *options)
    return run.returncode, json.loads(run.stdout) if run.stdout.strip() else {}, run.stderr


def scan(tmp_path: Path, lines: list = CERT, dpi: int = 200) -> Image.Image:
    pdf = render_pdf(tmp_path / "born" / "born.pdf", [lines])
    with pdfplumber.open(pdf) as doc:
        return doc.pages[0].to_image(resolution=dpi).original.convert("RGB")


def flags_of(result: dict, source: str) -> list[dict]:
    return [f for d in result["documents"] if d["source"] == source for f in d["flags"]]


# ---------------------------------------------------------------- manifests

def test_every_manifest_problem_at_once_with_the_file_and_the_close_match(
        tmp_path: Path) -> None:
    folder = tmp_path / "p"
    render_pdf(folder / "a.pdf", [CERT])
    (folder / "packet.json").write_text(json.dumps({
        "applicant": {"nmae": "Maria", "region": 14}, "program": "XMC",
        "recieved_date": "2026-11-02"}))
    code, _, err = process(folder)
    assert code == 2 and "Traceback" not in err
    assert str(folder / "packet.json") in err
    assert "did you mean 'received_date'?" in err and "did you mean 'applicant.name'?" in err
    for key in ("'applicant.region'", "'program'", "'recieved_date'", "'applicant.nmae'"):
        assert key in err, err


def test_manifest_from_options_says_so_and_names_the_option(tmp_path: Path) -> None:
    pdf = render_pdf(tmp_path / "scan.pdf", [CERT])
    code, _, err = process(pdf, "--program", "MMC", "--name", "Maria L. Gonzalez",
                           "--region", "3")
    assert code == 2
    assert "from the command-line options" in err and "scan.json" in err
    assert "--prior-designation-date" in err


def test_manifest_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    write_manifest(folder)
    text = (folder / "packet.json").read_text()
    (folder / "packet.json").write_bytes(text.encode("utf-8-sig"))  # as Notepad saves it
    render_pdf(folder / "a.pdf", [CERT])
    code, result, err = process(folder)
    assert code == 0, err
    assert result["applicant"]["name"] == "Maria L. Gonzalez"


# ---------------------------------------------------------------- images as packets

@pytest.mark.parametrize(("name", "fmt"), [("phone.jpg", "JPEG"), ("scan.png", "PNG"),
                                           ("scan.tif", "TIFF")])
def test_a_single_image_is_a_packet(tmp_path: Path, name: str, fmt: str) -> None:
    path = tmp_path / name
    scan(tmp_path).save(path, fmt, dpi=(200, 200))
    write_manifest(tmp_path)
    (tmp_path / "packet.json").rename(path.with_suffix(".json"))
    code, result, err = process(path)
    assert code == 0, err
    (doc,) = result["documents"]
    assert doc["kind"] == "certificate" and doc["text_source"] == "ocr"
    assert doc["fields"]["hours"]["value"] == 8


def test_batch_finds_images_by_content_not_name(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    scan(tmp_path).save(inbox / "IMG_0001", "JPEG", dpi=(200, 200))  # a phone's name, no suffix
    write_manifest(tmp_path / "m")
    (tmp_path / "m" / "packet.json").rename(inbox / "IMG_0001.json")
    (inbox / "notes.txt").write_text("not a packet")
    res = runner.invoke(app, ["batch", str(inbox), "--out-dir", str(tmp_path / "out"),
                              "--settle", "0", "--no-store"])
    assert res.exit_code == 0, res.output
    assert "1 of 1 packets processed" in res.stdout
    assert "left notes.txt: a loose file" in res.stderr
    result = json.loads((tmp_path / "out" / "IMG_0001.json").read_text())
    assert result["documents"][0]["kind"] == "certificate"


# ---------------------------------------------------------------- bad and blank files

def test_a_decompression_bomb_is_an_unsupported_file_and_the_rest_is_read(
        tmp_path: Path) -> None:
    folder = tmp_path / "p"
    write_manifest(folder)
    render_pdf(folder / "a_cert.pdf", [CERT])
    bomb = Image.new("1", (10_000, 10_000), 1)  # 100 million pixels, a few kilobytes
    bomb.save(folder / "b_bomb.png")
    assert (folder / "b_bomb.png").stat().st_size < 100_000
    code, result, err = process(folder)
    assert code == 0, err
    assert "Traceback" not in err and "DecompressionBomb" not in err
    (flag,) = flags_of(result, "b_bomb.png")
    assert flag["code"] == "UNSUPPORTED_FILE" and "pixels" in flag["message"]
    (cert,) = [d for d in result["documents"] if d["source"] == "a_cert.pdf"]
    assert cert["kind"] == "certificate" and not cert["flags"]


def _blank_pdf(path: Path, pages: int) -> Path:
    c = canvas.Canvas(str(path))
    for _ in range(pages):
        c.showPage()
    c.save()
    return path


def test_a_file_of_blank_pages_is_accounted_for(tmp_path: Path) -> None:
    """A white scan, a 1x1 image and a PDF of blank pages each become one document
    flagged UNREADABLE ("blank"); none of them vanishes from the result."""
    folder = tmp_path / "p"
    write_manifest(folder)
    render_pdf(folder / "a_cert.pdf", [CERT])
    Image.new("L", (1700, 2200), 255).save(folder / "b_white.png", dpi=(200, 200))
    Image.new("RGB", (1, 1), (255, 255, 255)).save(folder / "c_dot.png")
    _blank_pdf(folder / "d_blank.pdf", 12)
    code, result, err = process(folder)
    assert code == 0, err
    for source, pages in [("b_white.png", [1]), ("c_dot.png", [1]),
                          ("d_blank.pdf", list(range(1, 13)))]:
        (doc,) = [d for d in result["documents"] if d["source"] == source]
        assert doc["pages"] == pages
        (flag,) = doc["flags"]
        assert flag["code"] == "UNREADABLE" and "blank" in flag["message"], flag
    assert "all 12 pages are blank" in flags_of(result, "d_blank.pdf")[0]["message"]


def test_blank_separator_pages_still_split_silently(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    write_manifest(folder)
    other = [line if line != "Records Retention Basics" else line for line in CERT]
    other[4] = ("Budgeting for Clerks", "Helvetica-Bold", 16)
    render_pdf(folder / "both.pdf", [CERT, [], other])  # a blank sheet between two
    code, result, err = process(folder)
    assert code == 0, err
    assert [d["pages"] for d in result["documents"]] == [[1], [3]]
    assert not any(f["code"] == "UNREADABLE" for d in result["documents"] for f in d["flags"])


def test_unsupported_file_says_what_would_work(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    write_manifest(folder)
    render_pdf(folder / "a_cert.pdf", [CERT])
    buf = io.BytesIO()
    import zipfile
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    (folder / "b_letter.docx").write_bytes(buf.getvalue())
    (folder / "c_notes.txt").write_text("Called the applicant on Monday.\n")
    code, result, err = process(folder)
    assert code == 0, err
    (docx,) = flags_of(result, "b_letter.docx")
    assert docx["code"] == "UNSUPPORTED_FILE" and "Word" in docx["message"]
    assert "print it to PDF" in docx["message"]
    (txt,) = flags_of(result, "c_notes.txt")
    assert "print it to PDF" in txt["message"]


def test_flag_messages_of_unread_files_show_no_python_reprs(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    write_manifest(folder)
    (folder / "a_empty.pdf").write_bytes(b"")
    (folder / "b.gif").write_bytes(b"GIF89a" + b"\x00" * 40)
    _blank_pdf(folder / "c_blank.pdf", 2)
    code, result, _ = process(folder)
    assert code == 3  # nothing readable
    messages = [f["message"] for d in result["documents"] for f in d["flags"]]
    assert len(messages) == 3
    for message in messages:
        assert not re.search(r"\[\d|\(\d+, ?\d|'\w+': |PosixPath|<\w+", message), message



REPR = re.compile(r"\[\d|\(\d+, ?\d|'\w[^']*'|'\w+': |PosixPath|<\w+")


@pytest.mark.parametrize("sample", ["cmc-r5-duplicates", "cmc-r7-name-checks",
                                    "mmc-r3-missing-and-relatives", "cmc-r1-letter-flags"])
def test_flag_messages_of_read_documents_show_no_python_reprs(sample: str) -> None:
    """Duplicates (pages), name mismatches, relatives, first person, missing hours: the
    values a message quotes are in quotation marks and pages are words."""
    code, result, _ = process(ROOT / "samples" / "born_digital" / sample)
    assert code == 0
    messages = [f["message"] for d in result["documents"] for f in d["flags"]]
    assert messages
    for message in messages:
        assert not REPR.search(message), message

# ---------------------------------------------------------------- intake eval

def _sample(tmp_path: Path, hours_in_truth: float) -> Path:
    samples = tmp_path / "samples"
    folder = samples / "set" / "one"
    write_manifest(folder)
    render_pdf(folder / "a.pdf", [CERT])
    truth = {"documents": [{"source": "a.pdf", "pages": [1], "kind": "certificate",
                            "fields": {"hours": hours_in_truth}, "flags": []}]}
    (folder / "truth.json").write_text(json.dumps(truth))
    return samples


def test_eval_prints_counts_beside_each_accuracy(tmp_path: Path) -> None:
    res = runner.invoke(app, ["eval", str(_sample(tmp_path, 8))], terminal_width=200)
    assert res.exit_code == 0, res.output
    assert "1.000 (1/1)" in res.stdout  # splitting, kind


def test_eval_lists_the_misses_in_the_terminal(tmp_path: Path) -> None:
    samples = _sample(tmp_path, 9)
    plain = runner.invoke(app, ["eval", str(samples)], terminal_width=200)
    assert "want 9" not in plain.stdout
    res = runner.invoke(app, ["eval", str(samples), "--misses"], terminal_width=200)
    assert res.exit_code == 0, res.output
    assert "field hours: want 9, got 8" in res.stdout


def test_eval_names_a_missing_folder_or_truth_file(tmp_path: Path) -> None:
    res = runner.invoke(app, ["eval", str(tmp_path / "nope")])
    assert res.exit_code == 2 and "No such folder" in res.output
    (tmp_path / "empty").mkdir()
    res = runner.invoke(app, ["eval", str(tmp_path / "empty")])
    assert res.exit_code == 2 and "No sample packets with truth" in res.output
    samples = _sample(tmp_path, 8)
    (samples / "set" / "lost.truth.json").write_text("{}")
    (samples / "set" / "one" / "truth.json").write_text("{not json")
    res = runner.invoke(app, ["eval", str(samples)], terminal_width=300)
    assert "Traceback" not in res.output
    assert "lost.truth.json: no packet beside it" in res.output
    assert "truth.json is not valid JSON" in res.output


# ---------------------------------------------------------------- docs within the clone

DOCS = [ROOT / "README.md", ROOT / "scoring" / "README.md", ROOT / "samples" / "README.md",
        *sorted((ROOT / "docs").glob("*.md"))]


def test_docs_never_point_outside_the_repository() -> None:
    for doc in DOCS:
        for target in re.findall(r"\]\(([^)#]+)", doc.read_text()):
            if target.startswith("http"):
                continue
            resolved = (doc.parent / target).resolve()
            assert resolved.is_relative_to(ROOT) and resolved.exists(), (doc, target)
        assert "../shared" not in doc.read_text(), doc


def test_every_rulings_citation_resolves_in_docs() -> None:
    rulings = (ROOT / "docs" / "rulings.md").read_text()
    numbered = set(re.findall(r"^(\d+)\. ", rulings, flags=re.M))
    cited = set()
    for folder in ("core", "extractors", "scoring", "pipeline"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in {".py", ".yaml"}:
                cited |= set(re.findall(r"RULINGS\.md (\d+)", path.read_text()))
    assert cited and cited <= numbered, sorted(cited - numbered)
    assert (ROOT / "docs" / "interface.md").exists()


def test_a_manifest_given_as_the_packet_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    write_manifest(folder)
    render_pdf(folder / "a.pdf", [CERT])
    code, _, err = process(folder / "packet.json")
    assert code == 2 and "is a manifest, not a packet" in err


# ---------------------------------------------------------------- long files

def test_pages_past_the_limit_are_a_flagged_document_not_dropped(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    write_manifest(folder)
    render_pdf(folder / "certs.pdf", [CERT, CERT, CERT])
    done = intake("process", str(folder), "-q", env={"INTAKE_MAX_PAGES": "2"})
    assert done.returncode == 0, done.stderr
    docs = json.loads(done.stdout)["documents"]
    assert [d["pages"] for d in docs] == [[1], [2], [3]]
    (flag,) = docs[2]["flags"]
    assert flag["code"] == "UNREADABLE" and "INTAKE_MAX_PAGES" in flag["message"]


def test_pages_read_are_counted_while_a_scan_is_read(tmp_path: Path) -> None:
    """On a terminal the read stage counts the pages read so far, OCR pages included."""
    page = scan(tmp_path, dpi=300)
    path = tmp_path / "scan.tif"
    page.save(path, "TIFF", save_all=True, append_images=[page.copy() for _ in range(3)],
              dpi=(300, 300))
    write_manifest(tmp_path)
    (tmp_path / "packet.json").rename(path.with_suffix(".json"))
    done = intake("process", str(path), "-q", env={
        "FORCE_COLOR": "1", "INTAKE_CACHE_DIR": str(tmp_path / "cache"),
        "INTAKE_OCR_WORKERS": "1"})
    assert done.returncode == 0, done.stderr
    assert re.search(r"[123] pages? read so far", done.stderr), done.stderr[-2000:]
    assert len(json.loads(done.stdout)["documents"]) == 4
