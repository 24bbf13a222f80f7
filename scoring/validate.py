"""Flags for one document (docs/conventions.md "Flags"; RULINGS.md 11-15).

Every message quotes the guideline sentence it enforces and the values involved.
Flags are decided from the document's fields only; the caller stores them on the document.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

from core.models import (
    Document,
    Flag,
    FlagCode,
    Kind,
    Manifest,
    Severity,
    TextSource,
)
from core.names import applicant_names, family_name, matches_applicant
from scoring.policies import mmc_cutoff, predates_exemption
from scoring.rules import RuleBook, default_rules

# RULINGS.md 11: the one severity mapping.
REVIEW_CODES = frozenset({FlagCode.NO_ASSESSMENT, FlagCode.UNREADABLE, FlagCode.UNSUPPORTED_FILE})


def severity_of(code: FlagCode) -> Severity:
    return Severity.review if code in REVIEW_CODES else Severity.reject


_EG = "Education Guidelines"
_DOCS = f"{_EG}, supporting documentation"
_ONLINE = f"{_EG}, Online Learning Guidelines"
GUIDELINE: dict[FlagCode, str] = {
    FlagCode.FIRST_PERSON: f"'IIMC cannot accept: A first person letter' ({_DOCS})",
    FlagCode.RELATIVE_AUTHOR: (
        f"'IIMC cannot accept: A document from a relative or spouse of the applicant' ({_DOCS})"
    ),
    FlagCode.NAME_MISMATCH: (
        f"'Supporting documentation contains: The name of the applicant' ({_DOCS}; "
        "RULINGS.md 14)"
    ),
    FlagCode.MISSING_NAME: (
        f"'Supporting documentation contains: The name of the applicant'; 'IIMC cannot accept: "
        f"Incomplete documentation' ({_DOCS})"
    ),
    FlagCode.MISSING_DATE: (
        f"'Supporting documentation contains: The date of the work'; 'IIMC cannot accept: "
        f"Incomplete documentation' ({_DOCS})"
    ),
    FlagCode.MISSING_HOURS: (
        f"'Supporting documentation contains: The date, location, and the hours spent'; 'IIMC "
        f"cannot accept: Incomplete documentation' ({_DOCS})"
    ),
    FlagCode.MISSING_TITLE: (
        f"'Supporting documentation contains: The title/description/or nature of the work'; "
        f"'IIMC cannot accept: Incomplete documentation' ({_DOCS})"
    ),
    FlagCode.PREDATES_DESIGNATION: (
        "'IIMC cannot accept: Documentation dated prior to the CMC designation, or if "
        "applicable, prior to CMC Recertification or the last Level obtained' "
        f"({_EG}, MMC supporting documentation; RULINGS.md 13)"
    ),
    FlagCode.NO_ASSESSMENT: (
        "'Fully online courses that do not contain a learning assessment will only be eligible "
        "for CMC Experience or MMC Professional Contribution points'; webinars: 'To be given "
        "credit by IIMC, these webinars must include a learning assessment' "
        f"({_ONLINE}; RULINGS.md 6)"
    ),
    FlagCode.BELOW_MINIMUM_HOURS: "",  # the sentence depends on the minimum; see _minimum
    FlagCode.DUPLICATE: (
        "'DUPLICATE goes on the later copy (packet order: file path, then page); the first "
        "copy keeps its points. A re-scan of the same paper is a duplicate too' (RULINGS.md 12)"
    ),
    FlagCode.UNREADABLE: (
        f"'Supporting documentation must be included with each CMC Application' ({_DOCS})"
    ),
    FlagCode.UNSUPPORTED_FILE: (
        f"'Supporting documentation must be included with each CMC Application' ({_DOCS})"
    ),
}
_MIN_SESSION = (
    "'A session will need a minimum of 1 in-class contact hour to earn the minimum ½ point' "
    f"({_EG}, Institutes; RULINGS.md 1)"
)
_MIN_ONLINE = f"'Fully online courses must meet a minimum of four hours' ({_ONLINE}; RULINGS.md 6)"
_MIN_CERT = (
    "'Certification from another organization relevant to your responsibilities as a Municipal "
    f"Clerk (Minimum 50 hours of Training)' ({_EG}, MMC Advanced Education table, row 5)"
)

CREDITABLE = frozenset({Kind.certificate, Kind.transcript, Kind.employment_letter, Kind.letter})
HOUR_RATED = frozenset({
    "institute", "state_course", "course", "vocational", "teaching_institute", "teaching_state",
    "on_the_job", "certification", "conference",
})
# R6 applies to courses; conference attendance rows are not courses.
ONLINE_RULED = frozenset({
    "institute", "state_course", "course", "vocational", "iimc_online", "cd_rom",
    "conference_academy", "athenian_dialogue", "certification",
})
ONLINE = frozenset({"online", "hybrid"})
WEBINAR = "webinar"
CERTIFICATION_RULE = "mmc.advanced.certification"


def make_flag(code: FlagCode, detail: str, guideline: str | None = None) -> Flag:
    quote = guideline if guideline is not None else GUIDELINE[code]
    return Flag(code=code, severity=severity_of(code), message=f"{detail} {quote}.")


def field_date(doc: Document, name: str) -> dt.date | None:
    try:
        return doc.date(name)
    except ValueError:
        return None


def number(doc: Document, name: str) -> float | None:
    v = doc.value(name)
    if isinstance(v, bool) or not isinstance(v, int | float):
        return None
    return float(v)


def text(doc: Document, name: str) -> str | None:
    v = doc.value(name)
    return v.strip() or None if isinstance(v, str) else None


def is_degree(doc: Document) -> bool:
    activity = text(doc, "activity")
    return activity == "degree" or (activity is None and text(doc, "degree") is not None)


def work_date(doc: Document) -> dt.date | None:
    """RULINGS.md 13: the end of the work, else its start, else the document's date."""
    names = ("degree_date",) if is_degree(doc) else ()
    for name in (*names, "end_date", "start_date", "issue_date"):
        day = field_date(doc, name)
        if day is not None:
            return day
    return None


