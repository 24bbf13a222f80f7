"""Ground truth computed from exactly what each document prints (docs/conventions.md,
docs/rulings.md R1-R15, the Education Guidelines' point tables, cited "EG")."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

from .model import Doc
from .world import Applicant

REJECT = "reject"
SEVERITY = {"NO_ASSESSMENT": "review", "UNREADABLE": "review", "UNSUPPORTED_FILE": "review"}

# (category, rule id, points, per, unit) per program and activity. unit: hours, days,
# each, year, credit. "either" rows list both sides (R9: placed where it helps most).
CMC = {
    # EG CMC Education table, row 1: IIMC-approved Institute/Academy, 1 point per 2 hours
    "institute": [("cmc_education", "cmc.education.institute", 1, 2, "hours")],
    # EG CMC Education, "State/National/Provincial educational course (with course review)"
    "state_course": [("cmc_education", "cmc.education.state_course", 1, 4, "hours")],
    # EG CMC Experience, Continuing Education row 3: other courses, 1 point per 6 hours (R5)
    "course": [("cmc_experience", "cmc.experience.course", 1, 6, "hours")],
    # EG CMC Experience, Business or Vocational School Courses: 1 point per 10 hours
    "vocational": [("cmc_experience", "cmc.experience.vocational", 1, 10, "hours")],
    # EG CMC Education "IIMC Annual Conference" / Experience row 1: up to 8 (4 before 2009), R3, R9
    "annual_conference": [("cmc_education", "cmc.education.annual_conference", 8, 1, "each"),
                          ("cmc_experience", "cmc.experience.annual_conference", 8, 1, "each")],
    # EG CMC Experience, Conferences row 2: 1 point per 4 verifiable hours or 1 per day (R4)
    "conference": [("cmc_experience", "cmc.experience.conference", 1, 4, "hours_or_days")],
    # EG CMC Education, "IIMC Annual Conference Academy Sessions": 2 points each
    "conference_academy": [("cmc_education", "cmc.education.conference_academy", 2, 1, "each")],
    # EG CMC Education, Athenian Leadership Dialogue: 3 each (2 before 2013-11-23)
    "athenian_dialogue": [("cmc_education", "cmc.education.athenian_dialogue", 3, 1, "each")],
    # EG CMC Education, "IIMC CD Rom Courses": 1 point each
    "cd_rom": [("cmc_education", "cmc.education.cd_rom", 1, 1, "each")],
    # EG CMC Education, "IIMC Online Courses: points vary by course" (R6: left to a reviewer)
    "iimc_online": [("cmc_education", "cmc.education.iimc_online", None, 1, "each")],
    # EG CMC Experience, College or University Courses: 1 point per credit unit
    "college_credits": [("cmc_experience", "cmc.experience.college_credits", 1, 1, "credit")],
    # EG CMC Experience, Committee Work: 1 point per year (chairs and board members too)
    "committee_member": [("cmc_experience", "cmc.experience.committee_member", 1, 1, "year")],
    "committee_chair": [("cmc_experience", "cmc.experience.committee_member", 1, 1, "year")],
    "board_member": [("cmc_experience", "cmc.experience.committee_member", 1, 1, "year")],
}
# EG CMC Education (Regions 10-11): credits, vocational and unreviewed courses may count in
# Education too (education side preferred on a tie, R9)
CMC_R10 = {
    "course": [("cmc_education", "cmc.education.r10_course", 1, 6, "hours")] + CMC["course"],
    "vocational": [("cmc_education", "cmc.education.r10_vocational", 1, 10, "hours")]
    + CMC["vocational"],
    "college_credits": [("cmc_education", "cmc.education.r10_college_credits", 1, 1, "credit")]
    + CMC["college_credits"],
}
MMC = {
    # EG MMC Advanced Education rows 1, 6, 9, 5, 8, 13, 10; Professional Contribution rows
    "institute": [("mmc_advanced_education", "mmc.advanced.academy", 1, 2, "hours")],
    "state_course": [("mmc_advanced_education", "mmc.advanced.state_course", 1, 4, "hours")],
    "course": [("mmc_advanced_education", "mmc.advanced.seminar", 1, 6, "hours"),
               ("mmc_professional_contribution", "mmc.professional.other_courses", 1, 6, "hours")],
    "certification": [("mmc_advanced_education", "mmc.advanced.certification", 7, 1, "each")],
    "annual_conference": [("mmc_advanced_education", "mmc.advanced.annual_conference", 8, 1, "each"),
                          ("mmc_professional_contribution", "mmc.professional.annual_conference", 8, 1, "each")],
    "conference": [("mmc_professional_contribution", "mmc.professional.conference", 1, 4, "hours_or_days")],
    "conference_academy": [("mmc_advanced_education", "mmc.advanced.conference_academy", 2, 1, "each")],
    "athenian_dialogue": [("mmc_advanced_education", "mmc.advanced.athenian_dialogue", 3, 1, "each")],
    "iimc_online": [("mmc_advanced_education", "mmc.advanced.iimc_online", None, 1, "each")],
    # EG MMC Advanced Education row 12: IIMC CD Rom Courses, 1 point each
    "cd_rom": [("mmc_advanced_education", "mmc.advanced.cd_rom", 1, 1, "each")],
    # PC row 11: college credits not used for Education, 1 per credit unit
    "college_credits": [("mmc_professional_contribution", "mmc.professional.college_credits", 1, 1, "credit")],
    # PC rows 7, 2, 1, 3, 10: committee 1/yr, chair 2/yr, board 2/yr, officer 2/yr, related officer 1/yr
    "committee_member": [("mmc_professional_contribution", "mmc.professional.committee_member", 1, 1, "year")],
    "committee_chair": [("mmc_professional_contribution", "mmc.professional.committee_chair", 2, 1, "year")],
    "board_member": [("mmc_professional_contribution", "mmc.professional.board_member", 2, 1, "year")],
    "association_officer": [("mmc_professional_contribution", "mmc.professional.association_officer", 2, 1, "year")],
    "related_officer": [("mmc_professional_contribution", "mmc.professional.related_officer", 1, 1, "year")],
    # AE row 7 / PC row 6: teaching 1 per 2 hours (Institute), 1 per 4 hours (state course)
    "teaching_institute": [("mmc_advanced_education", "mmc.advanced.teaching_institute", 1, 2, "hours"),
                           ("mmc_professional_contribution", "mmc.professional.teaching_institute", 1, 2, "hours")],
    "teaching_state": [("mmc_advanced_education", "mmc.advanced.teaching_state", 1, 4, "hours"),
                       ("mmc_professional_contribution", "mmc.professional.teaching_state", 1, 4, "hours")],
    # PC row 8: on-the-job achievements 1 per 8 hours, 12 maximum; row 9: 1 per accomplishment
    "on_the_job": [("mmc_professional_contribution", "mmc.professional.on_the_job", 1, 8, "hours")],
    "personal_accomplishment": [("mmc_professional_contribution", "mmc.professional.personal_accomplishment", 1, 1, "each")],
}
ITEM_CAP = {"mmc.professional.on_the_job": 12}
HOUR_ROWS = {"institute", "state_course", "course", "vocational", "conference", "teaching_institute",
             "teaching_state", "on_the_job", "certification"}
ONLINE_RULE = {"institute", "state_course", "course"}   # EG Online Learning Guidelines, R6
RELATED = ("public administration", "urban affairs", "municipal management", "political science",
           "records management", "municipal finance", "governmental accounting", "urban planning",
           "personnel administration")
ARGUABLE = ("business administration", "communication", "criminal justice", "sociology")
POSTNOMINALS = {"cmc", "mmc", "mpa", "mba", "phd", "jr", "sr"}
REQUIRED = {"CMC": {"cmc_education": 60, "cmc_experience": 50},
            "MMC": {"mmc_advanced_education": 60, "mmc_professional_contribution": 40}}


def name_key(s: str) -> tuple[str, ...]:
    """R14: order, middle initials, accents, post-nominals ignored."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z]+", s.replace("-", " "))
    return tuple(sorted(w for w in words if len(w) > 1 and w not in POSTNOMINALS))


