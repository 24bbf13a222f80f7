"""Memoranda, service letters dated by years alone, short first-person letters, and
course certificates from training companies, as other issuers write them: real PDFs
drawn here, read, classified and extracted by the real pipeline stages."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.models import Kind
from tests.render import extract_lines

MEMO_HEAD = ["TOWN OF RED MESA", "MEMORANDUM", "TO: To whom it may concern"]


@pytest.mark.parametrize("sender", [
    ["FROM: Eliseo Trujillo, Town Manager"],
    ["FROM:", "Eliseo Trujillo, Town Manager"],   # the value on the line under its label
])
def test_a_memo_is_signed_by_its_sender(tmp_path: Path, sender: list[str]) -> None:
    doc = extract_lines(tmp_path, [*MEMO_HEAD, *sender, "DATE: January 28, 2019",
                                   "SUBJECT: Service record",
                                   "This letter verifies that Maria L. Gonzalez was employed by Town of "
                                   "Red Mesa as",
                                   "Records Technician from May 19, 2014 through January 25, 2019, on a "
                                   "full-time basis.",
                                   "Please contact this office if you need anything further."])
    assert doc.fields["signatory"].value == "Eliseo Trujillo"
    # a memorandum is a format: what it says (employment verified) decides the kind
    assert doc.kind == Kind.employment_letter
    assert doc.fields["position"].value == "Records Technician"


def test_a_memo_from_an_office_has_no_signatory(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, [*MEMO_HEAD, "FROM: Office of Human Resources",
                                   "DATE: January 28, 2019",
                                   "Maria L. Gonzalez was employed by Town of Red Mesa as Records "
                                   "Technician from May 19, 2014 through January 25, 2019."])
    assert "signatory" not in doc.fields


@pytest.mark.parametrize(("sentence", "start", "end"), [
    ("The Guild thanks Maria L. Gonzalez for a year as Chair of the Scholarship Committee (2024).",
     "2024-01-01", "2024-12-31"),
    ("Maria L. Gonzalez served on the Outreach Committee of the Guild for two years, 2021 and 2022.",
     "2021-01-01", "2022-12-31"),
    ("Maria L. Gonzalez has been Vice-President of the Guild since the 2023 annual meeting; her term "
     "ended with the 2025 annual meeting.", "2023-01-01", "2025-12-31"),
    ("Maria L. Gonzalez has served on the Bylaws Committee of the Guild since 2022.",
     "2022-01-01", "2026-11-02"),   # to the day the packet was received
])
def test_a_service_letter_dated_by_years_alone(tmp_path: Path, sentence: str, start: str,
                                               end: str) -> None:
    doc = extract_lines(tmp_path, ["Iowa Municipal Clerks Guild", "PO Box 88 | Ames, IA 50010",
                                   "January 8, 2025", "To Whom It May Concern:", sentence,
                                   "Sincerely,", "Brent Halvorsen", "Education Director"])
    assert doc.kind == Kind.letter
    assert doc.fields["issue_date"].value == "2025-01-08"
    assert (doc.fields["start_date"].value, doc.fields["end_date"].value) == (start, end)


def test_years_in_the_letterhead_or_after_the_closing_date_nothing(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["Iowa Municipal Clerks Guild, founded 1962", "January 8, 2025",
                                   "To Whom It May Concern:",
                                   "Maria L. Gonzalez chaired our Scholarship Committee.",
                                   "Sincerely,", "Brent Halvorsen", "Education Director, since 2019"])
    assert "start_date" not in doc.fields


def test_a_short_letter_the_applicant_signed_in_the_first_person(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["1418 Redbud Lane", "Osage Springs, OK 74105", "October 1, 2026",
                                   "To Whom It May Concern:",
                                   "I served on the Legislative Committee of the Oklahoma Municipal "
                                   "League during 2023 and 2024.",
                                   "Sincerely,", "Maria L. Gonzalez", "Deputy City Clerk"])
    assert doc.fields["first_person"].value is True
    assert doc.fields["applicant_name"].value == "Maria L. Gonzalez"
    assert (doc.fields["start_date"].value, doc.fields["end_date"].value) == \
        ("2023-01-01", "2024-12-31")


def test_a_letter_about_the_applicant_with_one_i_is_not_first_person(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["Oklahoma Municipal League", "October 1, 2026",
                                   "To Whom It May Concern:",
                                   "I confirm that Maria L. Gonzalez served on our Legislative "
                                   "Committee during 2023 and 2024.",
                                   "Sincerely,", "Ruth Ames", "President"])
    assert "first_person" not in doc.fields


@pytest.mark.parametrize("issuer", ["Keystone Workplace Learning, LLC", "Hartwell Workplace Learning",
                                    "Summit Public Sector Solutions"])
def test_a_training_company_named_like_a_person_is_the_provider(tmp_path: Path, issuer: str) -> None:
    doc = extract_lines(tmp_path, [issuer, "Certificate of Attendance", "This is to certify that",
                                   "Maria L. Gonzalez", "attended and completed",
                                   "Leading Teams Through Change", "September 10-11, 2024",
                                   "12 contact hours", "Corinne Delaplane", "Lead Facilitator"],
                        centered=True)
    assert doc.fields["provider"].value == issuer


@pytest.mark.parametrize("line", ["Final assessment score: 88% (passing)",
                                  "Post-session quiz passed (9 of 10)", "Exam result: Pass"])
def test_an_assessment_stated_as_a_score_or_a_result(tmp_path: Path, line: str) -> None:
    doc = extract_lines(tmp_path, ["Hartwell Workplace Learning", "Certificate of Accomplishment",
                                   "This certificate is presented to", "Maria L. Gonzalez",
                                   "for completing", "Email Etiquette for Public Offices",
                                   "February 3, 2026", "three (3) contact hours",
                                   "Self-paced online course", line], centered=True)
    assert doc.fields["assessment"].value is True


def test_credit_stated_in_days_is_days_not_hours(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["International Institute of Municipal Clerks",
                                   "Certificate of Attendance", "presented to", "Maria L. Gonzalez",
                                   "for participation in", "IIMC Region V Meeting",
                                   "Date(s): Mar. 30, 2023 to Mar. 31, 2023",
                                   "Location: Dubuque, Iowa", "Credit: 2 days", "Sheila Oberholtzer",
                                   "Region Director"], centered=True)
    assert "hours" not in doc.fields
    assert doc.fields["days"].value == 2


@pytest.mark.parametrize("lines", [
    ["OML", "Oklahoma Municipal League", "Certificate of Attendance", "presented to",
     "Maria L. Gonzalez", "for completing training", "Date(s): Aug. 15, 2023",
     "Location: Norman, Oklahoma", "Credit: 3 Contact Hours", "Dwayne Pickering", "Director"],
    ["Meridian Professional Seminars", "Certificate of Attendance",
     "In recognition of the successful completion of coursework by", "Maria L. Gonzalez",
     "has fulfilled the course of study for", "held in Lake Charles, Louisiana, August 8, 2023",
     "6 Continuing Education Hours", "Desmond K. Ashby", "Director of Programs"],
])
def test_a_certificate_that_names_no_course_has_no_title(tmp_path: Path, lines: list[str]) -> None:
    """Neither a label ("Date(s):"), the issuer's initials, nor a line of prose that runs
    on ("... coursework by") is the title: the field stays empty (MISSING_TITLE)."""
    doc = extract_lines(tmp_path, lines, centered=True)
    assert doc.kind == Kind.certificate
    assert "title" not in doc.fields


def test_a_short_program_name_ending_in_a_letter_is_a_title(tmp_path: Path) -> None:
    doc = extract_lines(tmp_path, ["Keystone Clerks Institute", "CERTIFICATE OF ACHIEVEMENT",
                                   "This certificate is presented to", "Maria L. Gonzalez",
                                   "participated in", "Academy Module A", "June 7 - June 9, 2021",
                                   "for a total of 15 hours of instruction", "Evangeline Marsh",
                                   "Institute Director"], centered=True)
    assert doc.fields["title"].value == "Academy Module A"
