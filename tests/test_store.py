"""The database of record on a real SQLite file and a real PostgreSQL server: storing a
processed packet, the views, corrections that rerun validation and scoring, stale edits."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from store import (
    StaleEdit,
    Store,
    User,
    correct_field,
    document_view,
    packet_view,
    store_result,
)
from store.tables import AuditEventRow, Packet
from store.views import DocumentView
from tests.store_fixtures import sample

MISSING = "cmc-r2-missing-facts"


def stored(store: Store, name: str) -> int:
    p = sample(name)
    return store_result(store, p.result, p.manifest, p.root).packet_id


def doc(store: Store, packet_pk: int, key: str) -> DocumentView:
    view = packet_view(store, packet_pk)
    return document_view(store, next(d.pk for d in view.documents if d.doc_key == key))


def field(view: DocumentView, name: str):  # noqa: ANN201
    return next(f for f in view.fields if f.name == name)


def totals(store: Store, packet_pk: int) -> dict[str, float]:
    return {t.category: t.points for t in packet_view(store, packet_pk).totals}


def test_the_same_packet_twice_is_one_packet(store: Store) -> None:
    p = sample(MISSING)
    first = store_result(store, p.result, p.manifest, p.root)
    view = packet_view(store, first.packet_id)
    again = store_result(store, p.result, p.manifest, p.root)
    assert first.created and not again.created and again.packet_id == first.packet_id
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Packet)) == 1
        assert s.scalar(select(func.count()).select_from(AuditEventRow)) == 1
    assert packet_view(store, first.packet_id) == view  # nothing changed, not even a version


def test_the_views_show_what_was_read(store: Store) -> None:
    p = sample(MISSING)
    pk = stored(store, MISSING)
    view = packet_view(store, pk)
    assert view.packet_id == MISSING and view.status == "needs_review"
    assert [d.doc_key for d in view.documents] == [d.id for d in p.result.documents]
    assert {t.category: t.points for t in view.totals} == \
        {k.value: t.points for k, t in p.result.totals.items()}
    assert sorted((q.doc_key, q.rule, q.points) for q in view.proposals) == \
        sorted((q.document_id, q.rule, q.points) for q in p.result.proposals)
    d3 = doc(store, pk, "doc-03")
    assert [f.code for f in d3.flags] == ["MISSING_HOURS"]
    assert "hours spent" in d3.flags[0].guideline
    assert field(d3, "hours").value is None  # not read: a row for the reviewer to fill
    assert field(d3, "title").value == "Year I Program" and field(d3, "title").origin == "read"
    assert d3.pages and d3.pages[0].width == pytest.approx(612, abs=200)
    first = doc(store, pk, "doc-01")
    assert first.prev_pk is None and first.next_pk == doc(store, pk, "doc-02").pk
    assert "MISSING_HOURS" in next(d for d in view.documents if d.doc_key == "doc-03").needs


def test_correcting_hours_changes_the_points_and_the_totals(store: Store,
                                                          reviewer: User) -> None:
    pk = stored(store, MISSING)
    d6 = doc(store, pk, "doc-06")  # Institute Year One, 13 hours: 6.5 points
    hours = field(d6, "hours")
    assert hours.value == 13.0
    before = totals(store, pk)
    change = correct_field(store, hours.pk, "20", hours.version, reviewer, reason="typo")
    assert change.value == 20.0 and change.version == hours.version + 1
    assert {(c["document"], c["before"], c["after"]) for c in change.proposals_changed} == \
        {("doc-06", 6.5, 10.0)}
    assert change.totals_after["cmc_education"].points == before["cmc_education"] + 3.5
    assert totals(store, pk)["cmc_education"] == before["cmc_education"] + 3.5
    after = field(doc(store, pk, "doc-06"), "hours")
    assert (after.value, after.origin, after.confirmed_by) == (20.0, "reviewer", "rita")
    assert after.confirmed_at is not None
    assert packet_view(store, pk).status == "in_review"


def test_correcting_a_missing_value_clears_its_flag(store: Store, reviewer: User) -> None:
    pk = stored(store, MISSING)
    hours = field(doc(store, pk, "doc-03"), "hours")  # Year I Program, no hours: rejected
    change = correct_field(store, hours.pk, 10, hours.version, reviewer)
    assert ("doc-03", "MISSING_HOURS") in {(d, c) for d, c, _ in change.flags_removed}
    d3 = doc(store, pk, "doc-03")
    assert d3.flags == [] and d3.needs == []
    assert [(q.rule, q.points) for q in d3.proposals] == [("cmc.education.institute", 5.0)]
    assert totals(store, pk)["cmc_education"] == 6.5 + 5.0
    cleared = correct_field(store, hours.pk, "", hours.version + 1, reviewer)  # and back
    assert ("doc-03", "MISSING_HOURS") in {(d, c) for d, c, _ in cleared.flags_added}
    assert totals(store, pk)["cmc_education"] == 6.5


def test_a_stale_edit_is_refused_with_the_other_value(store: Store, reviewer: User,
                                                      second_reviewer: User) -> None:
    pk = stored(store, MISSING)
    hours = field(doc(store, pk, "doc-06"), "hours")
    correct_field(store, hours.pk, 14, hours.version, reviewer)
    with pytest.raises(StaleEdit) as refused:
        correct_field(store, hours.pk, 15, hours.version, second_reviewer)
    assert refused.value.current_value == 14.0 and refused.value.by == "rita"
    assert refused.value.at is not None and refused.value.current_version == hours.version + 1
    assert field(doc(store, pk, "doc-06"), "hours").value == 14.0


@pytest.mark.parametrize("name", ["cmc-r5-duplicates", "mmc-r7-duplicates", "bad-files",
                                  "mmc-r9-athenian-cap", "scan-cmc-r4.pdf"])
def test_rescoring_the_stored_reading_gives_what_the_pipeline_gave(store: Store,
                                                                   name: str) -> None:
    """No OCR when rescoring: the stored reading (fields, the pages' text) must be enough
    to find the same flags (near copies too), proposals and totals."""
    from store.rescoring import rescore

    p = sample(name)
    pk = store_result(store, p.result, p.manifest, p.root).packet_id
    with store.session() as s:
        packet = s.get(Packet, pk)
        assert packet is not None
        again = rescore(s, packet)
        flags = {d.doc_key: sorted((f.code, f.message) for f in d.flags)
                 for d in packet.documents}
        proposals = sorted((q.doc_key, q.rule, q.points) for q in packet.proposals)
    assert not again.changed
    assert flags == {d.id: sorted((f.code.value, f.message) for f in d.flags)
                     for d in p.result.documents}
    assert proposals == sorted((q.document_id, q.rule, q.points) for q in p.result.proposals)
    assert totals(store, pk) == {k.value: t.points for k, t in p.result.totals.items()}


def test_two_reviewers_at_once_never_overwrite_each_other(store: Store, reviewer: User,
                                                          second_reviewer: User) -> None:
    """Real threads on the real database, started together: on the same field one edit
    wins and the other is refused; on two fields of the packet both land, and the
    packet's scoring has both."""
    import threading

    pk = stored(store, MISSING)
    d6, d3 = doc(store, pk, "doc-06"), doc(store, pk, "doc-03")
    same = field(d6, "hours")

    def race(*edits: tuple[int, object, int, User]) -> list[object]:
        start = threading.Barrier(len(edits))
        out: list[object] = [None] * len(edits)

        def run(i: int, edit: tuple[int, object, int, User]) -> None:
            start.wait()
            try:
                out[i] = correct_field(store, *edit)  # type: ignore[arg-type]
            except StaleEdit as e:
                out[i] = e

        threads = [threading.Thread(target=run, args=(i, e)) for i, e in enumerate(edits)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return out

    outcome = race((same.pk, 16, same.version, reviewer),
                   (same.pk, 18, same.version, second_reviewer))
    refused = [o for o in outcome if isinstance(o, StaleEdit)]
    assert len(refused) == 1
    assert field(doc(store, pk, "doc-06"), "hours").value == refused[0].current_value
    now = field(doc(store, pk, "doc-06"), "hours")
    other = field(d3, "hours")
    both = race((now.pk, 20, now.version, reviewer), (other.pk, 10, other.version,
                                                      second_reviewer))
    assert not any(isinstance(o, StaleEdit) for o in both)
    assert totals(store, pk)["cmc_education"] == 10.0 + 5.0
