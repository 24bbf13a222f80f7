"""Field extraction: runs the field finders in dependency order and records where each
value was read (page, box) and how sure we are: rule confidence × OCR confidence, through
the calibration map of `calibration.py`."""

from __future__ import annotations

from collections.abc import Callable

from core.models import Document, FieldValue, Kind, Manifest
from extractors.calibration import calibrated
from extractors.doctext import DocText
from extractors.fields import amounts, degrees, employment, orgs, people, when, work
from extractors.fields.base import Context, Found

Finder = Callable[[Context], Found | None]

# Order matters: later finders read what earlier ones found (ctx.found).
FINDERS: list[tuple[str, Finder]] = [
    ("signatory", people.find_signatory),
    ("first_person", people.find_first_person),
    ("applicant_name", people.find_applicant_name),
    ("relationship", people.find_relationship),
    ("provider", orgs.find_provider),
    ("sector", orgs.find_sector),
    ("location", orgs.find_location),
    ("degree", degrees.find_degree),
    ("position", employment.find_position),
    ("employment_type", work.find_employment_type),
    ("administrative", work.find_administrative),
    ("title", work.find_title),
    ("hours", amounts.find_hours),
    ("credit_units", amounts.find_credit_units),
    ("delivery", work.find_delivery),
    ("assessment", work.find_assessment),
    ("course_review", work.find_course_review),
    ("activity", work.find_activity),
    ("days", amounts.find_days),
    ("years", amounts.find_years),
]
# Kinds that earn nothing keep only what identifies them (RULINGS.md 15).
KIND_FIELDS = {
    Kind.application_form: {"applicant_name"},
    Kind.other: {"applicant_name", "issue_date"},
    Kind.agenda: {"provider", "title", "location", "start_date", "end_date", "issue_date"},
}
ONLY_FOR = {
    # a transcript carries no signatory, no location; an employment letter no location
    # (docs/conventions.md, "Which fields a document carries")
    "signatory": {Kind.certificate, Kind.letter, Kind.employment_letter},
    "location": set(Kind) - {Kind.transcript, Kind.employment_letter},
    "credit_units": {Kind.transcript},
    "days": {Kind.certificate, Kind.letter},
    "years": {Kind.letter},
    "hours": {Kind.certificate, Kind.letter},
    "delivery": {Kind.certificate},
    "first_person": {Kind.letter, Kind.employment_letter, Kind.certificate},
    "relationship": {Kind.letter, Kind.employment_letter, Kind.certificate},
}


def wanted(name: str, kind: Kind) -> bool:
    if kind in KIND_FIELDS and name not in KIND_FIELDS[kind]:
        return False
    return kind in ONLY_FOR.get(name, set(Kind))


def extract_fields(doc: Document, manifest: Manifest) -> dict[str, FieldValue]:
    text = DocText.from_pages(doc.page_data)
    ctx = Context(text=text, kind=doc.kind, manifest=manifest)
    for name, finder in FINDERS:
        if wanted(name, doc.kind):
            found = finder(ctx)
            if found is not None:
                ctx.found[name] = found
    dates = when.assign_dates(ctx)
    ctx.found.update({k: v for k, v in dates.items() if wanted(k, doc.kind)})
    if degrees.is_diploma(ctx):
        ctx.found = {k: v for k, v in ctx.found.items() if k in degrees.DIPLOMA_FIELDS}
    return calibrated({name: _to_field(text, found) for name, found in ctx.found.items()},
                      doc.text_source)


def _to_field(text: DocText, found: Found) -> FieldValue:
    where = text.locate(found.start, found.end) if found.end > found.start else None
    if where is None:
        return FieldValue(value=found.value, confidence=round(found.confidence, 3))
    return FieldValue(
        value=found.value,
        confidence=round(found.confidence * where.confidence, 3),
        page=where.page,
        bbox=where.bbox,
    )
