"""Each field extractor on real PDFs written here by hand, in wordings the sample
generator does not use (the extractors must not be tuned to one template)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.models import Document, Manifest
from extractors.fields.amounts import _leading_number
from extractors.fields.labels import INLINE, LABEL_LINE, _is_label
from extractors.fields.people import is_role
from tests.render import extract_lines

CERT = [
    ("Boise State University Continuing Education", "Times-Bold", 16),
    "Certificate of Completion",
    "Participant:",
    "GONZALEZ, MARIA L.",
    "has completed the course",
    ("Records Retention Basics", "Helvetica-Bold", 14),
    "held in Boise, Idaho on June 3-5, 2024",
    "for a total of 7.5 contact hours of instruction",
    "This online course included a final assessment, which the participant passed.",
    "Approved through the IIMC course review process",
    "Dana Whitcomb",
    "Program Coordinator",
]
HR = [
    ("Town of Ashford", "Helvetica-Bold", 15),
    "Office of the Town Manager",
    "September 9, 2026",
    "To Whom It May Concern:",
    "Please accept this letter as confirmation that Maria Lopez has worked for the Town",
    "of Ashford since April 3, 2017. She currently serves as Town Clerk, a part-time",
    "position with administrative responsibilities for elections and records.",
    "Sincerely,",
    "Jane Doe",
    "Town Manager",
]
TRANSCRIPT = [
    ("University of Idaho", "Times-Bold", 16),
    "Office of the Registrar - Official Transcript",
    "Student Name: Maria L. Gonzalez      Student ID: 555123",
    "Fall 2008   POLS 101 American Government   3.0",
    "Spring 2009 PADM 210 Public Budgeting   3.0",
    "Degree Conferred: Bachelor of Arts in Political Science",
    "Date Conferred: May 15, 2010",
    "Total Credits Earned: 124",
]
COMMITTEE = [
    "Idaho Municipal Clerks Association",
    "March 1, 2024",
    "Dear Ms. Gonzalez,",
    "Thank you, Maria Gonzalez, for your service on the Legislative Committee",
    "for three years. Your work made a difference to our members.",
    "With appreciation,",
    "Carl Benson",
    "Association President",
]
FIRST_PERSON = [
    "March 2, 2024",
    "To the IIMC Education Department:",
    "I attended the Idaho Municipal Clerks Association Fall Conference on",
    "October 4-6, 2023 in Sun Valley, Idaho. My attendance totaled 12 hours.",
    "I am submitting this letter because I lost my certificate.",
    "Sincerely,",
    "Maria L. Gonzalez",
    "City Clerk",
]
RELATIVE = [
    "April 2, 2024",
    "To Whom It May Concern:",
    "As her husband, I can confirm that Maria L. Gonzalez taught two sessions at the",
    "Idaho Clerks Institute for a total of 6 hours in May 2023.",
    "Sincerely,",
    "Robert Gonzalez",
]
CONFERENCE_DAYS = [
    "Washington Municipal Clerks Association",
    "Certificate of Attendance",
    "presented to Maria L. Gonzalez",
    "for attending the 2024 Annual Conference, two days, April 9-10, 2024",
    "Spokane, Washington",
]

PLACE_ABOVE_SIGNER = [
    ("INTERNATIONAL INSTITUTE OF MUNICIPAL CLERKS", "Helvetica-Bold", 15),
    "Certificate of Attendance",
    "This certifies that",
    "Ms. Sandra Brennan",
    "completed the Conference Academy session",
    "Annual Conference Academy: Navigating Public Records Requests",
    "Date:",
    "09/27/2016",
    "Grand Rapids, Michigan",
    "Angela Delgado",
    "Education Director",
]

GAP = " " * 28
THREE_SIGNERS = [  # names on one row, their roles on the next
    ("International Institute of Municipal Clerks", "Helvetica-Bold", 15),
    "Certificate of Attendance",
    "presented to Maria L. Gonzalez",
    "for attending the 73rd Annual Conference, May 18-22, 2019",
    "Pittsburgh, Pennsylvania",
    f"Tobias Renfro{GAP}Rafael Quintanilla{GAP}Ngozi Adebayo",
    f"IIMC President{GAP}Executive Director{GAP}Program Dean",
]


def _extract(tmp_path: Path, lines: list, manifest: Manifest) -> Document:
    return extract_lines(tmp_path, lines, manifest)


CASES = [
    ("cert", CERT, "kind", "certificate"),
    ("cert", CERT, "applicant_name", "GONZALEZ, MARIA L."),
    ("cert", CERT, "provider", "Boise State University Continuing Education"),
    ("cert", CERT, "title", "Records Retention Basics"),
    ("cert", CERT, "location", "Boise, Idaho"),
    ("cert", CERT, "start_date", "2024-06-03"),
    ("cert", CERT, "end_date", "2024-06-05"),
    ("cert", CERT, "hours", 7.5),
    ("cert", CERT, "delivery", "online"),
    ("cert", CERT, "assessment", True),
    ("cert", CERT, "course_review", True),
    ("cert", CERT, "signatory", "Dana Whitcomb"),
    ("cert", CERT, "activity", "state_course"),
    ("hr", HR, "kind", "employment_letter"),
    ("hr", HR, "applicant_name", "Maria Lopez"),
    ("hr", HR, "provider", "Town of Ashford"),
    ("hr", HR, "position", "Town Clerk"),
    ("hr", HR, "employment_type", "part_time"),
    ("hr", HR, "administrative", True),
    ("hr", HR, "sector", "local"),
    ("hr", HR, "start_date", "2017-04-03"),
    ("hr", HR, "end_date", "2026-11-02"),  # "currently serves": to the received date
    ("hr", HR, "issue_date", "2026-09-09"),
    ("hr", HR, "signatory", "Jane Doe"),
    ("hr", HR, "activity", "employment"),
    ("transcript", TRANSCRIPT, "kind", "transcript"),
    ("transcript", TRANSCRIPT, "provider", "University of Idaho"),
    ("transcript", TRANSCRIPT, "degree", "Bachelor of Arts in Political Science"),
    ("transcript", TRANSCRIPT, "degree_date", "2010-05-15"),
    ("transcript", TRANSCRIPT, "credit_units", 124.0),
    ("transcript", TRANSCRIPT, "activity", "degree"),
    ("committee", COMMITTEE, "kind", "letter"),
    ("committee", COMMITTEE, "title", "Legislative Committee"),
    ("committee", COMMITTEE, "years", 3.0),
    ("committee", COMMITTEE, "activity", "committee_member"),
    ("committee", COMMITTEE, "issue_date", "2024-03-01"),
    ("first", FIRST_PERSON, "first_person", True),
    ("first", FIRST_PERSON, "hours", 12.0),
    ("first-scrawl", FIRST_PERSON[:6] + ["TOS ES"] + FIRST_PERSON[6:], "first_person", True),
    ("relative", RELATIVE, "relationship", "husband"),
    ("relative", RELATIVE, "signatory", "Robert Gonzalez"),
    ("relative", RELATIVE, "activity", "teaching_institute"),
    ("days", CONFERENCE_DAYS, "days", 2.0),
    ("days", CONFERENCE_DAYS, "activity", "conference"),
    ("days", CONFERENCE_DAYS, "start_date", "2024-04-09"),
    ("place-above-signer", PLACE_ABOVE_SIGNER, "signatory", "Angela Delgado"),
    ("three-signers", THREE_SIGNERS, "signatory", "Tobias Renfro"),
    ("speck-after-signer", THREE_SIGNERS[:5] + ["Patrick O. Feeney .", "Director of Education"],
     "signatory", "Patrick O. Feeney"),
    ("place-above-signer", PLACE_ABOVE_SIGNER, "location", "Grand Rapids, Michigan"),
]


@pytest.mark.parametrize(("doc", "lines", "field", "want"), CASES,
                         ids=[f"{c[0]}-{c[2]}" for c in CASES])
def test_field(tmp_path: Path, cmc_manifest: Manifest, doc: str, lines: list, field: str,
               want: object) -> None:
    got = _extract(tmp_path, lines, cmc_manifest)
    if field == "kind":
        assert got.kind == want
        return
    assert field in got.fields, f"{field} not found; found {sorted(got.fields)}"
    value = got.fields[field]
    assert value.value == want
    assert value.page == 1 and 0 < value.confidence <= 1


def test_absent_fields_are_absent(tmp_path: Path, cmc_manifest: Manifest) -> None:
    got = _extract(tmp_path, CERT[:6], cmc_manifest)
    for field in ("hours", "start_date", "location", "assessment", "degree"):
        assert field not in got.fields


@pytest.mark.parametrize(("text", "label"), [
    ("‘Program", "Program"), ("“Contact Hours —", "Contact Hours"),
    ("Hours: —~", "Hours"), ("Course_", "Course"), ("| Location", "Location"),
    ("Contact, Hours:", "Contact, Hours"),  # a speck read as a comma
    ("Advanced Minutes Taking", None), ("6.5", None),
])
def test_label_lines_with_ocr_smudges(text: str, label: str | None) -> None:
    """A box edge or smudge read as a mark before or after a label leaves it a label."""
    m = LABEL_LINE.match(text)
    assert (m.group(1).strip() if m and _is_label(text) else None) == label


def test_inline_label_after_a_smudge() -> None:
    m = INLINE.match("“Date: January 9, 2017")
    assert m is not None and m.groups() == ("Date", "January 9, 2017")


@pytest.mark.parametrize(("value", "want"), [
    ("12", "12"), ("/,12", "12"), ("| 7.5 hours", None), ("‘6.5", "6.5"), ("7.5 hours", "7.5"),
    ("12a", None), ("Twelve", None), ("", None),
])
def test_labelled_figure_after_ocr_marks(value: str, want: str | None) -> None:
    m = _leading_number(value)
    assert (m.group() if m else None) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Executive Director", True), ("Exenutive Di-ector", True), ("Program Di-ector", True),
    ("Dean", True), ("Bean", False), ("Records Management Fundamentals", False),
])
def test_roles_with_an_ocr_slip(text: str, want: bool) -> None:
    assert is_role(text) is want