def family_words(s: str) -> set[str]:
    """The family name's words: the last word that is not a post-nominal, split at hyphens."""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.findall(r"[a-z-]+", s) if w.strip("-") not in POSTNOMINALS]
    return set(words[-1].split("-")) - {""} if words else set()


def floor_half(x: float) -> float:
    return math.floor(2 * x + 1e-9) / 2   # R1


def whole_years(start: str, end: str) -> int:
    """R2/R8: completed years of the span start .. end + 1 day."""
    a = dt.date.fromisoformat(start)
    b = dt.date.fromisoformat(end) + dt.timedelta(days=1)
    y = b.year - a.year - ((b.month, b.day) < (a.month, a.day))
    return max(y, 0)


def _date_of_work(f: dict) -> str | None:
    return f.get("end_date") or f.get("start_date") or f.get("issue_date") or f.get("degree_date")


def flags_of(doc: Doc, app: Applicant, seen: set) -> list[str]:
    f, kind, act = doc.facts, doc.kind, doc.facts.get("activity")
    out: list[str] = []
    older = app.program == "MMC" and app.prior
    if kind == "agenda":   # R15: agendas carry no flags but a predating date
        d = _date_of_work(f)
        return ["PREDATES_DESIGNATION"] if older and d and d < app.prior else []
    if act is None:
        return []
    key = (kind, act, f.get("title"), f.get("position"), f.get("degree"), f.get("provider"),
           f.get("start_date"), f.get("end_date"), f.get("hours"), f.get("credit_units"))
    if act == "degree":   # a diploma and its transcript are one degree (conventions)
        key = ("degree", f.get("degree"), f.get("provider"), f.get("degree_date"))
    if key in seen:
        out.append("DUPLICATE")   # R12: on the later copy
    seen.add(key)
    if f.get("first_person"):
        out.append("FIRST_PERSON")
    sig = f.get("signatory")
    own = {name_key(n) for n in [app.name] + app.former_names}
    family = set().union(*(family_words(n) for n in [app.name] + app.former_names))
    if f.get("relationship") or (sig and name_key(sig) not in own
                                 and family_words(sig) & family):
        out.append("RELATIVE_AUTHOR")
    name = f.get("applicant_name")
    if name is None:
        out.append("MISSING_NAME")
    elif name_key(name) not in own:
        out.append("NAME_MISMATCH")   # R14
    if not any(f.get(k) for k in ("start_date", "end_date", "issue_date", "degree_date")):
        out.append("MISSING_DATE")
    if act in HOUR_ROWS and f.get("hours") is None and not (act == "conference" and f.get("days")):
        out.append("MISSING_HOURS")
    if kind == "employment_letter" and not f.get("position"):
        out.append("MISSING_TITLE")
    if kind in ("certificate", "letter") and act != "degree" and not f.get("title"):
        out.append("MISSING_TITLE")
    d = _date_of_work(f)
    if older and act != "degree" and d and d < app.prior:
        out.append("PREDATES_DESIGNATION")   # R13: unused degrees exempt
    online = f.get("delivery") in ("online", "hybrid")
    h = f.get("hours")
    if act in ONLINE_RULE and online and h is not None and h < 4:
        out.append("BELOW_MINIMUM_HOURS")   # R6
    elif act in HOUR_ROWS and h is not None and h < 1:
        out.append("BELOW_MINIMUM_HOURS")   # R1
    elif act == "certification" and h is not None and h < 50:
        out.append("BELOW_MINIMUM_HOURS")   # EG MMC AE row 5: minimum 50 hours of training
    if act in ONLINE_RULE and f.get("delivery") in ("online", "hybrid", "webinar") \
            and f.get("assessment") is not True:
        out.append("NO_ASSESSMENT")   # R6 (review)
    return out


