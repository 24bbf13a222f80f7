"""Ground truth from the Education Guidelines (EG) and RULINGS.md only.

Amounts are taken from the EG tables (cited per row below); floors per RULINGS.md 1,
allocation per R9 / interpretations I10, totals per R10, caps per I7."""
import datetime as dt
import itertools
import math

REVIEW = {"NO_ASSESSMENT", "UNREADABLE", "UNSUPPORTED_FILE"}  # R11; all others reject
REQUIRED = {"CMC": {"cmc_education": 60, "cmc_experience": 50},
            "MMC": {"mmc_advanced_education": 60, "mmc_professional_contribution": 40}}
RELATED = ("public administration", "urban affairs", "municipal management", "political science",
           "records management", "municipal finance", "governmental accounting", "urban planning",
           "personnel administration")
UNRELATED = ("biology", "music", "chemistry", "art", "nursing")
# Packet-wide caps (EG tables; I7): per rule id, in packet order.
CAPS = {"cmc.experience.clerk_full_time_admin": 40, "cmc.experience.clerk_part_time_admin": 40,
        "cmc.experience.clerk_part_time": 30, "cmc.experience.local_admin": 30,
        "cmc.experience.state_admin": 30, "cmc.experience.business_admin": 30,
        "cmc.education.athenian_dialogue": 18, "mmc.advanced.athenian_dialogue": 18,
        "mmc.professional.on_the_job": 12}


def floor_half(x):
    return math.floor(2 * x + 1e-9) / 2  # R1 / I1


def per_hours(h, rate):
    return 0.0 if h < 1 else floor_half(h / rate)


def completed_years(start, end):
    """Whole years of start .. end + 1 day (R2, I3)."""
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end) + dt.timedelta(days=1)
    n = b.year - a.year - ((b.month, b.day) < (a.month, a.day))
    return max(n, 0)


def _degree(f, prog):
    name = f["degree"].lower()
    assoc = name.startswith("associate")
    pre = "cmc.education." if prog == "CMC" else "mmc.advanced."
    cat = "cmc_education" if prog == "CMC" else "mmc_advanced_education"
    if any(k in name for k in RELATED):
        # EG CMC Education rows 2/4; MMC Advanced Education rows 2/4: 20 / 5 points
        return [[(cat, pre + ("associate_related" if assoc else "bachelor_related"), 5.0 if assoc else 20.0)]]
    if any(k in name for k in UNRELATED) and not assoc:
        return [[(cat, pre + "bachelor_unrelated", 10.0)]]  # EG row 3: 10 points
    if assoc:
        return []  # associate unrelated: no row
    return [[(cat, pre + "bachelor_related", None)]]  # arguable (R7): reviewer decides


def _years(f):
    if "years" in f:
        return max(1, int(f["years"]))
    if "start_date" in f:
        return max(1, completed_years(f["start_date"], f["end_date"]))
    return 1


