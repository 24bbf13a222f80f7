"""The review app's test site: a real database (SQLite file or a PostgreSQL database of the
session's cluster) holding processed sample packets, the app served by uvicorn on a free
loopback port in a thread, and Debian's chromium driven by Playwright.

`site` is module-scoped and parametrized over both backends, so each test module runs
once per database; its tests share the site and touch different documents.
"""

from __future__ import annotations

import secrets
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
PASSWORD = "correct horse battery"
SCRIPT = "<script>alert(1)</script>"
IMG = '<img src="/nothing" onerror="alert(2)">'


@dataclass
class Site:
    url: str
    store: Any
    data_dir: Path
    backend: str
    app: Any
    packets: dict[str, int] = field(default_factory=dict)  # sample name -> packet pk

    def document(self, packet: str, doc_key: str) -> int:
        from store.views import packet_view

        view = packet_view(self.store, self.packets[packet])
        return next(d.pk for d in view.documents if d.doc_key == doc_key)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Served:
    """uvicorn running the app in a daemon thread until `stop`."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.port = free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        started = threading.Event()
        for _ in range(400):  # until the socket listens (bounded: 20 s)
            if self.server.started:
                started.set()
                break
            started.wait(0.05)
        if not started.is_set():
            raise RuntimeError("the review app did not start")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def with_value(result: Any, doc_key: str, name: str, value: str) -> Any:
    """The result with one document's field read as `value` (an extracted value that
    happens to be markup, as an OCR'd page can give)."""
    from core.models import FieldValue

    copy = result.model_copy(deep=True)
    doc = next(d for d in copy.documents if d.id == doc_key)
    old = doc.fields.get(name)
    doc.fields[name] = FieldValue(value=value, confidence=old.confidence if old else 0.9,
                                  page=old.page if old else 1, bbox=old.bbox if old else None)
    return copy


def build_site(request: pytest.FixtureRequest, tmp: Path) -> Iterator[Site]:
    from review.app import create_app
    from review.settings import ReviewSettings
    from store import add_user, connect, store_result, upgrade
    from tests.store_fixtures import sample

    backend = request.param
    if backend == "sqlite":
        url = f"sqlite:///{tmp / 'intake.db'}"
    else:
        url = request.getfixturevalue("postgres_cluster").new_database()
    store = connect(url, tmp / "files")
    upgrade(store)
    packets = {}
    facts = sample("cmc-r2-missing-facts")
    packets["cmc-r2-missing-facts"] = store_result(
        store, facts.result, facts.manifest, facts.root).packet_id
    flags = sample("cmc-r1-letter-flags")
    marked = with_value(with_value(flags.result, "doc-01", "title", SCRIPT),
                        "doc-01", "provider", IMG)
    packets["cmc-r1-letter-flags"] = store_result(
        store, marked, flags.manifest, flags.root).packet_id
    add_user(store, "alice", "reviewer", PASSWORD)
    add_user(store, "bob", "reviewer", PASSWORD)
    add_user(store, "root", "admin", PASSWORD)
    settings = ReviewSettings(secret_key=secrets.token_urlsafe(32), data_dir=tmp)
    app = create_app(store, settings)
    served = Served(app)
    try:
        yield Site(served.url, store, tmp, backend, app, packets)
    finally:
        served.stop()
        store.close()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def site(request: pytest.FixtureRequest,
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    yield from build_site(request, tmp_path_factory.mktemp(f"review-{request.param}"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (scripts/bootstrap.sh installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def login_page(browser: Any, site: Site, name: str = "alice") -> Any:
    """A new browser context logged in as `name`, on the queue; dialogs make the test fail."""
    context = browser.new_context(viewport={"width": 1400, "height": 900},
                                  accept_downloads=True)
    page = context.new_page()
    page.dialogs = []  # type: ignore[attr-defined]
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.goto(site.url + "/queue")
    assert "/login" in page.url
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("form[action='/login'] button[type=submit]")
    page.wait_for_url("**/queue")
    return page


def http_login(site: Site, name: str = "alice") -> httpx.Client:
    """An HTTP client with a session, and its CSRF token as `client.csrf`."""
    client = httpx.Client(base_url=site.url, follow_redirects=False,
                          headers={"Accept": "text/html"})
    form = client.get("/login")
    token = _hidden(form.text, "csrf_token")
    r = client.post("/login", data={"name": name, "password": PASSWORD,
                                    "csrf_token": token, "next": "/queue"})
    assert r.status_code == 303, r.text
    page = client.get("/queue")
    client.csrf = _hidden(page.text, "csrf_token")  # type: ignore[attr-defined]
    return client


def _hidden(html: str, name: str) -> str:
    import re

    m = re.search(rf'name="{name}" value="([^"]+)"', html)
    assert m, f"no {name} in the page"
    return m[1]