def _employment(doc: Doc, app: Applicant) -> list[dict]:
    """EG CMC Experience, Work Experience table; conventions "Employment (R2)"."""
    f = doc.facts
    if app.program != "CMC":
        return []   # EG MMC page: no credit for time on the job
    yrs = whole_years(f["start_date"], f["end_date"])
    pos = f["position"].lower()
    clerk = any(w in pos for w in ("clerk", "city secretary", "recorder"))
    part = f.get("employment_type") == "part_time"
    admin = f.get("administrative")
    if clerk:
        if not part and admin is False:
            return [{"category": "cmc_experience", "points": None,
                     "rule": "cmc.experience.clerk_full_time_admin"}]
        rid, rate, cap = (("cmc.experience.clerk_full_time_admin", 4, 40) if not part else
                          ("cmc.experience.clerk_part_time", 1, 30) if admin is False else
                          ("cmc.experience.clerk_part_time_admin", 2, 40))
    else:
        rid, rate, cap = {"local": ("cmc.experience.local_admin", 2, 30),
                          "state_federal": ("cmc.experience.state_admin", 1, 30),
                          "business": ("cmc.experience.business_admin", 1, 30)}[f["sector"]]
    return [{"category": "cmc_experience", "points": float(min(cap, rate * yrs)), "rule": rid}]


def _amount(row, doc: Doc) -> float | None:
    _, rid, pts, per, unit = row
    f = doc.facts
    if pts is None:
        return None
    if unit == "each":
        d = _date_of_work(f) or ""
        if rid.endswith("annual_conference") and d < "2009-01-01":
            return 4.0   # EG footnote: before 2009, up to 4 points (R3)
        if rid.endswith("athenian_dialogue") and d < "2013-11-23":
            return 2.0   # EG footnote *****
        return float(pts)
    if unit == "hours_or_days" and f.get("hours") is None:
        days = f.get("days") or (dt.date.fromisoformat(f["end_date"])
                                 - dt.date.fromisoformat(f["start_date"])).days + 1
        return floor_half(days * 1.0)   # R4: 1 point per day
    if unit in ("hours", "hours_or_days"):
        x = floor_half(f["hours"] * pts / per)
        return float(min(x, ITEM_CAP.get(rid, x)))
    if unit == "credit":
        return floor_half(f["credit_units"] * pts / per)
    if unit == "year":
        yrs = f.get("years") or max(1, whole_years(f["start_date"], f["end_date"]))
        return floor_half(yrs * pts / per)
    raise ValueError(unit)


