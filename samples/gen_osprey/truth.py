"""Ground truth computed from the Education Guidelines' tables and the rulings.

Independent of the product: the amounts below are read off the guideline tables
(seeds 003), the edges off RULINGS.md / conventions / interpretations.
"""

import datetime as dt
import itertools
import math

REVIEW = {"NO_ASSESSMENT", "UNREADABLE", "UNSUPPORTED_FILE"}
ONLINE_RULE = {"institute", "state_course", "course", "vocational", "athenian_dialogue",
               "cd_rom", "iimc_online", "conference_academy", "certification"}
HOURLY = {"institute", "state_course", "course", "vocational", "conference",
          "teaching_institute", "teaching_state", "on_the_job"}

# (category, rule id, unit, points, per) per activity and program.
CE, CX, MA, MP = "cmc_education", "cmc_experience", "mmc_advanced_education", \
    "mmc_professional_contribution"
CMC = {
    "institute": [(CE, "cmc.education.institute", "hours", 1, 2)],
    "state_course": [(CE, "cmc.education.state_course", "hours", 1, 4)],
    "course": [(CX, "cmc.experience.course", "hours", 1, 6)],
    "vocational": [(CX, "cmc.experience.vocational", "hours", 1, 10)],
    "annual_conference": [(CE, "cmc.education.annual_conference", "fixed", 8, None),
                          (CX, "cmc.experience.annual_conference", "fixed", 8, None)],
    "conference": [(CX, "cmc.experience.conference", "hours_or_days", 1, 4)],
    "conference_academy": [(CE, "cmc.education.conference_academy", "each", 2, None)],
    "cd_rom": [(CE, "cmc.education.cd_rom", "each", 1, None)],
    "athenian_dialogue": [(CE, "cmc.education.athenian_dialogue", "athenian", 3, None)],
    "iimc_online": [(CE, "cmc.education.iimc_online", "null", None, None)],
    "college_credits": [(CX, "cmc.experience.college_credits", "credits", 1, 1)],
    "committee_member": [(CX, "cmc.experience.committee_member", "years", 1, 1)],
    "committee_chair": [(CX, "cmc.experience.committee_member", "years", 1, 1)],
}
CMC_R10 = {
    "course": [(CE, "cmc.education.r10_course", "hours", 1, 6),
               (CX, "cmc.experience.course", "hours", 1, 6)],
    "vocational": [(CE, "cmc.education.r10_vocational", "hours", 1, 10)],
    "college_credits": [(CE, "cmc.education.r10_college_credits", "credits", 1, 1)],
}
MMC = {
    "institute": [(MA, "mmc.advanced.academy", "hours", 1, 2)],
    "state_course": [(MA, "mmc.advanced.state_course", "hours", 1, 4)],
    "course": [(MA, "mmc.advanced.seminar", "hours", 1, 6),
               (MP, "mmc.professional.other_courses", "hours", 1, 6)],
    "annual_conference": [(MA, "mmc.advanced.annual_conference", "fixed", 8, None),
                          (MP, "mmc.professional.annual_conference", "fixed", 8, None)],
    "conference": [(MP, "mmc.professional.conference", "hours_or_days", 1, 4)],
    "certification": [(MA, "mmc.advanced.certification", "fixed", 7, None)],
    "teaching_institute": [(MA, "mmc.advanced.teaching_institute", "hours", 1, 2),
                           (MP, "mmc.professional.teaching_institute", "hours", 1, 2)],
    "teaching_state": [(MA, "mmc.advanced.teaching_state", "hours", 1, 4),
                       (MP, "mmc.professional.teaching_state", "hours", 1, 4)],
    "athenian_dialogue": [(MA, "mmc.advanced.athenian_dialogue", "athenian", 3, None)],
    "conference_academy": [(MA, "mmc.advanced.conference_academy", "each", 2, None)],
    "cd_rom": [(MA, "mmc.advanced.cd_rom", "each", 1, None)],
    "iimc_online": [(MA, "mmc.advanced.iimc_online", "null", None, None)],
    "committee_member": [(MP, "mmc.professional.committee_member", "years", 1, 1)],
    "committee_chair": [(MP, "mmc.professional.committee_chair", "years", 2, 1)],
    "board_member": [(MP, "mmc.professional.board_member", "years", 2, 1)],
    "association_officer": [(MP, "mmc.professional.association_officer", "years", 2, 1)],
    "related_officer": [(MP, "mmc.professional.related_officer", "years", 1, 1)],
    "on_the_job": [(MP, "mmc.professional.on_the_job", "hours", 1, 8)],
    "personal_accomplishment": [(MP, "mmc.professional.personal_accomplishment", "each",
                                 1, None)],
    "college_credits": [(MP, "mmc.professional.college_credits", "credits", 1, 1)],
}
RELATED = ["public administration", "urban affairs", "municipal management",
           "political science", "records management", "municipal finance",
           "governmental accounting", "urban planning", "personnel administration"]