# ---------------------------------------------------------------- the checks

Check = Callable[[Document, Manifest, RuleBook], Flag | None]


def check_first_person(doc: Document, manifest: Manifest, _: RuleBook) -> Flag | None:
    signatory = text(doc, "signatory")
    by_applicant = doc.kind in {Kind.letter, Kind.employment_letter} and bool(
        signatory and matches_applicant(signatory, manifest.applicant)
    )
    if doc.value("first_person") is True or by_applicant:
        who = f" signed by {signatory!r}" if by_applicant else ""
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
        detail = f"Signatory {signatory!r} shares the applicant's family name {family!r}."
        return make_flag(FlagCode.RELATIVE_AUTHOR, detail)
    return None


def check_name(doc: Document, manifest: Manifest, _: RuleBook) -> Flag | None:
    name = text(doc, "applicant_name")
    if name is None:
        return make_flag(FlagCode.MISSING_NAME, "No applicant name found.")
    if matches_applicant(name, manifest.applicant, fuzzy=doc.text_source == TextSource.ocr):
        return None
    known = " / ".join(repr(n) for n in applicant_names(manifest.applicant))
    detail = f"Document names {name!r}, the applicant is {known}."
    return make_flag(FlagCode.NAME_MISMATCH, detail)


def check_date(doc: Document, _m: Manifest, _r: RuleBook) -> Flag | None:
    if any(field_date(doc, n) for n in ("start_date", "end_date", "issue_date", "degree_date")):
        return None
    return make_flag(FlagCode.MISSING_DATE, "No date of the work found.")


def _has_days(doc: Document) -> bool:
    return number(doc, "days") is not None or field_date(doc, "start_date") is not None


def check_hours(doc: Document, _m: Manifest, _r: RuleBook) -> Flag | None:
    activity = text(doc, "activity")
    if activity not in HOUR_RATED or number(doc, "hours") is not None:
        return None
    if activity == "conference" and _has_days(doc):
        return None
    return make_flag(FlagCode.MISSING_HOURS, f"No contact hours found for {activity!r}.")


def check_title(doc: Document, _m: Manifest, _r: RuleBook) -> Flag | None:
    if doc.kind == Kind.employment_letter:
        if text(doc, "position") is None:
            return make_flag(FlagCode.MISSING_TITLE, "Employment letter states no position.")
        return None
    if doc.kind in {Kind.certificate, Kind.letter} and text(doc, "title") is None:
        return make_flag(FlagCode.MISSING_TITLE, "No title or description of the work found.")
    return None


def check_predates(doc: Document, manifest: Manifest, rules: RuleBook) -> Flag | None:
    """EG MMC requirement 7; the exceptions are in scoring/policies.py."""
    cutoff = mmc_cutoff(manifest)
    day = work_date(doc)
    if cutoff is None or day is None or day >= cutoff:
        return None
    if predates_exemption(doc, day, is_degree(doc), manifest, rules) is not None:
        return None
    which = ("CMC Recertification" if cutoff == manifest.cmc_recertification_date
             else "prior designation")
    detail = f"Work dated {day.isoformat()} is before the {which} {cutoff.isoformat()}."
    return make_flag(FlagCode.PREDATES_DESIGNATION, detail)


def _delivery(doc: Document) -> str | None:
    d = text(doc, "delivery")
    return d.lower() if d else None


