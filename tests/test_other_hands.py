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


def test_a_letter_closed_with_thanks_is_a_letter(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["New Mexico Clerks and Finance Officers Association",
                                   "January 15, 2026", "To the IIMC Education Department:",
                                   "This letter confirms that Maria L. Gonzalez held the office of "
                                   "President of the", "Association for one term.",
                                   "With thanks,", "Vikram Desai", "Executive Director"])
    assert doc.kind == Kind.letter
    assert doc.fields["signatory"].value == "Vikram Desai"


def test_two_letters_back_to_back_are_two_documents(tmp_path: Path) -> None:
    from pipeline.stages import ingest, read_files, split_files
    from tests.render import render_pdf, write_manifest
    letter = ["IIMC FOUNDATION", "July 15, 2025", "To the IIMC Education Department:",
              "Maria L. Gonzalez served as a Director on the Board from July 1, 2023 through "
              "June 30, 2025.", "With thanks,", "Colette Durand", "Foundation Chair"]
    folder = tmp_path / "packet"
    write_manifest(folder)
    render_pdf(folder / "letters.pdf", [letter, letter])
    docs = split_files(read_files(ingest(folder)))
    assert [d.pages for d in docs] == [[1], [2]]


@pytest.mark.parametrize(("header", "employer", "sector"), [
    ("New Mexico Department of Local Affairs \u2022 Personnel Bureau",
     "New Mexico Department of Local Affairs", "state_federal"),
    ("Barlow County \u2022 Human Resources", "Barlow County", "local"),
    ("Shire of Wattle Creek \u2022 People and Culture", "Shire of Wattle Creek", "local"),
])
def test_a_memo_from_a_personnel_office(tmp_path: Path, header: str, employer: str,
                                        sector: str) -> None:
    doc = extract_lines(tmp_path, [("MEMORANDUM", "Helvetica-Bold", 26.0), header,
                                   "TO: International Institute of Municipal Clerks, Education "
                                   "Department",
                                   "FROM: Ellen Fairchild, Personnel Bureau Chief",
                                   "DATE: 06/10/2026",
                                   "RE: Employment verification - Maria L. Gonzalez",
                                   "Our records show that Maria L. Gonzalez was appointed "
                                   "Governance Coordinator from 07/01/2009 to 06/30/2013.",
                                   "Status: full-time."])
    assert doc.kind == Kind.employment_letter
    assert doc.fields["provider"].value == employer
    assert doc.fields["sector"].value == sector
    assert doc.fields["position"].value == "Governance Coordinator"


