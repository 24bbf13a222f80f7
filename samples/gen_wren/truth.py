"""Flags, points and totals by my own reading of the Education Guidelines and the rulings.

Nothing here is taken from the product: the amounts are the guideline tables'
(seeds/003), the choices those of docs/rulings.md (R1..R15) and docs/interpretations.md.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
import unicodedata
from typing import Any

from .model import Doc, Packet

REVIEW_FLAGS = {"NO_ASSESSMENT", "UNREADABLE", "UNSUPPORTED_FILE"}
CREDITABLE_KINDS = {"certificate", "transcript", "employment_letter", "letter"}
ONLINE_RULE = {"institute", "state_course", "course", "vocational", "athenian_dialogue", "cd_rom",
               "iimc_online", "conference_academy", "certification"}
HOURLY = {"institute", "state_course", "course", "vocational", "teaching_institute",
          "teaching_state", "on_the_job", "conference", "certification"}
POST_NOMINALS = {"cmc", "mmc", "mpa", "mba", "cpm", "crm", "phd", "jr", "sr", "ii", "iii"}


def floor_half(x: float) -> float:
    return math.floor(2 * x + 1e-9) / 2


def _day(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def completed_years(start: str, end: str) -> int:
    a = _day(start)
    b = _day(end) + dt.timedelta(days=1)
    years = b.year - a.year - (1 if (b.month, b.day) < (a.month, a.day) else 0)
    return max(years, 0)


def name_tokens(name: str) -> frozenset[str]:
    t = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z]+", t)
    return frozenset(w for w in words if len(w) > 1 and w not in POST_NOMINALS)


def same_person(printed: str, names: list[str]) -> bool:
    got = name_tokens(printed)
    for n in names:
        want = name_tokens(n)
        if len(got) >= 2 and len(want) >= 2 and (got <= want or want <= got):
            return True
    return False


def work_date(f: dict[str, Any]) -> str | None:
    for k in ("end_date", "start_date", "degree_date", "issue_date"):
        if f.get(k):
            return str(f[k])
    return None


def derive_flags(doc: Doc, packet: Packet) -> list[str]:
    f = doc.fields
    out = set(doc.flags)
    if out & {"UNREADABLE", "UNSUPPORTED_FILE"}:
        return sorted(out)
    man = packet.manifest
    appl = man["applicant"]
    names = [appl["name"], *appl.get("former_names", [])]
    act = f.get("activity")
    if doc.kind == "agenda":
        prior = man.get("prior_designation_date")
        wd = work_date(f)
        if prior and wd and wd < prior:
            out.add("PREDATES_DESIGNATION")
        return sorted(out)
    if doc.kind not in CREDITABLE_KINDS:
        return sorted(out)
    if f.get("first_person"):
        out.add("FIRST_PERSON")
    sig = f.get("signatory")
    if f.get("relationship"):
        out.add("RELATIVE_AUTHOR")
    elif sig and not same_person(sig, names):
        fam = {n.split()[-1].lower() for n in names}
        if sig.split()[-1].lower().strip(",.") in fam:
            out.add("RELATIVE_AUTHOR")
    if f.get("applicant_name") is None:
        out.add("MISSING_NAME")
    elif not same_person(f["applicant_name"], names):
        out.add("NAME_MISMATCH")
    if work_date(f) is None:
        out.add("MISSING_DATE")
    if act in HOURLY and f.get("hours") is None and not (act == "conference" and f.get("days")):
        out.add("MISSING_HOURS")
    if doc.kind == "employment_letter":
        if not f.get("position"):
            out.add("MISSING_TITLE")
    elif doc.kind in {"certificate", "letter"} and act != "degree" and not f.get("title"):
        out.add("MISSING_TITLE")
    prior = man.get("prior_designation_date")
    wd = work_date(f)
    if man["program"] == "MMC" and prior and wd and wd < prior and act != "degree":
        out.add("PREDATES_DESIGNATION")
    delivery = f.get("delivery")
    hours = f.get("hours")
    if act in ONLINE_RULE and delivery in {"online", "hybrid", "webinar"}:
        if delivery in {"online", "hybrid"} and hours is not None and hours < 4:
            out.add("BELOW_MINIMUM_HOURS")
        elif not f.get("assessment"):
            out.add("NO_ASSESSMENT")
    if act in HOURLY and hours is not None and hours < 1:
        out.add("BELOW_MINIMUM_HOURS")
    if act == "certification" and hours is not None and hours < 50:
        out.add("BELOW_MINIMUM_HOURS")
    return sorted(out)


# Each option: (category, rule id, points or None, cap key or None, cap)
Option = tuple[str, str, float | None]


def _per(hours: float, per: float) -> float:
    return floor_half(hours / per)


def _years(f: dict[str, Any]) -> int:
    if f.get("years") is not None:
        return max(int(f["years"]), 1)
    if f.get("start_date") and f.get("end_date"):
        return max(completed_years(f["start_date"], f["end_date"]), 1)
    return 1


def options(doc: Doc, packet: Packet, flags: list[str]) -> list[Option]:
    """The rows a document may take (two where it may count on either side, R9)."""
    if any(fl not in REVIEW_FLAGS for fl in flags) or "UNREADABLE" in flags or "UNSUPPORTED_FILE" in flags:
        return []
    f = doc.fields
    act = f.get("activity")
    if act is None or doc.kind not in CREDITABLE_KINDS:
        return []
    no_assess = "NO_ASSESSMENT" in flags
    if no_assess and f.get("delivery") == "webinar":
        return []
    cmc = packet.manifest["program"] == "CMC"
    r10 = packet.manifest["applicant"]["region"] in (10, 11)
    h = f.get("hours")
    wd = work_date(f) or ""
    if cmc:
        E = "cmc_education"
        X = "cmc_experience"
        if act == "institute":
            return [(E, "cmc.education.institute", _per(h, 2))]
        if act == "state_course":
            if no_assess:
                return [(X, "cmc.experience.state_course", _per(h, 4))]
            return [(E, "cmc.education.state_course", _per(h, 4))]
        if act == "course":
            if r10 and not no_assess:
                return [(E, "cmc.education.r10_course", _per(h, 6)), (X, "cmc.experience.course", _per(h, 6))]
            return [(X, "cmc.experience.course", _per(h, 6))]
        if act == "vocational":
            if r10 and not no_assess:
                return [(E, "cmc.education.r10_vocational", _per(h, 10)), (X, "cmc.experience.vocational", _per(h, 10))]
            return [(X, "cmc.experience.vocational", _per(h, 10))]
        if act == "annual_conference":
            pts = 4.0 if wd < "2009-01-01" else 8.0
            return [(E, "cmc.education.annual_conference", pts), (X, "cmc.experience.annual_conference", pts)]
        if act == "conference":
            amount = _per(h, 4) if h is not None else float(f["days"])
            return [(X, "cmc.experience.conference", amount)]
        if act == "conference_academy":
            return [(E, "cmc.education.conference_academy", 2.0)]
        if act == "athenian_dialogue":
            return [(E, "cmc.education.athenian_dialogue", 2.0 if wd < "2013-11-23" else 3.0)]
        if act == "cd_rom":
            return [(E, "cmc.education.cd_rom", 1.0)]
        if act == "iimc_online":
            return [(E, "cmc.education.iimc_online", None)]
        if act == "study_abroad":
            return [(E, "cmc.education.study_abroad", None)]
        if act == "degree":
            rel = doc.score["degree_field"]
            level = doc.score.get("level", "bachelor")
            if level == "associate":
                return [(E, "cmc.education.associate_related", 5.0)] if rel == "related" else []
            return [(E, f"cmc.education.bachelor_{rel}", 20.0 if rel == "related" else 10.0)]
        if act == "college_credits":
            units = float(f["credit_units"])
            if r10:
                return [(E, "cmc.education.r10_college_credits", floor_half(units)), (X, "cmc.experience.college_credits", floor_half(units))]
            return [(X, "cmc.experience.college_credits", floor_half(units))]
        if act == "employment":
            return [employment_option(doc, packet)]
        if act in {"committee_member", "committee_chair", "board_member"}:
            return [(X, "cmc.experience.committee_member", float(_years(f)))]
        return []
    A = "mmc_advanced_education"
    P = "mmc_professional_contribution"
    if act == "institute":
        return [(A, "mmc.advanced.academy", _per(h, 2))]
    if act == "state_course":
        if no_assess:
            return [(P, "mmc.professional.other_courses", _per(h, 6))]
        return [(A, "mmc.advanced.state_course", _per(h, 4))]
    if act == "course":
        if no_assess:
            return [(P, "mmc.professional.other_courses", _per(h, 6))]
        return [(A, "mmc.advanced.seminar", _per(h, 6)), (P, "mmc.professional.other_courses", _per(h, 6))]
    if act == "certification":
        return [(A, "mmc.advanced.certification", 7.0)]
    if act == "annual_conference":
        pts = 4.0 if wd < "2009-01-01" else 8.0
        return [(A, "mmc.advanced.annual_conference", pts), (P, "mmc.professional.annual_conference", pts)]
    if act == "conference":
        amount = _per(h, 4) if h is not None else float(f["days"])
        return [(P, "mmc.professional.conference", amount)]
    if act in {"teaching_institute", "teaching_state"}:
        per = 2 if act == "teaching_institute" else 4
        return [(A, f"mmc.advanced.{act}", _per(h, per)), (P, f"mmc.professional.{act}", _per(h, per))]
    if act == "conference_academy":
        return [(A, "mmc.advanced.conference_academy", 2.0)]
    if act == "cd_rom":
        return [(A, "mmc.advanced.cd_rom", 1.0)]
    if act == "iimc_online":
        return [(A, "mmc.advanced.iimc_online", None)]
    if act == "study_abroad":
        return [(A, "mmc.advanced.study_abroad", None)]
    if act == "athenian_dialogue":
        return [(A, "mmc.advanced.athenian_dialogue", 2.0 if wd < "2013-11-23" else 3.0)]
    if act == "degree":
        rel = doc.score["degree_field"]
        return [(A, f"mmc.advanced.bachelor_{rel}", 20.0 if rel == "related" else 10.0)]
    if act == "college_credits":
        return [(P, "mmc.professional.college_credits", floor_half(float(f["credit_units"])))]
    rows = {"board_member": 2, "committee_chair": 2, "association_officer": 2,
            "committee_member": 1, "related_officer": 1}
    if act in rows:
        return [(P, f"mmc.professional.{act}", float(rows[act] * _years(f)))]
    if act == "on_the_job":
        return [(P, "mmc.professional.on_the_job", min(_per(h, 8), 12.0))]
    if act == "personal_accomplishment":
        return [(P, "mmc.professional.personal_accomplishment", 1.0)]
    return []


EMPLOYMENT_CAPS = {"cmc.experience.clerk_full_time_admin": (4, 40), "cmc.experience.clerk_part_time_admin": (2, 40),
                   "cmc.experience.clerk_part_time": (1, 30), "cmc.experience.local_admin": (2, 30),
                   "cmc.experience.state_admin": (1, 30), "cmc.experience.business_admin": (1, 30)}


def employment_option(doc: Doc, packet: Packet) -> Option:
    f = doc.fields
    years = completed_years(f["start_date"], f["end_date"])
    if doc.score.get("role") == "clerk":
        part = f.get("employment_type") == "part_time"
        if part:
            rule = "cmc.experience.clerk_part_time" if f.get("administrative") is False else "cmc.experience.clerk_part_time_admin"
        else:
            rule = "cmc.experience.clerk_full_time_admin"
    else:
        rule = {"local": "cmc.experience.local_admin", "state_federal": "cmc.experience.state_admin",
                "business": "cmc.experience.business_admin"}[f["sector"]]
    rate, cap = EMPLOYMENT_CAPS[rule]
    return ("cmc_experience", rule, float(min(rate * years, cap)))


def _credited(program: str, raw: dict[str, float]) -> dict[str, float]:
    if program == "CMC":
        edu = raw["cmc_education"]
        return {"cmc_education": min(edu, 60.0), "cmc_experience": raw["cmc_experience"] + max(edu - 60.0, 0.0)}
    adv = raw["mmc_advanced_education"]
    return {"mmc_advanced_education": min(adv, 60.0),
            "mmc_professional_contribution": raw["mmc_professional_contribution"] + min(max(adv - 60.0, 0.0), 20.0)}


REQUIRED = {"cmc_education": 60, "cmc_experience": 50, "mmc_advanced_education": 60,
            "mmc_professional_contribution": 40}


def allocate(program: str, opts: list[list[Option]]) -> list[Option | None]:
    """R9/I10: least total shortfall after R10; ties: more on the education side, earlier first."""
    cats = ["cmc_education", "cmc_experience"] if program == "CMC" else ["mmc_advanced_education", "mmc_professional_contribution"]
    multi = [i for i, o in enumerate(opts) if len(o) > 1]
    best: tuple[Any, ...] | None = None
    best_pick: list[Option | None] = []
    for choice in itertools.product(*[range(len(opts[i])) for i in multi]):
        pick: list[Option | None] = [o[0] if o else None for o in opts]
        for i, c in zip(multi, choice, strict=True):
            pick[i] = opts[i][c]
        raw = dict.fromkeys(cats, 0.0)
        for p in pick:
            if p is not None:
                raw[p[0]] += p[2] or 0.0
        cred = _credited(program, raw)
        short = sum(max(REQUIRED[k] - cred[k], 0.0) for k in cats)
        edu_bits = tuple(-1 if c == 0 else 0 for c in choice)
        key = (short, -raw[cats[0]], edu_bits)
        if best is None or key < best:
            best = key
            best_pick = pick
    return best_pick


def packet_truth(packet: Packet, docs: list[Doc]) -> dict[str, Any]:
    program = packet.manifest["program"]
    flags = [derive_flags(d, packet) for d in docs]
    opts = [options(d, packet, fl) for d, fl in zip(docs, flags, strict=True)]
    pick = allocate(program, opts)
    cats = ["cmc_education", "cmc_experience"] if program == "CMC" else ["mmc_advanced_education", "mmc_professional_contribution"]
    raw = dict.fromkeys(cats, 0.0)
    out_docs = []
    for d, fl, p in zip(docs, flags, pick, strict=True):
        props = []
        if p is not None:
            props.append({"category": p[0], "points": p[2], "rule": p[1]})
            raw[p[0]] += p[2] or 0.0
        out_docs.append({"source": d.source, "pages": d.pages, "kind": d.kind,
                         "fields": dict(sorted(d.fields.items())), "flags": fl, "proposals": props})
    cred = _credited(program, raw)
    totals = {k: {"points": cred[k], "raw": raw[k], "required": REQUIRED[k]} for k in cats}
    return {"description": packet.description, "documents": out_docs, "totals": totals}
