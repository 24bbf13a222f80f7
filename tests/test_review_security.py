"""The workbench's security, over HTTP against the served app, on SQLite and PostgreSQL:
logins and sessions, CSRF on every POST (form field and htmx header alike), roles on the
server, the login rate limit, and page images found by id only."""

from __future__ import annotations

import base64
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute

from review.security import SESSION_COOKIE
from review.settings import review_settings
from tests.review_site import PASSWORD, Site, http_login

PARAM = re.compile(r"\{[^}]+\}")


def flat(routes: list[Any]) -> list[Any]:
    """The app's routes, those of included routers too (FastAPI keeps them nested)."""
    out = []
    for route in routes:
        nested = getattr(route, "original_router", None)
        out += flat(nested.routes) if nested is not None else [route]
    return out


def routes(site: Site) -> list[tuple[str, str]]:
    """Every (method, path) of the app, its ids filled with 1 (the login page aside)."""
    out = []
    for route in flat(site.app.routes):
        if isinstance(route, APIRoute) and route.path not in {"/login"}:
            for method in sorted(route.methods - {"HEAD"}):
                out.append((method, PARAM.sub("1", route.path)))
    assert len(out) >= 15, out
    return out


def test_the_app_has_no_other_public_route(site: Site) -> None:
    public = {getattr(r, "path", "") for r in flat(site.app.routes)
              if not isinstance(r, APIRoute)}
    assert public == {"/static"}  # the mount of the stylesheet, htmx and app.js


def test_anonymous_is_refused_everywhere(site: Site) -> None:
    with httpx.Client(base_url=site.url, follow_redirects=False) as client:
        for method, path in routes(site):
            page = client.request(method, path, headers={"Accept": "text/html"})
            if method == "GET":
                assert page.status_code == 303, (method, path, page.status_code)
                assert page.headers["location"].startswith("/login?next=")
            else:
                assert page.status_code in (401, 403), (method, path, page.status_code)
            fragment = client.request(method, path, headers={"HX-Request": "true"})
            assert fragment.status_code in (401, 403), (method, path, fragment.status_code)
            image_like = client.request(method, path)
            assert image_like.status_code in (401, 403), (method, path)
        image = client.get("/pages/1.png")
        assert image.status_code == 401 and not image.content.startswith(b"\x89PNG")


def test_every_post_needs_the_csrf_token(site: Site) -> None:
    client = http_login(site, "root")  # an admin: no route refuses for the role first
    posts = [path for method, path in routes(site) if method == "POST"]
    assert "/fields/1" in posts and "/users" in posts and "/logout" in posts
    for path in posts:
        plain = client.post(path, data={"document": "1", "value": "x", "version": "1"})
        assert plain.status_code == 403, (path, plain.status_code)
        assert "security token" in plain.text
        wrong = client.post(path, data={"csrf_token": "0" * 64, "version": "1"})
        assert wrong.status_code == 403, path
        htmx = client.post(path, data={"version": "1"}, headers={"HX-Request": "true"})
        assert htmx.status_code == 403, path
        htmx_wrong = client.post(path, data={"version": "1"},
                                 headers={"HX-Request": "true", "X-CSRF-Token": "f" * 64})
        assert htmx_wrong.status_code == 403, path
    # another session's token is no token for this one
    other = http_login(site, "alice")
    stolen = client.post("/logout", data={"csrf_token": other.csrf})  # type: ignore[attr-defined]
    assert stolen.status_code == 403
    assert client.get("/queue").status_code == 200  # still logged in


def test_the_token_works_from_the_form_and_from_the_header(site: Site) -> None:
    from store import document_view

    client = http_login(site, "alice")
    doc = site.document("cmc-r2-missing-facts", "doc-01")
    flag = document_view(site.store, doc).flags[0]
    by_header = client.post(f"/flags/{flag.pk}", headers={
        "HX-Request": "true", "X-CSRF-Token": client.csrf},  # type: ignore[attr-defined]
        data={"document": doc, "decision": "accepted", "version": flag.version})
    assert by_header.status_code == 200
    assert 'class="flag sev-reject decided"' in by_header.text
    field = next(f for f in document_view(site.store, doc).fields if f.name == "location")
    by_form = client.post(f"/fields/{field.pk}", data={
        "csrf_token": client.csrf, "document": doc,  # type: ignore[attr-defined]
        "value": "Trenton, New Jersey", "version": field.version})
    assert by_form.status_code == 303 and by_form.headers["location"] == f"/documents/{doc}"


def test_the_login_form_has_its_own_token(site: Site) -> None:
    with httpx.Client(base_url=site.url) as client:
        refused = client.post("/login", data={"name": "alice", "password": PASSWORD})
        assert refused.status_code == 403
        client.get("/login")  # a pre-session cookie, but a token made up
        forged = client.post("/login", data={"name": "alice", "password": PASSWORD,
                                             "csrf_token": "a" * 64})
        assert forged.status_code == 403
        assert SESSION_COOKIE not in client.cookies


def test_the_session_cookie_holds_only_the_user_and_its_version(site: Site) -> None:
    with httpx.Client(base_url=site.url) as client:
        form = client.get("/login").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', form)[1]  # type: ignore[index]
        r = client.post("/login", data={"name": "alice", "password": PASSWORD,
                                        "csrf_token": token}, follow_redirects=False)
        assert r.status_code == 303
        cookie = next(h for h in r.headers.get_list("set-cookie")
                      if h.startswith(SESSION_COOKIE + "="))
        attrs = {a.strip().split("=")[0].lower(): a for a in cookie.split(";")[1:]}
        assert "httponly" in attrs
        assert attrs["samesite"].strip().lower() == "samesite=lax"
        value = cookie.split(";")[0].split("=", 1)[1].strip('"')
        payload = value.split(".")[0]
        data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        assert set(data) == {"u", "v"}
        tampered = value[:-2] + ("AA" if not value.endswith("AA") else "BB")
        client.cookies.set(SESSION_COOKIE, tampered)
        assert client.get("/queue", headers={"Accept": "text/html"},
                          follow_redirects=False).status_code == 303