UNRELATED = ["biology", "music", "chemistry", "art", "nursing"]
CAPS = {"cmc.experience.clerk_full_time_admin": 40, "cmc.experience.clerk_part_time_admin": 40,
        "cmc.experience.clerk_part_time": 30, "cmc.experience.local_admin": 30,
        "cmc.experience.state_admin": 30, "cmc.experience.business_admin": 30,
        "cmc.education.athenian_dialogue": 18, "mmc.advanced.athenian_dialogue": 18,
        "mmc.professional.on_the_job": 12}
EDUCATION_SIDE = {CE, MA}


def floor_half(x):
    return math.floor(2 * x + 1e-9) / 2


def day(s):
    return dt.date.fromisoformat(s)


def whole_years(start, end):
    a, b = day(start), day(end) + dt.timedelta(days=1)
    n = b.year - a.year
    if (b.month, b.day) < (a.month, a.day):
        n -= 1
    return max(n, 0)


def work_date(f):
    return f.get("end_date") or f.get("start_date") or f.get("issue_date") \
        or f.get("degree_date")


def computed_flags(doc, manifest):
    f, out = doc.fields, []
    act = f.get("activity")
    prior = manifest.get("prior_designation_date")
    if manifest["program"] == "MMC" and prior and act != "degree" and \
            (act or doc.kind == "agenda"):
        wd = work_date(f)
        if wd and wd < prior:
            out.append("PREDATES_DESIGNATION")
    if act in ONLINE_RULE and f.get("delivery") in ("online", "hybrid") and \
            f.get("hours") is not None and f["hours"] < 4:
        out.append("BELOW_MINIMUM_HOURS")
    elif act in HOURLY and f.get("hours") is not None and f["hours"] < 1:
        out.append("BELOW_MINIMUM_HOURS")
    if act in ONLINE_RULE and f.get("delivery") in ("online", "hybrid", "webinar") and \
            f.get("assessment") is not True:
        out.append("NO_ASSESSMENT")
    return out


def employment_row(f):
    pos = f["position"].lower()
    clerk = any(k in pos for k in ("clerk", "city secretary", "recorder"))
    ftype = f.get("employment_type", "full_time")
    if clerk:
        if ftype == "full_time":
            return ("cmc.experience.clerk_full_time_admin", 4) if f.get("administrative", True) \
                else (None, None)
        if f.get("administrative") is False:
            return "cmc.experience.clerk_part_time", 1
        return "cmc.experience.clerk_part_time_admin", 2
    return {"local": ("cmc.experience.local_admin", 2),
            "state_federal": ("cmc.experience.state_admin", 1),
            "business": ("cmc.experience.business_admin", 1)}[f["sector"]]


def degree_rows(f, program):
    deg = f["degree"].lower()
    side = CE if program == "CMC" else MA
    base = "cmc.education." if program == "CMC" else "mmc.advanced."
    associate = deg.startswith("associate")
    if any(k in deg for k in RELATED):
        return [(side, base + ("associate_related" if associate else "bachelor_related"),
                 5.0 if associate else 20.0)]
    if any(k in deg for k in UNRELATED):
        return [] if associate else [(side, base + "bachelor_unrelated", 10.0)]
    return [(side, base + ("associate_related" if associate else "bachelor_related"), None)]


def amount(unit, pts, per, f):
    if unit == "fixed":
        wd = work_date(f)
        if pts == 8 and wd and wd < "2009-01-01":
            return 4.0
        return float(pts)
    if unit == "each":
        return float(pts)
    if unit == "null":
        return None
    if unit == "athenian":
        return 3.0 if work_date(f) >= "2013-11-23" else 2.0
    if unit == "credits":
        return floor_half(f["credit_units"] * pts / per)
    if unit == "years":
        yrs = f.get("years")
        if yrs is None:
            yrs = max(1, whole_years(f["start_date"], f["end_date"])) if f.get("start_date") \
                else 1
        return floor_half(math.floor(yrs) * pts / per)
    if unit in ("hours", "hours_or_days"):
        if f.get("hours") is not None:
            return floor_half(f["hours"] * pts / per)
        if f.get("days") is not None:
            return float(f["days"])
        return float((day(f["end_date"]) - day(f["start_date"])).days + 1)
    raise ValueError(unit)


