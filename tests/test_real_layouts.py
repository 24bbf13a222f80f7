"""Fields read from layouts and wordings that real issuers use (online-course platforms,
county offices, companies' internship letters), on real PDFs drawn here: generic features
only (type size, position, cue words, the shape of the value)."""

from __future__ import annotations

from pathlib import Path

from core.models import Document
from tests.render import extract_lines


def _extract(tmp_path: Path, lines: list, centered: bool = True) -> Document:
    return extract_lines(tmp_path, lines, centered=centered)


def _value(doc: Document, name: str) -> object:
    return doc.fields[name].value if name in doc.fields else None


def test_a_course_code_alone_on_its_line_takes_the_name_below_it(tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        ("Prairie Emergency Training Institute", "Helvetica-Bold", 30),
        ("Certificate of Achievement", "Times-Bold", 22),
        "This is to acknowledge that",
        ("Maria L. Gonzalez", "Helvetica-Bold", 16),
        "has completed the independent study course:",
        ("PX-00417", "Helvetica", 9),
        ("Floodplain Mapping for Local Planners", "Helvetica", 12),
        ("(FMLP)", "Helvetica", 12),
        "Issued this 4th Day of September, 2025",
    ])
    assert _value(doc, "title") == "PX-00417 Floodplain Mapping for Local Planners (FMLP)"


def test_a_cue_that_ends_on_a_colon_announces_the_title_it_is_not_one(tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        ("Certificate of Achievement", "Times-Bold", 26),
        "This is to acknowledge that",
        ("Maria L. Gonzalez", "Helvetica-Bold", 18),
        ("and completion of the Distance Learning course:", "Helvetica", 13),
        ("QR-12.B:", "Helvetica", 10),
        ("AN OVERVIEW OF SHELTER OPERATIONS", "Helvetica", 12),
        "Issued this 14th Day of February, 2024",
    ])
    assert _value(doc, "title") == "QR-12.B: AN OVERVIEW OF SHELTER OPERATIONS"


def test_a_title_that_runs_on_to_a_line_beginning_with_and_is_read_whole(
        tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        "Jul 31, 2025",
        ("Maria L. Gonzalez", "Helvetica", 24),
        "has successfully completed",
        ("Statistical Methods with Sampling", "Helvetica", 14),
        ("and Survey Weights", "Helvetica", 14),
        "an online course",
    ])
    assert _value(doc, "title") == "Statistical Methods with Sampling and Survey Weights"


def test_a_quoted_company_and_a_letter_heading_are_not_titles(tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        ("Internship Experience Letter", "Helvetica", 16),
        "This is to certify that Maria L. Gonzalez completed the internship at",
        '"Brightline Analytics Pvt. Ltd." on 30 April 2026.',
    ], centered=False)
    assert _value(doc, "title") not in ("Brightline Analytics Pvt. Ltd.",
                                        "Internship Experience Letter")


def test_a_lone_word_under_a_bare_label_in_a_logo_is_not_the_title(tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        ("This is to certify that", "Helvetica", 16),
        ("Maria L. Gonzalez", "Helvetica", 14),
        ("has successfully completed", "Helvetica", 16),
        ("Records Retention in Practice", "Helvetica", 16),
        ("June 19, 2025", "Helvetica", 15),
        ("REGIONAL", "Helvetica", 7),
        ("TRAINING", "Helvetica", 7),
        ("NETWORK", "Helvetica", 7),
    ])
    assert _value(doc, "title") == "Records Retention in Practice"


def test_the_course_is_provided_by_whoever_authorized_it_not_the_platform(
        tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        "Jan 30, 2026",
        ("Maria L. Gonzalez", "Helvetica", 24),
        "has successfully completed",
        ("Budget Forecasting Basics", "Helvetica", 14),
        "an online course authorized by Northwind Analytics and offered through Learnhub",
    ])
    assert _value(doc, "provider") == "Northwind Analytics"


def test_a_produced_by_line_keeps_the_capitalised_article_of_the_name(tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        ("Maria L. Gonzalez", "Helvetica", 20),
        "has successfully completed",
        ("Introduction to Coastal Surveying", "Helvetica", 20),
        "February 27, 2025",
        ("Produced by The Tidewater® Program", "Helvetica", 7),
    ])
    assert _value(doc, "provider") == "The Tidewater Program"


def test_an_issuer_over_its_street_address_is_the_provider_not_the_greeting(
        tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        ("Certificate of Completion", "Helvetica", 21),
        ("Congratulations, Maria L. Gonzalez", "Helvetica", 17),
        ("Spreadsheet Modelling Essentials", "Helvetica-Bold", 22),
        "Course completed on Oct 03, 2020",
        "Brightpath Learning",
        "1000 W Maple Ave",
        "Sunnyvale, CA 94085",
    ], centered=False)
    assert _value(doc, "provider") == "Brightpath Learning"


def test_a_countys_office_on_the_line_below_is_part_of_the_providers_name(
        tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        ("MARLOW COUNTY", "Helvetica-Bold", 16),
        ("OFFICE OF EMERGENCY MANAGEMENT", "Helvetica-Bold", 16),
        "THIS CERTIFIES THAT",
        ("MARIA L. GONZALEZ", "Helvetica-Bold", 36),
        "has successfully completed",
        ("G-410: Shelter Planning for Complex Incidents", "Helvetica", 13),
        "DECEMBER 5, 2024",
    ])
    assert _value(doc, "provider") == "MARLOW COUNTY OFFICE OF EMERGENCY MANAGEMENT"


def test_an_internship_letter_names_its_company_after_internship_at(tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        "Date: 26 May 2026",
        "Internship Letter",
        "This is to certify that Maria L. Gonzalez from the Data Department",
        'completed the internship at "Brightline Analytics Pvt. Ltd." on 30 April 2026.',
        "Warm regards,",
    ], centered=False)
    assert _value(doc, "provider") == "Brightline Analytics Pvt. Ltd."


def test_a_logos_stacked_words_read_as_one_name(tmp_path: Path) -> None:
    doc = _extract(tmp_path, [
        ("This is to certify that", "Helvetica", 16),
        ("Maria L. Gonzalez", "Helvetica", 14),
        ("has successfully completed", "Helvetica", 16),
        ("Records Retention in Practice", "Helvetica", 16),
        ("June 19, 2025", "Helvetica", 15),
        ("REGIONAL", "Helvetica", 7),
        ("TRAINING", "Helvetica", 7),
        ("NETWORK", "Helvetica", 7),
    ])
    assert _value(doc, "provider") == "REGIONAL TRAINING NETWORK"
