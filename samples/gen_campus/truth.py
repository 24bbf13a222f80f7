"""Expected flags, proposals and totals, from the guidelines and rulings as read here.

Amounts (EG tables, ids of scoring/rules.yaml): institute/academy 1 per 2 hours; courses
without review 1 per 6 hours (R5); conferences 1 per 4 hours or 1 per day (R4); IIMC
Annual Conference 8 (R3); degrees 20/10/5 or left to a reviewer (R7); college credits 1 per
unit; employment per completed year (R2) with the row caps; committee service per year (R8).
"""
from __future__ import annotations

import datetime as dt
import itertools
import math

RELATED = ["public administration", "urban affairs", "municipal management", "political science",
           "records management", "municipal finance", "governmental accounting", "urban planning",
           "personnel administration"]
UNRELATED = ["biology", "music", "chemistry", "art", "nursing"]
ARGUABLE = ["business administration", "communication", "criminal justice", "sociology"]
CAPS = {"cmc.experience.clerk_full_time_admin": 40, "cmc.experience.clerk_part_time_admin": 40,
        "cmc.experience.clerk_part_time": 30, "cmc.experience.local_admin": 30,
        "cmc.experience.state_admin": 30, "cmc.experience.business_admin": 30}


def floor_half(x: float) -> float:
    return math.floor(2 * x + 1e-9) / 2


def whole_years(a: dt.date, b: dt.date) -> int:
    e = b + dt.timedelta(days=1)
    y = e.year - a.year - ((e.month, e.day) < (a.month, a.day))
    return max(y, 0)


def _per_hours(h: float, per: float) -> float:
    return floor_half(h / per) if h >= 1 else 0.0


def options(doc: dict, program: str, region: int) -> list[tuple[str, str, float | None]]:
    """Placements (category, rule, points) for one creditable document; several = either side."""
    f = doc["fields"]
    act = f.get("activity")
    h = f.get("hours")
    online = f.get("delivery") in ("online", "hybrid")
    no_assess = online and f.get("assessment") is not True
    if f.get("delivery") == "webinar" and f.get("assessment") is not True:
        return []
    r10 = region in (10, 11)
    cmc = program == "CMC"
    if act == "institute":
        if no_assess:
            return [("cmc_experience", "cmc.experience.course", _per_hours(h, 6))] if cmc else \
                [("mmc_professional_contribution", "mmc.professional.other_courses", _per_hours(h, 6))]
        return [("cmc_education", "cmc.education.institute", _per_hours(h, 2))] if cmc else \
            [("mmc_advanced_education", "mmc.advanced.academy", _per_hours(h, 2))]
    if act == "course":
        p = _per_hours(h, 6)
        if cmc:
            exp = ("cmc_experience", "cmc.experience.course", p)
            return [exp] if (no_assess or not r10) else [("cmc_education", "cmc.education.r10_course", p), exp]
        prof = ("mmc_professional_contribution", "mmc.professional.other_courses", p)
        return [prof] if no_assess else [("mmc_advanced_education", "mmc.advanced.seminar", p), prof]
    if act == "conference":
        p = _per_hours(h, 4) if h is not None else float(f["days"])
        return [("cmc_experience", "cmc.experience.conference", p)] if cmc else \
            [("mmc_professional_contribution", "mmc.professional.conference", p)]
    if act == "annual_conference":
        p = 4.0 if f["end_date"] < dt.date(2009, 1, 1) else 8.0
        if cmc:
            return [("cmc_education", "cmc.education.annual_conference", p),
                    ("cmc_experience", "cmc.experience.annual_conference", p)]
        return [("mmc_advanced_education", "mmc.advanced.annual_conference", p),
                ("mmc_professional_contribution", "mmc.professional.annual_conference", p)]
    if act == "degree":
        deg = f["degree"].lower()
        assoc = deg.startswith("associate")
        pre = "cmc.education." if cmc else "mmc.advanced."
        cat = "cmc_education" if cmc else "mmc_advanced_education"
        if any(k in deg for k in RELATED):
            return [(cat, pre + ("associate_related" if assoc else "bachelor_related"), 5.0 if assoc else 20.0)]
        if any(k in deg for k in ARGUABLE):
            return [(cat, pre + ("associate_related" if assoc else "bachelor_related"), None)]
        if any(k in deg for k in UNRELATED):
            return [] if assoc else [(cat, pre + "bachelor_unrelated", 10.0)]
        raise ValueError(deg)
    if act == "college_credits":
        p = floor_half(float(f["credit_units"]))
        if not cmc:
            return [("mmc_professional_contribution", "mmc.professional.college_credits", p)]
        return [("cmc_education", "cmc.education.r10_college_credits", p)] if r10 else \
            [("cmc_experience", "cmc.experience.college_credits", p)]
    if act == "employment":
        if not cmc:
            return []
        yrs = whole_years(f["start_date"], f["end_date"])
        if doc["clerk"]:
            if f.get("employment_type") == "part_time":
                rule = "cmc.experience.clerk_part_time" if f.get("administrative") is False \
                    else "cmc.experience.clerk_part_time_admin"
                rate = 1 if rule.endswith("clerk_part_time") else 2
            else:
                rule, rate = "cmc.experience.clerk_full_time_admin", 4
        else:
            rule, rate = {"local": ("cmc.experience.local_admin", 2),
                          "state_federal": ("cmc.experience.state_admin", 1),
                          "business": ("cmc.experience.business_admin", 1)}[f["sector"]]
        return [("cmc_experience", rule, float(yrs * rate))]
    if act in ("committee_member", "committee_chair", "association_officer"):
        yrs = int(f["years"]) if "years" in f else max(1, whole_years(f["start_date"], f["end_date"]))
        if cmc:
            return [] if act == "association_officer" else \
                [("cmc_experience", "cmc.experience.committee_member", float(yrs))]
        rule = {"committee_member": "mmc.professional.committee_member",
                "committee_chair": "mmc.professional.committee_chair",
                "association_officer": "mmc.professional.association_officer"}[act]
        return [("mmc_professional_contribution", rule, float(yrs * (1 if act == "committee_member" else 2)))]
    return []


