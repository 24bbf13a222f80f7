"""The expected reading of each document: flags, proposals and packet totals, worked out
by hand from the IIMC Education Guidelines ("EG") and the department's rulings ("R1".."R15").

The rates are written here from the guideline tables, each with its table and row, not
taken from the product. Rule ids are the names of those rows in the rule-id list.

Judgement calls where the guidelines and rulings leave room (also in the set's README):

1. A CMC item that may count on either side (Annual Conference; in Regions 10-11 a course
   without review, a vocational course, college credits) always goes to CMC Education:
   because Education's excess spills to Experience (R10), the education side is never
   worse, and ties prefer it (R9).
2. For MMC either-side items (Annual Conference, teaching, courses without review) every
   placement is tried; the least total shortfall after R10 wins, ties go to the one with
   the most raw Advanced Education points, then to earlier documents on that side.
3. A certificate of IIMC Annual Conference attendance is full attendance (R3): 8 points,
   4 before 2009, whatever hours it lists.
4. An online or hybrid course without a stated assessment is NO_ASSESSMENT (review) and is
   scored on the Experience / Professional Contribution side at the same rate where the
   guidelines give one (CMC Experience "Continuing education courses through State/
   Provincial courses (with Course Review)" for a reviewed state course, CMC Experience
   "Other courses" / MMC PC row 12 for a course without review). A webinar without an
   assessment is NO_ASSESSMENT and earns nothing (R6): no proposal.
5. A document that carries a reject flag gets no proposal (R11, I16); agendas,
   application forms and other papers get none either (R15).
6. Employment counts whole completed years of start .. end + 1 day (R2); "to present" ends
   on the manifest's received date. Caps (40 / 30 per row) are applied per rule id in
   packet order.
7. Service letters count the years they state in words, else completed years of the span,
   at least one (R8).
8. A diploma and the transcript conferring the same degree are one piece of evidence: the
   later in packet order is DUPLICATE.
9. A re-scan (a photo) of a certificate already in the packet is DUPLICATE on the later file.
10. Null amounts (IIMC online courses) count 0 in the totals.
11. Service on the IIMC Foundation Board counts, for the CMC, on the one Committee Work row
    ("IIMC, IIMC Foundation or Municipal Clerks Association Committee member", 1 per year);
    a state association's board is not the IIMC board, so no such letter is in the set.
12. `relationship` records the word the letter uses for the applicant ("my wife" -> wife);
    a signatory who shares the applicant's family name without stating a relationship is
    RELATIVE_AUTHOR too, with no `relationship` field.
13. An online course under 4 hours is BELOW_MINIMUM_HOURS only (no NO_ASSESSMENT beside
    it: it earns nothing either way). Employment letters in an MMC packet earn nothing
    (EG: no credit for time on the job) and get no proposal.
"""
from __future__ import annotations

import datetime as dt
import itertools
import math

from dateutil.relativedelta import relativedelta

REJECT_LESS = {"NO_ASSESSMENT", "UNREADABLE", "UNSUPPORTED_FILE"}
KINDS = {"certificate", "transcript", "employment_letter", "letter", "agenda", "application_form", "other"}
FLAG_CODES = {"FIRST_PERSON", "RELATIVE_AUTHOR", "NAME_MISMATCH", "MISSING_NAME", "MISSING_DATE",
              "MISSING_HOURS", "MISSING_TITLE", "PREDATES_DESIGNATION", "NO_ASSESSMENT",
              "BELOW_MINIMUM_HOURS", "DUPLICATE", "UNREADABLE", "UNSUPPORTED_FILE"}
CATEGORIES = {"CMC": ("cmc_education", "cmc_experience"), "MMC": ("mmc_advanced_education", "mmc_professional_contribution")}
REQUIRED = {"cmc_education": 60, "cmc_experience": 50, "mmc_advanced_education": 60, "mmc_professional_contribution": 40}