def options(doc, m):
    """Placements of one document: a list of alternatives, each [(category, rule, points)]."""
    f, prog, a = doc["fields"], m["program"], doc["fields"].get("activity")
    h = f.get("hours", 0)
    day = f.get("end_date") or f.get("start_date") or f.get("issue_date") or "2100-01-01"
    noassess = "NO_ASSESSMENT" in doc["flags"]
    r1011 = m["applicant"]["region"] in (10, 11) and m["received_date"] >= "2011-01-01"  # I8
    if prog == "CMC":
        E, X = "cmc_education", "cmc_experience"
        if a == "institute":  # EG CMC Education row 1: 1 point per 2 in-class hours
            return [[(E, "cmc.education.institute", per_hours(h, 2))]]
        if a == "state_course":  # EG CMC Education row 5 / Experience Continuing Education row 1: 1 per 4 h
            if noassess:  # R6: only the Experience side
                return [[(X, "cmc.experience.state_course", per_hours(h, 4))]]
            return [[(E, "cmc.education.state_course", per_hours(h, 4))]]
        if a == "course":  # EG Experience "Other courses" 1 per 6 h; R10-11 Education row 3 (R5)
            alt = [[(X, "cmc.experience.course", per_hours(h, 6))]]
            return ([[(E, "cmc.education.r10_course", per_hours(h, 6))]] + alt) if r1011 else alt
        if a == "vocational":  # EG Business or Vocational: 1 per 10 h
            alt = [[(X, "cmc.experience.vocational", per_hours(h, 10))]]
            return ([[(E, "cmc.education.r10_vocational", per_hours(h, 10))]] + alt) if r1011 else alt
        if a == "college_credits":  # EG College or University Courses: 1 per credit unit
            alt = [[(X, "cmc.experience.college_credits", float(f["credit_units"]))]]
            return ([[(E, "cmc.education.r10_college_credits", float(f["credit_units"]))]] + alt) if r1011 else alt
        if a == "annual_conference":  # EG CMC Education row 6 / Experience Conferences row 1: 8, 4 before 2009 (R3, I5)
            pts = 4.0 if day < "2009-01-01" else 8.0
            return [[(E, "cmc.education.annual_conference", pts)], [(X, "cmc.experience.annual_conference", pts)]]
        if a == "conference":  # EG Experience Conferences row 2: 1 per 4 h, or 1 per day (R4)
            pts = per_hours(h, 4) if "hours" in f else float(f.get("days", 0))
            return [[(X, "cmc.experience.conference", pts)]]
        if a == "conference_academy":  # EG CMC Education: 2 points each
            return [[(E, "cmc.education.conference_academy", 2.0)]]
        if a == "athenian_dialogue":  # EG: 2 before 2013-11-23, 3 on/after (I6), 18 max
            return [[(E, "cmc.education.athenian_dialogue", 2.0 if day < "2013-11-23" else 3.0)]]
        if a == "cd_rom":  # EG CMC Education: 1 point each
            return [[(E, "cmc.education.cd_rom", 1.0)]]
        if a == "iimc_online":  # EG: points vary by course (R6: reviewer)
            return [[(E, "cmc.education.iimc_online", None)]]
        if a == "degree":
            return _degree(f, prog)
        if a in ("committee_member", "committee_chair", "board_member"):  # EG Committee Work: 1 per year
            return [[(X, "cmc.experience.committee_member", float(_years(f)))]]
        if a == "employment":
            return [[(X,) + _employment(f, m)]]
        return []
    A, P = "mmc_advanced_education", "mmc_professional_contribution"
    if a == "institute":  # EG MMC Advanced Education row 1: 1 per 2 in-class hours
        return [[(A, "mmc.advanced.academy", per_hours(h, 2))]]
    if a == "state_course":  # EG MMC AE row 6: 1 per 4 h
        return [[(A, "mmc.advanced.state_course", per_hours(h, 4))]]
    if a == "course":  # EG MMC AE row 9 / PC row 12: 1 per 6 h (R5, R9)
        pc = [[(P, "mmc.professional.other_courses", per_hours(h, 6))]]
        return pc if noassess else [[(A, "mmc.advanced.seminar", per_hours(h, 6))]] + pc
    if a == "annual_conference":  # EG MMC AE row 8 / PC row 5 (R3, I5)
        pts = 4.0 if day < "2009-01-01" else 8.0
        return [[(A, "mmc.advanced.annual_conference", pts)], [(P, "mmc.professional.annual_conference", pts)]]
    if a == "conference":  # EG MMC PC row 4: 1 per 4 h or 1 per day (R4)
        pts = per_hours(h, 4) if "hours" in f else float(f.get("days", 0))
        return [[(P, "mmc.professional.conference", pts)]]
    if a == "certification":  # EG MMC AE row 5: 7 points, 50 hours minimum
        return [[(A, "mmc.advanced.certification", 7.0 if h >= 50 else 0.0)]]
    if a == "teaching_institute":  # EG MMC AE row 7 / PC row 6: 1 per 2 h at an Institute
        return [[(A, "mmc.advanced.teaching_institute", per_hours(h, 2))],
                [(P, "mmc.professional.teaching_institute", per_hours(h, 2))]]
    if a == "teaching_state":  # EG MMC AE row 7 / PC row 6: 1 per 4 h for a state course
        return [[(A, "mmc.advanced.teaching_state", per_hours(h, 4))],
                [(P, "mmc.professional.teaching_state", per_hours(h, 4))]]
    if a == "conference_academy":  # EG MMC AE row 13: 2 points each
        return [[(A, "mmc.advanced.conference_academy", 2.0)]]
    if a == "athenian_dialogue":  # EG MMC AE row 10 and its footnote
        return [[(A, "mmc.advanced.athenian_dialogue", 2.0 if day < "2013-11-23" else 3.0)]]
    if a == "cd_rom":  # EG MMC AE row 12: 1 point each
        return [[(A, "mmc.advanced.cd_rom", 1.0)]]
    if a == "degree":
        return _degree(f, prog)
    per_year = {"board_member": ("mmc.professional.board_member", 2),  # PC row 1
                "committee_chair": ("mmc.professional.committee_chair", 2),  # PC row 2
                "association_officer": ("mmc.professional.association_officer", 2),  # PC row 3
                "committee_member": ("mmc.professional.committee_member", 1),  # PC row 7
                "related_officer": ("mmc.professional.related_officer", 1)}  # PC row 10
    if a in per_year:
        rule, rate = per_year[a]
        return [[(P, rule, float(rate * _years(f)))]]
    if a == "on_the_job":  # PC row 8: 1 per 8 h, 12 max
        return [[(P, "mmc.professional.on_the_job", per_hours(h, 8))]]
    if a == "personal_accomplishment":  # PC row 9: 1 per accomplishment
        return [[(P, "mmc.professional.personal_accomplishment", 1.0)]]
    if a == "college_credits":  # PC row 11: 1 per credit unit
        return [[(P, "mmc.professional.college_credits", float(f["credit_units"]))]]
    return []


