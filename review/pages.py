"""The pages a reviewer reads: queue, packet, document, history (and its exports), the
status letter and the page images.

Every route here depends on `current_user`; ids in paths are integers (a path that is not
one matches no route: 404), and a page image is found through the store by its id alone.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import FileResponse, Response

from review import backend
from review.deps import current_user, state
from review.images import is_sha256, render_page
from review.letter import render_letter

router = APIRouter(dependencies=[Depends(current_user)])


def render(request: Request, name: str, context: dict[str, Any],
           status_code: int = 200) -> Response:
    app = state(request)
    context = {"user": request.state.user, "csrf_token": request.state.csrf_token, **context}
    return app.templates.TemplateResponse(request, name, context, status_code=status_code)


def _lookup(fn: Any, store: Any, pk: int, what: str) -> Any:
    try:
        return fn(store, pk)
    except LookupError:
        raise HTTPException(status_code=404, detail=f"No such {what}.") from None


@router.get("/queue")
def queue_page(request: Request, program: str | None = None, reason: str | None = None,
               reviewer: str | None = None) -> Response:
    app = state(request)
    chosen = {"program": program or None, "reason": reason or None,
              "reviewer": reviewer or None}
    q = backend.queue(app.store, program=chosen["program"], reason=chosen["reason"],
                      reviewer=chosen["reviewer"])
    everything = backend.queue(app.store) if any(chosen.values()) else q
    return render(request, "queue.html", {
        "queue": q, "all_counts": everything.counts, "chosen": chosen,
        "reviewers": backend.list_users(app.store), "programs": ["CMC", "MMC"]})


@router.get("/packets/{packet_pk:int}")
def packet_page(request: Request, packet_pk: int) -> Response:
    app = state(request)
    packet = _lookup(backend.packet_view, app.store, packet_pk, "packet")
    return render(request, "packet.html", {"packet": packet, "stale": None, "error": None})


@router.get("/documents/{document_pk:int}")
def document_page(request: Request, document_pk: int) -> Response:
    app = state(request)
    doc = _lookup(backend.document_view, app.store, document_pk, "document")
    packet = backend.packet_view(app.store, doc.packet_pk)
    return render(request, "document.html", {"doc": doc, "packet": packet, "change": None,
                                             "stale": None, "error": None})


@router.get("/packets/{packet_pk:int}/history")
def history_page(request: Request, packet_pk: int) -> Response:
    app = state(request)
    packet = _lookup(backend.packet_view, app.store, packet_pk, "packet")
    events = backend.history(app.store, packet_pk)
    return render(request, "history.html", {"packet": packet, "events": events})


@router.get("/packets/{packet_pk:int}/history.json")
def history_json(request: Request, packet_pk: int) -> Response:
    app = state(request)
    _lookup(backend.packet_view, app.store, packet_pk, "packet")
    body = backend.export_history(app.store, packet_pk, "json")
    return Response(body, media_type="application/json", headers={
        "Content-Disposition": f'attachment; filename="packet-{packet_pk}-history.json"'})


@router.get("/packets/{packet_pk:int}/history.csv")
def history_csv(request: Request, packet_pk: int) -> Response:
    app = state(request)
    _lookup(backend.packet_view, app.store, packet_pk, "packet")
    body = backend.export_history(app.store, packet_pk, "csv")
    return Response(body, media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="packet-{packet_pk}-history.csv"'})


@router.get("/packets/{packet_pk:int}/letter.pdf")
def letter(request: Request, packet_pk: int) -> Response:
    app = state(request)
    result = _lookup(backend.reviewed_result, app.store, packet_pk, "packet")
    return Response(render_letter(result), media_type="application/pdf", headers={
        "Content-Disposition": f'attachment; filename="status-{result.packet_id}.pdf"'})


@router.get("/pages/{page_pk:int}.png")
def page_image(request: Request, page_pk: int) -> Response:
    app = state(request)
    try:
        path, number = backend.source_path(app.store, page_pk)
    except LookupError:
        raise HTTPException(status_code=404, detail="No such page.") from None
    # the file store names each copy by its sha256: the image cache's key without rehashing
    sha = path.name if is_sha256(path.name) else None
    try:
        png = render_page(path, number, app.settings.image_cache, sha, app.settings.page_dpi)
    except (LookupError, ValueError):
        raise HTTPException(status_code=404, detail="The page cannot be shown.") from None
    return FileResponse(png, media_type="image/png",
                        headers={"Cache-Control": "private, max-age=86400"})
