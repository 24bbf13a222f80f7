"""The issuer's name where layouts put it: wrapped in a side bar beside the headline, above
a labelled form, ending in a plural or trailing head noun. Real PDFs drawn here, read and
extracted by the real stages."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from core.models import Document
from tests.render import extract_pdf, render_pdf


def _doc(tmp_path: Path, pdf: Path) -> Document:
    return extract_pdf(pdf)


def test_a_name_wrapped_in_a_side_bar_beside_the_headline_is_read_whole(tmp_path: Path) -> None:
    pdf = tmp_path / "sidebar.pdf"
    c = canvas.Canvas(str(pdf), pagesize=letter, invariant=1)
    c.setFont("Helvetica-Bold", 15)
    for k, part in enumerate(("Northern Plains", "Institute for", "Municipal Clerks")):
        c.drawString(18, 700 - k * 19, part)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(185, 680, "Certificate of Completion")
    c.setFont("Helvetica", 12)
    for k, line in enumerate(("Presented to", "Maria L. Gonzalez", "has completed",
                              "Records Management Basics", "June 3-5, 2024",
                              "for a total of 12 hours of instruction")):
        c.drawString(185, 620 - k * 22, line)
    c.save()
    doc = _doc(tmp_path, pdf)
    assert doc.fields["provider"].value == "Northern Plains Institute for Municipal Clerks"


def test_a_label_is_not_the_issuer_and_a_plural_head_noun_names_one(tmp_path: Path) -> None:
    pdf = render_pdf(tmp_path / "form.pdf", [[
        ("Ridgeline Leadership Workshops", "Helvetica-Bold", 16),
        ("CERTIFICATE OF ACCOMPLISHMENT", "Helvetica-Bold", 22),
        "This certificate is presented to", "Maria L. Gonzalez",
        "Program          Plain Language for Municipal Notices",
        "Date(s)          February 12-13, 2025", "Contact Hours          12"]])
    doc = _doc(tmp_path, pdf)
    assert doc.fields["provider"].value == "Ridgeline Leadership Workshops"


def test_an_assessment_named_in_several_words_and_a_states_agency(tmp_path: Path) -> None:
    cert = _doc(tmp_path, render_pdf(tmp_path / "hybrid.pdf", [[
        ("Lakes Clerks Association", "Helvetica-Bold", 16), "Certificate of Completion",
        "Presented to", "Maria L. Gonzalez", "has satisfactorily completed",
        ("Procedural By-law Essentials", "Helvetica-Bold", 16), "04/01/2025 - 04/29/2025",
        "Contact Hours: 8", "Hybrid course: online modules with classroom sessions",
        "and passed the end-of-course learning assessment"]]))
    assert cert.fields["assessment"].value is True
    hr = _doc(tmp_path, render_pdf(tmp_path / "state.pdf", [[
        "Oregon Department of Elections", "July 7, 2026", "To Whom It May Concern:",
        "This letter is to verify that Maria L. Gonzalez has been employed by the Oregon",
        "Department of Elections in the position of Program Administrator from Mar. 1, 2012",
        "to Feb. 28, 2017. This is a full-time position.", "Cordially,", "Janet Foss",
        "HR Generalist"]]))
    assert hr.fields["sector"].value == "state_federal"


def test_a_programme_stage_from_an_institute_is_institute_attendance(tmp_path: Path) -> None:
    doc = _doc(tmp_path, render_pdf(tmp_path / "unit.pdf", [[
        ("Lakeshore Municipal Administration Institute", "Helvetica-Bold", 16),
        "Record of Participation", "Presented to", "Maria L. Gonzalez",
        "has fulfilled the course of study for", ("Unit 2", "Helvetica-Bold", 20),
        "Kingston, Ontario | May 6-10, 2024", "30 contact hours"]]))
    assert doc.fields["title"].value == "Unit 2"
    assert doc.fields["activity"].value == "institute"


def test_a_provider_read_as_its_acronym_is_the_name_spelled_out(tmp_path: Path) -> None:
    doc = _doc(tmp_path, render_pdf(tmp_path / "acronym.pdf", [[
        ("NWRA", "Helvetica-Bold", 28), "Certificate of Completion", "Presented to",
        "Maria L. Gonzalez", "has completed", ("Records Retention Basics", "Helvetica-Bold", 16),
        "June 3-5, 2024, for a total of 12 hours of instruction",
        "Northwest Records Association, 12 Main Street, Boise, Idaho"]]))
    assert doc.fields["provider"].value == "Northwest Records Association"
