"""Small constructors the packet definitions use: one call per document."""

import copy
import random

from . import wordings as W
from .model import Doc


def _rng(pk, salt):
    return random.Random(f"dahlia-kit|{pk.name}|{salt}")


def name_for(pk, salt, allow=None, name=None):
    rng = _rng(pk, "name" + salt)
    allow = allow or ("plain", "upper", "last_first", "plain", "honorific")
    if pk.program == "CMC":  # a CMC applicant does not yet write ", CMC"
        allow = tuple(a for a in allow if a != "honorific")
    return W.name_forms(name or pk.applicant, rng, allow)


def cert(pk, salt, render, act, s=None, key=None, allow=None, noname=False, **f):
    """A certificate. Fields are given as keywords (truth values); the applicant's name
    is drawn in one of its printed forms unless `applicant_name` is given or `noname`."""
    s = dict(s or {})
    fields = {}
    if not noname:
        printed, tv = name_for(pk, salt, allow, f.pop("applicant_name", None))
        fields["applicant_name"] = tv
        s.setdefault("name_print", printed)
    else:
        f.pop("applicant_name", None)
    fields.update(f)
    fields["activity"] = act
    if pk.region in (10, 11):
        s.setdefault("intl", True)
    return Doc(
        "certificate",
        render,
        fields,
        s,
        key=key or f"{act}|{f.get('title')}|{f.get('start_date')}|{salt}",
    )


def emp(
    pk,
    salt,
    provider,
    position,
    start,
    end=None,
    etype=None,
    admin=None,
    sector="local",
    signatory=None,
    issue=None,
    s=None,
    key=None,
    applicant=None,
):
    s = dict(s or {})
    printed, tv = name_for(pk, salt, ("plain", "plain", "honorific"), applicant)
    if end is None:
        end = pk.received
        s["to_present"] = True
    f = {
        "applicant_name": tv,
        "provider": provider,
        "position": position,
        "start_date": start,
        "end_date": end,
        "employment_type": etype,
        "administrative": admin,
        "sector": sector,
        "signatory": signatory,
        "issue_date": issue,
        "activity": "employment",
    }
    s.setdefault("name_print", printed)
    if pk.region in (10, 11):
        s.setdefault("intl", True)
    return Doc(
        "employment_letter", "employment", f, s, key=key or f"emp|{provider}|{position}|{start}"
    )


def letter(pk, salt, act, paras, s=None, key=None, kind="letter", applicant=None, **f):
    s = dict(s or {})
    s["paras"] = paras
    fields = {}
    if "applicant_name" not in f or f["applicant_name"] is not None:
        fields["applicant_name"] = f.pop("applicant_name", applicant or pk.applicant)
    else:
        f.pop("applicant_name")
    fields.update(f)
    fields["activity"] = act
    if pk.region in (10, 11):
        s.setdefault("intl", True)
    return Doc(
        kind,
        "service",
        fields,
        s,
        key=key or f"{act}|{f.get('title')}|{f.get('start_date')}|{salt}",
    )


def transcript(
    pk,
    salt,
    provider,
    terms,
    credit_units,
    degree=None,
    degree_date=None,
    issue=None,
    field_class=None,
    s=None,
    key=None,
    npages=2,
    act=None,
):
    s = dict(s or {})
    printed, tv = name_for(pk, salt, ("plain", "upper", "last_first"))
    s.update({"terms": terms, "npages": npages, "name_print": printed, "field_class": field_class})
    f = {
        "applicant_name": tv,
        "provider": provider,
        "credit_units": credit_units,
        "degree": degree,
        "degree_date": degree_date,
        "issue_date": issue,
        "activity": act or ("degree" if degree else "college_credits"),
    }
    return Doc("transcript", "transcript", f, s, key=key or f"degree|{provider}|{degree}")


def diploma(pk, salt, provider, degree, degree_date, field_class, key):
    printed, tv = name_for(pk, salt, ("plain", "upper"))
    f = {
        "applicant_name": tv,
        "provider": provider,
        "degree": degree,
        "degree_date": degree_date,
        "activity": "degree",
    }
    return Doc(
        "certificate", "diploma", f, {"name_print": printed, "field_class": field_class}, key=key
    )


def agenda(pk, salt, items, s=None, **f):
    s = dict(s or {})
    s["items"] = items
    return Doc("agenda", "agenda", f, s, key=None)


def same(doc, **style):
    """A second copy of the same evidence, drawn again (possibly differently)."""
    doc.s.setdefault("paper_id", "paper|" + str(doc.key))
    d = copy.deepcopy(doc)
    d.s.update(style)
    return d


def bad(note="unsupported"):
    return Doc("other", None, {}, {"note": note})


def stamp_received(date_iso, rng_word="RECEIVED"):
    return [rng_word, W.date(date_iso, "abbr").upper(), "IIMC EDUCATION DEPT."]
