"""Credited totals (RULINGS.md 10) and the placement of either-side items (RULINGS.md 9)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from core.models import Category, Program, Total
from scoring.rules import RuleBook

Sums = Mapping[Category, float]


def credited_totals(raw: Sums, program: Program, book: RuleBook,
                    locked: float = 0.0) -> dict[Category, Total]:
    """Cap the education side and move its excess (up to `spill_max`) to the other side.
    `locked` education points (Policy 5.15.060, earned before the CMC) may fill the capped
    side but never spill: they fill it first (interpretations I13)."""
    credit = book.credit[program]
    edu_raw, other_raw = raw.get(credit.capped, 0.0), raw.get(credit.into, 0.0)
    excess = max(0.0, min(edu_raw - credit.cap, edu_raw - locked))
    spill = excess if credit.spill_max is None else min(excess, credit.spill_max)
    points = {credit.capped: min(edu_raw, credit.cap), credit.into: other_raw + spill}
    raws = {credit.capped: edu_raw, credit.into: other_raw}
    return {cat: _total(points[cat], raws[cat], book.required(cat)) for cat in points}


def _total(points: float, raw: float, required: int) -> Total:
    return Total(points=points, required=required, raw=raw, needed=max(0.0, required - points))


def shortfall(raw: Sums, program: Program, book: RuleBook, locked: float = 0.0) -> float:
    return sum(t.needed for t in credited_totals(raw, program, book, locked).values())


@dataclass(frozen=True)
class Choice:
    """One placement of an either-side item: its category and points (None counts 0)."""

    category: Category
    points: float | None


State = tuple[tuple[Category, float], ...]


def _add(state: State, choice: Choice) -> State:
    sums = dict(state)
    sums[choice.category] = sums.get(choice.category, 0.0) + (choice.points or 0.0)
    return tuple(sorted(sums.items()))


def _reachable(base: Sums, items: Sequence[Sequence[Choice]]) -> dict[State, tuple[int, ...]]:
    """Every reachable category-sum state, each with its preferred assignment: the
    lexicographically smallest, i.e. earlier items on their first (education-side) option."""
    states: dict[State, tuple[int, ...]] = {tuple(sorted(base.items())): ()}
    for options in items:
        nxt: dict[State, tuple[int, ...]] = {}
        for state, picks in states.items():
            for index, choice in enumerate(options):
                key, cand = _add(state, choice), (*picks, index)
                if key not in nxt or cand < nxt[key]:
                    nxt[key] = cand
        states = nxt
    return states


def allocate(
    base: Sums, items: Sequence[Sequence[Choice]], program: Program, book: RuleBook,
    locked: float = 0.0,
) -> tuple[int, ...]:
    """The option index per item that brings the packet closest to meeting its requirements;
    ties go to the placement with more on the education side, then to earlier items there
    (docs/interpretations.md I10).
    Exact: a search over reachable sum states (at most a few thousand)."""
    education = book.credit[program].capped
    best: tuple[float, float, tuple[int, ...]] | None = None
    for state, picks in _reachable(base, items).items():
        sums = dict(state)
        key = (shortfall(sums, program, book, locked), -sums.get(education, 0.0), picks)
        best = key if best is None or key < best else best
    return best[2] if best else ()
