"""The status update: per requirement, counted and not-counted documents, determination."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings

from core.models import Category, Kind
from scoring.engine import score
from tests.test_scoring import make_doc, manifest, packets, rejected


def test_status_lists_counted_not_counted_and_what_remains() -> None:
    docs = [make_doc("institute", 1, hours=20.0), rejected(make_doc("institute", 2, hours=8.0)),
            make_doc(None, 3, kind=Kind.agenda), make_doc("iimc_online", 4),
            make_doc("course", 5, hours=3.0, delivery="online", assessment=True)]
    result = score(docs, manifest())
    status = result.status
    assert status is not None
    assert [(c.document_id, c.points, c.rule) for c in status.counted] == [
        ("d1", 10.0, "cmc.education.institute"), ("d4", None, "cmc.education.iimc_online")]
    why = {n.document_id: n.why for n in status.not_counted}
    assert why["d2"].startswith("rejected: FIRST_PERSON")
    assert "RULINGS.md 15" in why["d3"] and "minimum of 4 hours" in why["d5"]
    edu = next(c for c in status.categories if c.category == Category.cmc_education)
    assert (edu.earned, edu.required, edu.still_needed) == (10, 60, 50)
    assert status.determination == (
        "Requirements not yet met: CMC Education needs 50 more points (10 of 60 credited); "
        "CMC Experience needs 50 more points (0 of 50 credited). 1 item awaits a reviewer's "
        "amount and counts 0 until then.")
    assert result.still_needed and not result.requirements_met  # unchanged outside fields


def test_status_requirements_met() -> None:
    docs = [make_doc("institute", 1, hours=120.0),
            make_doc("employment", 2, kind=Kind.employment_letter, position="City Clerk",
                     start_date="2010-01-01", end_date="2022-12-31"),
            make_doc("conference", 3, hours=40.0)]
    status = score(docs, manifest()).status
    assert status is not None and status.requirements_met
    assert status.determination == ("Requirements met: CMC Education 60 of 60; "
                                    "CMC Experience 50 of 50.")


def test_capped_to_zero_is_not_counted_with_the_reason() -> None:
    docs = [make_doc("athenian_dialogue", i, title=f"D{i}") for i in range(1, 8)]
    status = score(docs, manifest()).status
    assert status is not None
    assert [n.document_id for n in status.not_counted] == ["d7"]
    assert "capped at 18 for the packet" in status.not_counted[0].why


@settings(max_examples=100, deadline=None)
@given(packets())
def test_property_every_document_is_accounted_for(docs: list[Any]) -> None:
    result = score(docs, manifest("MMC"))
    status = result.status
    assert status is not None
    counted = {c.document_id for c in status.counted}
    missing = {n.document_id for n in status.not_counted}
    assert counted | missing == {d.id for d in docs}
    assert not counted & missing
    assert not counted & {d.id for d in docs if d.rejected}
