"""The users page, for administrators only (a reviewer gets 403 from `admin_user`, on the
server, whatever the page shows): list, add, set a password (which ends that user's
sessions), deactivate."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from review import backend
from review.deps import admin_user, state
from review.pages import render

router = APIRouter(dependencies=[Depends(admin_user)])


def _page(request: Request, message: str | None = None, error: str | None = None,
          status_code: int = 200) -> Response:
    users = backend.list_users(state(request).store)
    return render(request, "users.html", {"users": users, "message": message, "error": error},
                  status_code)


@router.get("/users")
def users_page(request: Request) -> Response:
    return _page(request)


@router.post("/users")
def add(request: Request, name: str = Form(...), role: str = Form("reviewer"),
        password: str = Form(...)) -> Response:
    if role not in {"reviewer", "admin"}:
        return _page(request, error="A role is reviewer or admin.", status_code=422)
    try:
        backend.add_user(state(request).store, name.strip(), role, password)
    except ValueError as e:
        return _page(request, error=str(e), status_code=422)
    return RedirectResponse("/users", status_code=303)


@router.post("/users/{user_pk:int}/password")
def password(request: Request, user_pk: int, password: str = Form(...)) -> Response:
    user = backend.get_user(state(request).store, user_pk)
    if user is None:
        return _page(request, error="No such user.", status_code=404)
    try:
        backend.set_password(state(request).store, user.name, password)
    except ValueError as e:
        return _page(request, error=str(e), status_code=422)
    return RedirectResponse("/users", status_code=303)


@router.post("/users/{user_pk:int}/deactivate")
def deactivate(request: Request, user_pk: int) -> Response:
    user = backend.get_user(state(request).store, user_pk)
    if user is None:
        return _page(request, error="No such user.", status_code=404)
    if user.id == request.state.user.id:
        return _page(request, error="You cannot deactivate yourself.", status_code=422)
    backend.deactivate_user(state(request).store, user.name)
    return RedirectResponse("/users", status_code=303)
