"""Score a packet: proposals per document, credited totals, what is still needed.

`score` is a pure function of (documents, manifest): a reviewer's correction re-runs it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from pydantic import BaseModel, Field

from core.models import (
    Category,
    Document,
    FieldValue,
    Manifest,
    Placement,
    Program,
    Proposal,
    ProposalStatus,
    ProposalTrace,
    StatusUpdate,
    Total,
)
from scoring.allocate import Choice, allocate, credited_totals
from scoring.amounts import Amount, compute
from scoring.facts import CREDITABLE, number, packet_order, text
from scoring.policies import Exclusion, exclusions
from scoring.routing import EDUCATION_SIDE, POLICY_515_NOTE, Routed, Routing, Unrouted, route
from scoring.rules import Rule, RuleBook, default_rules
from scoring.status import status_update


class ScoreResult(BaseModel):
    proposals: list[Proposal] = Field(default_factory=list)
    totals: dict[Category, Total] = Field(default_factory=dict)
    requirements_met: bool = False
    still_needed: list[str] = Field(default_factory=list)
    status: StatusUpdate | None = None


@dataclass(frozen=True)
class Draft:
    """A proposal in the making: one document under one rule; `cap_category` is the
    packet cap that reduced its points, `placement` where RULINGS.md 9 put it."""

    routed: Routed
    rule: Rule
    amount: Amount
    cap_category: float | None = None
    placement: Placement | None = None

    @property
    def points(self) -> float | None:
        return self.amount.points

    def capped(self, cap: float, points: float) -> Draft:
        return replace(self, amount=replace(self.amount, points=points), cap_category=cap)


def eligible(doc: Document) -> bool:
    """Creditable kinds without a reject-severity flag (RULINGS.md 11, 15)."""
    return doc.kind in CREDITABLE and not doc.rejected


def _draft(routed: Routed, rule: Rule, book: RuleBook) -> Draft:
    amount = compute(rule, routed.doc, book)
    if routed.review is not None and amount.points is not None:
        computed = amount.trace.model_copy(update={"computed": amount.points})
        amount = replace(amount, points=None, trace=computed)
    return Draft(routed, rule, amount)


def apply_caps(drafts: Sequence[Draft]) -> list[Draft]:
    """Packet-wide caps per rule (`cap_category`), in packet order (interpretations I7)."""
    used: dict[str, float] = {}
    out = []
    for d in drafts:
        cap = d.rule.cap_category
        if cap is None or d.points is None:
            out.append(d)
            continue
        pts = min(d.points, max(0.0, cap - used.get(d.rule.id, 0.0)))
        used[d.rule.id] = used.get(d.rule.id, 0.0) + pts
        out.append(d if pts == d.points else d.capped(cap, pts))
    return out


def _sums(drafts: Sequence[Draft]) -> dict[Category, float]:
    sums: dict[Category, float] = {}
    for d in drafts:
        sums[d.rule.category] = sums.get(d.rule.category, 0.0) + (d.points or 0.0)
    return sums


def _education_first(routed: Routed) -> list[Rule]:
    return sorted(routed.options, key=lambda r: r.category not in EDUCATION_SIDE)


def _locked(drafts: Sequence[Draft]) -> float:
    """Policy 5.15.060 points: they may not spill into Professional Contribution."""
    return sum(d.points or 0.0 for d in drafts if d.routed.locked)


def _place(
    fixed: list[Draft], either: list[Routed], manifest: Manifest, book: RuleBook
) -> list[Draft]:
    """RULINGS.md 9: place each either-side item where the packet comes closest."""
    options = [[_draft(r, rule, book) for rule in _education_first(r)] for r in either]
    choices = [[Choice(d.rule.category, d.points) for d in opts] for opts in options]
    picks = allocate(_sums(fixed), choices, manifest.program, book, _locked(fixed))
    placed = []
    for opts, pick in zip(options, picks, strict=True):
        others = [o.rule.id for i, o in enumerate(opts) if i != pick]
        placement = Placement(chosen=opts[pick].rule.id, instead_of=others, ruling=9)
        placed.append(replace(opts[pick], placement=placement))
    return placed


RECERTIFICATION_ID = "manifest:cmc_recertification_date"


def recertification(manifest: Manifest, book: RuleBook) -> Routed | None:
    """The CMC Recertification Note: 20 points of Advanced Education, from the manifest
    (interpretations I11). A pseudo-document stands for the manifest date."""
    day = manifest.cmc_recertification_date
    if manifest.program != Program.MMC or day is None:
        return None
    fields = {"activity": "cmc_recertification", "title": "CMC Recertification",
              "end_date": day.isoformat()}
    doc = Document(id=RECERTIFICATION_ID, source="packet.json", pages=[],
                   fields={k: FieldValue(value=v, confidence=1.0) for k, v in fields.items()})
    rule = book.rule(book.policies.recertification_rule)
    return Routed(doc, (rule,), note="manifest: cmc_recertification_date")


def routings(docs: Sequence[Document], manifest: Manifest, book: RuleBook,
             excluded: Mapping[str, Exclusion]) -> list[Routing]:
    """The rows of every eligible, not excluded document, in packet order."""
    return [route(d, manifest, book) for d in packet_order(docs)
            if eligible(d) and d.id not in excluded]


def drafts_for(routed: list[Routed], manifest: Manifest, book: RuleBook) -> list[Draft]:
    if (recert := recertification(manifest, book)) is not None:
        routed.append(recert)
    fixed = apply_caps([_draft(r, r.options[0], book) for r in routed if not r.either])
    placed = _place(fixed, [r for r in routed if r.either], manifest, book)
    order = {id(r.doc): i for i, r in enumerate(routed)}
    return apply_caps(sorted(fixed + placed, key=lambda d: order[id(d.routed.doc)]))


# ---------------------------------------------------------------- explanation

def _fmt_points(points: float | None) -> str:
    if points is None:
        return "points left to a reviewer"
    return f"{points:g} point" if points == 1 else f"{points:g} points"


def subject(doc: Document) -> str:
    for name in ("degree", "position", "title"):
        if (value := text(doc, name)) is not None:
            return value
    return (text(doc, "activity") or doc.kind.value).replace("_", " ")


def explanation(d: Draft, book: RuleBook) -> str:
    how = [d.amount.how] if d.amount.how else []
    how += [d.routed.review] if d.routed.review else []
    how += [f"capped at {d.cap_category:g} for the packet"] if d.cap_category is not None else []
    detail = f" ({'; '.join(how)})" if how else ""
    short = book.categories[d.rule.category].short
    return f"{subject(d.routed.doc)}{detail}: {_fmt_points(d.points)} (Education Guidelines, {short})."


def trace(d: Draft, book: RuleBook) -> ProposalTrace:
    """The rule and its sources, the inputs, the amount's numbers, the choices made."""
    doc = d.routed.doc
    inputs = {n: doc.fields[n].value for n in ("activity", "delivery", "assessment")
              if n in doc.fields}
    out = ProposalTrace(rule=d.rule.id, citations=book.sources(d.rule), inputs=inputs,
                        unit=d.rule.unit.value).updated(d.amount.trace)
    used: dict[str, object] = {}
    if "hours" not in out.model_fields_set and number(doc, "hours") is not None:
        used["hours"] = number(doc, "hours")
    if d.routed.note:
        used["route"] = d.routed.note
    if d.routed.review:
        used["review"] = d.routed.review
    if d.cap_category is not None:
        used["cap_category"] = d.cap_category
    if d.placement is not None:
        used["placement"] = d.placement
    return out.model_copy(update=used | {"points": d.points})


