"""Expected flags, proposals and totals, from the Education Guidelines and the rulings as read here."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from dataclasses import dataclass, field

REVIEW = {"NO_ASSESSMENT", "UNREADABLE", "UNSUPPORTED_FILE"}
HOUR_ACTS = {"institute", "state_course", "course", "vocational", "teaching_institute",
             "teaching_state", "on_the_job", "certification"}
RELATED = ["public administration", "urban affairs", "municipal management", "political science",
           "records management", "municipal finance", "governmental accounting", "urban planning",
           "personnel administration"]
ARGUABLE = ["business administration", "communication", "criminal justice", "sociology"]
CLERK_WORDS = ("clerk", "city secretary", "recorder")


@dataclass
class Doc:
    kind: str
    fields: dict
    style: str = ""
    extras: dict = field(default_factory=dict)
    duplicate: bool = False
    source: str = ""
    pages: list = field(default_factory=list)
    flags: list = field(default_factory=list)
    proposals: list = field(default_factory=list)


def floor_half(x: float) -> float:
    return math.floor(2 * x + 1e-9) / 2


def whole_years(a: dt.date, b: dt.date) -> int:
    end = b + dt.timedelta(days=1)
    y = end.year - a.year
    if (end.month, end.day) < (a.month, a.day):
        y -= 1
    return max(y, 0)


def _iso(v):
    return dt.date.fromisoformat(v) if isinstance(v, str) else v


def _tokens(name: str) -> set[str]:
    out = set()
    for t in name.replace(",", " ").replace(".", " ").lower().split():
        if len(t) > 1 and t not in {"cmc", "mmc", "mpa", "ms", "mr", "mrs"}:
            out.add(t)
    return out


def same_person(a: str, b: str) -> bool:
    return _tokens(a) == _tokens(b)


def work_date(f: dict):
    for k in ("end_date", "start_date", "degree_date", "issue_date"):
        if k in f:
            return _iso(f[k])
    return None


def compute_flags(d: Doc, m: dict) -> list[str]:
    f = d.fields
    act = f.get("activity")
    fl: list[str] = []
    program = m["program"]
    cut = _iso(m.get("prior_designation_date")) if program == "MMC" else None
    if d.kind in ("agenda", "application_form", "other") or not act:
        wd = work_date(f)
        if d.kind == "agenda" and cut and wd and wd < cut:
            fl.append("PREDATES_DESIGNATION")
        return fl
    names = [m["applicant"]["name"], *m["applicant"].get("former_names", [])]
    if f.get("first_person"):
        fl.append("FIRST_PERSON")
    sig = f.get("signatory") or d.extras.get("signed_by")
    if f.get("relationship") or (sig and not f.get("first_person") and any(
            n.split()[-1].lower() == sig.split()[-1].lower() for n in names)):
        fl.append("RELATIVE_AUTHOR")
    if "applicant_name" not in f:
        fl.append("MISSING_NAME")
    elif not any(same_person(f["applicant_name"], n) for n in names):
        fl.append("NAME_MISMATCH")
    if work_date(f) is None:
        fl.append("MISSING_DATE")
    needs_hours = act in HOUR_ACTS or (act == "conference" and "days" not in f and
                                        not ("start_date" in f and "end_date" in f))
    if needs_hours and "hours" not in f:
        fl.append("MISSING_HOURS")
    if d.kind == "employment_letter":
        if "position" not in f:
            fl.append("MISSING_TITLE")
    elif d.kind in ("certificate", "letter") and "title" not in f:
        fl.append("MISSING_TITLE")
    wd = work_date(f)
    if cut and wd and wd < cut and act not in ("degree",):
        fl.append("PREDATES_DESIGNATION")
    deliv = f.get("delivery")
    h = f.get("hours")
    if deliv in ("online", "hybrid") and h is not None and h < 4:
        fl.append("BELOW_MINIMUM_HOURS")
    elif h is not None and h < 1 and (act in HOUR_ACTS or act == "conference"):
        fl.append("BELOW_MINIMUM_HOURS")
    if deliv in ("online", "hybrid", "webinar") and f.get("assessment") is not True and act not in (
            "conference", "annual_conference"):
        fl.append("NO_ASSESSMENT")
    if d.duplicate:
        fl.append("DUPLICATE")
    return fl


def _degree_rule(deg: str):
    low = deg.lower()
    level = "associate" if "associate" in low else "bachelor"
    if any(w in low for w in RELATED):
        return f"{level}_related", (20 if level == "bachelor" else 5)
    if any(w in low for w in ARGUABLE):
        return f"{level}_related", None
    return ("bachelor_unrelated", 10) if level == "bachelor" else (None, 0)


def options(d: Doc, m: dict) -> list[list[tuple[str, str, float | None]]]:
    """Candidate placements: a list of alternatives, each [(category, rule, points)]."""
    f, act, cmc = d.fields, d.fields.get("activity"), m["program"] == "CMC"
    h = f.get("hours")
    na = f.get("delivery") in ("online", "hybrid", "webinar") and f.get("assessment") is not True
    if na and f.get("delivery") == "webinar" and act not in ("conference", "annual_conference"):
        return []
    r10 = m["applicant"]["region"] in (10, 11)
    E, X = ("cmc_education", "cmc_experience") if cmc else ("mmc_advanced_education",
                                                             "mmc_professional_contribution")
    e, x = ("cmc.education.", "cmc.experience.") if cmc else ("mmc.advanced.", "mmc.professional.")
    per = lambda n: floor_half(h / n)  # noqa: E731
    if act == "institute":
        if na:
            return [[(X, x + ("course" if cmc else "other_courses"), per(6))]]
        return [[(E, e + ("institute" if cmc else "academy"), per(2))]]
    if act == "state_course":
        if na:
            return [[(X, x + ("state_course" if cmc else "other_courses"), per(4) if cmc else per(6))]]
        return [[(E, e + "state_course", per(4))]]
    if act == "course":
        if cmc:
            alts = [[(X, x + "course", per(6))]]
            if r10 and not na:
                alts.insert(0, [(E, e + "r10_course", per(6))])
            return alts
        if na:
            return [[(X, x + "other_courses", per(6))]]
        return [[(E, e + "seminar", per(6))], [(X, x + "other_courses", per(6))]]
    if act == "conference":
        pts = floor_half(h / 4) if h is not None else float(f.get("days") or (
            (_iso(f["end_date"]) - _iso(f["start_date"])).days + 1))
        return [[(X, x + "conference", pts)]]
    if act == "annual_conference":
        pts = 4.0 if work_date(f) < dt.date(2009, 1, 1) else 8.0
        return [[(E, e + "annual_conference", pts)], [(X, x + "annual_conference", pts)]]
    if act == "conference_academy":
        return [[(E, e + "conference_academy", 2.0)]]
    if act == "athenian_dialogue":
        return [[(E, e + "athenian_dialogue", 2.0 if work_date(f) < dt.date(2013, 11, 23) else 3.0)]]
    if act == "iimc_online":
        return [[(E, e + "iimc_online", None)]]
    if act == "certification" and not cmc:
        return [[(E, e + "certification", 7.0)]]
    if act == "degree":
        rule, pts = _degree_rule(f["degree"])
        return [[(E, e + rule, pts)]] if rule else []
    if act == "college_credits":
        return [[(X, x + "college_credits", float(f["credit_units"]))]]
    if act == "employment" and cmc:
        pos = f["position"].lower()
        yrs = whole_years(_iso(f["start_date"]), _iso(f["end_date"]))
        if any(w in pos for w in CLERK_WORDS):
            if f.get("employment_type") == "part_time":
                rule, rate = ("clerk_part_time", 1) if f.get("administrative") is False else (
                    "clerk_part_time_admin", 2)
            else:
                rule, rate = "clerk_full_time_admin", 4
        else:
            rule, rate = {"local": ("local_admin", 2), "state_federal": ("state_admin", 1),
                          "business": ("business_admin", 1)}[f["sector"]]
        cap = 40 if rule.startswith("clerk_full") or rule == "clerk_part_time_admin" else 30
        return [[(X, x + rule, float(min(yrs * rate, cap)))]]
    if act in ("committee_member", "committee_chair", "board_member", "association_officer",
               "related_officer"):
        yrs = int(f["years"]) if "years" in f else max(1, whole_years(_iso(f["start_date"]), _iso(f["end_date"])))
        if cmc:
            return [[(X, x + "committee_member", float(yrs))]] if act in (
                "committee_member", "committee_chair", "board_member") else []
        rate = 1 if act in ("committee_member", "related_officer") else 2
        return [[(X, x + act, float(yrs * rate))]]
    if act in ("teaching_institute", "teaching_state") and not cmc:
        pts = per(2) if act == "teaching_institute" else per(4)
        return [[(E, e + act, pts)], [(X, x + act, pts)]]
    if act == "on_the_job" and not cmc:
        return [[(X, x + "on_the_job", min(per(8), 12.0))]]
    return []


def credited(program: str, raw: dict) -> dict:
    if program == "CMC":
        edu, exp = raw["cmc_education"], raw["cmc_experience"]
        return {"cmc_education": min(edu, 60), "cmc_experience": exp + max(0, edu - 60)}
    adv, pro = raw["mmc_advanced_education"], raw["mmc_professional_contribution"]
    return {"mmc_advanced_education": min(adv, 60),
            "mmc_professional_contribution": pro + min(max(0, adv - 60), 20)}


REQ = {"cmc_education": 60, "cmc_experience": 50, "mmc_advanced_education": 60,
       "mmc_professional_contribution": 40}


def settle(docs: list[Doc], m: dict) -> dict:
    program = m["program"]
    cats = ["cmc_education", "cmc_experience"] if program == "CMC" else [
        "mmc_advanced_education", "mmc_professional_contribution"]
    fixed, either = [], []
    athenian = 0.0
    for d in docs:
        d.flags = compute_flags(d, m)
        if any(c not in REVIEW for c in d.flags):
            continue
        alts = options(d, m)
        if not alts:
            continue
        if "athenian" in alts[0][0][1]:
            pts = min(alts[0][0][2], 18 - athenian)
            athenian += pts
            alts = [[(alts[0][0][0], alts[0][0][1], pts)]]
        (fixed if len(alts) == 1 else either).append((d, alts))
    base = dict.fromkeys(cats, 0.0)
    for d, alts in fixed:
        d.proposals = [{"category": c, "points": p, "rule": r} for c, r, p in alts[0]]
        for c, _r, p in alts[0]:
            base[c] += p or 0
    best = None
    for choice in itertools.product(range(2), repeat=len(either)):
        raw = dict(base)
        for (_d, alts), k in zip(either, choice, strict=True):
            for c, _r, p in alts[k]:
                raw[c] += p or 0
        cr = credited(program, raw)
        short = sum(max(0, REQ[c] - cr[c]) for c in cats)
        key = (short, -raw[cats[0]], choice)
        if best is None or key < best[0]:
            best = (key, choice)
    raw = dict(base)
    for (d, alts), k in zip(either, best[1], strict=True):
        d.proposals = [{"category": c, "points": p, "rule": r} for c, r, p in alts[k]]
        for c, _r, p in alts[k]:
            raw[c] += p or 0
    cr = credited(program, raw)
    return {c: {"points": cr[c], "raw": raw[c], "required": REQ[c]} for c in cats}