# Activities whose rows are rated per hour (or need hours): a certificate without hours is
# MISSING_HOURS (EG "Supporting documentation contains ... the hours spent").
HOURLY = {"institute", "state_course", "course", "vocational", "conference", "teaching_institute",
          "teaching_state", "on_the_job", "certification"}
# Activities under the online learning guidelines (EG "Online Learning Guidelines").
ONLINE_RULE = {"institute", "state_course", "course", "vocational", "conference_academy",
               "athenian_dialogue", "iimc_online", "cd_rom", "certification"}
CLERK_WORDS = ("clerk", "city secretary", "recorder")


def floor_half(x: float) -> float:
    """R1: points are floored to the half point."""
    return math.floor(2 * x + 1e-9) / 2


def completed_years(start: str, end: str) -> int:
    """R2/I3: whole years of start .. end + 1 day."""
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end) + dt.timedelta(days=1)
    return relativedelta(b, a).years


def work_date(f: dict) -> str | None:
    return f.get("end_date") or f.get("start_date") or f.get("degree_date") or f.get("issue_date")


def _days(f: dict) -> float:
    if "days" in f:
        return f["days"]
    a, b = dt.date.fromisoformat(f["start_date"]), dt.date.fromisoformat(f["end_date"])
    return (b - a).days + 1


