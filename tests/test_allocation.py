"""RULINGS.md 9-10: the placement of either-side items is never beaten by brute force."""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from core.models import Category, Program
from scoring.allocate import Choice, allocate, credited_totals, shortfall
from scoring.engine import score
from scoring.rules import default_rules
from tests.test_scoring import make_doc, manifest

BOOK = default_rules()
SIDES = {Program.CMC: (Category.cmc_education, Category.cmc_experience),
         Program.MMC: (Category.mmc_advanced_education, Category.mmc_professional_contribution)}
halves = st.integers(0, 40).map(lambda n: n / 2)


@st.composite
def problems(draw: st.DrawFn) -> tuple[Program, dict[Category, float], list[list[Choice]], float]:
    program = draw(st.sampled_from(list(Program)))
    edu, other = SIDES[program]
    base = {edu: float(draw(st.integers(0, 70))), other: float(draw(st.integers(0, 50)))}
    items = [[Choice(edu, draw(halves)), Choice(other, draw(halves))]
             for _ in range(draw(st.integers(0, 8)))]
    locked = float(draw(st.integers(0, int(base[edu])))) if program == Program.MMC else 0.0
    return program, base, items, locked


def sums_of(base: dict[Category, float], items: list[list[Choice]],
            picks: tuple[int, ...]) -> dict[Category, float]:
    sums = dict(base)
    for options, pick in zip(items, picks, strict=True):
        choice = options[pick]
        sums[choice.category] = sums.get(choice.category, 0.0) + (choice.points or 0.0)
    return sums


@settings(max_examples=300, deadline=None)
@given(problems())
def test_allocation_is_never_beaten_by_brute_force(problem: Any) -> None:
    program, base, items, locked = problem
    edu = SIDES[program][0]
    picks = allocate(base, items, program, BOOK, locked)
    got = sums_of(base, items, picks)
    got_key = (shortfall(got, program, BOOK, locked), -got[edu])
    for brute in itertools.product(*(range(len(o)) for o in items)):
        sums = sums_of(base, items, brute)
        assert got_key <= (shortfall(sums, program, BOOK, locked), -sums[edu])


either_docs = st.sampled_from([
    ("annual_conference", {"start_date": "2019-05-19"}),
    ("annual_conference", {"start_date": "2008-05-18"}),
    ("course", {"hours": 13.0}), ("course", {"hours": 60.0}),
    ("teaching_institute", {"hours": 9.0}), ("teaching_state", {"hours": 30.0}),
])
fixed_docs = st.sampled_from([
    ("institute", {"hours": 40.0}), ("institute", {"hours": 100.0}),
    ("committee_chair", {"years": 3.0}), ("conference", {"hours": 24.0}),
    ("employment", {"position": "City Clerk", "start_date": "2015-01-01",
                    "end_date": "2021-12-31"}),
])


@settings(max_examples=60, deadline=None)
@given(st.lists(either_docs, max_size=8), st.lists(fixed_docs, max_size=4),
       st.sampled_from(["CMC", "MMC"]), st.sampled_from([3, 10]))
def test_packet_placement_is_never_beaten_by_brute_force(
    either: list[Any], fixed: list[Any], program: str, region: int
) -> None:
    """End to end: every either-side item of the packet tried on every row it may take."""
    m = manifest(program, region)
    docs = [make_doc(a, i, title=f"Item {i}", **f)
            for i, (a, f) in enumerate([*fixed, *either], start=1)]
    result = score(docs, m)
    edu = SIDES[m.program][0]
    placed = {p.document_id: p for p in result.proposals}
    movable = [p for p in result.proposals if p.trace.placement is not None]
    base: dict[Category, float] = {}
    for p in result.proposals:
        if p not in movable:
            base[p.category] = base.get(p.category, 0.0) + (p.points or 0.0)
    got = {c: t.raw for c, t in result.totals.items()}
    got_key = (shortfall(got, m.program, BOOK), -got.get(edu, 0.0))
    options = []
    for p in movable:
        assert p.trace.placement is not None
        other = [BOOK.rule(r) for r in p.trace.placement.instead_of]
        options.append([Choice(p.category, p.points)] + [Choice(r.category, p.points if
                       r.per == BOOK.rule(p.rule).per else None) for r in other])
    for brute in itertools.product(*(range(len(o)) for o in options)):
        sums = sums_of(dict(base), options, brute)
        assert got_key <= (shortfall(sums, m.program, BOOK), -sums.get(edu, 0.0))
    assert set(placed) <= {d.id for d in docs}


def test_cmc_excess_education_spills_to_experience_without_limit() -> None:
    totals = credited_totals({Category.cmc_education: 100.0, Category.cmc_experience: 5.0},
                             Program.CMC, BOOK)
    assert totals[Category.cmc_education].points == 60
    assert totals[Category.cmc_experience].points == 45


def test_mmc_60_advanced_20_professional_20_combination() -> None:
    totals = credited_totals({Category.mmc_advanced_education: 95.0,
                              Category.mmc_professional_contribution: 20.0}, Program.MMC, BOOK)
    assert totals[Category.mmc_advanced_education].points == 60
    assert totals[Category.mmc_professional_contribution].points == 40
    short = credited_totals({Category.mmc_advanced_education: 95.0,
                             Category.mmc_professional_contribution: 19.0}, Program.MMC, BOOK)
    assert short[Category.mmc_professional_contribution].needed == 1