def candidates(doc, manifest):
    """The rows a document may take: [(category, rule, points)]."""
    f, prog = doc.fields, manifest["program"]
    act = f.get("activity")
    if act is None:
        return []
    if act == "degree":
        return degree_rows(f, prog)
    if act == "employment":
        if prog != "CMC":
            return []
        rule, rate = employment_row(f)
        if rule is None:
            return [(CX, "cmc.experience.clerk_full_time_admin", None)]
        return [(CX, rule, float(whole_years(f["start_date"], f["end_date"]) * rate))]
    table = dict(CMC if prog == "CMC" else MMC)
    if prog == "CMC" and manifest["applicant"]["region"] in (10, 11):
        table.update(CMC_R10)
    rows = table.get(act, [])
    if f.get("delivery") in ("online", "hybrid", "webinar") and f.get("assessment") is not True:
        if f["delivery"] == "webinar":
            return []
        rows = [r for r in rows if r[0] not in EDUCATION_SIDE]
    return [(cat, rule, amount(unit, pts, per, f)) for cat, rule, unit, pts, per in rows]


def credited(program, sums):
    if program == "CMC":
        e, x = sums.get(CE, 0.0), sums.get(CX, 0.0)
        return {CE: min(60.0, e), CX: x + max(0.0, e - 60.0)}
    a, p = sums.get(MA, 0.0), sums.get(MP, 0.0)
    return {MA: min(60.0, a), MP: p + min(20.0, max(0.0, a - 60.0))}


REQUIRED = {CE: 60, CX: 50, MA: 60, MP: 40}


def apply_caps(chosen):
    """chosen: [(idx, cat, rule, pts)] in packet order -> points after per-rule caps."""
    used, out = {}, []
    for idx, cat, rule, pts in chosen:
        if pts is not None and rule in CAPS:
            left = CAPS[rule] - used.get(rule, 0.0)
            pts = max(0.0, min(pts, left))
            used[rule] = used.get(rule, 0.0) + pts
        out.append((idx, cat, rule, pts))
    return out


def allocate(program, options):
    """options: [(idx, [(cat, rule, pts), ...])]; exact search (R9, I10)."""
    best, best_key = None, None
    for combo in itertools.product(*[opts for _, opts in options]):
        chosen = apply_caps([(idx, *row) for (idx, _), row in zip(options, combo, strict=True)])
        sums = {}
        for _, cat, _, pts in chosen:
            sums[cat] = sums.get(cat, 0.0) + (pts or 0.0)
        cred = credited(program, sums)
        shortfall = sum(max(0.0, REQUIRED[c] - v) for c, v in cred.items())
        edu = sum(p or 0.0 for _, c, _, p in chosen if c in EDUCATION_SIDE)
        order = tuple(0 if c in EDUCATION_SIDE else 1 for _, c, _, _ in chosen)
        key = (shortfall, -edu, order)
        if best_key is None or key < best_key:
            best, best_key = chosen, key
    return best or []


def packet_truth(packet, placed):
    """placed: [(source, pages, doc)] in packet order -> the truth.json dict."""
    man = packet.manifest
    docs, options = [], []
    for i, (source, pages, doc) in enumerate(placed):
        flags = list(doc.flags)
        for code in computed_flags(doc, man):
            if code not in flags:
                flags.append(code)
        docs.append({"source": source, "pages": pages, "kind": doc.kind,
                     "fields": dict(doc.fields), "flags": flags, "proposals": []})
        if any(fl not in REVIEW for fl in flags) or {"UNREADABLE", "UNSUPPORTED_FILE"} & set(flags):
            continue
        rows = candidates(doc, man)
        if rows:
            options.append((i, rows))
    chosen = allocate(man["program"], options)
    sums = {}
    for idx, cat, rule, pts in chosen:
        docs[idx]["proposals"].append({"category": cat, "points": pts, "rule": rule})
        sums[cat] = sums.get(cat, 0.0) + (pts or 0.0)
    cats = [CE, CX] if man["program"] == "CMC" else [MA, MP]
    cred = credited(man["program"], sums)
    totals = {c: {"points": cred[c], "raw": sums.get(c, 0.0), "required": REQUIRED[c]}
              for c in cats}
    return {"description": packet.description, "documents": docs, "totals": totals}
