"""The Online Learning Guidelines (EG "ONLINE LEARNING GUIDELINES"; RULINGS.md 6), coded once.

Online and hybrid courses need at least 4 hours (else `BELOW_MINIMUM_HOURS`, no points)
and a learning assessment; without one they are flagged `NO_ASSESSMENT` and earn their
rate only on the experience side (CMC Experience / MMC Professional Contribution).
Webinars have no hour minimum and earn nothing without an assessment. Which activities
are courses under this rule is `online_rule` of their rows in `rules.yaml`.

`validate.py` flags from this, `routing.py` restricts the rows from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.models import Document
from scoring.facts import activity, delivery, number
from scoring.rules import RuleBook

ONLINE = frozenset({"online", "hybrid"})
WEBINAR = "webinar"


@dataclass(frozen=True)
class OnlineCourse:
    """A course delivered online, hybrid or as a webinar, with what the rule needs of it."""

    delivery: str
    hours: float | None
    assessed: bool
    min_hours: float

    @property
    def below_minimum(self) -> bool:
        """Online or hybrid under the minimum hours: no points at all."""
        return self.delivery in ONLINE and self.hours is not None and self.hours < self.min_hours

    @property
    def earns_nothing(self) -> bool:
        """Too short, or a webinar without a learning assessment."""
        return self.below_minimum or (self.delivery == WEBINAR and not self.assessed)

    @property
    def experience_only(self) -> bool:
        """Online or hybrid without a learning assessment: the experience side only."""
        return self.delivery in ONLINE and not self.assessed

    def why_nothing(self) -> str:
        if self.below_minimum:
            return (f"{self.delivery} course of {self.hours:g} hours: online and hybrid courses "
                    f"must meet a minimum of {self.min_hours:g} hours (RULINGS.md 6)")
        return "webinar without a learning assessment earns nothing (RULINGS.md 6)"


def online_course(doc: Document, book: RuleBook) -> OnlineCourse | None:
    """The document's course under the online rule; None when the rule does not apply
    (not a course under it, or delivered in person or not said)."""
    how = delivery(doc)
    if how is None or how not in ONLINE | {WEBINAR} or not book.online_rule(activity(doc)):
        return None
    return OnlineCourse(how, number(doc, "hours"), doc.value("assessment") is True,
                        book.online_min_hours)