def test_a_password_change_ends_the_users_sessions(site: Site) -> None:
    from store import add_user, set_password

    add_user(site.store, "carol", "reviewer", PASSWORD)
    carol = http_login(site, "carol")
    assert carol.get("/queue").status_code == 200
    set_password(site.store, "carol", "another long password")
    assert carol.get("/queue").status_code == 303


def test_only_an_admin_manages_users(site: Site) -> None:
    reviewer = http_login(site, "alice")
    assert reviewer.get("/users").status_code == 403
    sneaky = reviewer.post("/users", data={"csrf_token": reviewer.csrf,  # type: ignore[attr-defined]
                                           "name": "mallory", "role": "admin",
                                           "password": "a long password"})
    assert sneaky.status_code == 403
    admin = http_login(site, "root")
    page = admin.get("/users")
    assert page.status_code == 200 and "alice" in page.text and "mallory" not in page.text
    added = admin.post("/users", data={"csrf_token": admin.csrf,  # type: ignore[attr-defined]
                                       "name": "dave", "role": "reviewer",
                                       "password": "a long password"})
    assert added.status_code == 303
    assert http_login_works(site, "dave", "a long password")
    from store import get_user_by_name

    dave = httpx.Client(base_url=site.url, headers={"Accept": "text/html"})
    assert http_login_works(site, "dave", "a long password", dave)
    assert dave.get("/queue").status_code == 200
    dave_id = get_user_by_name(site.store, "dave").id  # type: ignore[union-attr]
    gone = admin.post(f"/users/{dave_id}/deactivate",
                      data={"csrf_token": admin.csrf})  # type: ignore[attr-defined]
    assert gone.status_code == 303
    assert dave.get("/queue").status_code == 303  # the open session ends with the account
    assert not http_login_works(site, "dave", "a long password")


def http_login_works(site: Site, name: str, password: str,
                     client: httpx.Client | None = None) -> bool:
    """Whether `name` can log in (into `client`, which keeps the session, if given)."""
    client = client or httpx.Client(base_url=site.url)
    form = client.get("/login").text
    token = re.search(r'name="csrf_token" value="([^"]+)"', form)[1]  # type: ignore[index]
    r = client.post("/login", data={"name": name, "password": password,
                                    "csrf_token": token}, follow_redirects=False)
    return r.status_code == 303


def test_failed_logins_are_limited_per_name_and_address(site: Site) -> None:
    from store import add_user

    add_user(site.store, "erin", "reviewer", PASSWORD)
    with httpx.Client(base_url=site.url) as client:
        for _ in range(5):
            form = client.get("/login").text
            token = re.search(r'name="csrf_token" value="([^"]+)"', form)[1]  # type: ignore[index]
            r = client.post("/login", data={"name": "erin", "password": "wrong guess",
                                            "csrf_token": token})
            assert r.status_code == 401 and "Wrong name or password" in r.text
        form = client.get("/login").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', form)[1]  # type: ignore[index]
        r = client.post("/login", data={"name": "erin", "password": PASSWORD,
                                        "csrf_token": token})
        assert r.status_code == 429  # even the right password, until the window passes
    assert http_login_works(site, "alice", PASSWORD)  # another name is not held up


@pytest.mark.parametrize("path", [
    "/pages/../../etc/passwd", "/pages/..%2F..%2Fetc%2Fpasswd", "/pages/%2e%2e/%2e%2e/etc/passwd",
    "/pages/..%2f..%2fetc%2fpasswd.png", "/pages/abc.png", "/pages/-1.png", "/pages/1.5.png",
    "/pages/99999.png", "/pages/1", "/pages//etc/passwd.png", "/pages/%00.png",
])
def test_page_images_are_found_by_id_only(site: Site, path: str) -> None:
    client = http_login(site, "alice")
    r = client.send(client.build_request("GET", httpx.URL(site.url + path)))
    assert r.status_code in (404, 422), (path, r.status_code)
    assert b"root:" not in r.content


def test_a_page_image_is_rendered_once(site: Site) -> None:
    from store import document_view

    client = http_login(site, "alice")
    page = document_view(site.store, site.document("cmc-r2-missing-facts", "doc-02")).pages[0]
    first = client.get(f"/pages/{page.pk}.png")
    assert first.status_code == 200 and first.headers["content-type"] == "image/png"
    assert first.content.startswith(b"\x89PNG")
    cached = list((site.data_dir / "page-images").rglob("*.png"))
    assert any(p.name.endswith(f"-p{page.number}-110dpi.png") for p in cached)
    again = client.get(f"/pages/{page.pk}.png")
    assert again.content == first.content
    assert sorted((site.data_dir / "page-images").rglob("*.png")) == sorted(cached)


def test_the_secret_key_file_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INTAKE_SECRET_KEY", raising=False)
    first = review_settings(tmp_path)
    mode = stat.S_IMODE(os.stat(tmp_path / "secret_key").st_mode)
    assert mode == 0o600
    assert review_settings(tmp_path).secret_key == first.secret_key
    monkeypatch.setenv("INTAKE_SECRET_KEY", "from the environment")
    assert review_settings(tmp_path).secret_key == "from the environment"
