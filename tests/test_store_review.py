"""A reviewer's work in the store, on both backends: decisions on flags and proposals,
the audit trail and its export, the reviewed result, a new reading of a reviewed packet,
evidence credited in an earlier packet, the queue, the stored originals."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from core.models import FlagCode
from store import (
    BadValue,
    StaleEdit,
    Store,
    User,
    correct_field,
    decide_flag,
    decide_proposal,
    document_view,
    export_history,
    history,
    packet_view,
    queue,
    reviewed_result,
    source_path,
    store_result,
)
from store.views import DocumentView
from tests.store_fixtures import copy_packet, processed, sample

MISSING = "cmc-r2-missing-facts"
LETTERS = "cmc-r1-letter-flags"
INSTITUTE = "cmc-r3-institute-track"


def stored(store: Store, name: str) -> int:
    p = sample(name)
    return store_result(store, p.result, p.manifest, p.root).packet_id


def doc(store: Store, packet_pk: int, key: str) -> DocumentView:
    view = packet_view(store, packet_pk)
    return document_view(store, next(d.pk for d in view.documents if d.doc_key == key))


def field(view: DocumentView, name: str):  # noqa: ANN201
    return next(f for f in view.fields if f.name == name)


def proposal(store: Store, packet_pk: int, key: str):  # noqa: ANN201
    return next(p for p in packet_view(store, packet_pk).proposals if p.doc_key == key)


def totals(store: Store, packet_pk: int) -> dict[str, float]:
    return {t.category: t.points for t in packet_view(store, packet_pk).totals}


def test_proposals_confirmed_adjusted_rejected(store: Store, reviewer: User) -> None:
    pk = stored(store, INSTITUTE)  # education 39.5 = 3 + 5 + 3.5 + 8 + 20
    start = totals(store, pk)["cmc_education"]
    first = proposal(store, pk, "doc-01")
    confirmed = decide_proposal(store, first.pk, "confirm", expected_version=first.version,
                                user=reviewer)
    assert confirmed.totals_after["cmc_education"].points == start
    with pytest.raises(BadValue, match="reason"):
        decide_proposal(store, first.pk, "adjust", points=4.0, expected_version=2,
                        user=reviewer)
    adjusted = decide_proposal(store, first.pk, "adjust", points=4.0, reason="year I had a "
                               "make-up session", expected_version=2, user=reviewer)
    assert adjusted.totals_after["cmc_education"].points == start + 1.0
    conference = proposal(store, pk, "doc-05")
    with pytest.raises(StaleEdit):
        decide_proposal(store, conference.pk, "reject", reason="x",
                        expected_version=conference.version + 1, user=reviewer)
    decide_proposal(store, conference.pk, "reject", reason="attendance not shown",
                    expected_version=conference.version, user=reviewer)
    assert totals(store, pk)["cmc_education"] == start + 1.0 - 8.0
    view = {p.doc_key: p for p in packet_view(store, pk).proposals}
    assert (view["doc-01"].status, view["doc-01"].points, view["doc-01"].counted) == \
        ("adjusted", 3.0, 4.0)
    assert (view["doc-05"].status, view["doc-05"].counted, view["doc-05"].decided_by) == \
        ("rejected", 0.0, "rita")


def test_a_decision_survives_rescoring(store: Store, reviewer: User) -> None:
    pk = stored(store, MISSING)
    inst = proposal(store, pk, "doc-06")
    decide_proposal(store, inst.pk, "confirm", expected_version=inst.version, user=reviewer)
    name = field(doc(store, pk, "doc-01"), "applicant_name")  # MISSING_NAME on doc-01
    correct_field(store, name.pk, "Olivia Grant", name.version, reviewer)
    again = proposal(store, pk, "doc-06")
    assert (again.pk, again.status) == (inst.pk, "confirmed")


def test_an_overridden_reject_flag_no_longer_stops_the_credit(store: Store,
                                                              reviewer: User) -> None:
    pk = stored(store, LETTERS)
    d2 = doc(store, pk, "doc-02")
    flag = d2.flags[0]
    assert (flag.code, flag.severity, d2.proposals) == ("FIRST_PERSON", "reject", [])
    with pytest.raises(BadValue, match="note"):
        decide_flag(store, flag.pk, "overridden", "", flag.version, reviewer)
    change = decide_flag(store, flag.pk, "overridden", "written by the conference chair",
                         flag.version, reviewer)
    assert [(c["document"], c["after"]) for c in change.proposals_changed] == [("doc-02", 4.0)]
    d2 = doc(store, pk, "doc-02")
    assert (d2.flags[0].decision, d2.flags[0].decided_by) == ("overridden", "rita")
    assert d2.needs == [] and [p.points for p in d2.proposals] == [4.0]
    accepted = decide_flag(store, flag.pk, "accepted", None, flag.version + 1, reviewer)
    assert accepted.proposals_changed and doc(store, pk, "doc-02").proposals == []


def test_every_change_is_in_the_audit_trail(store: Store, reviewer: User) -> None:
    pk = stored(store, MISSING)
    hours = field(doc(store, pk, "doc-03"), "hours")
    correct_field(store, hours.pk, "10", hours.version, reviewer, reason="stated on page 2")
    inst = proposal(store, pk, "doc-06")
    decide_proposal(store, inst.pk, "adjust", points=7.0, reason="rounding",
                    expected_version=inst.version, user=reviewer)
    events = history(store, pk)
    assert [e.action for e in events] == ["store_packet", "correct_field", "rescore",
                                          "adjust_proposal"]
    correction = events[1]
    assert (correction.user, correction.document, correction.target, correction.reason) == \
        ("rita", "doc-03", "doc-03 hours", "stated on page 2")
    assert correction.before == {"value": None, "origin": "read"}
    assert correction.after == {"value": 10.0, "origin": "reviewer"}
    rescore = events[2]
    assert ["doc-03", "MISSING_HOURS"] in [f[:2] for f in rescore.before["flags"]]
    assert rescore.after["totals"]["cmc_education"]["points"] == 11.5
    assert events[3].before["status"] == "proposed" and events[3].after["adjusted_points"] == 7.0
    exported = json.loads(export_history(store, pk, "json"))
    assert [e["action"] for e in exported] == [e.action for e in events]
    assert exported[1]["after"] == {"value": 10.0, "origin": "reviewer"}
    rows = list(csv.DictReader(io.StringIO(export_history(store, pk, "csv"))))
    assert [r["action"] for r in rows] == [e.action for e in events]
    assert rows[1]["user"] == "rita" and json.loads(rows[1]["after"])["value"] == 10.0
    assert rows[3]["reason"] == "rounding"
    with pytest.raises(ValueError):
        export_history(store, pk, "xml")


def test_the_reviewed_result_carries_who_and_when(store: Store, reviewer: User) -> None:
    pk = stored(store, MISSING)
    hours = field(doc(store, pk, "doc-03"), "hours")
    correct_field(store, hours.pk, 10, hours.version, reviewer)
    inst = proposal(store, pk, "doc-06")
    decide_proposal(store, inst.pk, "adjust", points=6.0, reason="a session missed",
                    expected_version=inst.version, user=reviewer)
    result = reviewed_result(store, pk)
    d3 = next(d for d in result.documents if d.id == "doc-03")
    assert d3.fields["hours"].value == 10.0 and d3.fields["hours"].review is not None
    assert d3.fields["hours"].review.by == "rita" and d3.fields["hours"].review.at.tzinfo
    assert d3.fields["title"].review is None  # as read, not reviewed
    assert not d3.has_flag(FlagCode.MISSING_HOURS)
    adjusted = next(p for p in result.proposals if p.document_id == "doc-06")
    assert (adjusted.status, adjusted.points) == ("adjusted", 6.0)
    assert adjusted.review is not None and adjusted.review.proposed_points == 6.5
    assert adjusted.review.note == "a session missed"
    assert result.totals["cmc_education"].points == 6.0 + 5.0
    assert result.status is not None and result.status.categories[0].earned == 11.0
    as_json = json.loads(result.model_dump_json())
    doc3 = next(d for d in as_json["documents"] if d["id"] == "doc-03")
    assert doc3["fields"]["hours"]["review"]["by"] == "rita"
    assert "review" not in doc3["fields"]["title"]


def test_a_new_reading_keeps_the_reviewer_values(store: Store, reviewer: User) -> None:
    p = sample(MISSING)
    pk = stored(store, MISSING)
    hours = field(doc(store, pk, "doc-06"), "hours")
    correct_field(store, hours.pk, 20, hours.version, reviewer)
    newer = p.result.model_copy(deep=True)  # as a newer release of the extractors reads it
    d6 = next(d for d in newer.documents if d.id == "doc-06")
    d6.fields["hours"] = d6.fields["hours"].model_copy(update={"value": 14.0})
    d1 = next(d for d in newer.documents if d.id == "doc-01")
    d1.fields["title"] = d1.fields["title"].model_copy(update={"value": "Meeting Management"})
    again = store_result(store, newer, p.manifest, p.root)
    assert (again.packet_id, again.created, again.reread) == (pk, False, True)
    kept = field(doc(store, pk, "doc-06"), "hours")
    assert (kept.value, kept.origin, kept.reread_value) == (20.0, "reviewer", 14.0)
    assert field(doc(store, pk, "doc-01"), "title").value == "Meeting Management"
    assert proposal(store, pk, "doc-06").points == 10.0  # still scored on the reviewer's 20
    assert history(store, pk)[-1].action == "reread_packet"


def test_evidence_credited_in_an_earlier_packet_is_a_duplicate(store: Store,
                                                               tmp_path: Path) -> None:
    earlier = stored(store, INSTITUTE)
    manifest = json.loads((sample(INSTITUTE).root / "packet.json").read_text())
    manifest["received_date"] = "2027-01-05"
    # the same file again, and a re-made copy of the year II certificate (other bytes)
    later = copy_packet(INSTITUTE, tmp_path / "later", ["iimc_annual_conference_2023.pdf"],
                        json.dumps(manifest))
    p = processed(later)
    pk = store_result(store, p.result, p.manifest, p.root).packet_id
    assert pk != earlier
    certificate = doc(store, pk, "doc-01")
    dup = [f for f in certificate.flags if f.code == "DUPLICATE"]
    assert len(dup) == 1 and dup[0].severity == "reject"
    assert dup[0].message.startswith(f"Credited before: packet {INSTITUTE}, doc-05")
    assert certificate.proposals == []
    assert totals(store, pk)["cmc_education"] == 0.0
    assert totals(store, earlier)["cmc_education"] == 39.5  # the first credit stands


def test_the_same_course_read_from_another_copy_is_a_duplicate(store: Store,
                                                               tmp_path: Path) -> None:
    stored(store, "cmc-r5-duplicates")  # Institute Year One credited as doc-02
    manifest = (sample("cmc-r5-duplicates").root / "packet.json").read_text()
    later = copy_packet("cmc-r5-duplicates", tmp_path / "later", ["institute_copy.pdf"],
                        manifest.replace("2026", "2027"))
    p = processed(later)
    pk = store_result(store, p.result, p.manifest, p.root).packet_id
    flags = doc(store, pk, "doc-01").flags
    assert [f.message.split(".")[0] for f in flags] == \
        ["Credited before: packet cmc-r5-duplicates, doc-02"]


def test_another_applicant_is_no_duplicate(store: Store, tmp_path: Path) -> None:
    stored(store, INSTITUTE)
    manifest = json.loads((sample(INSTITUTE).root / "packet.json").read_text())
    manifest["applicant"] = {"name": "Someone Else", "region": 3, "member_id": "999"}
    later = copy_packet(INSTITUTE, tmp_path / "other", ["iimc_annual_conference_2023.pdf"],
                        json.dumps(manifest))
    p = processed(later)
    pk = store_result(store, p.result, p.manifest, p.root).packet_id
    assert "DUPLICATE" not in [f.code for f in doc(store, pk, "doc-01").flags]


def test_the_queue_lists_what_needs_a_person(store: Store, reviewer: User) -> None:
    letters, missing, clean = stored(store, LETTERS), stored(store, MISSING), \
        stored(store, INSTITUTE)
    q = queue(store)
    listed = {i.packet_pk: i for i in q.items}
    assert clean not in listed  # nothing for a person there
    assert {"MISSING_NAME", "MISSING_DATE", "MISSING_HOURS", "MISSING_TITLE"} <= \
        set(listed[missing].reasons)
    assert q.counts["MISSING_HOURS"] == 1 and q.counts["FIRST_PERSON"] == 1
    assert [i.packet_pk for i in queue(store, reason="FIRST_PERSON").items] == [letters]
    assert queue(store, program="MMC").items == []
    d3 = doc(store, missing, "doc-03")
    decide_flag(store, d3.flags[0].pk, "accepted", None, d3.flags[0].version, reviewer)
    after = next(i for i in queue(store).items if i.packet_pk == missing)
    assert "MISSING_HOURS" not in after.reasons and after.reviewers == ["rita"]
    assert [i.packet_pk for i in queue(store, reviewer="rita").items] == [missing]


def test_pages_are_served_from_the_stored_copy(store: Store) -> None:
    pk = stored(store, MISSING)
    page = doc(store, pk, "doc-06").pages[0]
    path, number = source_path(store, page.pk)
    original = sample(MISSING).root / "good_institute.pdf"
    assert path.read_bytes() == original.read_bytes() and number == page.number
    assert path.parent.parent == store.files_dir and path != original
