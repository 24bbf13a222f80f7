"""Ground truth by the dahlia author's own reading of the IIMC Education Guidelines
(seeds/003, "EG"), docs/rulings.md ("R<n>") and docs/interpretations.md ("I<n>").
Computed only from the facts each document prints (Doc.f) and the packet manifest."""

import datetime as dt
import itertools
import math
import re

REVIEW_FLAGS = {"NO_ASSESSMENT", "UNREADABLE", "UNSUPPORTED_FILE"}  # R11
POSTNOMINALS = {"cmc", "mmc", "mpa", "mba", "jr", "sr", "ms", "mrs", "mr", "dr", "ii", "iii"}
HOUR_RATED = {
    "institute",
    "state_course",
    "course",
    "vocational",
    "conference",
    "teaching_institute",
    "teaching_state",
    "on_the_job",
    "certification",
}
COURSE_LIKE = {
    "institute",
    "state_course",
    "course",
    "vocational",
}  # R6 online rule applies to courses
CLERK_WORDS = ("clerk", "city secretary", "recorder")


def floor_half(x):  # R1, I1
    return math.floor(2 * x + 1e-9) / 2


def _d(s):
    return dt.date.fromisoformat(s)


def completed_years(a, b):  # R2, I3: whole years of start .. end + 1 day
    x, y = _d(a), _d(b) + dt.timedelta(days=1)
    n = y.year - x.year - ((y.month, y.day) < (x.month, x.day))
    return max(0, n)


def _tokens(name):
    t = re.sub(r"[^a-z ]", " ", name.lower().replace("-", " ")).split()
    return {w for w in t if len(w) > 1 and w not in POSTNOMINALS}


def same_person(a, b):  # R14: order, initials, post-nominals ignored
    return _tokens(a) == _tokens(b)


def _work_date(f):
    return f.get("end_date") or f.get("start_date") or f.get("degree_date") or f.get("issue_date")


def flags_of(doc, pk, seen_keys):
    f, kind = doc.f, doc.kind
    if doc.extra_flags:
        return list(doc.extra_flags)
    fl = []
    act = f.get("activity")
    if kind == "agenda":  # R15: agendas carry only PREDATES_DESIGNATION
        wd = _work_date(f)
        if pk.program == "MMC" and wd and wd < pk.prior:
            fl.append("PREDATES_DESIGNATION")
        return fl
    if not act:
        return fl
    names = [pk.applicant] + pk.former
    if f.get("first_person"):
        fl.append("FIRST_PERSON")  # EG "IIMC cannot accept: A first person letter"
    sig = f.get("signatory")

    if "relationship" in f or (
        sig
        and not f.get("first_person")
        and not any(same_person(sig, n) for n in names)
        and sig.split()[-1].lower() in {n.split()[-1].lower() for n in names}
    ):
        fl.append("RELATIVE_AUTHOR")  # EG "A document from a relative or spouse"
    if "applicant_name" in f:
        if not any(same_person(f["applicant_name"], n) for n in names):
            fl.append("NAME_MISMATCH")
    else:
        fl.append("MISSING_NAME")  # EG "Incomplete documentation": the name of the applicant
    if not any(k in f for k in ("start_date", "end_date", "degree_date", "issue_date")):
        fl.append("MISSING_DATE")
    if kind in ("certificate", "letter") and act != "degree" and "title" not in f:
        fl.append("MISSING_TITLE")
    if kind == "employment_letter" and "position" not in f:
        fl.append("MISSING_TITLE")
    if (
        act in HOUR_RATED
        and "hours" not in f
        and not (act == "conference" and ("days" in f or "start_date" in f))
    ):
        fl.append("MISSING_HOURS")
    wd = f.get("end_date") or f.get("start_date") or f.get("issue_date")
    if pk.program == "MMC" and act != "degree" and wd and wd < pk.prior:
        fl.append("PREDATES_DESIGNATION")  # EG MMC requirement 7; R13 (degrees exempt)
    dl = f.get("delivery")
    if act in COURSE_LIKE and dl in ("online", "hybrid") and f.get("hours", 99) < 4:
        fl.append("BELOW_MINIMUM_HOURS")  # EG Online Learning Guidelines: minimum four hours; R6
    elif act in COURSE_LIKE and dl in ("online", "hybrid", "webinar") and not f.get("assessment"):
        fl.append("NO_ASSESSMENT")  # R6
    if act in HOUR_RATED and "hours" in f and f["hours"] < 1 and "BELOW_MINIMUM_HOURS" not in fl:
        fl.append("BELOW_MINIMUM_HOURS")  # EG Institutes: a session needs 1 contact hour; I2
    if act == "certification" and f.get("hours", 0) < 50 and "hours" in f:
        fl.append("BELOW_MINIMUM_HOURS")  # MMC Advanced Education row 5: minimum 50 hours
    if doc.key:
        if doc.key in seen_keys:
            fl.append("DUPLICATE")  # R12: on the later copy
        seen_keys.add(doc.key)
    return fl


