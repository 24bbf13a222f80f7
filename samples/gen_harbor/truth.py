"""Ground truth of a harbor packet computed from the facts drawn (model.Doc.f), following
docs/conventions.md and docs/rulings.md ("R1".."R15"), with the amounts of the IIMC
Education Guidelines ("EG") point tables. Independent of the product's scoring code."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
import unicodedata
from typing import Any

from samples.gen_harbor.model import Doc

CREDITABLE = {"certificate", "transcript", "employment_letter", "letter"}
REVIEW_FLAGS = {"NO_ASSESSMENT", "UNREADABLE", "UNSUPPORTED_FILE"}  # R11; every other code rejects
REQUIRED = {"CMC": {"cmc_education": 60, "cmc_experience": 50},
            "MMC": {"mmc_advanced_education": 60, "mmc_professional_contribution": 40}}
CAT = {"cmc.education": "cmc_education", "cmc.experience": "cmc_experience",
       "mmc.advanced": "mmc_advanced_education", "mmc.professional": "mmc_professional_contribution"}

# Rates per hour-based row: rule suffix -> hours per point (EG tables, rows cited).
PER_HOURS = {
    "institute": 2,  # EG CMC Education table, row 1: 1 point per 2 in-class contact hours
    "academy": 2,  # EG MMC Advanced Education, row 1
    "state_course": 4,  # EG CMC Education, "IIMC-approved State/National/Provincial course"; MMC AE row 6
    "course": 6,  # EG CMC Experience, Continuing Education, "Other courses ... 1 point per 6 hours"
    "r10_course": 6,  # EG CMC Education (Regions 10-11), "Miscellaneous courses ... 1 point per 6 hours"
    "seminar": 6,  # EG MMC AE row 9: professionally-related seminars
    "other_courses": 6,  # EG MMC Professional Contribution row 12
    "vocational": 10, "r10_vocational": 10,  # EG CMC Experience, Business or Vocational; R10-11 education row
    "teaching_institute": 2, "teaching_state": 4,  # EG MMC AE row 7 / PC row 6
    "on_the_job": 8,  # EG MMC PC row 8: 1 point per 8 hours, 12 point maximum
    "conference": 4,  # EG CMC Experience conferences row 2 / MMC PC row 4 (R4)
}
FIXED = {"conference_academy": 2.0,  # EG CMC Education / MMC AE row 13: 2 points each
         "certification": 7.0,  # EG MMC AE row 5 (minimum 50 hours of training)
         "cd_rom": 1.0}  # EG: IIMC CD Rom courses, 1 point each
PER_YEAR = {  # EG CMC Experience, Work Experience rows (rate, maximum) and service rows
    "clerk_full_time_admin": (4, 40), "clerk_part_time_admin": (2, 40), "clerk_part_time": (1, 30),
    "local_admin": (2, 30), "state_admin": (1, 30), "business_admin": (1, 30),
    "committee_member": (1, None),  # EG CMC Experience, Committee Work; MMC PC row 7
    "committee_chair": (2, None), "board_member": (2, None),  # EG MMC PC rows 2, 1
    "association_officer": (2, None), "related_officer": (1, None),  # EG MMC PC rows 3, 10
}
RELATED_FIELDS = ["public administration", "urban affairs", "municipal management", "political science",
                  "records management", "municipal finance", "governmental accounting", "urban planning",
                  "personnel administration"]  # EG degree footnote *, R7
UNRELATED_FIELDS = ["biology", "music", "chemistry", "art", "nursing", "history", "english"]
HOUR_ACTIVITIES = {"institute", "state_course", "course", "vocational", "conference", "teaching_institute",
                   "teaching_state", "on_the_job", "certification"}
ONLINE_RULE = {"institute", "state_course", "course"}  # R6: courses under the online rule


def floor_half(x: float) -> float:
    return math.floor(2 * x + 1e-9) / 2  # R1


def _name_tokens(name: str) -> frozenset[str]:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z]+", s)
    drop = {"cmc", "mmc", "mpa", "ms", "mr", "mrs", "dr"}
    return frozenset(w for w in words if len(w) > 1 and w not in drop)  # R14: initials ignored


def same_person(a: str, b: str) -> bool:
    """R14: order, initials, accents and post-nominals ignored; a middle name may be an initial."""
    x, y = _name_tokens(a), _name_tokens(b)
    return len(x & y) >= 2 and (x <= y or y <= x)


def surname(name: str) -> str:
    if "," in name:
        return name.split(",")[0].strip().lower()
    return [w for w in re.findall(r"[A-Za-z'-]+", name) if w.lower() not in {"jr", "iii", "cmc", "mmc"}][-1].lower()


def whole_years(start: str, end: str) -> int:
    """Completed years from start to end inclusive (R2, R8)."""
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end) + dt.timedelta(days=1)
    n = b.year - a.year - ((b.month, b.day) < (a.month, a.day))
    return max(n, 0)


def degree_row(degree: str) -> str | None:
    low = degree.lower()
    level = "associate" if low.startswith("associate") else "bachelor"  # master's take bachelor rows
    if any(k in low for k in RELATED_FIELDS):
        return f"{level}_related"
    if level == "bachelor" and any(re.search(rf"\b{k}\b", low) for k in UNRELATED_FIELDS):
        return "bachelor_unrelated"
    return None


def doc_date(f: dict[str, Any]) -> str | None:
    return f.get("end_date") or f.get("start_date") or f.get("issue_date") or f.get("degree_date")


def flags_of(doc: Doc, m: dict[str, Any]) -> list[str]:
    f, prog = doc.f, m["program"]
    prior = m.get("prior_designation_date")
    if doc.kind == "agenda":  # R15
        when = doc_date(f)
        return ["PREDATES_DESIGNATION"] if prog == "MMC" and prior and when and when < prior else []
    if doc.kind not in CREDITABLE:
        return []
    out, act = [], f.get("activity")
    app = m["applicant"]
    names = [app["name"], *app.get("former_names", [])]
    if doc.dup_of is not None:
        out.append("DUPLICATE")  # R12: on the later copy
    if f.get("first_person"):
        out.append("FIRST_PERSON")
    sig = f.get("signatory")
    if "relationship" in f or (sig and not same_person(sig, app["name"]) and surname(sig) == surname(app["name"])):
        out.append("RELATIVE_AUTHOR")
    if "applicant_name" not in f:
        out.append("MISSING_NAME")
    elif not any(same_person(f["applicant_name"], n) for n in names):
        out.append("NAME_MISMATCH")  # R14
    if not any(k in f for k in ("start_date", "end_date", "issue_date", "degree_date")):
        out.append("MISSING_DATE")
    if doc.kind == "employment_letter" and "position" not in f:
        out.append("MISSING_TITLE")
    if doc.kind in ("certificate", "letter") and act != "degree" and "title" not in f:
        out.append("MISSING_TITLE")
    if act in HOUR_ACTIVITIES and "hours" not in f and not (act == "conference" and "days" in f):
        out.append("MISSING_HOURS")
    when = doc_date(f)
    if prog == "MMC" and prior and when and when < prior and act != "degree":
        out.append("PREDATES_DESIGNATION")  # R13 (unused degree exempt)
    delivery = f.get("delivery")
    if act in ONLINE_RULE and delivery in ("online", "hybrid") and f.get("hours", 99) < 4:
        out.append("BELOW_MINIMUM_HOURS")  # R6
    elif "hours" in f and act in HOUR_ACTIVITIES and f["hours"] < 1:
        out.append("BELOW_MINIMUM_HOURS")  # R1
    if act in ONLINE_RULE and delivery in ("online", "hybrid", "webinar") and f.get("assessment") is not True:
        out.append("NO_ASSESSMENT")  # R6, review
    return out


def _hours_points(suffix: str, hours: float) -> float:
    return floor_half(hours / PER_HOURS[suffix])


def options(doc: Doc, m: dict[str, Any], flags: list[str]) -> list[tuple[str, float | None]]:
    """The rows a document may take, education side first (R9 chooses among several)."""
    f, act, prog, region = doc.f, doc.f.get("activity"), m["program"], m["applicant"]["region"]
    intl = region in (10, 11)
    no_assess = "NO_ASSESSMENT" in flags
    h = f.get("hours", 0.0)
    if f.get("delivery") == "webinar" and f.get("assessment") is not True:
        return []  # R6: webinars earn nothing without an assessment
    if prog == "CMC":
        if act == "institute":
            return [("cmc.education.institute", _hours_points("institute", h))]
        if act == "state_course":
            if no_assess:  # R6: only the Experience row, EG CMC Experience "State/Provincial courses" 1 per 4
                return [("cmc.experience.state_course", _hours_points("state_course", h))]
            return [("cmc.education.state_course", _hours_points("state_course", h))]
        if act == "course":  # R5/R9
            exp = ("cmc.experience.course", _hours_points("course", h))
            return [("cmc.education.r10_course", _hours_points("r10_course", h)), exp] if intl and not no_assess else [exp]
        if act == "vocational":
            return [("cmc.education.r10_vocational" if intl else "cmc.experience.vocational", _hours_points("vocational", h))]
        if act == "annual_conference":  # R3, R9; EG footnote ** (4 points before 2009)
            pts = 4.0 if doc_date(f) < "2009-01-01" else 8.0
            return [("cmc.education.annual_conference", pts), ("cmc.experience.annual_conference", pts)]
        if act == "conference":  # R4
            pts = _hours_points("conference", h) if "hours" in f else float(f["days"])
            return [("cmc.experience.conference", pts)]
        if act == "conference_academy":
            return [("cmc.education.conference_academy", FIXED["conference_academy"])]
        if act == "athenian_dialogue":  # EG footnote ****: 2 before 2013-11-23, else 3
            return [("cmc.education.athenian_dialogue", 2.0 if doc_date(f) < "2013-11-23" else 3.0)]
        if act == "iimc_online":
            return [("cmc.education.iimc_online", None)]  # "points vary", R6
        if act == "degree":
            row = degree_row(f["degree"])
            pts = {"bachelor_related": 20.0, "bachelor_unrelated": 10.0, "associate_related": 5.0}
            return [(f"cmc.education.{row}", pts[row])] if row else []
        if act == "college_credits":
            rule = "cmc.education.r10_college_credits" if intl else "cmc.experience.college_credits"
            return [(rule, float(f["credit_units"]))]
        if act == "employment":
            row = employment_row(f)
            rate, cap = PER_YEAR[row]
            return [(f"cmc.experience.{row}", float(min(rate * whole_years(f["start_date"], f["end_date"]), cap)))]
        if act in ("committee_member", "committee_chair", "board_member"):
            return [("cmc.experience.committee_member", float(service_years(f)))]
        return []
    # MMC
    if act == "institute":
        return [("mmc.advanced.academy", _hours_points("academy", h))]
    if act == "state_course":
        return [("mmc.advanced.state_course", _hours_points("state_course", h))]
    if act == "course":  # R5/R9
        prof = ("mmc.professional.other_courses", _hours_points("other_courses", h))
        return [prof] if no_assess else [("mmc.advanced.seminar", _hours_points("seminar", h)), prof]
    if act == "annual_conference":
        pts = 4.0 if doc_date(f) < "2009-01-01" else 8.0
        return [("mmc.advanced.annual_conference", pts), ("mmc.professional.annual_conference", pts)]
    if act in ("teaching_institute", "teaching_state"):  # EG MMC AE row 7 / PC row 6, footnote **
        pts = _hours_points(act, h)
        return [(f"mmc.advanced.{act}", pts), (f"mmc.professional.{act}", pts)]
    if act == "conference":
        pts = _hours_points("conference", h) if "hours" in f else float(f["days"])
        return [("mmc.professional.conference", pts)]
    if act == "conference_academy":
        return [("mmc.advanced.conference_academy", 2.0)]
    if act == "athenian_dialogue":
        return [("mmc.advanced.athenian_dialogue", 2.0 if doc_date(f) < "2013-11-23" else 3.0)]
    if act == "iimc_online":
        return [("mmc.advanced.iimc_online", None)]
    if act == "certification":
        return [("mmc.advanced.certification", 7.0)] if f.get("hours", 0) >= 50 else []
    if act == "degree":
        row = degree_row(f["degree"])
        pts = {"bachelor_related": 20.0, "bachelor_unrelated": 10.0, "associate_related": 5.0}
        return [(f"mmc.advanced.{row}", pts[row])] if row else []
    if act == "college_credits":
        return [("mmc.professional.college_credits", float(f["credit_units"]))]
    if act == "on_the_job":
        return [("mmc.professional.on_the_job", min(_hours_points("on_the_job", h), 12.0))]
    if act in ("committee_member", "committee_chair", "board_member", "association_officer", "related_officer"):
        rate, _ = PER_YEAR[act]
        return [(f"mmc.professional.{act}", float(rate * service_years(f)))]
    if act == "personal_accomplishment":
        return [("mmc.professional.personal_accomplishment", 1.0)]
    return []


def employment_row(f: dict[str, Any]) -> str:
    """conventions.md, Employment (R2); EG CMC requirement 6 for the clerk's duties."""
    pos = f.get("position", "").lower()
    clerk = any(k in pos for k in ("clerk", "city secretary", "recorder"))
    if clerk:
        if f.get("employment_type", "full_time") == "full_time":
            return "clerk_full_time_admin"
        return "clerk_part_time" if f.get("administrative") is False else "clerk_part_time_admin"
    return {"local": "local_admin", "state_federal": "state_admin", "business": "business_admin"}[f["sector"]]


