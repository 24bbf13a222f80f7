"""Ground truth of a sample packet, computed from the values the generator drew.

This is an independent, deliberately plain implementation of docs/conventions.md and
shared/RULINGS.md (it does not import scoring/ or extractors/): flags from the drawn
fields, then one proposal per credited document, then the credited totals.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

REVIEW_FLAGS = {"NO_ASSESSMENT", "UNREADABLE", "UNSUPPORTED_FILE"}
CREDIT_KINDS = {"certificate", "transcript", "employment_letter", "letter"}
HOUR_RATED = {
    "institute",
    "state_course",
    "course",
    "vocational",
    "teaching_institute",
    "teaching_state",
    "on_the_job",
    "certification",
}
CLERK_WORDS = re.compile(r"\b(clerk|city secretary|recorder)\b", re.I)
ATHENIAN_CHANGE = dt.date(2013, 11, 23)
R10_START = dt.date(2011, 1, 1)

REQUIRED = {
    "CMC": {"cmc_education": 60, "cmc_experience": 50},
    "MMC": {"mmc_advanced_education": 60, "mmc_professional_contribution": 40},
}
CAPS = {
    "cmc.education.athenian_dialogue": 18,
    "mmc.advanced.athenian_dialogue": 18,
    "mmc.professional.on_the_job": 12,
    "cmc.experience.clerk_full_time_admin": 40,
    "cmc.experience.clerk_part_time_admin": 40,
    "cmc.experience.clerk_part_time": 30,
    "cmc.experience.local_admin": 30,
    "cmc.experience.state_admin": 30,
    "cmc.experience.business_admin": 30,
}


@dataclass
class Doc:
    """One document of a sample packet: its truth fields plus how to draw it."""

    kind: str
    fields: dict[str, Any]
    render: str = ""
    seed: int = 0
    opts: dict[str, Any] = field(default_factory=dict)
    duplicate_of: Doc | None = None  # a later copy of that document (DUPLICATE)
    unreadable: bool = False
    bad: str | None = None  # UNSUPPORTED_FILE: how the file is broken
    # filled by the generator / truth computation
    source: str = ""
    pages: list[int] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    proposals: list[dict[str, Any]] = field(default_factory=list)

    def date(self, name: str) -> dt.date | None:
        v = self.fields.get(name)
        return dt.date.fromisoformat(v) if v else None

    def as_truth(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "pages": self.pages,
            "kind": self.kind,
            "fields": self.fields,
            "flags": self.flags,
            "proposals": self.proposals,
        }


def floor_half(x: float) -> float:
    return math.floor(2 * x + 1e-9) / 2


def name_key(name: str) -> frozenset[str]:
    """Tokens of a name without accents, punctuation, initials, titles and post-nominals."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    toks = re.findall(r"[a-z]+", s)
    drop = {"cmc", "mmc", "mpa", "ms", "mrs", "mr", "dr", "jr", "sr"}
    return frozenset(t for t in toks if len(t) > 1 and t not in drop)


def family_name(name: str) -> str:
    s = name.strip()
    if "," in s:
        return s.split(",")[0].strip().split()[-1].lower()
    toks = [
        t
        for t in re.findall(r"[A-Za-z'\-]+", s)
        if t.lower() not in {"cmc", "mmc", "mpa", "jr", "sr"}
    ]
    return toks[-1].lower() if toks else ""


def completed_years(start: dt.date, end: dt.date) -> int:
    """Whole completed years, end inclusive (R2)."""
    e = end + dt.timedelta(days=1)
    y = e.year - start.year - ((e.month, e.day) < (start.month, start.day))
    return max(y, 0)


# ---------------------------------------------------------------- flags


def work_date(d: Doc) -> dt.date | None:
    for k in ("end_date", "start_date", "degree_date", "issue_date"):
        if d.fields.get(k):
            return d.date(k)
    return None