def _years(f, service=True):  # R8, I3
    if "years" in f:
        return math.floor(f["years"])
    if "start_date" in f and "end_date" in f:
        n = completed_years(f["start_date"], f["end_date"])
        return max(n, 1) if service else n
    return 1


def _degree_rule(doc, side):
    deg = doc.f["degree"].lower()
    cls = doc.s["field_class"]  # related | unrelated | arguable (R7)
    assoc = deg.startswith("associate")
    if assoc:
        if cls == "related":
            return (f"{side}.associate_related", 5.0)  # CMC Education row "Associate ... 5 points"
        return None
    if cls == "related":
        return (f"{side}.bachelor_related", 20.0)  # "Bachelor's degree or higher ... related: 20"
    if cls == "unrelated":
        return (f"{side}.bachelor_unrelated", 10.0)  # "... unrelated field: 10"
    return (f"{side}.bachelor_related", None)  # R7 arguable: reviewer


def options(doc, pk, flags):
    """Candidate (rule, points) rows; more than one = either side (R9)."""
    f, act, cmc, r10 = doc.f, doc.f.get("activity"), pk.program == "CMC", pk.region in (10, 11)
    h = f.get("hours", 0)
    noassess = "NO_ASSESSMENT" in flags
    if f.get("delivery") == "webinar" and noassess:
        return []  # R6: webinars earn nothing without an assessment
    if cmc:
        E, X = "cmc.education", "cmc.experience"
        if act == "institute":
            return (
                [(f"{X}.course", floor_half(h / 6))]
                if noassess
                else [(f"{E}.institute", floor_half(h / 2))]
            )  # 1 pt / 2 h; I9
        if act == "state_course":
            return (
                [(f"{X}.state_course", floor_half(h / 4))]
                if noassess
                else [(f"{E}.state_course", floor_half(h / 4))]
            )
        if act == "course":
            if noassess or not r10:
                return [
                    (f"{X}.course", floor_half(h / 6))
                ]  # Experience "Other courses" 1 / 6 h; R5
            return [(f"{E}.r10_course", floor_half(h / 6)), (f"{X}.course", floor_half(h / 6))]
        if act == "vocational":
            if r10:
                return [
                    (f"{E}.r10_vocational", floor_half(h / 10)),
                    (f"{X}.vocational", floor_half(h / 10)),
                ]
            return [(f"{X}.vocational", floor_half(h / 10))]  # 1 point per 10 hours of training
        if act == "annual_conference":
            p = 4.0 if _work_date(f) < "2009-01-01" else 8.0  # R3, I5
            return [(f"{E}.annual_conference", p), (f"{X}.annual_conference", p)]
        if act == "conference":  # R4
            return [(f"{X}.conference", floor_half(h / 4) if "hours" in f else float(_days(f)))]
        if act == "conference_academy":
            return [(f"{E}.conference_academy", 2.0)]
        if act == "athenian_dialogue":  # EG ****; I6
            return [(f"{E}.athenian_dialogue", 2.0 if _work_date(f) < "2013-11-23" else 3.0)]
        if act == "iimc_online":
            return [(f"{E}.iimc_online", None)]  # R6: points vary
        if act == "cd_rom":
            return [(f"{E}.cd_rom", 1.0)]
        if act == "study_abroad":
            return [(f"{E}.study_abroad", None)]
        if act == "degree":
            r = _degree_rule(doc, E)
            return [r] if r else []
        if act == "college_credits":
            u = float(f.get("credit_units", 0))
            return (
                [(f"{E}.r10_college_credits", u), (f"{X}.college_credits", u)]
                if r10
                else [(f"{X}.college_credits", u)]
            )
        if act == "employment":
            return _employment(doc)
        if act in ("committee_member", "committee_chair", "board_member"):
            return [(f"{X}.committee_member", float(_years(f)))]  # Committee Work: 1 point per year
        return []
    A, P = "mmc.advanced", "mmc.professional"
    if act == "institute":
        return (
            [(f"{P}.other_courses", floor_half(h / 6))]
            if noassess
            else [(f"{A}.academy", floor_half(h / 2))]
        )
    if act == "state_course":
        return (
            [(f"{P}.other_courses", floor_half(h / 6))]
            if noassess
            else [(f"{A}.state_course", floor_half(h / 4))]
        )
    if act == "course":
        if noassess:
            return [(f"{P}.other_courses", floor_half(h / 6))]  # R6, I9
        return [
            (f"{A}.seminar", floor_half(h / 6)),
            (f"{P}.other_courses", floor_half(h / 6)),
        ]  # AE row 9 / PC row 12
    if act == "annual_conference":
        p = 4.0 if _work_date(f) < "2009-01-01" else 8.0
        return [(f"{A}.annual_conference", p), (f"{P}.annual_conference", p)]  # AE row 8 / PC row 5
    if act == "conference":
        return [
            (f"{P}.conference", floor_half(h / 4) if "hours" in f else float(_days(f)))
        ]  # PC row 4
    if act == "conference_academy":
        return [(f"{A}.conference_academy", 2.0)]  # AE row 13
    if act == "athenian_dialogue":
        return [
            (f"{A}.athenian_dialogue", 2.0 if _work_date(f) < "2013-11-23" else 3.0)
        ]  # AE row 10
    if act == "iimc_online":
        return [(f"{A}.iimc_online", None)]
    if act == "cd_rom":
        return [(f"{A}.cd_rom", 1.0)]
    if act == "study_abroad":
        return [(f"{A}.study_abroad", None)]
    if act == "certification":
        return [(f"{A}.certification", 7.0)]  # AE row 5
    if act == "degree":
        r = _degree_rule(doc, A)
        return [r] if r else []
    if act == "college_credits":
        return [(f"{P}.college_credits", float(f.get("credit_units", 0)))]  # PC row 11
    if act == "committee_member":
        return [(f"{P}.committee_member", float(_years(f)))]  # PC row 7
    if act == "committee_chair":
        return [(f"{P}.committee_chair", 2.0 * _years(f))]  # PC row 2
    if act == "board_member":
        return [(f"{P}.board_member", 2.0 * _years(f))]  # PC row 1
    if act == "association_officer":
        return [(f"{P}.association_officer", 2.0 * _years(f))]  # PC row 3
    if act == "related_officer":
        return [(f"{P}.related_officer", 1.0 * _years(f))]  # PC row 10
    if act == "teaching_institute":  # AE row 7 / PC row 6
        return [
            (f"{A}.teaching_institute", floor_half(h / 2)),
            (f"{P}.teaching_institute", floor_half(h / 2)),
        ]
    if act == "teaching_state":
        return [
            (f"{A}.teaching_state", floor_half(h / 4)),
            (f"{P}.teaching_state", floor_half(h / 4)),
        ]
    if act == "on_the_job":
        return [(f"{P}.on_the_job", floor_half(h / 8))]  # PC row 8 (12 max, below)
    if act == "personal_accomplishment":
        return [(f"{P}.personal_accomplishment", 1.0)]  # PC row 9
    return []


