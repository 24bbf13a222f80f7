"""Ground truth, computed here from the Education Guidelines' tables and the rulings
(written blind: no product code was read). Rule ids are those of scoring/rules.yaml."""

import datetime as dt
import itertools
import math

REJECT = {
    "FIRST_PERSON",
    "RELATIVE_AUTHOR",
    "NAME_MISMATCH",
    "MISSING_NAME",
    "MISSING_DATE",
    "MISSING_HOURS",
    "MISSING_TITLE",
    "PREDATES_DESIGNATION",
    "BELOW_MINIMUM_HOURS",
    "DUPLICATE",
}
REQUIRED = {
    "CMC": {"cmc_education": 60, "cmc_experience": 50},
    "MMC": {"mmc_advanced_education": 60, "mmc_professional_contribution": 40},
}


class Doc:
    """One document: how it is drawn (draw, spec) and what it is (kind, fields, flags).
    `extra` carries scoring facts that are not fields (e.g. degree relatedness)."""

    def __init__(self, kind, draw, spec, fields, flags=(), **extra):
        self.kind, self.draw, self.spec = kind, draw, spec
        self.fields = {k: v for k, v in fields.items() if v is not None}
        self.flags = list(flags)
        self.extra = extra
        self.source, self.pages = None, None
        self.draw_key = None  # the same key draws the same paper (a copy, a re-scan)

    def copy(self, *flags):
        """Another copy of the same paper: same text and look, more flags."""
        import copy as _copy

        other = _copy.copy(self)
        other.fields, other.flags = dict(self.fields), self.flags + list(flags)
        self.draw_key = other.draw_key = "paper:" + repr(sorted(self.fields.items()))
        return other


def floor_half(x):
    return math.floor(2 * x + 1e-9) / 2


def rate(hours, per):
    """R1/I1: floored to the half point; under 1 contact hour nothing."""
    if hours is None or hours < 1:
        return 0.0
    return floor_half(hours / per)


def whole_years(start, end):
    """R2/I3: completed whole years of start .. end + 1 day."""
    a = dt.date.fromisoformat(start)
    b = dt.date.fromisoformat(end) + dt.timedelta(days=1)
    n = b.year - a.year - ((b.month, b.day) < (a.month, a.day))
    return max(n, 0)