def to_proposal(d: Draft, book: RuleBook) -> Proposal:
    return Proposal(
        document_id=d.routed.doc.id, category=d.rule.category, points=d.points, rule=d.rule.id,
        explanation=explanation(d, book), citation=book.citation(d.rule), trace=trace(d, book),
    )


# ---------------------------------------------------------------- the packet

def still_needed(totals: dict[Category, Total], book: RuleBook) -> list[str]:
    return [
        f"{book.categories[cat].label}: {t.needed:g} more points needed "
        f"({t.points:g} of {t.required} credited)."
        for cat, t in totals.items() if t.needed > 0
    ]


def score(
    docs: Sequence[Document], manifest: Manifest, rules: RuleBook | None = None
) -> ScoreResult:
    """Proposals, credited totals (RULINGS.md 10), whether the requirements are met, what
    is still needed, and the status update. Rejected and excluded documents get no
    proposal; null points count 0."""
    book = rules or default_rules()
    creditable = [d for d in docs if eligible(d)]
    excluded = exclusions(creditable, manifest, book)
    routes = routings(docs, manifest, book, excluded)
    drafts = drafts_for([r for r in routes if isinstance(r, Routed)], manifest, book)
    unrouted = {r.doc.id: r for r in routes if isinstance(r, Unrouted)}
    totals = credited_totals(_sums(drafts), manifest.program, book, _locked(drafts))
    proposals = [to_proposal(d, book) for d in drafts]
    needed = still_needed(totals, book)
    return ScoreResult(
        proposals=proposals,
        totals=totals,
        requirements_met=all(t.needed == 0 for t in totals.values()),
        still_needed=needed,
        status=status_update(docs, proposals, totals, book, excluded, unrouted),
    )


def decided_totals(proposals: Sequence[Proposal], program: Program,
                   rules: RuleBook | None = None) -> dict[Category, Total]:
    """Credited totals (RULINGS.md 10) of proposals as a reviewer decided them: a rejected
    proposal counts 0, any other its `points` (an adjusted one's are the reviewer's), null
    0. On proposals as `score` made them, the same totals as `score`'s."""
    book = rules or default_rules()
    sums: dict[Category, float] = {}
    locked = 0.0
    for p in proposals:
        points = 0.0 if p.status == ProposalStatus.rejected else (p.points or 0.0)
        sums[p.category] = sums.get(p.category, 0.0) + points
        if p.trace.route and POLICY_515_NOTE in p.trace.route:
            locked += points
    return credited_totals(sums, program, book, locked)