def _degree(doc: Doc, app: Applicant) -> list[dict]:
    """EG Education tables: bachelor's or higher related 20, unrelated 10, associate related 5 (R7)."""
    deg = doc.facts["degree"].lower()
    side = "cmc_education" if app.program == "CMC" else "mmc_advanced_education"
    pre = "cmc.education." if app.program == "CMC" else "mmc.advanced."
    assoc = deg.startswith("associate")
    if any(r in deg for r in RELATED):
        return [{"category": side, "points": 5.0 if assoc else 20.0,
                 "rule": pre + ("associate_related" if assoc else "bachelor_related")}]
    if any(r in deg for r in ARGUABLE):
        return [{"category": side, "points": None,
                 "rule": pre + ("associate_related" if assoc else "bachelor_related")}]
    return [] if assoc else [{"category": side, "points": 10.0, "rule": pre + "bachelor_unrelated"}]


def options_of(doc: Doc, app: Applicant, flags: list[str]) -> list[list[dict]]:
    """The document's proposals; an item with two possible sides is one list of options."""
    if any(SEVERITY.get(fl, REJECT) == REJECT for fl in flags):
        return []   # R11: a rejected document earns nothing
    act = doc.facts.get("activity")
    if act is None:
        return []   # R15
    if act == "employment":
        return [_employment(doc, app)] if _employment(doc, app) else []
    if act == "degree":
        return [_degree(doc, app)] if _degree(doc, app) else []
    table = dict(CMC if app.program == "CMC" else MMC)
    if app.program == "CMC" and app.region >= 10:
        table.update(CMC_R10)
    rows = table.get(act, [])
    if "NO_ASSESSMENT" in flags:
        if doc.facts.get("delivery") == "webinar":
            return []   # R6: webinars earn nothing without an assessment
        rows = [r for r in rows if r[0] in ("cmc_experience", "mmc_professional_contribution")]
    opts = [{"category": r[0], "points": _amount(r, doc), "rule": r[1]} for r in rows]
    return [opts] if opts else []


def credited(program: str, raw: dict) -> dict:
    """R10: CMC Education capped at 60, excess to Experience; MMC Advanced capped at 60,
    up to 20 of the excess counts toward Professional Contribution."""
    if program == "CMC":
        e, x = raw["cmc_education"], raw["cmc_experience"]
        return {"cmc_education": min(60.0, e), "cmc_experience": x + max(0.0, e - 60)}
    a, p = raw["mmc_advanced_education"], raw["mmc_professional_contribution"]
    return {"mmc_advanced_education": min(60.0, a),
            "mmc_professional_contribution": p + min(20.0, max(0.0, a - 60))}


def _shortfall(program: str, raw: dict) -> float:
    got = credited(program, raw)
    return sum(max(0.0, req - got[c]) for c, req in REQUIRED[program].items())


def allocate(program: str, items: list[list[list[dict]]]) -> tuple[list[list[dict]], dict]:
    """R9: fixed items first, then each either-side item (in packet order) where it brings
    the packet closest to its requirements; education side on a tie."""
    raw = {c: 0.0 for c in REQUIRED[program]}
    chosen: list[list[dict]] = [[] for _ in items]
    for i, opts_list in enumerate(items):
        for opts in opts_list:
            if len(opts) == 1:
                chosen[i].append(opts[0])
                raw[opts[0]["category"]] += opts[0]["points"] or 0.0
    for i, opts_list in enumerate(items):
        for opts in opts_list:
            if len(opts) > 1:
                best = min(opts, key=lambda o: _shortfall(program, {
                    **raw, o["category"]: raw[o["category"]] + (o["points"] or 0.0)}))
                chosen[i].append(best)
                raw[best["category"]] += best["points"] or 0.0
    return chosen, raw


def packet_truth(app: Applicant, docs: list[tuple[str, list[int], Doc]], description: str) -> dict:
    seen: set = set()
    entries, items = [], []
    for source, pages, doc in docs:
        fl = flags_of(doc, app, seen)
        entries.append({"source": source, "pages": pages, "kind": doc.kind,
                        "fields": dict(doc.facts), "flags": fl})
        items.append(options_of(doc, app, fl))
    chosen, raw = allocate(app.program, items)
    for e, props in zip(entries, chosen, strict=True):
        e["proposals"] = props
    got = credited(app.program, raw)
    totals = {c: {"points": got[c], "raw": raw[c], "required": req}
              for c, req in REQUIRED[app.program].items()}
    return {"description": description, "documents": entries, "totals": totals}