def options(doc: dict, program: str, region: int) -> list[list[tuple[str, str, float | None]]]:
    """The rows a document may take: a list of alternatives, each a list of
    (category, rule id, points) proposals."""
    f = doc["fields"]
    act = f.get("activity")
    hours = f.get("hours")
    online_no_assess = f.get("delivery") in ("online", "hybrid") and f.get("assessment") is not True
    intl = region in (10, 11)
    if program == "CMC":
        e, x = "cmc_education", "cmc_experience"
        if act == "institute":  # EG CMC Education table, row 1: 1 point per 2 in-class contact hours
            if online_no_assess:  # judgement 4: no experience institute row; "Other courses" 1 per 6 hours
                return [[(x, "cmc.experience.course", floor_half(hours / 6))]]
            return [[(e, "cmc.education.institute", floor_half(hours / 2))]]
        if act == "state_course":  # EG CMC Education, State/National/Provincial course with review: 1 per 4 hours
            if online_no_assess:  # EG CMC Experience, Continuing education (with Course Review): 1 per 4 hours
                return [[(x, "cmc.experience.state_course", floor_half(hours / 4))]]
            return [[(e, "cmc.education.state_course", floor_half(hours / 4))]]
        if act == "course":  # EG CMC Experience, "Other courses" without Course Review: 1 per 6 hours (R5)
            pts = floor_half(hours / 6)
            alts = [[(x, "cmc.experience.course", pts)]]
            if intl and not online_no_assess:  # EG CMC Education (Regions 10-11), Miscellaneous courses: 1 per 6 hours
                alts.insert(0, [(e, "cmc.education.r10_course", pts)])
            return alts
        if act == "vocational":  # EG CMC Experience, Business or Vocational: 1 per 10 hours
            pts = floor_half(hours / 10)
            alts = [[(x, "cmc.experience.vocational", pts)]]
            if intl:  # EG CMC Education (Regions 10-11), Business or Vocational School: 1 per 10 hours
                alts.insert(0, [(e, "cmc.education.r10_vocational", pts)])
            return alts
        if act == "annual_conference":  # EG CMC Education "IIMC Annual Conference": up to 8 (4 before 2009), R3
            pts = 4.0 if work_date(f) < "2009-01-01" else 8.0
            return [[(e, "cmc.education.annual_conference", pts)], [(x, "cmc.experience.annual_conference", pts)]]
        if act == "conference":  # EG CMC Experience, Regional Meeting / association conference: 1 per 4 h or 1 per day (R4)
            pts = floor_half(hours / 4) if hours is not None else float(_days(f))
            return [[(x, "cmc.experience.conference", pts)]]
        if act == "conference_academy":  # EG CMC Education, Annual Conference Academy Sessions: 2 points each
            return [[(e, "cmc.education.conference_academy", 2.0)]]
        if act == "athenian_dialogue":  # EG CMC Education, Athenian Dialogue: 3 each (2 before 2013-11-23)
            return [[(e, "cmc.education.athenian_dialogue", 2.0 if work_date(f) < "2013-11-23" else 3.0)]]
        if act == "cd_rom":  # EG CMC Education, IIMC CD Rom Courses: 1 point each
            return [[(e, "cmc.education.cd_rom", 1.0)]]
        if act == "iimc_online":  # EG CMC Education, IIMC Online Courses: points vary by course (R6: reviewer)
            return [[(e, "cmc.education.iimc_online", None)]]
        if act == "degree":  # EG CMC Education, Bachelor's related 20 / unrelated 10 / Associate related 5 (R7)
            return [[(e, doc["degree_rule"].replace("*", "cmc.education"), doc["degree_points"])]]
        if act == "college_credits":  # EG CMC Experience, College or University Courses: 1 per credit unit
            pts = float(f["credit_units"])
            alts = [[(x, "cmc.experience.college_credits", pts)]]
            if intl:  # EG CMC Education (Regions 10-11): relevant credits not used for a degree, 1 per credit unit
                alts.insert(0, [(e, "cmc.education.r10_college_credits", pts)])
            return alts
        if act == "employment":  # EG CMC Experience, Work Experience table (R2)
            return [[(x, employment_rule(f), None)]]
        if act in ("committee_member", "committee_chair", "board_member"):  # EG CMC Experience, Committee Work: 1 per year
            return [[(x, "cmc.experience.committee_member", float(service_years(f)))]]
        return []
    a, p = "mmc_advanced_education", "mmc_professional_contribution"
    if act == "institute":  # EG MMC Advanced Education row 1: Academy, 1 point per 2 in-class contact hours
        return [[(a, "mmc.advanced.academy", floor_half(hours / 2))]]
    if act == "state_course":  # EG MMC Advanced Education row 6: 1 per 4 hours with course review
        return [[(a, "mmc.advanced.state_course", floor_half(hours / 4))]]
    if act == "course":  # EG MMC AE row 9 "Professionally-related seminars" 1 per 6 h, or PC row 12 1 per 6 h (R5)
        pts = floor_half(hours / 6)
        if online_no_assess:  # EG Online Learning Guidelines: only Professional Contribution
            return [[(p, "mmc.professional.other_courses", pts)]]
        return [[(a, "mmc.advanced.seminar", pts)], [(p, "mmc.professional.other_courses", pts)]]
    if act == "annual_conference":  # EG MMC AE row 8 / PC row 5: up to 8 points per conference (R3)
        pts = 4.0 if work_date(f) < "2009-01-01" else 8.0
        return [[(a, "mmc.advanced.annual_conference", pts)], [(p, "mmc.professional.annual_conference", pts)]]
    if act == "conference":  # EG MMC PC row 4: 1 per 4 verifiable hours, or 1 per day (R4)
        pts = floor_half(hours / 4) if hours is not None else float(_days(f))
        return [[(p, "mmc.professional.conference", pts)]]
    if act == "conference_academy":  # EG MMC AE row 13: 2 points each
        return [[(a, "mmc.advanced.conference_academy", 2.0)]]
    if act == "athenian_dialogue":  # EG MMC AE row 10: 3 each (2 before 2013-11-23), 18 maximum
        return [[(a, "mmc.advanced.athenian_dialogue", 2.0 if work_date(f) < "2013-11-23" else 3.0)]]
    if act == "iimc_online":  # EG MMC AE row 11: points vary by program (R6: reviewer)
        return [[(a, "mmc.advanced.iimc_online", None)]]
    if act == "cd_rom":  # EG MMC AE row 12: 1 point each
        return [[(a, "mmc.advanced.cd_rom", 1.0)]]
    if act == "certification":  # EG MMC AE row 5: 7 points (minimum 50 hours of training)
        return [[(a, "mmc.advanced.certification", 7.0)]]
    if act == "degree":  # EG MMC AE rows 2-4
        return [[(a, doc["degree_rule"].replace("*", "mmc.advanced"), doc["degree_points"])]]
    if act == "college_credits":  # EG MMC PC row 11: 1 per credit unit
        return [[(p, "mmc.professional.college_credits", float(f["credit_units"]))]]
    if act == "teaching_institute":  # EG MMC AE row 7 / PC row 6: 1 per 2 hours at an Institute/Academy
        pts = floor_half(hours / 2)
        return [[(a, "mmc.advanced.teaching_institute", pts)], [(p, "mmc.professional.teaching_institute", pts)]]
    if act == "teaching_state":  # EG MMC AE row 7 / PC row 6: 1 per 4 hours for a State/Provincial course
        pts = floor_half(hours / 4)
        return [[(a, "mmc.advanced.teaching_state", pts)], [(p, "mmc.professional.teaching_state", pts)]]
    per_year = {"board_member": ("mmc.professional.board_member", 2.0),  # EG MMC PC row 1: 2 per year
                "committee_chair": ("mmc.professional.committee_chair", 2.0),  # PC row 2: 2 per year
                "association_officer": ("mmc.professional.association_officer", 2.0),  # PC row 3: 2 per year
                "committee_member": ("mmc.professional.committee_member", 1.0),  # PC row 7: 1 per year
                "related_officer": ("mmc.professional.related_officer", 1.0)}  # PC row 10: 1 per year
    if act in per_year:
        rule, rate = per_year[act]
        return [[(p, rule, rate * service_years(f))]]
    if act == "on_the_job":  # EG MMC PC row 8: 1 per 8 hours, 12 maximum
        return [[(p, "mmc.professional.on_the_job", floor_half(hours / 8))]]
    if act == "personal_accomplishment":  # EG MMC PC row 9: 1 per accomplishment
        return [[(p, "mmc.professional.personal_accomplishment", 1.0)]]
    return []


