"""The checks that flag one document (docs/conventions.md "Flags"; RULINGS.md 11-15).

Flags are decided from the document's facts only (`facts.py`); the codes, severities and
guideline quotes are the catalogue's (`flag_catalogue.py`). The caller stores the flags on
the document; duplicates across the packet are `duplicates.py`'s. A MISSING_* flag is
raised only where the document plainly lacks the item: a field listed in `Document.unread`
(the text shows signs of it, extractors/presence.py) goes to a reviewer instead.
"""

from __future__ import annotations

from collections.abc import Callable

from core.models import Document, Flag, FlagCode, Kind, Manifest, TextSource
from core.names import applicant_names, family_name, matches_applicant
from scoring.facts import CREDITABLE, activity, field_date, is_degree, number, text, work_date
from scoring.flag_catalogue import MIN_CERT, MIN_ONLINE, MIN_SESSION, make_flag, quote
from scoring.online import ONLINE, online_course
from scoring.policies import mmc_cutoff, predates_exemption
from scoring.rules import RuleBook, default_rules

CERTIFICATION_RULE = "mmc.advanced.certification"


Check = Callable[[Document, Manifest, RuleBook], Flag | None]


def check_first_person(doc: Document, manifest: Manifest, _: RuleBook) -> Flag | None:
    signatory = text(doc, "signatory")
    by_applicant = doc.kind in {Kind.letter, Kind.employment_letter} and bool(
        signatory and matches_applicant(signatory, manifest.applicant)
    )
    if doc.value("first_person") is True or by_applicant:
        who = f" signed by {quote(signatory)}" if by_applicant else ""
        return make_flag(FlagCode.FIRST_PERSON, f"First-person account by the applicant{who}.")
    return None


def check_relative(doc: Document, manifest: Manifest, _: RuleBook) -> Flag | None:
    relationship = text(doc, "relationship")
    if relationship:
        return make_flag(FlagCode.RELATIVE_AUTHOR, f"The author is the applicant's {relationship}.")
    signatory = text(doc, "signatory")
    if not signatory or matches_applicant(signatory, manifest.applicant):
        return None
    family = family_name(signatory)
    known = {family_name(n) for n in applicant_names(manifest.applicant)}
    if family is not None and family in known:
        detail = f"Signatory {quote(signatory)} shares the applicant's family name {quote(family)}."
        return make_flag(FlagCode.RELATIVE_AUTHOR, detail)
    return None


def check_name(doc: Document, manifest: Manifest, _: RuleBook) -> Flag | None:
    name = text(doc, "applicant_name")
    if name is None:
        if "applicant_name" in doc.unread:  # stated, not read: a reviewer reads it
            return None
        return make_flag(FlagCode.MISSING_NAME, "No applicant name found.")
    if matches_applicant(name, manifest.applicant, fuzzy=doc.text_source == TextSource.ocr):
        return None
    known = " / ".join(quote(n) for n in applicant_names(manifest.applicant))
    detail = f"Document names {quote(name)}, the applicant is {known}."
    return make_flag(FlagCode.NAME_MISMATCH, detail)


def check_date(doc: Document, _m: Manifest, _r: RuleBook) -> Flag | None:
    if any(field_date(doc, n) for n in ("start_date", "end_date", "issue_date", "degree_date")):
        return None
    if "date" in doc.unread:
        return None
    return make_flag(FlagCode.MISSING_DATE, "No date of the work found.")


def _has_days(doc: Document) -> bool:
    return number(doc, "days") is not None or field_date(doc, "start_date") is not None


def check_hours(doc: Document, _m: Manifest, rules: RuleBook) -> Flag | None:
    kind = activity(doc)
    if not rules.needs_hours(kind) or number(doc, "hours") is not None:
        return None
    if kind == "conference" and _has_days(doc):
        return None
    if "hours" in doc.unread:
        return None
    return make_flag(FlagCode.MISSING_HOURS, f"No contact hours found for this {str(kind).replace('_', ' ')} activity.")


def check_title(doc: Document, _m: Manifest, _r: RuleBook) -> Flag | None:
    if doc.kind == Kind.employment_letter:
        if text(doc, "position") is None and "position" not in doc.unread:
            return make_flag(FlagCode.MISSING_TITLE, "Employment letter states no position.")
        return None
    if is_degree(doc):  # a diploma names its degree, not a title (docs/conventions.md)
        return None
    if doc.kind in {Kind.certificate, Kind.letter} and text(doc, "title") is None \
            and "title" not in doc.unread:
        return make_flag(FlagCode.MISSING_TITLE, "No title or description of the work found.")
    return None


def check_predates(doc: Document, manifest: Manifest, rules: RuleBook) -> Flag | None:
    """EG MMC requirement 7; the exceptions are in scoring/policies.py."""
    cutoff = mmc_cutoff(manifest)
    day = work_date(doc)
    if cutoff is None or day is None or day >= cutoff:
        return None
    if predates_exemption(doc, day, manifest, rules) is not None:
        return None
    which = ("CMC Recertification" if cutoff == manifest.cmc_recertification_date
             else "prior designation")
    detail = f"Work dated {day.isoformat()} is before the {which} {cutoff.isoformat()}."
    return make_flag(FlagCode.PREDATES_DESIGNATION, detail)


def check_assessment(doc: Document, _m: Manifest, rules: RuleBook) -> Flag | None:
    course = online_course(doc, rules)
    if course is None or course.assessed:
        return None
    detail = f"A {course.delivery} course without a completed learning assessment."
    return make_flag(FlagCode.NO_ASSESSMENT, detail)


def minimum(doc: Document, rules: RuleBook) -> tuple[float, str] | None:
    """The least hours the document's activity needs, with the sentence that says so."""
    kind = activity(doc)
    if kind == "certification":
        return rules.rule(CERTIFICATION_RULE).min_hours or 0.0, MIN_CERT
    course = online_course(doc, rules)
    if course is not None and course.delivery in ONLINE:
        return course.min_hours, MIN_ONLINE
    if rules.per_hour(kind):
        return rules.min_contact_hours, MIN_SESSION
    return None


def check_minimum(doc: Document, _m: Manifest, rules: RuleBook) -> Flag | None:
    hours, least = number(doc, "hours"), minimum(doc, rules)
    if hours is None or least is None or hours >= least[0]:
        return None
    detail = f"{hours:g} hours is under the minimum of {least[0]:g} hours."
    return make_flag(FlagCode.BELOW_MINIMUM_HOURS, detail, least[1])


CHECKS: tuple[Check, ...] = (
    check_first_person, check_relative, check_name, check_date, check_hours, check_title,
    check_predates, check_assessment, check_minimum,
)


def validate(doc: Document, manifest: Manifest, rules: RuleBook | None = None) -> list[Flag]:
    """The flags of one document. Agendas get only PREDATES_DESIGNATION (RULINGS.md 15);
    application forms and other documents get none."""
    book = rules or default_rules()
    if doc.kind == Kind.agenda:
        flag = check_predates(doc, manifest, book)
        return [flag] if flag else []
    if doc.kind not in CREDITABLE:
        return []
    return [f for check in CHECKS if (f := check(doc, manifest, book)) is not None]


__all__ = ["CHECKS", "minimum", "validate"]
