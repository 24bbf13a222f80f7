"""Short constructors of documents: the truth fields, and how each is drawn."""

from __future__ import annotations

import random
from typing import Any

from . import certificates, letters, records
from .model import Doc
from .wordings import date_text


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if v is not None}


def cert(activity: str, name: str | None, provider: str | None, title: str | None,
         start: str | None = None, end: str | None = None, hours: float | None = None,
         location: str | None = None, signatory: str | None = None, issue: str | None = None,
         days: float | None = None, delivery: str | None = None, assessment: bool | None = None,
         course_review: bool | None = None, **look: Any) -> Doc:
    fields = _clean({"activity": activity, "applicant_name": name, "provider": provider, "title": title,
                     "start_date": start, "end_date": end if end else start, "hours": hours,
                     "location": location, "signatory": signatory, "issue_date": issue, "days": days,
                     "delivery": delivery, "assessment": assessment, "course_review": course_review})
    if course_review and "extra" not in look:
        look["extra"] = look.get("review_text", "Approved through the IIMC Course Review process.")
    return Doc("certificate", fields, certificates.draw_certificate, look)


def diploma(name: str, college: str, degree: str, when: str, degree_field: str, **look: Any) -> Doc:
    look.setdefault("layout", "diploma")
    fields = {"activity": "degree", "applicant_name": name, "provider": college, "degree": degree,
              "degree_date": when}
    return Doc("certificate", fields, certificates.draw_certificate, look, {"degree_field": degree_field})


def transcript(name: str, college: str, units: float, issue: str, degree: str | None = None,
               degree_date: str | None = None, degree_field: str = "related", **look: Any) -> Doc:
    fields = _clean({"activity": "degree" if degree else "college_credits", "applicant_name": name,
                     "provider": college, "credit_units": units, "issue_date": issue,
                     "degree": degree, "degree_date": degree_date})
    return Doc("transcript", fields, records.draw_transcript, look, {"degree_field": degree_field})


def employment(name: str, employer: str, position: str, start: str, end: str, issue: str,
               signatory: str, sector: str, role: str, employment_type: str | None = None,
               administrative: bool | None = None, style: str = "prose", rng: random.Random | None = None,
               **look: Any) -> Doc:
    fields = _clean({"activity": "employment", "applicant_name": name, "provider": employer,
                     "position": position, "start_date": start, "end_date": end, "issue_date": issue,
                     "signatory": signatory, "sector": sector, "employment_type": employment_type,
                     "administrative": administrative})
    r = rng or random.Random(position)
    if style == "labels":
        labels = [("Employee name:", name), ("Employer:", employer), ("Position / Title:", position),
                  ("Date of hire:", date_text(start, look.get("date_style", "us"))),
                  ("Separation date:", look.get("end_text") or date_text(end, look.get("date_style", "us")))]
        if employment_type:
            labels.append(("Status:", {"full_time": "Full-time (40 hrs/wk)", "part_time": "Part-time (20 hrs/wk)"}[employment_type]))
        look["labels"] = labels
        look.setdefault("body", [look.get("duties", "")] if look.get("duties") else [])
        return Doc("employment_letter", fields, letters.draw_labelled_employment, look, {"role": role})
    look["body"] = letters.employment_body(fields, look, r)
    if style == "table":
        look["body"] = look["body"][:1] if look.get("keep_first") else [
            f"At the request of {name}, the following summarizes service with the {employer}."]
        look["rows"] = [["Position", "From", "To", "Status"],
                        [position, date_text(start, "us"),
                         look.get("end_text") or date_text(end, "us"),
                         {"full_time": "Full-time", "part_time": "Part-time", None: "Regular"}[employment_type]]]
        look["widths"] = [252, 72, 72, 72]
        if look.get("duties"):
            look["body"].append(look["duties"])
    return Doc("employment_letter", fields, letters.draw_letter, look, {"role": role})


def letter(activity: str | None, name: str | None, provider: str | None, title: str | None,
           body: list[str], signatory: str | None, issue: str | None, start: str | None = None,
           end: str | None = None, years: float | None = None, hours: float | None = None,
           relationship: str | None = None, first_person: bool | None = None, **look: Any) -> Doc:
    fields = _clean({"activity": activity, "applicant_name": name, "provider": provider, "title": title,
                     "start_date": start, "end_date": end, "years": years, "hours": hours,
                     "signatory": signatory, "issue_date": issue, "relationship": relationship,
                     "first_person": first_person})
    look["body"] = body
    return Doc("letter", fields, letters.draw_letter, look)


def agenda(provider: str, title: str, start: str, end: str, location: str,
           slots: list[tuple[str, str]], **look: Any) -> Doc:
    look["slots"] = slots
    fields = {"provider": provider, "title": title, "start_date": start, "end_date": end, "location": location}
    return Doc("agenda", fields, records.draw_agenda, look)


def form(name: str, rows: list[tuple[str, str]], checklist: list[str], **look: Any) -> Doc:
    look["rows"] = rows
    look["checklist"] = checklist
    return Doc("application_form", {"applicant_name": name}, records.draw_form, look)


def blank() -> Doc:
    """A blank or text-less page/file: UNREADABLE."""
    return Doc("other", {}, records.draw_blank, {}, flags=["UNREADABLE"], text_layer=False)


def unsupported() -> Doc:
    return Doc("other", {}, None, {}, flags=["UNSUPPORTED_FILE"], text_layer=False)


def dup(doc: Doc, key: str) -> Doc:
    """Marks a document as one copy of some evidence (the later copy is the DUPLICATE)."""
    doc.look["dup_key"] = key
    return doc