def compute_flags(d: Doc, m: dict[str, Any]) -> list[str]:
    if d.bad:
        return ["UNSUPPORTED_FILE"]
    if d.unreadable:
        return ["UNREADABLE"]
    f = d.fields
    act = f.get("activity")
    flags: list[str] = []
    prior = m.get("prior_designation_date")
    prior_d = dt.date.fromisoformat(prior) if prior else None
    if d.kind not in CREDIT_KINDS or not act:
        if d.kind == "agenda" and prior_d and work_date(d) and work_date(d) < prior_d:
            flags.append("PREDATES_DESIGNATION")
        return flags
    if f.get("first_person"):
        flags.append("FIRST_PERSON")
    app = m["applicant"]
    own = [app["name"], *app.get("former_names", [])]
    sig = f.get("signatory")
    is_applicant = sig and any(name_key(sig) == name_key(n) for n in own)
    own_families = {family_name(n) for n in own}
    if f.get("relationship") or (sig and not is_applicant and family_name(sig) in own_families):
        flags.append("RELATIVE_AUTHOR")
    name = f.get("applicant_name")
    if not name:
        flags.append("MISSING_NAME")
    elif not any(name_key(name) == name_key(n) for n in own):
        flags.append("NAME_MISMATCH")
    if not any(f.get(k) for k in ("start_date", "end_date", "degree_date", "issue_date")):
        flags.append("MISSING_DATE")
    if act in HOUR_RATED and f.get("hours") is None:
        flags.append("MISSING_HOURS")
    if (
        act == "conference"
        and f.get("hours") is None
        and not f.get("days")
        and not f.get("start_date")
    ):
        flags.append("MISSING_HOURS")
    if d.kind in ("certificate", "letter") and not f.get("title"):
        flags.append("MISSING_TITLE")
    if d.kind == "employment_letter" and not f.get("position"):
        flags.append("MISSING_TITLE")
    if m["program"] == "MMC" and prior_d:
        wd = work_date(d)
        exempt = act == "degree" and not m.get("cmc_used_degree")
        if wd and wd < prior_d and not exempt:
            flags.append("PREDATES_DESIGNATION")
    hours = f.get("hours")
    delivery = f.get("delivery")
    if hours is not None and act in HOUR_RATED | {"conference"}:
        if (delivery in ("online", "hybrid") and hours < 4) or hours < 1:
            flags.append("BELOW_MINIMUM_HOURS")
    if delivery in ("online", "hybrid", "webinar") and f.get("assessment") is not True:
        flags.append("NO_ASSESSMENT")
    if d.duplicate_of is not None:
        flags.append("DUPLICATE")
    return flags


# ---------------------------------------------------------------- proposals


def per_hours(hours: float, per: float) -> float:
    return floor_half(hours / per)


def annual_conf_points(d: Doc) -> float:
    when = work_date(d)
    return 4.0 if when and when.year < 2009 else 8.0


def conference_points(d: Doc) -> float:
    f = d.fields
    if f.get("hours") is not None:
        return per_hours(f["hours"], 4)
    if f.get("days"):
        return float(f["days"])
    s, e = d.date("start_date"), d.date("end_date") or d.date("start_date")
    return float((e - s).days + 1)


def service_years(d: Doc) -> int:
    f = d.fields
    if f.get("years"):
        return int(f["years"])
    s, e = d.date("start_date"), d.date("end_date")
    if s and e:
        return max(completed_years(s, e), 1)
    return 1


def degree_row(degree: str) -> str | None:
    from samples import pools

    if degree in pools.DEGREES_RELATED:
        return "bachelor_related"
    if degree in pools.ASSOC_RELATED:
        return "associate_related"
    if degree in pools.DEGREES_UNRELATED:
        return "bachelor_unrelated"
    return None  # arguable: left to a reviewer


DEGREE_POINTS = {"bachelor_related": 20.0, "bachelor_unrelated": 10.0, "associate_related": 5.0}


def employment_option(d: Doc, m: dict[str, Any]) -> tuple[str, float | None]:
    f = d.fields
    years = completed_years(d.date("start_date"), d.date("end_date"))
    pos = f.get("position", "")
    if CLERK_WORDS.search(pos):
        part = f.get("employment_type") == "part_time"
        admin = f.get("administrative", True)
        if not part:
            if admin is False:
                raise ValueError("full-time clerk without admin has no row; not generated")
            return "cmc.experience.clerk_full_time_admin", 4.0 * years
        if admin is False:
            return "cmc.experience.clerk_part_time", 1.0 * years
        return "cmc.experience.clerk_part_time_admin", 2.0 * years
    row = {"local": "local_admin", "state_federal": "state_admin", "business": "business_admin"}[
        f["sector"]
    ]
    return f"cmc.experience.{row}", 1.0 * years if row != "local_admin" else 2.0 * years