def service_years(f: dict[str, Any]) -> int:
    """R8: years stated in words, else whole years of the span, at least 1."""
    if "years" in f:
        return int(f["years"])
    if "start_date" in f:
        return max(1, whole_years(f["start_date"], f["end_date"]))
    return 1


def credited(program: str, raw: dict[str, float]) -> dict[str, float]:
    """R10: caps and spill-over / combination points."""
    if program == "CMC":
        edu, exp = raw["cmc_education"], raw["cmc_experience"]
        return {"cmc_education": min(edu, 60.0), "cmc_experience": exp + max(0.0, edu - 60.0)}
    adv, pro = raw["mmc_advanced_education"], raw["mmc_professional_contribution"]
    return {"mmc_advanced_education": min(adv, 60.0),
            "mmc_professional_contribution": pro + min(20.0, max(0.0, adv - 60.0))}


def packet_truth(description: str, manifest: dict[str, Any], docs: list[Doc]) -> dict[str, Any]:
    prog = manifest["program"]
    req = REQUIRED[prog]
    rows, choices = [], []
    for doc in docs:
        flags = flags_of(doc, manifest)
        opts = [] if any(fl not in REVIEW_FLAGS for fl in flags) else options(doc, manifest, flags)
        rows.append((doc, flags, opts))
        if len(opts) > 1:
            choices.append(len(rows) - 1)

    def totals(pick: dict[int, int]) -> dict[str, float]:
        raw = dict.fromkeys(req, 0.0)
        for i, (_, _, opts) in enumerate(rows):
            if opts:
                rule, pts = opts[pick.get(i, 0)]
                raw[CAT[rule.rsplit(".", 1)[0]]] += pts or 0.0
        return raw

    # R9: each either-side item where the packet comes closest to its requirements; on a tie the
    # education side (index 0), earliest items first (itertools.product's order).
    best, best_gap = {}, math.inf
    for combo in itertools.product(range(2), repeat=len(choices)):
        pick = dict(zip(choices, combo, strict=True))
        cred = credited(prog, totals(pick))
        gap = sum(max(0.0, req[k] - cred[k]) for k in req)
        if gap < best_gap - 1e-9:
            best, best_gap = pick, gap
    raw = totals(best)
    cred = credited(prog, raw)
    out_docs = []
    for i, (doc, flags, opts) in enumerate(rows):
        props = []
        if opts:
            rule, pts = opts[best.get(i, 0)]
            props.append({"category": CAT[rule.rsplit(".", 1)[0]], "points": pts, "rule": rule})
        out_docs.append({"source": doc.source, "pages": doc.pages, "kind": doc.kind, "fields": dict(doc.f),
                         "flags": flags, "proposals": props})
    return {"description": description, "documents": out_docs,
            "totals": {k: {"points": cred[k], "raw": raw[k], "required": req[k]} for k in req}}
