"""The ground truth: flags, proposals and totals, computed from my own reading of the
Education Guidelines, docs/rulings.md (R1-R15) and docs/interpretations.md (I1-I17).

Written without looking at the product's scoring: the rates below are the guidelines'
tables, the rule ids are the ids of scoring/rules.yaml.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
import unicodedata

REQUIRED = {"CMC": {"cmc_education": 60, "cmc_experience": 50},
            "MMC": {"mmc_advanced_education": 60, "mmc_professional_contribution": 40}}

# rule id -> (category, unit, amount, per); unit: hours | fixed | year | credit | null | conf
RULES = {
    "cmc.education.institute": ("cmc_education", "hours", 1, 2),
    "cmc.education.bachelor_related": ("cmc_education", "fixed", 20, None),
    "cmc.education.bachelor_unrelated": ("cmc_education", "fixed", 10, None),
    "cmc.education.associate_related": ("cmc_education", "fixed", 5, None),
    "cmc.education.state_course": ("cmc_education", "hours", 1, 4),
    "cmc.education.annual_conference": ("cmc_education", "annual", 8, None),
    "cmc.education.athenian_dialogue": ("cmc_education", "athenian", 3, None),
    "cmc.education.cd_rom": ("cmc_education", "fixed", 1, None),
    "cmc.education.iimc_online": ("cmc_education", "null", None, None),
    "cmc.education.conference_academy": ("cmc_education", "fixed", 2, None),
    "cmc.education.study_abroad": ("cmc_education", "null", None, None),
    "cmc.education.r10_college_credits": ("cmc_education", "credit", 1, None),
    "cmc.education.r10_vocational": ("cmc_education", "hours", 1, 10),
    "cmc.education.r10_course": ("cmc_education", "hours", 1, 6),
    "cmc.experience.clerk_full_time_admin": ("cmc_experience", "year", 4, None),
    "cmc.experience.clerk_part_time_admin": ("cmc_experience", "year", 2, None),
    "cmc.experience.clerk_part_time": ("cmc_experience", "year", 1, None),
    "cmc.experience.local_admin": ("cmc_experience", "year", 2, None),
    "cmc.experience.state_admin": ("cmc_experience", "year", 1, None),
    "cmc.experience.business_admin": ("cmc_experience", "year", 1, None),
    "cmc.experience.annual_conference": ("cmc_experience", "annual", 8, None),
    "cmc.experience.conference": ("cmc_experience", "conf", 1, 4),
    "cmc.experience.state_course": ("cmc_experience", "hours", 1, 4),
    "cmc.experience.iimc_online": ("cmc_experience", "null", None, None),
    "cmc.experience.course": ("cmc_experience", "hours", 1, 6),
    "cmc.experience.vocational": ("cmc_experience", "hours", 1, 10),
    "cmc.experience.college_credits": ("cmc_experience", "credit", 1, None),
    "cmc.experience.committee_member": ("cmc_experience", "year", 1, None),
    "mmc.advanced.academy": ("mmc_advanced_education", "hours", 1, 2),
    "mmc.advanced.bachelor_related": ("mmc_advanced_education", "fixed", 20, None),
    "mmc.advanced.bachelor_unrelated": ("mmc_advanced_education", "fixed", 10, None),
    "mmc.advanced.associate_related": ("mmc_advanced_education", "fixed", 5, None),
    "mmc.advanced.certification": ("mmc_advanced_education", "fixed", 7, None),
    "mmc.advanced.state_course": ("mmc_advanced_education", "hours", 1, 4),
    "mmc.advanced.teaching_institute": ("mmc_advanced_education", "hours", 1, 2),
    "mmc.advanced.teaching_state": ("mmc_advanced_education", "hours", 1, 4),
    "mmc.advanced.annual_conference": ("mmc_advanced_education", "annual", 8, None),
    "mmc.advanced.seminar": ("mmc_advanced_education", "hours", 1, 6),
    "mmc.advanced.athenian_dialogue": ("mmc_advanced_education", "athenian", 3, None),
    "mmc.advanced.iimc_online": ("mmc_advanced_education", "null", None, None),
    "mmc.advanced.cd_rom": ("mmc_advanced_education", "fixed", 1, None),
    "mmc.advanced.conference_academy": ("mmc_advanced_education", "fixed", 2, None),
    "mmc.advanced.study_abroad": ("mmc_advanced_education", "null", None, None),
    "mmc.professional.board_member": ("mmc_professional_contribution", "year", 2, None),
    "mmc.professional.committee_chair": ("mmc_professional_contribution", "year", 2, None),
    "mmc.professional.association_officer": ("mmc_professional_contribution", "year", 2, None),
    "mmc.professional.conference": ("mmc_professional_contribution", "conf", 1, 4),
    "mmc.professional.annual_conference": ("mmc_professional_contribution", "annual", 8, None),
    "mmc.professional.teaching_institute": ("mmc_professional_contribution", "hours", 1, 2),
    "mmc.professional.teaching_state": ("mmc_professional_contribution", "hours", 1, 4),
    "mmc.professional.committee_member": ("mmc_professional_contribution", "year", 1, None),
    "mmc.professional.on_the_job": ("mmc_professional_contribution", "hours", 1, 8),
    "mmc.professional.personal_accomplishment": ("mmc_professional_contribution", "fixed", 1, None),
    "mmc.professional.related_officer": ("mmc_professional_contribution", "year", 1, None),
    "mmc.professional.college_credits": ("mmc_professional_contribution", "credit", 1, None),
    "mmc.professional.other_courses": ("mmc_professional_contribution", "hours", 1, 6),
}
CAPS = {"cmc.experience.clerk_full_time_admin": 40, "cmc.experience.clerk_part_time_admin": 40,
        "cmc.experience.clerk_part_time": 30, "cmc.experience.local_admin": 30,
        "cmc.experience.state_admin": 30, "cmc.experience.business_admin": 30,
        "cmc.education.athenian_dialogue": 18, "mmc.advanced.athenian_dialogue": 18,
        "mmc.professional.on_the_job": 12}
ONLINE_RULE = {"institute", "state_course", "course", "vocational", "athenian_dialogue", "cd_rom",
               "iimc_online", "conference_academy", "certification"}
HOURLY = {"institute", "state_course", "course", "vocational", "teaching_institute",
          "teaching_state", "on_the_job", "certification"}
RELATED = ["public administration", "urban affairs", "municipal management", "political science",
           "records management", "municipal finance", "governmental accounting", "urban planning",
           "personnel administration"]
ARGUABLE = ["business administration", "communication", "criminal justice", "sociology"]
CREDITABLE = {"certificate", "transcript", "employment_letter", "letter"}
CLERK = re.compile(r"\b(clerk|city secretary|recorder)\b", re.I)


def floor_half(x: float) -> float:
    return math.floor(2 * x + 1e-9) / 2


def _d(s):
    return dt.date.fromisoformat(s)


def completed_years(start: str, end: str) -> int:
    s, e = _d(start), _d(end) + dt.timedelta(days=1)
    return e.year - s.year - ((e.month, e.day) < (s.month, s.day))


def norm_name(s: str) -> tuple:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = s.replace(",", " ").replace(".", " ")
    toks = [t for t in s.split() if t not in {"cmc", "mmc", "mpa", "jr", "sr"} and len(t) > 1]
    return tuple(sorted(toks))


def same_person(name: str, applicant: dict) -> bool:
    want = [applicant["name"]] + applicant.get("former_names", [])
    return any(norm_name(name) == norm_name(n) for n in want)


def work_date(f):
    return f.get("end_date") or f.get("start_date") or f.get("degree_date") or f.get("issue_date")


def routes(program, region, f):
    """Candidate rule ids of a document (two for an either-side item, R9)."""
    a = f.get("activity")
    r10 = region in (10, 11)
    if program == "CMC":
        if a == "employment":
            return [employment_rule(f)]
        if a == "degree":
            return [degree_rule("cmc.education", f)]
        return {
            "institute": ["cmc.education.institute"],
            "state_course": ["cmc.education.state_course"],
            "course": ["cmc.education.r10_course", "cmc.experience.course"] if r10 else ["cmc.experience.course"],
            "vocational": ["cmc.education.r10_vocational", "cmc.experience.vocational"] if r10 else ["cmc.experience.vocational"],
            "annual_conference": ["cmc.education.annual_conference", "cmc.experience.annual_conference"],
            "conference": ["cmc.experience.conference"],
            "conference_academy": ["cmc.education.conference_academy"],
            "athenian_dialogue": ["cmc.education.athenian_dialogue"],
            "iimc_online": ["cmc.education.iimc_online"],
            "cd_rom": ["cmc.education.cd_rom"],
            "study_abroad": ["cmc.education.study_abroad"],
            "college_credits": ["cmc.education.r10_college_credits", "cmc.experience.college_credits"] if r10 else ["cmc.experience.college_credits"],
            "committee_member": ["cmc.experience.committee_member"],
            "committee_chair": ["cmc.experience.committee_member"],
            "board_member": ["cmc.experience.committee_member"],
        }.get(a, [])
    if a == "degree":
        return [degree_rule("mmc.advanced", f)]
    return {
        "institute": ["mmc.advanced.academy"],
        "state_course": ["mmc.advanced.state_course"],
        "course": ["mmc.advanced.seminar", "mmc.professional.other_courses"],
        "annual_conference": ["mmc.advanced.annual_conference", "mmc.professional.annual_conference"],
        "conference": ["mmc.professional.conference"],
        "conference_academy": ["mmc.advanced.conference_academy"],
        "athenian_dialogue": ["mmc.advanced.athenian_dialogue"],
        "iimc_online": ["mmc.advanced.iimc_online"],
        "cd_rom": ["mmc.advanced.cd_rom"],
        "study_abroad": ["mmc.advanced.study_abroad"],
        "certification": ["mmc.advanced.certification"],
        "college_credits": ["mmc.professional.college_credits"],
        "committee_member": ["mmc.professional.committee_member"],
        "committee_chair": ["mmc.professional.committee_chair"],
        "board_member": ["mmc.professional.board_member"],
        "association_officer": ["mmc.professional.association_officer"],
        "related_officer": ["mmc.professional.related_officer"],
        "teaching_institute": ["mmc.advanced.teaching_institute", "mmc.professional.teaching_institute"],
        "teaching_state": ["mmc.advanced.teaching_state", "mmc.professional.teaching_state"],
        "on_the_job": ["mmc.professional.on_the_job"],
        "personal_accomplishment": ["mmc.professional.personal_accomplishment"],
    }.get(a, [])


NO_ASSESSMENT_ROW = {"cmc.education.state_course": "cmc.experience.state_course",
                     "cmc.education.institute": "cmc.experience.course",
                     "cmc.education.r10_course": "cmc.experience.course",
                     "mmc.advanced.seminar": "mmc.professional.other_courses",
                     "mmc.advanced.state_course": "mmc.professional.other_courses",
                     "mmc.advanced.academy": "mmc.professional.other_courses"}


def employment_rule(f):
    pos = f.get("position", "")
    part = f.get("employment_type") == "part_time"
    if CLERK.search(pos):
        admin = f.get("administrative", True)
        if part:
            return "cmc.experience.clerk_part_time_admin" if admin else "cmc.experience.clerk_part_time"
        return "cmc.experience.clerk_full_time_admin" if admin else None
    return {"local": "cmc.experience.local_admin", "state_federal": "cmc.experience.state_admin",
            "business": "cmc.experience.business_admin"}[f["sector"]]


def degree_rule(prefix, f):
    deg = f["degree"].lower()
    assoc = deg.startswith("associate")
    if any(k in deg for k in RELATED):
        return f"{prefix}.{'associate' if assoc else 'bachelor'}_related"
    if any(k in deg for k in ARGUABLE):
        return f"{prefix}.bachelor_related#null"  # left to a reviewer (R7)
    return None if assoc else f"{prefix}.bachelor_unrelated"


def amount(rule, f):
    cat, unit, pts, per = RULES[rule]
    if unit == "null":
        return None
    if unit == "hours":
        return floor_half(f["hours"] * pts / per)
    if unit == "conf":
        if "hours" in f:
            return floor_half(f["hours"] / per)
        if "days" in f:
            return float(f["days"])
        return float((_d(f["end_date"]) - _d(f["start_date"])).days + 1)
    if unit == "annual":
        return 4.0 if work_date(f) < "2009-01-01" else 8.0
    if unit == "athenian":
        return 2.0 if work_date(f) < "2013-11-23" else 3.0
    if unit == "credit":
        return float(f["credit_units"])
    if unit == "year":
        if "years" in f:
            n = int(f["years"])
        else:
            n = completed_years(f["start_date"], f["end_date"])
            if f.get("activity") != "employment":
                n = max(1, n)
        return float(n * pts)
    return float(pts)


def doc_flags(program, manifest, doc):
    """Flags of one document (R11-R15, conventions), and whether it may earn."""
    f, kind, m = doc["fields"], doc["kind"], doc.get("marks", {})
    if m.get("unsupported"):
        return ["UNSUPPORTED_FILE"]
    if m.get("unreadable"):
        return ["UNREADABLE"]
    prior = manifest.get("prior_designation_date")
    flags = []
    if kind == "agenda":
        wd = work_date(f)
        if program == "MMC" and wd and prior and wd < prior:
            flags.append("PREDATES_DESIGNATION")
        return flags
    if kind not in CREDITABLE:
        return flags
    ap = manifest["applicant"]
    if f.get("first_person"):
        flags.append("FIRST_PERSON")
    sig = f.get("signatory")
    surname = norm_name(ap["name"].split()[-1])
    if f.get("relationship") or (sig and not f.get("first_person") and not same_person(sig, ap)
                                 and norm_name(sig.split()[-1]) == surname):
        flags.append("RELATIVE_AUTHOR")
    if "applicant_name" not in f:
        flags.append("MISSING_NAME")
    elif not same_person(f["applicant_name"], ap):
        flags.append("NAME_MISMATCH")
    if not any(k in f for k in ("start_date", "end_date", "degree_date", "issue_date")):
        flags.append("MISSING_DATE")
    is_diploma = kind == "certificate" and f.get("activity") == "degree"
    if kind == "employment_letter" and "position" not in f:
        flags.append("MISSING_TITLE")
    if kind in ("certificate", "letter") and not is_diploma and "title" not in f:
        flags.append("MISSING_TITLE")
    a = f.get("activity")
    if (a in HOURLY or (a == "conference" and "days" not in f and "start_date" not in f)) and "hours" not in f:
        flags.append("MISSING_HOURS")
    wd = work_date(f)
    if program == "MMC" and wd and prior and wd < prior and a != "degree":
        flags.append("PREDATES_DESIGNATION")
    deliv = f.get("delivery")
    if a in ONLINE_RULE and deliv in ("online", "hybrid") and "hours" in f:
        if f["hours"] < 4:
            flags.append("BELOW_MINIMUM_HOURS")
        elif not f.get("assessment"):
            flags.append("NO_ASSESSMENT")
    elif a in ONLINE_RULE and deliv == "webinar" and not f.get("assessment"):
        flags.append("NO_ASSESSMENT")
    if a in HOURLY and "hours" in f and f["hours"] < 1 and "BELOW_MINIMUM_HOURS" not in flags:
        flags.append("BELOW_MINIMUM_HOURS")
    if m.get("duplicate"):
        flags.append("DUPLICATE")
    return flags


REVIEW = {"NO_ASSESSMENT", "UNREADABLE", "UNSUPPORTED_FILE"}


def score(manifest, docs):
    """Fill each doc's flags and proposals and return the packet's totals."""
    program, region = manifest["program"], manifest["applicant"]["region"]
    items = []  # (doc index, candidate rules)
    for i, doc in enumerate(docs):
        doc["flags"] = doc_flags(program, manifest, doc)
        doc["proposals"] = []
        f = doc["fields"]
        if doc["kind"] not in CREDITABLE or any(fl not in REVIEW for fl in doc["flags"]):
            continue
        if doc.get("marks", {}).get("earns_nothing"):
            continue
        cands = routes(program, region, f)
        if not cands or cands[0] is None:
            continue
        if "NO_ASSESSMENT" in doc["flags"]:
            if f.get("delivery") == "webinar":
                continue
            cands = [NO_ASSESSMENT_ROW.get(r, r) for r in cands]
            cands = [r for r in dict.fromkeys(cands) if RULES[r][0] not in ("cmc_education", "mmc_advanced_education")]
        items.append((i, cands))
    cats = list(REQUIRED[program])
    best = None
    either = [k for k, (_, c) in enumerate(items) if len(c) == 2]
    for choice in itertools.product((0, 1), repeat=len(either)):
        pick = {k: 0 for k in range(len(items))}
        for k, ch in zip(either, choice, strict=False):
            pick[k] = ch
        placed = []
        used = {}
        for k, (i, cands) in enumerate(items):
            rule = cands[pick[k]]
            null = rule.endswith("#null")
            rule = rule.replace("#null", "")
            pts = None if null else amount(rule, docs[i]["fields"])
            if pts is not None and rule in CAPS:
                pts = max(0.0, min(pts, CAPS[rule] - used.get(rule, 0.0)))
                used[rule] = used.get(rule, 0.0) + pts
            placed.append((i, rule, pts))
        raw = {c: 0.0 for c in cats}
        for _i, rule, pts in placed:
            raw[RULES[rule][0]] += pts or 0.0
        cred = credited(program, raw)
        short = sum(max(0.0, REQUIRED[program][c] - cred[c]) for c in cats)
        key = (short, -raw[cats[0]], tuple(choice))
        if best is None or key < best[0]:
            best = (key, placed, raw, cred)
    _, placed, raw, cred = best
    for i, rule, pts in placed:
        docs[i]["proposals"].append({"category": RULES[rule][0], "points": pts, "rule": rule})
    return {c: {"points": cred[c], "raw": raw[c], "required": REQUIRED[program][c]} for c in cats}


def credited(program, raw):
    """R10: the education side capped at 60; CMC excess to Experience, MMC up to 20 to PC."""
    if program == "CMC":
        e, x = raw["cmc_education"], raw["cmc_experience"]
        return {"cmc_education": min(e, 60.0), "cmc_experience": x + max(0.0, e - 60.0)}
    a, p = raw["mmc_advanced_education"], raw["mmc_professional_contribution"]
    return {"mmc_advanced_education": min(a, 60.0),
            "mmc_professional_contribution": p + min(20.0, max(0.0, a - 60.0))}
