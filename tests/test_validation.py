"""Validation: one test per flag code (docs/conventions.md "Flags"; RULINGS.md 11-15)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from core.models import (
    Applicant,
    Document,
    FieldValue,
    FlagCode,
    Kind,
    Manifest,
    Program,
    Severity,
)
from scoring.duplicates import find_duplicates
from scoring.flag_catalogue import REVIEW_CODES, make_flag, severity_of
from scoring.validate import validate

PRIOR = dt.date(2018, 3, 15)


def manifest(program: str = "CMC", used_degree: bool = False) -> Manifest:
    return Manifest(
        applicant=Applicant(name="Maria L. Gonzalez", former_names=["Maria Lopez"], region=3),
        program=Program(program),
        prior_designation_date=PRIOR if program == "MMC" else None,
        received_date=dt.date(2026, 11, 2),
        cmc_used_degree=used_degree,
    )


def make_doc(activity: str | None = "institute", kind: Kind = Kind.certificate, n: int = 1,
             source: str | None = None, **fields: Any) -> Document:
    values: dict[str, Any] = {"applicant_name": "Maria L. Gonzalez", "title": "Records I",
                              "provider": "Texas Municipal Clerks Institute",
                              "start_date": "2024-03-04", "hours": 12.0, "activity": activity}
    values.update(fields)
    return Document(
        id=f"d{n}", source=source or f"f{n:03d}.pdf", pages=[1], kind=kind,
        fields={k: FieldValue(value=v, confidence=1.0) for k, v in values.items() if v is not None},
    )


def codes(doc: Document, m: Manifest | None = None) -> list[FlagCode]:
    return [f.code for f in validate(doc, m or manifest())]


def test_clean_certificate_has_no_flags() -> None:
    assert codes(make_doc()) == []


def test_first_person() -> None:
    flags = validate(make_doc(kind=Kind.letter, first_person=True), manifest())
    assert [f.code for f in flags] == [FlagCode.FIRST_PERSON]
    assert "“IIMC cannot accept: A first person letter”" in flags[0].message
    assert flags[0].severity == Severity.reject


def test_first_person_when_letter_signed_by_applicant() -> None:
    doc = make_doc(kind=Kind.letter, signatory="Maria Gonzalez, CMC")
    assert codes(doc) == [FlagCode.FIRST_PERSON]


def test_relative_author_stated() -> None:
    flags = validate(make_doc(kind=Kind.letter, relationship="husband"), manifest())
    assert [f.code for f in flags] == [FlagCode.RELATIVE_AUTHOR]
    assert "husband" in flags[0].message and "relative or spouse" in flags[0].message


@pytest.mark.parametrize("signatory", ["Robert Gonzalez", "José LOPEZ"])
def test_relative_author_by_family_name(signatory: str) -> None:
    assert codes(make_doc(kind=Kind.letter, signatory=signatory)) == [FlagCode.RELATIVE_AUTHOR]


def test_name_mismatch() -> None:
    flags = validate(make_doc(applicant_name="Linda Park"), manifest())
    assert [f.code for f in flags] == [FlagCode.NAME_MISMATCH]
    assert "“Linda Park”" in flags[0].message and "“Maria L. Gonzalez”" in flags[0].message


@pytest.mark.parametrize("name", ["Gonzalez, Maria L.", "MARIA GONZÁLEZ, CMC", "Ms. Maria Lopez"])
def test_name_variants_match(name: str) -> None:
    assert codes(make_doc(applicant_name=name)) == []


def test_missing_name() -> None:
    assert codes(make_doc(applicant_name=None)) == [FlagCode.MISSING_NAME]


def test_missing_date() -> None:
    assert codes(make_doc(start_date=None)) == [FlagCode.MISSING_DATE]


def test_missing_hours() -> None:
    flags = validate(make_doc(hours=None), manifest())
    assert [f.code for f in flags] == [FlagCode.MISSING_HOURS]
    assert "the hours spent" in flags[0].message


def test_conference_with_dates_needs_no_hours() -> None:
    assert codes(make_doc("conference", hours=None)) == []
    assert codes(make_doc("conference", hours=None, start_date=None, issue_date="2024-01-01")) \
        == [FlagCode.MISSING_HOURS]


def test_fixed_rows_need_no_hours() -> None:
    assert codes(make_doc("annual_conference", hours=None)) == []


def test_missing_title() -> None:
    assert codes(make_doc(title=None)) == [FlagCode.MISSING_TITLE]


def test_missing_title_employment_letter_needs_position() -> None:
    doc = make_doc("employment", kind=Kind.employment_letter, title=None, hours=None)
    assert codes(doc) == [FlagCode.MISSING_TITLE]
    assert codes(doc.model_copy(update={"fields": doc.fields | {
        "position": FieldValue(value="City Clerk", confidence=1.0)}})) == []


def test_transcript_needs_no_title() -> None:
    doc = make_doc("degree", kind=Kind.transcript, title=None, hours=None,
                   degree="BA Political Science", degree_date="2001-05-20", start_date=None)
    assert codes(doc) == []


def test_predates_designation() -> None:
    flags = validate(make_doc(start_date="2017-06-01"), manifest("MMC"))
    assert [f.code for f in flags] == [FlagCode.PREDATES_DESIGNATION]
    assert "2017-06-01" in flags[0].message and "2018-03-15" in flags[0].message


def test_predates_compares_end_date() -> None:
    doc = make_doc(start_date="2018-03-01", end_date="2018-03-20")
    assert codes(doc, manifest("MMC")) == []


def test_predates_not_for_cmc() -> None:
    assert codes(make_doc(start_date="2001-06-01")) == []


def test_unused_degree_is_exempt_unless_used_for_cmc() -> None:
    doc = make_doc("degree", kind=Kind.transcript, title=None, hours=None, start_date=None,
                   degree="BA Political Science", degree_date="2001-05-20")
    assert codes(doc, manifest("MMC")) == []
    assert codes(doc, manifest("MMC", used_degree=True)) == [FlagCode.PREDATES_DESIGNATION]


def test_no_assessment_is_review() -> None:
    flags = validate(make_doc("course", delivery="online", assessment=False), manifest())
    assert [f.code for f in flags] == [FlagCode.NO_ASSESSMENT]
    assert flags[0].severity == Severity.review
    assert "learning assessment" in flags[0].message


def test_no_assessment_webinar_without_field() -> None:
    assert codes(make_doc("course", delivery="webinar")) == [FlagCode.NO_ASSESSMENT]


def test_assessment_present_no_flag() -> None:
    assert codes(make_doc("course", delivery="online", assessment=True)) == []


def test_below_minimum_hours_online() -> None:
    flags = validate(make_doc("course", hours=3.0, delivery="online", assessment=True), manifest())
    assert [f.code for f in flags] == [FlagCode.BELOW_MINIMUM_HOURS]
    assert "minimum of four hours" in flags[0].message and "3 hours" in flags[0].message


def test_below_minimum_hours_session() -> None:
    flags = validate(make_doc(hours=0.5), manifest())
    assert [f.code for f in flags] == [FlagCode.BELOW_MINIMUM_HOURS]
    assert "1 in-class contact hour" in flags[0].message


def test_below_minimum_hours_certification() -> None:
    assert codes(make_doc("certification", hours=40.0)) == [FlagCode.BELOW_MINIMUM_HOURS]


def test_duplicate_by_content_hash_on_later_copy() -> None:
    a = make_doc(n=1, source="b.pdf").model_copy(update={"content_hash": "h1"})
    b = make_doc("course", n=2, source="a.pdf", title="Other").model_copy(
        update={"content_hash": "h1"})
    find_duplicates([a, b])
    assert [f.code for f in b.flags] == [] and [f.code for f in a.flags] == [FlagCode.DUPLICATE]
    assert "d2" in a.flags[0].message and "RULINGS.md 12" in a.flags[0].message


def test_duplicate_by_fields_rescan() -> None:
    docs = [make_doc(n=1), make_doc(n=2, title="RECORDS  I."), make_doc(n=3, hours=6.0)]
    find_duplicates(docs)
    assert [[f.code for f in d.flags] for d in docs] == [[], [FlagCode.DUPLICATE], []]
    find_duplicates(docs)  # idempotent
    assert len(docs[1].flags) == 1


def test_duplicate_ignores_agendas() -> None:
    docs = [make_doc(n=1), make_doc(n=2, kind=Kind.agenda)]
    find_duplicates(docs)
    assert docs[1].flags == []


def test_agenda_gets_only_predates() -> None:
    doc = make_doc(kind=Kind.agenda, applicant_name=None, title=None, hours=None,
                   start_date="2010-01-01")
    assert codes(doc) == []
    assert codes(doc, manifest("MMC")) == [FlagCode.PREDATES_DESIGNATION]


@pytest.mark.parametrize("kind", [Kind.application_form, Kind.other])
def test_forms_and_other_get_no_flags(kind: Kind) -> None:
    assert codes(make_doc(kind=kind, applicant_name="Someone Else", start_date=None)) == []


@pytest.mark.parametrize("code", list(FlagCode))
def test_severity_mapping(code: FlagCode) -> None:
    """RULINGS.md 11: review for NO_ASSESSMENT, UNREADABLE, UNSUPPORTED_FILE; else reject."""
    expected = Severity.review if code.value in {
        "NO_ASSESSMENT", "UNREADABLE", "UNSUPPORTED_FILE"} else Severity.reject
    assert severity_of(code) == expected
    assert make_flag(code, "detail.").severity == expected
    assert (code in REVIEW_CODES) is (expected == Severity.review)


@pytest.mark.parametrize("code", [FlagCode.UNREADABLE, FlagCode.UNSUPPORTED_FILE])
def test_reader_flags_have_messages(code: FlagCode) -> None:
    flag = make_flag(code, "Encrypted PDF.")
    assert flag.message.startswith("Encrypted PDF. “Supporting documentation")
