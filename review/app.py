"""The reviewer's workbench: `create_app(store, settings)` builds the FastAPI app.

Pages are Jinja2 templates (autoescape on for every template, whatever its name: nothing
read from a document is ever marked safe) with htmx, served from the package: no CDN, no
build step. Every route but the login page and the static files needs a session
(review/deps.py), every POST a CSRF token, and every response carries headers that keep
the pages out of frames and scripts to the app's own files.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from fastapi import Depends, FastAPI, Request
from fastapi.responses import PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from review import actions, admin, auth, pages
from review.deps import AppState, LoginRequired, csrf_protect, current_user, wants_fragment
from review.security import LoginLimiter, Sessions
from review.settings import ReviewSettings
from review.view_helpers import FILTERS

HERE = Path(__file__).resolve().parent

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self'; script-src 'self'; "
                               "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; "
                               "form-action 'self'; base-uri 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters.update(FILTERS)
    return Jinja2Templates(env=env)


def create_app(store: Any, settings: ReviewSettings) -> FastAPI:
    app = FastAPI(title="clerk-intake review", docs_url=None, redoc_url=None,
                  openapi_url=None, dependencies=[Depends(csrf_protect)])
    app.state.review = AppState(
        store=store, settings=settings,
        sessions=Sessions(settings.secret_key, settings.session_max_age_s),
        limiter=LoginLimiter(settings.login_max_failures, settings.login_window_s),
        templates=templates())
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for module in (auth, pages, actions, admin):
        app.include_router(module.router)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if not request.url.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        if wants_fragment(request) or request.method != "GET":
            return PlainTextResponse("Log in first.", status_code=401,
                                     headers={"HX-Redirect": "/login"})
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={_quote(target)}", status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else "Error"
        if wants_fragment(request):
            return PlainTextResponse(detail, status_code=exc.status_code)
        state: AppState = request.app.state.review
        return state.templates.TemplateResponse(
            request, "error.html", {"status": exc.status_code, "detail": detail,
                                    "user": getattr(request.state, "user", None),
                                    "csrf_token": getattr(request.state, "csrf_token", "")},
            status_code=exc.status_code)

    @app.get("/", include_in_schema=False, dependencies=[Depends(current_user)])
    def root() -> RedirectResponse:
        return RedirectResponse("/queue", status_code=303)

    return app


def _quote(path: str) -> str:
    from urllib.parse import quote
    return quote(path, safe="/")

