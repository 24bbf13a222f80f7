"""Documents, files and the ground truth: points by the Guidelines (seeds/003) and the
rulings (R1-R15), allocation of either-side items (R9, I10), caps (I7), totals (R10)."""
from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import letter

FIELD_NAMES = {
    "applicant_name", "provider", "title", "location", "start_date", "end_date",
    "issue_date", "hours", "credit_units", "degree", "degree_date", "position",
    "employment_type", "administrative", "signatory", "delivery", "assessment",
    "activity", "sector", "course_review", "days", "years", "relationship", "first_person",
}
FLAG_CODES = {
    "FIRST_PERSON", "RELATIVE_AUTHOR", "NAME_MISMATCH", "MISSING_NAME", "MISSING_DATE",
    "MISSING_HOURS", "MISSING_TITLE", "PREDATES_DESIGNATION", "NO_ASSESSMENT",
    "BELOW_MINIMUM_HOURS", "DUPLICATE", "UNREADABLE", "UNSUPPORTED_FILE",
}
REVIEW_FLAGS = {"NO_ASSESSMENT", "UNREADABLE", "UNSUPPORTED_FILE"}
KINDS = {"certificate", "transcript", "employment_letter", "letter", "agenda",
         "application_form", "other"}

# packet-wide caps per rule id (Guidelines' "maximum" figures; I7)
CAPS = {
    "cmc.experience.clerk_full_time_admin": 40, "cmc.experience.clerk_part_time_admin": 40,
    "cmc.experience.clerk_part_time": 30, "cmc.experience.local_admin": 30,
    "cmc.experience.state_admin": 30, "cmc.experience.business_admin": 30,
    "cmc.education.athenian_dialogue": 18, "mmc.advanced.athenian_dialogue": 18,
    "mmc.professional.on_the_job": 12,
}
REQUIRED = {"CMC": {"cmc_education": 60, "cmc_experience": 50},
            "MMC": {"mmc_advanced_education": 60, "mmc_professional_contribution": 40}}
EDU = {"cmc_education", "mmc_advanced_education"}


def floor_half(x: float) -> float:
    return math.floor(2 * x + 1e-9) / 2


def per(hours: float, rate: float) -> float:
    """R1/I1: hours at 1 point per `rate` hours, floored to the half point."""
    return floor_half(hours / rate)


def whole_years(start: str, end: str) -> int:
    """R2/I3: completed whole years of start .. end + 1 day."""
    import datetime as dt
    s = dt.date.fromisoformat(start)
    e = dt.date.fromisoformat(end) + dt.timedelta(days=1)
    y = e.year - s.year
    if (e.month, e.day) < (s.month, s.day):
        y -= 1
    return max(0, y)


PageFn = Callable  # f(canvas, width, height, rng)


@dataclass
class Doc:
    kind: str
    fields: dict
    pages: list            # list of PageFn
    flags: list = field(default_factory=list)
    credit: list = field(default_factory=list)   # alternatives: [(category, rule, points)]
    pagesize: tuple = letter
    paper: str | None = None     # security paper style
    text_source: str = "pdf_text"
    stamps: list = field(default_factory=list)   # (page_index, label, sub)

    def flag(self, *codes):
        for c in codes:
            if c not in self.flags:
                self.flags.append(c)
        return self

    @property
    def rejected(self):
        return any(f not in REVIEW_FLAGS for f in self.flags)


BLANK = "BLANK"   # a blank separator sheet inside a multi-document file


@dataclass
class File:
    name: str
    items: list = field(default_factory=list)    # Docs and BLANK sheets
    raw: bytes | None = None                      # a file written as is
    raw_doc: Doc | None = None                    # the truth of a raw file
    photo: Doc | None = None                      # a phone photo (JPEG) of this document
    image_only: bool = False                      # the scanner's image-only PDF


def allocate(program: str, docs: list[Doc]):
    """Pick one alternative per creditable document (R9/I10): least total shortfall
    after R10, then most points on the education side, then earlier documents there."""
    live = [d for d in docs if d.credit and not d.rejected]
    multi = [d for d in live if len(d.credit) > 1]
    best, best_key = None, None
    for combo in itertools.product(*[range(len(d.credit)) for d in multi]):
        choice = {id(d): d.credit[0] for d in live}
        for d, k in zip(multi, combo, strict=True):
            choice[id(d)] = d.credit[k]
        props = apply_caps(docs, choice)
        tot = totals(program, props)
        short = sum(max(0, t["required"] - t["points"]) for t in tot.values())
        edu = sum(t["raw"] for c, t in tot.items() if c in EDU)
        order = tuple(-int(choice[id(d)][0] in EDU) for d in multi)
        key = (short, -edu, order)
        if best_key is None or key < best_key:
            best, best_key = props, key
    return best if best is not None else {}


def apply_caps(docs, choice):
    used, props = {}, {}
    for d in docs:
        if id(d) not in choice:
            continue
        cat, rule, pts = choice[id(d)]
        if pts is not None and rule in CAPS:
            left = CAPS[rule] - used.get(rule, 0)
            pts = max(0.0, min(pts, left))
            used[rule] = used.get(rule, 0) + pts
        props[id(d)] = [{"category": cat, "points": None if pts is None else float(pts), "rule": rule}]
    return props


def totals(program, props):
    req = REQUIRED[program]
    raw = {c: 0.0 for c in req}
    for plist in props.values():
        for p in plist:
            if p["points"] is not None:
                raw[p["category"]] += p["points"]
    cats = list(req)
    e, x = cats
    excess = max(0.0, raw[e] - 60)
    if program == "CMC":
        pts = {e: min(raw[e], 60.0), x: raw[x] + excess}
    else:
        pts = {e: min(raw[e], 60.0), x: raw[x] + min(20.0, excess)}
    return {c: {"points": float(pts[c]), "raw": float(raw[c]), "required": req[c]} for c in cats}


@dataclass
class Packet:
    name: str
    manifest: dict
    files: list            # File
    description: str
    single_pdf: bool = False