def check_assessment(doc: Document, _m: Manifest, _r: RuleBook) -> Flag | None:
    delivery = _delivery(doc)
    if text(doc, "activity") not in ONLINE_RULED or delivery not in ONLINE | {WEBINAR}:
        return None
    if doc.value("assessment") is True:
        return None
    detail = f"A {delivery} course without a completed learning assessment."
    return make_flag(FlagCode.NO_ASSESSMENT, detail)


def _minimum(doc: Document, rules: RuleBook) -> tuple[float, str] | None:
    activity = text(doc, "activity")
    if activity == "certification":
        return rules.rule(CERTIFICATION_RULE).min_hours or 0.0, _MIN_CERT
    if activity in ONLINE_RULED and _delivery(doc) in ONLINE:
        return rules.online_min_hours, _MIN_ONLINE
    if activity in HOUR_RATED:
        return rules.min_contact_hours, _MIN_SESSION
    return None


def check_minimum(doc: Document, _m: Manifest, rules: RuleBook) -> Flag | None:
    hours, minimum = number(doc, "hours"), _minimum(doc, rules)
    if hours is None or minimum is None or hours >= minimum[0]:
        return None
    detail = f"{hours:g} hours is under the minimum of {minimum[0]:g} hours."
    return make_flag(FlagCode.BELOW_MINIMUM_HOURS, detail, minimum[1])


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


# ---------------------------------------------------------------- duplicates

def _norm(value: object) -> object:
    if isinstance(value, str):
        return re.sub(r"[^a-z0-9]+", " ", value.lower()).strip()
    return value


def evidence_key(doc: Document) -> tuple[object, ...] | None:
    """activity + title + provider + dates + hours (RULINGS.md 12); None when too thin."""
    title = text(doc, "title") or text(doc, "position") or text(doc, "degree")
    activity = text(doc, "activity")
    if activity is None or (title is None and text(doc, "provider") is None):
        return None
    names = ("provider", "start_date", "end_date", "degree_date", "hours", "credit_units")
    return (activity, _norm(title), *(_norm(doc.value(n)) for n in names))


def packet_order(docs: Sequence[Document]) -> list[Document]:
    return sorted(docs, key=lambda d: (d.source, min(d.pages, default=0)))


def _first_copy(doc: Document, seen: dict[object, Document]) -> Document | None:
    keys: list[tuple[str, object]] = [("hash", doc.content_hash)] if doc.content_hash else []
    key = evidence_key(doc)
    keys += [("fields", key)] if key is not None else []
    earlier = next((seen[k] for k in keys if k in seen), None)
    for k in keys:
        seen.setdefault(k, doc)
    return earlier


NEAR_COPY = 0.75  # share of words two readings of one paper have in common, at least


def _words(doc: Document) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]{3,}", doc.text.lower()))


def _near_copy(doc: Document, earlier: list[tuple[Document, frozenset[str]]]) -> Document | None:
    """An earlier document whose text is nearly the same: a re-scan or second photo of the
    same paper, read with different OCR slips (RULINGS.md 12)."""
    words = _words(doc)
    for other, theirs in earlier:
        union = words | theirs
        if other.kind == doc.kind and union and len(words & theirs) / len(union) >= NEAR_COPY \
                and not _disagree(doc, other):
            return other
    return None


def _disagree(a: Document, b: Document) -> bool:
    """The two state different dates, hours or degrees: two papers of one template."""
    for name in ("start_date", "end_date", "hours", "degree"):  # titles are read too unevenly
        va, vb = _norm(a.value(name)), _norm(b.value(name))
        if va is None or vb is None or va == vb:
            continue
        if not (isinstance(va, str) and isinstance(vb, str)) or \
                SequenceMatcher(None, va, vb).ratio() < 0.8:  # more than an OCR slip apart
            return True
    return False


def find_duplicates(docs: Sequence[Document]) -> None:
    """Add DUPLICATE to every later copy of the same evidence (RULINGS.md 12)."""
    seen: dict[object, Document] = {}
    texts: list[tuple[Document, frozenset[str]]] = []
    for doc in packet_order([d for d in docs if d.kind in CREDITABLE]):
        earlier = _first_copy(doc, seen) or (_near_copy(doc, texts) if doc.page_data else None)
        if doc.page_data:
            texts.append((doc, _words(doc)))
        if earlier is None or doc.has_flag(FlagCode.DUPLICATE):
            continue
        detail = f"Same evidence as document {earlier.id} ({earlier.source} p{earlier.pages})."
        doc.flags.append(make_flag(FlagCode.DUPLICATE, detail))


__all__ = [
    "GUIDELINE", "REVIEW_CODES", "evidence_key", "find_duplicates", "make_flag", "severity_of",
    "validate", "work_date",
]
