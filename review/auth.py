"""Login and logout.

A login sets the signed session cookie (user id and session version only) and replaces
the pre-session cookie; a failed one counts against the (name, address) limit and says
nothing about which of name or password was wrong. `next` is followed only when it is a
path of this site.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from review import backend
from review.deps import LoginRequired, current_user, state
from review.security import LOGIN_COOKIE, SESSION_COOKIE

router = APIRouter()


def _safe_next(target: str | None) -> str:
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/queue"


def _login_page(request: Request, next_url: str, error: str | None = None,
                status_code: int = 200) -> Response:
    app = state(request)
    nonce = request.cookies.get(LOGIN_COOKIE) or app.sessions.new_login_nonce()
    response = app.templates.TemplateResponse(
        request, "login.html",
        {"user": None, "csrf_token": app.sessions.login_token(nonce), "next": next_url,
         "error": error}, status_code=status_code)
    response.set_cookie(LOGIN_COOKIE, nonce, httponly=True, samesite="lax",
                        secure=app.settings.cookie_secure, path="/login")
    return response


@router.get("/login")
def login_form(request: Request, next: str | None = None) -> Response:
    try:
        current_user(request)
        return RedirectResponse(_safe_next(next), status_code=303)
    except LoginRequired:
        return _login_page(request, _safe_next(next))


@router.post("/login")
def login(request: Request, name: str = Form(...), password: str = Form(...),
          next: str = Form("/queue")) -> Response:
    app = state(request)
    address = request.client.host if request.client else "-"
    if app.limiter.blocked(name, address):
        return _login_page(request, _safe_next(next), "Too many failed logins for this name: "
                           "wait a few minutes and try again.", status_code=429)
    user: Any = backend.verify_login(app.store, name, password)
    if user is None:
        app.limiter.failed(name, address)
        return _login_page(request, _safe_next(next), "Wrong name or password.",
                           status_code=401)
    app.limiter.succeeded(name, address)
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(SESSION_COOKIE, app.sessions.issue(user.id, user.session_version),
                        max_age=app.settings.session_max_age_s, httponly=True, samesite="lax",
                        secure=app.settings.cookie_secure, path="/")
    response.delete_cookie(LOGIN_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(request: Request) -> Response:
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
