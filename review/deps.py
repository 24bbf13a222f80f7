"""What every route shares: the app's state, the logged-in user, roles and the CSRF check.

A route gets the user from `current_user` (or `admin_user`); a request without a valid
session never reaches a handler: a page request is redirected to /login, an htmx or API
request (or an image) gets 401. The CSRF check is an app-wide dependency, so no POST route
can be added without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import Depends, HTTPException, Request
from fastapi.templating import Jinja2Templates

from review.security import (
    CSRF_FIELD,
    CSRF_HEADER,
    LOGIN_COOKIE,
    SESSION_COOKIE,
    LoginLimiter,
    Sessions,
)
from review.settings import ReviewSettings

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
PUBLIC_POSTS = frozenset({"/login"})


@dataclass
class AppState:
    store: Any
    settings: ReviewSettings
    sessions: Sessions
    limiter: LoginLimiter
    templates: Jinja2Templates


class LoginRequired(Exception):
    """Raised by `current_user`; the app answers 401 or a redirect to /login."""


def state(request: Request) -> AppState:
    return request.app.state.review  # type: ignore[no-any-return]


def wants_fragment(request: Request) -> bool:
    """An htmx request, or one that is no page navigation (fetch, API, image)."""
    if request.headers.get("HX-Request") == "true":
        return True
    accept = request.headers.get("accept", "")
    return "text/html" not in accept


def current_user(request: Request) -> Any:
    from review import backend

    app = state(request)
    cookie = request.cookies.get(SESSION_COOKIE)
    claim = app.sessions.read(cookie)
    if claim is None:
        raise LoginRequired()
    user = backend.get_user(app.store, claim.user_id)
    if user is None or not user.active or user.session_version != claim.session_version:
        raise LoginRequired()
    request.state.user = user
    request.state.csrf_token = app.sessions.csrf_token(cookie or "")
    return user


def admin_user(user: Any = Depends(current_user)) -> Any:
    if user.role != "admin":
        raise HTTPException(status_code=403, detail="Only an administrator can manage users.")
    return user


async def csrf_protect(request: Request) -> None:
    """Every unsafe request carries the session's token in the form or the header."""
    if request.method not in UNSAFE_METHODS:
        return
    app = state(request)
    given = request.headers.get(CSRF_HEADER)
    if not given:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            value = form.get(CSRF_FIELD)
            given = value if isinstance(value, str) else None
    if request.url.path in PUBLIC_POSTS:
        nonce = request.cookies.get(LOGIN_COOKIE)
        expected = app.sessions.login_token(nonce) if nonce else None
    else:
        cookie = request.cookies.get(SESSION_COOKIE)
        expected = app.sessions.csrf_token(cookie) if cookie else None
    if expected is None or not app.sessions.same(given, expected):
        raise HTTPException(status_code=403, detail="The form's security token is missing or "
                                                    "wrong: reload the page and try again.")
