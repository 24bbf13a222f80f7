"""Letters, employment letters, transcripts and diplomas as other issuers write them:
real PDFs drawn here (a positions table in columns, a memo, a diploma in large type),
read and extracted by the real pipeline stages."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from core.models import Document, FlagCode, Kind, Manifest
from scoring.duplicates import find_duplicates
from tests.render import MANIFEST, extract_pdf, render_pdf

Placed = tuple[str, float, float, float]  # text, x, y from the top, size


def _draw(path: Path, items: list[Placed], bold_above: float = 0.0) -> Path:
    c = canvas.Canvas(str(path), pagesize=letter)
    _, height = letter
    for text, x, y, size in items:
        c.setFont("Helvetica-Bold" if size >= bold_above > 0 else "Helvetica", size)
        c.drawString(x, height - y, text)
    c.showPage()
    c.save()
    return path


def _extract_file(tmp_path: Path, pdf: Path, manifest: Manifest, name: str = "d") -> Document:
    return extract_pdf(pdf, manifest, name)


def _lines(top: float, texts: list[str], size: float = 10.5, x: float = 72) -> list[Placed]:
    return [(t, x, top + i * size * 1.6, size) for i, t in enumerate(texts)]


def _table(top: float, headings: list[str], rows: list[list[str]]) -> list[Placed]:
    xs = [50, 200, 300, 390, 480][:len(headings)]
    out = [(h, x, top, 9.0) for h, x in zip(headings, xs, strict=True)]
    for r, row in enumerate(rows):
        out += [(v, x, top + 16 * (r + 1), 9.0) for v, x in zip(row, xs, strict=True)]
    return out


MEMO = [
    ("Borough of Wexcombe", 72, 72, 15.0),
    *_lines(92, ["Department of Human Resources", "40 Quarry Road, Wexcombe, Ohio"], 9.0),
    ("MEMORANDUM", 72, 140, 16.0),
    *_lines(170, ["TO:", "FROM:", "DATE:", "RE:"], 10.0),
    *_lines(170, ["IIMC Education Department", "Harold Pennick, Personnel Officer",
                  "March 3, 2026", "Verification of Employment - Maria L. Gonzalez"], 10.0, 150),
    *_lines(250, ["Our records show the following regarding the employment of",
                  "Maria L. Gonzalez with the Borough of Wexcombe."]),
    *_table(290, ["Position Title", "Department", "Status", "From", "To"],
            [["Assistant Borough Clerk", "Records", "Part-Time", "05/01/2016",
              "Present"]]),
    *_lines(340, ["Harold Pennick", "Personnel Officer", "Borough of Wexcombe"]),
]


@pytest.mark.parametrize(("field", "want"), [
    ("position", "Assistant Borough Clerk"),  # from the table, not the memo's lines
    ("employment_type", "part_time"),
    ("start_date", "2016-05-01"),
    ("end_date", "2026-11-02"),  # "Present": the day the packet was received
    ("provider", "Borough of Wexcombe"),  # the letterhead, not the TO: line
    ("sector", "local"),
])
def test_memo_with_a_positions_table(tmp_path: Path, cmc_manifest: Manifest, field: str,
                                     want: object) -> None:
    doc = _extract_file(tmp_path, _draw(tmp_path / "memo.pdf", MEMO), cmc_manifest)
    assert doc.kind == Kind.employment_letter
    assert doc.value(field) == want
    assert "location" not in doc.fields  # an employment letter carries none


STATE_LETTER = [
    "State Department of Licensing",
    "Office of Human Resources",
    "12 Capitol Way, Salem, Oregon",
    "February 9, 2026",
    "IIMC Education Department",
    "8331 Utica Avenue, Suite 200",
    "Rancho Cucamonga, CA 91730",
    "Dear Education Director:",
    "This letter will verify that Maria L. Gonzalez has been employed by our department as",
    "full-time Administrative Assistant to the Deputy Director, beginning June 2, 2015 and",
    "continuing to the present.",
    "Sincerely,",
    "Wendell Ashdown",
    "Human Resources Manager",
]


@pytest.mark.parametrize(("field", "want"), [
    ("provider", "State Department of Licensing"),  # the sender, not the inside address
    ("sector", "state_federal"),
    ("position", "Administrative Assistant to the Deputy Director"),  # the whole title
    ("start_date", "2015-06-02"),
    ("end_date", "2026-11-02"),  # "continuing to the present"
    ("signatory", "Wendell Ashdown"),
])
def test_state_agency_letter(tmp_path: Path, cmc_manifest: Manifest, field: str,
                             want: object) -> None:
    doc = _extract_file(tmp_path, render_pdf(tmp_path / "state.pdf", [STATE_LETTER]),
                        cmc_manifest)
    assert doc.kind == Kind.employment_letter
    assert doc.value(field) == want


COMMITTEE = [
    ("Lakeshore Clerks Guild", 72, 72, 15.0),
    ("Office of the Secretary", 72, 92, 9.0),
    *_lines(130, [
        "May 4, 2025",
        "To the IIMC Education Department:",
        "On behalf of the Lakeshore Clerks Guild of the Northern Counties, I confirm that",
        "Maria L. Gonzalez served on the Ethics Committee from 2021 through 2024.",
        "I am writing as Maria Gonzalez's sister and her fellow member.",
        "Sincerely,",
        "Ruth Gonzalez",
        "Secretary",
    ]),
]


def test_letter_provider_is_the_sender_not_the_salutation(tmp_path: Path,
                                                          cmc_manifest: Manifest) -> None:
    doc = _extract_file(tmp_path, _draw(tmp_path / "c.pdf", COMMITTEE), cmc_manifest)
    assert doc.kind == Kind.letter
    # the letterhead's name, in full where the body restates it
    assert doc.value("provider") == "Lakeshore Clerks Guild of the Northern Counties"
    assert doc.value("relationship") == "sister"  # named as the applicant's relative


TRANSCRIPT = [
    "Westmarch Community College",
    "Official Transcript",
    "Student Name: Maria L. Gonzalez",
    "Program: AA Political Science",
    "Hollow Creek, Montana",
    "POLS 101 American Government 3.0 A",
    "Total Credits Earned: 62",
    "Degree Conferred: Associate of Arts in Political Science - May 16, 2008",
    "Dorothy Vance, Registrar",
]


def test_transcript_states_the_full_degree(tmp_path: Path, cmc_manifest: Manifest) -> None:
    doc = _extract_file(tmp_path, render_pdf(tmp_path / "t.pdf", [TRANSCRIPT]), cmc_manifest)
    assert doc.kind == Kind.transcript
    # the spelled-out degree, not the program's abbreviation, and without its glued date
    assert doc.value("degree") == "Associate of Arts in Political Science"
    assert doc.value("degree_date") == "2008-05-16"  # the date on the degree's line
    assert "location" not in doc.fields and "signatory" not in doc.fields


DIPLOMA = [
    ("Westmarch Community College", 120, 110, 26.0),
    ("has conferred upon", 230, 170, 13.0),
    ("Maria L. Gonzalez", 180, 220, 28.0),
    ("the degree of", 250, 270, 13.0),
    ("Associate of Arts in Political Science", 110, 310, 20.0),
    ("Given at Hollow Creek, Montana, on the 16th day of May, 2008.", 110, 360, 12.0),
    ("President", 120, 450, 10.0),
    ("Registrar", 400, 450, 10.0),
]


def test_diploma_is_a_degree_certificate_and_a_copy_of_its_transcript(
        tmp_path: Path, cmc_manifest: Manifest) -> None:
    transcript = _extract_file(tmp_path, render_pdf(tmp_path / "t.pdf", [TRANSCRIPT]),
                               cmc_manifest, "d1")
    diploma = _extract_file(tmp_path, _draw(tmp_path / "u.pdf", DIPLOMA), cmc_manifest, "d2")
    assert diploma.kind == Kind.certificate
    assert diploma.value("activity") == "degree"
    assert diploma.value("degree") == "Associate of Arts in Political Science"
    assert diploma.value("degree_date") == "2008-05-16"
    # a diploma names a degree: no title, no dates of attendance, no place
    assert set(diploma.fields) <= {"applicant_name", "provider", "degree", "degree_date",
                                   "activity"}
    find_duplicates([transcript, diploma])
    assert diploma.has_flag(FlagCode.DUPLICATE) and not transcript.has_flag(FlagCode.DUPLICATE)


def test_a_stamp_between_the_closing_and_the_signer_is_not_the_signatory(tmp_path: Path) -> None:
    pdf = render_pdf(tmp_path / "hr.pdf", [[
        "Town of Larkspur", "Department of Human Resources", "March 2, 2026",
        "To Whom It May Concern:",
        "This confirms the employment of Maria L. Gonzalez as Town Clerk with the Town of",
        "Larkspur, beginning June 1, 2015 and continuing to the present.",
        "Sincerely,", "HR VERIFIED", "Douglas Whitfield", "Human Resources Manager"]])
    doc = _extract_file(tmp_path, pdf, MANIFEST)
    assert doc.fields["signatory"].value == "Douglas Whitfield"



def test_a_record_of_employment_in_a_table_is_an_employment_letter(tmp_path: Path) -> None:
    pdf = render_pdf(tmp_path / "roe.pdf", [[
        "Westvale Water Authority", "March 3, 2026", "To Whom It May Concern:",
        "Below is the record of employment of Maria L. Gonzalez:",
        "Position Title          Status          From          To",
        "Board Secretary          Full-time          04/01/2014          Present",
        "Respectfully,", "Ana Ruiz", "Personnel Officer"]])
    doc = _extract_file(tmp_path, pdf, MANIFEST)
    assert doc.kind == Kind.employment_letter


def test_a_committee_in_the_salutation_is_not_the_letters_title(tmp_path: Path) -> None:
    pdf = render_pdf(tmp_path / "svc.pdf", [[
        "Lakeland Clerks League", "May 5, 2025", "Dear Members of the Credentials Committee:",
        "Maria L. Gonzalez served on our Legislative Committee from January 2022 to",
        "December 2024.", "Sincerely,", "Ruth Ames", "President"]])
    doc = _extract_file(tmp_path, pdf, MANIFEST)
    assert doc.fields["title"].value == "Legislative Committee"


def test_hours_with_their_unit_on_the_next_line_are_read(tmp_path: Path) -> None:
    pdf = render_pdf(tmp_path / "ojt.pdf", [[
        "Town of Elm Ridge", "July 12, 2023", "To Whom It May Concern:",
        "Maria L. Gonzalez led the Records Digitization Project for the Town, January 9 -",
        "June 30, 2023; the project took 36", "hours.", "Sincerely,", "Reg Ames",
        "Town Manager"]])
    doc = _extract_file(tmp_path, pdf, MANIFEST)
    assert doc.fields["hours"].value == 36


def test_letters_name_an_office_held_a_project_worked_on_and_a_wrapped_quoted_title(
        tmp_path: Path) -> None:
    cases = [
        (["Prairie Records Council", "May 2, 2025", "To Whom It May Concern:",
          "Maria L. Gonzalez has been Vice-President of the Prairie Records Council since",
          "2023.", "Sincerely,", "Ruth Ames", "President"], "Vice-President"),
        (["May 2, 2025", "To the Education Department:",
          "I am writing to describe my own work on the Poll Worker Training Program for",
          "the Town of Elm Ridge, which I carried out in 2024.", "Sincerely,",
          "Maria L. Gonzalez"], "Poll Worker Training Program"),
        (["Iowa Clerks Guild", "May 2, 2025", "To Whom It May Concern:",
          'The Guild published the article "Minutes That Hold Up in',
          'Court" by Maria L. Gonzalez in its spring quarterly.', "Sincerely,", "Ruth Ames",
          "Editor"], "Minutes That Hold Up in Court"),
    ]
    for i, (lines, title) in enumerate(cases):
        doc = _extract_file(tmp_path, render_pdf(tmp_path / f"l{i}.pdf", [lines]),
                            MANIFEST)
        assert doc.fields["title"].value == title, (lines, doc.fields.get("title"))


def test_an_officer_of_a_clerks_body_named_with_was_or_has_been(tmp_path: Path) -> None:
    pdf = render_pdf(tmp_path / "officer.pdf", [[
        "Great Lakes Municipal Clerks & Finance Officers", "9 July 2024",
        "Dear Members of the Review Committee:",
        "Maria L. Gonzalez was President of the Great Lakes Municipal Clerks & Finance",
        "Officers from 1 July 2022 to 30 June 2024.", "With best regards,", "Tom Reyes",
        "Secretary"]])
    doc = _extract_file(tmp_path, pdf, MANIFEST)
    assert doc.fields["activity"].value == "association_officer"
    assert doc.fields["title"].value == "President"


def test_a_name_with_an_inner_capital_is_read_whole(tmp_path: Path) -> None:
    pdf = render_pdf(tmp_path / "camel.pdf", [[
        "Town of Larkspur", "March 2, 2026", "To Whom It May Concern:",
        "This confirms the employment of Maria L. Gonzalez as Town Clerk with the Town of",
        "Larkspur, beginning June 1, 2015 and continuing to the present.",
        "Sincerely,", "LaTonya DeShawn Greer", "Human Resources Director"]])
    doc = _extract_file(tmp_path, pdf, MANIFEST)
    assert doc.fields["signatory"].value == "LaTonya DeShawn Greer"


@pytest.mark.parametrize(("sentence", "position"), [
    (["employed by the City of Osage Springs as Deputy", "City Clerk since February 13, 2012."],
     "Deputy City Clerk"),
    (["employed by Ozark Title & Escrow Company as Office", "Manager from June 1, 2010 through May 31, 2017."],
     "Office Manager"),
    (["employed by the City of Osage Springs as City Clerk", "Her duties carry administrative responsibility."],
     "City Clerk"),
])
def test_a_job_title_wrapped_onto_the_next_line_is_read_whole(
        tmp_path: Path, sentence: list[str], position: str) -> None:
    pdf = render_pdf(tmp_path / "hr.pdf", [[
        "June 30, 2026", "To Whom It May Concern:", "RE: Employment verification",
        f"This letter verifies that Maria L. Gonzalez has been {sentence[0]}", sentence[1],
        "Sincerely,", "Gregory Ostrander", "Human Resources Manager"]])
    doc = _extract_file(tmp_path, pdf, MANIFEST)
    assert doc.kind == Kind.employment_letter
    assert doc.fields["position"].value == position
