"""Wordings other issuers use, read by the real pipeline stages from real PDFs drawn here:
places abroad (IIMC Region 11), the addressee of a salutation, an office held in an
organisation whose name has "and" in it, a position wrapped after "position", a
presentation phrase of old ("Be it known that"), the applicant as a sentence's subject,
certification boards and academies for advanced education."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.models import Kind
from tests.render import extract_lines


@pytest.mark.parametrize(("line", "place"), [
    ("held in Nelson, New Zealand on 12 May 2024", "Nelson, New Zealand"),
    ("Location: Halifax, Nova Scotia", "Halifax, Nova Scotia"),
    ("held at Charlottetown, PE", "Charlottetown, PE"),
])
def test_places_beyond_the_states(tmp_path: Path, line: str, place: str) -> None:
    doc = extract_lines(tmp_path, ["Northern Clerks Institute", "Certificate of Attendance",
                                   "This is to certify that", "Maria L. Gonzalez",
                                   "has completed", "Records Management Essentials", line,
                                   "12 contact hours"])
    assert doc.fields["location"].value == place


def test_the_addressee_of_a_salutation_is_not_the_provider(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["Erik & Maria Gonzalez", "14 Madrona Lane, Port Alder, WA",
                                   "06/03/2024", "Dear IIMC Education Staff:",
                                   "Maria L. Gonzalez led the Records Retention Project for the "
                                   "City of Port Alder,",
                                   "work outside her daily duties, 02/01/2024 - 05/31/2024.",
                                   "Sincerely,", "Erik Gonzalez"])
    assert doc.fields["provider"].value == "City of Port Alder"


def test_an_office_held_names_the_whole_organisation(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["88 Bluestem Court", "Osage Springs, OK 74104",
                                   "August 1, 2026", "To Whom It May Concern:",
                                   "I was Treasurer of the Heartland Records and Information "
                                   "Management Council from 2021 to 2024; I",
                                   "kept its accounts and reported at every meeting.",
                                   "Sincerely,", "Maria L. Gonzalez", "City Clerk"])
    assert doc.fields["provider"].value == \
        "Heartland Records and Information Management Council"


def test_a_position_named_after_a_line_break(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["Blue Earth County", "09/15/2026",
                                   "Dear IIMC Education Staff:",
                                   "This letter is to verify that Maria L. Gonzalez has been "
                                   "employed by Blue Earth County in the position",
                                   "of Deputy County Recorder from 09/01/2015 to 08/31/2021.",
                                   "Respectfully,", "Bettina Kraus",
                                   "Director of Human Resources"])
    assert doc.kind == Kind.employment_letter
    assert doc.fields["position"].value == "Deputy County Recorder"


@pytest.mark.parametrize("lines", [
    ["Be it known that", "Maria T. Gonzales", "Program Vital Records Basics"],
    ["Dear IIMC Education Staff:",
     "Maria T. Gonzales served as a member of the Awards Committee of the Guild from "
     "01/01/2023 to 12/31/2023."],
])
def test_the_person_named_is_read_even_when_not_the_applicant(tmp_path: Path,
                                                              lines: list[str]) -> None:
    """Another person's name (the manifest says Maria L. Gonzalez) is read, so that
    validation raises NAME_MISMATCH rather than MISSING_NAME."""
    doc = extract_lines(tmp_path, ["Granite State Clerks Guild", *lines, "Sincerely,",
                                   "Desmond K. Ashby", "Executive Director"])
    assert doc.fields["applicant_name"].value == "Maria T. Gonzales"


def test_a_certification_board_certifies(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["Heartland Records and Information Management Council",
                                   "Certificate", "presented to", "Maria L. Gonzalez",
                                   "for participation in", "Records Management Specialist",
                                   "Date(s): Mar. 1, 2023 to June 30, 2023",
                                   "Credit: 32 Contact Hours", "Patrice Fonoti",
                                   "Certification Board Chair"])
    assert doc.fields["activity"].value == "certification"


def test_an_academy_for_advanced_education_is_an_institute(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["Ozark Highlands Academy for Advanced Education",
                                   "Certificate of Completion", "This is to certify that",
                                   "Maria L. Gonzalez", "has successfully completed",
                                   "Advanced Academy: Leadership in Turbulent Times",
                                   "held July 19-22, 2021 in Harrison, Missouri",
                                   "24 Contact Hours"])
    assert doc.fields["activity"].value == "institute"


def test_a_signature_line_with_a_long_role(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["Jul 31, 2025", "Maria L. Gonzalez", "has successfully completed",
                                   "Natural Language Processing with Classification",
                                   "an online course authorized by DeepLearning.AI",
                                   "Verify at: coursera.org/verify/Q191XATKY1JG",
                                   "Younes Bensouda Mourri, Instructor of AI at Stanford University",
                                   "Coursera has confirmed the identity of this individual."])
    assert doc.fields["signatory"].value == "Younes Bensouda Mourri"


def test_an_internship_letter_names_an_intern(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["INTERNSHIP EXPERIENCE LETTER", "TO WHOM IT MAY CONCERN",
                                   "This is to certify that Maria L. Gonzalez has successfully "
                                   "completed an internship",
                                   "from 19th December 2024 to 6th January 2025 at Physics Wallah "
                                   "Pvt. Ltd.", "We wish her all the best."])
    assert doc.kind == Kind.employment_letter
    assert doc.fields["position"].value == "Intern"


def test_a_memo_is_signed_by_its_sender_though_the_subject_names_someone(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["Town of Salem Harbor", "MEMORANDUM",
                                   "TO: International Institute of Municipal Clerks", "FROM:",
                                   "Mereana Tuhoe, Human Resources Manager", "DATE: 10/20/2026",
                                   "SUBJECT: Verification of Employment", "Maria L. Gonzalez",
                                   "Please accept this letter as verification that Maria L. "
                                   "Gonzalez was",
                                   "employed with the Town of Salem Harbor in the position of "
                                   "Town Clerk from", "Mar. 6, 2017 to the present."])
    assert doc.fields["signatory"].value == "Mereana Tuhoe"
    assert "FIRST_PERSON" not in {f.code for f in doc.flags}


def test_a_positions_table_ends_where_prose_runs_across_its_columns(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    from tests.render import extract_pdf
    pdf = tmp_path / "letter.pdf"
    c = canvas.Canvas(str(pdf))
    c.setFont("Helvetica", 11)
    for y, text in ((760, "Kowhai Engineering Ltd"), (730, "Feb. 11, 2026"),
                    (705, "To Whom It May Concern:"),
                    (680, "At the request of Maria L. Gonzalez, we confirm her record of "
                          "employment:")):
        c.drawString(72, y, text)
    c.setFont("Helvetica", 9)
    for x, heading, value in ((75, "Position Title", "Office Manager"), (305, "Status", "Full-time"),
                              (385, "From", "02/06/2012"), (465, "To", "01/29/2016")):
        c.drawString(x, 650, heading)
        c.drawString(x, 632, value)
    c.drawString(72, 610, "Administrative responsibility: Yes -")
    c.drawString(233, 610, "supervises records, elections and meeting administration.")
    c.drawString(72, 580, "Respectfully,")
    c.drawString(72, 550, "Bettina Kraus")
    c.drawString(72, 538, "HR Generalist")
    c.save()
    doc = extract_pdf(pdf)
    assert doc.kind == Kind.employment_letter
    assert doc.fields["position"].value == "Office Manager"
    assert doc.fields["end_date"].value == "2016-01-29"
