"""The workbench's pages and actions over HTTP, on SQLite and PostgreSQL: the queue's
order, filters and counts, deciding flags and proposals (and what each needs), the
history's exports, unknown ids."""

from __future__ import annotations

import csv
import io
import json
import re

from store import document_view, packet_view
from tests.review_site import Site, http_login

FACTS = "cmc-r2-missing-facts"
FLAGS = "cmc-r1-letter-flags"


def rows(html: str) -> list[str]:
    return re.findall(r'<tr class="queue-item" data-packet="(\d+)"', html)


def test_the_queue_orders_filters_and_counts(site: Site) -> None:
    client = http_login(site, "alice")
    page = client.get("/queue")
    assert page.status_code == 200
    assert set(rows(page.text)) == {str(site.packets[FACTS]), str(site.packets[FLAGS])}
    # both have reject flags; the older received comes first
    assert rows(page.text)[0] == str(site.packets[FLAGS])  # received 2025-04-07 before 07-14
    assert re.search(r"MISSING_HOURS</a> <b>1</b>", page.text)
    only = client.get("/queue", params={"reason": "MISSING_HOURS"})
    assert rows(only.text) == [str(site.packets[FACTS])]
    assert rows(client.get("/queue", params={"program": "MMC"}).text) == []
    assert "Nothing waits for a person with these filters" in \
        client.get("/queue", params={"program": "MMC"}).text
    assert len(rows(client.get("/queue", params={"program": "CMC"}).text)) == 2
    assert rows(client.get("/queue", params={"reviewer": "nobody"}).text) == []


def test_flags_and_proposals_are_decided_with_what_they_need(site: Site) -> None:
    client = http_login(site, "bob")
    htmx = {"HX-Request": "true", "X-CSRF-Token": client.csrf}  # type: ignore[attr-defined]
    doc = site.document(FLAGS, "doc-02")
    flag = document_view(site.store, doc).flags[0]
    bare = client.post(f"/flags/{flag.pk}", headers=htmx, data={
        "document": doc, "decision": "overridden", "version": flag.version})
    assert bare.status_code == 422 and "needs a note" in bare.text
    done = client.post(f"/flags/{flag.pk}", headers=htmx, data={
        "document": doc, "decision": "overridden", "version": flag.version,
        "note": "written by the association's secretary, not the applicant"})
    assert done.status_code == 200 and "overridden by bob" in done.text

    packet = site.packets[FLAGS]
    proposal = next(p for p in packet_view(site.store, packet).proposals
                    if p.status == "proposed")
    form = {"packet": packet, "version": proposal.version}
    no_reason = client.post(f"/proposals/{proposal.pk}", headers=htmx,
                            data={**form, "action": "reject"})
    assert no_reason.status_code == 422 and "give the reason" in no_reason.text
    no_points = client.post(f"/proposals/{proposal.pk}", headers=htmx,
                            data={**form, "action": "adjust", "reason": "half"})
    assert no_points.status_code == 422 and "points" in no_points.text
    adjusted = client.post(f"/proposals/{proposal.pk}", headers=htmx, data={
        **form, "action": "adjust", "points": "4", "reason": "only half the sessions"})
    assert adjusted.status_code == 200 and 'id="packet-panels"' in adjusted.text
    after = next(p for p in packet_view(site.store, packet).proposals if p.pk == proposal.pk)
    assert after.status == "adjusted" and after.adjusted_points == 4.0
    stale = client.post(f"/proposals/{proposal.pk}", headers=htmx,
                        data={**form, "action": "confirm"})  # the version it was on
    assert stale.status_code == 409 and "bob" in stale.text

    export = client.get(f"/packets/{packet}/history.csv")
    assert export.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(export.text)))
    assert any(r["action"] == "adjust_proposal" and r["user"] == "bob"
               and r["reason"] == "only half the sessions" for r in table)
    events = json.loads(client.get(f"/packets/{packet}/history.json").text)
    assert any(e["action"] == "decide_flag" for e in events)


def test_unknown_ids_are_404(site: Site) -> None:
    client = http_login(site, "alice")
    for path in ("/packets/999999", "/documents/999999", "/packets/999999/history",
                 "/packets/999999/letter.pdf", "/packets/999999/history.json",
                 "/pages/999999.png", "/documents/doc-01", "/packets/abc"):
        assert client.get(path).status_code == 404, path


def test_a_later_reading_is_shown_beside_the_reviewers_value(site: Site) -> None:
    from store import store_result
    from tests.review_site import with_value
    from tests.store_fixtures import sample

    client = http_login(site, "alice")
    doc = site.document(FACTS, "doc-05")
    field = next(f for f in document_view(site.store, doc).fields if f.name == "position")
    saved = client.post(f"/fields/{field.pk}", data={
        "csrf_token": client.csrf, "document": doc,  # type: ignore[attr-defined]
        "value": "Township Clerk", "version": field.version, "reason": "as signed"})
    assert saved.status_code == 303
    facts = sample(FACTS)
    again = with_value(facts.result, "doc-05", "position", "Deputy Borough Clerk")
    assert store_result(site.store, again, facts.manifest, facts.root).packet_id == \
        site.packets[FACTS]
    page = client.get(f"/documents/{doc}").text
    row = page[page.index(f'id="field-{field.pk}"'):]
    row = row[:row.index("</li>")]
    assert "Township Clerk" in row  # the reviewer's value stays
    assert "a later reading says “Deputy Borough Clerk”" in row


def test_a_value_that_does_not_fit_its_field_is_refused_with_the_reason(site: Site) -> None:
    client = http_login(site, "alice")
    htmx = {"HX-Request": "true", "X-CSRF-Token": client.csrf}  # type: ignore[attr-defined]
    doc = site.document(FLAGS, "doc-04")
    fields = {f.name: f for f in document_view(site.store, doc).fields}
    for name, typed, says in (("hours", "twelve", "must be a number"),
                              ("start_date", "31/31/2024", "not a date")):
        r = client.post(f"/fields/{fields[name].pk}", headers=htmx, data={
            "document": doc, "value": typed, "version": fields[name].version})
        assert r.status_code == 422 and says in r.text, (name, r.text[:300])
        assert 'id="panels"' in r.text
    after = {f.name: f for f in document_view(site.store, doc).fields}
    assert after["hours"].version == fields["hours"].version  # nothing written
