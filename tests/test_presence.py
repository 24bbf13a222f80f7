"""Abstain instead of inventing (issue 10): a MISSING_* flag rejects a document, so it is
raised only where the document plainly lacks the item. Where the text shows signs of a
field the finders did not read, the field is listed in `Document.unread` and the document
goes to a reviewer with that reason. Real PDFs through the real reader and extractors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from core.models import (
    Applicant,
    Document,
    FlagCode,
    Kind,
    Manifest,
    Page,
    Program,
    TextSource,
)
from extractors.presence import unread_fields
from scoring.routing import Routed, route
from scoring.rules import default_rules
from scoring.validate import validate
from tests.render import extract_lines

MANIFEST = Manifest(
    applicant=Applicant(name="Maria L. Gonzalez", member_id="1", region=3),
    program=Program.CMC, received_date=dt.date(2026, 11, 2))


def _doc(tmp_path: Path, lines: list[str]) -> Document:
    return extract_lines(tmp_path, lines, MANIFEST)


def _codes(doc: Document) -> set[FlagCode]:
    return {f.code for f in validate(doc, MANIFEST)}


def _text_doc(kind: Kind, text: str, **fields: object) -> Document:
    from core.models import FieldValue, Line, Word
    words = [Word(text=t, bbox=(0, 0, 1, 1)) for t in text.split()]
    page = Page(source="x.pdf", number=1, width=612, height=792,
                text_source=TextSource.pdf_text, lines=[Line(text=text, words=words,
                                                             bbox=(0, 0, 1, 1))])
    return Document(id="d", source="x.pdf", pages=[1], kind=kind, page_data=[page],
                    fields={k: FieldValue(value=v, confidence=0.9) for k, v in fields.items()})


def test_hours_stated_but_not_read_route_to_a_reviewer_instead_of_missing_hours() -> None:
    doc = _text_doc(Kind.certificate, "This certifies Maria L. Gonzalez completed Budgeting "
                    "on May 3, 2024 earning 12 clock-hours", applicant_name="Maria L. Gonzalez",
                    title="Budgeting", start_date="2024-05-03", end_date="2024-05-03",
                    activity="course")
    doc.unread = unread_fields(doc, MANIFEST)
    assert "12 clock-hours" in doc.unread["hours"]
    assert FlagCode.MISSING_HOURS not in _codes(doc)
    routed = route(doc, MANIFEST, default_rules())
    assert isinstance(routed, Routed) and routed.review and "hours not read" in routed.review


def test_a_document_without_any_hours_text_is_still_missing_hours() -> None:
    doc = _text_doc(Kind.certificate, "This certifies Maria L. Gonzalez completed Budgeting "
                    "on May 3, 2024. Office open 8 to 5.", applicant_name="Maria L. Gonzalez",
                    title="Budgeting", start_date="2024-05-03", activity="course")
    doc.unread = unread_fields(doc, MANIFEST)
    assert doc.unread == {}
    assert FlagCode.MISSING_HOURS in _codes(doc)


def test_hours_in_a_table_header_over_other_lines_are_no_sign() -> None:
    # "Session Hours" heads a column; the year on the line above is not an hours figure
    doc = _text_doc(Kind.certificate, "x")
    page = doc.page_data[0]
    from core.models import Line
    page.lines = [Line(text=t, words=[], bbox=(0, 0, 1, 1)) for t in
                  ("February 20-22, 2021", "Session Hours")]
    assert "hours" not in unread_fields(doc, MANIFEST)


def test_unread_name_date_and_position_are_listed_with_what_was_seen() -> None:
    doc = _text_doc(Kind.employment_letter, "Ms. GONZALEZ has been with us since the spring "
                    "of 2019 and works as our records clerk")
    unread = unread_fields(doc, MANIFEST)
    assert set(unread) == {"applicant_name", "date", "position"}
    assert "gonzalez" in unread["applicant_name"]
    doc.unread = unread
    assert {f.code for f in validate(doc, MANIFEST)} & {
        FlagCode.MISSING_NAME, FlagCode.MISSING_DATE, FlagCode.MISSING_TITLE} == set()


def test_a_field_that_was_read_is_never_unread(tmp_path: Path) -> None:
    doc = _doc(tmp_path, ["Certificate of Completion", "Maria L. Gonzalez",
                          "has completed Records Retention Basics",
                          "June 3, 2024 - 6 contact hours", "Idaho Clerks Association"])
    assert doc.value("hours") == 6
    assert "hours" not in doc.unread and "applicant_name" not in doc.unread


def test_a_certificate_that_plainly_lacks_a_name_and_hours_is_flagged(tmp_path: Path) -> None:
    doc = _doc(tmp_path, ["Certificate of Completion", "This certifies that the bearer",
                          "has completed Records Retention Basics", "June 3, 2024",
                          "Idaho Clerks Association"])
    assert doc.unread == {}
    assert {FlagCode.MISSING_NAME, FlagCode.MISSING_HOURS} <= _codes(doc)


def test_a_title_left_blank_after_its_cue_is_missing(tmp_path: Path) -> None:
    """"has completed the course of study entitled" with the date on the next line: the
    cue introduces no name, so the title is plainly missing (MISSING_TITLE), not unread."""
    doc = _doc(tmp_path, ["Blue Ridge Municipal Clerks Institute", "Certificate of Attendance",
                          "This is to certify that", "Maria L. Gonzalez",
                          "has completed the course of study entitled", "10/16/2023 - 10/20/2023",
                          "Roanoke, Virginia", "Hours: 36", "Ada Quill", "Director"])
    assert "title" not in doc.fields
    assert FlagCode.MISSING_TITLE in _codes(doc)


def test_an_hours_label_with_its_figure_alone_on_the_next_line_is_a_sign() -> None:
    # a certificate's box: "Contact hours" over "30"; the table of sessions of the test
    # above names its hours beside each session, never alone under the heading
    doc = _text_doc(Kind.certificate, "x")
    from core.models import Line
    doc.page_data[0].lines = [Line(text=t, words=[], bbox=(0, 0, 1, 1)) for t in
                              ("September 8-12, 2014", "Contact hours", "30", "Gunnar Solheim")]
    assert "hours" in unread_fields(doc, MANIFEST)