def _employment(f, m):
    """EG CMC Experience, Work Experience rows (conventions.md, Employment)."""
    yrs = completed_years(f["start_date"], f["end_date"])
    pos = f["position"].lower()
    clerk = any(k in pos for k in ("clerk", "city secretary", "recorder"))
    part = f.get("employment_type") == "part_time"
    if clerk:
        if part:
            if f.get("administrative") is False:
                return ("cmc.experience.clerk_part_time", 1.0 * yrs)  # row 3: 1/yr, max 30
            return ("cmc.experience.clerk_part_time_admin", 2.0 * yrs)  # row 2: 2/yr, max 40
        if f.get("administrative") is False:
            return ("cmc.experience.clerk_full_time_admin", None)
        return ("cmc.experience.clerk_full_time_admin", 4.0 * yrs)  # row 1: 4/yr, max 40
    rule = {"local": ("cmc.experience.local_admin", 2.0), "state_federal": ("cmc.experience.state_admin", 1.0),
            "business": ("cmc.experience.business_admin", 1.0)}[f["sector"]]  # rows 4-6
    return (rule[0], rule[1] * yrs)


def _credited(prog, raw):
    if prog == "CMC":  # R10: Education capped at 60, excess to Experience
        e, x = raw["cmc_education"], raw["cmc_experience"]
        return {"cmc_education": min(60.0, e), "cmc_experience": x + max(0.0, e - 60)}
    a, p = raw["mmc_advanced_education"], raw["mmc_professional_contribution"]
    return {"mmc_advanced_education": min(60.0, a),
            "mmc_professional_contribution": p + min(20.0, max(0.0, a - 60))}


def _capped(props):
    used = {}
    for pr in props:
        cap = CAPS.get(pr["rule"])
        if cap is not None and pr["points"] is not None:
            left = cap - used.get(pr["rule"], 0.0)
            pr["points"] = max(0.0, min(pr["points"], left))
            used[pr["rule"]] = used.get(pr["rule"], 0.0) + pr["points"]
    return props


def score(docs, m):
    """Fill each doc's proposals and return the totals."""
    prog = m["program"]
    cats = list(REQUIRED[prog])
    opts = []
    for doc in docs:
        rejected = any(fl not in REVIEW for fl in doc["flags"])
        o = [] if rejected or not doc["fields"].get("activity") else options(doc, m)
        opts.append(o)
    choice_idx = [i for i, o in enumerate(opts) if len(o) > 1]
    best = None
    for combo in itertools.product(*[range(len(opts[i])) for i in choice_idx]):
        pick = {i: 0 for i in range(len(docs)) if opts[i]}
        pick.update(dict(zip(choice_idx, combo, strict=True)))
        props = []
        for i in sorted(pick):
            props += [dict(doc=i, category=c, rule=r, points=p) for c, r, p in opts[i][pick[i]]]
        props = _capped(props)
        raw = {c: sum((p["points"] or 0.0 for p in props if p["category"] == c), 0.0) for c in cats}
        cred = _credited(prog, raw)
        short = sum(max(0.0, REQUIRED[prog][c] - cred[c]) for c in cats)
        key = (short, -raw[cats[0]], combo)  # I10: shortfall, then education side, then earlier docs
        if best is None or key < best[0]:
            best = (key, props, raw, cred)
    _, props, raw, cred = best
    for doc in docs:
        doc["proposals"] = []
    for p in props:
        docs[p["doc"]]["proposals"].append({"category": p["category"], "points": p["points"], "rule": p["rule"]})
    return {c: {"points": cred[c], "raw": raw[c], "required": REQUIRED[prog][c]} for c in cats}