def _days(f):
    if "days" in f:
        return f["days"]
    return (_d(f.get("end_date", f["start_date"])) - _d(f["start_date"])).days + 1


def _employment(doc):
    """CMC Experience Component, Work Experience table; R2; conventions 'Employment'."""
    f = doc.f
    pos = f.get("position", "").lower()
    yrs = completed_years(f["start_date"], f["end_date"])
    X = "cmc.experience"
    if any(w in pos for w in CLERK_WORDS):
        if f.get("employment_type", "full_time") == "full_time":
            if f.get("administrative") is False:
                return [(f"{X}.clerk_full_time_admin", None)]  # no row: reviewer
            return [(f"{X}.clerk_full_time_admin", 4.0 * yrs)]  # 4 per year, max 40
        if f.get("administrative") is False:
            return [(f"{X}.clerk_part_time", 1.0 * yrs)]  # 1 per year, max 30
        return [(f"{X}.clerk_part_time_admin", 2.0 * yrs)]  # 2 per year, max 40
    sec = f.get("sector")
    if sec == "local":
        return [(f"{X}.local_admin", 2.0 * yrs)]
    if sec == "state_federal":
        return [(f"{X}.state_admin", 1.0 * yrs)]
    return [(f"{X}.business_admin", 1.0 * yrs)]


