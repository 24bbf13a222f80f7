"""Constructors of document dicts, one per kind of paper, so a packet reads as a list of
the papers in the envelope. `fields` are exactly what the paper prints (plus `activity`,
what the evidence is for); `look` is how it is printed; `flags` are those the author of the
packet knows from outside the paper (a duplicate, a stranger's name, a relative's letter).
"""
from __future__ import annotations


def _fields(activity: str | None, dates, fields: dict) -> dict:
    f = {k: v for k, v in fields.items() if v is not None}
    if dates is not None:
        start, end = (dates, dates) if isinstance(dates, str) else dates
        f["start_date"], f["end_date"] = start, end
    if activity:
        f["activity"] = activity
    return f


def cert(layout: str, activity: str, dates=None, look: dict | None = None, flags=(), **fields) -> dict:
    """A certificate of completion or attendance; `dates` is one ISO day or (start, end)."""
    return {"kind": "certificate", "layout": layout, "fields": _fields(activity, dates, fields),
            "look": look or {}, "flags": list(flags)}


def employment(layout: str, dates, look: dict, flags=(), **fields) -> dict:
    """An HR employment verification; `look['to_present']` prints "present" for the end."""
    return {"kind": "employment_letter", "layout": layout, "fields": _fields("employment", dates, fields),
            "look": look, "flags": list(flags)}


def letter(activity: str, dates=None, look: dict | None = None, flags=(), layout: str = "letter", **fields) -> dict:
    """Any other letter: service, teaching, on-the-job work, an accomplishment."""
    return {"kind": "letter", "layout": layout, "fields": _fields(activity, dates, fields),
            "look": look or {}, "flags": list(flags)}


def diploma(look: dict, flags=(), **fields) -> dict:
    return {"kind": "certificate", "layout": "diploma", "fields": _fields("degree", None, fields),
            "look": look, "flags": list(flags)}


def agenda(dates, look: dict, **fields) -> dict:
    return {"kind": "agenda", "layout": "agenda", "fields": _fields(None, dates, fields), "look": look, "flags": []}


def form(name: str, look: dict) -> dict:
    return {"kind": "application_form", "layout": "form", "fields": {"applicant_name": name}, "look": look, "flags": []}


def receipt(issue_date: str, look: dict) -> dict:
    return {"kind": "other", "layout": "receipt", "fields": {"issue_date": issue_date}, "look": look, "flags": []}


def degree(doc: dict, rule: str, points: float | None) -> dict:
    """Mark a degree document with its row: `*` stands for the program's table prefix."""
    return {**doc, "degree_rule": rule, "degree_points": points}