def flags(doc: dict, man: dict, seen: list[dict]) -> list[str]:
    f = doc["fields"]
    out = list(doc.get("extra_flags", []))
    if doc["kind"] in ("agenda", "application_form", "other"):
        return out
    if f.get("first_person"):
        out.append("FIRST_PERSON")
    if f.get("relationship") or doc.get("relative"):
        out.append("RELATIVE_AUTHOR")
    if doc.get("mismatch"):
        out.append("NAME_MISMATCH")
    if doc.get("missing"):
        out.append(doc["missing"])
    if man["program"] == "MMC" and f.get("activity") != "degree":
        d = f.get("end_date") or f.get("start_date") or f.get("issue_date")
        if d and d < dt.date.fromisoformat(man["prior_designation_date"]):
            out.append("PREDATES_DESIGNATION")
    if f.get("delivery") in ("online", "hybrid", "webinar") and f.get("assessment") is not True:
        out.append("NO_ASSESSMENT")
    key = doc.get("dup_key")
    if key and any(s.get("dup_key") == key for s in seen):
        out.append("DUPLICATE")
    return out


REVIEW = {"NO_ASSESSMENT", "UNREADABLE", "UNSUPPORTED_FILE"}


def compute(docs: list[dict], man: dict) -> tuple[list[list[dict]], dict]:
    """Per-document proposals (after allocation and caps) and the packet totals."""
    program, region = man["program"], man["applicant"]["region"]
    opts: list[list[tuple]] = []
    seen: list[dict] = []
    for d in docs:
        d["flag_list"] = flags(d, man, seen)
        seen.append(d)
        rejected = any(fl not in REVIEW for fl in d["flag_list"])
        opts.append([] if rejected or d["kind"] in ("agenda", "other") else options(d, program, region))
    cats = ("cmc_education", "cmc_experience") if program == "CMC" else \
        ("mmc_advanced_education", "mmc_professional_contribution")
    req = (60, 50) if program == "CMC" else (60, 40)
    multi = [i for i, o in enumerate(opts) if len(o) > 1]
    best = None
    for choice in itertools.product(*[range(len(opts[i])) for i in multi]):
        pick = {i: opts[i][0] for i, o in enumerate(opts) if len(o) == 1}
        pick.update({i: opts[i][c] for i, c in zip(multi, choice, strict=False)})
        props = _capped(pick)
        tot = _totals(props, cats, req, program)
        short = sum(max(t["required"] - t["points"], 0) for t in tot.values())
        key = (short, -tot[cats[0]]["points"], [-c for c in choice])
        if best is None or key < best[0]:
            best = (key, props, tot)
    assert best is not None
    props = best[1]
    return [[props[i]] if i in props else [] for i in range(len(docs))], best[2]


def _capped(pick: dict) -> dict:
    used: dict[str, float] = {}
    out = {}
    for i in sorted(pick):
        cat, rule, pts = pick[i]
        if pts is not None and rule in CAPS:
            pts = max(min(pts, CAPS[rule] - used.get(rule, 0.0)), 0.0)
            used[rule] = used.get(rule, 0.0) + pts
        out[i] = {"category": cat, "points": pts, "rule": rule}
    return out


def _totals(props: dict, cats, req, program) -> dict:
    raw = {c: sum(p["points"] or 0.0 for p in props.values() if p["category"] == c) for c in cats}
    a, b = raw[cats[0]], raw[cats[1]]
    if program == "CMC":
        ca, cb = min(a, 60.0), b + max(a - 60.0, 0.0)
    else:
        ca, cb = min(a, 60.0), b + min(max(a - 60.0, 0.0), 20.0)
    return {cats[0]: {"points": ca, "raw": a, "required": req[0]},
            cats[1]: {"points": cb, "raw": b, "required": req[1]}}


def iso(v):
    return v.isoformat() if isinstance(v, dt.date) else v


def truth_json(description: str, docs: list[dict], man: dict) -> dict:
    props, totals = compute(docs, man)
    out = []
    for d, p in zip(docs, props, strict=False):
        out.append({"source": d["source"], "pages": d["pages"], "kind": d["kind"],
                    "fields": {k: iso(v) for k, v in d["fields"].items()},
                    "flags": d["flag_list"], "proposals": p})
    return {"description": description, "documents": out, "totals": totals}