def options(doc, pk):
    """The (category, points, rule) choices of one document; several = either side (R9)."""
    f, prog, region = doc.fields, pk["program"], pk["applicant"]["region"]
    act, h = f.get("activity"), f.get("hours")
    r10 = region in (10, 11)
    online = f.get("delivery") in ("online", "hybrid", "webinar")
    no_assess = online and not f.get("assessment")
    if prog == "CMC":
        E, X = "cmc_education", "cmc_experience"
        if act == "institute":
            if no_assess:
                return [[(X, rate(h, 6), "cmc.experience.course")]]
            return [[(E, rate(h, 2), "cmc.education.institute")]]
        if act == "state_course":
            if no_assess:
                return [[(X, rate(h, 4), "cmc.experience.state_course")]]
            return [[(E, rate(h, 4), "cmc.education.state_course")]]
        if act == "course":
            if r10 and not no_assess:
                return [
                    [
                        (E, rate(h, 6), "cmc.education.r10_course"),
                        (X, rate(h, 6), "cmc.experience.course"),
                    ]
                ]
            return [[(X, rate(h, 6), "cmc.experience.course")]]
        if act == "vocational":
            if r10:
                return [
                    [
                        (E, rate(h, 10), "cmc.education.r10_vocational"),
                        (X, rate(h, 10), "cmc.experience.vocational"),
                    ]
                ]
            return [[(X, rate(h, 10), "cmc.experience.vocational")]]
        if act == "college_credits":
            u = f["credit_units"]
            if r10:
                return [
                    [
                        (E, floor_half(u), "cmc.education.r10_college_credits"),
                        (X, floor_half(u), "cmc.experience.college_credits"),
                    ]
                ]
            return [[(X, floor_half(u), "cmc.experience.college_credits")]]
        if act == "annual_conference":
            pts = 4.0 if (f.get("end_date") or f.get("start_date")) < "2009-01-01" else 8.0
            return [
                [
                    (E, pts, "cmc.education.annual_conference"),
                    (X, pts, "cmc.experience.annual_conference"),
                ]
            ]
        if act == "conference":
            pts = rate(h, 4) if h else float(doc.extra["days_counted"])
            return [[(X, pts, "cmc.experience.conference")]]
        if act == "conference_academy":
            return [[(E, 2.0, "cmc.education.conference_academy")]]
        if act == "athenian_dialogue":
            wd = f.get("end_date") or f.get("start_date") or f.get("issue_date")
            return [[(E, 3.0 if wd >= "2013-11-23" else 2.0, "cmc.education.athenian_dialogue")]]
        if act == "cd_rom":
            return [[(E, 1.0, "cmc.education.cd_rom")]]
        if act == "iimc_online":
            return [[(E, None, "cmc.education.iimc_online")]]
        if act == "study_abroad":
            return [[(E, None, "cmc.education.study_abroad")]]
        if act == "degree":
            rel = doc.extra["field"]
            if rel == "related":
                rid, pts = (
                    ("cmc.education.associate_related", 5.0)
                    if doc.extra.get("associate")
                    else ("cmc.education.bachelor_related", 20.0)
                )
            else:
                rid, pts = "cmc.education.bachelor_unrelated", 10.0
            return [[(E, pts, rid)]]
        if act == "employment":
            return [[(X, doc.extra["emp_points"], doc.extra["emp_rule"])]]
        if act in ("committee_member", "committee_chair", "board_member"):
            return [[(X, float(doc.extra["service_years"]), "cmc.experience.committee_member")]]
        return []
    A, P = "mmc_advanced_education", "mmc_professional_contribution"
    if act == "institute":
        if no_assess:
            return [[(P, rate(h, 6), "mmc.professional.other_courses")]]
        return [[(A, rate(h, 2), "mmc.advanced.academy")]]
    if act == "state_course":
        if no_assess:
            return [[(P, rate(h, 6), "mmc.professional.other_courses")]]
        return [[(A, rate(h, 4), "mmc.advanced.state_course")]]
    if act == "course":
        if no_assess:
            return [[(P, rate(h, 6), "mmc.professional.other_courses")]]
        return [
            [
                (A, rate(h, 6), "mmc.advanced.seminar"),
                (P, rate(h, 6), "mmc.professional.other_courses"),
            ]
        ]
    if act == "certification":
        return [[(A, 7.0, "mmc.advanced.certification")]]
    if act == "annual_conference":
        pts = 4.0 if (f.get("end_date") or f.get("start_date")) < "2009-01-01" else 8.0
        return [
            [
                (A, pts, "mmc.advanced.annual_conference"),
                (P, pts, "mmc.professional.annual_conference"),
            ]
        ]
    if act == "conference":
        pts = rate(h, 4) if h else float(doc.extra["days_counted"])
        return [[(P, pts, "mmc.professional.conference")]]
    if act == "conference_academy":
        return [[(A, 2.0, "mmc.advanced.conference_academy")]]
    if act == "athenian_dialogue":
        wd = f.get("end_date") or f.get("start_date") or f.get("issue_date")
        return [[(A, 3.0 if wd >= "2013-11-23" else 2.0, "mmc.advanced.athenian_dialogue")]]
    if act == "cd_rom":
        return [[(A, 1.0, "mmc.advanced.cd_rom")]]
    if act == "iimc_online":
        return [[(A, None, "mmc.advanced.iimc_online")]]
    if act == "study_abroad":
        return [[(A, None, "mmc.advanced.study_abroad")]]
    if act == "degree":
        if doc.extra["field"] == "related":
            rid, pts = (
                ("mmc.advanced.associate_related", 5.0)
                if doc.extra.get("associate")
                else ("mmc.advanced.bachelor_related", 20.0)
            )
        else:
            rid, pts = "mmc.advanced.bachelor_unrelated", 10.0
        return [[(A, pts, rid)]]
    if act == "college_credits":
        return [[(P, floor_half(f["credit_units"]), "mmc.professional.college_credits")]]
    if act == "teaching_institute":
        return [
            [
                (A, rate(h, 2), "mmc.advanced.teaching_institute"),
                (P, rate(h, 2), "mmc.professional.teaching_institute"),
            ]
        ]
    if act == "teaching_state":
        return [
            [
                (A, rate(h, 4), "mmc.advanced.teaching_state"),
                (P, rate(h, 4), "mmc.professional.teaching_state"),
            ]
        ]
    yrs = doc.extra.get("service_years")
    table = {
        "board_member": (2, "mmc.professional.board_member"),
        "committee_chair": (2, "mmc.professional.committee_chair"),
        "association_officer": (2, "mmc.professional.association_officer"),
        "committee_member": (1, "mmc.professional.committee_member"),
        "related_officer": (1, "mmc.professional.related_officer"),
    }
    if act in table:
        per, rid = table[act]
        return [[(P, float(per * yrs), rid)]]
    if act == "on_the_job":
        return [[(P, min(12.0, rate(h, 8)), "mmc.professional.on_the_job")]]
    if act == "personal_accomplishment":
        return [[(P, 1.0, "mmc.professional.personal_accomplishment")]]
    return []


