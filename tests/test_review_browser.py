"""The workbench in a real browser, as a reviewer uses it, on SQLite and on PostgreSQL.

Debian's chromium through Playwright, against the app served by uvicorn over a real
database holding sample packets processed by the pipeline (tests/review_site.py).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pdfplumber
import pytest

from tests.review_site import IMG, SCRIPT, Site, login_page
from tests.store_fixtures import sample

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")
SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "review-document-view.png"
FACTS = "cmc-r2-missing-facts"


def focus_field_by_keys(page, name: str) -> None:
    """Press j (then k) until the field `name` has the focus (keyboard only)."""
    for key in ("j", "k"):
        for _ in range(40):
            if page.evaluate("document.activeElement.dataset.name") == name:
                return
            page.keyboard.press(key)
    raise AssertionError(f"j and k never reached the field {name}")


def credited(page, category: str) -> str:
    return page.inner_text(f"table.totals tr[data-category={category}] td.points")


def test_a_reviewers_loop(site: Site, browser) -> None:
    page = login_page(browser, site, "alice")
    # the queue: the packet with its reasons, most urgent first
    row = page.locator(f"tr.queue-item[data-packet='{site.packets[FACTS]}']")
    assert "MISSING_HOURS" in row.inner_text()
    row.locator("a.doc-link", has_text="doc-03").click()
    page.wait_for_selector("li.field")
    assert "doc-03" in page.inner_text("h1")

    # the page image is there and the boxes sit on it
    page.wait_for_load_state("load")  # images included
    image = page.locator("figure.page img").first
    assert image.evaluate("img => img.complete && img.naturalWidth") > 500
    title = page.locator("li.field[data-name=title]")
    title_pk = title.get_attribute("data-field")
    box = page.locator(f".box[data-field='{title_pk}']")
    assert "lit" not in (box.get_attribute("class") or "")
    title.hover()
    assert "lit" in (box.get_attribute("class") or "")
    assert box.bounding_box()["width"] > 20
    page.mouse.move(0, 0)
    assert "lit" not in (box.get_attribute("class") or "")
    provider = page.locator("li.field[data-name=applicant_name]")
    page.locator(f".box[data-field='{provider.get_attribute('data-field')}']").click()
    assert page.evaluate("document.activeElement.dataset.name") == "applicant_name"
    assert "lit" in (page.locator(
        f".box[data-field='{provider.get_attribute('data-field')}']").get_attribute("class"))
    # confidence by colour and number
    assert provider.locator(".conf").inner_text().startswith(("0.", "1."))
    assert any(c.startswith("conf-") for c in (provider.get_attribute("class") or "").split())
    flags = page.inner_text("ul.flags")
    assert "MISSING_HOURS" in flags and "Incomplete documentation" in flags  # the guideline
    if site.backend == "sqlite":
        page.evaluate("document.activeElement.blur()")
        title.hover()
        SCREENSHOT.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOT))
    before = credited(page, "cmc_education")

    # correct the hours by keyboard only: j to the field, e, type, Enter
    focus_field_by_keys(page, "hours")
    page.keyboard.press("e")
    assert page.evaluate("document.activeElement.name") == "value"
    page.keyboard.type("24")
    page.keyboard.press("Enter")
    page.wait_for_selector(".notice.saved")
    assert page.inner_text("li.field[data-name=hours] .value") == "24"
    assert "MISSING_HOURS" not in page.inner_text("ul.flags")
    assert "MISSING_HOURS cleared" in page.inner_text(".notice.saved")
    after = credited(page, "cmc_education")
    assert float(after) > float(before), (before, after)
    assert page.evaluate("document.activeElement.dataset.name") == "hours"  # still there

    # the proposal the correction made: confirm it with c
    proposal = page.locator("#panels tr.proposal").first
    assert "proposed" in proposal.inner_text()
    page.keyboard.press("c")
    page.wait_for_selector("#panels tr.proposal.status-confirmed")

    # the packet page: confirm another proposal, totals per category, the letter
    page.click(f"a[href='/packets/{site.packets[FACTS]}']")
    page.wait_for_selector("#packet-panels")
    pending = page.locator("#packet-panels tr.proposal.status-proposed").first
    pk = pending.get_attribute("data-proposal")
    pending.locator("button.confirm").click()
    page.wait_for_selector(f"#packet-panels tr.proposal[data-proposal='{pk}'].status-confirmed")
    assert page.inner_text("table.totals tr[data-category=cmc_education] td.points") == after
    with page.expect_download() as download:
        page.click("#letter-link")
    pdf = download.value.path()
    with pdfplumber.open(pdf) as letter:
        text = "\n".join(p.extract_text() or "" for p in letter.pages)
    applicant = sample(FACTS).manifest.applicant.name
    assert applicant in text
    assert f"CMC Education {after} 60" in text
    assert "Year I Program" in text and "confirmed by the reviewer" in text
    assert "What did not count" in text and "MISSING_NAME" in text

    # the audit trail, and its export
    page.click("a[href$='/history']")
    page.wait_for_selector("table.history")
    trail = page.inner_text("table.history")
    assert "correct_field" in trail and "doc-03 hours" in trail and "alice" in trail
    assert "confirm_proposal" in trail
    exported = page.request.get(page.url + ".json")
    assert exported.status == 200
    events = json.loads(exported.text())
    assert any(e["action"] == "correct_field" and e["user"] == "alice" for e in events)
    csv = page.request.get(page.url + ".csv").text()
    assert "correct_field" in csv.splitlines()[-1] or "correct_field" in csv
    assert page.dialogs == []
    page.context.close()


def test_a_stale_edit_is_refused_with_the_others_value(site: Site, browser) -> None:
    doc = site.document(FACTS, "doc-06")
    alice = login_page(browser, site, "alice")
    bob = login_page(browser, site, "bob")
    for page in (alice, bob):
        page.goto(f"{site.url}/documents/{doc}")
        page.wait_for_selector("li.field[data-name=hours]")
    focus_field_by_keys(bob, "hours")
    bob.keyboard.press("e")
    bob.keyboard.type("14")
    bob.keyboard.press("Enter")
    bob.wait_for_selector(".notice.saved")

    focus_field_by_keys(alice, "hours")
    alice.keyboard.press("Enter")  # Enter edits too
    alice.keyboard.type("15")
    alice.keyboard.press("Enter")
    notice = alice.wait_for_selector(".notice.stale")
    text = notice.inner_text()
    assert "bob" in text and "“14”" in text
    assert alice.inner_text("li.field[data-name=hours] .value") == "14"  # theirs, shown
    # edited again on the version now shown, it goes through
    focus_field_by_keys(alice, "hours")
    alice.keyboard.press("e")
    alice.keyboard.type("15")
    alice.keyboard.press("Enter")
    alice.wait_for_selector(".notice.saved")
    assert alice.inner_text("li.field[data-name=hours] .value") == "15"
    for page in (alice, bob):
        page.context.close()


def test_shortcuts_never_fire_while_typing(site: Site, browser) -> None:
    doc = site.document(FACTS, "doc-04")
    page = login_page(browser, site, "bob")
    page.goto(f"{site.url}/documents/{doc}")
    page.wait_for_selector("li.field")
    url = page.url
    focus_field_by_keys(page, "location")
    page.keyboard.press("e")
    page.keyboard.type("n p j k a c e ?")
    assert page.url == url
    assert page.input_value("li.field[data-name=location] input[name=value]").endswith(
        "n p j k a c e ?")
    assert not page.evaluate("document.getElementById('shortcuts').open")
    page.keyboard.press("Escape")  # cancels: nothing saved, the field keeps the focus
    assert page.locator("li.field[data-name=location] form.edit").is_hidden()
    assert page.evaluate("document.activeElement.dataset.name") == "location"
    assert page.locator(".notice.saved").count() == 0
    page.keyboard.press("?")
    assert page.evaluate("document.getElementById('shortcuts').open")
    assert "next / previous field" in page.inner_text("#shortcuts")
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('shortcuts').open")
    page.keyboard.press("n")
    page.wait_for_url(f"**/documents/{site.document(FACTS, 'doc-05')}")
    page.keyboard.press("p")
    page.wait_for_url(f"**/documents/{doc}")
    page.context.close()


def test_extracted_markup_stays_text(site: Site, browser) -> None:
    doc = site.document("cmc-r1-letter-flags", "doc-01")
    page = login_page(browser, site, "alice")
    page.goto(f"{site.url}/documents/{doc}")
    page.wait_for_selector("li.field[data-name=title]")
    assert page.inner_text("li.field[data-name=title] .value") == SCRIPT
    assert page.inner_text("li.field[data-name=provider] .value") == IMG
    assert page.locator("img[src='/nothing']").count() == 0
    html = page.content()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # and a reviewer's own markup, saved and shown again
    focus_field_by_keys(page, "location")
    page.keyboard.press("e")
    page.keyboard.press("Control+a")
    page.keyboard.type(SCRIPT)
    page.keyboard.press("Enter")
    page.wait_for_selector(".notice.saved")
    assert page.inner_text("li.field[data-name=location] .value") == SCRIPT
    page.reload()
    page.wait_for_selector("li.field")
    assert page.inner_text("li.field[data-name=location] .value") == SCRIPT
    assert page.dialogs == []  # no alert ever fired
    # the letter keeps it as text too
    letter = page.request.get(f"{site.url}/packets/{site.packets['cmc-r1-letter-flags']}"
                              "/letter.pdf")
    assert letter.status == 200
    with pdfplumber.open(io.BytesIO(letter.body())) as pdf:
        assert SCRIPT in "".join(p.extract_text() or "" for p in pdf.pages).replace("\n", "")
    page.context.close()
