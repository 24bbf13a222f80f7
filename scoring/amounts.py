"""The amount one document earns under one rule (units of `rules.yaml`; RULINGS.md 1-4, 8)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from core.models import Document, ProposalTrace
from scoring.facts import field_date, number, text, work_date
from scoring.rules import Rule, RuleBook, Unit

_EPS = 1e-9


@dataclass(frozen=True)
class Amount:
    """Points (None: left to a reviewer), a short how-computed phrase, and the trace."""

    points: float | None
    how: str = ""
    trace: ProposalTrace = field(default_factory=ProposalTrace)


def floor_half(x: float) -> float:
    """RULINGS.md 1: floor to the half point (docs/interpretations.md I1)."""
    return math.floor(2 * x + _EPS) / 2


def completed_years(start: dt.date, end: dt.date) -> int:
    """Whole years of the span start .. end + 1 day (end inclusive; RULINGS.md 2;
    docs/interpretations.md I3)."""
    stop = end + dt.timedelta(days=1)
    years = stop.year - start.year - ((stop.month, stop.day) < (start.month, start.day))
    return max(0, years)


def inclusive_days(start: dt.date, end: dt.date | None) -> int:
    return max(1, ((end or start) - start).days + 1)


def _plural(n: float, word: str) -> str:
    return f"{n:g} {word}" if n == 1 else f"{n:g} {word}s"


def _rate(rule: Rule, quantity: float, unit: str,
          trace: ProposalTrace | None = None) -> Amount:
    points = rule.points or 0.0
    raw = quantity * points / rule.per
    per = unit if rule.per == 1 else _plural(rule.per, unit)
    rate = f"{_plural(points, 'point')} per {per}"
    key = f"{unit}s".replace(" ", "_")
    used = {key: quantity, "rate": rate, "raw": raw, "floored": floor_half(raw)}
    trace = (trace or ProposalTrace()).model_copy(update=used)
    return Amount(floor_half(raw), f"{_plural(quantity, unit)} at {rate}", trace)


def _hours(rule: Rule, doc: Document, book: RuleBook) -> Amount:
    hours = number(doc, "hours")
    if hours is None:
        return Amount(None, "no contact hours stated", ProposalTrace(hours=None))
    if hours < book.min_contact_hours:
        trace = ProposalTrace(hours=hours, min_contact_hours=book.min_contact_hours)
        return Amount(0.0, f"{hours:g} hours is under {book.min_contact_hours:g} contact hour", trace)
    return _rate(rule, hours, "hour")


def _credit_units(rule: Rule, doc: Document) -> Amount:
    units = number(doc, "credit_units")
    if units is None:
        return Amount(None, "no credit units stated", ProposalTrace(credit_units=None))
    return _rate(rule, units, "credit unit")


def _span(doc: Document) -> tuple[dt.date | None, dt.date | None, str]:
    end_name = "end_date" if field_date(doc, "end_date") else "issue_date"
    return field_date(doc, "start_date"), field_date(doc, end_name), end_name


def _years(rule: Rule, doc: Document) -> Amount:
    stated = number(doc, "years")
    if stated is not None and text(doc, "activity") != "employment":
        return _rate(rule, math.floor(stated + _EPS), "year", ProposalTrace(years_stated=stated))
    start, end, end_name = _span(doc)
    if start is None or end is None:
        span = ProposalTrace(start=start, end=end)
        return Amount(None, "the span of service is not stated", span)
    years = completed_years(start, end)
    trace = ProposalTrace(start=start, end=end, end_from=end_name, completed_years=years)
    if text(doc, "activity") != "employment":
        years = max(1, years)  # RULINGS.md 8: a stated term counts at least one
    return _rate(rule, years, "year", trace)


def _per_item(rule: Rule, doc: Document) -> Amount:
    day = work_date(doc)
    amount = rule.amount_on(day)
    trace = ProposalTrace(work_date=day, amount=amount)
    if rule.dated:
        dated = [f"{d.points:g} before {d.before.isoformat()}" for d in rule.dated]
        trace = trace.model_copy(update={"dated": dated})
    if rule.min_hours is not None:
        hours = number(doc, "hours")
        trace = trace.model_copy(update={"hours": hours, "min_hours": rule.min_hours})
        if hours is None:
            return Amount(None, "training hours not stated", trace)
        if hours < rule.min_hours:
            return Amount(0.0, f"{hours:g} hours is under {rule.min_hours:g}", trace)
    return Amount(amount, "", trace)


def _hours_or_days(rule: Rule, doc: Document, book: RuleBook) -> Amount:
    if number(doc, "hours") is not None:
        return _hours(rule, doc, book)
    days = number(doc, "days")
    start = field_date(doc, "start_date")
    if days is None and start is not None:
        days = float(inclusive_days(start, field_date(doc, "end_date")))
    if days is None:
        return Amount(None, "neither hours nor days stated", ProposalTrace(hours=None, days=None))
    per_day = rule.per_day or 0.0
    raw = days * per_day
    trace = ProposalTrace(days=days, rate=f"{per_day:g} per day", raw=raw)
    return Amount(floor_half(raw), f"{_plural(days, 'day')} at {per_day:g} per day", trace)


def _cap_item(rule: Rule, amount: Amount) -> Amount:
    if rule.cap_item is None or amount.points is None or amount.points <= rule.cap_item:
        return amount
    trace = amount.trace.model_copy(
        update={"cap_item": rule.cap_item, "before_cap_item": amount.points})
    return Amount(rule.cap_item, amount.how, trace)


def compute(rule: Rule, doc: Document, book: RuleBook) -> Amount:
    """The amount `doc` earns under `rule`, before packet-wide caps."""
    match rule.unit:
        case Unit.review:
            amount = Amount(None, "points vary by program: left to a reviewer")
        case Unit.hours:
            amount = _hours(rule, doc, book)
        case Unit.credit_units:
            amount = _credit_units(rule, doc)
        case Unit.years:
            amount = _years(rule, doc)
        case Unit.each | Unit.fixed:
            amount = _per_item(rule, doc)
        case Unit.hours_or_days:
            amount = _hours_or_days(rule, doc, book)
    return _cap_item(rule, amount)