def test_a_certificate_signed_in_its_top_corner(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    from tests.render import extract_pdf
    pdf = tmp_path / "corner.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(792, 612))
    for x, y, font, size, text in (
            (60, 540, "Helvetica-Bold", 13, "Prairie Wind Clerks Academy"),
            (552, 505, "Helvetica", 9, "Dorothea Quill"),
            (552, 494, "Helvetica", 8, "Academy Director"),
            (60, 440, "Helvetica-Bold", 36, "Certificate of Completion"),
            (60, 400, "Helvetica", 20, "Clerks Institute, First Year"),
            (632, 170, "Helvetica", 12, "This is to certify that"),
            (502, 140, "Helvetica-Bold", 26, "Maria L. Gonzalez"),
            (56, 95, "Helvetica", 10, "03/11/2024 - 03/15/2024 Keeler, Kansas"),
            (56, 80, "Helvetica", 10, "40 contact hours")):
        c.setFont(font, size)
        c.drawString(x, y, text)
    c.save()
    assert extract_pdf(pdf).fields["signatory"].value == "Dorothea Quill"


def test_a_wallet_card_signed_by_a_name_alone(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, [("Summit Skills Seminars, LLC", "Helvetica-Bold", 10.0),
                                   "Certificate of Completion", "Name: Maria L. Gonzalez",
                                   "Course: Managing Multiple Priorities",
                                   "Date: February 11, 2025", "6 contact hours",
                                   ("Agnes Whitlock", "Helvetica", 6.5),
                                   "Keep this card with your education records. A duplicate card "
                                   "may be requested."])
    assert doc.fields["signatory"].value == "Agnes Whitlock"


def test_names_beyond_ascii(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["High Mesa Municipal Clerks Institute", "Certificate",
                                   "This certifies that", "Maria L. Gonzalez",
                                   "has successfully completed Year 1",
                                   "September 12-15, 2022, Alamillo, New Mexico",
                                   "30 contact hours", "Rosa Villaseñor", "Institute Director"])
    assert doc.fields["signatory"].value == "Rosa Villaseñor"


def test_a_signer_with_an_academic_title(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["Coastal Plains Institute for Municipal Clerks",
                                   "Certificate of Achievement", "we honor", "Maria L. Gonzalez",
                                   "attended and completed", "First Year Program",
                                   "Held April 22-26, 2024 in Marlow Heights, Georgia",
                                   "42 contact hours", "Prof. Cressida Amadi-Lund",
                                   "Director, Clerks Institute"])
    assert doc.fields["signatory"].value == "Prof. Cressida Amadi-Lund"


@pytest.mark.parametrize(("heading", "provider"), [
    ("Meridian Professional Seminars, Inc.", "Meridian Professional Seminars, Inc."),
    ("REDAN COMMUNITY COLLEGE * CONTINUING EDUCATION", "REDAN COMMUNITY COLLEGE"),
])
def test_providers_named_as_printed(tmp_path: Path, heading: str, provider: str) -> None:
    doc = extract_lines(tmp_path, [heading, "Certificate of Achievement",
                                   "This certificate is presented to", "Maria L. Gonzalez",
                                   "for completing Conflict Resolution for Clerks",
                                   "March 11, 2025", "6 contact hours"])
    assert doc.fields["provider"].value == provider


@pytest.mark.parametrize(("first", "second", "title"), [
    ("Study Abroad Program: Local", "Government in the Low Countries",
     "Study Abroad Program: Local Government in the Low Countries"),
    ("Annual Conference Academy: Strategic Planning for", "Clerks",
     "Annual Conference Academy: Strategic Planning for Clerks"),
])
def test_a_subtitled_name_wrapped_in_its_type(tmp_path: Path, first: str, second: str,
                                              title: str) -> None:
    doc = extract_lines(tmp_path, ["International Institute of Municipal Clerks",
                                   ("Certificate of Completion", "Helvetica-Bold", 28.0),
                                   "Be it known that", ("Maria L. Gonzalez", "Helvetica", 22.0),
                                   "has fulfilled the course of study for",
                                   (first, "Helvetica", 15.0), (second, "Helvetica", 15.0),
                                   "Presented Sep. 14-20, 2025 in Utrecht, Netherlands"])
    assert doc.fields["title"].value == title


@pytest.mark.parametrize(("sentence", "title"), [
    ("Maria L. Gonzalez served on the Association's Education Committee from 2021 to 2023.",
     "Education Committee"),
    ("Maria L. Gonzalez served on the IIMC Membership Committee from 2021 to 2023.",
     "Membership Committee"),
])
def test_a_committee_by_its_own_name(tmp_path: Path, sentence: str, title: str) -> None:
    doc = extract_lines(tmp_path, ["North Star Municipal Clerks Association", "May 2, 2024",
                                   "Dear Education Committee:", sentence, "Sincerely,",
                                   "Harriet Vossberg", "President"])
    assert doc.fields["title"].value == title


def test_when_and_how_lines_are_no_title(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["CivicCompass Learning", "Certificate of Achievement",
                                   "Be it known that Maria L. Gonzalez",
                                   "has fulfilled the course of study for By-law Drafting Basics",
                                   "Presented April 9, 2025", "3 contact hours",
                                   "Post-course assessment: PASSED"])
    assert doc.fields["title"].value == "By-law Drafting Basics"
    notitle = extract_lines(tmp_path / "b", ["Meridian Professional Seminars, Inc.",
                                             "Certificate of Attendance",
                                             "In recognition of the successful completion of "
                                             "the program, we honor Maria L. Gonzalez",
                                             "was registered for and attended",
                                             "Conducted 10/22/2024 in Sablewood, Minnesota",
                                             "Credit awarded: Six (6) Contact Hours"])
    assert "title" not in notitle.fields


@pytest.mark.parametrize(("sentence", "title", "activity"), [
    ("This letter certifies that Maria L. Gonzalez was elected Second Vice President of the "
     "Pinebarren Municipal Clerks Association and held that office for two years, January 2024 "
     "through December 2025.", "Second Vice President", "association_officer"),
    ("The Society thanks Maria L. Gonzalez for three years as its elected Treasurer, 2021-2023.",
     "Treasurer", "related_officer"),
])
def test_offices_held_as_others_write_them(tmp_path: Path, sentence: str, title: str,
                                           activity: str) -> None:
    doc = extract_lines(tmp_path, ["Prairie Records & Information Managers Society",
                                   "Jan. 20, 2026", "To the Education Department:", sentence,
                                   "Yours truly,", "Yusuf Tamberlane", "President"])
    assert (doc.fields["title"].value, doc.fields["activity"].value) == (title, activity)


def test_employment_since_a_date_that_ended_later(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["MEMORANDUM",
                                   "State of Oregon Department of Public Archives - Human "
                                   "Resources Section", "TO: IIMC Education Department",
                                   "FROM: Ines Valdes-Ruark, HR Generalist II",
                                   "DATE: May. 19, 2026",
                                   "Maria L. Gonzalez has been employed by State of Oregon "
                                   "Department of Public Archives as",
                                   "Administrative Specialist 2 since May. 14, 2012; the "
                                   "employment ended on Sep. 30, 2016."])
    assert doc.fields["position"].value == "Administrative Specialist 2"
    assert (doc.fields["start_date"].value, doc.fields["end_date"].value) == \
        ("2012-05-14", "2016-09-30")


def test_a_positions_table_whose_rows_read_as_one_line(tmp_path: Path) -> None:
    """Columns set close enough that the reader joins a row into one line: the row is cut
    where its words stand a column apart."""
    from reportlab.pdfgen import canvas

    from tests.render import extract_pdf
    pdf = tmp_path / "hr.pdf"
    c = canvas.Canvas(str(pdf))
    c.setFont("Helvetica", 11)
    for y, text in ((760, "City of Sablewood"), (740, "September 14, 2026"),
                    (715, "Re: Verification of Employment - Maria L. Gonzalez"),
                    (695, "The position Maria L. Gonzalez held with City of Sablewood is shown "
                          "below.")):
        c.drawString(72, y, text)
    c.setFont("Helvetica", 9)
    for x, heading, value in ((72, "Position Title", "City Clerk"), (150, "Start Date",
                                                                    "February 11, 2019"),
                              (240, "End Date", "Present"), (290, "Status",
                                                             "Regular Full-Time")):
        c.drawString(x, 670, heading)
        c.drawString(x, 655, value)
    c.setFont("Helvetica", 11)
    c.drawString(72, 630, "With best wishes,")
    c.drawString(72, 600, "Rosalind Petrakis")
    c.drawString(72, 588, "Director of Human Resources")
    c.save()
    doc = extract_pdf(pdf)
    assert doc.kind == Kind.employment_letter
    assert doc.fields["position"].value == "City Clerk"
    assert doc.fields["start_date"].value == "2019-02-11"
    assert doc.fields["end_date"].value == "2026-11-02"  # "Present": the day received


def test_a_name_set_up_a_side_bar_reads_in_order(tmp_path: Path) -> None:
    """Text turned a quarter counter-clockwise (a side bar's institute name) reads bottom
    to top, as one line, not as reversed words stacked in reverse."""
    from reportlab.pdfgen import canvas

    from tests.render import extract_pdf
    pdf = tmp_path / "sidebar.pdf"
    c = canvas.Canvas(str(pdf))
    c.saveState()
    c.translate(95, 120)
    c.rotate(90)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(0, 0, "Northmark University Municipal Clerks Institute")
    c.restoreState()
    c.setFont("Helvetica", 12)
    for y, text in ((700, "CERTIFICATE OF COMPLETION"), (670, "we honor"),
                    (650, "Maria L. Gonzalez"), (630, "has successfully completed"),
                    (610, "Year III - Leadership in Local Government"),
                    (590, "Presented 15-19 July 2024 in Tallow Springs, Vermont"),
                    (575, "38.0 clock hours")):
        c.drawString(180, y, text)
    c.save()
    doc = extract_pdf(pdf)
    lines = [line.text for page in doc.page_data for line in page.lines]
    assert "Northmark University Municipal Clerks Institute" in lines
    assert doc.fields["activity"].value == "institute"
