"""Title, provider and delivery read by layout and the shape of the text (candidates
ranked by type size, weight, cue and shape), on real PDFs drawn here in wordings and
layouts of their own."""

from __future__ import annotations

from pathlib import Path

from core.models import Document, Kind
from tests.render import MANIFEST, extract_lines


def _extract(tmp_path: Path, lines: list, centered: bool = True) -> Document:
    return extract_lines(tmp_path, lines, centered=centered)


def _value(doc: Document, name: str) -> object:
    return doc.fields[name].value if name in doc.fields else None


def test_a_short_program_name_in_large_type_after_the_cue_is_the_title(tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        ("Lakeshore Learning Cooperative", "Helvetica-Bold", 15),
        ("Certificate of Completion", "Times-Bold", 30),
        "This certifies that",
        ("Maria L. Gonzalez", "Helvetica-Bold", 24),
        "has completed",
        ("Module C", "Helvetica-Bold", 18),
        "Ogden, Utah",
        "March 4, 2025",
        "6 contact hours",
    ])
    assert _value(doc, "title") == "Module C"
    assert _value(doc, "hours") == 6.0


def test_a_place_a_date_or_an_hours_line_is_never_the_title(tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        ("Certificate of Attendance", "Times-Bold", 30),
        ("Maria L. Gonzalez", "Helvetica-Bold", 24),
        ("Ogden, Utah", "Helvetica-Bold", 16),
        ("March 4-5, 2025", "Helvetica-Bold", 16),
        ("12 Continuing Education Hours", "Helvetica-Bold", 16),
    ])
    assert _value(doc, "title") is None  # no good candidate: absent, not a guess


def test_an_agenda_title_is_its_largest_line_not_a_time_slot_or_its_organiser(
        tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        ("Fall Clerks Forum", "Helvetica-Bold", 18),
        "Utah League of Cities and Towns",
        "Agenda - October 8, 2025",
        ("8:00 AM - Check-in and Breakfast", "Helvetica-Bold", 11),
        "9:00 - 10:15 a.m.   Records Retention",
        "10:30 - 11:45 a.m.   Open Meetings Law",
        "12:00 - 1:00 p.m.   Lunch",
    ], centered=False)
    assert doc.kind == Kind.agenda
    assert _value(doc, "title") == "Fall Clerks Forum"
    assert _value(doc, "provider") == "Utah League of Cities and Towns"


def test_a_conference_of_another_body_keeps_that_body_in_its_title(tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        ("Western Clerks Network", "Helvetica-Bold", 15),
        ("Certificate of Participation", "Times-Roman", 30),
        "is hereby presented to",
        ("Maria L. Gonzalez", "Helvetica-Bold", 24),
        "attended the Winter Conference of the Basin Recorders Association",
        "held January 9-10, 2025",
    ])
    assert _value(doc, "title") == "Winter Conference of the Basin Recorders Association"
    assert _value(doc, "provider") == "Western Clerks Network"


def test_a_platform_in_the_header_is_the_provider_and_its_name_is_no_delivery(
        tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        ("Granite Online Academy", "Helvetica-Bold", 15),
        ("Certificate of Achievement", "Times-Roman", 30),
        "is hereby presented to",
        ("Maria L. Gonzalez", "Helvetica-Bold", 24),
        "has successfully completed Budget Basics for Clerks",
        "held May 2-3, 2024, 12 contact hours",
    ])
    assert _value(doc, "provider") == "Granite Online Academy"
    assert _value(doc, "title") == "Budget Basics for Clerks"
    assert "delivery" not in doc.fields

    doc = _extract(tmp_path, [
        ("LearnPoint Webcasts", "Helvetica-Bold", 15),
        ("Certificate of Completion", "Times-Roman", 30),
        ("Maria L. Gonzalez", "Helvetica-Bold", 24),
        "has completed",
        ("Public Records Requests", "Helvetica-Bold", 17),
        "Self-paced online course | 2 Contact Hours",
    ])
    assert _value(doc, "provider") == "LearnPoint Webcasts"
    assert _value(doc, "delivery") == "online"


def test_a_diploma_has_no_title_and_no_location(tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        ("Canyon State University", "Times-Bold", 28),
        "has conferred upon",
        ("Maria L. Gonzalez", "Times-Bold", 30),
        "the degree of",
        ("Bachelor of Science in Public Policy", "Times-Bold", 22),
        "Given at Flagstaff, Arizona, on the 12th day of May, 2011.",
    ])
    assert doc.kind == Kind.certificate
    assert "title" not in doc.fields and "location" not in doc.fields


def test_a_course_named_below_the_completion_cue_is_not_the_provider(tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        "CERTIFICATE OF COMPLETION", "This certifies that", "Maria L. Gonzalez",
        "has successfully completed", "Zoning Basics for Clerks",
        "at the Desert Clerks Institute on March 4, 2024", "6 contact hours",
    ], centered=False)
    assert _value(doc, "title") == "Zoning Basics for Clerks"
    assert _value(doc, "provider") != "Zoning Basics for Clerks"


def test_a_title_in_body_type_is_kept_with_a_low_confidence_not_dropped(tmp_path: Path) -> None:
    # a scan gives no weight and type sizes only from word boxes: a title in plain body type
    # scores under the threshold; it is kept for a reviewer to confirm, not left out (which
    # would reject the document as MISSING_TITLE)
    doc = _extract(tmp_path, [
        "Westbrook Clerks Guild", "Certificate of Participation",
        "This certificate is awarded to", "Maria L. Gonzalez",
        "who took part in the dialogue", "Team of Rivals", "facilitated March 15, 2023"])
    assert _value(doc, "title") == "Team of Rivals"
    prominent = _extract(tmp_path / "bold", [
        "Westbrook Clerks Guild", "Certificate of Participation",
        "This certificate is awarded to", "Maria L. Gonzalez",
        "who took part in the dialogue", ("Team of Rivals", "Helvetica-Bold", 20),
        "facilitated March 15, 2023"])
    assert doc.fields["title"].confidence < prominent.fields["title"].confidence
    from scoring.validate import validate
    assert "MISSING_TITLE" not in {f.code for f in validate(doc, MANIFEST)}