Option = tuple[str, str, float | None]  # (category, rule, points)


def options(d: Doc, m: dict[str, Any]) -> list[Option]:
    """Placements a credited document may take; more than one = R9 choice, education first."""
    f, act, prog = d.fields, d.fields.get("activity"), m["program"]
    r10 = m["applicant"]["region"] in (10, 11)
    no_assess = "NO_ASSESSMENT" in d.flags
    hours = f.get("hours")
    if prog == "CMC":
        E, X = "cmc_education", "cmc_experience"
        e, x = "cmc.education.", "cmc.experience."
        after_2011 = (work_date(d) or dt.date.max) >= R10_START
        table: dict[str, list[Option]] = {
            "institute": [(E, e + "institute", per_hours(hours or 0, 2))],
            "state_course": [(E, e + "state_course", per_hours(hours or 0, 4))],
            "annual_conference": [
                (E, e + "annual_conference", annual_conf_points(d)),
                (X, x + "annual_conference", annual_conf_points(d)),
            ],
            "conference": [
                (X, x + "conference", conference_points(d) if act == "conference" else 0)
            ],
            "conference_academy": [(E, e + "conference_academy", 2.0)],
            "athenian_dialogue": [
                (
                    E,
                    e + "athenian_dialogue",
                    2.0 if (work_date(d) and work_date(d) < ATHENIAN_CHANGE) else 3.0,
                )
            ],
            "iimc_online": [(E, e + "iimc_online", None)],
            "cd_rom": [(E, e + "cd_rom", 1.0)],
            "study_abroad": [(E, e + "study_abroad", None)],
            "committee_member": [(X, x + "committee_member", 1.0 * service_years(d))],
            "committee_chair": [(X, x + "committee_member", 1.0 * service_years(d))],
            "board_member": [(X, x + "committee_member", 1.0 * service_years(d))],
        }
        if act in ("course", "vocational", "college_credits"):
            per = {"course": 6, "vocational": 10}.get(act)
            pts = per_hours(hours or 0, per) if per else float(f.get("credit_units", 0))
            xrow = {
                "course": "course",
                "vocational": "vocational",
                "college_credits": "college_credits",
            }[act]
            opts = [(X, x + xrow, pts)]
            if r10 and after_2011 and not no_assess:
                opts.insert(0, (E, e + "r10_" + xrow, pts))
            return opts
        if act == "degree":
            row = degree_row(f["degree"])
            return [(E, e + (row or "bachelor_related"), DEGREE_POINTS.get(row) if row else None)]
        if act == "employment":
            rule, pts = employment_option(d, m)
            return [(X, rule, pts)]
        if act == "state_course" and no_assess:
            return [(X, x + "state_course", per_hours(hours or 0, 4))]
        return table[act]
    A, P = "mmc_advanced_education", "mmc_professional_contribution"
    a, p = "mmc.advanced.", "mmc.professional."
    if act == "course":
        pts = per_hours(hours or 0, 6)
        if no_assess:
            return [(P, p + "other_courses", pts)]
        return [(A, a + "seminar", pts), (P, p + "other_courses", pts)]
    if act == "degree":
        row = degree_row(f["degree"])
        return [(A, a + (row or "bachelor_related"), DEGREE_POINTS.get(row) if row else None)]
    yrs = (
        service_years(d)
        if act
        in (
            "committee_member",
            "committee_chair",
            "board_member",
            "association_officer",
            "related_officer",
        )
        else 0
    )
    table = {
        "institute": [(A, a + "academy", per_hours(hours or 0, 2))],
        "state_course": [(A, a + "state_course", per_hours(hours or 0, 4))],
        "certification": [(A, a + "certification", 7.0)],
        "teaching_institute": [
            (A, a + "teaching_institute", per_hours(hours or 0, 2)),
            (P, p + "teaching_institute", per_hours(hours or 0, 2)),
        ],
        "teaching_state": [
            (A, a + "teaching_state", per_hours(hours or 0, 4)),
            (P, p + "teaching_state", per_hours(hours or 0, 4)),
        ],
        "annual_conference": [
            (A, a + "annual_conference", annual_conf_points(d)),
            (P, p + "annual_conference", annual_conf_points(d)),
        ],
        "athenian_dialogue": [
            (
                A,
                a + "athenian_dialogue",
                2.0 if (work_date(d) and work_date(d) < ATHENIAN_CHANGE) else 3.0,
            )
        ],
        "iimc_online": [(A, a + "iimc_online", None)],
        "cd_rom": [(A, a + "cd_rom", 1.0)],
        "conference_academy": [(A, a + "conference_academy", 2.0)],
        "study_abroad": [(A, a + "study_abroad", None)],
        "board_member": [(P, p + "board_member", 2.0 * yrs)],
        "committee_chair": [(P, p + "committee_chair", 2.0 * yrs)],
        "association_officer": [(P, p + "association_officer", 2.0 * yrs)],
        "committee_member": [(P, p + "committee_member", 1.0 * yrs)],
        "related_officer": [(P, p + "related_officer", 1.0 * yrs)],
        "conference": [(P, p + "conference", conference_points(d) if act == "conference" else 0)],
        "on_the_job": [(P, p + "on_the_job", per_hours(hours or 0, 8))],
        "personal_accomplishment": [(P, p + "personal_accomplishment", 1.0)],
        "college_credits": [(P, p + "college_credits", float(f.get("credit_units", 0)))],
    }
    return table.get(act, [])  # vocational, employment: no MMC row


