"""Certificates that state their work in one running sentence, wrapped where the line
ends; headings that only say what kind of paper it is; a course named in a table's cell by
its kind; signers and providers of other spellings. Real PDFs drawn here, read by the real
pipeline stages."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from core.models import Kind
from tests.render import extract_lines, extract_pdf

SIGNED = ["Odile Brennan-Farr", "Executive Secretary"]


def _fields(doc):
    return {k: v.value for k, v in doc.fields.items()}


def test_a_title_wrapped_inside_the_statement_and_a_date_above_it(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, [
        "Coastal Plains Clerks and Recorders Guild", "Beaufort, South Carolina", "",
        "June 30, 2025", "", ("CERTIFICATE OF COMPLETION", "Helvetica-Bold", 16),
        "This certifies that Rosamund K. Achebe-Tate successfully completed the course Capital",
        "Improvement Planning for Towns, in Beaufort, South Carolina, on June 12, 2025.",
        "Contact hours: 7.", *SIGNED])
    f = _fields(doc)
    assert f["title"] == "Capital Improvement Planning for Towns"
    assert f["issue_date"] == "2025-06-30"
    assert (f["start_date"], f["end_date"]) == ("2025-06-12", "2025-06-12")
    assert "MISSING_TITLE" not in {fl.code for fl in doc.flags}


def test_the_name_after_the_kind_of_work_in_lower_case(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, [
        ("ACADEMY CERTIFICATE", "Helvetica-Bold", 18), "Great Lakes Clerks Academy",
        "Awarded to", "Tobiah J. Renfrew",
        "for completing the Spring Leadership Academy session Conflict",
        "Resolution at the Counter, in Sault Ste. Marie, Michigan, on April 3, 2024.",
        "Contact hours: 3.", *SIGNED])
    assert _fields(doc)["title"] == "Conflict Resolution at the Counter"


@pytest.mark.parametrize("heading", ["WEBINAR CERTIFICATE", "Webinar Attendance",
                                     "CD-ROM COURSE COMPLETION"])
def test_a_heading_that_names_only_the_kind_of_paper_is_no_title(tmp_path: Path,
                                                                 heading: str) -> None:
    doc = extract_lines(tmp_path, [
        (heading, "Helvetica-Bold", 20), "High Desert Municipal Clerks Association",
        "Presented to", "Evangeline R. Moody",
        "for completing the webinar Budget Hearings Without Tears, on",
        "September 9, 2025. Contact hours: 1.5.", *SIGNED])
    assert _fields(doc)["title"] == "Budget Hearings Without Tears"


def test_the_work_named_on_the_line_after_its_kind(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, [
        "International Institute of Municipal Clerks", "certifies that", "Ilse V. Marchbanks",
        "has participated in the Dialogue", "Democracy in America",
        "held in Duluth, Minnesota", "on October 2, 2023", *SIGNED])
    assert _fields(doc)["title"] == "Democracy in America"


def test_a_comma_and_a_month_end_the_title(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, [
        "Prairie Rivers Clerks Association", "Presented to", "Wendeline S. Okoro",
        "for completing the online course Agenda Packets That Work, Oct. 2-30,",
        "2024, Contact hours: 6.", *SIGNED])
    assert _fields(doc)["title"] == "Agenda Packets That Work"


def _table_pdf(path: Path, rows: list[tuple[str, str]]) -> Path:
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(72, 700, "Tidewater Clerks Association")
    c.setFont("Helvetica", 14)
    c.drawString(72, 670, "Certificate of Completion")
    c.setFont("Helvetica", 11)
    y = 630
    for label, value in rows:
        c.drawString(72, y, label)
        c.drawString(260, y, value)
        y -= 22
    c.drawString(72, y - 40, SIGNED[0])
    c.drawString(72, y - 54, SIGNED[1])
    c.save()
    return path


@pytest.mark.parametrize("cell", ["Webinar", "IIMC online course", "Academy session"])
def test_a_course_named_in_the_cell_of_its_kind(tmp_path: Path, cell: str) -> None:
    pdf = _table_pdf(tmp_path / "t.pdf", [("Item", "Detail"), ("Participant", "Harlan P. Voss"),
                                          (cell, "Records Requests in the Age of Email"),
                                          ("Date(s)", "03/04/2025"), ("Contact Hours", "2")])
    f = _fields(extract_pdf(pdf))
    assert f["title"] == "Records Requests in the Age of Email"
    assert f["hours"] == 2


def test_a_kind_before_a_colon_on_its_line_stays_part_of_the_name(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, [
        "Tidewater Clerks Association", ("Certificate of Completion", "Helvetica", 16),
        "Presented to", "Harlan P. Voss", "has completed",
        ("Webinar: Ethics for Deputy Clerks", "Helvetica-Bold", 14), "March 4, 2025",
        "Contact hours: 1", *SIGNED])
    assert _fields(doc)["title"] == "Webinar: Ethics for Deputy Clerks"


def test_the_end_of_a_wrapped_sentence_is_not_the_signer(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, [
        "International Institute of Municipal Clerks", "May 2, 2022",
        ("CD-ROM COURSE COMPLETION", "Helvetica-Bold", 16),
        "This certifies that Amos T. Wetherby completed the IIMC CD-ROM course Advanced",
        "Parliamentary Practice.", "Lavinia Orr-Castellanos", "Education Director"])
    f = _fields(doc)
    assert f["signatory"] == "Lavinia Orr-Castellanos"
    assert f["title"] == "Advanced Parliamentary Practice"


def test_a_signer_named_saint(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, [
        "Northern Shores Clerks Institute", "Certificate of Completion", "This is to certify that",
        "Priya N. Castellane", "has satisfactorily completed", "Level 2",
        "held in Marquette, Michigan", "16-20 May 2022", "Contact hours: 30",
        "Bernadette St. Laurent-Ames", "Institute Coordinator"])
    assert _fields(doc)["signatory"] == "Bernadette St. Laurent-Ames"


def test_ones_own_letter_names_the_body_that_held_the_event(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, [
        "Maria L. Gonzalez", "4 Harbour Road", "Marquette, Michigan", "", "March 3, 2026", "",
        "IIMC Education Department", "8331 Utica Avenue, Suite 200",
        "Rancho Cucamonga, CA 91730", "", "Dear Education Committee:",
        "I am writing to confirm that I attended the Upper Peninsula Records Forum held by the Lakeshore",
        "Municipal Clerks Association in Escanaba, Michigan on May 2, 2025.",
        "I was present for the full day but did not receive a certificate.", "Respectfully,",
        "Maria L. Gonzalez"])
    assert doc.kind == Kind.letter
    assert _fields(doc)["provider"] == "Lakeshore Municipal Clerks Association"


def _letter(tmp_path: Path, body: list[str], signer: list[str] = SIGNED):
    return extract_lines(tmp_path, [
        "Sandhill Clerks Association", "PO Box 12, Ocala, Florida 34470", "", "April 4, 2024",
        "", "IIMC Education Department", "8331 Utica Avenue, Suite 200",
        "Rancho Cucamonga, CA 91730", "", *body, "Sincerely,", *signer])


def test_a_letter_to_the_applicant_names_her_by_her_surname(tmp_path: Path) -> None:
    doc = _letter(tmp_path, [
        "Dear Ms. Gonzalez:",
        "Thank you for teaching Minutes and Motions for New Deputy Clerks at the Sandhill",
        "Clerks Academy during our academy week of March 11-15, 2024.",
        "You taught eight (8) hours of instruction across the week."])
    f = _fields(doc)
    assert f["applicant_name"] == "Maria L. Gonzalez"
    assert f["title"] == "Minutes and Motions for New Deputy Clerks"
    assert f["hours"] == 8


def test_a_salutation_to_someone_else_names_no_applicant(tmp_path: Path) -> None:
    doc = _letter(tmp_path, [
        "Dear Mr. Alvarez:",
        "Thank you for teaching Minutes and Motions at the Sandhill Clerks Academy."])
    assert "applicant_name" not in doc.fields


def test_an_instructor_for_a_course_names_the_course(tmp_path: Path) -> None:
    doc = _letter(tmp_path, [
        "Dear Ms. Gonzalez:",
        "Thank you for serving as an instructor for the Association's course Budget Hearings "
        "Made Plain on",
        "March 9, 2024, in Ocala.", "Your six (6) hours of teaching were well received."])
    assert _fields(doc)["title"] == "Budget Hearings Made Plain"


def test_a_term_of_so_many_years(tmp_path: Path) -> None:
    doc = _letter(tmp_path, [
        "Dear Members of the Education Department:",
        "Maria L. Gonzalez served on the Association's Board of Directors from May 2019 to May",
        "2023, a term of four years."])
    assert _fields(doc)["years"] == 4


@pytest.mark.parametrize("event", ["Gulf Coast Records Forum", "XI Meeting"])
def test_a_forum_and_a_region_meeting_whose_region_ocr_lost_are_conferences(
        tmp_path: Path, event: str) -> None:
    doc = extract_lines(tmp_path, [
        "Sandhill Clerks Association", ("Certificate of Attendance", "Helvetica-Bold", 16),
        "This certifies that", "Maria L. Gonzalez", "attended the", event,
        "held in Ocala, Florida", "on May 2-3, 2024", "Contact hours: 10", *SIGNED])
    assert _fields(doc)["activity"] == "conference"
