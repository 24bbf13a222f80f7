"""Which row(s) a document takes (docs/conventions.md "Which row an activity takes").

A document takes one row, or several rows it may be placed on (RULINGS.md 9), or none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.models import Category, Document, Manifest, Program
from scoring.policies import policy_515
from scoring.rules import Rule, RuleBook
from scoring.validate import ONLINE, ONLINE_RULED, WEBINAR, number, text, work_date

EMPLOYMENT = "employment"
DEGREE = "degree"
EDUCATION_SIDE = frozenset({Category.cmc_education, Category.mmc_advanced_education})


@dataclass(frozen=True)
class Routed:
    """The rows a document may take; `review` says why the amount is left to a reviewer."""

    doc: Document
    options: tuple[Rule, ...]
    review: str | None = None
    note: str = ""
    locked: bool = False  # Policy 5.15: may not count toward Professional Contribution

    @property
    def either(self) -> bool:
        return len(self.options) > 1


def has_word(haystack: str, words: list[str]) -> bool:
    low = haystack.lower()
    return any(re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", low) for w in words)


# ---------------------------------------------------------------- degrees (R7)

def degree_field(degree: str, book: RuleBook) -> str | None:
    fields = book.degree_fields
    for name in ("related", "arguable", "unrelated"):
        if has_word(degree, getattr(fields, name)):
            return name
    return None


def degree_level(degree: str, book: RuleBook) -> str | None:
    if has_word(degree, book.degree_levels.associate):
        return "associate"
    return "bachelor" if has_word(degree, book.degree_levels.bachelor) else None


def _degree_row(level: str | None, relation: str | None) -> tuple[str | None, str | None]:
    """(row suffix, reason for review); row None: no row (associate in an unrelated field)."""
    if level == "associate":
        if relation == "unrelated":
            return None, None
        reason = None if relation == "related" else f"field relatedness {relation or 'unclear'}"
        return "associate_related", reason
    row = "bachelor_unrelated" if relation == "unrelated" else "bachelor_related"
    reason = None if relation in {"related", "unrelated"} else (
        f"field relatedness {relation or 'unclear'}")
    return row, reason if level else "degree level unclear"


def route_degree(doc: Document, manifest: Manifest, book: RuleBook) -> Routed | None:
    degree = text(doc, "degree")
    if degree is None:  # R7: without a conferred degree, by credit units where a row allows
        return route_activity(doc, "college_credits", manifest, book)
    level, relation = degree_level(degree, book), degree_field(degree, book)
    row, reason = _degree_row(level, relation)
    if row is None:
        return None
    rule = book.rule(f"{book.degree_rules[manifest.program]}.{row}")
    return Routed(doc, (rule,), reason, f"degree level {level}, field {relation}")


# ---------------------------------------------------------------- employment (R2)

_CLERK = "cmc.experience.clerk_full_time_admin"
_CLERK_PT = "cmc.experience.clerk_part_time_admin"
_CLERK_PT_NOADMIN = "cmc.experience.clerk_part_time"
_SECTOR = {"local": "cmc.experience.local_admin", "state_federal": "cmc.experience.state_admin",
           "business": "cmc.experience.business_admin"}


def _clerk_row(part_time: bool, admin: object) -> tuple[str, str | None]:
    if part_time:
        return (_CLERK_PT_NOADMIN if admin is False else _CLERK_PT), None
    if admin is False:
        return _CLERK, "full-time clerk without administrative responsibility has no row"
    return _CLERK, None


def _other_row(sector: str | None, part_time: bool, admin: object) -> tuple[str, str | None]:
    row = _SECTOR.get(sector or "", _SECTOR["local"])
    if sector not in _SECTOR:
        return row, "sector of the position not stated"
    if admin is False:
        return row, "not an administrative position"
    if part_time and sector == "local":
        return row, "the local-government row is for full-time positions"
    return row, None


def route_employment(doc: Document, manifest: Manifest, book: RuleBook) -> Routed | None:
    if manifest.program != Program.CMC:
        return None  # MMC: no credit for time on the job
    position = text(doc, "position") or text(doc, "title") or ""
    part_time = "part" in (text(doc, "employment_type") or "").lower()
    admin = doc.value("administrative")
    if has_word(position, book.clerk_positions):
        rule_id, reason = _clerk_row(part_time, admin)
    else:
        rule_id, reason = _other_row(text(doc, "sector"), part_time, admin)
    kind = "part-time" if part_time else "full-time"
    return Routed(doc, (book.rule(rule_id),), reason, f"{kind}, administrative={admin}")


# ---------------------------------------------------------------- the rest

def _applicable(ids: list[str], manifest: Manifest, book: RuleBook) -> list[Rule]:
    rules = [book.rule(i) for i in ids]
    region, received = manifest.applicant.region, manifest.received_date
    return [r for r in rules if r.applies_to(region, received)]


def route_activity(
    doc: Document, activity: str, manifest: Manifest, book: RuleBook
) -> Routed | None:
    route = book.routes[manifest.program].get(activity)
    if route is None:
        return None
    rules = _applicable(route.first or route.either, manifest, book)
    options = tuple(rules if route.either else rules[:1])
    return Routed(doc, options) if options else None


def _online(doc: Document, routed: Routed, book: RuleBook) -> Routed | None:
    """RULINGS.md 6: online/hybrid under 4 h earn nothing; without an assessment only the
    Experience / Professional Contribution row; webinars without one earn nothing
    (docs/interpretations.md I9)."""
    delivery = (text(doc, "delivery") or "").lower()
    if text(doc, "activity") not in ONLINE_RULED or delivery not in ONLINE | {WEBINAR}:
        return routed
    hours = number(doc, "hours")
    if delivery in ONLINE and hours is not None and hours < book.online_min_hours:
        return None
    if doc.value("assessment") is True:
        return routed
    if delivery == WEBINAR:
        return None
    moved = [book.rule(r.no_assessment) if r.category in EDUCATION_SIDE and r.no_assessment
             else r for r in routed.options]
    kept = tuple({r.id: r for r in moved if r.category not in EDUCATION_SIDE}.values())
    note = f"{delivery} without learning assessment: experience side only"
    return Routed(doc, kept, routed.review, note) if kept else None


def route(doc: Document, manifest: Manifest, book: RuleBook) -> Routed | None:
    activity = text(doc, "activity")
    if activity == DEGREE:
        routed = route_degree(doc, manifest, book)
    elif activity == EMPLOYMENT:
        routed = route_employment(doc, manifest, book)
    elif activity is not None:
        routed = route_activity(doc, activity, manifest, book)
    else:
        routed = None
    routed = _online(doc, routed, book) if routed else None
    return _policy_515(routed, manifest, book) if routed else None


def _policy_515(routed: Routed, manifest: Manifest, book: RuleBook) -> Routed | None:
    """Policy 5.15.060 items (dated before the MMC cut-off) take only their Advanced
    Education rows (interpretations I13)."""
    if not policy_515(routed.doc, work_date(routed.doc), manifest, book):
        return routed
    category = book.policies.policy_5_15.category
    kept = tuple(r for r in routed.options if r.category == category)
    note = "; ".join(n for n in (routed.note, "Policy 5.15.060: Advanced Education only") if n)
    return Routed(routed.doc, kept, routed.review, note, locked=True) if kept else None


def why_not_routed(doc: Document, manifest: Manifest, book: RuleBook) -> str:
    """Why `route` gave a valid document no row (the status update's wording)."""
    activity = text(doc, "activity")
    program = manifest.program.value
    if activity is None:
        return "no creditable activity was recognized in the document"
    if activity == DEGREE and text(doc, "degree"):
        return f"{text(doc, 'degree')}: an associate degree in an unrelated field has no row"
    if activity != EMPLOYMENT and activity != DEGREE:
        raw = book.routes[manifest.program].get(activity)
        if raw is None:
            return f"no row of the {program} tables for {activity.replace('_', ' ')}"
        if not _applicable(raw.first or raw.either, manifest, book):
            return (f"the {program} row for {activity.replace('_', ' ')} applies only to other "
                    "regions or later packets")
    if activity == EMPLOYMENT:
        return f"no row of the {program} tables for time on the job"
    delivery = (text(doc, "delivery") or "").lower()
    hours = number(doc, "hours")
    if delivery in ONLINE and hours is not None and hours < book.online_min_hours:
        return (f"{delivery} course of {hours:g} hours: online and hybrid courses must meet a "
                f"minimum of {book.online_min_hours:g} hours (RULINGS.md 6)")
    if delivery == WEBINAR and doc.value("assessment") is not True:
        return "webinar without a learning assessment earns nothing (RULINGS.md 6)"
    if policy_515(doc, work_date(doc), manifest, book):
        return "Policy 5.15.060 admits it only to Advanced Education, where it has no row"
    return "no row applies"
