"""Document builders: each returns a Doc whose facts are exactly what its pages print,
with the sentences a different issuer would write."""

from __future__ import annotations

from .model import Doc, fmt, num
from .world import Org, Person


def _facts(**kw) -> dict:
    return {k: v for k, v in kw.items() if v is not None}


def certificate(org: Org, signer: Person | None, name: str | None, title: str | None,
                start: str | None, end: str | None = None, *, activity: str,
                hours: float | None = None, days: float | None = None,
                location: str | None = None, issue: str | None = None,
                delivery: str | None = None, assessment: bool | None = None,
                course_review: bool | None = None, provider: str | None = None,
                style: str = "certificate_landscape", note: str = "", **extra) -> Doc:
    facts = _facts(applicant_name=name, provider=provider or org.name, title=title,
                   start_date=start, end_date=end or start, issue_date=issue, hours=hours,
                   days=days, location=location, delivery=delivery, assessment=assessment,
                   course_review=course_review, activity=activity,
                   signatory=signer.name if signer else None)
    return Doc("certificate", style, facts, org, signer, extra, note)


def diploma(org: Org, name: str, degree: str, date: str, note: str = "") -> Doc:
    facts = _facts(applicant_name=name, provider=org.name, degree=degree, degree_date=date,
                   activity="degree")
    return Doc("certificate", "diploma", facts, org, None, {}, note)


def transcript(org: Org, name: str, terms: list, issue: str, *, degree: str | None = None,
               degree_date: str | None = None, transfer: list | None = None,
               note: str = "", **extra) -> Doc:
    inst = sum(cr for _, cs in terms for _, _, cr, _ in cs)
    total = inst + sum(cr for _, cr in (transfer or []))
    facts = _facts(applicant_name=name, provider=org.name, credit_units=total,
                   degree=degree, degree_date=degree_date, issue_date=issue,
                   activity="degree" if degree else "college_credits")
    extra.update(terms=terms, transfer=transfer or [])
    return Doc("transcript", "transcript", facts, org, None, extra, note)


def _pron(she: bool) -> tuple[str, str]:
    return ("She", "her") if she else ("He", "his")


def employment(org: Org, signer: Person, name: str, position: str, start: str, end: str,
               issue: str | None, *, present: bool, full_time: bool | None,
               administrative: bool | None, she: bool = True, form: str = "letter",
               received: str = "", note: str = "", **extra) -> Doc:
    """An HR verification. form: letter | memo | table. `present`: the letter says the
    position is held to date, so end is the packet's received date (conventions)."""
    he, his = _pron(she)
    span = (f"since {fmt(start, extra.get('datefmt', 'long'))}" if present else
            f"from {fmt(start, extra.get('datefmt', 'long'))} through {fmt(end, extra.get('datefmt', 'long'))}")
    if full_time is True:
        basis = extra.pop("basis", "on a full-time basis (40 hours per week)")
    elif full_time is False:
        basis = extra.pop("basis", "on a part-time basis of approximately 20 hours per week")
    else:
        basis = ""
    if administrative is True:
        duties = (f"{his.capitalize()} duties carry administrative responsibility, including "
                  "records management, the conduct of elections, and the preparation and "
                  "custody of agendas, minutes and official documents.")
    elif administrative is False:
        duties = (f"The position is clerical; it does not carry administrative or supervisory "
                  f"responsibility. {he} assists with filing and front counter service.")
    else:
        duties = ""
    body: list[str] = []
    table = None
    if form == "table":
        body.append(f"At the request of {name}, the Human Resources Department confirms the "
                    f"following record of employment with {org.name}:")
        table = [["Position", "Status", "Start", "End"],
                 [position, {True: "Full-time", False: "Part-time", None: "Regular"}[full_time],
                  fmt(start, "us"), "Present" if present else fmt(end, "us")]]
        if duties:
            body.append(duties)
    else:
        verb = "has been" if present else "was"
        body.append(f"This letter verifies that {name} {verb} employed by {org.name} as "
                    f"{position} {span}" + (f", {basis}." if basis else "."))
        if duties:
            body.append(duties)
    body.append(extra.pop("closing_para", "Please contact this office if you need anything "
                                          "further regarding this verification."))
    facts = _facts(applicant_name=name, provider=org.name, position=position, start_date=start,
                   end_date=received if present else end, issue_date=issue,
                   employment_type={True: "full_time", False: "part_time"}.get(full_time),  # type: ignore[call-overload]
                   administrative=administrative, sector=org.sector, activity="employment",
                   signatory=signer.name)
    extra.update(body=body, table=table, re=extra.get("re", f"Employment verification - {name}"))
    return Doc("employment_letter", "memo" if form == "memo" else "business_letter", facts,
               org, signer, extra, note)


def service_letter(org: Org, signer: Person | None, name: str | None, activity: str,
                   sentence: str, *, title: str | None = None, start: str | None = None,
                   end: str | None = None, years: float | None = None,
                   hours: float | None = None, issue: str | None = None,
                   relationship: str | None = None, first_person: bool | None = None,
                   provider: str | None = None, more: list[str] | None = None,
                   note: str = "", **extra) -> Doc:
    """Committee, board, officer, teaching, on-the-job or accomplishment letter.
    `sentence` is the body's key sentence, already naming every fact it states."""
    facts = _facts(applicant_name=name, provider=provider if provider is not None else org.name,
                   title=title, start_date=start, end_date=end, years=years, hours=hours,
                   issue_date=issue, relationship=relationship, first_person=first_person,
                   activity=activity, signatory=signer.name if signer else None)
    extra["body"] = [sentence] + (more or [])
    return Doc("letter", "business_letter", facts, org, signer, extra, note)


def agenda(org: Org, title: str, start: str, end: str, location: str | None, slots: list,
           note: str = "", **extra) -> Doc:
    facts = _facts(provider=org.name, title=title, start_date=start, end_date=end,
                   location=location)
    extra["slots"] = slots
    return Doc("agenda", "agenda", facts, org, None, extra, note)


def application(name: str, rows: list, heading: str, note: str = "") -> Doc:
    from .world import IIMC
    return Doc("application_form", "application_form", {"applicant_name": name}, IIMC, None,
               {"rows": rows, "heading": heading}, note)


def receipt(org: Org, name: str, date: str, rows: list, number: str, note: str = "") -> Doc:
    return Doc("other", "receipt", {"applicant_name": name, "issue_date": date}, org, None,
               {"rows": rows, "number": number}, note)


def hours_text(h: float) -> str:
    return num(h)
