"""Which row(s) a document takes (docs/conventions.md "Which row an activity takes").

A document takes one row, or several rows it may be placed on (RULINGS.md 9), or none;
`route` returns a `Routed` or, for none, an `Unrouted` that says why (the status update
reads that reason, it does not work it out again).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.models import Category, Document, Manifest, Program
from scoring.facts import activity, text, work_date
from scoring.online import online_course
from scoring.policies import policy_515
from scoring.rules import Rule, RuleBook

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


@dataclass(frozen=True)
class Unrouted:
    """A valid document that takes no row, and why (the status update's wording)."""

    doc: Document
    why: str


Routing = Routed | Unrouted


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


def route_degree(doc: Document, manifest: Manifest, book: RuleBook) -> Routing:
    degree = text(doc, "degree")
    if degree is None:  # R7: without a conferred degree, by credit units where a row allows
        return route_activity(doc, "college_credits", manifest, book)
    level, relation = degree_level(degree, book), degree_field(degree, book)
    row, reason = _degree_row(level, relation)
    if row is None:
        return Unrouted(doc, f"{degree}: an associate degree in an unrelated field has no row")
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


def route_employment(doc: Document, manifest: Manifest, book: RuleBook) -> Routing:
    if manifest.program != Program.CMC:  # MMC: no credit for time on the job
        return Unrouted(doc, f"no row of the {manifest.program.value} tables for time on the job")
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


def route_activity(doc: Document, kind: str, manifest: Manifest, book: RuleBook) -> Routing:
    route = book.routes[manifest.program].get(kind)
    program, named = manifest.program.value, kind.replace("_", " ")
    if route is None:
        return Unrouted(doc, f"no row of the {program} tables for {named}")
    rules = _applicable(route.first or route.either, manifest, book)
    if not rules:
        return Unrouted(doc, f"the {program} row for {named} applies only to other regions or "
                             "later packets")
    return Routed(doc, tuple(rules if route.either else rules[:1]))


def _online(routed: Routed, book: RuleBook) -> Routing:
    """RULINGS.md 6 (scoring/online.py): a course that earns nothing takes no row; without
    an assessment only the Experience / Professional Contribution rows (docs/interpretations.md
    I9)."""
    doc = routed.doc
    course = online_course(doc, book)
    if course is None:
        return routed
    if course.earns_nothing:
        return Unrouted(doc, course.why_nothing())
    if course.assessed:
        return routed
    moved = [book.rule(r.no_assessment) if r.category in EDUCATION_SIDE and r.no_assessment
             else r for r in routed.options]
    kept = tuple({r.id: r for r in moved if r.category not in EDUCATION_SIDE}.values())
    if not kept:
        return Unrouted(doc, f"{course.delivery} course without a learning assessment earns "
                             "only on the experience side, where it has no row (RULINGS.md 6)")
    note = f"{course.delivery} without learning assessment: experience side only"
    return Routed(doc, kept, routed.review, note)


def route(doc: Document, manifest: Manifest, book: RuleBook) -> Routing:
    kind = activity(doc)
    if kind is None:
        return Unrouted(doc, "no creditable activity was recognized in the document")
    if kind == DEGREE:
        routing = route_degree(doc, manifest, book)
    elif kind == EMPLOYMENT:
        routing = route_employment(doc, manifest, book)
    else:
        routing = route_activity(doc, kind, manifest, book)
    if isinstance(routing, Routed):
        routing = _online(routing, book)
    if isinstance(routing, Routed):
        routing = _policy_515(routing, manifest, book)
    return _unread(routing) if isinstance(routing, Routed) else routing


def _unread(routed: Routed) -> Routed:
    """A field the document seems to state but that was not read (`Document.unread`,
    extractors/presence.py) leaves the amount to a reviewer, with what was seen."""
    unread = routed.doc.unread
    if not unread:
        return routed
    seen = "; ".join(f"{name.replace('_', ' ')} not read: {why}" for name, why in unread.items())
    review = "; ".join(r for r in (routed.review, seen) if r)
    return Routed(routed.doc, routed.options, review, routed.note, routed.locked)


POLICY_515_NOTE = "Policy 5.15.060: Advanced Education only"  # in the trace's `route`


def _policy_515(routed: Routed, manifest: Manifest, book: RuleBook) -> Routing:
    """Policy 5.15.060 items (dated before the MMC cut-off) take only their Advanced
    Education rows (interpretations I13)."""
    if not policy_515(routed.doc, work_date(routed.doc), manifest, book):
        return routed
    category = book.policies.policy_5_15.category
    kept = tuple(r for r in routed.options if r.category == category)
    if not kept:
        return Unrouted(routed.doc,
                        "Policy 5.15.060 admits it only to Advanced Education, where it has no row")
    note = "; ".join(n for n in (routed.note, POLICY_515_NOTE) if n)
    return Routed(routed.doc, kept, routed.review, note, locked=True)
