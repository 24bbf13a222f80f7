"""Builders of one Doc each: the facts a document prints, chosen once; layouts draw them."""

from __future__ import annotations

import random
from typing import Any

from samples.gen_harbor import world as Wd
from samples.gen_harbor.model import Doc

CERT_LAYOUTS = ["cert_classic", "cert_sidebar", "cert_band"]


def signer(rnd: random.Random, role: str) -> tuple[str, str]:
    pool = Wd.HR_SIGNERS if role == "hr" else Wd.SIGNERS
    return rnd.choice(pool), rnd.choice(Wd.SIGNER_TITLES[role])


def cert(rnd: random.Random, activity: str, name: str | None, provider: str, title: str | None,
         start: str | None, end: str | None = None, *, hours: float | None = None, days: int | None = None,
         location: str | None = None, role: str = "institute", layout: str | None = None,
         issue: str | None = None, delivery: str | None = None, assessment: bool | None = None,
         review: str | None = None, cosign: bool = False, **x: Any) -> Doc:
    f: dict[str, Any] = {"applicant_name": name, "provider": provider, "title": title, "start_date": start,
                         "end_date": end or start, "issue_date": issue, "hours": hours, "days": days,
                         "location": location, "delivery": delivery, "assessment": assessment,
                         "course_review": True if review else None, "activity": activity}
    f = {k: v for k, v in f.items() if v is not None}
    sig, title_ = signer(rnd, role)
    f["signatory"] = sig
    x.setdefault("signer_title", title_)
    if cosign:
        other = signer(rnd, role)
        while other[0] == sig:
            other = signer(rnd, role)
        x["more_signers"] = [other]
    if review:
        x["review_no"] = review
    x.setdefault("cert_no", f"{rnd.randint(10, 99)}-{rnd.randint(1000, 9999)}")
    x.setdefault("date_style", rnd.randrange(6))
    return Doc("certificate", layout or rnd.choice(CERT_LAYOUTS), f, x)


def job(rnd: random.Random, layout: str, name: str, employer: str, sector: str, position: str, start: str,
        end: str, *, issue: str, present: bool = False, etype: str | None = None, admin: bool | None = None,
        address: str = "", **x: Any) -> Doc:
    """Employment verification; "to present" ends on the received date (interface.md)."""
    sig, title_ = signer(rnd, "hr")
    f = {"applicant_name": name, "provider": employer, "position": position, "start_date": start,
         "end_date": end, "employment_type": etype, "administrative": admin, "sector": sector,
         "signatory": sig, "issue_date": issue, "activity": "employment"}
    f = {k: v for k, v in f.items() if v is not None}
    x.update(present=present, address=address, signer_title=title_)
    x.setdefault("date_style", rnd.randrange(4))
    return Doc("employment_letter", layout, f, x)


def service(rnd: random.Random, activity: str, name: str, provider: str, title: str, start: str, end: str,
            *, issue: str, years: int | None = None, hours: float | None = None, signatory: str | None = None,
            signer_title: str = "", relationship: str | None = None, first_person: bool = False,
            **x: Any) -> Doc:
    if signatory is None:
        signatory, signer_title = signer(rnd, "association")
    f = {"applicant_name": name, "provider": provider, "title": title, "start_date": start, "end_date": end,
         "years": years, "hours": hours, "signatory": signatory, "issue_date": issue,
         "relationship": relationship, "first_person": True if first_person else None, "activity": activity}
    f = {k: v for k, v in f.items() if v is not None}
    x.update(signer_title=signer_title)
    x.setdefault("date_style", rnd.randrange(4))
    x.setdefault("letterhead", provider)
    return Doc("letter", "service_letter", f, x)


def transcript(rnd: random.Random, name: str, college: tuple[str, str, str], terms: list[str], *,
               issue: str, degree: str | None = None, degree_date: str | None = None,
               transfer: tuple[str, float] | None = None, courses: list[tuple[str, str]] | None = None,
               **x: Any) -> Doc:
    """Term tables of 3-credit courses (4 a term); the printed cumulative total is their sum."""
    pool = list(courses or Wd.COURSES)
    table = []
    if transfer:
        table.append(("TRANSFER CREDIT ACCEPTED", [("TRNS", transfer[0], transfer[1], "T")]))
    for term in terms:
        picks = rnd.sample(pool, 4)
        table.append((term, [(f"{stem} {rnd.randint(101, 489)}", t, 3.0, rnd.choice("AABBC"))
                             for stem, t in picks]))
    total = sum(cr for _, cs in table for _, _, cr, _ in cs)
    f: dict[str, Any] = {"applicant_name": name, "provider": college[0], "credit_units": total,
                         "issue_date": issue, "activity": "degree" if degree else "college_credits"}
    if degree:
        f.update(degree=degree, degree_date=degree_date)
    x.update(terms=table, address=f"{college[1]}, {college[2]}", student_id=f"{rnd.randint(100, 999)}-"
             f"{rnd.randint(10, 99)}-{rnd.randint(1000, 9999)}")
    return Doc("transcript", "transcript", f, x)


def diploma(rnd: random.Random, name: str, college: str, degree: str, when: str) -> Doc:
    f = {"applicant_name": name, "provider": college, "degree": degree, "degree_date": when,
         "activity": "degree"}
    return Doc("certificate", "diploma", f, {"more_signers": [signer(rnd, "institute"), signer(rnd, "institute")]})


def agenda(rnd: random.Random, provider: str, title: str, start: str, end: str, location: str,
           brochure: bool = False) -> Doc:
    f = {"provider": provider, "title": title, "start_date": start, "end_date": end, "location": location}
    return Doc("agenda", "agenda", f, {"brochure": brochure, "date_style": rnd.randrange(3),
                                       "start_minutes": rnd.choice([450, 480, 510])})


def form(name: str, program: str, member_id: str, municipality: str, region: int) -> Doc:
    return Doc("application_form", "application_form", {"applicant_name": name},
               {"program": program, "member_id": member_id, "municipality": municipality, "region": region,
                "phone": "(555) 010-2244", "mail": "P.O. Box 118"})


def receipt(name: str, when: str, purpose: str, number: str) -> Doc:
    return Doc("other", "receipt", {"applicant_name": name, "issue_date": when},
               {"purpose": purpose, "number": number})
