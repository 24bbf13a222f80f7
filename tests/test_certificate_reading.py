"""Kind, activity, hours and days of certificates and letters read from what any issuer's
document shares (letter structure, time slots, cue words, the shape of a duration), on
real PDFs drawn here in wordings of their own."""

from __future__ import annotations

from pathlib import Path

from core.models import Document, Kind, Manifest
from tests.render import extract_lines

MANIFEST = Manifest.model_validate({
    "applicant": {"name": "Priya N. Castell", "member_id": "220871", "region": 4,
                  "membership": "full"},
    "program": "CMC", "received_date": "2026-11-02"})


def _extract(tmp_path: Path, lines: list) -> Document:
    return extract_lines(tmp_path, lines, MANIFEST, centered=True)


def _value(doc: Document, name: str) -> object:
    return doc.fields[name].value if name in doc.fields else None


def test_an_internship_letter_that_certifies_is_an_employment_letter(tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        ("Work Experience Letter", "Helvetica-Bold", 18),
        "This is to certify that Priya N. Castell has successfully completed her",
        "internship with our company in the finance team from 3 March 2025 to",
        "30 June 2025. During the internship she prepared monthly reports.",
        "Kind regards,", "Tomas Brandt", "HR Business Partner"])
    assert doc.kind == Kind.employment_letter
    assert _value(doc, "activity") == "employment"


def test_a_writers_own_attestation_is_a_letter_not_a_certificate(tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        "Priya N. Castell", "Records Clerk, Village of Elm Point", "April 2, 2026",
        "To the Credentials Review Panel:",
        "I am writing to describe the work I did for the records retention committee.",
        "I certify that the statement above is accurate.",
        "Sincerely,", "Priya N. Castell"])
    assert doc.kind == Kind.letter


def test_a_programme_of_time_slots_is_an_agenda(tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        ("Fall Gathering of County Recorders", "Helvetica-Bold", 18),
        "Program at a glance", "Monday, October 6",
        "8:15 am", "Sign-in and coffee", "9:00 am", "Keynote: Trust in Public Records",
        "10:30 am", "Breakout sessions", "12:00 pm", "Lunch and awards",
        "Tuesday, October 7", "9:00 am", "Closing plenary"])
    assert doc.kind == Kind.agenda


def _certificate(*body: str) -> list:
    return [("Certificate of Participation", "Times-Bold", 28), "This certifies that",
            ("Priya N. Castell", "Helvetica-Bold", 22), *body, "May 14, 2025"]


def test_a_hackathon_is_attended_like_a_conference(tmp_path: Path) -> None:
    doc = _extract(tmp_path, _certificate("took part in the Open Data Civic Hackathon"))
    assert _value(doc, "activity") == "conference"


def test_a_company_named_summit_does_not_make_a_course_a_conference(tmp_path: Path) -> None:
    doc = _extract(tmp_path, [("Summit Ridge Learning Inc.", "Helvetica-Bold", 14),
                              *_certificate("has completed Effective Public Meetings",
                                            "5 contact hours")])
    assert _value(doc, "activity") == "course"


def test_a_clerks_programme_year_is_an_institute(tmp_path: Path) -> None:
    doc = _extract(tmp_path, [("Prairie Association of Municipal Clerks", "Helvetica-Bold", 14),
                              *_certificate("has completed Year II: Elections and Records",
                                            "30 contact hours")])
    assert _value(doc, "activity") == "institute"


def test_an_online_academy_course_stays_a_course(tmp_path: Path) -> None:
    doc = _extract(tmp_path, [("Northgate Online Academy for Clerks", "Helvetica-Bold", 14),
                              *_certificate("has completed Records Basics, a live webinar",
                                            "1.5 hours")])
    assert _value(doc, "activity") == "course"


def test_hours_and_minutes_are_one_duration(tmp_path: Path) -> None:
    doc = _extract(tmp_path, _certificate("has completed Budget Reading",
                                          "Finished Jan 9, 2025 - 3 hours 15 min"))
    assert _value(doc, "hours") == 3.25


def test_a_range_of_hours_counts_its_lower_bound(tmp_path: Path) -> None:
    doc = _extract(tmp_path, _certificate("has completed Map Projections",
                                          "Estimated length: 2.5 - 3.0 h"))
    assert _value(doc, "hours") == 2.5


def test_days_stated_with_a_figure_in_brackets(tmp_path: Path) -> None:
    doc = _extract(tmp_path, _certificate("attended all four (4) days of the annual conference",
                                          "of the Lakes Clerks Association"))
    assert _value(doc, "days") == 4


def test_no_days_where_the_certificate_states_hours(tmp_path: Path) -> None:
    doc = _extract(tmp_path, _certificate("attended the two-day seminar on minutes",
                                          "and earned 12 contact hours"))
    assert _value(doc, "hours") == 12
    assert _value(doc, "days") is None
