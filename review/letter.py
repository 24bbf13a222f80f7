"""The status letter the department sends an applicant, as a PDF (reportlab).

It is rendered from the reviewed `PacketResult` alone (the store's `reviewed_result`), so
the letter says exactly what the reviewed packet says: per requirement what was earned,
what is required and what is still needed; which documents counted and for how much, and
which did not and why. Every piece of text read from a document goes through `_text`
(reportlab's Paragraph parses markup, so an extracted `<b>` or `<script>` must be escaped
to stay text).
"""

from __future__ import annotations

import datetime as dt
import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from core.models import Document, PacketResult, Proposal, ProposalStatus

PROGRAM_NAMES = {"CMC": "Certified Municipal Clerk (CMC)",
                 "MMC": "Master Municipal Clerk (MMC)"}


def _text(value: object) -> str:
    return escape(str(value))


def _pts(x: float | None) -> str:
    return "to be set by a reviewer" if x is None else f"{x:g}"


def _subject(doc: Document | None, document_id: str) -> str:
    """How the letter names a document: its title (or kind) and the file it came from."""
    if doc is None:
        return document_id
    title = doc.value("title") or doc.value("degree") or doc.value("position")
    name = str(title) if title else doc.kind.value.replace("_", " ")
    return f"{name} ({doc.source}, page {', '.join(str(p) for p in doc.pages)})"


def _proposal(result: PacketResult, document_id: str, rule: str) -> Proposal | None:
    return next((p for p in result.proposals
                 if p.document_id == document_id and p.rule == rule), None)


_STATUS_WORDS = {ProposalStatus.confirmed: "confirmed by the reviewer",
                 ProposalStatus.adjusted: "adjusted by the reviewer",
                 ProposalStatus.proposed: "not yet reviewed"}


def render_letter(result: PacketResult, today: dt.date | None = None) -> bytes:
    """The letter as PDF bytes."""
    today = today or dt.date.today()
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=11)
    docs = {d.id: d for d in result.documents}
    status = result.status
    out = io.BytesIO()
    pdf = SimpleDocTemplate(out, pagesize=LETTER, title=f"Status of application {result.packet_id}",
                            leftMargin=inch, rightMargin=inch, topMargin=inch, bottomMargin=inch)
    story: list = [
        Paragraph("Education Department: status of your application", styles["Title"]),
        Paragraph(f"{today:%B %-d, %Y}", body),
        Spacer(1, 8),
        Paragraph(f"Dear {_text(result.applicant.name)},", body),
        Paragraph(
            f"We have reviewed the materials you submitted for the "
            f"{_text(PROGRAM_NAMES.get(result.program.value, result.program.value))} "
            f"designation, received on {result.received_date:%B %-d, %Y}"
            + (f" (member {_text(result.applicant.member_id)})"
               if result.applicant.member_id else "") + ". This is where your application "
            "stands.", body),
        Spacer(1, 8),
        Paragraph("Points per requirement", styles["Heading2"]),
    ]
    rows: list[list[str]] = [["Requirement", "Earned", "Required", "Still needed"]]
    if status is not None and status.categories:
        rows += [[c.label, f"{c.earned:g}", f"{c.required}", f"{c.still_needed:g}"]
                 for c in status.categories]
    else:
        rows += [[cat.value, f"{t.points:g}", f"{t.required}", f"{t.needed:g}"]
                 for cat, t in result.totals.items()]
    table = Table(rows, colWidths=[2.8 * inch, 1.1 * inch, 1.1 * inch, 1.2 * inch])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f2f2")]),
    ]))
    story += [table, Spacer(1, 8)]
    if status is not None and status.determination:
        story.append(Paragraph(_text(status.determination), body))

    story.append(Paragraph("What counted", styles["Heading2"]))
    counted = status.counted if status is not None else []
    rejected: list[tuple[str, str]] = []
    shown = 0
    for item in counted:
        proposal = _proposal(result, item.document_id, item.rule)
        if proposal is not None and proposal.status == ProposalStatus.rejected:
            rejected.append((item.document_id, "not accepted by the reviewer"))
            continue
        review = _STATUS_WORDS.get(proposal.status, "") if proposal is not None else ""
        points = proposal.points if proposal is not None else item.points
        story.append(Paragraph(
            f"<b>{_text(_subject(docs.get(item.document_id), item.document_id))}</b>: "
            f"{_text(_pts(points))} points, {_text(item.category.value.replace('_', ' '))}"
            + (f" ({review})" if review else "") + f". {_text(item.why)}", small))
        shown += 1
    if not shown:
        story.append(Paragraph("Nothing has been credited yet.", body))

    story.append(Paragraph("What did not count, and why", styles["Heading2"]))
    not_counted = [(n.document_id, n.why) for n in (status.not_counted if status else [])]
    not_counted += rejected
    for document_id, why in not_counted:
        story.append(Paragraph(
            f"<b>{_text(_subject(docs.get(document_id), document_id))}</b>: {_text(why)}",
            small))
    if not not_counted:
        story.append(Paragraph("Every document you sent counted.", body))
    if status is not None and status.awaiting_review:
        story += [Spacer(1, 6), Paragraph(
            f"{status.awaiting_review} item(s) await a reviewer's amount and count 0 "
            "until then.", body)]
    story += [Spacer(1, 12), Paragraph(
        "If you have questions about this letter, or documents to add, please reply to the "
        "Education Department with your packet reference "
        f"<b>{_text(result.packet_id)}</b>.", body)]
    pdf.build(story)
    return out.getvalue()