CAPS = {
    "cmc.experience.clerk_full_time_admin": 40,
    "cmc.experience.clerk_part_time_admin": 40,
    "cmc.experience.clerk_part_time": 30,
    "cmc.experience.local_admin": 30,
    "cmc.experience.state_admin": 30,
    "cmc.experience.business_admin": 30,
    "cmc.education.athenian_dialogue": 18,
    "mmc.advanced.athenian_dialogue": 18,
    "mmc.professional.on_the_job": 12,
}  # I7


def category(rule):
    return {
        "cmc.education": "cmc_education",
        "cmc.experience": "cmc_experience",
        "mmc.advanced": "mmc_advanced_education",
        "mmc.professional": "mmc_professional_contribution",
    }[".".join(rule.split(".")[:2])]


def credited(program, sums):  # R10
    if program == "CMC":
        e, x = sums.get("cmc_education", 0.0), sums.get("cmc_experience", 0.0)
        return {"cmc_education": min(e, 60.0), "cmc_experience": x + max(0.0, e - 60.0)}
    a, p = sums.get("mmc_advanced_education", 0.0), sums.get("mmc_professional_contribution", 0.0)
    return {
        "mmc_advanced_education": min(a, 60.0),
        "mmc_professional_contribution": p + min(max(0.0, a - 60.0), 20.0),
    }


REQ = {
    "cmc_education": 60,
    "cmc_experience": 50,
    "mmc_advanced_education": 60,
    "mmc_professional_contribution": 40,
}


def packet_truth(pk, docs):
    seen, rows = set(), []
    for doc in docs:
        fl = flags_of(doc, pk, seen)
        opts = (
            []
            if any(x not in REVIEW_FLAGS for x in fl) or doc.extra_flags
            else options(doc, pk, fl)
        )
        rows.append([doc, fl, opts, None])
    used = {}
    for r in rows:  # fixed items, caps in packet order (I7)
        if len(r[2]) == 1:
            rule, pts = r[2][0]
            if pts is not None and rule in CAPS:
                pts = max(0.0, min(pts, CAPS[rule] - used.get(rule, 0.0)))
                used[rule] = used.get(rule, 0.0) + pts
            r[3] = (rule, pts)
    flex = [r for r in rows if len(r[2]) == 2]
    base = {}
    for r in rows:
        if r[3] and r[3][1] is not None:
            base[category(r[3][0])] = base.get(category(r[3][0]), 0.0) + r[3][1]
    best = None
    for choice in itertools.product((0, 1), repeat=len(flex)):  # R9, I10: exact search
        s = dict(base)
        for r, ch in zip(flex, choice, strict=False):
            rule, pts = r[2][ch]
            s[category(rule)] = s.get(category(rule), 0.0) + (pts or 0.0)
        cr = credited(pk.program, s)
        short = sum(max(0.0, REQ[k] - v) for k, v in cr.items())
        edu = sum((r[2][ch][1] or 0.0) for r, ch in zip(flex, choice, strict=False) if ch == 0)
        score = (short, -edu, tuple(choice))
        if best is None or score < best[0]:
            best = (score, choice)
    if flex:
        for r, ch in zip(flex, best[1], strict=False):
            r[3] = r[2][ch]
    sums = {}
    out = []
    for doc, fl, _opts, pick in rows:
        props = []
        if pick:
            rule, pts = pick
            props.append({"category": category(rule), "points": pts, "rule": rule})
            sums[category(rule)] = sums.get(category(rule), 0.0) + (pts or 0.0)
        d = {
            "source": doc.source,
            "pages": doc.pages,
            "kind": doc.kind,
            "text_source": doc.text_source,
            "fields": dict(doc.f),
            "flags": fl,
            "proposals": props,
        }
        out.append(d)
    cats = (
        ["cmc_education", "cmc_experience"]
        if pk.program == "CMC"
        else ["mmc_advanced_education", "mmc_professional_contribution"]
    )
    raw = {k: sums.get(k, 0.0) for k in cats}
    cr = credited(pk.program, raw)
    totals = {k: {"points": cr[k], "raw": raw[k], "required": REQ[k]} for k in cats}
    return out, totals