def credited(prog, raw):
    """R10: CMC Education capped at 60, the excess to Experience; MMC Advanced capped at 60,
    up to 20 of the excess toward Professional Contribution."""
    if prog == "CMC":
        e, x = raw["cmc_education"], raw["cmc_experience"]
        return {"cmc_education": min(60.0, e), "cmc_experience": x + max(0.0, e - 60)}
    a, p = raw["mmc_advanced_education"], raw["mmc_professional_contribution"]
    return {
        "mmc_advanced_education": min(60.0, a),
        "mmc_professional_contribution": p + min(20.0, max(0.0, a - 60)),
    }


PACKET_CAPS = {  # the tables' "maximum" amounts, packet-wide per row (I7: in packet order)
    "cmc.experience.clerk_full_time_admin": 40,
    "cmc.experience.clerk_part_time_admin": 40,
    "cmc.experience.clerk_part_time": 30,
    "cmc.experience.local_admin": 30,
    "cmc.experience.state_admin": 30,
    "cmc.experience.business_admin": 30,
    "cmc.education.athenian_dialogue": 18,
    "mmc.advanced.athenian_dialogue": 18,
    "mmc.professional.on_the_job": 12,
}


def apply_caps(docs):
    used = {}
    for doc in sorted(docs, key=lambda d: (d.source, d.pages[0])):
        new = []
        for cat, pts, rid in doc.proposals:
            if rid in PACKET_CAPS and pts is not None:
                pts = max(0.0, min(pts, PACKET_CAPS[rid] - used.get(rid, 0.0)))
                used[rid] = used.get(rid, 0.0) + pts
            new.append((cat, pts, rid))
        doc.proposals = new


def compute(pk, docs):
    """Proposals per document (R9 placement by least shortfall, education side on ties) and totals."""
    req = REQUIRED[pk["program"]]
    cats = list(req)
    fixed, either = [], []
    for i, doc in enumerate(docs):
        doc.proposals = []
        if doc.kind in ("agenda", "application_form", "other"):
            continue
        if any(fl in REJECT for fl in doc.flags):
            continue
        for opt in options(doc, pk):
            (either if len(opt) > 1 else fixed).append((i, opt))
    base = {k: 0.0 for k in cats}
    for _i, opt in fixed:
        base[opt[0][0]] += opt[0][1] or 0.0
    best = None
    for choice in itertools.product(range(2), repeat=len(either)):
        raw = dict(base)
        for (_i, opt), ch in zip(either, choice, strict=False):
            raw[opt[ch][0]] += opt[ch][1] or 0.0
        cr = credited(pk["program"], raw)
        short = sum(max(0.0, req[k] - cr[k]) for k in cats)
        edu = sum((opt[ch][1] or 0) for (i, opt), ch in zip(either, choice, strict=False) if ch == 0)
        key = (short, -edu, tuple(choice))
        if best is None or key < best[0]:
            best = (key, choice)
    choice = best[1] if best else ()
    for i, opt in fixed:
        docs[i].proposals.append(opt[0])
    for (i, opt), ch in zip(either, choice, strict=False):
        docs[i].proposals.append(opt[ch])
    apply_caps(docs)
    raw = {k: 0.0 for k in cats}
    for doc in docs:
        for cat, pts, _rid in doc.proposals:
            raw[cat] += pts or 0.0
    cr = credited(pk["program"], raw)
    return {k: {"points": cr[k], "raw": raw[k], "required": req[k]} for k in cats}


def truth_json(pk, docs, description):
    totals = compute(pk, docs)
    out = []
    for doc in sorted(docs, key=lambda d: (d.source, d.pages[0])):
        out.append(
            {
                "source": doc.source,
                "pages": doc.pages,
                "kind": doc.kind,
                "fields": doc.fields,
                "flags": doc.flags,
                "proposals": [{"category": c, "points": p, "rule": r} for c, p, r in doc.proposals],
            }
        )
    return {"description": description, "documents": out, "totals": totals}