def service_years(f: dict) -> int:
    """R8 / I3: stated years, else completed years of the span, at least one."""
    if "years" in f:
        return int(f["years"])
    if "start_date" in f and "end_date" in f:
        return max(1, completed_years(f["start_date"], f["end_date"]))
    return 1


def employment_rule(f: dict) -> str:
    """EG CMC Experience, Work Experience rows, chosen as the conventions say."""
    clerk = any(w in f["position"].lower() for w in CLERK_WORDS)
    if clerk:
        if f.get("employment_type") == "part_time":
            return "cmc.experience.clerk_part_time" if f.get("administrative") is False else "cmc.experience.clerk_part_time_admin"
        return "cmc.experience.clerk_full_time_admin"
    return {"local": "cmc.experience.local_admin", "state_federal": "cmc.experience.state_admin",
            "business": "cmc.experience.business_admin"}[f["sector"]]


# EG CMC Experience, Work Experience: points per year and maximum per row.
EMPLOYMENT_RATES = {"cmc.experience.clerk_full_time_admin": (4, 40), "cmc.experience.clerk_part_time_admin": (2, 40),
                    "cmc.experience.clerk_part_time": (1, 30), "cmc.experience.local_admin": (2, 30),
                    "cmc.experience.state_admin": (1, 30), "cmc.experience.business_admin": (1, 30)}
# Packet-wide caps (I7): EG MMC PC row 8 (12), Athenian Dialogues (18).
CAPS = {"mmc.professional.on_the_job": 12, "cmc.education.athenian_dialogue": 18, "mmc.advanced.athenian_dialogue": 18}


