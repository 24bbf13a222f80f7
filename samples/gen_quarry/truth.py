"""Ground truth of a packet computed from the facts its documents print.

Rates are my own reading of the Education Guidelines (EG) and the rulings (R1..R15,
docs/rulings.md), cited row by row below; the rule ids are those of scoring/rules.yaml.
Judgement calls made here, following conventions/interpretations:

- Points are floored to the half point (R1, I1); a per-hour item under 1 contact hour is
  BELOW_MINIMUM_HOURS (I2).  No packet of this set holds an item that rounds to 0.
- Completed whole years from start to end + 1 day, "to present" to the received date (R2, I3).
- Packet-wide caps per rule id in packet order (I7): employment 40/30, on-the-job 12,
  Athenian 18.  A certificate of IIMC Annual Conference attendance is full attendance (I4).
- Either-side items (annual conference, teaching, courses without review) are placed by an
  exact search for the least total shortfall after R10, ties to the education side, then
  earlier documents on the education side (R9, I10).
- Documents that earn nothing (rejected, agenda, no row) have no proposal (I16); null points
  (IIMC online course, study abroad) count 0 in the totals.
- Flags: severities by R11; a document with any reject flag earns nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
import unicodedata
from typing import Any

REVIEW_FLAGS = {"NO_ASSESSMENT", "UNREADABLE", "UNSUPPORTED_FILE"}
CREDITABLE = {"certificate", "transcript", "employment_letter", "letter"}
ONLINE_RULE = {"institute", "state_course", "course", "vocational", "athenian_dialogue",
               "cd_rom", "iimc_online", "conference_academy", "certification"}
HOURLY = {"institute", "state_course", "course", "vocational", "conference",
          "teaching_institute", "teaching_state", "on_the_job", "certification"}
CAPS = {"cmc.experience.clerk_full_time_admin": 40, "cmc.experience.clerk_part_time_admin": 40,
        "cmc.experience.clerk_part_time": 30, "cmc.experience.local_admin": 30,
        "cmc.experience.state_admin": 30, "cmc.experience.business_admin": 30,
        "mmc.professional.on_the_job": 12, "cmc.education.athenian_dialogue": 18,
        "mmc.advanced.athenian_dialogue": 18}
POSTNOMINALS = {"cmc", "mmc", "mpa", "dr", "hon", "mr", "mrs", "ms", "jr", "phd", "cpm"}
EDU = {"cmc_education", "mmc_advanced_education"}


def floor_half(x: float) -> float:
    return math.floor(2 * x + 1e-9) / 2


def name_tokens(name: str) -> frozenset[str]:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    toks = [t for t in re.split(r"[^a-z]+", s) if t]
    return frozenset(t for t in toks if len(t) > 1 and t not in POSTNOMINALS)


def family(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    toks = [t for t in re.split(r"[^a-z-]+", s.split(",")[0]) if t and t not in POSTNOMINALS]
    return toks[-1] if toks else ""


def completed_years(start: str, end: str) -> int:
    a = dt.date.fromisoformat(start)
    b = dt.date.fromisoformat(end) + dt.timedelta(days=1)
    years = b.year - a.year - (1 if (b.month, b.day) < (a.month, a.day) else 0)
    return max(0, years)


def work_date(f: dict[str, Any]) -> str | None:
    return f.get("end_date") or f.get("start_date") or f.get("degree_date") or f.get("issue_date")


def flags_for(doc: dict[str, Any], man: dict[str, Any], seen: set[str], key: str | None
              ) -> list[str]:
    kind, f = doc["kind"], doc["fields"]
    out: list[str] = []
    if doc.get("special"):
        return [doc["special"]]
    prior = man.get("prior_designation_date")
    wd = work_date(f)
    if kind == "agenda":  # R15: no flags of their own, except PREDATES where dated
        if man["program"] == "MMC" and prior and wd and wd < prior:
            out.append("PREDATES_DESIGNATION")
        return out
    if kind not in CREDITABLE:
        return out
    act = f.get("activity")
    app = man["applicant"]
    if f.get("first_person"):
        out.append("FIRST_PERSON")
    sig = f.get("signatory")
    own = [app["name"], *app.get("former_names", [])]
    is_app = sig is not None and any(name_tokens(sig) == name_tokens(n) for n in own)
    if f.get("relationship") or (sig and not is_app and family(sig) == family(app["name"])):
        out.append("RELATIVE_AUTHOR")
    nm = f.get("applicant_name")
    if nm is None:
        out.append("MISSING_NAME")
    elif not any(name_tokens(nm) == name_tokens(n) for n in own):
        out.append("NAME_MISMATCH")
    if not wd:
        out.append("MISSING_DATE")
    if act in HOURLY and "hours" not in f and "days" not in f:
        out.append("MISSING_HOURS")
    if kind == "certificate" and act != "degree" and "title" not in f:
        out.append("MISSING_TITLE")
    if kind == "letter" and "title" not in f:
        out.append("MISSING_TITLE")
    if kind == "employment_letter" and "position" not in f:
        out.append("MISSING_TITLE")
    if man["program"] == "MMC" and prior and wd and wd < prior and act != "degree":
        out.append("PREDATES_DESIGNATION")
    delivery = f.get("delivery")
    if act in ONLINE_RULE and delivery in ("online", "hybrid", "webinar") \
            and f.get("assessment") is not True:
        out.append("NO_ASSESSMENT")
    h = f.get("hours")
    if h is not None and act in ONLINE_RULE and delivery in ("online", "hybrid") and h < 4:
        out.append("BELOW_MINIMUM_HOURS")
    elif h is not None and act in HOURLY and h < 1:
        out.append("BELOW_MINIMUM_HOURS")
    elif h is not None and act == "certification" and h < 50:
        out.append("BELOW_MINIMUM_HOURS")
    if key is not None:
        if key in seen:
            out.append("DUPLICATE")
        seen.add(key)
    return out


Option = tuple[str, str, float | None]  # category, rule id, points


def options(f: dict[str, Any], man: dict[str, Any]) -> list[Option]:
    """The rows a document may take; more than one = either side (R9)."""
    act = f.get("activity")
    h = f.get("hours")
    region = man["applicant"]["region"]
    intl = region in (10, 11)
    no_assess = f.get("delivery") in ("online", "hybrid", "webinar") and not f.get("assessment")
    date = work_date(f) or "2099-01-01"
    if man["program"] == "CMC":
        E, X = "cmc_education", "cmc_experience"
        if act == "institute":  # EG CMC Education row 1: 1 point per 2 in-class hours
            return [(E, "cmc.education.institute", floor_half(h / 2))]
        if act == "state_course":  # EG CMC Education row 5: 1 per 4 h (course review)
            if no_assess:  # EG Online; CMC Experience, Continuing Education row 1
                return [(X, "cmc.experience.state_course", floor_half(h / 4))]
            return [(E, "cmc.education.state_course", floor_half(h / 4))]
        if act == "course":  # EG CMC Experience, Continuing Education row 3; R5
            opts = [(X, "cmc.experience.course", floor_half(h / 6))]
            if intl and not no_assess:  # EG CMC Regions 10-11 row 3
                opts.insert(0, (E, "cmc.education.r10_course", floor_half(h / 6)))
            return opts
        if act == "vocational":  # EG CMC Experience, Business/Vocational: 1 per 10 h
            opts = [(X, "cmc.experience.vocational", floor_half(h / 10))]
            if intl and not no_assess:  # EG CMC Regions 10-11 row 2
                opts.insert(0, (E, "cmc.education.r10_vocational", floor_half(h / 10)))
            return opts
        if act == "annual_conference":  # EG CMC Education row 6 / footnote ***, R3, I5
            p = 4.0 if date < "2009-01-01" else 8.0
            return [(E, "cmc.education.annual_conference", p),
                    (X, "cmc.experience.annual_conference", p)]
        if act == "conference":  # EG CMC Experience, Conferences row 2; R4
            p = floor_half(h / 4) if h is not None else float(f["days"])
            return [(X, "cmc.experience.conference", p)]
        if act == "athenian_dialogue":  # EG CMC Education row 7, footnote ****, I6
            return [(E, "cmc.education.athenian_dialogue", 2.0 if date < "2013-11-23" else 3.0)]
        if act == "cd_rom":  # EG CMC Education row 8
            return [(E, "cmc.education.cd_rom", 1.0)]
        if act == "iimc_online":  # EG CMC Education row 9; R6: left to a reviewer
            return [(E, "cmc.education.iimc_online", None)]
        if act == "conference_academy":  # EG CMC Education row 10
            return [(E, "cmc.education.conference_academy", 2.0)]
        if act == "study_abroad":  # EG CMC Education row 11
            return [(E, "cmc.education.study_abroad", None)]
        if act == "degree":  # EG CMC Education rows 2-4; R7
            return [(E, f"cmc.education.{f['_degree_row']}", DEGREE_POINTS[f["_degree_row"]])]
        if act == "college_credits":  # EG CMC Experience, College courses: 1 per unit
            opts = [(X, "cmc.experience.college_credits", float(f["credit_units"]))]
            if intl:  # EG CMC Regions 10-11 row 1 (education side preferred on a tie, R9)
                opts.insert(0, (E, "cmc.education.r10_college_credits",
                                float(f["credit_units"])))
            return opts
        if act == "employment":  # EG CMC Experience, Work Experience; R2, conventions
            yrs = completed_years(f["start_date"], f["end_date"])
            row, rate = employment_row(f)
            return [(X, f"cmc.experience.{row}", float(yrs * rate))]
        if act in ("committee_member", "committee_chair", "board_member"):
            return [(X, "cmc.experience.committee_member", float(service_years(f)))]
        return []
    A, P = "mmc_advanced_education", "mmc_professional_contribution"
    if act == "institute":  # EG MMC AE row 1
        return [(A, "mmc.advanced.academy", floor_half(h / 2))]
    if act == "state_course":  # EG MMC AE row 6
        return [(A, "mmc.advanced.state_course", floor_half(h / 4))]
    if act == "course":  # EG MMC AE row 9 / PC row 12; R5, R6
        pc = (P, "mmc.professional.other_courses", floor_half(h / 6))
        return [pc] if no_assess else [(A, "mmc.advanced.seminar", floor_half(h / 6)), pc]
    if act == "certification":  # EG MMC AE row 5 (minimum 50 hours of training)
        return [(A, "mmc.advanced.certification", 7.0)]
    if act == "annual_conference":  # EG MMC AE row 8 / PC row 5; R3
        p = 4.0 if date < "2009-01-01" else 8.0
        return [(A, "mmc.advanced.annual_conference", p), (P, "mmc.professional.annual_conference", p)]
    if act == "conference":  # EG MMC PC row 4; R4
        p = floor_half(h / 4) if h is not None else float(f["days"])
        return [(P, "mmc.professional.conference", p)]
    if act in ("teaching_institute", "teaching_state"):  # EG MMC AE row 7 / PC row 6
        rate = 2 if act == "teaching_institute" else 4
        p = floor_half(h / rate)
        return [(A, f"mmc.advanced.{act}", p), (P, f"mmc.professional.{act}", p)]
    if act == "degree":  # EG MMC AE rows 2-4
        return [(A, f"mmc.advanced.{f['_degree_row']}", DEGREE_POINTS[f["_degree_row"]])]
    if act == "college_credits":  # EG MMC PC row 11
        return [(P, "mmc.professional.college_credits", float(f["credit_units"]))]
    if act == "board_member":  # EG MMC PC row 1: 2 per year
        return [(P, "mmc.professional.board_member", 2.0 * service_years(f))]
    if act == "committee_chair":  # EG MMC PC row 2: 2 per year
        return [(P, "mmc.professional.committee_chair", 2.0 * service_years(f))]
    if act == "association_officer":  # EG MMC PC row 3: 2 per year
        return [(P, "mmc.professional.association_officer", 2.0 * service_years(f))]
    if act == "committee_member":  # EG MMC PC row 7: 1 per year
        return [(P, "mmc.professional.committee_member", float(service_years(f)))]
    if act == "related_officer":  # EG MMC PC row 10: 1 per year
        return [(P, "mmc.professional.related_officer", float(service_years(f)))]
    if act == "on_the_job":  # EG MMC PC row 8: 1 per 8 hours, 12 maximum
        return [(P, "mmc.professional.on_the_job", floor_half(h / 8))]
    if act == "personal_accomplishment":  # EG MMC PC row 9
        return [(P, "mmc.professional.personal_accomplishment", 1.0)]
    if act == "conference_academy":  # EG MMC AE row 13
        return [(A, "mmc.advanced.conference_academy", 2.0)]
    if act == "cd_rom":  # EG MMC AE row 12
        return [(A, "mmc.advanced.cd_rom", 1.0)]
    if act == "athenian_dialogue":  # EG MMC AE row 10, footnote *****, I6
        return [(A, "mmc.advanced.athenian_dialogue", 2.0 if date < "2013-11-23" else 3.0)]
    if act == "iimc_online":  # EG MMC AE row 11; R6: left to a reviewer
        return [(A, "mmc.advanced.iimc_online", None)]
    if act == "study_abroad":  # EG MMC AE row 14
        return [(A, "mmc.advanced.study_abroad", None)]
    return []


DEGREE_POINTS = {"bachelor_related": 20.0, "bachelor_unrelated": 10.0, "associate_related": 5.0}


def employment_row(f: dict[str, Any]) -> tuple[str, int]:
    """Conventions, Employment (R2): clerk rows by type and administrative; else sector."""
    pos = f["position"].lower()
    clerk = any(w in pos for w in ("clerk", "city secretary", "recorder"))
    if clerk:
        if f.get("employment_type") == "part_time":
            if f.get("administrative") is False:
                return "clerk_part_time", 1
            return "clerk_part_time_admin", 2
        assert f.get("administrative") is not False, "no row: avoided in this set"
        return "clerk_full_time_admin", 4
    return {"local": ("local_admin", 2), "state_federal": ("state_admin", 1),
            "business": ("business_admin", 1)}[f["sector"]]


def service_years(f: dict[str, Any]) -> int:
    """R8, I3: stated years/terms, else completed years, at least 1."""
    if "years" in f:
        return int(f["years"])
    if "start_date" in f and "end_date" in f:
        return max(1, completed_years(f["start_date"], f["end_date"]))
    return 1


def evidence_key(doc: dict[str, Any]) -> str | None:
    if doc.get("special") or doc["kind"] not in CREDITABLE:
        return None
    if doc.get("evidence"):
        return str(doc["evidence"])
    f = doc["fields"]
    return repr(tuple(f.get(k) for k in ("activity", "title", "provider", "start_date",
                                          "end_date", "hours", "position", "applicant_name",
                                          "credit_units", "degree")))


def packet_truth(man: dict[str, Any], docs: list[dict[str, Any]], description: str
                 ) -> dict[str, Any]:
    """docs: dicts with source, pages, kind, fields (may hold _hints), special, evidence."""
    docs = sorted(docs, key=lambda d: (d["source"], d["pages"][0]))
    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    choices: list[tuple[int, list[Option]]] = []
    for i, d in enumerate(docs):
        fl = flags_for(d, man, seen, evidence_key(d))
        rejected = any(x not in REVIEW_FLAGS for x in fl)
        f = d["fields"]
        webinar_nothing = f.get("delivery") == "webinar" and not f.get("assessment")
        opts = [] if (rejected or webinar_nothing or d["kind"] not in CREDITABLE
                      or d.get("special")) else options(f, man)
        if opts:
            choices.append((i, opts))
        rows.append({"source": d["source"], "pages": d["pages"], "kind": d["kind"],
                     "fields": {k: v for k, v in f.items() if not k.startswith("_")},
                     "flags": fl, "proposals": []})
    cats = (["cmc_education", "cmc_experience"] if man["program"] == "CMC"
            else ["mmc_advanced_education", "mmc_professional_contribution"])
    req = {"cmc_education": 60, "cmc_experience": 50, "mmc_advanced_education": 60,
           "mmc_professional_contribution": 40}
    best: tuple[Any, ...] | None = None
    for combo in itertools.product(*[range(len(o)) for _, o in choices]):
        placed = [(i, opts[k]) for (i, opts), k in zip(choices, combo, strict=False)]
        capped = apply_caps(placed)
        raw = {c: sum(p or 0.0 for _, (cc, _, p) in capped if cc == c) for c in cats}
        cred = credited(raw, cats)
        short = sum(max(0.0, req[c] - cred[c]) for c in cats)
        edu_side = tuple(0 if opt[0] in EDU or len(o) == 1 else 1
                         for (_, opt), (_, o) in zip(capped, choices, strict=False))
        key = (short, -raw[cats[0]], edu_side)
        if best is None or key < best[0]:
            best = (key, capped, raw, cred)
    assert best is not None
    _, capped, raw, cred = best
    for i, (cat, rule, pts) in capped:
        rows[i]["proposals"].append({"category": cat, "points": pts, "rule": rule})
    totals = {c: {"points": cred[c], "raw": raw[c], "required": req[c]} for c in cats}
    return {"description": description, "documents": rows, "totals": totals}


def apply_caps(placed: list[tuple[int, Option]]) -> list[tuple[int, Option]]:
    used: dict[str, float] = {}
    out = []
    for i, (cat, rule, pts) in placed:
        if pts is not None and rule in CAPS:
            room = CAPS[rule] - used.get(rule, 0.0)
            pts = max(0.0, min(pts, room))
            used[rule] = used.get(rule, 0.0) + pts
        out.append((i, (cat, rule, pts)))
    return out


def credited(raw: dict[str, float], cats: list[str]) -> dict[str, float]:
    """R10: CMC Education capped at 60, excess to Experience; MMC AE capped at 60, up to
    20 of the excess to Professional Contribution."""
    a, b = cats
    if a == "cmc_education":
        return {a: min(60.0, raw[a]), b: raw[b] + max(0.0, raw[a] - 60.0)}
    return {a: min(60.0, raw[a]), b: raw[b] + min(20.0, max(0.0, raw[a] - 60.0))}