def credited(program: str, raw: dict[str, float]) -> dict[str, float]:
    """R10: CMC education capped at 60, excess to experience; MMC advanced capped at 60,
    up to 20 of the excess counts toward professional contribution."""
    if program == "CMC":
        e, x = raw["cmc_education"], raw["cmc_experience"]
        return {"cmc_education": min(e, 60.0), "cmc_experience": x + max(e - 60.0, 0.0)}
    a, p = raw["mmc_advanced_education"], raw["mmc_professional_contribution"]
    return {
        "mmc_advanced_education": min(a, 60.0),
        "mmc_professional_contribution": p + min(max(a - 60.0, 0.0), 20.0),
    }


def deficit(program: str, raw: dict[str, float]) -> float:
    cr = credited(program, raw)
    return sum(max(0.0, req - cr[c]) for c, req in REQUIRED[program].items())


def score_packet(docs: list[Doc], m: dict[str, Any]) -> dict[str, Any]:
    """Fill flags and proposals of every document (packet order); return the totals."""
    prog = m["program"]
    raw = {c: 0.0 for c in REQUIRED[prog]}
    used: dict[str, float] = {}
    for d in docs:
        d.flags = compute_flags(d, m)
    creditable = [
        d
        for d in docs
        if d.kind in CREDIT_KINDS and d.fields.get("activity") and not (set(d.flags) - REVIEW_FLAGS)
    ]
    creditable = [
        d
        for d in creditable
        if not ("NO_ASSESSMENT" in d.flags and d.fields.get("delivery") == "webinar")
    ]

    def place(d: Doc, opt: Option) -> None:
        cat, rule, pts = opt
        if pts is not None and rule in CAPS:
            pts = max(0.0, min(pts, CAPS[rule] - used.get(rule, 0.0)))
            used[rule] = used.get(rule, 0.0) + pts
        if pts is not None:
            raw[cat] += pts
        d.proposals = [{"category": cat, "points": pts, "rule": rule}]

    flexible = []
    for d in creditable:
        opts = options(d, m)
        if len(opts) == 1:
            place(d, opts[0])
        elif opts:
            flexible.append((d, opts))
    for d, opts in flexible:  # R9: closest to meeting the requirements, ties -> education
        best = None
        for opt in opts:
            trial = dict(raw)
            if opt[2] is not None:
                trial[opt[0]] += opt[2]
            score = deficit(prog, trial)
            if best is None or score < best[0] - 1e-9:
                best = (score, opt)
        place(d, best[1])
    cr = credited(prog, raw)
    return {
        c: {"points": cr[c], "raw": raw[c], "required": REQUIRED[prog][c]} for c in REQUIRED[prog]
    }
