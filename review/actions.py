"""What a reviewer does: correct a field, decide a flag, confirm/adjust/reject a proposal.

Each action names the row's version it was made on; the store refuses it (`StaleEdit`)
when someone else changed the row since, and the answer is 409 with the panel showing the
other reviewer's value and name. The store rescores the packet on a correction, so the
answer to an htmx request is the document's panels (fields, flags, proposals, totals)
rendered again from the store; a plain form post is redirected back to its page.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from review import backend
from review.deps import current_user, state
from review.pages import render

router = APIRouter(dependencies=[Depends(current_user)])


def _htmx(request: Request) -> bool:
    return request.headers.get("HX-Request") == "true"


def _document(request: Request, document_pk: int) -> Any:
    try:
        doc = backend.document_view(state(request).store, document_pk)
    except LookupError:
        doc = None
    if doc is None:
        raise HTTPException(status_code=404, detail="No such document.")
    return doc


def _panels(request: Request, document_pk: int, *, change: Any = None, stale: Any = None,
            error: str | None = None, status_code: int = 200) -> Response:
    app = state(request)
    doc = _document(request, document_pk)
    packet = backend.packet_view(app.store, doc.packet_pk)
    if not _htmx(request):
        if status_code >= 400:
            return render(request, "document.html", {"doc": doc, "packet": packet,
                                                     "change": change, "stale": stale,
                                                     "error": error}, status_code)
        return RedirectResponse(f"/documents/{document_pk}", status_code=303)
    return render(request, "_panels.html", {"doc": doc, "packet": packet, "change": change,
                                            "stale": stale, "error": error}, status_code)


def _packet(request: Request, packet_pk: int, *, stale: Any = None, error: str | None = None,
            status_code: int = 200) -> Response:
    app = state(request)
    packet = backend.packet_view(app.store, packet_pk)
    if not _htmx(request) and status_code < 400:
        return RedirectResponse(f"/packets/{packet_pk}", status_code=303)
    name = "_packet_panels.html" if _htmx(request) else "packet.html"
    return render(request, name, {"packet": packet, "stale": stale, "error": error},
                  status_code)


@router.post("/fields/{field_pk:int}")
def correct(request: Request, field_pk: int, document: int = Form(...), value: str = Form(...),
            version: int = Form(...), reason: str = Form("")) -> Response:
    app = state(request)
    doc = _document(request, document)
    field = next((f for f in doc.fields if f.pk == field_pk), None)
    if field is None:
        raise HTTPException(status_code=404, detail="No such field on this document.")
    try:
        change = backend.correct_field(app.store, field_pk, value, version, request.state.user,
                                       reason=reason.strip() or None)
    except backend.StaleEdit as e:
        return _panels(request, document, stale={"field": field.name, "error": e},
                       status_code=409)
    except backend.BadValue as e:
        return _panels(request, document, error=f"{field.name}: {e}", status_code=422)
    return _panels(request, document, change=change)


@router.post("/flags/{flag_pk:int}")
def decide_flag(request: Request, flag_pk: int, document: int = Form(...),
                decision: str = Form(...), version: int = Form(...),
                note: str = Form("")) -> Response:
    app = state(request)
    if decision not in {"accepted", "overridden"}:
        raise HTTPException(status_code=422, detail="A flag is accepted or overridden.")
    if decision == "overridden" and not note.strip():
        return _panels(request, document, error="Overriding a flag needs a note saying why.",
                       status_code=422)
    try:
        backend.decide_flag(app.store, flag_pk, decision, note.strip() or None, version,
                            request.state.user)
    except backend.StaleEdit as e:
        return _panels(request, document, stale={"field": "flag", "error": e},
                       status_code=409)
    except ValueError as e:
        return _panels(request, document, error=str(e), status_code=422)
    return _panels(request, document)


@router.post("/proposals/{proposal_pk:int}")
def decide_proposal(request: Request, proposal_pk: int, action: str = Form(...),
                    version: int = Form(...), points: str = Form(""), reason: str = Form(""),
                    document: int | None = Form(None),
                    packet: int | None = Form(None)) -> Response:
    app = state(request)
    if action not in {"confirm", "adjust", "reject"}:
        raise HTTPException(status_code=422, detail="Confirm, adjust or reject.")
    error = None
    amount: float | None = None
    if action == "adjust":
        try:
            amount = float(points)
            if amount < 0:
                raise ValueError
        except ValueError:
            error = "Adjusting needs the points (a number, zero or more)."
    if action in {"adjust", "reject"} and not reason.strip():
        error = error or f"To {action} a proposal, give the reason."
    stale = None
    if error is None:
        try:
            backend.decide_proposal(app.store, proposal_pk, action, points=amount,
                                    reason=reason.strip() or None, expected_version=version,
                                    user=request.state.user)
        except backend.StaleEdit as e:
            stale = {"field": "proposal", "error": e}
        except ValueError as e:
            error = str(e)
    code = 409 if stale else 422 if error else 200
    if document is not None:
        return _panels(request, document, stale=stale, error=error, status_code=code)
    if packet is None:
        raise HTTPException(status_code=422, detail="Say which page to go back to.")
    return _packet(request, packet, stale=stale, error=error, status_code=code)