def auto_flags(doc: dict, packet: dict) -> list[str]:
    """The flags that follow from the fields alone (the others are set by the packet's author)."""
    f, kind = doc["fields"], doc["kind"]
    act = f.get("activity")
    flags: list[str] = []
    if packet["program"] == "MMC" and kind != "application_form" and act != "degree":
        d = work_date(f)
        if d and d < packet["prior_designation_date"] and (act or kind == "agenda"):
            flags.append("PREDATES_DESIGNATION")
    if not act:
        return flags
    if "applicant_name" not in f:
        flags.append("MISSING_NAME")
    if not work_date(f):
        flags.append("MISSING_DATE")
    if kind == "employment_letter" and "position" not in f:
        flags.append("MISSING_TITLE")
    if kind in ("certificate", "letter") and act != "degree" and "title" not in f:
        flags.append("MISSING_TITLE")
    hours = f.get("hours")
    if act in HOURLY and hours is None and not (act == "conference" and ("days" in f or "start_date" in f)):
        flags.append("MISSING_HOURS")
    if hours is not None and act in HOURLY:
        if act in ONLINE_RULE and f.get("delivery") in ("online", "hybrid") and hours < 4:
            flags.append("BELOW_MINIMUM_HOURS")
        elif hours < 1:
            flags.append("BELOW_MINIMUM_HOURS")
    if act in ONLINE_RULE and f.get("delivery") in ("online", "hybrid", "webinar") and f.get("assessment") is not True \
            and "BELOW_MINIMUM_HOURS" not in flags:
        flags.append("NO_ASSESSMENT")
    return flags


def _totals(program: str, raw: dict[str, float]) -> dict:
    """R10: credited totals after the CMC spill-over or the MMC combination points."""
    first, second = CATEGORIES[program]
    r1, r2 = raw[first], raw[second]
    c1 = min(60.0, r1)
    if program == "CMC":
        c2 = r2 + max(0.0, r1 - 60)
    else:
        c2 = r2 + min(20.0, max(0.0, r1 - 60))
    return {first: {"points": c1, "raw": r1, "required": REQUIRED[first]},
            second: {"points": c2, "raw": r2, "required": REQUIRED[second]}}


def score_packet(docs: list[dict], packet: dict) -> tuple[list[list[dict]], dict]:
    """Flags are already on the documents; returns each document's proposals and the totals."""
    program, region = packet["program"], packet["applicant"]["region"]
    first, second = CATEGORIES[program]
    alts: list[list] = []
    for doc in docs:
        if any(fl not in REJECT_LESS for fl in doc["flags"]) or doc["kind"] in ("agenda", "application_form", "other"):
            alts.append([[]])
            continue
        if "NO_ASSESSMENT" in doc["flags"] and doc["fields"].get("delivery") == "webinar":
            alts.append([[]])
            continue
        alts.append(options(doc, program, region) or [[]])
    best = None
    for choice in itertools.product(*[range(len(a)) for a in alts]):
        props = [list(alts[i][k]) for i, k in enumerate(choice)]
        props = _apply_amounts(docs, props, packet)
        raw = {first: 0.0, second: 0.0}
        for plist in props:
            for cat, _, pts in plist:
                raw[cat] += pts or 0.0
        tot = _totals(program, raw)
        shortfall = sum(max(0.0, t["required"] - t["points"]) for t in tot.values())
        key = (shortfall, -raw[first], tuple(0 if (pl and pl[0][0] == first) else 1 for pl in props))
        if best is None or key < best[0]:
            best = (key, props, tot)
    _, props, tot = best
    return [[{"category": c, "points": p, "rule": r} for c, r, p in pl] for pl in props], tot


def _apply_amounts(docs: list[dict], props: list[list], packet: dict) -> list[list]:
    """Employment amounts and packet-wide caps, in packet order (I7)."""
    used: dict[str, float] = {}
    out = []
    for doc, plist in zip(docs, props, strict=True):
        new = []
        for cat, rule, pts in plist:
            cap = None
            if rule in EMPLOYMENT_RATES:
                f = doc["fields"]
                rate, cap = EMPLOYMENT_RATES[rule]
                pts = float(rate * completed_years(f["start_date"], f["end_date"]))
            cap = CAPS.get(rule, cap)
            if cap is not None and pts is not None:
                pts = max(0.0, min(pts, cap - used.get(rule, 0.0)))
                used[rule] = used.get(rule, 0.0) + pts
            new.append((cat, rule, pts))
        out.append(new)
    return out
